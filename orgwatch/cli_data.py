"""`orgwatch data` commands: validate, import, dedupe, split, describe training records and find label issues."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional

import typer
from rich.console import Console
from rich.table import Table

from orgwatch import data
from orgwatch.labels import LABELS, ORIGINS, SOURCE_TYPES

if TYPE_CHECKING:
    from training.label_issues import LabelIssue

logger = logging.getLogger(__name__)

app = typer.Typer(
    help="Validate, import, dedupe, split and describe training records (JSONL, CSV, Parquet, datasets folders).",
    no_args_is_help=True,
)

OriginName = Literal[ORIGINS]  # type: ignore[valid-type]
SourceTypeName = Literal[SOURCE_TYPES]  # type: ignore[valid-type]

InputFiles = Annotated[
    list[Path],
    typer.Argument(exists=True, help="JSONL, CSV or Parquet files, or saved datasets folders", show_default=False),
]
Threshold = Annotated[
    float, typer.Option("--threshold", min=0.1, max=0.99, help="near-duplicate MinHash Jaccard threshold")
]


def _report_problems(problems: list[data.Problem]) -> None:
    for problem in problems:
        typer.echo(str(problem), err=True)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _load_valid_sourced(files: list[Path]) -> list[data.SourcedRecord]:
    """Read and validate inputs, keeping each record's file and line; on any problem print them all and exit 1."""
    report = data.validate_files(files)
    if report.problems:
        _report_problems(report.problems)
        _fail(f"{len(report.problems)} problems in the inputs; fix them (see `orgwatch data validate`)")
    return report.records


def _load_valid(files: list[Path]) -> list[data.Record]:
    """Read and validate inputs; on any problem print them all and exit 1."""
    return [item.record for item in _load_valid_sourced(files)]


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not ours or not theirs:
            raise typer.BadParameter(f"{pair!r}: expected ours=theirs, e.g. text=content", param_hint="--map")
        if ours not in data.RECORD_FIELDS:
            fields = ", ".join(data.RECORD_FIELDS)
            raise typer.BadParameter(f"{ours!r} is not a record field ({fields})", param_hint="--map")
        mapping[ours] = theirs
    return mapping


def _parse_default_labels(value: Optional[str]) -> list[str] | None:
    if value is None:
        return None
    labels = data.parse_labels(value)
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        known = ", ".join(LABELS)
        raise typer.BadParameter(f"unknown label {unknown[0]!r} (known: {known}, none)", param_hint="--labels")
    return labels


def _figures_tables(figures: dict[str, Any]) -> list[Table]:
    """Render dataset_figures as rich tables: one overview row per split, then label combination x source type."""
    # Label counts live in the second table so both fit an 80-column terminal.
    overview = Table(title=f"{figures['total']} records; length in characters of the classified text")
    for column in ("split", "records", "html", "p5", "p50", "p90", "p99", "max"):
        overview.add_column(column, justify="left" if column == "split" else "right")
    sources = sorted({s for f in figures["splits"].values() for per in f["label_combinations"].values() for s in per})
    mix = Table(title="label combination x source type")
    for column in ("split", "labels", *sources, "total"):
        mix.add_column(column, justify="left" if column in ("split", "labels") else "right")
    for name, split in figures["splits"].items():
        length = split["length"]
        overview.add_row(
            name,
            str(split["records"]),
            f"{split['html_share']:.0%}",
            *(str(length.get(key, "-")) for key in ("p5", "p50", "p90", "p99", "max")),
        )
        for combination, per_source in split["label_combinations"].items():
            mix.add_row(
                name, combination, *(str(per_source.get(s, 0)) for s in sources), str(sum(per_source.values()))
            )
    return [overview, mix]


def print_figures(figures: dict[str, Any]) -> None:
    """Print dataset figures as rich tables."""
    console = Console()
    for table in _figures_tables(figures):
        console.print(table)


@app.command("validate")
def validate_command(files: InputFiles) -> None:
    """Check records against the contract; print FILE:LINE: field: problem for each bad row (exit 1 if any)."""
    report = data.validate_files(files)
    _report_problems(report.problems)
    typer.echo(f"{len(report.records)} valid, {len(report.problems)} problems")
    if report.problems:
        raise typer.Exit(1)


