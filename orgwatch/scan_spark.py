"""Spark batch scan: the local scan's scoring (score_records, the one bundle loader) run inside Spark with mapInArrow.

Same results as `orgwatch scan` (engine local): every record is scored by score_records with the same settings, and
each result row is the local engine's Result (url and date included), as JSONL lines serialized the same way or as
Parquet rows of result_schema(). Bad records go to an errors output with the local engine's entries
({"file", "row" (Parquet only), "id", "url", "field", "reason"}).

How it runs:
- mapInArrow rather than mapInPandas: a Result is nested (lists of structs), which Arrow batches carry as they are,
  built with result_schema() exactly as the local engine's Parquet conversion does.
- The model is loaded once per Python worker and kept in a module global keyed by the bundle path (Python workers are
  reused across tasks). With a local master, workers read the bundle folder in place; with any other master it is
  zipped and shipped to every executor with SparkContext.addArchive, so only the driver needs it (`ship_model=False`,
  `--shared-model`: read it in place from a path every executor mounts). Executors need a Python with orgwatch and
  its dependencies installed (e.g. a venv packed with venv-pack and passed with `--archives`).
- Inputs: JSONL (.gz too), Parquet and UTF-8 CSV, read by Spark's readers (any Spark-readable path: local, hdfs://,
  s3a://...). WARC is not supported here. Errors name the file and the line (JSONL), row (CSV, header = row 1) or
  row (Parquet) as the local engine does. Spark's readers do not number lines: each task counts the rows of the file
  splits it reads (a split is read whole, in order, by one task), and for JSONL one extra pass, lines only, counts the
  lines of every split first so that a split starting mid-file knows how many lines came before it. CSV files are read
  whole (multiLine), so no pass is needed; Spark's CSV reader drops blank rows, which the local engine counts, so a
  CSV row number after a blank row is lower by the blank rows above it. Order is kept within a file, not across
  files.
- Output (Spark's convention): OUTPUT is a folder of part files (.jsonl: JSON lines; .parquet: Parquet), readable by
  Spark, pyarrow and pandas; the errors folder (default OUTPUT.errors.jsonl) is written only when there are errors.
  Both are written to a temporary folder and renamed when the job has finished, so OUTPUT exists only when complete.
  There is no checkpoint: a failed or killed job is re-run whole (`resume=True` skips a complete OUTPUT).

Cluster entry (argument parsing only here, never on workers):
    spark-submit --master yarn orgwatch/scan_spark.py --model PATH INPUT... -o OUTPUT
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import importlib.util
import io
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional
from urllib.parse import unquote, urlparse

import typer

from orgwatch.results import DEFAULT_MAX_CHARS
from orgwatch.scan import (
    DEFAULT_BATCH_SIZE,
    ERRORS_SUFFIX,
    OUTPUT_FORMATS,
    SUGGESTIONS,
    UNIT_NAMES,
    ScanError,
    ScanSummary,
    check_tier,
    default_model_for_tier,
    result_schema,
    score_records,
    with_source,
)
from orgwatch.scan_inputs import (
    DATE_COLUMNS,
    ITEM_COLUMNS,
    InputError,
    InputRecord,
    expand_inputs,
    input_format,
    record_from_row,
)

logger = logging.getLogger(__name__)

TEMP_SUFFIX = ".spark-tmp"
_ERROR_COLUMN = "_error"
_FILE_COLUMN = "_file"
_NUMBER_COLUMN = "_number"
_BLOCK_COLUMN = "_block"  # byte offset of the file split a row was read from
_CSV_FIRST_ROW = 2  # the header is row 1, as in the local engine
_HEADER_CELLS_COLUMN = "_header_cells"
_CORRUPT_COLUMN = "_corrupt_record"
_SPARK_FORMATS = ("jsonl", "parquet", "csv")
_CLASSIFIERS: dict[str, Any] = {}  # per Python worker: bundle path -> loaded classifier


@dataclass(frozen=True)
class _Job:
    """What every task needs to score its partition; pickled with the partition function, so kept small."""

    model_path: str  # the bundle folder, or its name among the SparkFiles when shipped
    shipped: bool
    source: str  # "jsonl" (raw lines), "parquet" or "csv" (columns)
    output: str  # "jsonl" or "parquet"
    explain: bool
    max_chars: int
    batch_size: int
    tier: str | None = None  # None: the bundle's own; else a part of a cascade bundle (see scan.select_tier)
    lines_before: dict[tuple[str, int], int] = dataclasses.field(default_factory=dict)  # JSONL (file, split) -> lines


# --------------------------------------------------------------------------------------------------------------------
# On the workers
# --------------------------------------------------------------------------------------------------------------------


def _worker_classifier(job: _Job) -> Any:
    """The job's classifier, loaded once per Python worker."""
    path = job.model_path
    if job.shipped:
        from pyspark import SparkFiles

        path = SparkFiles.get(path)
    key = f"{path}#{job.tier or ''}"
    classifier = _CLASSIFIERS.get(key)
    if classifier is None:
        from orgwatch.scan import select_tier
        from orgwatch.scoring import load_classifier

        classifier = _CLASSIFIERS[key] = select_tier(load_classifier(path), job.tier)
    return classifier


