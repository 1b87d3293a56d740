"""The local batch scan: every input format, bad records, Parquet output, and exactly-once resume after kill -9."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from orgwatch import scan as scan_module
from orgwatch.results import classify_items
from orgwatch.scan import ScanError, result_schema, scan
from orgwatch.scan_inputs import read_input
from orgwatch.scoring import load_classifier
from tests.conftest import REPO, write_jsonl

KNOWN_ORG_TEXT = "中国美学研究会在广东省深圳市招募理事，缴纳会费即可授牌，统一社会信用代码51440300MJL123456X。"
GBK_PAGE = ("<html><head><title>中国美学研究会</title></head><body><p>中国美学研究会诚邀各界人士加入，"
            "缴纳会费三千元即可成为理事单位并获颁证书。联系人王老师。</p></body></html>")


@pytest.fixture(scope="module")
def classifier(tiny_lexical_bundle):
    return load_classifier(tiny_lexical_bundle)


@pytest.fixture(scope="module")
def items(small_corpus):
    """40 input items (text and html, with urls) plus one naming a known illegal organization."""
    rows = [json.loads(line) for line in small_corpus.read_text(encoding="utf-8").splitlines()[:40]]
    chosen = [{name: row[name] for name in ("id", "text", "html", "url", "source_type") if row.get(name)}
              for row in rows]
    return chosen + [{"id": "known-org", "text": KNOWN_ORG_TEXT, "source_type": "web"}]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _without(result: dict, *names: str) -> dict:
    return {key: value for key, value in result.items() if key not in names}


def _write_input(path: Path, items: list[dict]) -> Path:
    """items (each with a date) as JSONL, CSV or Parquet, by path suffix."""
    rows = [dict(item, date=f"2026-01-{index % 28 + 1:02d}") for index, item in enumerate(items)]
    columns = ["id", "text", "html", "url", "source_type", "date"]
    if path.suffix == ".jsonl":
        return write_jsonl(path, rows)
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        return path
    pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema([(name, pa.string()) for name in columns])), path,
                   row_group_size=16)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_scan_gives_one_result_per_record_equal_to_classify_items(tmp_path, classifier, items, suffix):
    source = _write_input(tmp_path / f"pages{suffix}", items)
    summary = scan([source], tmp_path / "out.jsonl", classifier=classifier, batch_size=7)
    results = _read_jsonl(tmp_path / "out.jsonl")
    expected = classify_items(classifier, items)
    assert [r["id"] for r in results] == [item["id"] for item in items]
    assert [r.get("url") for r in results] == [item.get("url") for item in items]
    assert results[3]["date"] == "2026-01-04"
    assert [_without(r, "url", "date") for r in results] == json.loads(json.dumps(expected))
    assert summary.results == len(items) and summary.errors == 0
    assert sum(summary.suggestions.values()) == len(items)
    assert not (tmp_path / "out.jsonl.checkpoint.json").exists()


def _write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    """A gzipped WARC: a warcinfo record, then one response per (url, body, content type)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "orgwatch-test"}))
        for index, (url, body, content_type) in enumerate(pages):
            status = "404 Not Found" if url.endswith("/missing") else "200 OK"
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": f"2026-03-0{index + 1}T08:00:00Z"})
            writer.write_record(record)
    return path


def test_warc_pages_are_decoded_with_their_charset_and_keep_url_and_date(tmp_path, classifier):
    utf8_page = "<html><body><p>本市图书馆周末开放时间调整为上午九点至下午五点。</p></body></html>"
    warc = _write_warc(tmp_path / "crawl.warc.gz", [
        ("http://a.example/join", GBK_PAGE.encode("gbk"), "text/html; charset=GBK"),
        ("http://b.example/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png"),
        ("http://b.example/missing", b"<html>gone</html>", "text/html"),
        ("http://b.example/library", utf8_page.encode("utf-8"), "text/html; charset=utf-8"),
    ])
    summary = scan([warc], tmp_path / "out.jsonl", classifier=classifier)
    results = _read_jsonl(tmp_path / "out.jsonl")
    assert [r["url"] for r in results] == ["http://a.example/join", "http://b.example/library"]
    assert [r["date"] for r in results] == ["2026-03-01T08:00:00Z", "2026-03-04T08:00:00Z"]
    assert "中国美学研究会诚邀各界人士加入" in results[0]["extracted_text"]
    pages = [{"html": GBK_PAGE, "url": "http://a.example/join"}, {"html": utf8_page, "url": "http://b.example/library"}]
    expected = classify_items(classifier, [dict(page, source_type="web") for page in pages])
    assert [_without(r, "url", "date") for r in results] == json.loads(json.dumps(expected))
    assert results[0]["id"].startswith("url-") and results[0]["id"] != results[1]["id"]
    assert (summary.results, summary.skipped, summary.errors) == (2, 3, 0)
    assert summary.skipped_reasons == {"warcinfo record": 1, "not HTML (image/png)": 1, "HTTP status 404": 1}


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".warc.gz"])
def test_readers_start_after_any_record_as_a_resume_needs(tmp_path, items, suffix):
    path = tmp_path / f"input{suffix}"
    if suffix == ".warc.gz":
        pages = [(f"http://x.example/{index}", f"<p>{item.get('text') or item['html']}</p>".encode(), "text/html")
                 for index, item in enumerate(items)]
        _write_warc(path, pages[:10] + [("http://x.example/a.png", b"\x89PNG\r\n\x1a\n", "image/png")] + pages[10:])
    else:
        _write_input(path, items)
    full = list(read_input(path))
    assert len([record for record in full if record.item]) == len(items)
    for after in (0, 5, 17, 40, full[-1].number):
        assert list(read_input(path, after)) == [record for record in full if record.number > after]


