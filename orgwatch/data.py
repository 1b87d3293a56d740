"""Training-record contract, JSONL/CSV/Parquet/datasets readers and writers, dedupe, group-aware splits and figures."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import numpy as np

from orgwatch.labels import LABELS, ORIGINS, SOURCE_TYPES
from orgwatch.text import TextDecodeError, decode_bytes, extract_html, normalize_batch

logger = logging.getLogger(__name__)

# Fields of a training record: the DESIGN.md input item plus the training fields.
CONTRACT_FIELDS: tuple[str, ...] = (
    "id", "text", "html", "url", "source_type", "labels", "origin", "group", "created_at", "note",
)
# Extra fields a record may carry beyond the contract; anything else is an error.
# "moderator" and "verdict" are written by the moderator feedback export (who reviewed it, what they decided).
EXTRA_FIELDS: tuple[str, ...] = ("moderator", "verdict")
RECORD_FIELDS: tuple[str, ...] = CONTRACT_FIELDS + EXTRA_FIELDS

DEFAULT_FRACTIONS: dict[str, float] = {"train": 0.8, "validation": 0.1, "test": 0.1}
DEFAULT_THRESHOLD = 0.8
DEFAULT_NUM_PERM = 128
SHINGLE_SIZE = 5

# When several copies of one text exist, keep the most trusted one.
ORIGIN_PRIORITY: dict[str, int] = {"gold": 0, "confirmed": 1, "imported": 2, "generated": 3}

_FORMATS_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_OPTIONAL_STRINGS = ("url", "source_type", "group", "created_at", "note", "moderator", "verdict")
_CSV_FIELD_LIMIT = 2**31 - 1  # whole HTML pages live in one cell; the csv default (128 KiB) is too small
_PARQUET_BATCH_ROWS = 4096


class RecordError(ValueError):
    """A record that breaks the contract, naming the field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class DataError(ValueError):
    """A data file that cannot be used, carrying the first problem found."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one row of one input file (line 0: the file as a whole)."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list", dict: "object"}.get(
        type(value), type(value).__name__
    )


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_iso_date(value: str) -> bool:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            pass
    return False


@dataclass(frozen=True)
class Record:
    """One training record; constructing it checks the contract and raises RecordError."""

    id: str
    labels: tuple[str, ...]
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    source_type: str | None = None
    group: str | None = None
    created_at: str | None = None
    note: str | None = None
    moderator: str | None = None
    verdict: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.id, str):
            raise RecordError("id", f"expected a string, got {_type_name(self.id)}")
        if not self.id.strip():
            raise RecordError("id", "empty")
        for name in ("text", "html", *_OPTIONAL_STRINGS):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise RecordError(name, f"expected a string, got {_type_name(value)}")
        for name in ("text", "html"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                object.__setattr__(self, name, None)
        if self.text is not None and self.html is not None:
            raise RecordError("html", "both text and html given; give exactly one")
        if self.text is None and self.html is None:
            raise RecordError("text", "missing: give exactly one of text or html, non-empty")
        object.__setattr__(self, "labels", _checked_labels(self.labels))
        if not isinstance(self.origin, str):
            raise RecordError("origin", f"expected a string, got {_type_name(self.origin)}")
        if self.origin not in ORIGINS:
            raise RecordError("origin", f"unknown origin {_short(self.origin)} (known: {', '.join(ORIGINS)})")
        if self.source_type is not None and self.source_type not in SOURCE_TYPES:
            raise RecordError(
                "source_type", f"unknown source type {_short(self.source_type)} (known: {', '.join(SOURCE_TYPES)})"
            )
        if self.created_at is not None and not _is_iso_date(self.created_at):
            raise RecordError("created_at", f"not an ISO date or datetime: {_short(self.created_at)}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        """Build a record from a contract dict; empty strings count as absent; raises RecordError."""
        if not isinstance(data, Mapping):
            raise RecordError("record", f"expected an object, got {_type_name(data)}")
        unknown = [name for name in data if name not in RECORD_FIELDS]
        if unknown:
            raise RecordError(str(unknown[0]), f"unknown field (allowed: {', '.join(RECORD_FIELDS)})")
        for required in ("id", "labels", "origin"):
            if data.get(required) is None:
                hint = " (use [] for neither label)" if required == "labels" else ""
                raise RecordError(required, "missing" + hint)
        values = {name: data.get(name) for name in RECORD_FIELDS}
        for name in ("text", "html", *_OPTIONAL_STRINGS):
            if values[name] == "":
                values[name] = None
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """Return the contract dict (absent optional fields left out), the inverse of from_dict."""
        out: dict[str, Any] = {}
        for name in RECORD_FIELDS:
            value = getattr(self, name)
            if name == "labels":
                out[name] = list(value)
            elif value is not None:
                out[name] = value
        return out

    def classified_text(self) -> str:
        """Return the text a model sees: the text itself, or the extracted text of the HTML."""
        if self.text is not None:
            return self.text
        # HTML extraction costs milliseconds a page and dedupe, splits and figures all ask: remember it.
        extracted = self.__dict__.get("_extracted_text")
        if extracted is None:
            extracted = extract_html(self.html or "").text
            object.__setattr__(self, "_extracted_text", extracted)
        return extracted

    def label_vector(self) -> list[float]:
        """Return 1.0/0.0 per label, in LABELS order."""
        return [1.0 if label in self.labels else 0.0 for label in LABELS]


def _checked_labels(labels: Any) -> tuple[str, ...]:
    if not isinstance(labels, (list, tuple)):
        raise RecordError("labels", f"expected a list, got {_type_name(labels)}")
    seen: set[str] = set()
    for label in labels:
        if not isinstance(label, str):
            raise RecordError("labels", f"expected label names, got {_type_name(label)}")
        if label not in LABELS:
            raise RecordError("labels", f"unknown label {_short(label)} (known: {', '.join(LABELS)})")
        if label in seen:
            raise RecordError("labels", f"duplicate label {label!r}")
        seen.add(label)
    return tuple(label for label in LABELS if label in seen)


@dataclass(frozen=True)
class SourcedRecord:
    """A valid record with the file and line it was read from."""

    record: Record
    file: str
    line: int


@dataclass
class ValidationReport:
    """Valid records (with their source) and problems found across a set of input files."""

    records: list[SourcedRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


@dataclass
class ImportReport:
    """What import_records wrote and what it skipped."""

    out_path: Path
    written: int = 0
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)


# --- reading -------------------------------------------------------------------------------------------------------


def detect_format(path: Path) -> str:
    """Return "jsonl", "csv", "parquet" or "datasets" (a folder) for a path; raise DataError otherwise."""
    path = Path(path)
    if path.is_dir():
        return "datasets"
    fmt = _FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_FORMATS_BY_SUFFIX))
        raise DataError(Problem(str(path), 0, "file", f"unsupported format (use {known} or a saved datasets folder)"))
    return fmt


def parse_labels(value: Any) -> Any:
    """Turn a label cell into a list: a JSON list, "a,b" / "a|b" / "a;b", a single name, or "" / "none" for none."""
    if not isinstance(value, str):
        return value
    value = value.strip()
    if not value or value.lower() == "none":
        return []
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise RecordError("labels", f"not a JSON list: {_short(value)}") from None
    for separator in ("，", ";", "|"):
        value = value.replace(separator, ",")
    return [part.strip() for part in value.split(",") if part.strip()]


def _jsonl_rows(path: Path, file: str) -> Iterator[tuple[int, Any]]:
    with path.open("rb") as handle:
        for line_no, raw in enumerate(handle, 1):
            if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield line_no, Problem(file, line_no, "json", "line is not valid UTF-8")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield line_no, Problem(file, line_no, "json", f"not valid JSON ({error.msg} at column {error.colno})")
                continue
            if not isinstance(row, dict):
                yield line_no, Problem(file, line_no, "record", f"expected a JSON object, got {_type_name(row)}")
                continue
            yield line_no, row


def _csv_table(reader: Iterator[list[str]], file: str) -> Iterator[tuple[int, Any]]:
    header = next(reader, None)
    if not header:
        yield 1, Problem(file, 1, "header", "no header row")
        return
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        yield 1, Problem(file, 1, "header", f"duplicate column {duplicates[0]!r}")
        return
    for row_no, cells in enumerate(reader, 1):
        line = row_no + 1
        if not cells:
            continue
        if len(cells) != len(header):
            yield line, Problem(file, line, "row", f"{len(cells)} cells, header has {len(header)}")
            continue
        yield line, dict(zip(header, cells))


def _csv_rows(path: Path, file: str) -> Iterator[tuple[int, Any]]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    yielded = 0
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            for item in _csv_table(csv.reader(handle), file):
                yielded += 1
                yield item
        return
    except UnicodeDecodeError:
        if yielded:
            yield 0, Problem(file, 0, "file", f"not valid UTF-8 after {yielded} rows; rows after that skipped")
            return
    except csv.Error as error:
        yield 0, Problem(file, 0, "file", f"not readable as CSV ({error}); rows after that skipped")
        return
    # Not UTF-8 from the start: spreadsheet exports of Chinese text are often GBK/GB18030.
    try:
        content = decode_bytes(path.read_bytes())
    except TextDecodeError:
        yield 0, Problem(file, 0, "file", "cannot detect the text encoding")
        return
    logger.info("%s: not UTF-8, decoded with a detected encoding", file)
    try:
        yield from _csv_table(csv.reader(io.StringIO(content, newline="")), file)
    except csv.Error as error:
        yield 0, Problem(file, 0, "file", f"not readable as CSV ({error}); rows after that skipped")


def _parquet_rows(path: Path, file: str) -> Iterator[tuple[int, Any]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        row_no = 0
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                row_no += 1
                yield row_no, row
    except (pa.ArrowException, OSError) as error:
        yield 0, Problem(file, 0, "file", f"not readable as Parquet ({type(error).__name__})")


def _datasets_rows(path: Path, file: str) -> Iterator[tuple[str, int, Any]]:
    import datasets

    try:
        loaded = datasets.load_from_disk(str(path))
    except (FileNotFoundError, ValueError, OSError) as error:
        yield file, 0, Problem(file, 0, "file", f"not a saved datasets folder ({type(error).__name__})")
        return
    parts = loaded.items() if isinstance(loaded, datasets.DatasetDict) else [(None, loaded)]
    for split, dataset in parts:
        part_file = file if split is None else f"{file}[{split}]"
        row_no = 0
        for batch in dataset.with_format(None).iter(batch_size=1000):
            columns = list(batch)
            for values in zip(*(batch[name] for name in columns)):
                row_no += 1
                yield part_file, row_no, dict(zip(columns, values))


def _raw_rows(path: Path) -> Iterator[tuple[str, int, Any]]:
    file = str(path)
    if not path.exists():
        yield file, 0, Problem(file, 0, "file", "does not exist")
        return
    try:
        fmt = detect_format(path)
    except DataError as error:
        yield file, 0, error.problem
        return
    if fmt == "datasets":
        yield from _datasets_rows(path, file)
        return
    readers = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}
    for line, row in readers[fmt](path, file):
        yield file, line, row


def _coerce_typed_values(row: dict[str, Any]) -> None:
    # Typed columns (Parquet, datasets) hold integer ids and timestamps; the contract wants text.
    record_id = row.get("id")
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        row["id"] = str(record_id)
    created = row.get("created_at")
    if isinstance(created, (datetime, date)):
        row["created_at"] = created.isoformat()


def _checked_mapping(mapping: Mapping[str, str] | None) -> dict[str, str]:
    mapping = dict(mapping or {})
    for ours, theirs in mapping.items():
        if ours not in RECORD_FIELDS:
            raise ValueError(f"cannot map to {ours!r}: not a record field ({', '.join(RECORD_FIELDS)})")
        if not isinstance(theirs, str) or not theirs:
            raise ValueError(f"mapping for {ours!r} needs a column name")
    return mapping


def _apply_mapping(row: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    if not mapping:
        return row
    consumed = set(mapping.values()) | set(mapping)
    out = {ours: row[theirs] for ours, theirs in mapping.items() if theirs in row}
    out.update((name, value) for name, value in row.items() if name not in consumed)
    return out


def _generated_id(path: Path, file: str, line: int) -> str:
    """Id for a row that has none: "<file stem>-<line>", with the split name for a DatasetDict folder."""
    split = file[len(str(path)):].strip("[]")
    prefix = path.name if path.is_dir() else path.stem
    return f"{prefix}-{split}-{line}" if split else f"{prefix}-{line}"


def read_rows(
    path: str | os.PathLike,
    mapping: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    strict: bool = True,
    ignored_columns: dict[str, list[str]] | None = None,
) -> Iterator[SourcedRecord | Problem]:
    """Yield a SourcedRecord or a Problem per row of a JSONL, CSV, Parquet file or saved datasets folder.

    mapping renames columns (our field <- their column); defaults fill fields that are absent or empty.
    CSV label cells and typed columns (integer ids, timestamps) are always converted. strict=True applies the
    record contract as is; strict=False (import) also reads label strings in JSONL, makes ids "<file stem>-<line>"
    where missing, and ignores columns outside the contract (collected into ignored_columns, keyed by file).
    """
    path = Path(path)
    mapping = _checked_mapping(mapping)
    defaults = dict(defaults or {})
    tabular = path.is_dir() or _FORMATS_BY_SUFFIX.get(path.suffix.lower()) in ("csv", "parquet")
    mapped_missing_checked: set[str] = set()
    ignored: set[str] = set()
    for file, line, row in _raw_rows(path):
        if isinstance(row, Problem):
            yield row
            continue
        if tabular and file not in mapped_missing_checked:
            # Tabular files know their columns: a mapped column that is absent is one problem, not one per row.
            mapped_missing_checked.add(file)
            absent = [f"{ours}={theirs}" for ours, theirs in mapping.items() if theirs not in row]
            if absent:
                yield Problem(file, 0, "mapping", f"no column for {', '.join(absent)} (columns: {', '.join(row)})")
                return
        row = _apply_mapping(row, mapping)
        if not strict:
            extra = [name for name in row if name not in RECORD_FIELDS]
            for name in extra:
                ignored.add(name)
                del row[name]
        try:
            if tabular or not strict:
                _coerce_typed_values(row)
            if (tabular or not strict) and "labels" in row:
                row["labels"] = parse_labels(row["labels"])
            for name, value in defaults.items():
                if row.get(name) in (None, ""):
                    row[name] = value
            if not strict and row.get("id") in (None, ""):
                row["id"] = _generated_id(path, file, line)
            yield SourcedRecord(Record.from_dict(row), file, line)
        except RecordError as error:
            yield Problem(file, line, error.field, error.message)
    if ignored:
        logger.info("%s: ignored columns outside the record contract: %s", path, ", ".join(sorted(ignored)))
        if ignored_columns is not None:
            ignored_columns[str(path)] = sorted(ignored)


def read_records(
    path: str | os.PathLike,
    mapping: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    strict: bool = True,
) -> Iterator[Record]:
    """Yield the records of one file or datasets folder (see read_rows); raise DataError at the first bad row."""
    for item in read_rows(path, mapping, defaults, strict=strict):
        if isinstance(item, Problem):
            raise DataError(item)
        yield item.record


class _DuplicateIds:
    """Remembers where each id was first seen, to report later copies."""

    def __init__(self) -> None:
        self.first_seen: dict[str, tuple[str, int]] = {}

    def check(self, item: SourcedRecord) -> Problem | None:
        first = self.first_seen.setdefault(item.record.id, (item.file, item.line))
        if first == (item.file, item.line):
            return None
        message = f"duplicate id {_short(item.record.id)} (first at {first[0]}:{first[1]})"
        return Problem(item.file, item.line, "id", message)


def validate_files(paths: Iterable[str | os.PathLike]) -> ValidationReport:
    """Check files against the record contract: every valid row kept, one problem per bad row or duplicate id."""
    report = ValidationReport()
    duplicates = _DuplicateIds()
    for path in paths:
        for item in read_rows(path):
            problem = item if isinstance(item, Problem) else duplicates.check(item)
            if problem is not None:
                report.problems.append(problem)
            else:
                report.records.append(item)
    logger.info("validated %d records, %d problems", len(report.records), len(report.problems))
    return report


def import_records(
    sources: Iterable[str | os.PathLike],
    out_path: str | os.PathLike,
    mapping: Mapping[str, str] | None = None,
    origin: str = "imported",
    source_type: str | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> ImportReport:
    """Read sources leniently (see read_rows, strict=False), write the valid records as contract JSONL.

    origin and source_type fill rows that do not give their own; bad rows and repeated ids are reported and
    skipped. The output is replaced only once everything was read.
    """
    out_path = Path(out_path)
    fill = {"origin": origin, **({"source_type": source_type} if source_type else {}), **dict(defaults or {})}
    report = ImportReport(out_path=out_path)
    duplicates = _DuplicateIds()
    with _replacing(out_path) as handle:
        for source in sources:
            for item in read_rows(source, mapping, fill, strict=False, ignored_columns=report.ignored_columns):
                problem = item if isinstance(item, Problem) else duplicates.check(item)
                if problem is not None:
                    report.problems.append(problem)
                    continue
                handle.write(json.dumps(item.record.to_dict(), ensure_ascii=False) + "\n")
                report.written += 1
    logger.info("imported %d records into %s, %d problems", report.written, out_path, len(report.problems))
    return report


# --- writing -------------------------------------------------------------------------------------------------------


def write_jsonl(records: Iterable[Record], path: str | os.PathLike) -> int:
    """Write records as contract JSONL (UTF-8, one object a line); return how many were written."""
    count = 0
    with _replacing(Path(path)) as handle:
        for record in records:
            handle.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


@contextmanager
def _replacing(path: Path) -> Iterator[TextIO]:
    """Write to a side file and move it over path only when the block finishes (no half-written outputs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            yield handle
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _export_columns(records: Sequence[Record]) -> list[str]:
    used_extras = [name for name in EXTRA_FIELDS if any(getattr(r, name) is not None for r in records)]
    return list(CONTRACT_FIELDS) + used_extras


def export_records(records: Iterable[Record], path: str | os.PathLike) -> Path:
    """Write records as JSONL, CSV (labels "a|b") or Parquet by extension, or a saved datasets folder otherwise."""
    path = Path(path)
    records = list(records)
    if path.suffix.lower() in _FORMATS_BY_SUFFIX:
        fmt = _FORMATS_BY_SUFFIX[path.suffix.lower()]
    elif path.suffix and not path.is_dir():
        raise ValueError(f"{path}: unknown extension (use .jsonl, .csv, .parquet, or none for a datasets folder)")
    else:
        fmt = "datasets"
    columns = _export_columns(records)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        write_jsonl(records, path)
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for record in records:
                writer.writerow(
                    ["|".join(record.labels) if name == "labels" else (getattr(record, name) or "") for name in columns]
                )
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(n, pa.list_(pa.string()) if n == "labels" else pa.string()) for n in columns])
        table = pa.Table.from_pydict({n: _column(records, n) for n in columns}, schema=schema)
        pq.write_table(table, path)
    else:
        import datasets

        features = datasets.Features(
            {n: datasets.List(datasets.Value("string")) if n == "labels" else datasets.Value("string") for n in columns}
        )
        dataset = datasets.Dataset.from_dict({n: _column(records, n) for n in columns}, features=features)
        # datasets writes no shard for an empty dataset and then cannot load the folder back; force one.
        dataset.save_to_disk(str(path), num_shards=1 if not records else None)
    logger.info("exported %d records to %s (%s)", len(records), path, fmt)
    return path


