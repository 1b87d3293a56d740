"""Generated-to-gold generalization check: plain TF-IDF + logistic regression trained on generated data only.

Prints only aggregate metrics on the gold evaluation part, so corpus authors can iterate without reading gold texts,
and the share of real everyday text (../shared/corpora, 1,000 texts per corpus) flagged at 0.5.
Run: python -m training.generalization --train data/generated/train.jsonl
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

from orgwatch.labels import LABELS
from orgwatch.paths import CORPORA_DIR, GOLD_DIR
from orgwatch.text import extract_html, normalize_batch
from training.corpora import load_corpora

logger = logging.getLogger(__name__)

GOLD_EVALUATION_FILE = GOLD_DIR / "evaluation.jsonl"


def _load(path: Path) -> tuple[list[str], np.ndarray, list[str]]:
    texts, targets, notes = [], [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            raw = rec.get("text")
            if raw is None:
                raw = extract_html(rec["html"]).text
            texts.append(raw)
            targets.append([int(label in rec.get("labels", [])) for label in LABELS])
            notes.append(rec.get("note") or "")
    return [n.text for n in normalize_batch(texts)], np.array(targets), notes


def baseline_generalization(
    train_path: Path, eval_path: Path = GOLD_EVALUATION_FILE, corpora_root: Path | None = CORPORA_DIR
) -> dict[str, dict[str, float]]:
    """Train the plain baseline on train_path; per-label metrics on eval_path and flagged share of real corpora."""
    train_texts, train_y, _ = _load(train_path)
    eval_texts, eval_y, eval_notes = _load(eval_path)
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, max_features=200_000, sublinear_tf=True)
    x_train = vectorizer.fit_transform(train_texts)
    x_eval = vectorizer.transform(eval_texts)
    hard = np.array([n.startswith("hard_negative") for n in eval_notes])
    corpora = load_corpora(corpora_root, per_corpus=1000) if corpora_root and Path(corpora_root).is_dir() else {}
    real_texts = [t for texts in corpora.values() for t in texts]
    x_real = vectorizer.transform([n.text for n in normalize_batch(real_texts)]) if real_texts else None
    results: dict[str, dict[str, float]] = {}
    for j, label in enumerate(LABELS):
        clf = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        clf.fit(x_train, train_y[:, j])
        proba = clf.predict_proba(x_eval)[:, 1]
        pred = (proba >= 0.5).astype(int)
        results[label] = {
            "f1": float(f1_score(eval_y[:, j], pred, zero_division=0)),
            "precision": float(precision_score(eval_y[:, j], pred, zero_division=0)),
            "recall": float(recall_score(eval_y[:, j], pred, zero_division=0)),
            "pr_auc": float(average_precision_score(eval_y[:, j], proba)),
            "hard_negative_fpr": float(pred[hard].mean()) if hard.any() else float("nan"),
        }
        if x_real is not None:
            # none of the real corpora is about our labels: every flag there is a false positive
            results[label]["real_corpora_flagged"] = float((clf.predict_proba(x_real)[:, 1] >= 0.5).mean())
    return results


def main() -> None:
    """CLI entry: print the baseline's gold metrics as a small table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, required=True, help="generated training JSONL")
    parser.add_argument("--eval", type=Path, default=GOLD_EVALUATION_FILE, help="gold evaluation JSONL")
    args = parser.parse_args()
    results = baseline_generalization(args.train, args.eval)
    for label, m in results.items():
        print(f"{label:14s} " + "  ".join(f"{k}={v:.3f}" for k, v in m.items()))


if __name__ == "__main__":
    main()