def _record_from_line(line: str | None, number: int) -> InputRecord | None:
    """An InputRecord from one JSONL line, as the local JSONL reader makes it (None for a blank line)."""
    if line is None:
        return None
    line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        row = json.loads(line + "\n")  # Spark strips the newline the local reader keeps: same JSON error messages
    except json.JSONDecodeError as error:
        return InputRecord(number, error=f"not valid JSON ({error.msg} at column {error.colno})", field="json")
    if not isinstance(row, dict):
        return InputRecord(number, error=f"expected a JSON object, got {type(row).__name__}", field="record")
    return record_from_row(number, row, empty_is_absent=False)


def _record_from_columns(row: dict[str, Any], source: str) -> InputRecord:
    """An InputRecord from a Parquet or CSV row (CSV: empty cells are absent, a row off its header is an error)."""
    number = row.get(_NUMBER_COLUMN)
    if source == "csv" and row.get(_CORRUPT_COLUMN) is not None:
        cells = next(csv.reader(io.StringIO(row[_CORRUPT_COLUMN])), [])
        return InputRecord(number, error=f"{len(cells)} cells, header has {row[_HEADER_CELLS_COLUMN]}", field="row")
    return record_from_row(number, row, empty_is_absent=source == "csv")


def _local_name(uri: str) -> str:
    """A file: URI as the plain path the local engine reports; other URIs unchanged."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _error_line(file: str, source: str, record: InputRecord, field_name: str, reason: str) -> str:
    """The local engine's error entry."""
    entry: dict[str, Any] = {"file": file}
    if record.number is not None:
        entry[UNIT_NAMES[source]] = record.number
    item = record.item or {}
    for name in ("id", "url"):
        if isinstance(item.get(name), str):
            entry[name] = item[name]
    entry.update(field=field_name, reason=reason)
    return _dumps(entry)


def _output_schema(output: str):
    """The Arrow schema the partition function yields: Result columns (or a JSON line) plus the error line."""
    import pyarrow as pa

    error = pa.field(_ERROR_COLUMN, pa.string())
    if output == "parquet":
        return result_schema().append(error)
    return pa.schema([("suggestion", pa.string()), ("_json", pa.string()), error])


