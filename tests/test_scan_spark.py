"""The Spark scan engine: local[2] results equal the local engine's record by record, errors included, and the CLI."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from orgwatch.cli import app
from orgwatch.scan import ScanError, scan
from tests.conftest import write_jsonl

JAVA_PRESENT = shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME"))
needs_spark = pytest.mark.skipif(not JAVA_PRESENT,
                                 reason="the Spark engine needs a Java 17 runtime (java not found)")
KNOWN_ORG_TEXT = "中国美学研究会在广东省深圳市招募理事，缴纳会费即可授牌，统一社会信用代码51440300MJL123456X。"


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="the Spark engine needs pyspark (pip install '.[spark]')")
    if not JAVA_PRESENT:
        pytest.skip("the Spark engine needs a Java 17 runtime (java not found)")
    from orgwatch.scan_spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def classifier(tiny_lexical_bundle):
    from orgwatch.scoring import load_classifier

    return load_classifier(tiny_lexical_bundle)


@pytest.fixture(scope="module")
def items(small_corpus):
    """60 items (text and html, with urls and dates) plus one naming a known illegal organization."""
    rows = [json.loads(line) for line in small_corpus.read_text(encoding="utf-8").splitlines()[:60]]
    chosen = [{name: row[name] for name in ("id", "text", "html", "url", "source_type") if row.get(name)}
              for row in rows]
    chosen.append({"id": "known-org", "text": KNOWN_ORG_TEXT, "source_type": "web"})
    return [dict(item, date=f"2026-01-{index % 28 + 1:02d}") for index, item in enumerate(chosen)]


def _jsonl_input(path: Path, items: list[dict]) -> Path:
    """items with bad records among them: not JSON, no content, blank content, a bad source_type, a JSON array."""
    write_jsonl(path, items[:10] + [{"id": "no-content", "url": "https://example.org/x"}, {"id": "blank", "text": " "},
                                    {"id": "bad-type", "text": "你好", "source_type": "fax"}] + items[10:])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "cut", "text": "中国\n[1, 2]\n\n')
    return path


def _read_lines(folder: Path) -> list[dict]:
    """JSON lines of a file, or of every part file of a Spark output folder."""
    parts = sorted(folder.glob("part-*")) if folder.is_dir() else [folder]
    return [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]


def _by_id(rows: list[dict]) -> dict:
    assert len({row["id"] for row in rows}) == len(rows)
    return {row["id"]: row for row in rows}


def _error_keys(entries: list[dict]) -> list[tuple]:
    return sorted((entry.get("id") or "", entry["field"], entry["reason"]) for entry in entries)


def _by_line(entries: list[dict], resolved: bool = False) -> dict:
    """Error entries keyed by (file, line or row), files as absolute paths."""
    keyed = {}
    for entry in entries:
        entry = dict(entry, file=str(Path(entry["file"]).resolve()) if resolved else entry["file"])
        keyed[(entry["file"], entry.get("line", entry.get("row")))] = entry
    assert len(keyed) == len(entries)
    return keyed


@needs_spark
def test_spark_results_and_errors_equal_the_local_engine(tmp_path, spark, tiny_lexical_bundle, classifier, items):
    from orgwatch.scan_spark import scan_spark

    source = _jsonl_input(tmp_path / "pages.jsonl", items)
    local = scan([source], tmp_path / "local.jsonl", classifier=classifier, batch_size=16)
    summary = scan_spark([source], tmp_path / "spark.jsonl", str(tiny_lexical_bundle), batch_size=16, spark=spark)

    expected, got = _by_id(_read_lines(tmp_path / "local.jsonl")), _by_id(_read_lines(tmp_path / "spark.jsonl"))
    assert got == expected  # scores, suggestions, evidence, organizations, url, date: all of it
    assert any(result["evidence"] for result in got.values())
    assert got["known-org"]["organizations"][0]["known_list"] is not None
    assert (summary.results, summary.errors, summary.suggestions) == (local.results, local.errors, local.suggestions)
    assert summary.errors == 5 and summary.results == len(items)
    spark_errors = _read_lines(tmp_path / "spark.jsonl.errors.jsonl")
    local_errors = _read_lines(tmp_path / "local.jsonl.errors.jsonl")
    assert _error_keys(spark_errors) == _error_keys(local_errors)
    assert _by_line(spark_errors) == _by_line(local_errors, resolved=True)  # line numbers included
    assert {entry["file"] for entry in spark_errors} == {str(source.resolve())}
    assert not list(tmp_path.glob("*.spark-tmp"))


@needs_spark
def test_spark_error_lines_and_rows_equal_the_local_engine_when_files_are_split(tmp_path, spark, tiny_lexical_bundle,
                                                                                classifier, items):
    from orgwatch.scan_spark import scan_spark

    lines = [json.dumps(item, ensure_ascii=False) for item in items * 3]
    for position in (0, 37, 38, 90, len(lines) - 1):
        lines[position] = "{not json"
    lines.insert(120, "")  # a blank line is counted, not scored
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line
    csv_file = tmp_path / "rows.csv"
    with csv_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([["r1", "第一行\n跨两行"], ["r2", "正常"], ["r3", "多了", "一格"], ["r4", "好"]])
    inputs = [jsonl, csv_file]
    scan(inputs, tmp_path / "local.jsonl", classifier=classifier)
    keys = ("spark.sql.files.maxPartitionBytes", "spark.sql.files.openCostInBytes")
    before = [spark.conf.get(key) for key in keys]
    for key in keys:
        spark.conf.set(key, "4096")  # the JSONL file is read as many splits, most starting mid-file
    try:
        scan_spark(inputs, tmp_path / "spark.jsonl", str(tiny_lexical_bundle), spark=spark)
    finally:
        for key, value in zip(keys, before):
            spark.conf.set(key, value)

    assert jsonl.stat().st_size > 10 * 4096
    local_errors = _by_line(_read_lines(tmp_path / "local.jsonl.errors.jsonl"), resolved=True)
    assert sorted(line for file, line in local_errors if file.endswith(".jsonl")) == [1, 38, 39, 91, len(lines)]
    assert [entry for (file, _), entry in local_errors.items() if file.endswith(".csv")][0]["row"] == 4
    assert _by_line(_read_lines(tmp_path / "spark.jsonl.errors.jsonl")) == local_errors


@needs_spark
@pytest.mark.slow
def test_spark_parquet_and_csv_into_parquet_equal_the_local_engine_with_the_model_shipped(
        tmp_path, spark, tiny_lexical_bundle, classifier, items):
    from orgwatch.scan_spark import scan_spark

    columns = ["id", "text", "html", "url", "source_type", "date"]
    table = pa.Table.from_pylist(items, schema=pa.schema([(name, pa.string()) for name in columns]))
    pq.write_table(table.slice(0, 30), tmp_path / "a.parquet", row_group_size=8)
    pq.write_table(table.slice(30, 20), tmp_path / "b.parquet", row_group_size=8)
    with (tmp_path / "c.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(items[50:])
    inputs = [tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "c.csv"]
    scan(inputs, tmp_path / "local.parquet", classifier=classifier)
    scan_spark(inputs, tmp_path / "spark.parquet", str(tiny_lexical_bundle), spark=spark, ship_model=True)

    expected = _by_id(pq.read_table(tmp_path / "local.parquet").to_pylist())
    assert _by_id(pq.read_table(tmp_path / "spark.parquet").to_pylist()) == expected
    assert len(expected) == len(items)


@needs_spark
def test_cli_engine_spark_writes_once_and_resume_skips_a_complete_output(tmp_path, spark, tiny_lexical_bundle,
                                                                         items):
    source = write_jsonl(tmp_path / "pages.jsonl", items[:12])
    output = tmp_path / "out.jsonl"
    command = ["scan", "--engine", "spark", str(source), "-o", str(output), "--model", str(tiny_lexical_bundle),
               "--tier", "lexical"]
    first = CliRunner().invoke(app, command)
    assert first.exit_code == 0, first.output
    assert "scanned 12 records" in first.output
    assert sorted(row["id"] for row in _read_lines(output)) == sorted(item["id"] for item in items[:12])
    again = CliRunner().invoke(app, command)
    assert again.exit_code == 1 and "exists" in again.output
    resumed = CliRunner().invoke(app, command + ["--resume"])
    assert resumed.exit_code == 0 and "nothing to resume" in resumed.output


def test_spark_engine_refuses_a_tier_the_bundle_lacks_before_starting_spark(tmp_path, tiny_lexical_bundle):
    from orgwatch.scan_spark import scan_spark

    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": "1", "text": "你好"}])
    with pytest.raises(ScanError, match="lexical bundle: --tier transformer needs a transformer bundle"):
        scan_spark([source], tmp_path / "out.jsonl", str(tiny_lexical_bundle), tier="transformer")
    with pytest.raises(ScanError, match="--tier must be one of"):
        scan_spark([source], tmp_path / "out.jsonl", str(tiny_lexical_bundle), tier="fast")
    assert not (tmp_path / "out.jsonl").exists()


def test_spark_engine_refuses_warc_and_explains_a_missing_java(tmp_path, tiny_lexical_bundle, monkeypatch):
    from orgwatch.scan_spark import scan_spark

    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"")
    with pytest.raises(ScanError, match="--engine local"):
        scan_spark([warc], tmp_path / "out.jsonl", str(tiny_lexical_bundle))
    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": "1", "text": "你好"}])
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = CliRunner().invoke(app, ["scan", "--engine", "spark", str(source), "-o", str(tmp_path / "out.jsonl"),
                                      "--model", str(tiny_lexical_bundle)])
    assert result.exit_code == 1 and "Java 17" in result.output
