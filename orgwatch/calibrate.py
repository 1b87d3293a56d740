"""Applying a bundle's stored calibration to raw model scores (fitting lives in training.calibration)."""

from __future__ import annotations

import numpy as np

EPS = 1e-6


def apply_calibration(raw_scores: np.ndarray, params: dict[str, float]) -> np.ndarray:
    """p = sigmoid(a * logit(raw) + b)."""
    p = np.clip(np.asarray(raw_scores, dtype=float), EPS, 1 - EPS)
    z = np.log(p / (1 - p))
    return 1.0 / (1.0 + np.exp(-(params.get("a", 1.0) * z + params.get("b", 0.0))))