def _column(records: Sequence[Record], name: str) -> list[Any]:
    if name == "labels":
        return [list(r.labels) for r in records]
    return [getattr(r, name) for r in records]


def load_splits(paths: Sequence[str | os.PathLike]) -> tuple[dict[str, list[Record]], list[Problem]]:
    """Load one split per *.jsonl in a single folder (train, validation, test first), else all inputs as split "all"."""
    paths = [Path(p) for p in paths]
    if len(paths) == 1 and paths[0].is_dir() and any(paths[0].glob("*.jsonl")):
        order = list(DEFAULT_FRACTIONS)
        files = sorted(paths[0].glob("*.jsonl"), key=lambda p: (order.index(p.stem) if p.stem in order else 99, p.stem))
        report = validate_files(files)
        splits: dict[str, list[Record]] = {f.stem: [] for f in files}
        for item in report.records:
            splits[Path(item.file).stem].append(item.record)
        return splits, report.problems
    report = validate_files(paths)
    return {"all": [item.record for item in report.records]}, report.problems


# --- duplicates ----------------------------------------------------------------------------------------------------


def normalized_texts(records: Sequence[Record]) -> list[str]:
    """Return the normalized classified text of each record."""
    return [normalized.text for normalized in normalize_batch([r.classified_text() for r in records])]


