"""Benchmark: scan throughput of every engine on one mixed-length labelled sample: docs/s, peak memory, macro-F1.

Usage:
  python benchmarks/scan.py --transformer /tmp/bench_models/transformer --cascade /tmp/bench_models/cascade
  python benchmarks/scan.py --limit 200 ...                 # a quick run for development
  python benchmarks/scan.py --sample FILE.jsonl ...         # a labelled sample of your own (the data contract)

Engines, each in a fresh subprocess (so peak RSS is its own; load time is reported apart and not counted):
  lexical            the lexical bundle (--lexical, default: production)
  transformer-torch  the transformer bundle with torch fp32
  transformer-int8   the transformer bundle with ONNX Runtime int8 (its default backend)
  cascade            the cascade bundle (lexical first, the transformer on the uncertain band only)
  cascade-wide       the same bundle with each label's band widened to the middle CASCADE_WIDE_SHARE of the sample's
                     lexical raw scores (chosen at load, not timed): what the cascade costs when it does route, since
                     a band chosen on gold routes nothing while the transformer is weaker than the lexical tier (its
                     F1 is only indicative: the bundle's calibration was fitted for its own band)
  naive              transformers.pipeline("text-classification") over the bundle's fine-tuned model with its
                     default settings (batch size 1, one window truncated at the tokenizer's limit, no normalization),
                     the baseline every speed is divided by
Also available with --engines: transformer-int8-padded (int8 without length buckets, to see what they bring).

The orgwatch engines score batches of --batch-size texts (the scan's batch) in sample order, normalization and
calibration included; the naive pipeline gets the whole list in one call. Each engine first scores a warm-up slice that
is not timed. F1 is at each bundle's review thresholds on calibrated scores (the naive engine's raw scores go through
the transformer bundle's calibration). The default sample: generated documents (seed 29, not the training seed) plus
the hand-written gold evaluation part, HTML pages extracted beforehand, so every engine reads the same texts.
Not a test: record figures in benchmarks/README.md with the machine.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orgwatch.labels import LABELS  # noqa: E402

logger = logging.getLogger(__name__)

SAMPLE_SEED = 29
DEFAULT_DOCS = 2000
WARMUP_DOCS = 32
SCAN_BATCH_SIZE = 256  # orgwatch.scan.DEFAULT_BATCH_SIZE
ENGINES = ("lexical", "transformer-torch", "transformer-int8", "cascade", "cascade-wide", "naive")
CASCADE_WIDE_SHARE = 0.1  # of each label's lexical raw scores, around the median
EXTRA_ENGINES = ("transformer-int8-padded",)
BUNDLE_OF_ENGINE = {
    "lexical": "lexical", "transformer-torch": "transformer", "transformer-int8": "transformer",
    "transformer-int8-padded": "transformer", "cascade": "cascade", "cascade-wide": "cascade", "naive": "transformer",
}
BASELINE = "naive"
TARGETS = {"lexical_docs_per_s": 2000, "transformer_speedup": 3.0, "cascade_docs_per_s": 300, "cascade_f1_gap": 0.01}
BENCH_MODELS_DIR = Path(__file__).resolve().parent.parent / "models" / "bench"  # ignored by git, outside the store
HOW_TO_BUILD = """no {kind} bundle: pass --{kind}, or build the benchmark's own into models/bench/ (not registered):
  orgwatch train --tier transformer --config benchmarks/bench_transformer.toml --out models/bench/transformer --no-register
  orgwatch train --tier cascade --config benchmarks/bench_transformer.toml --lexical production \\
      --transformer models/bench/transformer --out models/bench/cascade --no-register"""


# --------------------------------------------------------------------------------------------------------------------
# Sample
# --------------------------------------------------------------------------------------------------------------------


def build_sample(n_docs: int, seed: int = SAMPLE_SEED) -> list[dict[str, Any]]:
    """n_docs labelled texts: the gold evaluation part plus generated documents, shuffled with a fixed seed."""
    from orgwatch.data import Record
    from orgwatch.paths import GOLD_DIR
    from training.corpus import generate_records
    from training.train import load_records

    gold = load_records(GOLD_DIR / "evaluation.jsonl")
    generated = [Record.from_dict(r) for r in generate_records(max(0, n_docs - len(gold)), seed)]
    records = gold + generated
    random.Random(seed).shuffle(records)
    return [
        {"id": r.id, "text": r.classified_text(), "labels": list(r.labels), "source_type": r.source_type,
         "origin": r.origin}
        for r in records[:n_docs]
        if r.classified_text().strip()
    ]


def read_sample(path: Path) -> list[dict[str, Any]]:
    """A labelled sample from a contract file (text or HTML records; HTML is extracted here, before timing)."""
    from training.train import load_records

    return [
        {"id": r.id, "text": r.classified_text(), "labels": list(r.labels), "source_type": r.source_type,
         "origin": r.origin}
        for r in load_records(path)
        if r.classified_text().strip()
    ]


def sample_figures(sample: list[dict[str, Any]]) -> dict[str, Any]:
    """Size, length percentiles and label counts of a sample."""
    lengths = np.array([len(d["text"]) for d in sample])
    return {
        "docs": len(sample),
        "chars_p10_p50_p90_p99": [int(np.percentile(lengths, q)) for q in (10, 50, 90, 99)],
        "chars_mean": round(float(lengths.mean()), 1),
        "positives": {label: sum(label in d["labels"] for d in sample) for label in LABELS},
        "gold_docs": sum(d["origin"] != "generated" for d in sample),
    }


# --------------------------------------------------------------------------------------------------------------------
# One engine (runs in its own subprocess)
# --------------------------------------------------------------------------------------------------------------------


def macro_f1(scores: np.ndarray, targets: np.ndarray, review_thresholds: list[float]) -> dict[str, float]:
    """Per-label F1 at the review thresholds and their mean."""
    from sklearn.metrics import f1_score

    out = {
        label: float(f1_score(targets[:, j], scores[:, j] >= review_thresholds[j], zero_division=0.0))
        for j, label in enumerate(LABELS)
    }
    out["macro"] = float(np.mean([out[label] for label in LABELS]))
    return out


def _widen_band(classifier: Any, texts: list[str]) -> None:
    """Set each label's band to the middle CASCADE_WIDE_SHARE of the texts' lexical raw scores."""
    from orgwatch.labels import LABELS
    from orgwatch.text import normalize_batch

    raw = classifier.scorer.lexical.raw_scores([n.text for n in normalize_batch(texts)])
    low, high = 0.5 - CASCADE_WIDE_SHARE / 2, 0.5 + CASCADE_WIDE_SHARE / 2
    classifier.scorer.band = {
        label: (float(np.quantile(raw[:, j], low)), float(np.quantile(raw[:, j], high))) for j, label in enumerate(LABELS)
    }


def _load_engine(engine: str, bundle: Path, texts: list[str]) -> tuple[Any, Any]:
    """(score function over a list of raw texts -> calibrated scores, classifier whose thresholds apply)."""
    from orgwatch.bundle import load_bundle_metadata
    from orgwatch.scoring import Classifier, load_classifier

    if engine in ("lexical", "cascade", "cascade-wide"):
        classifier = load_classifier(bundle)
        if engine == "cascade-wide":
            _widen_band(classifier, texts)
        return classifier.predict_proba, classifier
    meta = load_bundle_metadata(bundle)
    if engine.startswith("transformer"):
        from orgwatch.model_transformer import TransformerScorer

        backend = "torch" if engine == "transformer-torch" else "onnx-int8"
        scorer = TransformerScorer.load(bundle, meta, backend=backend, bucketing=not engine.endswith("-padded"))
        classifier = Classifier(bundle, meta, scorer)
        return classifier.predict_proba, classifier
    from transformers import pipeline

    classifier = Classifier(bundle, meta, scorer=None)
    pipe = pipeline(
        "text-classification", model=str(bundle), tokenizer=str(bundle), top_k=None,
        function_to_apply="sigmoid", truncation=True, device=-1,
    )

    def score(texts: list[str]) -> np.ndarray:
        outputs = pipe(texts)
        raw = np.array([[next(o["score"] for o in row if o["label"] == label) for label in LABELS] for row in outputs])
        return classifier.calibrate(raw)

    return score, classifier


def run_engine(engine: str, bundle: Path, sample_file: Path, batch_size: int) -> dict[str, Any]:
    """Load one engine, warm it up, time it over the whole sample and measure F1; figures as a dict."""
    sample = [json.loads(line) for line in sample_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [d["text"] for d in sample]
    targets = np.array([[int(label in d["labels"]) for label in LABELS] for d in sample])
    started = time.perf_counter()
    score, classifier = _load_engine(engine, bundle, texts)
    load_s = time.perf_counter() - started
    score(texts[:WARMUP_DOCS])
    routed = 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    if engine == BASELINE:
        scores = score(texts)
    else:
        batches = []
        for i in range(0, len(texts), batch_size):
            batches.append(score(texts[i : i + batch_size]))
            routed += getattr(classifier.scorer, "last_routed_share", 0.0) * len(batches[-1])
        scores = np.vstack(batches)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    thresholds = [classifier.meta.thresholds[label].review for label in LABELS]
    result = {
        "engine": engine,
        "bundle": str(bundle),
        "version": classifier.meta.version,
        "docs": len(texts),
        "seconds": seconds,
        "docs_per_s": len(texts) / seconds,
        "cpu_seconds": cpu_seconds,  # all threads: on a busy machine, docs / cpu_seconds shows the work itself
        "load_s": load_s,
        "f1": macro_f1(scores, targets, thresholds),
        "review_thresholds": dict(zip(LABELS, thresholds)),
        "torch_threads": _torch_threads(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # Linux: KiB
    }
    if engine.startswith("cascade"):
        result["routed_share"] = routed / len(texts)
    return result


def _torch_threads() -> int | None:
    """torch's intra-op threads when this engine imported torch (the ONNX engines set their own, to the cores)."""
    torch = sys.modules.get("torch")
    return torch.get_num_threads() if torch is not None else None


