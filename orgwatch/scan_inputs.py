"""Streaming readers of scan inputs (JSONL, CSV, Parquet, WARC) that turn each input record into an Input item.

Every reader numbers its units from 1 in a strictly increasing order (the line of a JSONL file, the row of a CSV file
with the header as row 1, the row of a Parquet file, the record of a WARC file) and can start after a given unit
cheaply, so that an interrupted scan resumes without scoring anything twice.
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import json
import logging
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from orgwatch.text import TextDecodeError, decode_bytes

logger = logging.getLogger(__name__)

ITEM_COLUMNS = ("id", "text", "html", "url", "source_type")
DATE_COLUMNS = ("date", "created_at")  # the first present one becomes the result's `date`
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".warc": "warc", ".warc.gz": "warc",
}
_CSV_FIELD_LIMIT = 2**31 - 1  # whole HTML pages live in one cell; the csv default (128 KiB) is too small
_SNIFF_BYTES = 1 << 20
_PARQUET_BATCH_ROWS = 1024
_COUNT_CHUNK_BYTES = 1 << 22
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
_HTML_SNIFF_RE = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<title)", re.IGNORECASE)


class InputError(ValueError):
    """An input argument that names no readable file of a supported format."""


@dataclass
class InputRecord:
    """One unit of an input file: an item to score, or why it cannot be (error), or why it is left out (skipped)."""

    number: int
    item: dict[str, Any] | None = None
    date: str | None = None
    error: str | None = None
    skipped: str | None = None
    field: str | None = None


def input_format(path: Path) -> str | None:
    """"jsonl", "csv", "parquet" or "warc" from a file name (compressed JSONL and WARC included), else None."""
    name = path.name.lower()
    for suffix, fmt in sorted(_SUFFIX_FORMATS.items(), key=lambda pair: -len(pair[0])):
        if name.endswith(suffix):
            return fmt
    return None


def expand_paths(arguments: Sequence[str | Path], wanted: Callable[[Path], bool],
                 refuse_named: Callable[[Path], str | None], noun: str, exclude: Sequence[Path] = ()) -> list[Path]:
    """Files named by arguments (files, folders searched recursively, glob patterns), each sorted, duplicates and
    `exclude` dropped; raise InputError for an argument that names nothing usable.

    wanted: whether a file found in a folder or by a glob is kept; refuse_named: why a file named outright cannot be
    used (None: it can); noun: what is looked for, in the messages.
    """
    excluded = {Path(path).resolve() for path in exclude}
    files: list[Path] = []
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = sorted(p for p in path.rglob("*") if p.is_file() and wanted(p))
        elif path.is_file():
            problem = refuse_named(path)
            if problem:
                raise InputError(f"{path}: {problem}")
            candidates = [path]
        elif glob.has_magic(str(argument)):
            candidates = sorted(Path(p) for p in glob.glob(str(argument), recursive=True)
                                if Path(p).is_file() and wanted(Path(p)))
            if not candidates:
                raise InputError(f"{argument}: no {noun} matches")
        else:
            raise InputError(f"{path}: no such file or folder")
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved in seen or resolved in excluded:
                continue
            seen.add(resolved)
            files.append(resolved)
    if not files:
        raise InputError(f"no {noun} found")
    return files


def expand_inputs(arguments: Sequence[str | Path], exclude: Sequence[Path] = ()) -> list[Path]:
    """Input files named by arguments (see expand_paths), `exclude` (the scan's own output files) dropped."""
    usage = f"unsupported input (use {', '.join(sorted(_SUFFIX_FORMATS))})"
    return expand_paths(arguments, lambda path: input_format(path) is not None,
                        lambda path: None if input_format(path) is not None else usage, "input file", exclude)


def count_units(path: Path) -> int | None:
    """How many units the reader of path numbers (lines, rows with header, Parquet rows), or None when that would
    need a full decompression or parse (compressed files, WARC)."""
    fmt = input_format(path)
    try:
        if fmt == "jsonl" and not path.name.lower().endswith(".gz"):
            return _count_lines(path)
        if fmt == "csv":
            encoding = _sniff_encoding(path)
            if encoding is None:
                return None
            csv.field_size_limit(_CSV_FIELD_LIMIT)
            with path.open("r", encoding=encoding, newline="") as handle:
                return sum(1 for _ in csv.reader(handle))
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
    except (OSError, UnicodeDecodeError, csv.Error, ValueError):
        return None
    return None


def _count_lines(path: Path) -> int:
    """Lines in a text file (a last line without a newline counts), reading in chunks."""
    lines = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(_COUNT_CHUNK_BYTES):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def read_input(path: Path, after: int = 0, max_html_bytes: int = 8_000_000) -> Iterator[InputRecord]:
    """The records of one input file in order, starting after unit number `after`."""
    fmt = input_format(path)
    readers = {"jsonl": _jsonl_records, "csv": _csv_records, "parquet": _parquet_records}
    if fmt == "warc":
        yield from _warc_records(path, after, max_html_bytes)
    elif fmt in readers:
        yield from readers[fmt](path, after)
    else:
        yield InputRecord(1, error="unsupported input format", field="file")


def _plain_value(value: Any) -> Any:
    """Typed cells (integer ids, timestamps) as the strings the item contract expects."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def record_from_row(number: int, row: dict[str, Any], empty_is_absent: bool) -> InputRecord:
    """An InputRecord from a table row or JSON object: item columns kept (others ignored), date taken aside."""
    item = {}
    for name in ITEM_COLUMNS:
        value = row.get(name)
        if value is None or (empty_is_absent and value == ""):
            continue
        item[name] = value if name in ("text", "html") else _plain_value(value)
    found_date = None
    for name in DATE_COLUMNS:
        value = row.get(name)
        if value not in (None, ""):
            found_date = str(_plain_value(value))
            break
    return InputRecord(number, item=item, date=found_date)


def _jsonl_records(path: Path, after: int) -> Iterator[InputRecord]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if number <= after:
                    continue
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    yield InputRecord(number, error="line is not valid UTF-8", field="json")
                    continue
                except json.JSONDecodeError as error:
                    reason = f"not valid JSON ({error.msg} at column {error.colno})"
                    yield InputRecord(number, error=reason, field="json")
                    continue
                if not isinstance(row, dict):
                    yield InputRecord(number, error=f"expected a JSON object, got {type(row).__name__}", field="record")
                    continue
                yield record_from_row(number, row, empty_is_absent=False)
    except (OSError, EOFError, zlib.error) as error:  # unreadable file, or a gzip stream cut short or corrupt
        if number + 1 > after:
            yield InputRecord(number + 1, error=f"file not readable ({error}); rest of the file skipped", field="file")


def _sniff_encoding(path: Path) -> str | None:
    """utf-8-sig, gb18030 or big5 (cp950) by trying them on the first MiB; None when none fits."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    for encoding in ("utf-8-sig", "gb18030", "cp950"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)  # a sequence cut at the end is fine
            return encoding
        except UnicodeDecodeError:
            continue
    return None


def _csv_records(path: Path, after: int) -> Iterator[InputRecord]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        encoding = _sniff_encoding(path)
    except OSError as error:
        yield InputRecord(1, error=f"file not readable ({error})", field="file")
        return
    if encoding is None:
        if after < 1:
            yield InputRecord(1, error="not UTF-8, GB18030 or Big5 text", field="file")
        return
    if encoding != "utf-8-sig":
        logger.info("%s: read as %s", path.name, encoding)
    number = 1
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            problem = _csv_header_problem(header)
            if problem:
                if after < 1:
                    yield InputRecord(1, error=problem, field="header")
                return
            assert header is not None
            for number, cells in enumerate(reader, 2):
                if number <= after or not cells:
                    continue
                if len(cells) != len(header):
                    yield InputRecord(number, error=f"{len(cells)} cells, header has {len(header)}", field="row")
                    continue
                yield record_from_row(number, dict(zip(header, cells)), empty_is_absent=True)
    except (UnicodeDecodeError, csv.Error, OSError) as error:
        reason = f"not valid {encoding}" if isinstance(error, UnicodeDecodeError) else f"not readable as CSV ({error})"
        if number + 1 > after:
            yield InputRecord(number + 1, error=f"{reason} after row {number}; rest of the file skipped", field="file")


def _csv_header_problem(header: list[str] | None) -> str | None:
    if not header:
        return "no header row"
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        return f"duplicate column {duplicates[0]!r}"
    if "text" not in header and "html" not in header:
        return f"no text or html column (columns: {', '.join(header)})"
    return None


def _parquet_records(path: Path, after: int) -> Iterator[InputRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    number = 0
    try:
        parquet = pq.ParquetFile(path)
        names = parquet.schema_arrow.names
        if "text" not in names and "html" not in names:
            if after < 1:
                yield InputRecord(1, error=f"no text or html column (columns: {', '.join(names)})", field="header")
            return
        columns = [name for name in ITEM_COLUMNS + DATE_COLUMNS if name in names]
        first_group = 0  # whole row groups before the resume point are not read at all
        group_rows = [parquet.metadata.row_group(index).num_rows for index in range(parquet.num_row_groups)]
        while first_group < len(group_rows) and number + group_rows[first_group] <= after:
            number += group_rows[first_group]
            first_group += 1
        groups = list(range(first_group, len(group_rows)))
        if not groups:
            return
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=groups, columns=columns):
            for row in batch.to_pylist():
                number += 1
                if number > after:
                    yield record_from_row(number, row, empty_is_absent=False)
    except (pa.ArrowException, OSError) as error:
        if number + 1 > after:
            reason = f"not readable as Parquet ({type(error).__name__}: {error})"
            yield InputRecord(number + 1, error=reason, field="file")


def _warc_records(path: Path, after: int, max_html_bytes: int) -> Iterator[InputRecord]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                if number > after:
                    yield _warc_record(number, record, max_html_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        if number + 1 > after:
            reason = f"not readable as WARC ({error}); rest of the file skipped"
            yield InputRecord(number + 1, error=reason, field="file")


def _warc_record(number: int, record: Any, max_html_bytes: int) -> InputRecord:
    """An html item from a WARC response (or resource) record with an HTML payload; other records are skipped."""
    if record.rec_type not in ("response", "resource"):
        return InputRecord(number, skipped=f"{record.rec_type} record")
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    found_date = headers.get_header("WARC-Date")
    if record.rec_type == "response":
        if record.http_headers is None:
            return InputRecord(number, skipped="response without HTTP headers (not an http(s) URI)")
        status = record.http_headers.get_statuscode()
        if not status.startswith("2"):
            return InputRecord(number, skipped=f"HTTP status {status}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = headers.get_header("Content-Type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type and media_type not in HTML_TYPES:
        return InputRecord(number, skipped=f"not HTML ({media_type})")
    try:
        data = record.content_stream().read(max_html_bytes)
    except Exception as error:  # noqa: BLE001 - a bad transfer or content encoding is this record's problem only
        return InputRecord(number, error=f"payload not readable ({type(error).__name__}: {error})", field="html",
                           item={"url": url} if url else None)
    if not media_type and not _HTML_SNIFF_RE.match(data[:1024]):
        return InputRecord(number, skipped="no content type and not HTML")
    charset = _CHARSET_RE.search(content_type)
    try:
        html = decode_bytes(data, charset.group(1) if charset else None)
    except TextDecodeError as error:
        return InputRecord(number, error=str(error), field="html", item={"url": url} if url else None)
    item: dict[str, Any] = {"html": html, "source_type": "web"}
    if url:
        item["url"] = url
    return InputRecord(number, item=item, date=found_date)


__all__ = ["InputError", "InputRecord", "count_units", "expand_inputs", "expand_paths", "input_format", "read_input"]
