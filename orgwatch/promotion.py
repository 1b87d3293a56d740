"""The promotion gate: a candidate becomes production only if it is no worse than production on the frozen data."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from typing import Any

from orgwatch.bundle import METADATA_FILE, load_bundle_metadata
from orgwatch.labels import LABELS
from orgwatch.store import StoreError, production_version, promote, resolve

logger = logging.getLogger(__name__)

F1_TOLERANCE = 0.005
FROZEN_ALL = "frozen_all"  # the pooled frozen data in a comparison (see training.compare)


class PromotionRefused(StoreError):
    """The gate refused a promotion; reasons says why."""

    def __init__(self, version: str, reasons: list[str]) -> None:
        super().__init__(f"promotion of {version} refused: " + "; ".join(reasons))
        self.version = version
        self.reasons = reasons


@dataclass
class GateDecision:
    """Whether a candidate may replace production, why not, and the comparison the decision rests on."""

    candidate: str
    production: str | None
    allowed: bool
    reasons: list[str] = field(default_factory=list)
    recomputed: bool = False


def gate_reasons(comparison: dict[str, Any], tolerance: float = F1_TOLERANCE) -> list[str]:
    """Why a compared candidate must not replace production (empty: it may).

    Refused when any label's F1 on the pooled frozen data drops by more than tolerance, or when any label's recall
    on the confirmed cases (the regression set) drops at all.
    """
    prod, cand = comparison["models"]["production"], comparison["models"]["candidate"]
    reasons = []
    before_all, after_all = prod["datasets"].get(FROZEN_ALL, {}), cand["datasets"].get(FROZEN_ALL, {})
    for label in LABELS:
        if label in before_all and label in after_all:
            before, after = before_all[label]["f1"], after_all[label]["f1"]
            if after < before - tolerance:
                reasons.append(f"{label}: F1 on the frozen data drops from {before:.3f} to {after:.3f} "
                               f"(more than {tolerance})")
    if "confirmed" in prod and "confirmed" in cand:
        for label in LABELS:
            before, after = prod["confirmed"]["recall"][label], cand["confirmed"]["recall"][label]
            if not (math.isnan(before) or math.isnan(after)) and after < before - 1e-9:
                reasons.append(f"{label}: recall on confirmed cases drops from {before:.3f} to {after:.3f}")
    return reasons


def _stored_comparison(version: str) -> dict[str, Any] | None:
    meta = json.loads((resolve(version) / METADATA_FILE).read_text(encoding="utf-8"))
    return meta.get("metrics", {}).get("comparison")


def _recompute(candidate: str, production: str) -> dict[str, Any]:
    """Compare anew on the candidate's frozen data (when none was stored, or production has moved since)."""
    from orgwatch.scoring import load_classifier
    from training.compare import compare_models
    from training.retrain import frozen_data_for

    candidate_dir = resolve(candidate)
    frozen = frozen_data_for(candidate_dir)
    return compare_models(load_classifier(candidate_dir), load_classifier(resolve(production)), frozen)


def check_promotion(version: str) -> GateDecision:
    """Decide whether version may become production, from the comparison stored at retrain time or a fresh one."""
    version = load_bundle_metadata(resolve(version)).version
    current = production_version()
    if current is None or current == version:
        return GateDecision(version, current, True)
    comparison = _stored_comparison(version)
    recomputed = comparison is None or comparison.get("production") != current
    if recomputed:
        logger.info("no comparison of %s with %s stored: comparing now", version, current)
        comparison = _recompute(version, current)
    reasons = gate_reasons(comparison)
    return GateDecision(version, current, not reasons, reasons, recomputed)


def promote_checked(version: str, force: bool = False, reason: str = "") -> GateDecision:
    """Promote version through the gate; raise PromotionRefused unless it passes or force is set."""
    decision = check_promotion(version)
    if not decision.allowed and not force:
        raise PromotionRefused(decision.candidate, decision.reasons)
    if not decision.allowed:
        logger.warning("promoting %s despite the gate (--force): %s", decision.candidate, "; ".join(decision.reasons))
        reason = (reason + " " if reason else "") + "(forced past the gate)"
    promote(decision.candidate, reason=reason)
    return decision