def content_digest(normalized_text: str) -> str:
    """Return a stable hex digest of a normalized text (the key for exact duplicates)."""
    return hashlib.blake2b(normalized_text.encode("utf-8"), digest_size=16).hexdigest()


def _groups_by_key(keys: Sequence[str]) -> list[list[int]]:
    positions: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        positions[key].append(index)
    return [group for group in positions.values() if len(group) > 1]


def exact_duplicates(records: Sequence[Record]) -> list[list[int]]:
    """Return groups (indices, ascending) of records whose normalized classified texts are identical."""
    return _groups_by_key([content_digest(t) for t in normalized_texts(records)])


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            members[self.find(item)].append(item)
        return list(members.values())


_ROLLING_BASE = np.uint64(0x100000001B3)
_SIGNATURE_CHUNK = 65536  # shingles hashed per numpy pass: bounds memory at chunk x num_perm x 4 bytes


def _shingle_hashes(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the character `size`-grams of text (the whole text when shorter)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codes.size == 0:
        return np.empty(0, dtype=np.uint32)
    size = min(size, codes.size)
    windows = codes.size - size + 1
    hashes = np.zeros(windows, dtype=np.uint64)
    for offset in range(size):
        hashes = hashes * _ROLLING_BASE + codes[offset: offset + windows]
    return (hashes ^ (hashes >> np.uint64(32))).astype(np.uint32)


def _fmix32(values: np.ndarray) -> np.ndarray:
    # MurmurHash3 finalizer, as datasketch's affine32 scheme pre-mixes inputs.
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _signatures(texts: Sequence[str], permutations: np.ndarray, shingle_size: int) -> np.ndarray:
    """MinHash signatures (one row per text) equal to datasketch's affine32 MinHash over the shingle hashes."""
    a, b = (column[:, None] for column in permutations)
    signatures = np.full((len(texts), a.shape[0]), np.iinfo(np.uint32).max, dtype=np.uint32)
    # One permutation per row, shingles along the row: the per-text minimum is then a contiguous reduceat.
    buffer = np.empty((a.shape[0], _SIGNATURE_CHUNK), dtype=np.uint32)
    pending: list[np.ndarray] = []
    rows: list[int] = []

    def flush() -> None:
        hashes = _fmix32(np.concatenate(pending))
        if hashes.size <= buffer.shape[1]:
            work = buffer[:, : hashes.size]
        else:  # one text longer than a chunk
            work = np.empty((a.shape[0], hashes.size), dtype=np.uint32)
        np.multiply(a, hashes[None, :], out=work)
        work += b
        starts = np.cumsum([0] + [h.size for h in pending[:-1]])
        signatures[rows] = np.minimum.reduceat(work, starts, axis=1).T
        pending.clear()
        rows.clear()

    pending_size = 0
    for index, text in enumerate(texts):
        hashes = _shingle_hashes(text, shingle_size)
        if hashes.size == 0:
            continue
        if pending and pending_size + hashes.size > _SIGNATURE_CHUNK:
            flush()
            pending_size = 0
        pending.append(hashes)
        rows.append(index)
        pending_size += hashes.size
    if pending:
        flush()
    return signatures


def near_duplicate_groups(
    texts: Sequence[str], threshold: float, num_perm: int, shingle_size: int
) -> tuple[_UnionFind, np.ndarray]:
    """Near-duplicate groups: union-find over texts joined when identical or when MinHash-estimated Jaccard >=
    threshold (with the texts' MinHash signatures)."""
    from datasketch import MinHash, MinHashLSH

    if not 0.0 < threshold < 1.0:
        raise ValueError(f"near-duplicate threshold must be above 0 and below 1, got {threshold:g}")
    union = _UnionFind(len(texts))
    digests = [content_digest(t) for t in texts]
    first_by_digest: dict[str, int] = {}
    unique: list[int] = []
    for index, digest in enumerate(digests):
        first = first_by_digest.setdefault(digest, index)
        if first == index:
            unique.append(index)
        else:
            union.union(first, index)
    template = MinHash(num_perm=num_perm, seed=1)
    signatures = _signatures([texts[i] for i in unique], template.permutations, shingle_size)
    # Candidates are verified on their signatures, so favour recall: weights (false positive, false negative).
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.1, 0.9))
    sketches = [
        MinHash(seed=1, hashvalues=signature, permutations=template.permutations, scheme=template.scheme)
        for signature in signatures
    ]
    with lsh.insertion_session() as session:
        for position, sketch in enumerate(sketches):
            if texts[unique[position]]:
                session.insert(position, sketch, check_duplication=False)
    for position, sketch in enumerate(sketches):
        if not texts[unique[position]]:
            continue
        candidates = np.array([c for c in lsh.query(sketch) if c > position], dtype=np.int64)
        if candidates.size == 0:
            continue
        similarity = (signatures[candidates] == signatures[position]).mean(axis=1)
        for candidate in candidates[similarity >= threshold]:
            union.union(unique[position], unique[int(candidate)])
    full_signatures = np.empty((len(texts), num_perm), dtype=np.uint32)
    for position, index in enumerate(unique):
        full_signatures[index] = signatures[position]
    for index, digest in enumerate(digests):
        full_signatures[index] = full_signatures[first_by_digest[digest]]
    return union, full_signatures