@app.command("import")
def import_command(
    sources: InputFiles,
    out: Annotated[Path, typer.Option("-o", "--out", help="output JSONL file", show_default=False)],
    mappings: Annotated[
        list[str], typer.Option("--map", help="our field=their column, repeatable (e.g. --map text=content)")
    ] = [],
    origin: Annotated[OriginName, typer.Option("--origin", help="origin of rows that give none")] = "imported",
    source_type: Annotated[
        Optional[SourceTypeName], typer.Option("--source-type", help="source type of rows that give none")
    ] = None,
    labels: Annotated[
        Optional[str], typer.Option("--labels", help="labels of rows that give none, e.g. 'none' or 'charity_fraud'")
    ] = None,
) -> None:
    """Import JSONL/CSV/Parquet/datasets rows into contract JSONL; bad rows are reported and skipped (exit 1)."""
    if out.suffix.lower() != ".jsonl":
        raise typer.BadParameter("the output is contract JSONL: give a .jsonl path", param_hint="--out")
    mapping = _parse_mapping(mappings)
    default_labels = _parse_default_labels(labels)
    defaults = {"labels": default_labels} if default_labels is not None else None
    try:
        report = data.import_records(sources, out, mapping, origin=origin, source_type=source_type, defaults=defaults)
    except OSError as error:
        _fail(f"{out}: cannot write ({error.strerror or error})")
    _report_problems(report.problems)
    for file, columns in report.ignored_columns.items():
        typer.echo(f"{file}: ignored columns outside the record contract: {', '.join(columns)}", err=True)
    typer.echo(f"wrote {report.written} records to {out}; skipped {len(report.problems)} bad rows")
    if report.problems:
        raise typer.Exit(1)


@app.command("dedupe")
def dedupe_command(
    files: InputFiles,
    out: Annotated[Path, typer.Option("-o", "--out", help="output JSONL of kept records", show_default=False)],
    threshold: Threshold = data.DEFAULT_THRESHOLD,
    dropped_out: Annotated[
        Optional[Path], typer.Option("--dropped", help="also write dropped ids with their reason to this JSONL")
    ] = None,
) -> None:
    """Drop exact and near duplicates (normalized text, MinHash over character 5-grams); keep the most trusted copy."""
    records = _load_valid(files)
    started = time.perf_counter()
    kept, dropped = data.dedupe(records, threshold=threshold)
    seconds = time.perf_counter() - started
    try:
        data.write_jsonl(kept, out)
        if dropped_out is not None:
            with dropped_out.open("w", encoding="utf-8") as handle:
                for item in dropped:
                    row = {"id": item.record.id, "kind": item.kind, "kept_id": item.kept_id,
                           "similarity": round(item.similarity, 3), "labels_differ": item.labels_differ,
                           "reason": item.reason}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as error:
        _fail(f"cannot write ({error.strerror or error}): {error.filename or out}")
    exact = sum(item.kind == "exact" for item in dropped)
    conflicts = sum(item.labels_differ for item in dropped)
    typer.echo(
        f"kept {len(kept)} of {len(records)} records in {out}; dropped {exact} exact and {len(dropped) - exact} near "
        f"duplicates ({conflicts} with different labels) in {seconds:.1f} s"
    )


@app.command("split")
def split_command(
    files: InputFiles,
    out_dir: Annotated[
        Path, typer.Option("-o", "--out", help="folder for train/validation/test.jsonl", show_default=False)
    ],
    seed: Annotated[int, typer.Option("--seed", help="seed of the split order")] = 0,
    threshold: Threshold = data.DEFAULT_THRESHOLD,
) -> None:
    """Split records into train/validation/test so no group, web host or near-duplicate cluster spans two splits."""
    records = _load_valid(files)
    splits = data.split_records(records, seed=seed, threshold=threshold)
    try:
        for name, split in splits.items():
            data.write_jsonl(split, out_dir / f"{name}.jsonl")
    except OSError as error:
        _fail(f"cannot write ({error.strerror or error}): {error.filename or out_dir}")
    print_figures(data.dataset_figures(splits))
    typer.echo(f"wrote {', '.join(f'{n}.jsonl ({len(s)})' for n, s in splits.items())} to {out_dir}")


