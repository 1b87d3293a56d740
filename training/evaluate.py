"""`orgwatch evaluate`: metrics, plots, error lists and false-positive rates on real corpora, written as a report."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.labels import LABELS
from orgwatch.scoring import Classifier
from training.corpora import load_corpora
from training.metrics import all_metrics, combination

logger = logging.getLogger(__name__)

REPORT_FILE = "report.md"
METRICS_FILE = "metrics.json"
RELIABILITY_PLOT = "reliability.png"
PR_PLOT = "precision_recall.png"
MAX_ERRORS_LISTED = 40


def targets_of(records: list[Any]) -> np.ndarray:
    """0/1 matrix of records' labels in LABELS order."""
    return np.array([[int(label in r.labels) for label in LABELS] for r in records], dtype=int).reshape(-1, len(LABELS))


def score_records(classifier: Classifier, records: list[Any]) -> np.ndarray:
    """Calibrated scores for records (HTML records are scored on their extracted text)."""
    return classifier.predict_proba([r.classified_text() for r in records])


def false_positive_rates(classifier: Classifier, corpora_root: Path, per_corpus: int | None = None) -> dict[str, dict]:
    """Share of each real corpus flagged at review and at block (none of it is about our labels)."""
    out = {}
    for name, texts in load_corpora(corpora_root, per_corpus).items():
        scores = classifier.predict_proba(texts)
        sugg = classifier.suggestions(scores)
        flagged_review = sum(s["suggestion"] in ("review", "block") for s in sugg)
        flagged_block = sum(s["suggestion"] == "block" for s in sugg)
        top = np.argsort(-scores.max(axis=1))[:5]
        out[name] = {
            "n": len(texts),
            "review_rate": flagged_review / max(len(texts), 1),
            "block_rate": flagged_block / max(len(texts), 1),
            "top_scored": [{"text": texts[i][:120], "scores": scores[i].round(3).tolist()} for i in top],
        }
    if out:
        total = sum(v["n"] for v in out.values())
        out["all"] = {
            "n": total,
            "review_rate": sum(v["review_rate"] * v["n"] for v in out.values()) / total,
            "block_rate": sum(v["block_rate"] * v["n"] for v in out.values()) / total,
        }
    return out


def evasion_variants(records: list[Any], seed: int = 0) -> list[Any]:
    """Evasion variants of positive records (spacing, contact-word variants, homophones, pinyin, emoji, zero-width,
    full-width, traditional characters), made with the corpus generator's transforms, one to three kinds per text."""
    import random
    from dataclasses import replace

    from training.corpus.context import Context
    from training.corpus.noise import choose_evasions, evade

    rng = random.Random(seed)
    out = []
    for r in records:
        if r.labels:
            ctx = Context(random.Random(rng.getrandbits(32)))
            text = evade([r.classified_text()], ctx, choose_evasions(ctx))[0]
            out.append(replace(r, text=text, html=None, id=f"{r.id}-evasion"))
    return out


