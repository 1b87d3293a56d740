"""Tests for the bootstrap corpus generator (training.corpus): determinism, contract, shares, leaks and speed."""

import random
import time

import pytest

from orgwatch.data import Record
from training.corpus import COMBO_SHARES, generate_records, write_corpus
from training.corpus.context import Context, credit_code_check_digit
from training.corpus.genres.registry import REGISTRY
from training.corpus.noise import evade
from training.corpus.stats import corpus_figures, genre_of

N = 2000


@pytest.fixture(scope="module")
def timed_corpus():
    start = time.perf_counter()
    records = list(generate_records(N, seed=11))
    return records, time.perf_counter() - start


@pytest.fixture(scope="module")
def records(timed_corpus):
    return timed_corpus[0]


@pytest.fixture(scope="module")
def figures(records):
    return corpus_figures(records)


def test_same_seed_gives_same_records_and_other_seed_differs():
    first = list(generate_records(60, seed=3))
    assert first == list(generate_records(60, seed=3))
    other = list(generate_records(60, seed=4))
    assert [r.get("text") or r.get("html") for r in first] != [r.get("text") or r.get("html") for r in other]


def test_every_record_fits_the_data_contract(records):
    ids = set()
    for i, record in enumerate(records):
        Record.from_dict(record)  # raises on any contract violation
        assert record["id"] == f"gen-11-{i}"
        assert (record.get("text") is None) != (record.get("html") is None)
        assert record["origin"] == "generated" and record["created_at"] == "2026-11-28"
        assert record["group"]
        assert genre_of(record) in REGISTRY
        spec = REGISTRY[genre_of(record)]
        assert sorted(record["labels"]) == list(spec.labels)
        assert record["source_type"] in spec.source_types
        ids.add(record["id"])
    assert len(ids) == len(records)


def test_label_combinations_follow_target_shares(figures):
    shares = figures["label_combination_shares"]
    for combo, target in COMBO_SHARES.items():
        assert shares.get("+".join(combo) or "none", 0.0) == pytest.approx(target, abs=0.04)


def test_most_negatives_are_hard_negatives(figures):
    assert figures["hard_negative_share_of_negatives"] >= 0.40


def test_enough_positives_carry_evasion_and_negatives_share_the_noise(figures):
    assert figures["evasion_share_of_positives"] >= 0.10
    assert figures["noise_share_of_negatives"] >= 0.05


def test_no_sentence_is_reused_in_more_than_one_percent_of_documents(figures):
    assert figures["max_sentence_doc_share"] <= 0.01, figures["max_sentence"]


def test_a_third_of_web_pages_are_raw_html_with_page_chrome(records, figures):
    assert figures["html_share_of_web"] == pytest.approx(1 / 3, abs=0.06)
    pages = [r["html"] for r in records if r.get("html")]
    assert all("<title>" in page and "ICP备" in page and "<ul class=\"nav\">" in page for page in pages)
    assert any(len(page) > 1000 for page in pages)


def test_social_posts_are_between_15_and_500_characters(records):
    lengths = [len(r["text"]) for r in records if r["source_type"] == "social"]
    assert lengths and min(lengths) >= 15 and max(lengths) <= 500


def test_label_is_not_predictable_from_length_html_or_one_token(figures):
    for label, f in figures["labels"].items():
        assert f["length_auc"] < 0.65, label
        assert f["html_auc"] < 0.65, label
        assert f["best_token_f1"] < 0.8, (label, f["best_token"])


def test_twenty_thousand_documents_take_under_two_minutes(timed_corpus):
    _, seconds = timed_corpus
    assert seconds * (20000 / N) < 120


def test_write_corpus_writes_jsonl_and_returns_figures(tmp_path):
    path = tmp_path / "out" / "gen.jsonl"
    figures = write_corpus(path, 30, seed=2)
    assert figures["n"] == 30
    assert len(path.read_text(encoding="utf-8").splitlines()) == 30


def test_credit_codes_are_social_org_codes_with_gb32100_check_digit():
    ctx = Context(random.Random(5))
    for _ in range(50):
        code = ctx.credit_code(valid=True)
        assert len(code) == 18 and code[0] == "5"
        assert credit_code_check_digit(code[:17]) == code[17]
        bad = ctx.credit_code(valid=False)
        assert credit_code_check_digit(bad[:17]) != bad[17]
    assert credit_code_check_digit("91350100M000100Y4") == "3"  # a published valid code


def test_same_slot_keeps_its_value_within_a_document():
    ctx = Context(random.Random(9))
    text = ctx.fill("{org}|{person}|{org}|{person}|{org2}")
    org, person, org_again, person_again, org2 = text.split("|")
    assert org == org_again and person == person_again and org2 and org2 != org


def test_evasion_transforms_change_the_surface_but_keep_the_document_shape():
    ctx = Context(random.Random(1))
    ctx.slot("org", "中华书画协会")
    texts = ["中华书画协会通知", "请加微信转账会费，捐款用支付宝。"]
    out = evade(texts, ctx, ["spacing", "wechat", "homophone", "traditional"])
    assert len(out) == 2 and out != texts
    assert "微信" not in out[1]


def test_long_form_web_pages_exceed_a_thousand_characters_for_every_label(records):
    from training.corpus.stats import visible_text

    long_share = {}
    for combo in ("illegal_org", "charity_fraud", ""):
        web = [r for r in records if r["source_type"] == "web" and "+".join(r["labels"]) == combo]
        long_share[combo] = sum(len(visible_text(r)) > 1000 for r in web) / len(web)
    assert all(share > 0.1 for share in long_share.values()), long_share
