"""Local batch scan for crawlers: input files in, one Result per record out, streaming, resumable and exactly-once.

How exactly-once survives a kill at any moment (kill -9 included): records are read and scored in order, batch by
batch. After each batch the results (and any bad records) are appended and fsynced, and only then the checkpoint
(OUTPUT.checkpoint.json: where in which input the scan is, and the byte length of the output and error files at that
point) is replaced atomically. `--resume` truncates both files back to the checkpointed lengths, which drops a
half-written batch, and reads on after the checkpointed record, so that no record is lost or written twice.

Parquet output is written as JSONL first (OUTPUT.partial.jsonl, resumable exactly like JSONL output) and converted
in one streaming pass at the end, with a fixed schema: a Parquet file is only readable once its footer is written,
so appending batches to one file cannot survive a kill, and batch-sized part files would leave a big scan as
thousands of small files. The conversion is cheap next to scoring and is redone if it was interrupted.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from orgwatch.labels import LABELS
from orgwatch.results import DEFAULT_MAX_CHARS, HTML_CHARS_PER_TEXT_CHAR, ItemError, classify_items
from orgwatch.scan_inputs import InputError, InputRecord, count_units, expand_inputs, input_format, read_input

logger = logging.getLogger(__name__)

TIERS = ("lexical", "transformer", "cascade")

DEFAULT_BATCH_SIZE = 256
CHECKPOINT_SUFFIX = ".checkpoint.json"
ERRORS_SUFFIX = ".errors.jsonl"
STAGING_SUFFIX = ".partial.jsonl"
CHECKPOINT_VERSION = 1
SUGGESTIONS = ("pass", "review", "block")
OUTPUT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
UNIT_NAMES = {"jsonl": "line", "csv": "row", "parquet": "row", "warc": "record"}
_SKIPPED_PREFIX = "skipped: "  # counts keyed by why WARC records were left out
_MAX_HELD_RECORDS = 8  # a batch also ends after this many times batch_size records (skipped WARC records included)


class ScanError(Exception):
    """A scan that cannot start or resume: bad arguments, an existing output, a checkpoint that does not fit."""


@dataclass
class ScanSummary:
    """What a scan did, over all its runs when it was resumed."""

    output: Path
    errors_file: Path
    results: int = 0
    errors: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    suggestions: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    model_version: str | None = None
    already_complete: bool = False

    @property
    def docs_per_second(self) -> float:
        """Records (results and errors) per second of scanning."""
        return (self.results + self.errors) / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Paths:
    output: Path
    errors: Path
    checkpoint: Path
    staging: Path | None  # the JSONL written before conversion, for Parquet output

    @property
    def data(self) -> Path:
        """The JSONL file results are appended to."""
        return self.staging or self.output


def _paths(output: Path, errors: Path | None) -> _Paths:
    fmt = OUTPUT_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise ScanError(f"{output}: output must end in {', '.join(sorted(OUTPUT_FORMATS))}")
    output = output.resolve()
    return _Paths(
        output=output,
        errors=(errors or output.with_name(output.name + ERRORS_SUFFIX)).resolve(),
        checkpoint=output.with_name(output.name + CHECKPOINT_SUFFIX),
        staging=output.with_name(output.name + STAGING_SUFFIX) if fmt == "parquet" else None,
    )


# --------------------------------------------------------------------------------------------------------------------
# Checkpoint
# --------------------------------------------------------------------------------------------------------------------


def _write_atomic(path: Path, payload: dict[str, Any]) -> None:
    """Replace path with payload as JSON; a crash leaves the old or the new file, never a mix."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _new_checkpoint(inputs: list[Path], model_dir: Path, model_version: str | None, explain: bool,
                    max_chars: int, tier: str | None = None) -> dict[str, Any]:
    return {
        "version": CHECKPOINT_VERSION,
        "inputs": [{"path": str(path), "size": path.stat().st_size} for path in inputs],
        "model": {"path": str(model_dir), "version": model_version, "tier": tier},
        "explain": explain,
        "max_chars": max_chars,
        "position": {"file": 0, "after": 0},  # files before `file` are done, and units <= `after` of it
        "output_bytes": 0,
        "errors_bytes": 0,
        "counts": {"results": 0, "errors": 0, "skipped": 0, **{name: 0 for name in SUGGESTIONS}},
        "seconds": 0.0,
        "finished": False,
    }