def near_duplicate_clusters(
    records: Sequence[Record],
    threshold: float = DEFAULT_THRESHOLD,
    num_perm: int = DEFAULT_NUM_PERM,
    shingle_size: int = SHINGLE_SIZE,
) -> list[list[int]]:
    """Return clusters (indices, ascending; exact copies included) of records whose normalized texts have an
    estimated Jaccard similarity >= threshold over character shingles (MinHash + LSH, clusters joined transitively)."""
    union, _ = near_duplicate_groups(normalized_texts(records), threshold, num_perm, shingle_size)
    return [group for group in union.groups() if len(group) > 1]


@dataclass(frozen=True)
class DroppedRecord:
    """A record dedupe dropped, the record it duplicates and how close they are."""

    record: Record
    kind: str  # "exact" or "near"
    kept_id: str
    similarity: float
    labels_differ: bool

    @property
    def reason(self) -> str:
        """Human-readable reason, e.g. "near duplicate of a1 (similarity 0.86; labels differ)"."""
        detail = "" if self.kind == "exact" else f"similarity {self.similarity:.2f}"
        if self.labels_differ:
            detail = f"{detail}; labels differ" if detail else "labels differ"
        return f"{self.kind} duplicate of {self.kept_id}" + (f" ({detail})" if detail else "")