def _plots(scores: np.ndarray, targets: np.ndarray, report_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    fig, axes = plt.subplots(1, len(LABELS), figsize=(5 * len(LABELS), 4))
    for ax, j, label in zip(np.atleast_1d(axes), range(len(LABELS)), LABELS):
        edges = np.linspace(0, 1, 11)
        idx = np.clip(np.digitize(scores[:, j], edges[1:-1]), 0, 9)
        xs, ys, ns = [], [], []
        for b in range(10):
            mask = idx == b
            if mask.any():
                xs.append(scores[mask, j].mean())
                ys.append(targets[mask, j].mean())
                ns.append(mask.sum())
        ax.plot([0, 1], [0, 1], "--", color="grey")
        ax.scatter(xs, ys, s=[20 + 3 * n for n in ns])
        ax.plot(xs, ys)
        ax.set_title(f"{label}: reliability")
        ax.set_xlabel("mean predicted score")
        ax.set_ylabel("observed positive share")
    fig.tight_layout()
    fig.savefig(report_dir / RELIABILITY_PLOT, dpi=90)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 4))
    for j, label in enumerate(LABELS):
        if 0 < targets[:, j].sum() < len(targets):
            p, r, _ = precision_recall_curve(targets[:, j], scores[:, j])
            ax.plot(r, p, label=label)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.legend()
    fig.tight_layout()
    fig.savefig(report_dir / PR_PLOT, dpi=90)
    plt.close(fig)


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def write_report(
    classifier: Classifier,
    records: list[Any],
    report_dir: Path,
    data_name: str,
    corpora_root: Path | None = None,
    per_corpus: int | None = None,
) -> dict[str, Any]:
    """Score records, write report.md, metrics.json and plots into report_dir; return the metrics."""
    report_dir.mkdir(parents=True, exist_ok=True)
    scores = score_records(classifier, records)
    targets = targets_of(records)
    metrics: dict[str, Any] = {
        "model": classifier.version,
        "tier": classifier.meta.kind,
        "data": data_name,
        "n": len(records),
        **all_metrics(scores, targets, classifier.meta.thresholds, [r.source_type for r in records]),
    }
    variants = evasion_variants(records)
    if variants:
        v_scores = score_records(classifier, variants)
        v_targets = targets_of(variants)
        pos_mask = targets.any(axis=1)
        metrics["evasion"] = {}
        for j, label in enumerate(LABELS):
            thr = classifier.meta.thresholds[label].review
            orig = targets[:, j] == 1
            var = v_targets[:, j] == 1
            metrics["evasion"][label] = {
                "recall_original": float((scores[orig, j] >= thr).mean()) if orig.any() else float("nan"),
                "recall_evasion": float((v_scores[var, j] >= thr).mean()) if var.any() else float("nan"),
            }
        metrics["evasion"]["n_variants"] = int(pos_mask.sum())
    if corpora_root is not None and Path(corpora_root).is_dir():
        metrics["false_positives"] = false_positive_rates(classifier, Path(corpora_root), per_corpus)
    _plots(scores, targets, report_dir)

    lines = [
        f"# Evaluation of {classifier.version} ({classifier.meta.kind})",
        "",
        f"Data: `{data_name}` ({len(records)} records). Scores are the bundle's calibrated probabilities; "
        "'flagged' means review or block. Calibration and thresholds come from the bundle "
        f"({classifier.meta.extra.get('calibration_data', 'see orgwatch.json')}), never from this data unless they are the same file.",
        "",
        "| label | F1 (review) | precision | recall | F1 (block) | block precision | PR-AUC | ROC-AUC | P@R0.90 | ECE | positives |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label in LABELS:
        m = metrics["labels"][label]
        lines.append(
            f"| {label} | {_fmt(m['f1'])} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | {_fmt(m['block_f1'])} | "
            f"{_fmt(m['block_precision'])} | {_fmt(m['pr_auc'])} | {_fmt(m['roc_auc'])} | "
            f"{_fmt(m['precision_at_recall_0.90'])} | {_fmt(m['ece'])} | {m['positives']} |"
        )
    lines += ["", "## By source type", "", "| source | label | F1 | precision | recall | n |", "|---|---|---|---|---|---|"]
    for kind, per_label in metrics["by_source_type"].items():
        for label, m in per_label.items():
            lines.append(f"| {kind} | {label} | {_fmt(m['f1'])} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | {m['n']} |")
    lines += ["", "## Label combinations (true -> flagged)", ""]
    lines += [f"- {k}: {v}" for k, v in metrics["combination_confusion"].items()]
    if "evasion" in metrics:
        lines += ["", "## Evasion variants of the positives", "", "| label | recall on originals | recall on variants |", "|---|---|---|"]
        for label in LABELS:
            e = metrics["evasion"][label]
            lines.append(f"| {label} | {_fmt(e['recall_original'])} | {_fmt(e['recall_evasion'])} |")
    if "false_positives" in metrics:
        lines += ["", "## Real corpora (none is about our labels): share flagged", "", "| corpus | n | review or block | block |", "|---|---|---|---|"]
        for name, fp in metrics["false_positives"].items():
            lines.append(f"| {name} | {fp['n']} | {fp['review_rate']:.4f} | {fp['block_rate']:.4f} |")
    lines += ["", f"![reliability]({RELIABILITY_PLOT})", f"![precision-recall]({PR_PLOT})", ""]
    flagged = np.column_stack([scores[:, j] >= classifier.meta.thresholds[l].review for j, l in enumerate(LABELS)])
    for title, mask in (("False positives", flagged & (targets == 0)), ("False negatives", ~flagged & (targets == 1))):
        rows = np.where(mask.any(axis=1))[0]
        lines += [f"## {title} ({len(rows)})", ""]
        for i in rows[:MAX_ERRORS_LISTED]:
            text = records[i].classified_text().replace("\n", " ")[:200]
            lines.append(
                f"- `{records[i].id}` true={combination(targets[i])} scores={scores[i].round(3).tolist()} "
                f"note={records[i].note or ''}: {text}"
            )
        lines.append("")
    (report_dir / REPORT_FILE).write_text("\n".join(lines), encoding="utf-8")
    (report_dir / METRICS_FILE).write_text(json.dumps(metrics, ensure_ascii=False, indent=2, default=float), encoding="utf-8")
    return metrics
