"""The training driver: bundles are reproducible, calibrated on gold, and carry their figures."""

import numpy as np

from orgwatch.labels import LABELS
from orgwatch.scoring import load_classifier
from training.config import load_config
from training.train import train


def test_training_is_reproducible(tmp_path, small_corpus, tiny_lexical_bundle):
    config = load_config(overrides={"tier": "lexical", "data.train_files": [str(small_corpus)],
                                    "lexical.char_max_features": 20000, "lexical.word_max_features": 10000})
    again = train(config, tmp_path / "again", register=False)
    texts = ["诚聘全国书画家协会理事，交费即发证书", "水滴筹个人求助已通过平台审核", "这家酒店早餐不错"]
    np.testing.assert_allclose(
        load_classifier(again.bundle_dir).predict_proba(texts), load_classifier(tiny_lexical_bundle).predict_proba(texts)
    )


def test_bundle_records_where_its_figures_come_from(tiny_lexical_bundle):
    meta = load_classifier(tiny_lexical_bundle).meta
    assert "calibration.jsonl" in meta.extra["calibration_data"]
    gold = meta.metrics["gold_evaluation"]["labels"]
    assert set(gold) == set(LABELS)
    # even a 600-document model must rank gold positives above negatives far better than chance
    assert all(gold[label]["pr_auc"] > 0.6 for label in LABELS)
    assert meta.extra["split_sizes"]["train"] > meta.extra["split_sizes"]["test"] > 0
