"""Candidate against production on the same frozen data: figures, confirmed cases each gets wrong, saved report."""

import json

import pytest

from orgwatch.data import Record
from orgwatch.scoring import load_classifier
from tests.serving_support import CHARITY_POSITIVES, NEGATIVES, ORG_POSITIVES, build_tiny_bundle
from training.compare import comparison_markdown, comparison_rows, compare_models, write_comparison
from training.retrain import summary_for_bundle


def _records(texts, labels, origin="gold", prefix="r"):
    return [Record(id=f"{prefix}{i}", text=t, labels=tuple(labels), origin=origin) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """The same tiny model twice: 'blind' never flags (review threshold above every score)."""
    tmp = tmp_path_factory.mktemp("compare")
    bundle = build_tiny_bundle(tmp / "good", "lexical-good")
    good, blind = load_classifier(bundle), load_classifier(bundle)
    blind.meta.version = "lexical-blind"
    for thresholds in blind.meta.thresholds.values():
        thresholds.review = thresholds.block = 1.01
    return good, blind


@pytest.fixture(scope="module")
def frozen():
    return {
        "gold_evaluation": _records(ORG_POSITIVES, ["illegal_org"], prefix="o") + _records(NEGATIVES, [], prefix="n"),
        "generated_test": _records(CHARITY_POSITIVES, ["charity_fraud"], "generated", "c"),
        "regression": _records(CHARITY_POSITIVES[:3], ["charity_fraud"], "confirmed", "confirmed-"),
    }


def test_both_models_are_measured_on_the_same_data(models, frozen):
    good, blind = models
    comparison = compare_models(good, blind, frozen)
    assert comparison["candidate"] == "lexical-good" and comparison["production"] == "lexical-blind"
    assert comparison["datasets"] == {"gold_evaluation": 14, "generated_test": 6, "regression": 3}
    cand, prod = comparison["models"]["candidate"], comparison["models"]["production"]
    assert set(cand["datasets"]) == set(prod["datasets"]) == {"gold_evaluation", "generated_test", "regression", "frozen_all"}
    assert cand["datasets"]["frozen_all"]["illegal_org"]["n"] == 23
    assert cand["datasets"]["gold_evaluation"]["illegal_org"]["f1"] > 0.9
    assert prod["datasets"]["gold_evaluation"]["illegal_org"]["f1"] == 0.0
    assert cand["datasets"]["gold_evaluation"]["illegal_org"]["pr_auc"] == prod["datasets"]["gold_evaluation"]["illegal_org"]["pr_auc"]


def test_changes_carry_paired_bootstrap_intervals(models, frozen):
    good, blind = models
    comparison = compare_models(good, blind, frozen)
    gold = comparison["change_intervals"]["gold_evaluation"]["illegal_org"]
    assert gold["f1"][0] > 0.5  # the candidate flags, production never does: better in every resample
    assert gold["pr_auc"] == [0.0, 0.0]  # same scores, only the thresholds differ
    same = compare_models(good, good, frozen)["change_intervals"]["gold_evaluation"]["illegal_org"]
    assert same == {"f1": [0.0, 0.0], "pr_auc": [0.0, 0.0]}
    f1_row = next(r for r in comparison_rows(comparison) if r[0].startswith("gold_evaluation") and r[1:3] == ("illegal_org", "F1"))
    assert f1_row[5].startswith("+") and "[+" in f1_row[5]


def test_confirmed_cases_each_model_gets_wrong_are_listed(models, frozen):
    good, blind = models
    comparison = compare_models(good, blind, frozen)
    prod, cand = comparison["models"]["production"], comparison["models"]["candidate"]
    assert prod["confirmed"]["recall"]["charity_fraud"] == 0.0 and cand["confirmed"]["recall"]["charity_fraud"] == 1.0
    assert [c["id"] for c in prod["confirmed_wrong"]] == ["confirmed-0", "confirmed-1", "confirmed-2"]
    assert cand["confirmed_wrong"] == []
    assert prod["confirmed_wrong"][0]["text"] == CHARITY_POSITIVES[0]
    stripped = summary_for_bundle(comparison)  # what goes into the bundle: ids, never texts
    assert "text" not in stripped["models"]["production"]["confirmed_wrong"][0]
    assert "text" in comparison["models"]["production"]["confirmed_wrong"][0]


def test_table_is_printed_and_saved_as_markdown_and_json(models, frozen, tmp_path):
    good, blind = models
    comparison = compare_models(good, blind, frozen)
    rows = comparison_rows(comparison)
    assert ("confirmed cases", "charity_fraud", "recall", "0.000", "1.000", "+1.000") in rows
    assert any(r[0].startswith("frozen_all") and r[2] == "F1" for r in rows)
    path = write_comparison(comparison, tmp_path / "report")
    markdown = path.read_text(encoding="utf-8")
    assert markdown == comparison_markdown(comparison)
    assert "| data | label | metric |" in markdown and "Confirmed cases production gets wrong (3)" in markdown
    assert json.loads((tmp_path / "report" / "comparison.json").read_text(encoding="utf-8"))["candidate"] == "lexical-good"


def test_real_corpora_flagged_share_is_compared_when_present(models, frozen, tmp_path):
    good, blind = models
    headlines = tmp_path / "corpora" / "Chinese-Text-Classification-Pytorch" / "test.txt"
    headlines.parent.mkdir(parents=True)
    # written for this test: one headline the tiny model flags, three it does not
    headlines.write_text("\n".join([f"{ORG_POSITIVES[0]}\t1", "今天天气很好\t2", "外卖送得很快\t3", "酒店早餐丰富\t4"]),
                         encoding="utf-8")
    comparison = compare_models(good, blind, frozen, corpora_root=tmp_path / "corpora")
    assert comparison["models"]["candidate"]["real_corpora"] == {"n": 4, "review_rate": 0.25, "block_rate": 0.25}
    assert comparison["models"]["production"]["real_corpora"]["review_rate"] == 0.0
    assert any(r[0].startswith("real corpora") for r in comparison_rows(comparison))
    missing = compare_models(good, blind, frozen, corpora_root=tmp_path / "absent")
    assert "real_corpora" not in missing["models"]["candidate"]
