"""The promotion gate: refuse a candidate worse on the frozen data or on confirmed cases, unless forced."""

import copy
import json
import shutil

import pytest
from typer.testing import CliRunner

from orgwatch.cli import app
from orgwatch.data import Record
from orgwatch.promotion import PromotionRefused, check_promotion, gate_reasons, promote_checked
from orgwatch.scoring import load_classifier
from orgwatch.store import production_version, promote, register_bundle, rollback
from tests.conftest import write_jsonl
from tests.serving_support import CHARITY_POSITIVES, NEGATIVES, ORG_POSITIVES, build_tiny_bundle
from training.compare import compare_models
from training.retrain import save_added, summary_for_bundle

runner = CliRunner()
GOOD, BLIND = "lexical-good", "lexical-blind"


def _records(texts, labels, origin, prefix):
    return [Record(id=f"{prefix}{i}", text=t, labels=tuple(labels), origin=origin) for i, t in enumerate(texts)]


FROZEN = {
    "gold_evaluation": _records(ORG_POSITIVES, ["illegal_org"], "gold", "o") + _records(NEGATIVES, [], "gold", "n"),
    "regression": _records(CHARITY_POSITIVES, ["charity_fraud"], "confirmed", "c"),
}


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """A tiny model ('good') and the same weights with thresholds nothing reaches ('blind'), with a small train file."""
    tmp = tmp_path_factory.mktemp("promotion")
    good = build_tiny_bundle(tmp / GOOD, GOOD)
    train_file = write_jsonl(tmp / "train.jsonl", [r.to_dict() for part in FROZEN.values() for r in part])
    config = {"tier": "lexical", "data": {"train_files": [str(train_file)], "generated_dir": str(tmp / "generated")}}
    (good / "training_config.json").write_text(json.dumps(config), encoding="utf-8")
    blind = tmp / BLIND
    shutil.copytree(good, blind)
    meta = json.loads((blind / "orgwatch.json").read_text(encoding="utf-8"))
    meta.update(version=BLIND, parent_version=GOOD, thresholds={k: {"review": 1.01, "block": 1.01} for k in meta["thresholds"]})
    (blind / "orgwatch.json").write_text(json.dumps(meta), encoding="utf-8")
    return {GOOD: good, BLIND: blind}


@pytest.fixture(scope="module")
def comparison(bundles):
    """BLIND (candidate) against GOOD (production): worse everywhere."""
    return compare_models(load_classifier(bundles[BLIND]), load_classifier(bundles[GOOD]), FROZEN)


def _registered(bundles, tmp_path, stored_comparison=None):
    for version, folder in bundles.items():
        target = tmp_path / version
        shutil.copytree(folder, target)
        if stored_comparison is not None and version == BLIND:
            meta = json.loads((target / "orgwatch.json").read_text(encoding="utf-8"))
            meta["metrics"] = {"comparison": summary_for_bundle(stored_comparison)}
            (target / "orgwatch.json").write_text(json.dumps(meta), encoding="utf-8")
        register_bundle(target)
    promote(GOOD)


def test_gate_refuses_f1_and_confirmed_recall_drops_with_reasons(comparison):
    reasons = gate_reasons(comparison)
    assert any(r.startswith("illegal_org: F1 on the frozen data drops") for r in reasons)
    assert any(r.startswith("charity_fraud: recall on confirmed cases drops from 1.000 to 0.000") for r in reasons)
    swapped = copy.deepcopy(comparison)
    swapped["models"]["candidate"], swapped["models"]["production"] = comparison["models"]["production"], comparison["models"]["candidate"]
    assert gate_reasons(swapped) == []


@pytest.mark.parametrize("drop, refused", [(0.004, False), (0.006, True)])
def test_f1_tolerance_is_half_a_point(comparison, drop, refused):
    same = copy.deepcopy(comparison)
    same["models"]["candidate"] = copy.deepcopy(comparison["models"]["production"])
    figures = same["models"]["candidate"]["datasets"]["frozen_all"]["illegal_org"]
    figures["f1"] -= drop
    assert bool(gate_reasons(same)) is refused


def test_refused_unless_forced_and_rollback_restores(model_store, bundles, comparison, tmp_path):
    _registered(bundles, tmp_path, comparison)
    decision = check_promotion(BLIND)
    assert not decision.allowed and not decision.recomputed  # the comparison stored at retrain time is used
    with pytest.raises(PromotionRefused, match="recall on confirmed cases drops"):
        promote_checked(BLIND)
    assert production_version() == GOOD
    forced = promote_checked(BLIND, force=True)
    assert forced.reasons and production_version() == BLIND
    assert rollback() == GOOD


def test_gate_compares_anew_when_nothing_was_stored(model_store, bundles, tmp_path):
    _registered(bundles, tmp_path)
    save_added(BLIND, {"regression": FROZEN["regression"]})  # confirmed cases of BLIND's lineage
    decision = check_promotion(BLIND)
    assert decision.recomputed and not decision.allowed
    assert any("recall on confirmed cases" in r for r in decision.reasons)


def test_cli_promote_refuses_with_the_reason_and_force_overrides(model_store, bundles, comparison, tmp_path):
    _registered(bundles, tmp_path, comparison)
    refused = runner.invoke(app, ["models", "promote", BLIND])
    assert refused.exit_code == 1
    assert "refused" in refused.output and "recall on confirmed cases drops" in refused.output
    forced = runner.invoke(app, ["models", "promote", BLIND, "--force"])
    assert forced.exit_code == 0, forced.output
    assert forced.output.strip().endswith(f"production -> {BLIND}")
    listed = json.loads(runner.invoke(app, ["models", "list", "--json"]).output)
    rows = {row["version"]: row for row in listed}
    assert rows[BLIND]["production"] and not rows[GOOD]["production"]
    assert rows[BLIND]["parent_version"] == GOOD
    assert runner.invoke(app, ["models", "list"]).exit_code == 0
    back = runner.invoke(app, ["models", "rollback"])
    assert back.exit_code == 0 and production_version() == GOOD
