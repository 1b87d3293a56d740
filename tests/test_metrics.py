"""Metrics at thresholds and the paired bootstrap that says how sure a measured change is."""

import numpy as np

from orgwatch.bundle import Thresholds
from training.metrics import label_metrics, paired_bootstrap_change


def _labels_and_scores(n: int = 300, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.3).astype(int)
    sharp = np.clip(y * 0.6 + rng.random(n) * 0.5, 0, 1)  # separates the classes almost fully
    noisy = np.clip(y * 0.15 + rng.random(n) * 0.85, 0, 1)  # barely
    return y, sharp, noisy


def test_label_metrics_count_flags_at_the_review_threshold():
    y = np.array([1, 1, 0, 0])
    figures = label_metrics(np.array([0.9, 0.4, 0.6, 0.1]), y, Thresholds(review=0.5, block=0.95))
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 1, 1)
    assert figures["f1"] == 0.5 and figures["block_recall"] == 0.0 and figures["positives"] == 2


def test_a_clearly_better_model_gets_an_interval_above_zero():
    y, sharp, noisy = _labels_and_scores()
    change = paired_bootstrap_change(noisy, sharp, y, review_before=0.5, review_after=0.5, resamples=300)
    assert change["pr_auc"][0] > 0.2 and change["f1"][0] > 0.2
    reverse = paired_bootstrap_change(sharp, noisy, y, review_before=0.5, review_after=0.5, resamples=300)
    assert reverse["pr_auc"][1] < -0.2


def test_the_same_scores_give_a_zero_interval_and_one_lost_positive_a_small_one():
    y, sharp, _ = _labels_and_scores()
    assert paired_bootstrap_change(sharp, sharp, y, 0.5, 0.5, resamples=100) == {"f1": (0.0, 0.0), "pr_auc": (0.0, 0.0)}
    nudged = sharp.copy()
    nudged[np.flatnonzero(y)[0]] = 0.0  # one positive lost out of about 90
    low, high = paired_bootstrap_change(sharp, nudged, y, 0.5, 0.5, resamples=300)["f1"]
    assert -0.05 < low < 0 and high == 0.0  # never better; unchanged whenever that positive is not drawn


def test_resampling_is_seeded():
    y, sharp, noisy = _labels_and_scores()
    assert paired_bootstrap_change(noisy, sharp, y, 0.5, 0.5, resamples=50, seed=3) == \
        paired_bootstrap_change(noisy, sharp, y, 0.5, 0.5, resamples=50, seed=3)