def dedupe(
    records: Sequence[Record], threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM
) -> tuple[list[Record], list[DroppedRecord]]:
    """Keep one record per exact/near-duplicate cluster (most trusted origin, then first); return kept, dropped."""
    texts = normalized_texts(records)
    union, signatures = near_duplicate_groups(texts, threshold, num_perm, SHINGLE_SIZE)
    digests = [content_digest(t) for t in texts]
    dropped: dict[int, DroppedRecord] = {}
    for cluster in union.groups():
        if len(cluster) == 1:
            continue
        keep = min(cluster, key=lambda i: (ORIGIN_PRIORITY[records[i].origin], i))
        for index in cluster:
            if index == keep:
                continue
            exact = digests[index] == digests[keep]
            dropped[index] = DroppedRecord(
                record=records[index],
                kind="exact" if exact else "near",
                kept_id=records[keep].id,
                similarity=1.0 if exact else float((signatures[index] == signatures[keep]).mean()),
                labels_differ=records[index].labels != records[keep].labels,
            )
    kept = [record for index, record in enumerate(records) if index not in dropped]
    logger.info("dedupe kept %d of %d records", len(kept), len(records))
    return kept, [dropped[i] for i in sorted(dropped)]


# --- splits --------------------------------------------------------------------------------------------------------


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def split_key(record: Record, normalized_text: str) -> str:
    """Return the leakage unit of a record: its group, else the host of a web page's url, else its content."""
    if record.group:
        return f"group:{record.group}"
    host = _host(record.url) if record.source_type != "social" else None
    if host:
        return f"host:{host}"
    return f"content:{content_digest(normalized_text)}"


