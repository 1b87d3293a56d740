"""The moderator feedback store: one SQLite row per decision, written durably, purged by age, exported as training data."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from orgwatch.data import Record

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    feedback_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id       TEXT,
    text          TEXT,
    html          TEXT,
    url           TEXT,
    source_type   TEXT,
    labels        TEXT NOT NULL,
    verdict       TEXT NOT NULL CHECK (verdict IN ('confirm', 'reject', 'relabel')),
    moderator     TEXT NOT NULL,
    note          TEXT,
    model_version TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at);
"""
COLUMNS = ("feedback_id", "item_id", "text", "html", "url", "source_type", "labels", "verdict", "moderator", "note",
           "model_version", "created_at")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def parse_since(value: str) -> datetime:
    """An ISO date or datetime (naive means UTC) as an aware datetime; raises ValueError."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


class FeedbackStore:
    """SQLite in WAL mode with synchronous=FULL: an answered POST /feedback survives a crash or power loss."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # one short-lived connection per operation: several service workers (processes) share the file safely
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=30000")
            yield conn

    def add(self, feedback: dict[str, Any]) -> dict[str, Any]:
        """Store one decision in its own transaction; return feedback_id, item_id and created_at."""
        created_at = _now()
        row = (
            feedback.get("id"), feedback.get("text"), feedback.get("html"), feedback.get("url"),
            feedback.get("source_type"), json.dumps(list(feedback["labels"])), feedback["verdict"],
            feedback["moderator"], feedback.get("note"), feedback.get("model_version"), created_at,
        )
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                cur = conn.execute(
                    "INSERT INTO feedback (item_id, text, html, url, source_type, labels, verdict, moderator, note, "
                    "model_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        logger.debug("stored feedback %d (%s)", cur.lastrowid, feedback["verdict"])
        return {"feedback_id": int(cur.lastrowid), "item_id": feedback.get("id"), "created_at": created_at}

    def rows(self, since: datetime | None = None) -> list[dict[str, Any]]:
        """All stored decisions (optionally those created at or after since), oldest first."""
        query = f"SELECT {', '.join(COLUMNS)} FROM feedback"
        params: tuple[Any, ...] = ()
        if since is not None:
            query += " WHERE created_at >= ?"
            params = (since.astimezone(timezone.utc).isoformat(timespec="microseconds"),)
        with self._connect() as conn:
            found = conn.execute(query + " ORDER BY feedback_id", params).fetchall()
        out = []
        for values in found:
            row = dict(zip(COLUMNS, values))
            row["labels"] = json.loads(row["labels"])
            out.append(row)
        return out

    def count(self) -> int:
        """Number of stored decisions."""
        with self._connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def purge(self, older_than_days: int) -> int:
        """Delete decisions older than the given number of days; return how many were deleted."""
        if older_than_days < 0:
            raise ValueError("older_than_days must be >= 0")
        cutoff = (datetime.now(timezone.utc) - timedelta(days=older_than_days)).isoformat(timespec="microseconds")
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            deleted = conn.execute("DELETE FROM feedback WHERE created_at < ?", (cutoff,)).rowcount
            conn.execute("COMMIT")
        logger.info("purged %d feedback rows older than %d days", deleted, older_than_days)
        return int(deleted)


def training_record(row: dict[str, Any]) -> Record:
    """A stored decision as a training record: origin confirmed; a rejected flag means neither label."""
    labels = [] if row["verdict"] == "reject" else list(row["labels"])
    return Record.from_dict({
        "id": row["item_id"] or f"feedback-{row['feedback_id']}",
        "text": row["text"],
        "html": row["html"],
        "url": row["url"],
        "source_type": row["source_type"],
        "labels": labels,
        "origin": "confirmed",
        "created_at": row["created_at"],
        "note": row["note"],
        "moderator": row["moderator"],
        "verdict": row["verdict"],
    })


def export_records(store: FeedbackStore, out: Path, since: datetime | None = None) -> int:
    """Write the latest decision per item as training records (JSONL, the data contract); return how many."""
    latest: dict[str, dict[str, Any]] = {}
    for row in store.rows(since):
        key = row["item_id"] or f"feedback-{row['feedback_id']}"
        latest.pop(key, None)  # a later decision on the same item replaces the earlier one (and moves to the end)
        latest[key] = row
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in latest.values():
            fh.write(json.dumps(training_record(row).to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(out)
    return len(latest)
