"""The `orgwatch` command line: one entry point with sub-commands for data, training, evaluation and models."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from orgwatch.cli_data import app as data_app
from orgwatch.clues import clues_command
from orgwatch.paths import GOLD_DIR
from orgwatch.scan import scan_command
from serving.cli import feedback_app, keys_app, serve_command

logger = logging.getLogger(__name__)
console = Console()
err_console = Console(stderr=True)

app = typer.Typer(help="orgwatch: flag Chinese pages and posts likely run by illegal social organizations or soliciting charity fraud.",
                  no_args_is_help=True, add_completion=False)
app.add_typer(data_app, name="data", help="Validate, import, dedupe, split, generate and describe labelled data.")
models_app = typer.Typer(help="The model store: list versions, promote to production, roll back.", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.command("serve")(serve_command)
app.command("scan")(scan_command)
app.command("clues")(clues_command)
app.add_typer(keys_app, name="keys")
app.add_typer(feedback_app, name="feedback")


def _fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def _setup(verbose: bool = typer.Option(False, "--verbose", "-v", help="debug logging")) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False, rich_tracebacks=False)],
    )
    for noisy in ("jieba", "urllib3", "filelock", "bentoml", "httpx", "datasets"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@data_app.command("generate")
def data_generate(
    out: Path = typer.Option(..., "-o", "--out", help="output JSONL file"),
    n: int = typer.Option(20000, "--n", help="number of documents"),
    seed: int = typer.Option(1, "--seed", help="random seed (same seed, same corpus)"),
) -> None:
    """Generate the labelled bootstrap corpus (deterministic for a seed) and print its dataset-card figures."""
    from training.corpus import write_corpus
    from training.corpus.stats import format_card

    started = time.perf_counter()
    figures = write_corpus(out, n, seed)
    console.print(format_card(figures))
    console.print(f"wrote {n} documents to {out} in {time.perf_counter() - started:.1f} s")


@data_app.command("card")
def data_card(files: list[Path] = typer.Argument(..., help="corpus JSONL files")) -> None:
    """Print the dataset-card figures (label mix, lengths, diversity checks) of corpus files."""
    from training.corpus.stats import corpus_figures, format_card

    records = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    console.print(format_card(corpus_figures(records)))


def _train_config(config_file: Optional[Path], overrides: dict) -> "object":
    from training.config import load_config

    try:
        return load_config(config_file, overrides)
    except (ValueError, OSError) as exc:
        _fail(str(exc), 2)


@app.command()
def train(
    tier: str = typer.Option("lexical", help="lexical, transformer or cascade"),
    data: list[Path] = typer.Option([], "--data", help="training JSONL files (default: the generated bootstrap corpus)"),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="bundle folder (default models/bundles/VERSION)"),
    config_file: Optional[Path] = typer.Option(None, "--config", help="JSON or TOML config (see training/config.py)"),
    base_model: Optional[str] = typer.Option(None, "--base-model", help="transformer base: HF name, local folder or m3e-small"),
    seed: Optional[int] = typer.Option(None, help="random seed"),
    lexical: Optional[str] = typer.Option(None, help="cascade: lexical bundle (version or folder)"),
    transformer: Optional[str] = typer.Option(None, help="cascade: transformer bundle (version or folder)"),
    promote: bool = typer.Option(False, help="make the new bundle production"),
    register: bool = typer.Option(True, help="register the bundle in the model store"),
) -> None:
    """Train a model bundle (calibrated and thresholded on the gold calibration part) and register it."""
    overrides = {"tier": tier, "seed": seed, "transformer.base_model": base_model,
                 "data.train_files": [str(d) for d in data] or None}
    config = _train_config(config_file, overrides)
    started = time.perf_counter()
    if tier == "cascade":
        from orgwatch.store import resolve
        from training.cascade_train import train_cascade

        if not lexical or not transformer:
            _fail("--tier cascade needs --lexical and --transformer bundles", 2)
        result = train_cascade(config, resolve(lexical, allow_paths=True), resolve(transformer, allow_paths=True), out, register)
    else:
        from training.train import train as run_training

        result = run_training(config, out, register=register)
    _print_metrics(result.metrics)
    console.print(f"bundle {result.version} at {result.bundle_dir} ({time.perf_counter() - started:.1f} s)")
    if promote:
        from orgwatch.store import promote as promote_version

        promote_version(result.version, reason="trained with --promote")
        console.print(f"production -> {result.version}")
    console.print(result.version)


def _print_metrics(metrics: dict) -> None:
    from orgwatch.labels import LABELS

    for name in ("gold_evaluation", "generated_test"):
        if name not in metrics:
            continue
        table = Table(title=f"{name} (thresholds from the gold calibration part)")
        for col in ("label", "F1", "precision", "recall", "block P", "PR-AUC", "n+"):
            table.add_column(col)
        for label in LABELS:
            m = metrics[name]["labels"][label]
            table.add_row(label, f"{m['f1']:.3f}", f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                          f"{m['block_precision']:.3f}", f"{m['pr_auc']:.3f}", str(m["positives"]))
        console.print(table)


@app.command()
def evaluate(
    model: str = typer.Option("production", help="model version, 'production' or a bundle folder"),
    data: Optional[Path] = typer.Option(None, help="labelled JSONL (default: the gold evaluation part)"),
    report: Path = typer.Option(Path("reports/latest"), help="report folder (report.md, metrics.json, plots)"),
    false_positives: Optional[Path] = typer.Option(None, "--false-positives", help="real-corpora folder (e.g. ../shared/corpora)"),
    per_corpus: Optional[int] = typer.Option(None, help="sample this many texts per real corpus"),
) -> None:
    """Evaluate a model on labelled data: metrics, calibration plot, errors, false-positive rates."""
    from orgwatch.data import DataError
    from orgwatch.scoring import load_classifier
    from orgwatch.store import StoreError, resolve
    from training.evaluate import write_report
    from training.train import load_records

    data = data or GOLD_DIR / "evaluation.jsonl"
    try:
        classifier = load_classifier(resolve(model, allow_paths=True))
        records = load_records(data)
    except (StoreError, DataError, ValueError, OSError) as exc:
        _fail(str(exc))
    metrics = write_report(classifier, records, report, str(data), false_positives, per_corpus)
    _print_metrics({"gold_evaluation": metrics})
    if "false_positives" in metrics:
        fp = metrics["false_positives"].get("all", {})
        console.print(f"real corpora: {fp.get('review_rate', 0):.4f} flagged at review, {fp.get('block_rate', 0):.4f} at block")
    console.print(f"report: {report / 'report.md'}")


@app.command()
def retrain(
    add: list[Path] = typer.Option([], "--add", help="training records to add (JSONL/CSV/Parquet, the data contract)"),
    from_feedback: bool = typer.Option(False, "--from-feedback", help="also add every moderator decision in the feedback store"),
    tier: Optional[str] = typer.Option(None, help="lexical or transformer (default: production's tier)"),
    base: str = typer.Option("production", help="the model to retrain from (its recorded config and added data)"),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="bundle folder (default models/bundles/VERSION)"),
    report: Optional[Path] = typer.Option(None, help="folder for comparison.md/.json (default: the candidate's data folder)"),
    false_positives: Optional[Path] = typer.Option(
        None, "--false-positives", help="real-corpora folder for flagged shares (default ../shared/corpora when present)"),
    per_corpus: int = typer.Option(500, help="texts sampled per real corpus"),
) -> None:
    """Add confirmed cases, train a candidate from production's config and compare it with production; prints its version last."""
    import tempfile

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from orgwatch.data import DataError
    from orgwatch.store import StoreError
    from training.compare import comparison_rows
    from orgwatch.paths import CORPORA_DIR
    from training.retrain import RetrainError, retrain as run_retrain

    started = time.perf_counter()
    if false_positives is None and CORPORA_DIR.is_dir():
        false_positives = CORPORA_DIR
    files = list(add)
    with tempfile.TemporaryDirectory(prefix="orgwatch-feedback-") as tmp:
        if from_feedback:
            from serving.config import ConfigError, ServingConfig
            from serving.feedback import FeedbackStore, export_records

            try:
                db = ServingConfig.from_env().feedback_db
            except ConfigError as exc:
                _fail(str(exc))
            if not db.is_file():
                _fail(f"no feedback store at {db} (ORGWATCH_FEEDBACK_DB)")
            exported = Path(tmp) / "feedback.jsonl"
            err_console.print(f"{export_records(FeedbackStore(db), exported)} decisions from {db}")
            files.append(exported)
        if not files:
            _fail("nothing to add: give --add FILE and/or --from-feedback", 2)
        stages = ["validate", "load data", "dedupe and split", "train", "calibrate", "compare with production", "register"]
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=err_console, transient=False) as bar:
            task = bar.add_task("retrain", total=len(stages))

            def step(stage: str) -> None:
                done = next((i for i, s in enumerate(stages) if stage.startswith(s)), 0)
                bar.update(task, completed=done, description=stage)

            try:
                result = run_retrain(files, tier=tier, base=base, out_dir=out, report_dir=report,
                                     corpora_root=false_positives, per_corpus=per_corpus, progress=step)
            except RetrainError as exc:
                for problem in exc.problems:
                    err_console.print(str(problem), highlight=False, markup=False)
                _fail(str(exc))
            except (StoreError, DataError, ValueError, OSError) as exc:
                _fail(str(exc))
            bar.update(task, completed=len(stages), description="done")
    a = result.additions
    console.print(f"added {sum(a.new_by_split.values())} records {a.new_by_split}, dropped {len(a.dropped)} duplicates")
    for dropped in a.dropped[:20]:
        console.print(f"  {dropped.record.id}: {dropped.reason}", highlight=False, markup=False)
    table = Table(title=f"candidate {result.version} vs production {result.parent_version} (frozen data)")
    for col in ("data", "label", "metric", "production", "candidate", "change"):
        table.add_column(col)
    for row in comparison_rows(result.comparison):
        table.add_row(*row)
    console.print(table)
    console.print(f"comparison: {result.report_dir / 'comparison.md'}")
    console.print(f"retrained in {time.perf_counter() - started:.1f} s ({result.timings}); "
                  f"promote with `orgwatch models promote {result.version}`")
    typer.echo(result.version)