def label_combination(labels: Sequence[str]) -> str:
    """Name a label set: "none", one label, or labels joined by "+" in LABELS order."""
    return "+".join(label for label in LABELS if label in labels) or "none"


def _checked_fractions(fractions: Mapping[str, float]) -> dict[str, float]:
    fractions = dict(fractions)
    if not fractions or any(value < 0 for value in fractions.values()):
        raise ValueError("split fractions must be non-negative")
    total = sum(fractions.values())
    if abs(total - 1.0) > 1e-6:
        raise ValueError(f"split fractions must sum to 1, got {total:g}")
    return fractions


def split_records(
    records: Sequence[Record],
    fractions: Mapping[str, float] = DEFAULT_FRACTIONS,
    seed: int = 0,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, list[Record]]:
    """Split records so no group, web host or near-duplicate cluster spans two splits; stratified by labels.

    Units (records joined by split_key and near-duplicate clusters) are bucketed by their most common label
    combination, ordered by a seeded hash, and each goes to the split furthest below its share of the bucket.
    Deterministic for a seed; records keep their input order within a split.
    """
    fractions = _checked_fractions(fractions)
    texts = normalized_texts(records)
    union, _ = near_duplicate_groups(texts, threshold, DEFAULT_NUM_PERM, SHINGLE_SIZE)
    keys = [split_key(record, text) for record, text in zip(records, texts)]
    first_by_key: dict[str, int] = {}
    for index, key in enumerate(keys):
        union.union(first_by_key.setdefault(key, index), index)
    buckets: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
    for members in union.groups():
        combos = Counter(label_combination(records[i].labels) for i in members)
        combo = min(combos.items(), key=lambda item: (-item[1], item[0]))[0]
        unit_key = min(keys[i] for i in members)
        order = hashlib.sha256(f"{seed}\x00{unit_key}".encode()).hexdigest()
        buckets[combo].append((order, members))
    assignment: dict[int, str] = {}
    names = list(fractions)
    for combo in sorted(buckets):
        units = sorted(buckets[combo], key=lambda unit: unit[0])
        total = sum(len(members) for _, members in units)
        assigned = dict.fromkeys(names, 0)
        for _, members in units:
            name = max(names, key=lambda n: (fractions[n] * total - assigned[n], -names.index(n)))
            assigned[name] += len(members)
            for index in members:
                assignment[index] = name
    splits: dict[str, list[Record]] = {name: [] for name in names}
    for index, record in enumerate(records):
        splits[assignment[index]].append(record)
    logger.info("split %d records: %s", len(records), {n: len(s) for n, s in splits.items()})
    return splits