def _score_rows(job: _Job, classifier: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Output rows for a chunk of input rows: one per record, results and errors as the local engine makes them."""
    if job.source == "jsonl":
        records = [_record_from_line(row.get("value"), row[_NUMBER_COLUMN]) for row in rows]
    else:
        records = [_record_from_columns(row, job.source) for row in rows]
    kept = [(row, record) for row, record in zip(rows, records) if record is not None]
    results, problems = score_records(classifier, [record for _, record in kept], job.explain, job.max_chars)
    out = []
    for position, (row, record) in enumerate(kept):
        file = _local_name(row[_FILE_COLUMN])
        if record.error or record.item is None:
            out.append({_ERROR_COLUMN: _error_line(file, job.source, record, record.field or "record",
                                                   record.error or "no item")})
        elif position in problems:
            out.append({_ERROR_COLUMN: _error_line(file, job.source, record, *problems[position])})
        else:
            result = with_source(results[position], record)
            out.append(result if job.output == "parquet" else {"suggestion": result["suggestion"],
                                                               "_json": _dumps(result)})
    return out


def _number_rows(job: _Job, rows: list[dict[str, Any]], rows_seen: dict[tuple[str, int], int]) -> None:
    """Set each JSONL or CSV row's line or row number from its position in its file split (rows come in file order)."""
    first = 1 if job.source == "jsonl" else _CSV_FIRST_ROW
    for row in rows:
        split = (row[_FILE_COLUMN], row[_BLOCK_COLUMN])
        position = rows_seen.get(split, 0)
        rows_seen[split] = position + 1
        row[_NUMBER_COLUMN] = job.lines_before.get(split, 0) + position + first


def _score_partition(job: _Job, batches: Iterator[Any]) -> Iterator[Any]:
    """mapInArrow function: score each Arrow batch of input rows in chunks of batch_size."""
    import pyarrow as pa

    classifier = _worker_classifier(job)
    schema = _output_schema(job.output)
    rows_seen: dict[tuple[str, int], int] = {}  # (file, split) -> rows of it read so far by this task
    for batch in batches:
        rows = batch.to_pylist()
        if job.source != "parquet":
            _number_rows(job, rows, rows_seen)
        for start in range(0, len(rows), job.batch_size):
            out = _score_rows(job, classifier, rows[start:start + job.batch_size])
            if out:
                yield pa.RecordBatch.from_pylist(out, schema=schema)


# --------------------------------------------------------------------------------------------------------------------
# On the driver
# --------------------------------------------------------------------------------------------------------------------


def _is_uri(path: str) -> bool:
    return "://" in path


def _shown(path: str) -> Any:
    """A local path as a Path, a URI as its string (Path would fold its //)."""
    return path if _is_uri(path) else Path(path)


def _require_spark() -> None:
    """Raise ScanError when pyspark or a Java runtime is missing."""
    if importlib.util.find_spec("pyspark") is None:
        raise ScanError("the Spark engine needs pyspark: pip install 'orgwatch[spark]' (and a Java 17 runtime)")
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and Path(java_home, "bin", "java").exists()) and shutil.which("java") is None:
        raise ScanError("the Spark engine needs a Java 17 runtime: java is not on PATH and JAVA_HOME is not set "
                        "(e.g. apt-get install openjdk-17-jre-headless)")


def _wants_local_master(master: str | None) -> bool:
    """Whether the session to start runs in this process's machine (then it gets the quiet local settings)."""
    if "PYSPARK_GATEWAY_PORT" in os.environ:  # started by spark-submit: its settings rule
        return False
    if master is not None:
        return master.startswith("local")
    return not any(os.environ.get(name) for name in ("MASTER", "SPARK_HOME", "SPARK_CONF_DIR"))


def spark_session(master: str | None = None, app_name: str = "orgwatch scan"):
    """The active Spark session, or a new one; a local one (default local[*]) starts quiet: no UI, few shuffle
    partitions, log level WARN, workers on this Python."""
    _require_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName(app_name)
    if _wants_local_master(master):
        os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must import orgwatch from this venv
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.master(master or "local[*]")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.sql.shuffle.partitions", "4"))
    elif master is not None:
        builder = builder.master(master)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def _spark_inputs(inputs: Sequence[str | Path], exclude: Sequence[str], input_format_name: str | None
                  ) -> dict[str, list[str]]:
    """Paths to read per format: local files, folders and globs expanded as the local engine does (the scan's own
    output folders left out), URIs as given."""
    grouped: dict[str, list[str]] = {}
    local = [str(argument) for argument in inputs if not _is_uri(str(argument))]
    remote = [str(argument) for argument in inputs if _is_uri(str(argument))]
    files: list[str] = []
    if local:
        own_folders = [Path(p + suffix) for p in exclude if not _is_uri(p) for suffix in ("", TEMP_SUFFIX)]
        try:
            files = [str(path) for path in expand_inputs(local)
                     if not any(path.is_relative_to(folder) for folder in own_folders)]
        except InputError as error:
            raise ScanError(str(error)) from None
        if not files:
            raise ScanError("no input files found (outside the scan's own output)")
    for path in files + remote:
        fmt = input_format_name or input_format(Path(urlparse(path).path if _is_uri(path) else path))
        if fmt == "warc":
            raise ScanError(f"{path}: WARC input is not supported by the Spark engine; scan WARC files with "
                            "--engine local, or turn them into JSONL or Parquet first")
        if fmt not in _SPARK_FORMATS:
            raise ScanError(f"{path}: cannot tell its format from the name; give --format jsonl, parquet or csv")
        grouped.setdefault(fmt, []).append(path)
    return grouped


