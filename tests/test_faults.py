"""Faults: scans killed at random points or out of disk, the service killed while feedback is posted, broken bundles."""

from __future__ import annotations

import concurrent.futures
import errno
import json
import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import serving.runtime as runtime_module
from orgwatch import scan as scan_module
from orgwatch.bundle import METADATA_FILE, BundleError
from orgwatch.scan import scan
from orgwatch.scoring import load_classifier
from serving.auth import create_key
from serving.config import ServingConfig
from serving.feedback import FeedbackStore
from serving.runtime import ServingRuntime
from tests.conftest import REPO
from tests.serving_support import NEGATIVES, ORG_POSITIVES, Server, prepare_store, server_env


@pytest.fixture(scope="module")
def classifier(tiny_lexical_bundle):
    return load_classifier(tiny_lexical_bundle)


def _crawl(path: Path, small_corpus: Path, count: int) -> Path:
    """count short text records named doc-0.. with a malformed line every 250 records."""
    texts = [json.loads(line).get("text") for line in small_corpus.read_text(encoding="utf-8").splitlines()]
    texts = [text[:200] for text in texts if text]
    lines = []
    for index in range(count):
        lines.append(json.dumps({"id": f"doc-{index}", "text": texts[index % len(texts)]}, ensure_ascii=False))
        if index % 250 == 0:
            lines.append('{"id": "broken-' + str(index))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


