"""Classification metrics for multi-label scores at the bundle's thresholds."""

from __future__ import annotations

from collections import Counter

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score

from orgwatch.bundle import Thresholds
from orgwatch.labels import LABELS


def _prf(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def precision_at_recall(scores: np.ndarray, y: np.ndarray, target: float = 0.90) -> float:
    """Best precision among operating points with recall >= target."""
    if y.sum() == 0:
        return float("nan")
    precision, recall, _ = precision_recall_curve(y, scores)
    ok = recall >= target
    return float(precision[ok].max()) if ok.any() else 0.0


def expected_calibration_error(scores: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width bins."""
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(scores[mask].mean() - y[mask].mean())
    return float(ece)


def label_metrics(scores: np.ndarray, y: np.ndarray, thresholds: Thresholds) -> dict[str, float]:
    """Per-label figures: at the review and block thresholds, threshold-free ranking metrics, calibration."""
    y = y.astype(int)
    review = _prf(scores >= thresholds.review, y)
    block = _prf(scores >= thresholds.block, y)
    both_classes = 0 < y.sum() < len(y)
    return {
        "f1": review["f1"],
        "precision": review["precision"],
        "recall": review["recall"],
        "block_f1": block["f1"],
        "block_precision": block["precision"],
        "block_recall": block["recall"],
        "pr_auc": float(average_precision_score(y, scores)) if both_classes else float("nan"),
        "roc_auc": float(roc_auc_score(y, scores)) if both_classes else float("nan"),
        "precision_at_recall_0.90": precision_at_recall(scores, y, 0.90),
        "best_f1": _best_f1(scores, y),
        "ece": expected_calibration_error(scores, y),
        "positives": int(y.sum()),
        "n": int(len(y)),
        "tp": review["tp"], "fp": review["fp"], "fn": review["fn"],
    }


BOOTSTRAP_METRICS = ("f1", "pr_auc")


def paired_bootstrap_change(
    before: np.ndarray,
    after: np.ndarray,
    y: np.ndarray,
    review_before: float,
    review_after: float,
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, tuple[float, float]]:
    """Interval of (after - before) for one label's F1 at each model's review threshold and PR-AUC, resampling the
    same records for both models (a paired bootstrap): how sure a change measured on a few hundred texts is."""
    y = np.asarray(y).astype(int)
    rng = np.random.default_rng(seed)
    flagged_before, flagged_after = np.asarray(before) >= review_before, np.asarray(after) >= review_after
    changes: dict[str, list[float]] = {name: [] for name in BOOTSTRAP_METRICS}
    for _ in range(resamples):
        pick = rng.integers(0, len(y), len(y))
        yy = y[pick]
        if not 0 < yy.sum() < len(yy):
            continue
        changes["f1"].append(_prf(flagged_after[pick], yy)["f1"] - _prf(flagged_before[pick], yy)["f1"])
        changes["pr_auc"].append(average_precision_score(yy, after[pick]) - average_precision_score(yy, before[pick]))
    tail = (1 - level) / 2 * 100
    return {
        name: (float(np.percentile(values, tail)), float(np.percentile(values, 100 - tail))) if values
        else (float("nan"), float("nan"))
        for name, values in changes.items()
    }


def _best_f1(scores: np.ndarray, y: np.ndarray) -> float:
    if y.sum() == 0:
        return float("nan")
    precision, recall, _ = precision_recall_curve(y, scores)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    return float(f1.max())


def combination(row: np.ndarray) -> str:
    """Name of a label combination, e.g. 'illegal_org+charity_fraud' or 'none'."""
    names = [label for label, v in zip(LABELS, row) if v]
    return "+".join(names) if names else "none"


def all_metrics(
    scores: np.ndarray, targets: np.ndarray, thresholds: dict[str, Thresholds], source_types: list[str | None] | None = None
) -> dict[str, object]:
    """Per label, per source type, macro figures and the confusion of label combinations (flagged = review or block)."""
    out: dict[str, object] = {"labels": {}, "by_source_type": {}}
    for j, label in enumerate(LABELS):
        out["labels"][label] = label_metrics(scores[:, j], targets[:, j], thresholds[label])
    out["macro_f1"] = float(np.mean([out["labels"][l]["f1"] for l in LABELS]))
    if source_types is not None:
        kinds = np.array([s or "unknown" for s in source_types])
        for kind in sorted(set(kinds)):
            mask = kinds == kind
            out["by_source_type"][kind] = {
                label: label_metrics(scores[mask, j], targets[mask, j], thresholds[label]) for j, label in enumerate(LABELS)
            }
    flagged = np.column_stack([scores[:, j] >= thresholds[l].review for j, l in enumerate(LABELS)])
    confusion = Counter((combination(t), combination(p)) for t, p in zip(targets, flagged))
    out["combination_confusion"] = {f"{t} -> {p}": n for (t, p), n in sorted(confusion.items())}
    return out