def _read(spark: Any, fmt: str, paths: list[str]) -> Any:
    """A DataFrame of the input rows with their file (and Parquet row number) for one format."""
    from pyspark.sql import functions as F

    reader = spark.read.option("recursiveFileLookup", "true")
    file_column = F.col("_metadata.file_path").alias(_FILE_COLUMN)
    block_column = F.col("_metadata.file_block_start").alias(_BLOCK_COLUMN)
    if fmt == "jsonl":
        return _jsonl_lines(spark, paths).select("value", file_column, block_column)
    if fmt == "parquet":
        frame = reader.option("mergeSchema", "true").parquet(*paths)
        number = (F.col("_metadata.row_index") + 1).alias(_NUMBER_COLUMN)
    else:
        options = {"header": True, "multiLine": True, "escape": '"', "encoding": "UTF-8", "enforceSchema": False}
        header = reader.csv(paths, **options).columns
        schema = ", ".join(f"`{name}` string" for name in header + [_CORRUPT_COLUMN])
        frame = reader.csv(paths, schema=schema, mode="PERMISSIVE", columnNameOfCorruptRecord=_CORRUPT_COLUMN,
                           **options)
        number = F.lit(None).cast("long").alias(_NUMBER_COLUMN)  # set by _number_rows in the task
        frame = frame.withColumn(_HEADER_CELLS_COLUMN, F.lit(len(header)))
    if "text" not in frame.columns and "html" not in frame.columns:
        raise ScanError(f"{paths[0]}: no text or html column (columns: {', '.join(frame.columns)})")
    wanted = [name for name in ITEM_COLUMNS + DATE_COLUMNS + (_CORRUPT_COLUMN, _HEADER_CELLS_COLUMN)
              if name in frame.columns]
    return frame.select(*wanted, file_column, block_column, number)


def _jsonl_lines(spark: Any, paths: list[str]) -> Any:
    """JSONL files as a DataFrame of lines split at \\n only, as the local reader splits them (a \\r stays)."""
    return spark.read.option("recursiveFileLookup", "true").option("lineSep", "\n").text(paths)


def _lines_before_splits(spark: Any, paths: list[str]) -> dict[tuple[str, int], int]:
    """For every JSONL file split after a file's first: how many lines of the file come before it (one pass)."""
    from pyspark.sql import functions as F

    counts = (_jsonl_lines(spark, paths)
              .groupBy(F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("start"))
              .count().collect())
    lines_before: dict[tuple[str, int], int] = {}
    running: dict[str, int] = {}
    for row in sorted(counts, key=lambda row: (row["file"], row["start"])):
        if row["start"] > 0:
            lines_before[(row["file"], row["start"])] = running.get(row["file"], 0)
        running[row["file"]] = running.get(row["file"], 0) + row["count"]
    return lines_before


class _Files:
    """Existence, removal and renaming of (possibly remote) paths through Hadoop's FileSystem API."""

    def __init__(self, spark: Any):
        self.jvm = spark.sparkContext._jvm
        self.conf = spark.sparkContext._jsc.hadoopConfiguration()

    def _fs(self, path: str):
        jpath = self.jvm.org.apache.hadoop.fs.Path(path)
        return jpath.getFileSystem(self.conf), jpath

    def exists(self, path: str) -> bool:
        fs, jpath = self._fs(path)
        return bool(fs.exists(jpath))

    def remove(self, path: str) -> None:
        fs, jpath = self._fs(path)
        if fs.exists(jpath):
            fs.delete(jpath, True)

    def move(self, source: str, target: str) -> None:
        self.remove(target)
        fs, jsource = self._fs(source)
        if not fs.rename(jsource, self._fs(target)[1]):
            raise ScanError(f"could not rename {source} to {target}")


def _model_folder(model: str | Path | None) -> Path:
    from orgwatch.bundle import BundleError
    from orgwatch.store import StoreError, resolve

    try:
        folder = resolve(str(model) if model is not None else None, allow_paths=True).resolve()
    except StoreError as error:
        raise ScanError(str(error)) from None
    if not folder.is_dir():
        raise ScanError(f"model folder {folder} not found")
    try:
        from orgwatch.bundle import load_bundle_metadata

        load_bundle_metadata(folder)
    except BundleError as error:
        raise ScanError(str(error)) from None
    return folder


def _ship(spark: Any, bundle: Path, version: str) -> str:
    """Zip the bundle and add it as an archive every executor unpacks (addFile takes no local folder on a cluster);
    return the name SparkFiles knows it by."""
    archive = Path(tempfile.gettempdir()) / "orgwatch-spark-bundles" / f"{version}.zip"
    if not archive.exists():  # versions are unique, so an existing archive holds this very bundle
        archive.parent.mkdir(parents=True, exist_ok=True)
        made = shutil.make_archive(str(archive.with_name(f"{version}.partial")), "zip", root_dir=bundle)
        os.replace(made, archive)
    spark.sparkContext.addArchive(str(archive))
    return archive.name