# --------------------------------------------------------------------------------------------------------------------
# Scan: kill -9 at random points with Parquet output (JSONL output: tests/test_scan.py)
# --------------------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_parquet_scan_killed_at_random_points_holds_every_record_once(tmp_path, tiny_lexical_bundle, small_corpus):
    source = _crawl(tmp_path / "crawl.jsonl", small_corpus, 1500)
    output = tmp_path / "out.parquet"
    staging = tmp_path / "out.parquet.partial.jsonl"
    argv = [sys.executable, "-m", "orgwatch.cli", "scan", str(source), "-o", str(output), "--model",
            str(tiny_lexical_bundle), "--batch-size", "20", "--no-explain", "--no-progress"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    kill_points = sorted(random.Random(8).sample(range(1, 1400), 3))
    for kills, stop_at in enumerate(kill_points):
        process = subprocess.Popen(argv + (["--resume"] if kills else []), cwd=REPO, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while _lines(staging) < stop_at and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
        process.wait()
    finished = subprocess.run(argv + ["--resume"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert pq.read_table(output, columns=["id"]).column("id").to_pylist() == [f"doc-{i}" for i in range(1500)]
    assert _lines(Path(f"{output}.errors.jsonl")) == 6
    assert not staging.exists() and not Path(f"{output}.checkpoint.json").exists()


def test_a_kill_during_the_parquet_conversion_is_finished_by_resume(tmp_path, classifier, small_corpus, monkeypatch):
    source = _crawl(tmp_path / "crawl.jsonl", small_corpus, 120)
    clean, output = tmp_path / "clean.parquet", tmp_path / "out.parquet"
    scan([source], clean, classifier=classifier, batch_size=16)
    convert = scan_module._convert_to_parquet

    def killed_halfway(staging, target, max_chars):
        target.with_name(target.name + ".tmp").write_bytes(b"PAR1 half a file")
        raise KeyboardInterrupt  # as a kill -9 between the last batch and the footer

    monkeypatch.setattr(scan_module, "_convert_to_parquet", killed_halfway)
    with pytest.raises(KeyboardInterrupt):
        scan([source], output, classifier=classifier, batch_size=16)
    assert not output.exists()
    monkeypatch.setattr(scan_module, "_convert_to_parquet", convert)
    scan([source], output, classifier=classifier, batch_size=16, resume=True)
    assert pq.read_table(output).to_pylist() == pq.read_table(clean).to_pylist()


# --------------------------------------------------------------------------------------------------------------------
# Scan: disk full, read-only output folder
# --------------------------------------------------------------------------------------------------------------------


def _disk_full_on(call: int):
    """A _Writer.commit that writes half of its batch on the given call and then fails as a full disk does."""
    commit = scan_module._Writer.commit
    calls = []

    def commit_until_full(self, lines, error_lines, *args):
        calls.append(1)
        if len(calls) == call:
            self.data.write(b"".join(lines)[: len(b"".join(lines)) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.paths.data))
        commit(self, lines, error_lines, *args)

    return commit_until_full


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_disk_full_during_a_scan_stops_it_and_resume_completes_it_exactly_once(tmp_path, classifier, small_corpus,
                                                                             monkeypatch, suffix):
    source = _crawl(tmp_path / "crawl.jsonl", small_corpus, 200)
    clean, output = tmp_path / f"clean{suffix}", tmp_path / f"out{suffix}"
    scan([source], clean, classifier=classifier, batch_size=16)
    commit = scan_module._Writer.commit
    monkeypatch.setattr(scan_module._Writer, "commit", _disk_full_on(4))
    with pytest.raises(OSError) as failure:
        scan([source], output, classifier=classifier, batch_size=16)
    assert failure.value.errno == errno.ENOSPC
    assert not output.exists() if suffix == ".parquet" else output.exists()
    checkpoint = json.loads(Path(f"{output}.checkpoint.json").read_text(encoding="utf-8"))
    assert checkpoint["counts"]["results"] == 3 * 16  # three batches committed, the torn fourth one not counted
    monkeypatch.setattr(scan_module._Writer, "commit", commit)  # space freed
    scan([source], output, classifier=classifier, batch_size=16, resume=True)
    if suffix == ".jsonl":
        assert output.read_bytes() == clean.read_bytes()
    else:
        assert pq.read_table(output).to_pylist() == pq.read_table(clean).to_pylist()


def test_the_scan_command_reports_a_full_disk_in_one_line_and_points_to_resume(tmp_path, small_corpus, monkeypatch,
                                                                             tiny_lexical_bundle):
    from typer.testing import CliRunner

    from orgwatch.cli import app

    source = _crawl(tmp_path / "crawl.jsonl", small_corpus, 100)
    monkeypatch.setattr(scan_module._Writer, "commit", _disk_full_on(2))
    result = CliRunner().invoke(app, ["scan", str(source), "-o", str(tmp_path / "out.jsonl"), "--model",
                                      str(tiny_lexical_bundle), "--batch-size", "16", "--no-progress"])
    assert isinstance(result.exception, SystemExit) and result.exit_code != 0
    assert "No space left on device" in result.output and "--resume" in result.output


def test_a_read_only_output_folder_fails_before_writing_anything(tmp_path, classifier, small_corpus, monkeypatch):
    source = _crawl(tmp_path / "crawl.jsonl", small_corpus, 50)
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes through file modes: fail the first write as a read-only mount would
        def read_only(path, payload):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

        monkeypatch.setattr(scan_module, "_write_atomic", read_only)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(OSError) as failure:
            scan([source], folder / "out.jsonl", classifier=classifier)
        assert failure.value.errno in (errno.EROFS, errno.EACCES)
        assert str(folder) in str(failure.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# --------------------------------------------------------------------------------------------------------------------
# Model bundles: a broken bundle is refused with a clear message and the old model keeps serving
# --------------------------------------------------------------------------------------------------------------------


def _break_metadata(bundle: Path) -> None:
    (bundle / METADATA_FILE).write_text("{not json", encoding="utf-8")


def _truncate_weights(bundle: Path) -> None:
    weights = bundle / "lexical.skops"
    weights.write_bytes(weights.read_bytes()[:1000])


def _add_pickle(bundle: Path) -> None:
    (bundle / "extra.pkl").write_bytes(pickle.dumps({"a": 1}))


def _other_normalizer(bundle: Path) -> None:
    path = bundle / METADATA_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["normalizer_version"] = "0-old"
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "damage, message",
    [(_break_metadata, "metadata|json"), (_truncate_weights, "cannot be read"), (_add_pickle, "pickle"),
     (_other_normalizer, "normalizer version")],
)
def test_a_reload_to_a_broken_bundle_is_refused_and_the_old_model_keeps_serving(tmp_path, tiny_lexical_bundle,
                                                                               monkeypatch, damage, message):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_lexical_bundle, broken)
    damage(broken)
    folders = {"good": tiny_lexical_bundle, "broken": broken}
    monkeypatch.setattr(runtime_module, "resolve", lambda ref, allow_paths=False: folders[ref])
    config = ServingConfig(model="good", feedback_db=tmp_path / "fb.sqlite3", keys_file=tmp_path / "keys.json")
    runtime = ServingRuntime(config, marker_dir=tmp_path)
    serving = runtime.model.version
    with pytest.raises(BundleError, match=message):
        runtime.reload("broken")
    assert runtime.ready and runtime.model.version == serving
    assert runtime.classify([{"item": {"text": ORG_POSITIVES[0]}, "explain": False}])[0]["model_version"] == serving


# --------------------------------------------------------------------------------------------------------------------
# Service: kill -9 while several clients post feedback
# --------------------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_feedback_acknowledged_before_a_kill_9_is_all_in_the_store_after_restart(tmp_path):
    import httpx

    home = tmp_path / "bentoml"
    prepare_store(tmp_path, home, ["lexical-fault-a"], "lexical-fault-a")
    env = server_env(tmp_path, home)
    key, _ = create_key(Path(env["ORGWATCH_KEYS_FILE"]), "moderator", "fault test")
    server = Server(env).start()
    acknowledged: dict[int, dict] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def post_feedback(client_index: int) -> int:
        sent = 0
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=10) as client:
            while not stop.is_set():
                body = {"id": f"c{client_index}-{sent}", "text": (ORG_POSITIVES + NEGATIVES)[sent % 14] + f" #{sent}",
                        "labels": ["illegal_org"], "verdict": "confirm", "moderator": f"m{client_index}"}
                sent += 1
                try:
                    answer = client.post("/feedback", json=body)
                except httpx.HTTPError:
                    continue  # the server died under this request: not acknowledged
                if answer.status_code == 200:
                    with lock:
                        acknowledged[answer.json()["feedback_id"]] = body
        return sent

    try:
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            clients = [pool.submit(post_feedback, index) for index in range(6)]
            deadline = time.monotonic() + 30
            while len(acknowledged) < 60 and time.monotonic() < deadline:
                time.sleep(0.05)
            server.stop(signal.SIGKILL)
            stop.set()
            [client.result() for client in clients]
        assert len(acknowledged) >= 60
        with sqlite3.connect(env["ORGWATCH_FEEDBACK_DB"]) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        server = Server(env, port=server.port).start()
        rows = {row["feedback_id"]: row for row in FeedbackStore(env["ORGWATCH_FEEDBACK_DB"]).rows()}
        for feedback_id, body in acknowledged.items():
            row = rows[feedback_id]
            assert (row["item_id"], row["text"], row["moderator"]) == (body["id"], body["text"], body["moderator"])
        for row in rows.values():  # nothing half-written: every stored row is whole
            client_index, sent = row["item_id"][1:].split("-")
            assert row["text"] == (ORG_POSITIVES + NEGATIVES)[int(sent) % 14] + f" #{sent}"
            assert row["labels"] == ["illegal_org"] and row["moderator"] == f"m{client_index}"
        after = httpx.post(server.url + "/feedback", headers={"Authorization": f"Bearer {key}"}, timeout=30,
                           json={"id": "after", "text": NEGATIVES[0], "labels": [], "verdict": "reject",
                                 "moderator": "m9"})
        assert after.status_code == 200 and after.json()["feedback_id"] > max(rows)
    finally:
        stop.set()
        server.stop()