# --------------------------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------------------------


def _resolve(ref: str) -> Path:
    from orgwatch.paths import configure_bentoml_home
    from orgwatch.store import resolve

    configure_bentoml_home()
    return resolve(ref, allow_paths=True)


def spawn_engine(engine: str, bundle: Path, sample_file: Path, batch_size: int, work: Path) -> dict[str, Any]:
    """Run one engine in a fresh Python process and return its figures."""
    out = work / f"{engine}.json"
    command = [sys.executable, __file__, "--worker", engine, "--bundle", str(bundle), "--sample-file", str(sample_file),
               "--batch-size", str(batch_size), "--result-file", str(out)]
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               BENTOML_DO_NOT_TRACK="true")
    completed = subprocess.run(command, env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        logger.error("engine %s failed:\n%s", engine, completed.stderr[-3000:])
        return {"engine": engine, "error": completed.stderr.strip().splitlines()[-1] if completed.stderr else "failed"}
    return json.loads(out.read_text(encoding="utf-8"))


def machine() -> dict[str, Any]:
    """Cores, CPU model and Python of this machine."""
    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "cpu": model, "python": platform.python_version(), "load_avg_1m": os.getloadavg()[0]}


def verdicts(results: dict[str, dict[str, Any]]) -> list[str]:
    """Each target of the issue, met or missed, with the figures behind it."""
    out = []

    def rate(engine: str) -> float | None:
        return results.get(engine, {}).get("docs_per_s")

    if rate("lexical") is not None:
        out.append(f"lexical {rate('lexical'):.0f} docs/s (target >= {TARGETS['lexical_docs_per_s']}): "
                   + ("met" if rate("lexical") >= TARGETS["lexical_docs_per_s"] else "MISSED"))
    if rate(BASELINE):
        for engine in ("transformer-int8", "transformer-torch"):
            if rate(engine) is not None:
                ratio = rate(engine) / rate(BASELINE)
                out.append(f"{engine} {ratio:.2f}x naive (target >= {TARGETS['transformer_speedup']}x): "
                           + ("met" if ratio >= TARGETS["transformer_speedup"] else "MISSED"))
    if rate("cascade") is not None:
        out.append(f"cascade {rate('cascade'):.0f} docs/s (target >= {TARGETS['cascade_docs_per_s']}): "
                   + ("met" if rate("cascade") >= TARGETS["cascade_docs_per_s"] else "MISSED"))
        if rate("transformer-int8") is not None:
            cascade_f1, transformer_f1 = results["cascade"]["f1"]["macro"], results["transformer-int8"]["f1"]["macro"]
            out.append(f"cascade macro-F1 {cascade_f1:.3f} vs transformer-int8 {transformer_f1:.3f} (target: at most "
                       f"{TARGETS['cascade_f1_gap']} below): "
                       + ("met" if transformer_f1 - cascade_f1 <= TARGETS["cascade_f1_gap"] else "MISSED"))
        if results["cascade"].get("routed_share", 0.0) == 0.0:
            out.append("  (the cascade routed nothing: its band, chosen on gold, keeps the lexical scores everywhere)")
    if rate("cascade-wide") is not None:
        share = 100 * results["cascade-wide"].get("routed_share", 0.0)
        out.append(f"cascade-wide {rate('cascade-wide'):.0f} docs/s routing {share:.1f}% of the documents "
                   f"(target >= {TARGETS['cascade_docs_per_s']}): "
                   + ("met" if rate("cascade-wide") >= TARGETS["cascade_docs_per_s"] else "MISSED"))
    return out