def scan_spark(
    inputs: Sequence[str | Path],
    output: str | Path,
    model: str | Path | None = None,
    *,
    resume: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: str | Path | None = None,
    explain: bool | None = None,
    max_chars: int | None = None,
    input_format_name: str | None = None,
    ship_model: bool | None = None,
    spark: Any = None,
    master: str | None = None,
    tier: str | None = None,
) -> ScanSummary:
    """Scan inputs (JSONL, Parquet or CSV; local paths, folders, globs or Spark URIs) with Spark into OUTPUT (a
    .jsonl or .parquet folder of part files), bad records to the errors folder; resume=True skips a complete OUTPUT
    and otherwise re-runs the job whole.

    model: a bundle folder or a store reference (resolved on the driver; default production, or with tier the newest
    bundle of that tier). tier: score with that tier (the bundle's own, or a part of a cascade). spark: a session to
    use (default: the active one, or a new one on master). ship_model: send the bundle to the executors (default:
    unless the master is local).
    """
    if batch_size < 1:
        raise ScanError(f"batch size must be positive, got {batch_size}")
    output_text = str(output) if _is_uri(str(output)) else str(Path(output).resolve())
    output_format = OUTPUT_FORMATS.get(Path(urlparse(output_text).path).suffix.lower())
    if output_format is None:
        raise ScanError(f"{output}: output must end in {', '.join(sorted(OUTPUT_FORMATS))}")
    errors_text = (output_text + ERRORS_SUFFIX if errors is None
                   else str(errors) if _is_uri(str(errors)) else str(Path(errors).resolve()))
    groups = _spark_inputs(inputs, [output_text, errors_text], input_format_name)
    bundle = _model_folder(model if model is not None else default_model_for_tier(tier))
    from orgwatch.bundle import load_bundle_metadata

    meta = load_bundle_metadata(bundle)
    version = meta.version
    check_tier(meta.kind, tier, version)
    spark = spark or spark_session(master)
    files = _Files(spark)
    if files.exists(output_text):
        if resume:
            return ScanSummary(_shown(output_text), _shown(errors_text), already_complete=True)
        raise ScanError(f"{output_text} exists: remove it to scan anew (a Spark scan is never resumed half-way)")
    if files.exists(errors_text) and not resume:
        raise ScanError(f"{errors_text} exists: pass --resume to re-run that scan, or remove it to start anew")
    local_master = spark.sparkContext.master.startswith("local")
    shipped = (not local_master) if ship_model is None else ship_model
    model_path = _ship(spark, bundle, version) if shipped else str(bundle)
    logger.info("Spark scan of %d input paths on %s with %s (%s)", sum(map(len, groups.values())),
                spark.sparkContext.master, version, "shipped to executors" if shipped else "read in place")
    started = time.perf_counter()
    arrow_batch_key = "spark.sql.execution.arrow.maxRecordsPerBatch"
    arrow_batch_before = spark.conf.get(arrow_batch_key)
    spark.conf.set(arrow_batch_key, str(batch_size))  # whole HTML pages: keep Arrow batches as small as model batches
    try:
        summary = _run(spark, files, groups, output_text, output_format, errors_text, _Job(
            model_path=model_path, shipped=shipped, source="", output=output_format,
            explain=True if explain is None else explain, max_chars=max_chars or DEFAULT_MAX_CHARS,
            batch_size=batch_size, tier=tier))
    finally:
        spark.conf.set(arrow_batch_key, arrow_batch_before)
    summary.seconds = time.perf_counter() - started
    summary.model_version = version
    return summary


