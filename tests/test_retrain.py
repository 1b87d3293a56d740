"""Retraining: additions validated, deduped against existing data, split by group, regression set kept, candidate trained."""

import json
import shutil
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from orgwatch.cli import app
from orgwatch.data import Record, read_records
from orgwatch.store import list_versions, production_version, promote, register_bundle
from tests.conftest import SHARED_CORPORA, write_jsonl
from tests.serving_support import CHARITY_POSITIVES, NEGATIVES, ORG_POSITIVES
from training.config import load_config
from training.retrain import (
    RetrainError,
    base_splits,
    load_added,
    merge_additions,
    save_added,
    validate_additions,
)
from training.train import split_training_records

runner = CliRunner()


def _rec(id_, text, labels=(), origin="confirmed", **extra):
    return Record(id=id_, text=text, labels=tuple(labels), origin=origin, **extra)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """60 distinct generated records, used as new additions."""
    from training.corpus import write_corpus

    path = tmp_path_factory.mktemp("gen") / "gen.jsonl"
    write_corpus(path, 60, 5)
    return list(read_records(path))


EXISTING = {
    "train": [_rec("a", ORG_POSITIVES[0], ["illegal_org"], "generated")],
    "validation": [],
    "test": [_rec("b", CHARITY_POSITIVES[0], ["charity_fraud"], "generated", group="scheme-b")],
}
GOLD = [_rec("g", NEGATIVES[1], origin="gold")]
NO_PREVIOUS = {name: [] for name in ("train", "validation", "test", "regression")}


def test_duplicates_of_existing_data_and_of_each_other_are_dropped():
    new = [
        _rec("copy-of-a", ORG_POSITIVES[0], ["illegal_org"]),
        _rec("near-gold", NEGATIVES[1] + "。"),
        _rec("c", CHARITY_POSITIVES[2], ["charity_fraud"]),
        _rec("c-again", CHARITY_POSITIVES[2], ["charity_fraud"], "imported"),
    ]
    result = merge_additions(EXISTING, NO_PREVIOUS, GOLD, new)
    dropped = {d.record.id: (d.kind, d.kept_id) for d in result.dropped}
    assert dropped == {"copy-of-a": ("exact", "a"), "near-gold": ("near", "g"), "c-again": ("exact", "c")}
    kept = [r.id for part in result.added.values() for r in part]
    assert kept == ["c"] and sum(result.new_by_split.values()) == 1


def test_a_near_duplicate_with_other_labels_is_reported(generated):
    text = generated[0].text
    near = text[: int(len(text) * 0.95)]
    result = merge_additions({"train": [generated[0]]}, NO_PREVIOUS, [], [_rec("n", near, ["illegal_org", "charity_fraud"])])
    assert [d.kind for d in result.dropped] in (["near"], ["exact"])
    assert result.dropped[0].labels_differ


def test_a_new_record_of_an_existing_group_joins_its_split():
    new = [_rec("b2", ORG_POSITIVES[3], ["charity_fraud"], group="scheme-b"),
           _rec("web", NEGATIVES[2], origin="imported", url="https://example.org/x", source_type="web")]
    existing = {**EXISTING, "train": EXISTING["train"] + [_rec("w", NEGATIVES[3], [], "generated",
                                                                  url="https://www.example.org/y", source_type="web")]}
    result = merge_additions(existing, NO_PREVIOUS, GOLD, new)
    assert [r.id for r in result.added["test"]] == ["b2"]
    assert [r.id for r in result.added["train"]] == ["web"]


def test_confirmed_cases_go_by_group_to_train_or_the_regression_set(generated):
    new = [replace(r, id=f"x{i}", origin="confirmed", group=f"grp{i % 8}") for i, r in enumerate(generated[:40])]
    imported = [replace(r, id=f"i{i}", origin="imported") for i, r in enumerate(generated[40:])]
    result = merge_additions(EXISTING, NO_PREVIOUS, GOLD, new + imported)
    side = {}
    for name, part in result.added.items():
        for r in part:
            side.setdefault(r.group, set()).add(name)
    groups = {g: s for g, s in side.items() if g and g.startswith("grp")}
    assert all(len(s) == 1 for s in groups.values())  # no group on both sides
    assert {next(iter(s)) for s in groups.values()} == {"train", "regression"}
    assert not any(r.origin == "imported" for r in result.added["regression"])
    assert all(r.origin == "confirmed" for r in result.added["regression"])


