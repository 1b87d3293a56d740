"""Background negative genres: they render, carry no labels, vary, and no sentence dominates the family."""

import random
import re
from collections import Counter

import pytest

from training.corpus import generate_records
from training.corpus.context import Context
from training.corpus.genres import negatives_background, negatives_short_org, pos_charity, pos_org
from training.corpus.genres.registry import REGISTRY, Doc
from training.corpus.render import choose_hint, render_social

BG_GENRES = sorted(name for name in REGISTRY if name.startswith("bg/"))
SENTENCE_SPLIT = re.compile(r"[。！？!?；\n]")


def _render(name: str, seed: int) -> tuple[Doc, str]:
    spec = REGISTRY[name]
    source_type = spec.source_types[seed % len(spec.source_types)]
    return spec.func(Context(random.Random(seed), source_type=source_type)), source_type


def _string_pools(module, with_vocab: bool = True):
    """Module-level phrasing pools: tuples of strings, and (with_vocab) those inside dicts (vocab lists, topic tables)."""
    for attr, value in vars(module).items():
        if not attr.isupper() or (isinstance(value, dict) and not with_vocab):
            continue
        values = value.values() if isinstance(value, dict) else [value]
        for index, pool in enumerate(values):
            pools = pool if isinstance(pool, tuple) and pool and all(isinstance(p, tuple) for p in pool) else (pool,)
            for sub in pools:
                if isinstance(sub, tuple) and sub and all(isinstance(v, str) for v in sub):
                    yield f"{attr}[{index}]", sub


def test_family_has_at_least_30_negative_genres():
    assert len(BG_GENRES) >= 30
    assert all(REGISTRY[n].kind == "negative" and REGISTRY[n].labels == () for n in BG_GENRES)


@pytest.mark.parametrize("name", BG_GENRES)
def test_genre_renders_for_50_seeds_without_unfilled_slots(name):
    for seed in range(50):
        doc, source_type = _render(name, seed)
        assert isinstance(doc, Doc) and doc.group
        assert doc.paragraphs and all(isinstance(p, str) and p for p in doc.paragraphs)
        text = doc.title + "".join(doc.paragraphs)
        assert "{" not in text and "}" not in text, text


def test_phrasing_pools_have_no_duplicates():
    pools = list(_string_pools(negatives_background))
    assert len(pools) > 60
    for name, pool in pools:
        duplicates = {p for p in pool if pool.count(p) > 1}
        assert not duplicates, f"{name} repeats {duplicates}"


def test_no_phrasing_is_shared_with_positive_pools():
    positive = {p for module in (pos_charity, pos_org) for _, pool in _string_pools(module) for p in pool if len(p) >= 8}
    background = {p for _, pool in _string_pools(negatives_background, with_vocab=False) for p in pool if len(p) >= 8}
    assert not positive & background


def test_no_sentence_appears_in_more_than_4_percent_of_background_docs():
    weights = [REGISTRY[n].weight for n in BG_GENRES]
    rng = random.Random(11)
    frequency: Counter = Counter()
    n_docs = 2000
    for seed in range(n_docs):
        name = rng.choices(BG_GENRES, weights=weights)[0]
        doc, _ = _render(name, seed)
        text = "\n".join([doc.title, *doc.paragraphs])
        frequency.update({s.strip() for s in SENTENCE_SPLIT.split(text) if len(s.strip()) >= 8})
    sentence, count = frequency.most_common(1)[0]
    assert count / n_docs <= 0.04, sentence


def test_lengths_range_from_headlines_to_articles():
    lengths = [len("".join(_render(name, seed)[0].paragraphs)) for name in BG_GENRES for seed in range(20)]
    assert min(lengths) < 25
    assert max(lengths) > 300
    assert sum(length < 60 for length in lengths) > len(lengths) * 0.2


def test_innocent_domain_words_appear_in_background_text():
    texts = ["".join(_render(name, seed)[0].paragraphs) for name in BG_GENRES for seed in range(40)]
    for word in ("考试", "招生", "证书", "协会", "基金", "公益", "捐", "会员", "返现", "扶贫", "红包"):
        assert any(word in t for t in texts), word


def test_generated_records_of_background_genres_have_no_labels():
    seen = set()
    for record in generate_records(1500, seed=3):
        genre_name = record["note"].split(";")[0]
        if genre_name.startswith("bg/"):
            seen.add(genre_name)
            assert record["labels"] == []
    assert seen


SHORT_ORG_GENRES = sorted(name for name, spec in REGISTRY.items() if spec.func.__module__ == negatives_short_org.__name__)