def _check_resumable(state: dict[str, Any], inputs: list[Path], model: str | None, explain: bool | None,
                     max_chars: int | None, tier: str | None = None) -> None:
    """Refuse a resume whose inputs or settings differ from the checkpointed scan."""
    if state.get("version") != CHECKPOINT_VERSION:
        raise ScanError(f"checkpoint version {state.get('version')!r} is not {CHECKPOINT_VERSION}")
    before = [entry["path"] for entry in state["inputs"]]
    now = [str(path) for path in inputs]
    if before != now:
        added = sorted(set(now) - set(before))
        missing = sorted(set(before) - set(now))
        detail = f"new: {added[:3]}, missing: {missing[:3]}" if added or missing else "same files, other order"
        raise ScanError(f"the inputs differ from the checkpointed scan ({detail}); give the same inputs to resume")
    for entry in state["inputs"]:
        size = Path(entry["path"]).stat().st_size
        if size != entry["size"]:
            raise ScanError(f"{entry['path']} changed since the scan started ({entry['size']} -> {size} bytes)")
    if model is not None:
        from orgwatch.store import StoreError, resolve

        try:
            model_dir = str(resolve(model, allow_paths=True).resolve())
        except StoreError as error:
            raise ScanError(str(error)) from None
        if model_dir != state["model"]["path"]:
            raise ScanError(f"--model {model} is not the model the scan started with ({state['model']['version']})")
    if tier is not None and tier != state["model"].get("tier"):
        raise ScanError(f"the scan started with --tier {state['model'].get('tier')}; resume with the same setting")
    if explain is not None and explain != state["explain"]:
        raise ScanError(f"the scan started with explain={state['explain']}; resume with the same setting")
    if max_chars is not None and max_chars != state["max_chars"]:
        raise ScanError(f"the scan started with max_chars={state['max_chars']}; resume with the same setting")


def _truncate_to(path: Path, length: int) -> None:
    """Cut path back to the checkpointed length (creating it empty when that is 0)."""
    if not path.exists():
        if length:
            raise ScanError(f"{path} is missing but the checkpoint counts {length} bytes in it: cannot resume")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        return
    size = path.stat().st_size
    if size < length:
        raise ScanError(f"{path} has {size} bytes, fewer than the {length} the checkpoint counts: cannot resume")
    if size > length:
        logger.info("%s: dropping %d bytes written after the last checkpoint", path.name, size - length)
        os.truncate(path, length)


# --------------------------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------------------------


def _content_problem(item: dict[str, Any]) -> tuple[str, str] | None:
    """The cheap, common item problems (no content, empty pages) found before scoring; classify_items checks the
    rest, and an ItemError from it only removes that item from the batch."""
    text, html = item.get("text"), item.get("html")
    if text is None and html is None:
        return "text", "give exactly one of text and html"
    content_field, content = ("text", text) if text is not None else ("html", html)
    if isinstance(content, str) and not content.strip():
        return content_field, "must not be empty or whitespace only"
    return None


def _content_length(item: dict[str, Any]) -> int:
    content = item.get("text") if item.get("text") is not None else item.get("html")
    return len(content) if isinstance(content, str) else 0


