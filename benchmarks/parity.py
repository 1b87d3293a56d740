"""Benchmark: ONNX Runtime int8 against torch fp32 on one transformer bundle: probability gaps, agreement, docs/s.

Usage:
  python benchmarks/parity.py --bundle models/bundles/transformer-...        # parity on real texts
  python benchmarks/parity.py --bundle DIR --throughput                      # + docs/s at 128 tokens, batch 32
  python benchmarks/parity.py --fit-demo 500 --throughput                    # fine-tune m3e-small first (timed)

Texts come from ../shared/corpora (hotel and food-delivery reviews, news titles), read in place, never copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orgwatch.labels import LABELS  # noqa: E402
from orgwatch.model_transformer import TransformerScorer, Windowing  # noqa: E402
from orgwatch.paths import CORPORA_DIR  # noqa: E402
from orgwatch.text import normalize_batch  # noqa: E402

logger = logging.getLogger(__name__)


def corpus_texts(n: int, seed: int = 0) -> list[str]:
    """A seeded sample of n normalized real Chinese texts from the shared corpora."""
    texts: list[str] = []
    for name in ("ChineseNlpCorpus/ChnSentiCorp_htl_all.csv", "ChineseNlpCorpus/waimai_10k.csv"):
        path = CORPORA_DIR / name
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as fh:
                texts.extend(row["review"] for row in csv.DictReader(fh) if row.get("review"))
    titles = CORPORA_DIR / "Chinese-Text-Classification-Pytorch/test.txt"
    if titles.is_file():
        texts.extend(line.split("\t")[0] for line in titles.read_text(encoding="utf-8").splitlines() if line)
    if not texts:
        raise SystemExit(f"no corpora under {CORPORA_DIR}")
    sample = random.Random(seed).sample(texts, min(n, len(texts)))
    return [r.text for r in normalize_batch(sample)]


def parity(model_dir: Path, texts: list[str], reference: str = "torch", candidate: str = "onnx-int8") -> dict:
    """Max and mean absolute probability difference and decision agreement at 0.5 between two backends."""
    a = TransformerScorer.load(model_dir, backend=reference).raw_scores(texts)
    b = TransformerScorer.load(model_dir, backend=candidate).raw_scores(texts)
    diff = np.abs(a - b)
    return {
        "texts": len(texts),
        "reference": reference,
        "candidate": candidate,
        "max_abs_diff": float(diff.max()),
        "mean_abs_diff": float(diff.mean()),
        "p99_abs_diff": float(np.quantile(diff, 0.99)),
        "agreement_at_0.5": {
            label: float(((a[:, j] >= 0.5) == (b[:, j] >= 0.5)).mean()) for j, label in enumerate(LABELS)
        },
        "reference_positive_share": {label: float((a[:, j] >= 0.5).mean()) for j, label in enumerate(LABELS)},
    }


def throughput(model_dir: Path, backend: str, texts: list[str], tokens: int = 128, batch_size: int = 32) -> float:
    """Documents per second when every document fills one window of `tokens` tokens."""
    scorer = TransformerScorer.load(model_dir, backend=backend, batch_size=batch_size)
    scorer.windowing = Windowing(max_length=tokens, stride=min(32, tokens // 4), max_windows=1)
    scorer.raw_scores(texts[:batch_size])  # warm-up
    started = time.perf_counter()
    scorer.raw_scores(texts)
    return len(texts) / (time.perf_counter() - started)


def long_texts(n: int, min_chars: int, seed: int = 0) -> list[str]:
    """n texts of at least min_chars characters, each made of concatenated corpus texts."""
    pool = corpus_texts(4 * n + 200, seed)
    out, current = [], ""
    for text in pool:
        current += text
        if len(current) >= min_chars:
            out.append(current)
            current = ""
        if len(out) == n:
            break
    return out


def fit_demo(out_dir: Path, n_docs: int, base_model: str, epochs: float) -> dict:
    """Fine-tune base_model on n generated documents (first 128-token window each); fit_transformer's report."""
    from training.config import TransformerConfig
    from training.corpus import generate_records
    from training.transformer import fit_transformer

    records = [r for r in generate_records(n_docs + n_docs // 5, seed=3) if r.get("text")]
    texts = [n.text for n in normalize_batch([r["text"] for r in records])]
    targets = np.array([[int(label in r["labels"]) for label in LABELS] for r in records])
    split = n_docs
    config = TransformerConfig(
        base_model=base_model, max_length=128, stride=32, max_windows=1, train_windows=1, epochs=epochs,
        batch_size=32, max_train_docs=n_docs,
    )
    return fit_transformer(texts[:split], targets[:split], texts[split:], targets[split:], config, 13, out_dir)


def main() -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, help="transformer bundle (or a cascade's transformer/ folder)")
    parser.add_argument("--texts", type=int, default=500, help="real texts for the parity check")
    parser.add_argument("--throughput", action="store_true", help="also measure docs/s per backend")
    parser.add_argument("--throughput-docs", type=int, default=320)
    parser.add_argument("--fit-demo", type=int, default=0, metavar="N", help="first fine-tune on N generated docs")
    parser.add_argument("--base-model", default="m3e-small")
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--out", type=Path, help="keep the --fit-demo bundle here (default: a temporary folder)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="orgwatch-parity-") as tmp:
        bundle = args.bundle
        if args.fit_demo:
            bundle = args.out or Path(tmp) / "demo"
            fit = fit_demo(bundle, args.fit_demo, args.base_model, args.epochs)
            report["fit"] = {k: fit[k] for k in ("train_docs", "train_windows", "steps", "timings", "best_val")}
        if bundle is None:
            parser.error("--bundle or --fit-demo is needed")
        texts = corpus_texts(args.texts)
        report["parity_int8"] = parity(bundle, texts)
        report["parity_onnx_fp32"] = parity(bundle, texts, candidate="onnx")
        if args.throughput:
            docs = long_texts(args.throughput_docs, 400)
            report["docs_per_s_128_tokens_batch_32"] = {
                backend: round(throughput(bundle, backend, docs), 1) for backend in ("torch", "onnx-int8", "onnx")
            }
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