def _run(spark: Any, files: _Files, groups: dict[str, list[str]], output: str, output_format: str, errors: str,
         job: _Job) -> ScanSummary:
    """Score every group, count, write results and errors to temporary folders, then rename them into place."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    schema = from_arrow_schema(_output_schema(output_format))
    mapped = None
    for fmt, paths in groups.items():
        lines_before = _lines_before_splits(spark, paths) if fmt == "jsonl" else {}
        frame = _read(spark, fmt, paths).mapInArrow(
            functools.partial(_score_partition, dataclasses.replace(job, source=fmt, lines_before=lines_before)),
            schema)
        mapped = frame if mapped is None else mapped.unionByName(frame)
    assert mapped is not None
    mapped = mapped.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {(row["bad"], row["suggestion"]): row["count"] for row in
                  mapped.groupBy(F.col(_ERROR_COLUMN).isNotNull().alias("bad"), "suggestion").count().collect()}
        bad = sum(count for (is_error, _), count in counts.items() if is_error)
        good = mapped.where(F.col(_ERROR_COLUMN).isNull())
        if output_format == "parquet":
            good.select(*result_schema().names).write.mode("overwrite").option("compression", "zstd") \
                .parquet(output + TEMP_SUFFIX)
        else:
            good.select("_json").write.mode("overwrite").text(output + TEMP_SUFFIX)
        if bad:
            mapped.where(F.col(_ERROR_COLUMN).isNotNull()).select(_ERROR_COLUMN).write.mode("overwrite") \
                .text(errors + TEMP_SUFFIX)
    finally:
        mapped.unpersist()
    if bad:
        files.move(errors + TEMP_SUFFIX, errors)
    else:
        files.remove(errors)  # left by an earlier run that was killed before its output was in place
    files.move(output + TEMP_SUFFIX, output)  # last: OUTPUT exists only when everything is written
    suggestions = {name: counts.get((False, name), 0) for name in SUGGESTIONS}
    return ScanSummary(output=_shown(output), errors_file=_shown(errors), results=sum(suggestions.values()),
                       errors=bad, suggestions=suggestions)


# --------------------------------------------------------------------------------------------------------------------
# Command line (spark-submit entry)
# --------------------------------------------------------------------------------------------------------------------


def spark_scan_command(
    inputs: list[str] = typer.Argument(..., help="JSONL, Parquet or CSV files or folders: local paths, globs or "
                                                 "Spark URIs (hdfs://, s3a://...)"),
    output: str = typer.Option(..., "-o", "--output", help="results folder: .jsonl or .parquet (Spark part files)"),
    model: Optional[str] = typer.Option(None, "--model", help="bundle folder (on the driver), or a store "
                                                              "reference: production (default), a version"),
    resume: bool = typer.Option(False, "--resume", help="do nothing when OUTPUT is complete; otherwise re-run the "
                                                        "whole job (Spark scans have no checkpoint)"),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", min=1, help="records scored per batch"),
    errors: Optional[str] = typer.Option(None, "--errors", help="bad records folder (default OUTPUT.errors.jsonl)"),
    explain: Optional[bool] = typer.Option(None, "--explain/--no-explain", help="model evidence (default: explain)"),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", min=1, help="characters classified per record"),
    input_format_name: Optional[str] = typer.Option(None, "--format", help="jsonl, parquet or csv, for inputs "
                                                                           "whose names do not tell"),
    shared_model: bool = typer.Option(False, "--shared-model", help="every executor reads --model at that path "
                                                                    "(default: ship the bundle to them)"),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master when not run by spark-submit "
                                                                "(default local[*])"),
    tier: Optional[str] = typer.Option(None, "--tier", help="lexical, transformer or cascade (default: the model's "
                                                            "own; a part of a cascade bundle)"),
) -> None:
    """Scan crawler output with Spark into one Result per record (same results as `orgwatch scan`)."""
    from rich.console import Console

    from orgwatch.scan import print_summary

    logging.basicConfig(level=logging.WARNING)
    err_console = Console(stderr=True, highlight=False)
    try:
        spark = spark_session(master)
        summary = scan_spark(inputs, output, model, resume=resume, batch_size=batch_size, errors=errors,
                             explain=explain, max_chars=max_chars, input_format_name=input_format_name,
                             ship_model=False if shared_model else None, spark=spark, tier=tier)
    except ScanError as error:
        err_console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    print_summary(summary, Console(highlight=False))
    spark.stop()


def main() -> None:
    """Entry point of `python -m orgwatch.scan_spark` and `spark-submit orgwatch/scan_spark.py`."""
    typer.run(spark_scan_command)


__all__ = ["main", "scan_spark", "spark_scan_command", "spark_session"]

if __name__ == "__main__":
    # Run as a file (spark-submit), this module is __main__: call the importable orgwatch.scan_spark instead, so that
    # workers unpickle its functions by reference and keep one model per worker, and so that the orgwatch/ folder on
    # sys.path cannot shadow other modules.
    _root = str(Path(__file__).resolve().parent.parent)
    sys.path[:] = [_root] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
    from orgwatch.scan_spark import main as _main

    _main()
