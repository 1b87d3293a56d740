"""The feedback store: durable settings, purge by age, export as training records of the data contract."""

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from orgwatch.data import Record
from serving.feedback import FeedbackStore, export_records, parse_since


def _decision(**change):
    return {"id": "post-1", "text": "中华名人协会收费授牌", "labels": ["illegal_org"], "verdict": "confirm",
            "moderator": "m1", **change}


def test_store_uses_wal_and_full_sync(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.add(_decision())
    with store._connect() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_add_returns_the_stored_id_and_rows_read_back(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    first = store.add(_decision())
    second = store.add(_decision(id=None, html="<p>x</p>", text=None, verdict="reject", note="news report"))
    assert second["feedback_id"] == first["feedback_id"] + 1 and first["item_id"] == "post-1"
    rows = FeedbackStore(tmp_path / "fb.sqlite3").rows()
    assert [(r["verdict"], r["labels"], r["note"]) for r in rows] == [("confirm", ["illegal_org"], None),
                                                                    ("reject", ["illegal_org"], "news report")]


def _age(store, feedback_id, days):
    old = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="microseconds")
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE feedback SET created_at = ? WHERE feedback_id = ?", (old, feedback_id))


def test_purge_deletes_only_older_decisions(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    old = store.add(_decision(id="old"))["feedback_id"]
    store.add(_decision(id="new"))
    _age(store, old, 400)
    assert store.purge(365) == 1
    assert [r["item_id"] for r in store.rows()] == ["new"]
    with pytest.raises(ValueError):
        store.purge(-1)


def test_export_writes_valid_records_with_rejections_as_no_label(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.add(_decision(id="a"))
    store.add(_decision(id="b", verdict="reject", labels=["charity_fraud"]))
    store.add(_decision(id="c", verdict="relabel", labels=["charity_fraud", "illegal_org"], url="https://x.example/"))
    store.add(_decision(id="a", verdict="relabel", labels=[]))  # a later decision on a replaces the first
    store.add(_decision(id=None, text="没有编号的帖子"))
    out = tmp_path / "out" / "confirmed.jsonl"
    assert export_records(store, out) == 4
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        Record.from_dict(row)  # the data contract accepts every exported line
        assert row["origin"] == "confirmed" and row["moderator"] == "m1" and "created_at" in row
    by_id = {row["id"]: row for row in rows}
    assert by_id["b"]["labels"] == [] and by_id["b"]["verdict"] == "reject"
    assert by_id["c"]["labels"] == ["illegal_org", "charity_fraud"] and by_id["c"]["url"] == "https://x.example/"
    assert by_id["a"]["labels"] == [] and by_id["a"]["verdict"] == "relabel"
    assert any(key.startswith("feedback-") for key in by_id)


def test_export_since_filters_by_date(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    old = store.add(_decision(id="old"))["feedback_id"]
    store.add(_decision(id="new"))
    _age(store, old, 10)
    since = parse_since((datetime.now(timezone.utc) - timedelta(days=2)).date().isoformat())
    out = tmp_path / "recent.jsonl"
    assert export_records(store, out, since) == 1
    assert json.loads(out.read_text())["id"] == "new"


def test_parse_since_accepts_dates_and_datetimes():
    assert parse_since("2026-01-31").tzinfo is not None
    assert parse_since("2026-01-31T08:00:00+08:00").hour == 8
    with pytest.raises(ValueError):
        parse_since("last week")
