"""The per-worker runtime: not ready without a model, bad items fail alone, other workers follow a reload."""

import time
from types import SimpleNamespace

import pytest

import serving.runtime as runtime_module
from orgwatch.scoring import load_classifier
from orgwatch.store import StoreError
from serving.config import ServingConfig
from serving.runtime import ERROR_KEY, LoadedModel, ServingRuntime, classify_jobs
from tests.serving_support import ORG_POSITIVES, build_tiny_bundle


def _config(tmp_path, model="production"):
    return ServingConfig(model=model, feedback_db=tmp_path / "fb.sqlite3", keys_file=tmp_path / "keys.json")


def _fake_loader(calls):
    def load(ref):
        calls.append(ref)
        if ref.startswith("broken"):
            raise StoreError(f"no model {ref!r} in the store")
        meta = SimpleNamespace(version=ref)
        return LoadedModel(SimpleNamespace(version=ref, meta=meta), ref, "now")

    return load


def test_without_a_model_the_runtime_is_not_ready_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime_module, "load_model", _fake_loader([]))
    runtime = ServingRuntime(_config(tmp_path, model="broken-1"), marker_dir=tmp_path)
    assert not runtime.ready and "broken-1" in runtime.load_error


def test_a_failed_reload_keeps_the_old_model(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime_module, "load_model", _fake_loader([]))
    runtime = ServingRuntime(_config(tmp_path, model="v1"), marker_dir=tmp_path)
    with pytest.raises(StoreError):
        runtime.reload("broken-2")
    assert runtime.model.version == "v1"


def test_inside_a_bento_production_falls_back_to_the_packaged_model(tmp_path, monkeypatch):
    load = _fake_loader([])

    def no_alias(ref):
        if ref == "production":
            raise StoreError("no production model yet")
        return load(ref)

    monkeypatch.setattr(runtime_module, "load_model", no_alias)
    runtime = ServingRuntime(_config(tmp_path), marker_dir=tmp_path, bento_model="orgwatch:v7")
    assert runtime.model.version == "orgwatch:v7"


def test_other_workers_follow_a_reload(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime_module, "load_model", _fake_loader([]))
    first = ServingRuntime(_config(tmp_path, model="v1"), marker_dir=tmp_path)
    second = ServingRuntime(_config(tmp_path, model="v1"), marker_dir=tmp_path)
    first.reload("v2")
    second._marker.checked_at = 0.0
    second.follow_other_workers()
    deadline = time.monotonic() + 5
    while second.model.version != "v2" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert second.model.version == "v2"


def test_a_bad_item_in_a_merged_batch_fails_alone(tmp_path):
    classifier = load_classifier(build_tiny_bundle(tmp_path / "bundle", "lexical-rt"))
    jobs = [
        {"item": {"text": ORG_POSITIVES[0]}, "explain": True},
        {"item": {"text": "ok", "colour": "red"}, "explain": True},
        {"item": {"text": ORG_POSITIVES[1]}, "explain": False},
    ]
    results = classify_jobs(classifier, jobs, max_chars=1000)
    assert results[1][ERROR_KEY]["field"] == "colour"
    assert results[0]["suggestion"] in ("review", "block") and results[2]["labels"]
    assert any(e["source"] == "model" for e in results[0]["evidence"])  # explain honoured per job
    assert not any(e["source"] == "model" for e in results[2]["evidence"])
