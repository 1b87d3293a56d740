"""Cascade tier at inference: lexical scores for all texts, the transformer only where a lexical score is uncertain.

Label j of a text takes the transformer's raw score when the lexical raw score of j lies inside the label's band
[lo, hi] (stored in orgwatch.json under extra.band); otherwise it keeps the lexical raw score. A text is sent to the
transformer when any label is in its band. The output therefore mixes two raw scales per label; the cascade bundle
carries its own calibration, fitted by the training driver on the cascade's own raw outputs, so callers still get one
calibrated probability per label. A band with lo > hi routes nothing for that label.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.bundle import BundleError, BundleMetadata
from orgwatch.labels import LABELS

logger = logging.getLogger(__name__)

LEXICAL_DIR = "lexical"
TRANSFORMER_DIR = "transformer"


def parse_band(raw: Any) -> dict[str, tuple[float, float]]:
    """Validate a stored band: one [lo, hi] pair of floats per label."""
    if not isinstance(raw, dict) or set(raw) != set(LABELS):
        raise BundleError(f"cascade band must map each of {list(LABELS)} to [lo, hi], got {raw!r}")
    band = {}
    for label in LABELS:
        pair = raw[label]
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise BundleError(f"cascade band of {label} must be [lo, hi], got {pair!r}")
        band[label] = (float(pair[0]), float(pair[1]))
    return band


def in_band(lexical_scores: np.ndarray, band: dict[str, tuple[float, float]]) -> np.ndarray:
    """Boolean (n, len(LABELS)): which label scores fall inside their band and go to the transformer."""
    lexical_scores = np.asarray(lexical_scores, dtype=float).reshape(-1, len(LABELS))
    lo = np.array([band[label][0] for label in LABELS])
    hi = np.array([band[label][1] for label in LABELS])
    return (lexical_scores >= lo) & (lexical_scores <= hi)


class CascadeScorer:
    """Lexical first; the transformer rescoring only the label scores the lexical model is unsure about."""

    def __init__(self, lexical: Any, transformer: Any, band: dict[str, tuple[float, float]]):
        self.lexical = lexical
        self.transformer = transformer
        self.band = band
        self.last_routed_share = 0.0
        self.last_routed: np.ndarray = np.zeros((0, len(LABELS)), dtype=bool)
        self.last_truncated: list[bool] = []

    @classmethod
    def load(
        cls, bundle_dir: Path | str, meta: BundleMetadata, backend: str | None = None
    ) -> "CascadeScorer":
        """Load lexical/ and transformer/ sub-folders and the band from meta.extra['band']."""
        from orgwatch.model_lexical import LexicalParts
        from orgwatch.model_transformer import TransformerScorer

        bundle_dir = Path(bundle_dir)
        if "band" not in meta.extra:
            raise BundleError(f"{bundle_dir}: cascade bundle without extra.band in its metadata")
        band = parse_band(meta.extra["band"])
        for sub in (LEXICAL_DIR, TRANSFORMER_DIR):
            if not (bundle_dir / sub).is_dir():
                raise BundleError(f"{bundle_dir}: cascade bundle without its {sub}/ folder")
        lexical = LexicalParts.load(bundle_dir / LEXICAL_DIR)
        transformer = TransformerScorer.load(bundle_dir / TRANSFORMER_DIR, None, backend=backend)
        return cls(lexical, transformer, band)

    def raw_scores(self, normalized_texts: list[str]) -> np.ndarray:
        """Per-label raw scores, shape (n, len(LABELS)); the routed share of this call goes to last_routed_share."""
        scores = np.asarray(self.lexical.raw_scores(normalized_texts), dtype=float).reshape(-1, len(LABELS))
        routed = in_band(scores, self.band)
        rows = np.flatnonzero(routed.any(axis=1))
        self.last_truncated = [False] * len(normalized_texts)
        if len(rows):
            transformer_scores = self.transformer.raw_scores([normalized_texts[i] for i in rows])
            scores[rows] = np.where(routed[rows], transformer_scores, scores[rows])
            for i, flag in zip(rows, getattr(self.transformer, "last_truncated", [])):
                self.last_truncated[i] = flag
        self.last_routed = routed
        self.last_routed_share = len(rows) / len(normalized_texts) if normalized_texts else 0.0
        logger.debug("cascade: %d of %d texts routed to the transformer", len(rows), len(normalized_texts))
        return scores
