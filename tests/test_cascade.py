"""Tests of the cascade tier: band choice on validation scores, routing at inference, loading a cascade bundle."""

from __future__ import annotations

import numpy as np
import pytest

from orgwatch.bundle import BundleMetadata, Thresholds, new_version, write_metadata
from orgwatch.labels import LABELS
from orgwatch.model_cascade import CascadeScorer
from orgwatch.scoring import load_classifier
from training.cascade import EMPTY_BAND, FULL_BAND, assemble_cascade_dir, choose_band, evaluate_band


def synthetic_scores(n: int = 2000, hard_share: float = 0.4, seed: int = 0):
    """Targets, a transformer right on 97% of texts, and a lexical model sure and right on easy texts only."""
    rng = np.random.default_rng(seed)
    targets = (rng.random((n, len(LABELS))) < 0.3).astype(int)
    transformer_right = rng.random(targets.shape) < 0.97
    transformer_positive = np.where(transformer_right, targets == 1, targets == 0)
    shape = targets.shape
    transformer = np.where(transformer_positive, rng.uniform(0.6, 0.99, shape), rng.uniform(0.01, 0.4, shape))
    hard = rng.random(shape) < hard_share
    easy_lexical = np.where(targets == 1, rng.uniform(0.75, 0.95, shape), rng.uniform(0.05, 0.25, shape))
    lexical = np.where(hard, rng.uniform(0.3, 0.7, shape), easy_lexical)  # coin flips around 0.5
    return lexical, transformer, targets


def test_band_keeps_transformer_f1_and_routes_only_uncertain_texts():
    lexical, transformer, targets = synthetic_scores()
    band = choose_band(lexical, transformer, targets, 0.5, tolerance=0.01)
    report = evaluate_band(lexical, transformer, targets, band, 0.5)
    for label in LABELS:
        assert report["cascade"]["f1"][label] >= report["transformer"]["f1"][label] - 0.01
        assert report["lexical"]["f1"][label] < report["transformer"]["f1"][label] - 0.05
        lo, hi = band[label]
        assert 0.25 <= lo <= 0.5 <= hi <= 0.75, "the band sits where the lexical model is unsure"
        assert report["routed_share_per_label"][label] < 0.5
    assert 0.3 < report["routed_share"] < 0.8  # a text is routed when either label is uncertain


def test_band_holds_on_fresh_texts_from_the_same_distribution():
    band = choose_band(*synthetic_scores(seed=0), 0.5, tolerance=0.01)
    report = evaluate_band(*synthetic_scores(seed=1), band, 0.5)
    assert report["cascade"]["macro_f1"] >= report["transformer"]["macro_f1"] - 0.03


def test_a_wider_tolerance_routes_fewer_texts():
    lexical, transformer, targets = synthetic_scores()
    shares = [
        evaluate_band(lexical, transformer, targets, choose_band(lexical, transformer, targets, 0.5, t))["routed_share"]
        for t in (0.0, 0.02, 0.1)
    ]
    assert shares[0] >= shares[1] >= shares[2] and shares[0] > shares[2]


def test_a_lexical_model_as_good_as_the_transformer_routes_nothing():
    lexical, transformer, targets = synthetic_scores(hard_share=0.0)
    band = choose_band(lexical, transformer, targets, 0.5, tolerance=0.01)
    assert band == {label: EMPTY_BAND for label in LABELS}
    assert evaluate_band(lexical, transformer, targets, band)["routed_share"] == 0.0


def test_per_label_thresholds_are_used():
    lexical, transformer, targets = synthetic_scores()
    band = choose_band(lexical, transformer, targets, {"illegal_org": 0.5, "charity_fraud": 0.9}, tolerance=0.01)
    assert band["charity_fraud"][1] >= 0.75 > band["illegal_org"][1]


class FakeScorer:
    """Returns fixed scores per text and records what it was asked to score."""

    def __init__(self, scores: dict[str, list[float]]):
        self.scores = scores
        self.calls: list[list[str]] = []

    def raw_scores(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([self.scores[t] for t in texts], dtype=float).reshape(-1, len(LABELS))


def test_cascade_runs_the_transformer_only_on_texts_with_a_label_in_its_band():
    lexical = FakeScorer({"sure": [0.02, 0.97], "org?": [0.5, 0.1], "both?": [0.45, 0.55]})
    transformer = FakeScorer({"sure": [0.9, 0.9], "org?": [0.8, 0.8], "both?": [0.3, 0.7]})
    scorer = CascadeScorer(lexical, transformer, {"illegal_org": (0.3, 0.7), "charity_fraud": (0.4, 0.6)})
    raw = scorer.raw_scores(["sure", "org?", "both?"])
    assert transformer.calls == [["org?", "both?"]]
    np.testing.assert_allclose(raw, [[0.02, 0.97], [0.8, 0.1], [0.3, 0.7]])
    assert scorer.last_routed_share == pytest.approx(2 / 3)
    assert scorer.raw_scores([]).shape == (0, len(LABELS)) and scorer.last_routed_share == 0.0


def _tiny_transformer(folder):
    """A random tiny BERT classifier with a character vocabulary, saved as safetensors (no training needed)."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    chars = sorted(set("中国国际协会招募理事爱心捐款个人账户酒店很好，。"))
    vocab = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars])}
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=128, num_labels=len(LABELS), problem_type="multi_label_classification",
    )
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(str(folder))
    BertTokenizer(vocab=vocab, do_lower_case=False).save_pretrained(str(folder))
    return folder


def test_cascade_bundle_loads_and_mixes_the_two_models_per_label(tmp_path, tiny_lexical_bundle):
    from orgwatch.model_transformer import TransformerScorer

    transformer_dir = _tiny_transformer(tmp_path / "tiny")
    bundle = tmp_path / "cascade"
    assemble_cascade_dir(bundle, tiny_lexical_bundle, transformer_dir)
    assert not (bundle / "lexical" / "orgwatch.json").exists()
    meta = BundleMetadata(
        kind="cascade", version=new_version("cascade"), labels=list(LABELS),
        thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS},
        extra={"band": {"illegal_org": list(FULL_BAND), "charity_fraud": list(EMPTY_BAND)}},
    )
    write_metadata(bundle, meta, {"tier": "cascade"})
    classifier = load_classifier(bundle)
    assert isinstance(classifier.scorer, CascadeScorer)
    texts = ["中国国际协会招募理事", "爱心捐款转到个人账户", "酒店很好"]
    raw = classifier.raw_scores_normalized(texts)
    lexical_raw = load_classifier(tiny_lexical_bundle).raw_scores_normalized(texts)
    transformer_raw = TransformerScorer.load(transformer_dir).raw_scores(texts)
    np.testing.assert_allclose(raw[:, 0], transformer_raw[:, 0], atol=1e-6)
    np.testing.assert_allclose(raw[:, 1], lexical_raw[:, 1], atol=1e-9)
    assert classifier.scorer.last_routed_share == 1.0


def test_cascade_bundle_without_a_band_is_refused(tmp_path, tiny_lexical_bundle):
    from orgwatch.bundle import BundleError

    bundle = tmp_path / "cascade"
    assemble_cascade_dir(bundle, tiny_lexical_bundle, _tiny_transformer(tmp_path / "tiny"))
    meta = BundleMetadata(
        kind="cascade", version=new_version("cascade"), labels=list(LABELS),
        thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS},
    )
    write_metadata(bundle, meta, {"tier": "cascade"})
    with pytest.raises(BundleError, match="band"):
        load_classifier(bundle)