@app.command("stats")
def stats_command(
    files: Annotated[
        list[Path],
        typer.Argument(exists=True, help="a folder of split JSONL files, or record files (one split 'all')",
                       show_default=False),
    ],
) -> None:
    """Load records as a DatasetDict; print counts per split x label combination x source type, lengths, html share."""
    splits, problems = data.load_splits(files)
    if problems:
        _report_problems(problems)
        _fail(f"{len(problems)} problems in the inputs")
    dataset = data.to_dataset_dict(splits)
    print_figures(data.dataset_figures(splits))
    columns = next(iter(dataset.values())).column_names if dataset else []
    typer.echo(
        f"DatasetDict: {', '.join(f'{n} {len(d)}' for n, d in dataset.items())} rows; columns {', '.join(columns)}"
    )


ISSUE_SNIPPET_CHARS = 200
_ISSUE_TABLE_SNIPPET_CHARS = 60


def _snippet(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _issue_row(issue: LabelIssue, source: data.SourcedRecord) -> dict[str, Any]:
    """One output row of the label-issue report (labels as lists; the CSV writer joins them)."""
    return {
        "rank": issue.rank,
        "id": issue.record.id,
        "source": f"{source.file}:{source.line}",
        "given": list(issue.given),
        "suggested": list(issue.suggested),
        "doubted": list(issue.doubted),
        **{f"p_{label}": round(issue.probabilities[label], 4) for label in LABELS},
        "quality": round(issue.quality, 4),
        "snippet": _snippet(issue.record.classified_text(), ISSUE_SNIPPET_CHARS),
    }


def _write_issue_rows(rows: list[dict[str, Any]], out: Path) -> None:
    """Write report rows as JSONL, or as CSV with label lists joined by "," ("none" when empty)."""
    import csv

    with out.open("w", encoding="utf-8", newline="") as handle:
        if out.suffix.lower() == ".jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        columns = ["rank", "id", "source", "given", "suggested", "doubted", *(f"p_{label}" for label in LABELS),
                   "quality", "snippet"]
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: (",".join(value) or "none") if isinstance(value, list) else value
                             for key, value in row.items()})


@app.command("issues")
def issues_command(
    files: InputFiles,
    out: Annotated[
        Optional[Path], typer.Option("-o", "--out", help="write the full ranked list to this .jsonl or .csv file")
    ] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="rows of the printed table")] = 20,
    folds: Annotated[int, typer.Option("--folds", min=2, max=20, help="cross-validation folds")] = 5,
    seed: Annotated[int, typer.Option("--seed", help="seed of the folds and the model")] = 0,
) -> None:
    """List records most likely mislabeled: group-aware out-of-fold lexical predictions ranked by cleanlab."""
    from training import label_issues

    if out is not None and out.suffix.lower() not in (".jsonl", ".csv"):
        raise typer.BadParameter("give a .jsonl or .csv path", param_hint="--out")
    sourced = _load_valid_sourced(files)
    try:
        report = label_issues.find_label_issues([item.record for item in sourced], folds=folds, seed=seed)
    except ValueError as error:
        _fail(str(error))
    source_by_id = {item.record.id: item for item in sourced}
    rows = [_issue_row(issue, source_by_id[issue.record.id]) for issue in report.issues]
    if out is not None:
        try:
            _write_issue_rows(rows, out)
        except OSError as error:
            _fail(f"{out}: cannot write ({error.strerror or error})")
    table = Table(title=f"top {min(top, len(rows))} of {len(rows)} suspected records (lowest label quality first)")
    # Fixed columns keep their width; the text column takes what is left of the terminal (at most 40).
    id_width = min(max((len(row["id"]) for row in rows[:top]), default=2), 24)
    table.add_column("rank", justify="right", min_width=4)
    table.add_column("id", min_width=id_width)
    for column in ("given", "suggested"):  # one label a line, so a label name is never cut
        table.add_column(column, min_width=max(map(len, LABELS)))
    table.add_column("quality", justify="right", min_width=7)
    table.add_column("text", no_wrap=True, overflow="ellipsis", min_width=10, max_width=40)
    for row in rows[:top]:
        table.add_row(
            str(row["rank"]), row["id"], "\n".join(row["given"]) or "none", "\n".join(row["suggested"]) or "none",
            f"{row['quality']:.3f}", _snippet(row["snippet"], _ISSUE_TABLE_SNIPPET_CHARS),
        )
    if top:
        Console().print(table)
    written = f"; wrote {len(rows)} rows to {out}" if out is not None else ""
    typer.echo(
        f"{len(rows)} of {report.records} records suspected mislabeled ({report.folds} folds, {report.seconds:.1f} s)"
        + written
    )