def test_regression_set_grows_and_keeps_its_side_across_retrains(generated):
    first_new = [replace(r, id=f"x{i}", origin="confirmed", group=f"grp{i % 8}") for i, r in enumerate(generated[:40])]
    first = merge_additions(EXISTING, NO_PREVIOUS, GOLD, first_new)
    held_group = first.added["regression"][0].group
    second_new = [replace(generated[50], id="later", origin="confirmed", group=held_group)]
    second = merge_additions(EXISTING, first.added, GOLD, second_new)
    assert [r.id for r in second.added["regression"]] == [r.id for r in first.added["regression"]] + ["later"]
    assert second.added["train"] == first.added["train"]


def test_added_data_round_trip_per_version(model_store):
    added = {"train": [_rec("t", ORG_POSITIVES[1], ["illegal_org"])], "regression": [_rec("r", NEGATIVES[0])]}
    folder = save_added("lexical-x", added)
    assert folder.parent.parent == model_store
    loaded = load_added("lexical-x")
    assert loaded["train"] == added["train"] and loaded["regression"] == added["regression"] and loaded["test"] == []
    assert load_added("lexical-none")["regression"] == [] and load_added(None)["train"] == []


def test_invalid_additions_fail_with_the_problems_data_validate_reports(tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "1", "text": "中华名人协会收费授牌", "labels": ["illegal_org"], "origin": "confirmed"},
        {"id": "2", "text": "x", "labels": ["scam"], "origin": "confirmed"},
        {"id": "1", "text": "重复编号", "labels": [], "origin": "confirmed"},
    ])
    with pytest.raises(RetrainError) as caught:
        validate_additions([bad])
    assert [str(p) for p in caught.value.problems] == [
        f"{bad}:2: labels: unknown label 'scam' (known: illegal_org, charity_fraud)",
        f"{bad}:3: id: duplicate id '1' (first at {bad}:1)",
    ]
    result = runner.invoke(app, ["retrain", "--add", str(bad)])
    assert result.exit_code == 1
    assert "unknown label 'scam'" in result.output and "2 problems in the added data" in result.output


def test_base_split_equals_the_training_split_and_is_cached(small_corpus, tmp_path):
    config = load_config(overrides={"data.train_files": [str(small_corpus)], "data.generated_dir": str(tmp_path)})
    first = base_splits(config)
    assert list((tmp_path / "splits").glob("split-*.json"))
    records = list(read_records(small_corpus))
    expected = split_training_records(records, config)
    assert {k: [r.id for r in v] for k, v in first.items()} == {k: [r.id for r in v] for k, v in expected.items()}
    assert base_splits(config) == first


def _production(tiny_lexical_bundle, tmp_path):
    """The tiny bundle registered as production, its recorded generated_dir moved into tmp_path."""
    bundle = tmp_path / "production"
    shutil.copytree(tiny_lexical_bundle, bundle)
    config = json.loads((bundle / "training_config.json").read_text(encoding="utf-8"))
    config["data"]["generated_dir"] = str(tmp_path / "generated")
    (bundle / "training_config.json").write_text(json.dumps(config), encoding="utf-8")
    version = register_bundle(bundle)
    promote(version)
    return version