def _rendered_short_org_texts(seeds: int) -> list[tuple[str, str]]:
    """(genre, text) as the generator renders them: social posts/SMS via render_social, web pages as plain text."""
    out = []
    for name in SHORT_ORG_GENRES:
        for seed in range(seeds):
            ctx_rng = random.Random(seed)
            doc, source_type = _render(name, seed)
            ctx = Context(ctx_rng, source_type=source_type)
            hint = choose_hint(doc, ctx, source_type)
            text = render_social(doc, ctx, hint) if source_type == "social" else "\n".join([doc.title, *doc.paragraphs])
            out.append((name, text.strip()))
    return out


def test_short_org_genres_are_unlabelled_background():
    assert len(SHORT_ORG_GENRES) >= 8
    assert all(name.startswith("bg/") and REGISTRY[name].kind == "negative" and REGISTRY[name].labels == ()
               for name in SHORT_ORG_GENRES)


def test_short_org_genres_write_headline_and_sms_lengths():
    lengths = [len(text) for _, text in _rendered_short_org_texts(60)]
    lengths.sort()
    assert lengths[len(lengths) // 2] <= 60
    assert lengths[int(len(lengths) * 0.9)] <= 130


def test_short_org_genres_name_the_org_award_and_membership_words():
    joined = "\n".join(text for _, text in _rendered_short_org_texts(60))
    for word in ("国际", "委员会", "协会", "联合会", "研究院", "基金", "组委会", "大赛", "评选", "证书", "会员", "积分",
                 "红十字会", "居委会", "村委会", "业委会", "消费者协会", "考试院", "人社"):
        assert word in joined, word


def test_short_org_genres_carry_no_award_selling_or_private_payment_cues():
    cues = ("授牌", "工本费", "入编费", "理事单位", "副会长单位", "私人账户", "个人账户", "转账到", "收款码", "返利", "入选费")
    for name, text in _rendered_short_org_texts(60):
        assert not any(cue in text for cue in cues), (name, text)


def _leaf_pools(value):
    """Every tuple of strings inside a (possibly nested) module constant: vocab dicts, (headlines, leads) topic tables."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaf_pools(item)
    elif isinstance(value, tuple) and value:
        if all(isinstance(v, str) for v in value):
            yield value
        else:
            for item in value:
                yield from _leaf_pools(item)


def test_short_org_pools_are_distinct_and_not_shared_with_positive_pools():
    pools = [pool for attr, value in vars(negatives_short_org).items() if attr.isupper() for pool in _leaf_pools(value)]
    assert len(pools) > 30
    for pool in pools:
        duplicates = {p for p in pool if pool.count(p) > 1}
        assert not duplicates, duplicates
    positive = {p for module in (pos_charity, pos_org) for _, pool in _string_pools(module) for p in pool if len(p) >= 8}
    short = {p for pool in pools for p in pool if len(p) >= 8}
    assert not positive & short


def test_china_and_passing_institution_genres_write_short_everyday_lines():
    texts = {name: [text for genre_name, text in _rendered_short_org_texts(200) if genre_name == name]
             for name in ("bg/short_china_headline", "bg/post_passing_institution")}
    for name, rendered in texts.items():
        lengths = sorted(len(text) for text in rendered)
        assert lengths[len(lengths) // 2] <= 60, name
    china = "\n".join(texts["bg/short_china_headline"])
    assert re.search(r"中国\w{0,4}队", china)
    for word in ("中国式", "中国计划", "成立", "外国语学校", "国际学校", "指数", "板块", "涨停"):
        assert word in china, word
    passing = "\n".join(texts["bg/post_passing_institution"])
    for word in ("协会", "研究院", "中心"):
        assert word in passing, word


MONEY_ASK_CUES = ("转账", "卡号", "收款", "私信我", "加我", "捐款", "打款", "二维码")


@pytest.mark.parametrize("name", ["bg/review_book", "bg/post_warm_heart"])
def test_warm_genres_use_the_words_of_pleas_and_ask_for_nothing(name):
    texts = ["\n".join([doc.title, *doc.paragraphs]) for doc in (_render(name, seed)[0] for seed in range(200))]
    joined = "\n".join(texts)
    assert REGISTRY[name].labels == () and REGISTRY[name].kind == "negative"
    assert sum(word in joined for word in ("孩子", "宝宝", "希望", "感动", "爱心", "善良", "温暖", "暖暖")) >= 6
    assert not [cue for cue in MONEY_ASK_CUES if cue in joined]
    assert len(set(texts)) >= 190  # varied, not a handful of templates