def test_bad_records_go_to_the_error_file_and_the_scan_goes_on(tmp_path, classifier):
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join([
        json.dumps({"id": "a", "text": "中国美学研究会招募理事"}, ensure_ascii=False),
        '{"id": "broken", "text": ',
        "[1, 2]",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "both", "text": "x", "html": "<p>y</p>"}),
        json.dumps({"id": "forum", "text": "正文", "source_type": "forum"}, ensure_ascii=False),
        json.dumps({"id": "number", "text": 123}),
        "",
        json.dumps({"id": "f", "text": "今天天气很好"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    summary = scan([source], tmp_path / "out.jsonl", classifier=classifier, batch_size=3)
    assert [r["id"] for r in _read_jsonl(tmp_path / "out.jsonl")] == ["a", "f"]
    errors = _read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert [e["line"] for e in errors] == [2, 3, 4, 5, 6, 7]
    assert {e["file"] for e in errors} == {str(source.resolve())}
    assert [e.get("id") for e in errors] == [None, None, "empty", "both", "forum", "number"]
    assert "not valid JSON" in errors[0]["reason"] and errors[4]["field"] == "source_type"
    assert (summary.results, summary.errors) == (2, 6)


def test_a_record_that_crashes_the_model_is_an_error_not_the_end_of_the_scan(tmp_path, classifier):
    class CrashesOnOnePage(type(classifier)):
        def predict_proba_normalized(self, normalized_texts):
            if any("崩溃" in text for text in normalized_texts):
                raise RuntimeError("model crashed")
            return super().predict_proba_normalized(normalized_texts)

    crashing = CrashesOnOnePage(classifier.bundle_dir, classifier.meta, classifier.scorer)
    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": "a", "text": "今天天气很好"},
                                                    {"id": "b", "text": "这一页让模型崩溃"},
                                                    {"id": "c", "text": "中国美学研究会招募理事"}])
    summary = scan([source], tmp_path / "out.jsonl", classifier=crashing)
    assert [r["id"] for r in _read_jsonl(tmp_path / "out.jsonl")] == ["a", "c"]
    [error] = _read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert error["id"] == "b" and "model crashed" in error["reason"]
    assert (summary.results, summary.errors) == (2, 1)


def test_parquet_output_holds_the_same_results_as_jsonl(tmp_path, classifier, items):
    source = _write_input(tmp_path / "pages.jsonl", items)
    scan([source], tmp_path / "out.jsonl", classifier=classifier)
    scan([source], tmp_path / "out.parquet", classifier=classifier)
    schema = result_schema()
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.equals(schema)
    expected = [{**{name: None for name in schema.names}, **row} for row in _read_jsonl(tmp_path / "out.jsonl")]
    assert table.to_pylist() == expected  # nested keys too: the schema holds every field of a Result
    assert any(org["known_list"] for row in expected for org in row["organizations"])
    assert not list(tmp_path.glob("out.parquet.*"))


def test_a_folder_is_read_in_sorted_order_without_the_scans_own_files(tmp_path, classifier, items):
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    _write_input(folder / "b.jsonl", items[:3])
    _write_input(folder / "a.csv", items[3:5])
    _write_input(folder / "sub" / "c.parquet", items[5:6])
    (folder / "notes.txt").write_text("not an input")
    scan([folder], folder / "out.jsonl", classifier=classifier)
    scan([str(folder / "*.jsonl")], folder / "again.jsonl", classifier=classifier)  # out.jsonl is not an input
    ids = [r["id"] for r in _read_jsonl(folder / "out.jsonl")]
    assert ids == [item["id"] for item in items[3:5] + items[:3] + items[5:6]]
    assert [r["id"] for r in _read_jsonl(folder / "again.jsonl")] == [item["id"] for item in items[:3]]