@models_app.command("list")
def models_list(as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """List registered model versions with lineage (parent, data added) and key metrics; production is marked."""
    from orgwatch.store import list_versions

    rows = list_versions()
    if as_json:
        console.print_json(json.dumps(rows, ensure_ascii=False, default=str))
        return
    table = Table(title="orgwatch models")
    for col in ("version", "tier", "parent", "data added", "created", "gold F1 org", "gold F1 fraud", "production"):
        table.add_column(col)
    for m in rows:
        gold = m.get("metrics", {}).get("gold_evaluation", {}).get("labels", {})
        f1 = lambda l: f"{gold[l]['f1']:.3f}" if l in gold else "-"  # noqa: E731
        added = m.get("extra", {}).get("retrain", {}).get("added")
        added_text = ", ".join(f"{k} {v}" for k, v in added.items() if v) if added else "-"
        table.add_row(m["version"], m["kind"], m.get("parent_version") or "-", added_text or "none", m["created_at"][:19],
                      f1("illegal_org"), f1("charity_fraud"), "*" if m["production"] else "")
    console.print(table)


@models_app.command("compare")
def models_compare(
    candidate: str = typer.Argument(..., help="version or bundle folder to compare"),
    against: str = typer.Option("production", "--against", help="version or bundle folder to compare it with"),
    report: Path = typer.Option(Path("reports/compare"), help="folder for comparison.md and comparison.json"),
    false_positives: Optional[Path] = typer.Option(None, help="real-corpora folder (e.g. ../shared/corpora)"),
    per_corpus: Optional[int] = typer.Option(None, help="sample this many texts per real corpus"),
) -> None:
    """Compare two models on the candidate's frozen data (gold evaluation part, generated test split, confirmed
    cases): side-by-side figures with a 95% paired-bootstrap interval of each F1 and PR-AUC change."""
    from orgwatch.bundle import load_training_config
    from orgwatch.scoring import load_classifier
    from orgwatch.store import StoreError, resolve
    from training.compare import compare_models, comparison_rows, write_comparison
    from training.config import load_config
    from training.retrain import RetrainError, frozen_data_for
    from training.train import load_records

    try:
        candidate_dir, against_dir = resolve(candidate, allow_paths=True), resolve(against, allow_paths=True)
        gold_only = {"gold_evaluation": load_records(Path(load_config().data.evaluation_file))}
        try:
            # a bundle that records no training data (or a cascade) has no generated test split of its own
            frozen = frozen_data_for(candidate_dir) if "data" in load_training_config(candidate_dir) else gold_only
        except RetrainError:
            frozen = gold_only
        comparison = compare_models(load_classifier(candidate_dir), load_classifier(against_dir), frozen,
                                    false_positives, per_corpus)
    except (StoreError, ValueError, OSError) as exc:
        _fail(str(exc))
    table = Table(title=f"{comparison['candidate']} vs {comparison['production']} (frozen data)")
    for col in ("data", "label", "metric", comparison["production"], comparison["candidate"], "change [95%]"):
        table.add_column(col)
    for row in comparison_rows(comparison):
        table.add_row(*row)
    console.print(table)
    console.print(f"comparison: {write_comparison(comparison, report)}")


@models_app.command("promote")
def models_promote(
    version: str = typer.Argument(..., help="version to make production"),
    force: bool = typer.Option(False, "--force", help="promote even if the gate refuses"),
) -> None:
    """Point the production alias at a version, if the gate allows (no label's frozen F1 down > 0.005, no confirmed recall down)."""
    from orgwatch.promotion import PromotionRefused, promote_checked
    from orgwatch.store import StoreError

    try:
        decision = promote_checked(version, force=force, reason="orgwatch models promote")
    except PromotionRefused as exc:
        for reason in exc.reasons:
            err_console.print(f"  {reason}", highlight=False)
        _fail(f"refused to promote {exc.version} over production (pass --force to override)")
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    if decision.reasons:
        err_console.print("forced past the gate: " + "; ".join(decision.reasons), highlight=False)
    console.print(f"production -> {decision.candidate}")


@models_app.command("rollback")
def models_rollback() -> None:
    """Move production back to the version it replaced."""
    from orgwatch.store import StoreError, rollback

    try:
        version = rollback()
    except StoreError as exc:
        _fail(str(exc))
    console.print(f"production -> {version}")


@app.command()
def run(
    tier: str = typer.Option("lexical", help="tier of the default model trained when none is in production"),
    train_only: bool = typer.Option(False, "--train-only", help="train (and promote) a model, do not serve"),
    retrain: bool = typer.Option(False, help="train a new default model even if production exists"),
    host: str = typer.Option("127.0.0.1", help="address the service binds to"),
    port: int = typer.Option(3000, help="port of the service"),
) -> None:
    """The main job: validate the data, train and promote the default model if none is in production, then serve it."""
    from orgwatch.store import production_version, promote
    from training.config import load_config
    from training.train import train as run_training

    _validate_gold()
    if retrain or train_only or production_version() is None:
        console.print(f"training the default {tier} model (bootstrap corpus, calibrated on the gold calibration part)")
        result = run_training(load_config(overrides={"tier": tier}))
        _print_metrics(result.metrics)
        promote(result.version, reason="make run: default model")
        console.print(f"trained and promoted {result.version} in {result.seconds:.0f} s")
    else:
        console.print(f"production model: {production_version()} (pass --retrain to train anew)")
    if not train_only:
        serve_command(model="production", host=host, port=port, workers=1)


def _validate_gold() -> None:
    """Validate the gold set and load it as a DatasetDict, printing its figures (the data step of the main job)."""
    from orgwatch.cli_data import print_figures
    from orgwatch.data import dataset_figures, load_splits, to_dataset_dict

    splits, problems = load_splits([GOLD_DIR])
    for problem in problems:
        err_console.print(str(problem), highlight=False)
    if problems:
        _fail(f"{len(problems)} problems in {GOLD_DIR}")
    dataset = to_dataset_dict(splits)
    console.print(f"gold set loaded as a DatasetDict: {dict(dataset.num_rows)}")
    print_figures(dataset_figures(splits))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
