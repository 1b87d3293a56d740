"""Charity-fraud positives and negative genres: they render, carry their labels and have clean phrasing pools."""

import random

import pytest

from training.corpus import generate_records
from training.corpus.context import Context
from training.corpus.genres import negatives, negatives_ordinary, pos_charity
from training.corpus.genres.registry import REGISTRY, Doc

MODULES = (pos_charity, negatives, negatives_ordinary)
PREFIXES = ("pos_charity/", "neg/", "neg_ord/")
MY_GENRES = sorted(name for name in REGISTRY if name.startswith(PREFIXES))


def _phrasing_pools():
    for module in MODULES:
        for attr, value in vars(module).items():
            imported = module is not pos_charity and getattr(pos_charity, attr, None) is value
            if attr.isupper() and not imported and isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                yield f"{module.__name__}.{attr}", value


def test_genre_families_are_registered_with_enough_genres():
    assert sum(n.startswith("pos_charity/") for n in MY_GENRES) >= 10
    assert sum(REGISTRY[n].kind == "hard_negative" for n in MY_GENRES) >= 12
    assert sum(REGISTRY[n].kind == "negative" for n in MY_GENRES) >= 10


@pytest.mark.parametrize("name", MY_GENRES)
def test_genre_renders_for_50_seeds(name):
    spec = REGISTRY[name]
    for seed in range(50):
        source_type = spec.source_types[seed % len(spec.source_types)]
        doc = spec.func(Context(random.Random(seed), source_type=source_type))
        assert isinstance(doc, Doc)
        assert doc.paragraphs and all(isinstance(p, str) and p for p in doc.paragraphs)
        assert doc.group
        body = "".join(doc.paragraphs)
        assert "{" not in body and "}" not in body, body
        if source_type == "social":
            assert len(body) <= 500


@pytest.mark.parametrize("name", MY_GENRES)
def test_genre_declares_labels_matching_its_kind(name):
    spec = REGISTRY[name]
    if name.startswith("pos_charity/"):
        assert spec.kind == "positive" and "charity_fraud" in spec.labels
    else:
        assert spec.labels == () and spec.kind in ("hard_negative", "negative")


def test_generated_records_carry_the_genre_labels():
    seen = set()
    for record in generate_records(1500, seed=7):
        genre_name = record["note"].split(";")[0]
        if genre_name in REGISTRY and genre_name.startswith(PREFIXES):
            seen.add(genre_name)
            assert tuple(sorted(record["labels"])) == REGISTRY[genre_name].labels
    assert len(seen) >= len(MY_GENRES) // 2


def test_phrasing_pools_have_no_duplicates():
    for name, pool in _phrasing_pools():
        duplicates = {p for p in pool if pool.count(p) > 1}
        assert not duplicates, f"{name} repeats {duplicates}"


def test_no_phrasing_is_shared_between_pools_of_different_label_kinds():
    positive = {p for name, pool in _phrasing_pools() if "pos_charity" in name for p in pool if len(p) >= 8}
    negative = {p for name, pool in _phrasing_pools() if "pos_charity" not in name for p in pool if len(p) >= 8}
    assert not positive & negative


INVENTED_TWINS = ("fake_disaster_relief", "donation_rebate", "charity_investment", "foundation_fee_payout",
                  "fake_school_building")


@pytest.mark.parametrize("base", INVENTED_TWINS)
def test_invented_national_body_soliciting_carries_both_labels_and_charity_only_twin_names_none(base):
    from training.corpus.context import NATIONAL_PREFIXES

    charity_only, invented = REGISTRY[f"pos_charity/{base}"], REGISTRY[f"pos_charity/{base}_invented_body"]
    assert charity_only.labels == ("charity_fraud",)
    assert invented.labels == ("charity_fraud", "illegal_org")
    for seed in range(40):
        source_type = charity_only.source_types[seed % len(charity_only.source_types)]
        ctx = Context(random.Random(seed), source_type=source_type)
        charity_only.func(ctx)
        org = ctx.slots.get("org", "")
        assert org in pos_charity.REAL_NATIONAL_CHARITIES or not org.startswith(NATIONAL_PREFIXES), org
        ctx = Context(random.Random(seed), source_type=source_type)
        doc = invented.func(ctx)
        assert ctx.slots["org"] in doc.title + "".join(doc.paragraphs)


def test_registered_fee_table_shows_tiers_unit_account_and_valid_code():
    from training.corpus.context import credit_code_check_digit

    spec = REGISTRY["neg/registered_fee_table"]
    for seed in range(30):
        ctx = Context(random.Random(seed), source_type="web")
        body = "".join(spec.func(ctx).paragraphs)
        assert "会费" in body and not ctx.slots["org"].endswith("基金会")
        code = ctx.slots.get("code")
        if code and code in body:
            assert code.startswith("5") and credit_code_check_digit(code[:17]) == code[17]


PERSONAL_CHANNEL_CUES = ("私信", "私你", "私我", "加我", "评论区", "收款码", "卡号", "支付宝", "个人账户", "微信", "转我")
VERIFIED_CHANNEL_CUES = ("水滴筹", "轻松筹", "新浪扬帆", "官方", "公开募捐", "票据", "公益", "联劝网", "广益联募",
                         "中国慈善信息平台")


def test_short_personal_plea_and_verified_twin_share_the_need_and_differ_only_in_channel():
    plea, twin = REGISTRY["pos_charity/short_personal_plea"], REGISTRY["neg/short_verified_plea"]
    assert plea.labels == ("charity_fraud",) and twin.labels == () and twin.kind == "hard_negative"
    for seed in range(60):
        plea_text = "".join(plea.func(Context(random.Random(seed), source_type="social")).paragraphs)
        twin_text = "".join(twin.func(Context(random.Random(seed), source_type="social")).paragraphs)
        need = plea_text[:8]
        assert twin_text.startswith(need), (plea_text, twin_text)
        assert len(plea_text) <= 120 and len(twin_text) <= 120
        assert any(cue in plea_text for cue in PERSONAL_CHANNEL_CUES), plea_text
        assert not any(cue in plea_text for cue in ("水滴筹", "轻松筹", "官方", "公开募捐", "票据")), plea_text
        assert any(cue in twin_text for cue in VERIFIED_CHANNEL_CUES), twin_text
        assert not any(cue in twin_text for cue in ("收款码在", "卡号：", "转我", "加我", "个人账户")), twin_text
