"""Bundle contract: round trips, version checks, refusing pickles and corrupt metadata."""

import json
import pickle
import shutil

import numpy as np
import pytest

from orgwatch.bundle import METADATA_FILE, BundleError, load_bundle_metadata
from orgwatch.labels import LABELS
from orgwatch.scoring import load_classifier
from orgwatch.text import NORMALIZER_VERSION


@pytest.fixture
def bundle_copy(tmp_path, tiny_lexical_bundle):
    target = tmp_path / "bundle"
    shutil.copytree(tiny_lexical_bundle, target)
    return target


def test_round_trip_keeps_labels_thresholds_and_scores(bundle_copy, tiny_lexical_bundle):
    meta = load_bundle_metadata(bundle_copy)
    assert meta.labels == list(LABELS)
    assert meta.normalizer_version == NORMALIZER_VERSION
    assert set(meta.thresholds) == set(LABELS)
    for t in meta.thresholds.values():
        assert 0.0 <= t.review <= t.block <= 1.0
    texts = ["中华书画艺术家协会诚邀您出任常务理事，年费3800元", "今天天气不错，去公园散步"]
    a = load_classifier(bundle_copy).predict_proba(texts)
    b = load_classifier(tiny_lexical_bundle).predict_proba(texts)
    np.testing.assert_allclose(a, b)
    assert a.shape == (2, len(LABELS)) and ((a >= 0) & (a <= 1)).all()


def test_config_and_metrics_are_saved_inside(bundle_copy):
    meta = load_bundle_metadata(bundle_copy)
    config = json.loads((bundle_copy / "training_config.json").read_text(encoding="utf-8"))
    assert config["tier"] == "lexical"
    assert "gold_evaluation" in meta.metrics and meta.data_fingerprint


def test_refuses_bundle_with_pickle(bundle_copy):
    (bundle_copy / "extra.pkl").write_bytes(pickle.dumps({"a": 1}))
    with pytest.raises(BundleError, match="pickle"):
        load_classifier(bundle_copy)


def test_refuses_pickle_hidden_under_safe_name(bundle_copy):
    (bundle_copy / "notes.json").write_bytes(pickle.dumps({"a": 1}, protocol=4))
    with pytest.raises(BundleError, match="pickle"):
        load_bundle_metadata(bundle_copy)


def test_refuses_other_normalizer_version(bundle_copy):
    path = bundle_copy / METADATA_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["normalizer_version"] = "0-old"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BundleError, match="normalizer version"):
        load_classifier(bundle_copy)


@pytest.mark.parametrize("content", ["{not json", "[]", '{"kind": "lexical"}'])
def test_refuses_corrupt_metadata(bundle_copy, content):
    (bundle_copy / METADATA_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(BundleError):
        load_classifier(bundle_copy)


def test_refuses_truncated_weights(bundle_copy):
    weights = bundle_copy / "lexical.skops"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(BundleError, match="cannot be read"):
        load_classifier(bundle_copy)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BundleError, match="not a model bundle"):
        load_bundle_metadata(tmp_path / "nothing")
