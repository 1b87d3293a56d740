"""Shared fixtures: an isolated model store and a tiny trained lexical bundle."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture
def model_store(tmp_path, monkeypatch):
    """A fresh, empty model store (BENTOML_HOME) for one test."""
    home = tmp_path / "bentoml"
    monkeypatch.setenv("BENTOML_HOME", str(home))
    return home


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write records as JSONL and return the path."""
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """600 generated records (deterministic), shared by tests that train tiny models."""
    from training.corpus import write_corpus

    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, 600, 7)
    return path


@pytest.fixture(scope="session")
def tiny_lexical_bundle(tmp_path_factory, small_corpus) -> Path:
    """A lexical bundle trained on the small corpus and calibrated on the gold calibration part (not registered)."""
    from training.config import load_config
    from training.train import train

    config = load_config(overrides={"tier": "lexical", "data.train_files": [str(small_corpus)],
                                    "lexical.char_max_features": 20000, "lexical.word_max_features": 10000})
    out = tmp_path_factory.mktemp("bundle") / "lexical"
    return train(config, out, register=False).bundle_dir
