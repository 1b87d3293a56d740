"""The one bundle loader: turns a bundle folder into a classifier that scores raw texts with calibrated probabilities."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

import numpy as np

from orgwatch.bundle import BundleMetadata, load_bundle_metadata
from orgwatch.calibrate import apply_calibration
from orgwatch.labels import LABELS, worst_suggestion
from orgwatch.text import normalize_batch

logger = logging.getLogger(__name__)


class RawScorer(Protocol):
    """What each tier implements: uncalibrated per-label scores for normalized texts."""

    def raw_scores(self, normalized_texts: list[str]) -> np.ndarray: ...


class Classifier:
    """A loaded bundle: normalizes, scores, calibrates and maps scores to suggestions."""

    def __init__(self, bundle_dir: Path, meta: BundleMetadata, scorer: RawScorer):
        self.bundle_dir = Path(bundle_dir)
        self.meta = meta
        self.scorer = scorer

    @property
    def version(self) -> str:
        """The bundle's version string."""
        return self.meta.version

    def raw_scores_normalized(self, normalized_texts: list[str]) -> np.ndarray:
        """Uncalibrated scores of already-normalized texts (training and calibration use this)."""
        return self.scorer.raw_scores(normalized_texts)

    def calibrate(self, raw: np.ndarray) -> np.ndarray:
        """Apply the bundle's per-label calibration."""
        out = np.array(raw, dtype=float, copy=True)
        for j, label in enumerate(LABELS):
            params = self.meta.calibration.get(label)
            if params and len(out):
                out[:, j] = apply_calibration(out[:, j], params)
        return out

    def predict_proba_normalized(self, normalized_texts: list[str]) -> np.ndarray:
        """Calibrated scores of already-normalized texts."""
        return self.calibrate(self.raw_scores_normalized(normalized_texts))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated per-label probabilities for raw texts, shape (n, len(LABELS))."""
        return self.predict_proba_normalized([n.text for n in normalize_batch(texts)])

    def suggestions(self, scores: np.ndarray) -> list[dict[str, object]]:
        """Per-label and overall suggestions for a batch of calibrated scores."""
        out = []
        for row in scores:
            per_label = {
                label: {"score": float(row[j]), "suggestion": self.meta.thresholds[label].suggestion(float(row[j]))}
                for j, label in enumerate(LABELS)
            }
            overall = worst_suggestion([v["suggestion"] for v in per_label.values()])
            out.append({"suggestion": overall, "labels": per_label})
        return out


def load_classifier(bundle_dir: Path | str) -> Classifier:
    """Load any bundle kind after the metadata and safety checks."""
    bundle_dir = Path(bundle_dir)
    meta = load_bundle_metadata(bundle_dir)
    if meta.kind == "lexical":
        from orgwatch.model_lexical import LexicalParts

        scorer: RawScorer = LexicalParts.load(bundle_dir)
    elif meta.kind == "transformer":
        from orgwatch.model_transformer import TransformerScorer

        scorer = TransformerScorer.load(bundle_dir, meta)
    else:
        from orgwatch.model_cascade import CascadeScorer

        scorer = CascadeScorer.load(bundle_dir, meta)
    logger.info("loaded %s bundle %s", meta.kind, meta.version)
    return Classifier(bundle_dir, meta, scorer)
