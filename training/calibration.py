"""Score calibration (Platt or temperature scaling) and per-label threshold choice."""

from __future__ import annotations

import logging

import numpy as np
from scipy.optimize import minimize

from orgwatch.bundle import Thresholds
from orgwatch.calibrate import EPS, apply_calibration

logger = logging.getLogger(__name__)

MIN_BLOCK_SUPPORT = 5  # a block threshold must keep at least this many true positives above it


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, EPS, 1 - EPS)
    return np.log(p / (1 - p))


def fit_calibration(raw_scores: np.ndarray, targets: np.ndarray, method: str = "platt") -> dict[str, float]:
    """Fit p = sigmoid(a * logit(raw) + b) by minimizing log loss; temperature fixes b = 0."""
    z = _logit(np.asarray(raw_scores, dtype=float))
    y = np.asarray(targets, dtype=float)
    if y.min() == y.max():
        logger.warning("calibration data has a single class; keeping raw scores")
        return {"a": 1.0, "b": 0.0, "method": method}

    def loss(params: np.ndarray) -> float:
        a, b = params[0], (params[1] if method == "platt" else 0.0)
        p = np.clip(1 / (1 + np.exp(-(a * z + b))), EPS, 1 - EPS)
        # a small prior towards the identity keeps tiny calibration sets from collapsing the scale
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 1e-3 * ((a - 1) ** 2 + b**2))

    start = np.array([1.0, 0.0]) if method == "platt" else np.array([1.0])
    result = minimize(loss, start, method="L-BFGS-B", bounds=[(0.01, 20.0)] + ([(-20.0, 20.0)] if method == "platt" else []))
    a = float(result.x[0])
    b = float(result.x[1]) if method == "platt" else 0.0
    return {"a": a, "b": b, "method": method}


def choose_thresholds(
    scores: np.ndarray, targets: np.ndarray, block_precision: float = 0.97, review_recall: float = 0.95
) -> tuple[Thresholds, dict[str, float]]:
    """Block: lowest score whose flagged set has precision >= block_precision; review: highest keeping recall.

    Returns the thresholds and what they achieve on the given data.
    """
    scores = np.asarray(scores, dtype=float)
    y = np.asarray(targets, dtype=int)
    positives = int(y.sum())
    order = np.argsort(-scores)
    sorted_scores, sorted_y = scores[order], y[order]
    tp = np.cumsum(sorted_y)
    flagged = np.arange(1, len(y) + 1)
    precision = tp / flagged
    recall = tp / max(positives, 1)

    # candidate cut points are the last index of each run of equal scores
    last_of_run = np.r_[sorted_scores[1:] != sorted_scores[:-1], True]
    block = 1.0
    ok = np.where(last_of_run & (precision >= block_precision) & (tp >= MIN_BLOCK_SUPPORT))[0]
    if len(ok):
        block = float(sorted_scores[ok.max()])
    review_idx = np.where(last_of_run & (recall >= review_recall))[0]
    review = float(sorted_scores[review_idx.min()]) if len(review_idx) and positives else 0.5
    review = min(review, block)

    def achieved(threshold: float) -> tuple[float, float]:
        pred = scores >= threshold
        tp_ = int((pred & (y == 1)).sum())
        return (tp_ / max(int(pred.sum()), 1), tp_ / max(positives, 1))

    bp, br = achieved(block)
    rp, rr = achieved(review)
    report = {
        "block_precision": bp, "block_recall": br, "review_precision": rp, "review_recall": rr,
        "positives": positives, "n": int(len(y)),
    }
    return Thresholds(review=review, block=block), report


def calibrate_and_threshold(
    raw_scores: np.ndarray, targets: np.ndarray, method: str, block_precision: float, review_recall: float
) -> tuple[dict[str, float], Thresholds, dict[str, float]]:
    """Fit calibration, then choose thresholds on the calibrated scores of the same data."""
    params = fit_calibration(raw_scores, targets, method)
    calibrated = apply_calibration(raw_scores, params)
    thresholds, report = choose_thresholds(calibrated, targets, block_precision, review_recall)
    return params, thresholds, report
