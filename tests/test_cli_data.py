"""Tests for the `orgwatch data` commands (orgwatch.cli_data), run through typer's CliRunner."""

import json
import random

import pytest
import typer
from typer.testing import CliRunner

from orgwatch import data
from orgwatch.cli_data import app as data_app

root = typer.Typer()
root.add_typer(data_app, name="data")
runner = CliRunner()

CJK = [chr(code) for code in range(0x4E00, 0x4E00 + 2500)]


def invoke(*args: str):
    return runner.invoke(root, ["data", *map(str, args)])


def random_text(seed: int, length: int = 300) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(CJK) for _ in range(length))


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def good_rows(count: int, **extra):
    return [{"id": f"r{i}", "text": random_text(i), "labels": [["illegal_org"], [], ["charity_fraud"]][i % 3],
             "origin": "generated", **extra} for i in range(count)]


def assert_clean_exit(result, code: int):
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["validate", "import", "dedupe", "split", "stats"])
def test_every_command_has_help(command):
    result = invoke(command, "--help")
    assert_clean_exit(result, 0)
    assert "Usage" in result.output


def test_validate_names_each_bad_line_and_exits_1(tmp_path):
    path = tmp_path / "corrupt.jsonl"
    rows = good_rows(2)
    path.write_text(
        json.dumps(rows[0]) + "\n"
        + "{not json\n"
        + json.dumps({**rows[1], "id": 7}) + "\n"
        + json.dumps({**rows[1], "id": "x", "labels": ["spam"]}) + "\n"
        + json.dumps({**rows[1], "id": "y", "html": "<p>x</p>"}) + "\n"
        + json.dumps(rows[1]) + "\n",
        encoding="utf-8",
    )
    result = invoke("validate", path)
    assert_clean_exit(result, 1)
    problems = result.stderr.splitlines()
    assert [line.split(": ")[0:2] for line in problems] == [
        [f"{path}:2", "json"], [f"{path}:3", "id"], [f"{path}:4", "labels"], [f"{path}:5", "html"],
    ]
    assert result.stdout.strip() == "2 valid, 4 problems"


def test_validate_clean_file_exits_0_and_missing_file_is_a_usage_error(tmp_path):
    path = write_jsonl(tmp_path / "ok.jsonl", good_rows(3))
    assert_clean_exit(invoke("validate", path), 0)
    assert_clean_exit(invoke("validate", tmp_path / "absent.jsonl"), 2)


def test_import_maps_columns_writes_good_rows_and_reports_bad_ones(tmp_path):
    source = tmp_path / "foreign.csv"
    source.write_text("content,label\n甲文本,illegal_org\n乙文本,spam\n丙文本,\n", encoding="utf-8")
    out = tmp_path / "out" / "imported.jsonl"
    result = invoke("import", source, "-o", out, "--map", "text=content", "--map", "labels=label",
                    "--source-type", "web")
    assert_clean_exit(result, 1)
    assert result.stderr.splitlines() == [f"{source}:3: labels: unknown label 'spam' (known: illegal_org, charity_fraud)"]
    assert "wrote 2 records" in result.stdout and "skipped 1 bad rows" in result.stdout
    records = list(data.read_records(out))
    assert [(r.text, r.labels, r.origin, r.source_type) for r in records] == [
        ("甲文本", ("illegal_org",), "imported", "web"), ("丙文本", (), "imported", "web"),
    ]


def test_import_default_labels_and_bad_options(tmp_path):
    source = tmp_path / "news.csv"
    source.write_text("text\n民政部公布涉嫌非法社会组织名单\n", encoding="utf-8")
    out = tmp_path / "news.jsonl"
    assert_clean_exit(invoke("import", source, "-o", out, "--labels", "none", "--origin", "gold"), 0)
    assert next(data.read_records(out)).labels == ()
    assert_clean_exit(invoke("import", source, "-o", out, "--map", "textcontent"), 2)
    assert_clean_exit(invoke("import", source, "-o", out, "--map", "body=text"), 2)
    assert_clean_exit(invoke("import", source, "-o", out, "--origin", "scraped"), 2)
    assert_clean_exit(invoke("import", source, "-o", tmp_path / "out.csv"), 2)
    assert_clean_exit(invoke("import", source, "-o", out, "--labels", "fraud"), 2)


def test_dedupe_drops_exact_and_near_copies(tmp_path):
    rows = good_rows(4)
    near = list(rows[1]["text"])
    near[10], near[200] = "甲", "乙"
    rows += [{**rows[0], "id": "copy"}, {**rows[1], "id": "edited", "text": "".join(near)}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "kept.jsonl"
    dropped = tmp_path / "dropped.jsonl"
    result = invoke("dedupe", source, "-o", out, "--dropped", dropped)
    assert_clean_exit(result, 0)
    assert "dropped 1 exact and 1 near" in result.stdout
    assert [r.id for r in data.read_records(out)] == ["r0", "r1", "r2", "r3"]
    reasons = [json.loads(line) for line in dropped.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["kind"], r["kept_id"]) for r in reasons] == [("copy", "exact", "r0"), ("edited", "near", "r1")]


def test_dedupe_threshold_out_of_range_is_a_usage_error(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", good_rows(2))
    assert_clean_exit(invoke("dedupe", source, "-o", tmp_path / "kept.jsonl", "--threshold", "1"), 2)


def test_dedupe_refuses_invalid_input(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "a", "text": "t", "labels": ["x"], "origin": "gold"}\n', encoding="utf-8")
    result = invoke("dedupe", source, "-o", tmp_path / "kept.jsonl")
    assert_clean_exit(result, 1)
    assert f"{source}:1: labels:" in result.stderr
    assert not (tmp_path / "kept.jsonl").exists()


def test_split_writes_three_files_and_stats_reads_them(tmp_path):
    rows = good_rows(60, source_type="social")
    for index, row in enumerate(rows):
        row["group"] = f"g{index % 12}"
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out_dir = tmp_path / "splits"
    result = invoke("split", source, "-o", out_dir, "--seed", "1")
    assert_clean_exit(result, 0)
    splits = {name: list(data.read_records(out_dir / f"{name}.jsonl")) for name in ("train", "validation", "test")}
    assert sum(len(records) for records in splits.values()) == 60
    groups = {name: {r.group for r in records} for name, records in splits.items()}
    assert not (groups["train"] & groups["validation"] or groups["train"] & groups["test"]
                or groups["validation"] & groups["test"])
    assert "label combination x source type" in result.stdout

    stats = invoke("stats", out_dir)
    assert_clean_exit(stats, 0)
    assert "DatasetDict: train " in stats.stdout and "label_ids" in stats.stdout
    assert "illegal_org" in stats.stdout and "social" in stats.stdout


def test_stats_on_files_uses_one_split_named_all(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", good_rows(5))
    result = invoke("stats", source)
    assert_clean_exit(result, 0)
    assert "DatasetDict: all 5 rows" in result.stdout