def score_records(classifier: Any, records: Sequence[InputRecord], explain: bool = True,
                  max_chars: int = DEFAULT_MAX_CHARS) -> tuple[dict[int, dict[str, Any]], dict[int, tuple[str, str]]]:
    """Score the items of records in one classify_items call (sorted by length, so similar lengths share a model
    batch); return results and (field, reason) problems, both keyed by position in records."""
    problems: dict[int, tuple[str, str]] = {}
    order = []
    for position, record in enumerate(records):
        if record.item is None or record.skipped or record.error:
            continue
        problem = _content_problem(record.item)
        if problem:
            problems[position] = problem
        else:
            order.append(position)
    order.sort(key=lambda position: _content_length(records[position].item))
    while order:
        try:
            results = classify_items(classifier, [records[position].item for position in order], explain, max_chars)
            return dict(zip(order, results)), problems
        except ItemError as error:
            if not 0 <= error.index < len(order):
                raise
            problems[order.pop(error.index)] = (error.field, error.message)
        except Exception:  # noqa: BLE001 - one odd page must not stop a crawl's scan, nor block its resume forever
            logger.warning("scoring a batch of %d failed; scoring its items one by one", len(order))
            logger.debug("batch failure", exc_info=True)
            return _score_one_by_one(classifier, records, order, explain, max_chars, problems)
    return {}, problems


def _score_one_by_one(classifier: Any, records: Sequence[InputRecord], order: list[int], explain: bool,
                      max_chars: int, problems: dict[int, tuple[str, str]]):
    """Fallback after a batch failed: each item alone, the ones that still fail become problems."""
    results = {}
    for position in order:
        try:
            results[position] = classify_items(classifier, [records[position].item], explain, max_chars)[0]
        except ItemError as error:
            problems[position] = (error.field, error.message)
        except Exception as error:  # noqa: BLE001
            problems[position] = ("item", f"scoring failed ({type(error).__name__}: {error})")
    return results, problems


# --------------------------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------------------------


def with_source(result: dict[str, Any], record: InputRecord) -> dict[str, Any]:
    """The result with its input record's URL and date (WARC headers, crawler columns) when it has them."""
    url = record.item.get("url") if record.item else None
    if isinstance(url, str):
        result["url"] = url
    if record.date is not None:
        result["date"] = record.date
    return result


