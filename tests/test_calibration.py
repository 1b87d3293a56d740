"""Calibration fits and threshold choice."""

import numpy as np

from orgwatch.calibrate import apply_calibration
from training.calibration import choose_thresholds, fit_calibration


def test_platt_fixes_overconfident_scores():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 4000)
    # a model that is right 80% of the time but always says 0.99 / 0.01
    correct = rng.random(4000) < 0.8
    raw = np.where(correct == (y == 1), 0.99, 0.01)
    params = fit_calibration(raw, y, "platt")
    calibrated = apply_calibration(raw, params)
    assert abs(calibrated[raw == 0.99].mean() - 0.8) < 0.03
    assert abs(calibrated[raw == 0.01].mean() - 0.2) < 0.03


def test_calibration_keeps_order():
    raw = np.linspace(0.01, 0.99, 50)
    y = (raw > 0.6).astype(int)
    calibrated = apply_calibration(raw, fit_calibration(raw, y, "temperature"))
    assert (np.diff(calibrated) > 0).all()


def test_single_class_keeps_raw_scores():
    raw = np.array([0.2, 0.7])
    params = fit_calibration(raw, np.array([0, 0]))
    np.testing.assert_allclose(apply_calibration(raw, params), raw, atol=1e-6)


def test_thresholds_meet_precision_and_recall_targets():
    rng = np.random.default_rng(1)
    y = np.r_[np.ones(200), np.zeros(800)].astype(int)
    scores = np.clip(np.r_[rng.normal(0.75, 0.15, 200), rng.normal(0.3, 0.15, 800)], 0, 1)
    thresholds, achieved = choose_thresholds(scores, y, 0.97, 0.95)
    assert thresholds.review <= thresholds.block
    assert achieved["block_precision"] >= 0.97
    assert achieved["review_recall"] >= 0.95
    # block is the lowest such threshold: one step lower breaks the precision target
    below = scores[scores < thresholds.block].max()
    pred = scores >= below
    assert (pred & (y == 1)).sum() / pred.sum() < 0.97


def test_unreachable_precision_never_blocks():
    y = np.array([1, 0] * 50)
    scores = np.full(100, 0.5)
    thresholds, achieved = choose_thresholds(scores, y, 0.97, 0.95)
    assert thresholds.block == 1.0 or achieved["block_precision"] >= 0.97
