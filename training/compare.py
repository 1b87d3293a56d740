"""Candidate against production on the same frozen evaluation data: a side-by-side table saved as Markdown and JSON."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.data import Record
from orgwatch.labels import LABELS
from orgwatch.scoring import Classifier
from training.evaluate import false_positive_rates, score_records, targets_of
from training.metrics import BOOTSTRAP_METRICS, label_metrics, paired_bootstrap_change

logger = logging.getLogger(__name__)

COMPARISON_MD = "comparison.md"
COMPARISON_JSON = "comparison.json"
FROZEN_ALL = "frozen_all"
REGRESSION = "regression"
HEADLINE_METRICS = (("f1", "F1"), ("pr_auc", "PR-AUC"), ("precision_at_recall_0.90", "P@R0.90"))


def _label_figures(scores: np.ndarray, targets: np.ndarray, classifier: Classifier) -> dict[str, dict[str, float]]:
    out = {}
    for j, label in enumerate(LABELS):
        m = label_metrics(scores[:, j], targets[:, j], classifier.meta.thresholds[label])
        out[label] = {k: m[k] for k in ("f1", "precision", "recall", "pr_auc", "precision_at_recall_0.90", "positives", "n")}
    return out


def _flagged(scores: np.ndarray, classifier: Classifier) -> np.ndarray:
    return np.column_stack([scores[:, j] >= classifier.meta.thresholds[label].review for j, label in enumerate(LABELS)])


def _confirmed_figures(scores: np.ndarray, records: list[Record], classifier: Classifier) -> tuple[dict, list[dict]]:
    """Recall per label on the confirmed cases, and the cases the model gets wrong (missed or wrongly flagged)."""
    targets = targets_of(records)
    flagged = _flagged(scores, classifier)
    recall = {}
    for j, label in enumerate(LABELS):
        positives = targets[:, j] == 1
        recall[label] = float(flagged[positives, j].mean()) if positives.any() else float("nan")
    wrong = []
    for i in np.where((flagged != (targets == 1)).any(axis=1))[0]:
        wrong.append({
            "id": records[i].id,
            "labels": list(records[i].labels),
            "flagged": [label for j, label in enumerate(LABELS) if flagged[i, j]],
            "scores": [round(float(s), 3) for s in scores[i]],
            "text": records[i].classified_text()[:200],
        })
    return {"recall": recall, "n": len(records), "positives": {l: int(targets[:, j].sum()) for j, l in enumerate(LABELS)}}, wrong


def model_figures(
    classifier: Classifier,
    frozen: dict[str, list[Record]],
    corpora_root: Path | None = None,
    per_corpus: int | None = None,
    normalized: dict[str, list[str]] | None = None,
    scores_given: dict[str, np.ndarray] | None = None,
) -> dict[str, Any]:
    """One model's figures on each frozen dataset, on all of them pooled, on the confirmed cases and on real corpora.

    normalized: already-normalized texts per dataset (skips normalizing again); scores_given: this model's calibrated
    scores per dataset, when the caller has them already.
    """
    out: dict[str, Any] = {"version": classifier.version, "datasets": {}}
    pooled_scores, pooled_targets = [], []
    for name, scores in _scores(classifier, frozen, normalized, scores_given).items():
        records = frozen[name]
        targets = targets_of(records)
        pooled_scores.append(scores)
        pooled_targets.append(targets)
        out["datasets"][name] = _label_figures(scores, targets, classifier)
        if name == REGRESSION:
            out["confirmed"], out["confirmed_wrong"] = _confirmed_figures(scores, records, classifier)
    if pooled_scores:
        out["datasets"][FROZEN_ALL] = _label_figures(np.vstack(pooled_scores), np.vstack(pooled_targets), classifier)
    if corpora_root is not None and Path(corpora_root).is_dir():
        rates = false_positive_rates(classifier, Path(corpora_root), per_corpus).get("all")
        if rates:
            out["real_corpora"] = {k: rates[k] for k in ("n", "review_rate", "block_rate")}
    return out


def compare_models(
    candidate: Classifier,
    production: Classifier,
    frozen: dict[str, list[Record]],
    corpora_root: Path | None = None,
    per_corpus: int | None = None,
    normalized: dict[str, list[str]] | None = None,
    candidate_scores: dict[str, np.ndarray] | None = None,
) -> dict[str, Any]:
    """Both models' figures on the same frozen data (dataset name -> records), with paired-bootstrap 95% intervals
    of each F1 and PR-AUC change; the dict the promotion gate reads."""
    scores = {
        "production": _scores(production, frozen, normalized, None),
        "candidate": _scores(candidate, frozen, normalized, candidate_scores),
    }
    intervals: dict[str, dict[str, dict[str, list[float]]]] = {}
    for name, records in frozen.items():
        if not records:
            continue
        targets = targets_of(records)
        intervals[name] = {
            label: {metric: list(bounds) for metric, bounds in paired_bootstrap_change(
                scores["production"][name][:, j], scores["candidate"][name][:, j], targets[:, j],
                production.meta.thresholds[label].review, candidate.meta.thresholds[label].review).items()}
            for j, label in enumerate(LABELS)
        }
    return {
        "candidate": candidate.version,
        "production": production.version,
        "datasets": {name: len(records) for name, records in frozen.items()},
        "models": {
            "production": model_figures(production, frozen, corpora_root, per_corpus, scores_given=scores["production"]),
            "candidate": model_figures(candidate, frozen, corpora_root, per_corpus, scores_given=scores["candidate"]),
        },
        "change_intervals": intervals,
    }


def _scores(classifier: Classifier, frozen: dict[str, list[Record]], normalized: dict[str, list[str]] | None,
            given: dict[str, np.ndarray] | None) -> dict[str, np.ndarray]:
    """Calibrated scores per non-empty dataset: given ones, else from normalized texts, else scored from records."""
    out = {}
    for name, records in frozen.items():
        if not records:
            continue
        if given is not None and name in given:
            out[name] = given[name]
        elif normalized is not None and name in normalized:
            out[name] = classifier.predict_proba_normalized(normalized[name])
        else:
            out[name] = score_records(classifier, records)
    return out


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _change(before: Any, after: Any, interval: list[float] | None = None) -> str:
    if not isinstance(before, (int, float)) or not isinstance(after, (int, float)):
        return ""
    if math.isnan(before) or math.isnan(after):
        return ""
    if interval and not any(math.isnan(bound) for bound in interval):
        return f"{after - before:+.3f} [{interval[0]:+.3f}, {interval[1]:+.3f}]"
    return f"{after - before:+.3f}"


def comparison_rows(comparison: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """Table rows (data, label, metric, production, candidate, change) for printing and the Markdown report."""
    prod, cand = comparison["models"]["production"], comparison["models"]["candidate"]
    intervals = comparison.get("change_intervals", {})
    rows = []
    for name in [*comparison["datasets"], FROZEN_ALL]:
        if name not in cand["datasets"] or name not in prod["datasets"]:
            continue
        shown = f"{name} (n={comparison['datasets'][name]})" if name in comparison["datasets"] else name
        for label in LABELS:
            for key, title in HEADLINE_METRICS:
                before, after = prod["datasets"][name][label][key], cand["datasets"][name][label][key]
                interval = intervals.get(name, {}).get(label, {}).get(key) if key in BOOTSTRAP_METRICS else None
                rows.append((shown, label, title, _fmt(before), _fmt(after), _change(before, after, interval)))
    if "confirmed" in cand:
        for label in LABELS:
            before, after = prod["confirmed"]["recall"][label], cand["confirmed"]["recall"][label]
            rows.append(("confirmed cases", label, "recall", _fmt(before), _fmt(after), _change(before, after)))
        rows.append(("confirmed cases", "any", "wrong", str(len(prod["confirmed_wrong"])),
                     str(len(cand["confirmed_wrong"])), ""))
    if "real_corpora" in cand and "real_corpora" in prod:
        for key, title in (("review_rate", "flagged share (review)"), ("block_rate", "flagged share (block)")):
            before, after = prod["real_corpora"][key], cand["real_corpora"][key]
            rows.append((f"real corpora (n={cand['real_corpora']['n']})", "any", title,
                         f"{before:.4f}", f"{after:.4f}", f"{after - before:+.4f}"))
    return rows


def comparison_markdown(comparison: dict[str, Any]) -> str:
    """The side-by-side comparison as Markdown, with the confirmed cases each model gets wrong."""
    lines = [
        f"# Candidate {comparison['candidate']} against production {comparison['production']}",
        "",
        "Same frozen data for both: the gold evaluation part, the held-out generated test split and the regression set "
        "(confirmed cases kept out of training by group). F1 at each model's own review threshold; "
        f"`{FROZEN_ALL}` pools the three. Brackets: 95% interval of the F1 or PR-AUC change from a paired bootstrap "
        "(both models scored on the same resampled records); an interval holding 0 is not a measured change.",
        "",
        f"| data | label | metric | production {comparison['production']} | candidate {comparison['candidate']} | change |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in comparison_rows(comparison)]
    for role in ("production", "candidate"):
        wrong = comparison["models"][role].get("confirmed_wrong")
        if wrong is None:
            continue
        lines += ["", f"## Confirmed cases {role} gets wrong ({len(wrong)})", ""]
        for case in wrong:
            text = case.get("text", "").replace("\n", " ")
            lines.append(f"- `{case['id']}` true={case['labels'] or 'none'} flagged={case['flagged'] or 'none'} "
                         f"scores={case['scores']}" + (f": {text}" if text else ""))
    return "\n".join(lines) + "\n"


def write_comparison(comparison: dict[str, Any], out_dir: Path) -> Path:
    """Write comparison.md and comparison.json into out_dir; return the Markdown path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / COMPARISON_JSON).write_text(json.dumps(comparison, ensure_ascii=False, indent=2, default=float),
                                           encoding="utf-8")
    path = out_dir / COMPARISON_MD
    path.write_text(comparison_markdown(comparison), encoding="utf-8")
    return path