def test_existing_output_is_never_overwritten_without_resume(tmp_path, classifier, items):
    source = _write_input(tmp_path / "pages.jsonl", items[:2])
    output = tmp_path / "out.jsonl"
    scan([source], output, classifier=classifier)
    before = output.read_bytes()
    with pytest.raises(ScanError, match="--resume"):
        scan([source], output, classifier=classifier)
    assert scan([source], output, classifier=classifier, resume=True).already_complete
    assert output.read_bytes() == before


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_resume_drops_a_half_written_batch_and_refuses_other_inputs(tmp_path, classifier, items, monkeypatch, suffix):
    records = [json.dumps(item, ensure_ascii=False) for item in items]
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(records[:20] + ['{"id": "bad"'] + records[20:]) + "\n", encoding="utf-8")
    clean, output = tmp_path / f"clean{suffix}", tmp_path / f"out{suffix}"
    scan([source], clean, classifier=classifier, batch_size=5)

    commit = scan_module._Writer.commit
    calls = []

    def crash_on_fifth(self, lines, error_lines, *args):
        calls.append(1)
        if len(calls) == 5:  # the batch reaches the files, the checkpoint never moves: as after kill -9
            self.data.write(b"".join(lines)[:100])
            with self.paths.errors.open("ab") as errors:
                errors.write(b"".join(error_lines))
            raise KeyboardInterrupt
        commit(self, lines, error_lines, *args)

    monkeypatch.setattr(scan_module._Writer, "commit", crash_on_fifth)
    with pytest.raises(KeyboardInterrupt):
        scan([source], output, classifier=classifier, batch_size=5)
    monkeypatch.setattr(scan_module._Writer, "commit", commit)
    other = _write_input(tmp_path / "other.jsonl", items[:1])
    with pytest.raises(ScanError, match="inputs differ"):
        scan([source, other], output, classifier=classifier, resume=True)
    summary = scan([source], output, classifier=classifier, batch_size=5, resume=True)
    if suffix == ".jsonl":
        assert output.read_bytes() == clean.read_bytes()
    else:
        assert pq.read_table(output).to_pylist() == pq.read_table(clean).to_pylist()
    errors = _read_jsonl(Path(f"{output}.errors.jsonl"))
    assert errors == _read_jsonl(Path(f"{clean}.errors.jsonl")) and len(errors) == 1
    assert (summary.results, summary.errors) == (len(items), 1)


def _scan_argv() -> list[str]:
    """The mounted `orgwatch scan` command, or the module's own entry point until it is mounted."""
    from orgwatch.cli import app

    if any(command.name == "scan" for command in app.registered_commands):
        return [sys.executable, "-m", "orgwatch.cli", "scan"]
    return [sys.executable, "-m", "orgwatch.scan"]


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_killed_scan_resumes_with_every_record_exactly_once(tmp_path, tiny_lexical_bundle, small_corpus):
    texts = [json.loads(line).get("text") for line in small_corpus.read_text(encoding="utf-8").splitlines()]
    texts = [text[:200] for text in texts if text]
    lines = []
    for index in range(2000):
        lines.append(json.dumps({"id": f"doc-{index}", "text": texts[index % len(texts)]}, ensure_ascii=False))
        if index % 250 == 0:
            lines.append('{"id": "broken-' + str(index))
    source = tmp_path / "crawl.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    argv = _scan_argv() + [str(source), "-o", str(output), "--model", str(tiny_lexical_bundle), "--batch-size", "20",
                           "--no-explain", "--no-progress"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    kills = 0
    for stop_at in (1, 500, 1000):
        process = subprocess.Popen(argv + (["--resume"] if kills else []), cwd=REPO, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while _lines(output) < stop_at and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += 1
        assert (tmp_path / "out.jsonl.checkpoint.json").exists()
    finished = subprocess.run(argv + ["--resume"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    ids = [row["id"] for row in _read_jsonl(output)]
    assert ids == [f"doc-{index}" for index in range(2000)]
    errors = _read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert len(errors) == 8 and len({e["line"] for e in errors}) == 8
    assert not (tmp_path / "out.jsonl.checkpoint.json").exists()


def test_tier_selects_a_part_of_a_cascade_and_refuses_a_tier_the_bundle_lacks(classifier):
    from types import SimpleNamespace

    from orgwatch.scan import select_tier

    assert select_tier(classifier, None) is classifier and select_tier(classifier, "lexical") is classifier
    with pytest.raises(ScanError, match="is a lexical bundle: --tier transformer"):
        select_tier(classifier, "transformer")
    with pytest.raises(ScanError, match="--tier must be one of"):
        select_tier(classifier, "bert")
    lexical_part, transformer_part = object(), object()
    cascade = SimpleNamespace(meta=SimpleNamespace(kind="cascade"), bundle_dir=Path("c"), version="cascade-1",
                              scorer=SimpleNamespace(lexical=lexical_part, transformer=transformer_part))
    assert select_tier(cascade, "lexical").scorer is lexical_part
    assert select_tier(cascade, "transformer").scorer is transformer_part
    assert select_tier(cascade, "transformer").meta is cascade.meta  # the cascade's thresholds


def test_resume_refuses_another_tier(tmp_path, classifier, items):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items[:20]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    state = scan_module._new_checkpoint([source], Path(classifier.bundle_dir), classifier.version, True, 1000, "lexical")
    out.with_name(out.name + ".checkpoint.json").write_text(json.dumps(state), encoding="utf-8")
    with pytest.raises(ScanError, match="started with --tier lexical"):
        scan([source], out, resume=True, tier="cascade", classifier=classifier)
