"""Building the cascade tier: choosing the uncertain band of lexical scores on validation data; assembling it."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.bundle import METADATA_FILE
from orgwatch.labels import LABELS
from orgwatch.model_cascade import LEXICAL_DIR, TRANSFORMER_DIR, in_band

logger = logging.getLogger(__name__)

EMPTY_BAND = (1.0, 0.0)  # lo > hi: nothing routed
FULL_BAND = (0.0, 1.0)  # every raw probability routed
MAX_BOUNDARIES = 1000


def _per_label_thresholds(thresholds: float | dict[str, float]) -> dict[str, float]:
    if isinstance(thresholds, dict):
        return {label: float(thresholds[label]) for label in LABELS}
    return {label: float(thresholds) for label in LABELS}


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    denominator = 2 * tp + fp + fn
    return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 0.0)


def _label_band(lexical: np.ndarray, transformer: np.ndarray, target: np.ndarray, threshold: float, tolerance: float):
    """The band of lexical scores routing fewest texts while F1 stays within tolerance of the transformer's."""
    order = np.argsort(lexical, kind="stable")
    sorted_scores = lexical[order]
    y = target[order].astype(bool)

    def contributions(predicted: np.ndarray) -> np.ndarray:
        return np.stack([predicted & y, predicted & ~y, ~predicted & y]).astype(np.int64)  # tp, fp, fn

    lexical_counts = contributions(sorted_scores >= threshold)
    transformer_counts = contributions(transformer[order] >= threshold)
    goal = _f1(*transformer_counts.sum(axis=1)) - tolerance
    # counts if the texts at sorted positions [a, b) take the transformer's decision instead of the lexical one
    gains = np.cumsum(transformer_counts - lexical_counts, axis=1)
    prefix = np.concatenate([np.zeros((3, 1), np.int64), gains], axis=1)
    base = lexical_counts.sum(axis=1)
    if _f1(*base) >= goal:
        return EMPTY_BAND, 0
    # an optimal band starts and ends at texts where the two models disagree: routing texts where they agree
    # changes nothing but the cost, so only those scores are candidate edges
    disagree = (sorted_scores >= threshold) != (transformer[order] >= threshold)
    unique = np.unique(sorted_scores[disagree])
    if len(unique) > MAX_BOUNDARIES:
        unique = np.unique(np.quantile(unique, np.linspace(0, 1, MAX_BOUNDARIES)))
    starts = np.searchsorted(sorted_scores, unique, side="left")
    ends = np.searchsorted(sorted_scores, unique, side="right")
    a, b = np.meshgrid(np.arange(len(unique)), np.arange(len(unique)), indexing="ij")
    valid = b >= a
    a, b = a[valid], b[valid]
    counts = base[:, None] + prefix[:, ends[b]] - prefix[:, starts[a]]
    f1 = _f1(*counts)
    routed = ends[b] - starts[a]
    ok = f1 >= goal - 1e-12
    if not ok.any():
        return FULL_BAND, len(lexical)
    # fewest routed texts first, then the best F1
    candidates = np.flatnonzero(ok)
    best = candidates[np.lexsort((-f1[candidates], routed[candidates]))[0]]
    return (float(unique[a[best]]), float(unique[b[best]])), int(routed[best])


def choose_band(
    lexical_val_scores: np.ndarray,
    transformer_val_scores: np.ndarray,
    val_targets: np.ndarray,
    thresholds: float | dict[str, float] = 0.5,
    tolerance: float = 0.01,
) -> dict[str, tuple[float, float]]:
    """Per label, the band [lo, hi] of lexical raw scores to route to the transformer: the fewest validation texts
    such that the cascade's F1 (at the raw-score threshold) stays within `tolerance` of the transformer alone."""
    lexical_val_scores = np.asarray(lexical_val_scores, dtype=float)
    transformer_val_scores = np.asarray(transformer_val_scores, dtype=float)
    val_targets = np.asarray(val_targets)
    per_label = _per_label_thresholds(thresholds)
    band = {}
    for j, label in enumerate(LABELS):
        band[label], routed = _label_band(
            lexical_val_scores[:, j], transformer_val_scores[:, j], val_targets[:, j], per_label[label], tolerance
        )
        logger.info(
            "cascade: %s band [%.4f, %.4f] routes %d of %d validation texts",
            label, band[label][0], band[label][1], routed, len(val_targets),
        )
    return band


def evaluate_band(
    lexical_scores: np.ndarray,
    transformer_scores: np.ndarray,
    targets: np.ndarray,
    band: dict[str, tuple[float, float]],
    thresholds: float | dict[str, float] = 0.5,
) -> dict[str, Any]:
    """F1 of lexical, transformer and cascade per label and macro, and the share of texts routed."""
    lexical_scores = np.asarray(lexical_scores, dtype=float)
    transformer_scores = np.asarray(transformer_scores, dtype=float)
    targets = np.asarray(targets).astype(bool)
    routed = in_band(lexical_scores, band)
    cascade_scores = np.where(routed, transformer_scores, lexical_scores)
    per_label = _per_label_thresholds(thresholds)
    report: dict[str, Any] = {"routed_share": float(routed.any(axis=1).mean()) if len(targets) else 0.0}
    for name, scores in (("lexical", lexical_scores), ("transformer", transformer_scores), ("cascade", cascade_scores)):
        f1s = {}
        for j, label in enumerate(LABELS):
            predicted, actual = scores[:, j] >= per_label[label], targets[:, j]
            counts = (np.sum(predicted & actual), np.sum(predicted & ~actual), np.sum(~predicted & actual))
            f1s[label] = float(_f1(*counts))
        report[name] = {"f1": f1s, "macro_f1": float(np.mean(list(f1s.values())))}
    report["routed_share_per_label"] = {
        label: float(routed[:, j].mean()) if len(targets) else 0.0 for j, label in enumerate(LABELS)
    }
    return report


def assemble_cascade_dir(out_dir: Path, lexical_dir: Path, transformer_dir: Path) -> None:
    """Copy a lexical and a transformer model folder into out_dir/lexical and out_dir/transformer.

    Their own orgwatch.json files are left out (the cascade's metadata, band and calibration are the only ones that
    apply); their training configs are kept for provenance.
    """
    out_dir = Path(out_dir)
    for source, name in ((Path(lexical_dir), LEXICAL_DIR), (Path(transformer_dir), TRANSFORMER_DIR)):
        target = out_dir / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(METADATA_FILE))
        logger.info("cascade: copied %s into %s/", source, name)