def test_retrain_cli_trains_a_compared_candidate_child_of_production(model_store, tiny_lexical_bundle, tmp_path, monkeypatch):
    parent = _production(tiny_lexical_bundle, tmp_path)
    added = write_jsonl(tmp_path / "confirmed.jsonl", [
        {"id": f"c{i}", "text": text, "labels": [label], "origin": "confirmed", "group": f"g{i % 4}",
         "moderator": "m1", "verdict": "confirm", "created_at": "2026-11-01T08:00:00+00:00"}
        for i, (text, label) in enumerate([(t, "charity_fraud") for t in CHARITY_POSITIVES]
                                          + [(t, "illegal_org") for t in ORG_POSITIVES[:2]])
    ])
    result = runner.invoke(app, ["retrain", "--add", str(added), "--out", str(tmp_path / "candidate"),
                                 "--report", str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    version = result.output.strip().splitlines()[-1]
    assert version.startswith("lexical-") and version != parent
    assert production_version() == parent  # a candidate is never promoted by retrain
    row = {r["version"]: r for r in list_versions()}[version]
    assert row["parent_version"] == parent
    assert sum(row["extra"]["retrain"]["added"].values()) == 8
    assert row["metrics"]["comparison"]["production"] == parent
    if SHARED_CORPORA.is_dir():  # flagged share of the real corpora, by default when they are there
        assert row["metrics"]["comparison"]["models"]["candidate"]["real_corpora"]["n"] > 0
    assert (tmp_path / "report" / "comparison.md").is_file()
    assert "candidate" in result.output and "retrained in" in result.output
    assert len(load_added(version)["regression"]) + len(load_added(version)["train"]) == 8
    from serving.feedback import FeedbackStore

    feedback = FeedbackStore(tmp_path / "feedback.sqlite3")
    for row in read_records(added):  # the same cases decided again by a moderator
        feedback.add({"id": row.id, "text": row.text, "labels": list(row.labels), "verdict": "confirm", "moderator": "m2"})
    monkeypatch.setenv("ORGWATCH_FEEDBACK_DB", str(feedback.path))
    again = runner.invoke(app, ["retrain", "--from-feedback", "--base", version, "--out", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    assert "dropped 8 duplicates" in again.output  # already in the lineage's data
    assert runner.invoke(app, ["retrain"]).exit_code == 2  # nothing to add


def _transformer_meta(base_model):
    from orgwatch.bundle import BundleMetadata, Thresholds
    from orgwatch.labels import LABELS

    return BundleMetadata(kind="transformer", version="transformer-prod", labels=list(LABELS), base_model=base_model,
                          thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS})


@pytest.mark.parametrize("production_base, continues", [("m3e-small", True), ("some/other-bert", False)])
def test_transformer_continues_from_production_weights_only_when_the_base_matches(
    monkeypatch, tmp_path, generated, production_base, continues
):
    import training.transformer
    from training.retrain import _fit_candidate

    calls = []

    def fake_fit(train_texts, train_targets, val_texts, val_targets, config, seed, out_dir, **kwargs):
        calls.append((config.base_model, config.epochs, train_texts, len(val_texts)))
        return {"base_model": config.base_model}

    monkeypatch.setattr(training.transformer, "fit_transformer", fake_fit)
    monkeypatch.setattr("orgwatch.base_models.resolve_base_model", lambda name: f"/resolved/{name}")
    config = load_config(overrides={"tier": "transformer"})
    config.transformer.epochs = 3.0  # production's recorded epochs: kept from scratch, one epoch when continuing
    splits = {"train": generated[:50], "validation": generated[50:], "test": []}
    normalized = {name: [f"{name}-{r.id}" for r in part] for name, part in splits.items()}
    info = _fit_candidate(config, splits, normalized, 10, _transformer_meta(production_base), tmp_path / "prod", tmp_path)
    (base_model, epochs, train_texts, n_val), = calls
    if continues:
        assert (base_model, epochs, n_val) == (str(tmp_path / "prod"), 1.0, 10)
        assert train_texts[:10] == normalized["train"][40:]  # every added record, then the replay sample
        assert sorted(train_texts) == sorted(normalized["train"])  # (under the cap, all of the rest)
        assert info["continued_from"] == "transformer-prod" and info["base_model"] == "m3e-small"
    else:
        assert (base_model, epochs, train_texts) == ("m3e-small", 3.0, normalized["train"])
        assert "continued_from" not in info


def test_fingerprint_from_hashes_equals_the_bundle_fingerprint(generated):
    from orgwatch.bundle import fingerprint_texts
    from training.retrain import fingerprint_hashes, text_hashes

    assert fingerprint_hashes(text_hashes(generated)) == fingerprint_texts([r.classified_text() for r in generated])