def to_dataset_dict(splits: Mapping[str, Sequence[Record]]) -> Any:
    """Return a datasets.DatasetDict with id, text (classified), source_type, labels, label_ids, origin, group.

    label_ids holds 1.0/0.0 per label in LABELS order. An empty split stays in the dict; save such a dict with
    save_to_disk(..., num_shards={name: 1}) because datasets cannot load back an empty split saved without shards.
    """
    import datasets

    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "text": datasets.Value("string"),
            "source_type": datasets.Value("string"),
            "labels": datasets.List(datasets.Value("string")),
            "label_ids": datasets.List(datasets.Value("float32")),
            "origin": datasets.Value("string"),
            "group": datasets.Value("string"),
        }
    )
    parts = {}
    for name, records in splits.items():
        columns = {
            "id": [r.id for r in records],
            "text": [r.classified_text() for r in records],
            "source_type": [r.source_type for r in records],
            "labels": [list(r.labels) for r in records],
            "label_ids": [r.label_vector() for r in records],
            "origin": [r.origin for r in records],
            "group": [r.group for r in records],
        }
        parts[name] = datasets.Dataset.from_dict(columns, features=features)
    return datasets.DatasetDict(parts)


_PERCENTILES = (5, 50, 90, 99)


def _split_figures(records: Sequence[Record]) -> dict[str, Any]:
    lengths = np.array([len(r.classified_text()) for r in records], dtype=np.int64)
    combinations: dict[str, dict[str, int]] = {}
    for record in records:
        per_source = combinations.setdefault(label_combination(record.labels), {})
        source = record.source_type or "unknown"
        per_source[source] = per_source.get(source, 0) + 1
    length: dict[str, int] = {}
    if lengths.size:
        length = {f"p{p}": int(np.percentile(lengths, p)) for p in _PERCENTILES}
        length |= {"min": int(lengths.min()), "max": int(lengths.max())}
    return {
        "records": len(records),
        "html_share": (sum(r.html is not None for r in records) / len(records)) if records else 0.0,
        "length": length,
        "label_combinations": {c: combinations[c] for c in sorted(combinations)},
        "labels": {label: sum(label in r.labels for r in records) for label in LABELS},
        "origins": dict(sorted(Counter(r.origin for r in records).items())),
    }


def dataset_figures(splits_or_records: Mapping[str, Sequence[Record]] | Sequence[Record]) -> dict[str, Any]:
    """Figures per split: record counts per label combination x source type, length percentiles (chars), html share."""
    if isinstance(splits_or_records, Mapping):
        splits = dict(splits_or_records)
    else:
        splits = {"all": list(splits_or_records)}
    return {
        "splits": {name: _split_figures(records) for name, records in splits.items()},
        "total": sum(len(records) for records in splits.values()),
    }