def _json_line(payload: dict[str, Any]) -> bytes:
    return (json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def result_schema():
    """The Parquet schema of scan output: the Result contract plus url and date."""
    import pyarrow as pa

    label = pa.struct([("score", pa.float64()), ("suggestion", pa.string())])
    known = pa.struct([("list", pa.string()), ("date", pa.string()), ("source", pa.string()), ("name", pa.string()),
                       ("match", pa.string()), ("similarity", pa.float64())])
    return pa.schema([
        ("id", pa.string()),
        ("suggestion", pa.string()),
        ("labels", pa.struct([(name, label) for name in LABELS])),
        ("evidence", pa.list_(pa.struct([("label", pa.string()), ("text", pa.string()), ("start", pa.int64()),
                                         ("end", pa.int64()), ("source", pa.string())]))),
        ("organizations", pa.list_(pa.struct([("name", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                                              ("national_prefix", pa.bool_()), ("known_list", known)]))),
        ("regions", pa.list_(pa.struct([("name", pa.string()), ("province", pa.string()), ("level", pa.string()),
                                        ("start", pa.int64()), ("end", pa.int64())]))),
        ("model_version", pa.string()),
        ("truncated", pa.bool_()),
        ("warnings", pa.list_(pa.string())),
        ("extracted_text", pa.string()),
        ("url", pa.string()),
        ("date", pa.string()),
    ])


def _convert_to_parquet(staging: Path, output: Path, max_chars: int) -> None:
    """Stream the staged JSONL results into one Parquet file (written aside, then moved into place)."""
    import pyarrow as pa
    import pyarrow.json as pa_json
    import pyarrow.parquet as pq

    schema = result_schema()
    tmp = output.with_name(output.name + ".tmp")
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        if staging.stat().st_size:
            # A block must hold the longest line: a result carries up to max_chars of extracted text, JSON-escaped.
            block_size = max(16 << 20, max_chars * 24)
            reader = pa_json.open_json(
                staging,
                read_options=pa_json.ReadOptions(block_size=block_size),
                parse_options=pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore"),
            )
            for batch in reader:
                writer.write_table(pa.Table.from_batches([batch]).select(schema.names).cast(schema))
    os.replace(tmp, output)


# --------------------------------------------------------------------------------------------------------------------
# The scan
# --------------------------------------------------------------------------------------------------------------------


def _records_from(inputs: list[Path], position: dict[str, int], max_chars: int) -> Iterator[tuple[int, InputRecord]]:
    """(file index, record) for every record after the checkpointed position, file by file."""
    max_html_bytes = max_chars * HTML_CHARS_PER_TEXT_CHAR * 4  # up to 4 bytes per character in UTF-8
    for index in range(position["file"], len(inputs)):
        after = position["after"] if index == position["file"] else 0
        for record in read_input(inputs[index], after, max_html_bytes):
            yield index, record


def _batches(records: Iterator[tuple[int, InputRecord]], batch_size: int) -> Iterator[list[tuple[int, InputRecord]]]:
    """Groups holding batch_size items to score (or at most _MAX_HELD_RECORDS * batch_size records)."""
    batch: list[tuple[int, InputRecord]] = []
    to_score = 0
    for entry in records:
        batch.append(entry)
        to_score += entry[1].item is not None and not entry[1].error and not entry[1].skipped
        if to_score >= batch_size or len(batch) >= _MAX_HELD_RECORDS * batch_size:
            yield batch
            batch, to_score = [], 0
    if batch:
        yield batch


class _Writer:
    """Appends results and error entries to their files, fsyncs them, then moves the checkpoint on."""

    def __init__(self, paths: _Paths, state: dict[str, Any]):
        self.paths = paths
        self.state = state
        _truncate_to(paths.data, state["output_bytes"])
        if paths.errors.exists() or state["errors_bytes"]:
            _truncate_to(paths.errors, state["errors_bytes"])
        self.data: BinaryIO = paths.data.open("ab")
        self.errors: BinaryIO | None = None

    def commit(self, lines: list[bytes], error_lines: list[bytes], position: dict[str, int],
               counts: Counter, seconds: float) -> None:
        """Write one batch durably, then record it in the checkpoint."""
        if lines:
            self.data.write(b"".join(lines))
            self.data.flush()
            os.fsync(self.data.fileno())
        if error_lines:
            if self.errors is None:
                self.paths.errors.parent.mkdir(parents=True, exist_ok=True)
                self.errors = self.paths.errors.open("ab")
            self.errors.write(b"".join(error_lines))
            self.errors.flush()
            os.fsync(self.errors.fileno())
        state = self.state
        state["output_bytes"] = self.data.tell()
        state["errors_bytes"] = self.errors.tell() if self.errors else state["errors_bytes"]
        state["position"] = position
        for name, value in counts.items():
            state["counts"][name] = state["counts"].get(name, 0) + value
        state["seconds"] = seconds
        _write_atomic(self.paths.checkpoint, state)

    def close(self) -> None:
        self.data.close()
        if self.errors:
            self.errors.close()


def _error_entry(path: Path, record: InputRecord, field_name: str, reason: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"file": str(path), UNIT_NAMES.get(input_format(path) or "", "record"): record.number}
    item = record.item or {}
    for name in ("id", "url"):
        if isinstance(item.get(name), str):
            entry[name] = item[name]
    entry.update(field=field_name, reason=reason)
    return entry


def _progress_total(inputs: list[Path]) -> tuple[list[int] | None, int | None]:
    """Per-file unit counts and their sum, or None when any file cannot be counted cheaply."""
    counts = [count_units(path) for path in inputs]
    if any(count is None for count in counts):
        return None, None
    return counts, sum(counts)  # type: ignore[arg-type]


def scan(
    inputs: Sequence[str | Path],
    output: str | Path,
    model: str | None = None,
    *,
    resume: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: str | Path | None = None,
    explain: bool | None = None,
    max_chars: int | None = None,
    classifier: Any = None,
    console: Console | None = None,
    tier: str | None = None,
) -> ScanSummary:
    """Scan input files (files, folders, globs) into OUTPUT (.jsonl or .parquet), one Result per record in input
    order, bad records to the errors file; resume=True continues an interrupted scan exactly once.

    model defaults to production; a loaded classifier may be passed instead. console shows a progress bar.
    tier picks the tier to score with (see select_tier); by default the model's own.
    """
    if batch_size < 1:
        raise ScanError(f"batch size must be positive, got {batch_size}")
    paths = _paths(Path(output), Path(errors) if errors else None)
    try:
        own_files = [path for path in (paths.output, paths.errors, paths.checkpoint, paths.staging) if path]
        files = expand_inputs(inputs, exclude=own_files)
    except InputError as error:
        raise ScanError(str(error)) from None
    if resume and paths.checkpoint.exists():
        state = json.loads(paths.checkpoint.read_text(encoding="utf-8"))
        _check_resumable(state, files, model, explain, max_chars, tier)
        if classifier is None:
            classifier = select_tier(_load(state["model"]["path"]), state["model"].get("tier"))
        done = state["counts"]["results"] + state["counts"]["errors"]
        logger.info("resuming %s after %d records", paths.output.name, done)
    elif resume and paths.output.exists():
        return ScanSummary(paths.output, paths.errors, already_complete=True)
    else:
        existing = [p for p in (paths.output, paths.checkpoint, paths.staging, paths.errors) if p and p.exists()]
        if existing:
            raise ScanError(f"{existing[0]} exists: pass --resume to continue that scan, or remove it to start anew")
        if classifier is None:
            from orgwatch.store import StoreError, resolve

            try:
                classifier = _load(str(resolve(model or default_model_for_tier(tier), allow_paths=True).resolve()))
            except StoreError as error:
                raise ScanError(str(error)) from None
            classifier = select_tier(classifier, tier)
        model_dir = Path(getattr(classifier, "bundle_dir", ".")).resolve()
        state = _new_checkpoint(files, model_dir, getattr(classifier, "version", None),
                                True if explain is None else explain, max_chars or DEFAULT_MAX_CHARS, tier)
        paths.checkpoint.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(paths.checkpoint, state)
    if not state["finished"]:
        _run(files, paths, state, classifier, batch_size, console)
        state["finished"] = True
        _write_atomic(paths.checkpoint, state)
    if paths.staging is not None:
        if paths.staging.exists():
            _convert_to_parquet(paths.staging, paths.output, state["max_chars"])
            paths.staging.unlink()
        elif not paths.output.exists():
            raise ScanError(f"neither {paths.staging} nor {paths.output} exists: cannot finish the scan")
    counts = state["counts"]
    paths.checkpoint.unlink()
    return ScanSummary(
        output=paths.output, errors_file=paths.errors, results=counts["results"], errors=counts["errors"],
        skipped=counts["skipped"], suggestions={name: counts[name] for name in SUGGESTIONS},
        skipped_reasons={key[len(_SKIPPED_PREFIX):]: value for key, value in counts.items()
                         if key.startswith(_SKIPPED_PREFIX)},
        seconds=state["seconds"], model_version=state["model"]["version"],
    )


def default_model_for_tier(tier: str | None) -> str | None:
    """Production when no tier is asked for or production has it; else the newest registered bundle of that tier."""
    from orgwatch.store import list_versions

    if tier is None:
        return None
    versions = list_versions()
    production = [meta for meta in versions if meta["production"]]
    if production and production[0]["kind"] in (tier, "cascade"):
        return None
    of_tier = [meta for meta in versions if meta["kind"] == tier]
    if not of_tier:
        current = production[0]["kind"] if production else "unset"
        raise ScanError(f"no {tier} model in the store (production is {current}): train one with "
                        f"`orgwatch train --tier {tier}` or pass --model")
    return of_tier[-1]["version"]


def select_tier(classifier: Any, tier: str | None) -> Any:
    """The classifier scoring with the asked tier: the bundle itself, or one part of a cascade bundle.

    A part of a cascade keeps the cascade's calibration and thresholds (outside the uncertain band the cascade's scores
    are its lexical part's, so they fit that part; inside the band they were fitted on the transformer's).
    """
    kind = getattr(getattr(classifier, "meta", None), "kind", None)
    check_tier(kind, tier, getattr(classifier, "version", None))
    if tier is None or tier == kind:
        return classifier
    from orgwatch.scoring import Classifier

    part = classifier.scorer.lexical if tier == "lexical" else classifier.scorer.transformer
    return Classifier(classifier.bundle_dir, classifier.meta, part)


def check_tier(kind: str | None, tier: str | None, version: str | None) -> None:
    """Raise ScanError unless a bundle of this kind can score with the asked tier (itself, or a part of a cascade)."""
    if tier is None or tier == kind:
        return
    if tier not in TIERS:
        raise ScanError(f"--tier must be one of {', '.join(TIERS)}, not {tier!r}")
    if kind == "cascade" and tier in ("lexical", "transformer"):
        return
    raise ScanError(f"model {version or '?'} is a {kind} bundle: --tier {tier} needs a {tier} bundle (or a cascade "
                    "holding one); pass --model")


def _load(model_dir: str) -> Any:
    from orgwatch.scoring import load_classifier

    path = Path(model_dir)
    if not path.is_dir():
        raise ScanError(f"model folder {model_dir} not found")
    return load_classifier(path)


def _run(files: list[Path], paths: _Paths, state: dict[str, Any], classifier: Any, batch_size: int,
         console: Console | None) -> None:
    """Score every record after the checkpointed position, committing batch by batch."""
    writer = _Writer(paths, state)
    started = time.perf_counter()
    seconds_before = state["seconds"]
    done_now = 0
    counts_per_file, total = _progress_total(files) if console else (None, None)
    file_offsets = [sum(counts_per_file[:index]) for index in range(len(files))] if counts_per_file else None
    progress = _progress(console)
    try:
        with progress:
            position = state["position"]
            done_units = (file_offsets[position["file"]] + position["after"]) if file_offsets else 0
            task = progress.add_task("scanning", total=total, completed=done_units, rate="")
            for batch in _batches(_records_from(files, position, state["max_chars"]), batch_size):
                records = [record for _, record in batch]
                results, problems = score_records(classifier, records, state["explain"], state["max_chars"])
                lines, error_lines, counts = [], [], Counter()
                for position_in_batch, (file_index, record) in enumerate(batch):
                    path = files[file_index]
                    if record.skipped:
                        counts["skipped"] += 1
                        counts[_SKIPPED_PREFIX + record.skipped] += 1
                    elif record.error or record.item is None:
                        error_lines.append(_json_line(_error_entry(path, record, record.field or "record",
                                                                   record.error or "no item")))
                        counts["errors"] += 1
                    elif position_in_batch in problems:
                        field_name, reason = problems[position_in_batch]
                        error_lines.append(_json_line(_error_entry(path, record, field_name, reason)))
                        counts["errors"] += 1
                    else:
                        result = with_source(results[position_in_batch], record)
                        lines.append(_json_line(result))
                        counts["results"] += 1
                        counts[result["suggestion"]] += 1
                last_file, last_record = batch[-1]
                position = {"file": last_file, "after": last_record.number}
                elapsed = time.perf_counter() - started
                writer.commit(lines, error_lines, position, counts, seconds_before + elapsed)
                done_now += counts["results"] + counts["errors"]
                completed = file_offsets[last_file] + last_record.number if file_offsets else done_now
                progress.update(task, completed=completed, rate=f"{done_now / max(elapsed, 1e-9):,.0f} docs/s")
            if total is not None:
                progress.update(task, completed=total)
    finally:
        writer.close()


def _progress(console: Console | None) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=console is None,
        transient=False,
    )


# --------------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------------


def print_summary(summary: ScanSummary, console: Console) -> None:
    """The final table: results per suggestion, errors, skipped records, speed and where everything went."""
    if summary.already_complete:
        console.print(f"{summary.output} is complete (no checkpoint left): nothing to resume")
        return
    console.print(f"scanned {summary.results + summary.errors:,} records with {summary.model_version}")
    table = Table()
    table.add_column("")
    table.add_column("records", justify="right")
    for name in SUGGESTIONS:
        table.add_row(name, f"{summary.suggestions.get(name, 0):,}")
    table.add_row("errors", f"{summary.errors:,}")
    if summary.skipped:
        table.add_row("skipped (WARC records that are no HTML page)", f"{summary.skipped:,}")
        for reason, count in sorted(summary.skipped_reasons.items(), key=lambda pair: -pair[1])[:5]:
            table.add_row(f"  {reason}", f"{count:,}")
    console.print(table)
    console.print(f"{summary.docs_per_second:,.0f} docs/s ({summary.seconds:.1f} s scanning)")
    console.print(f"results: {summary.output}")
    if summary.errors:
        console.print(f"bad records: {summary.errors_file}")


def scan_command(
    inputs: list[str] = typer.Argument(..., help="JSONL, CSV, Parquet or WARC files, folders (searched recursively) "
                                                 "or quoted glob patterns"),
    output: Path = typer.Option(..., "-o", "--output", help="results file: .jsonl or .parquet"),
    model: Optional[str] = typer.Option(None, "--model", help="production (default), a version, orgwatch:VERSION "
                                                              "or a bundle folder"),
    resume: bool = typer.Option(False, "--resume", help="continue an interrupted scan of the same inputs "
                                                        "(every record ends up in the output exactly once); "
                                                        "--engine spark re-runs an unfinished job whole (its "
                                                        "output is written to a temp folder, then renamed)"),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", min=1, help="records scored per batch"),
    errors: Optional[Path] = typer.Option(None, "--errors", help="bad records (default OUTPUT.errors.jsonl)"),
    explain: Optional[bool] = typer.Option(None, "--explain/--no-explain", help="model evidence for flagged "
                                                                                "records (default: explain)"),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", min=1, help="characters classified per record "
                                                                             f"(default {DEFAULT_MAX_CHARS:,})"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="show a progress bar"),
    tier: Optional[str] = typer.Option(None, "--tier", help="lexical, transformer or cascade (default: the model's "
                                                            "own; without --model, the newest bundle of that tier "
                                                            "unless production has it; a part of a cascade bundle)"),
    engine: str = typer.Option("local", "--engine", help="local, or spark (pyspark and Java 17; JSONL, Parquet, "
                                                         "CSV; OUTPUT is a folder of part files; master from "
                                                         "MASTER or spark-defaults, else local[*])"),
) -> None:
    """Scan crawler output into one Result per record (streaming, resumable, exactly once)."""
    console = Console(highlight=False)
    err_console = Console(stderr=True, highlight=False)
    try:
        if engine == "spark":
            from orgwatch.scan_spark import scan_spark

            summary = scan_spark(inputs, output, model, resume=resume, batch_size=batch_size, errors=errors,
                                 explain=explain, max_chars=max_chars, tier=tier)
        elif engine == "local":
            summary = scan(inputs, output, model, resume=resume, batch_size=batch_size, errors=errors,
                           explain=explain, max_chars=max_chars, console=err_console if progress else None, tier=tier)
        else:
            raise ScanError(f"--engine must be local or spark, not {engine!r}")
    except ScanError as error:
        err_console.print("[red]error:[/red] " + escape(str(error)))
        raise typer.Exit(1) from None
    except OSError as error:  # disk full, read-only or unwritable folder: whole batches are kept, the rest is redone
        where = f": {error.filename}" if error.filename else ""
        err_console.print("[red]error:[/red] " + escape(f"{error.strerror or error}{where} (fix it, then run the same "
                                                        "command with --resume to finish the scan)"))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err_console.print("interrupted: run the same command with --resume to finish the scan")
        raise typer.Exit(130) from None
    print_summary(summary, console)


__all__ = ["ScanError", "ScanSummary", "print_summary", "result_schema", "scan", "scan_command", "score_records",
           "select_tier", "with_source"]

if __name__ == "__main__":
    typer.run(scan_command)