def print_table(results: dict[str, dict[str, Any]], figures: dict[str, Any], host: dict[str, Any]) -> None:
    """The rich table of all engines, with ratios to the naive baseline, and the target verdicts."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 150))
    base = results.get(BASELINE, {}).get("docs_per_s")
    table = Table(title=f"scan throughput: {figures['docs']} docs, chars p10/p50/p90/p99 "
                        f"{'/'.join(map(str, figures['chars_p10_p50_p90_p99']))}, {host['cores']} cores")
    for column in ("engine", "docs/s", "x naive", "docs/CPU-s", "peak RSS MB", "macro-F1", *(f"F1 {label}" for label in LABELS),
                   "load s", "notes"):
        table.add_column(column, justify="left" if column in ("engine", "notes") else "right")
    for engine, r in results.items():
        if "error" in r:
            table.add_row(engine, "-", "-", "-", "-", "-", *("-" for _ in LABELS), "-", f"failed: {r['error'][:60]}")
            continue
        notes = []
        if "routed_share" in r:
            notes.append(f"routed {100 * r['routed_share']:.1f}%")
        if engine in ("transformer-torch", BASELINE) and r.get("torch_threads"):
            notes.append(f"torch threads {r['torch_threads']}")
        table.add_row(
            engine, f"{r['docs_per_s']:.1f}", f"{r['docs_per_s'] / base:.2f}" if base else "-",
            f"{r['docs'] / r['cpu_seconds']:.1f}",
            f"{r['peak_rss_mb']:.0f}", f"{r['f1']['macro']:.3f}", *(f"{r['f1'][label]:.3f}" for label in LABELS),
            f"{r['load_s']:.1f}", ", ".join(notes),
        )
    console.print(table)
    for line in verdicts(results):
        console.print(line)


def main() -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lexical", default="production", help="lexical bundle: version, 'production' or folder")
    parser.add_argument("--transformer", help="transformer bundle: version or folder (default: models/bench/transformer)")
    parser.add_argument("--cascade", help="cascade bundle: version or folder (default: models/bench/cascade)")
    parser.add_argument("--engines", default=",".join(ENGINES),
                        help=f"comma-separated, from {', '.join(ENGINES + EXTRA_ENGINES)}")
    parser.add_argument("--sample", type=Path, help="labelled JSONL sample (default: built, see above)")
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="size of the built sample")
    parser.add_argument("--limit", type=int, help="score only the first N docs of the sample (quick runs)")
    parser.add_argument("--batch-size", type=int, default=SCAN_BATCH_SIZE, help="texts per scoring call")
    parser.add_argument("--write-sample", type=Path, help="also save the sample as JSONL here")
    parser.add_argument("--json-out", type=Path, help="write all figures as JSON here")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--bundle", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sample-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.worker:
        result = run_engine(args.worker, args.bundle, args.sample_file, args.batch_size)
        args.result_file.write_text(json.dumps(result), encoding="utf-8")
        return

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES + EXTRA_ENGINES]
    if unknown:
        parser.error(f"unknown engines {unknown}")
    refs = {"lexical": args.lexical, "transformer": args.transformer, "cascade": args.cascade}
    for kind in ("transformer", "cascade"):
        if not refs[kind] and (BENCH_MODELS_DIR / kind / "orgwatch.json").is_file():
            refs[kind] = str(BENCH_MODELS_DIR / kind)
    bundles: dict[str, Path] = {}
    for kind in sorted({BUNDLE_OF_ENGINE[e] for e in engines}):
        if not refs[kind]:
            print(HOW_TO_BUILD.format(kind=kind), file=sys.stderr)
            engines = [e for e in engines if BUNDLE_OF_ENGINE[e] != kind]
            continue
        bundles[kind] = _resolve(refs[kind])
    if not engines:
        raise SystemExit(2)

    sample = read_sample(args.sample) if args.sample else build_sample(args.docs)
    if args.limit:
        sample = sample[: args.limit]
    if args.write_sample:
        args.write_sample.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in sample), encoding="utf-8")
    figures, host = sample_figures(sample), machine()
    print(f"sample: {json.dumps(figures, ensure_ascii=False)}", file=sys.stderr)
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="orgwatch-bench-scan-") as tmp:
        sample_file = Path(tmp) / "sample.jsonl"
        sample_file.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in sample), encoding="utf-8")
        for engine in engines:
            print(f"running {engine} ...", file=sys.stderr)
            results[engine] = spawn_engine(engine, bundles[BUNDLE_OF_ENGINE[engine]], sample_file, args.batch_size,
                                           Path(tmp))
    print_table(results, figures, host)
    if args.json_out:
        report = {"machine": host, "sample": figures, "batch_size": args.batch_size, "engines": results,
                  "verdicts": verdicts(results), "command": " ".join(sys.argv)}
        args.json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
