"""Tests for orgwatch.results: item validation, Result dicts, offsets into what was sent, model evidence per tier."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwatch.bundle import BundleMetadata, Thresholds, write_metadata
from orgwatch.labels import LABELS
from orgwatch.model_cascade import CascadeScorer
from orgwatch.model_transformer import WindowScores
from orgwatch.results import ItemError, _locate_ngram, classify_items, parse_items
from orgwatch.scoring import Classifier, load_classifier
from orgwatch.text import normalize

ORG_TEXTS = [
    "中国国学文化研究会招募理事，缴纳会费三万元即可授牌，颁发证书",
    "全国诚信企业联合会评选活动，交钱就能获得金牌称号并授牌",
    "中华名人协会吸收会员，理事单位收费五万，可获国家级荣誉证书",
    "国际艺术家联合会分会成立，副会长职位收费，授牌仪式在北京举行",
    "世界华人企业家协会颁发铜牌，年度理事会费八千元，证书国家认可",
    "亚太经济发展促进会招收理事，会费两万，统一颁发聘书和牌匾",
    "中华书画协会收取会费，常务理事单位颁发荣誉证书",
    "中国名家协会入选名典，缴纳评审费后授予荣誉称号",
]
CHARITY_TEXTS = [
    "爱心扶贫捐款请扫码转账到个人账户，捐赠一千元返利两千",
    "慈善互助计划，捐款一百元一个月后返还三百，拉人再得奖励",
    "灾区急需善款，请汇款到以下个人银行卡，微信扫码捐款",
    "公益理财项目，捐赠配捐翻倍返还，扫码加入爱心互助群",
    "病重儿童求助，请转账到我的个人支付宝账户，每捐一元返利",
    "扶贫基金捐款返利活动，捐五百返一千，转账给个人微信",
    "爱心互助盘，激活费一百元，善款转到个人账户",
    "捐赠返利，公益理财，扫码献爱心",
]
NEGATIVE_TEXTS = [
    "今天天气很好，我们去公园散步，晚上吃了火锅",
    "民政部公布第十批涉嫌非法社会组织名单，提醒公众提高警惕",
    "这家酒店服务周到，房间干净，早餐种类丰富",
    "外卖送得很快，味道不错，下次还会再点",
    "中国红十字会通过民政部指定平台依法公开募捐",
    "警方提醒：谨防以慈善名义实施的诈骗，不要向个人账户转账",
    "手机壳质量很好，颜色也漂亮，物流很快",
    "新闻：多地开展打击整治非法社会组织专项行动",
    "周末和朋友去爬山，风景很美",
    "这本书写得很好，推荐大家阅读",
]
REVIEW, BLOCK = 0.45, 0.9


@pytest.fixture(scope="module")
def lexical_classifier(tmp_path_factory) -> Classifier:
    """A lexical bundle trained here on a few dozen texts (no calibration), loaded through the one loader."""
    from training.config import LexicalConfig
    from training.lexical import fit_lexical

    texts = ORG_TEXTS + CHARITY_TEXTS + NEGATIVE_TEXTS
    targets = np.array([[1, 0]] * len(ORG_TEXTS) + [[0, 1]] * len(CHARITY_TEXTS) + [[0, 0]] * len(NEGATIVE_TEXTS))
    config = LexicalConfig(min_df=1, char_max_features=5000, word_max_features=3000)
    parts = fit_lexical([normalize(text).text for text in texts], targets, config, seed=0)
    bundle = tmp_path_factory.mktemp("results") / "lexical"
    bundle.mkdir()
    parts.save(bundle)
    thresholds = {label: Thresholds(review=REVIEW, block=BLOCK) for label in LABELS}
    write_metadata(bundle, BundleMetadata("lexical", "lexical-test-1", list(LABELS), thresholds), {})
    return load_classifier(bundle)


def _check_offsets(result: dict, sent: str) -> None:
    """Every span of a result slices what was classified to exactly its text."""
    for evidence in result["evidence"]:
        assert sent[evidence["start"] : evidence["end"]] == evidence["text"]
    for org in result["organizations"]:
        assert normalize(sent[org["start"] : org["end"]]).text == org["name"]
    for region in result["regions"]:
        assert 0 <= region["start"] < region["end"] <= len(sent)


def test_result_shape_ids_and_order(lexical_classifier):
    items = [
        {"id": "a1", "text": ORG_TEXTS[0], "source_type": "web"},
        {"text": NEGATIVE_TEXTS[0]},
        {"html": "<p>扫码献爱心</p>", "url": "https://example.org/x", "source_type": None},
    ]
    results = classify_items(lexical_classifier, items)
    assert [set(result) for result in results[:2]] == [
        {"id", "suggestion", "labels", "evidence", "organizations", "regions", "model_version", "truncated", "warnings"}
    ] * 2
    assert "extracted_text" in results[2]
    assert results[0]["id"] == "a1"
    again = classify_items(
        lexical_classifier, [{"text": NEGATIVE_TEXTS[0]}, {"html": "<p>x</p>", "url": "https://example.org/x"}]
    )
    other = classify_items(lexical_classifier, [{"text": NEGATIVE_TEXTS[1]}])[0]
    assert results[1]["id"] == again[0]["id"] != other["id"]
    assert results[2]["id"] == again[1]["id"]  # same url, same id
    assert all(result["model_version"] == "lexical-test-1" for result in results)
    first = results[0]
    assert set(first["labels"]) == set(LABELS)
    assert first["labels"]["illegal_org"]["suggestion"] in ("review", "block")
    assert first["suggestion"] in ("review", "block")
    assert results[1]["suggestion"] == "pass" and results[1]["evidence"] == []


def test_offsets_index_what_was_sent(lexical_classifier):
    spaced = "中 华 书 画 协 会 收 取 会 费，成 为 常 务 理 事 单 位"
    traditional = "中國美學研究會誠邀貴單位成為理事單位，廣東省深圳市頒發榮譽證書"
    html = "<html><head><title>通知</title><style>p{}</style></head><body><p>欢迎加入中国美学研究会，缴纳会费</p></body></html>"
    results = classify_items(lexical_classifier, [{"text": spaced}, {"text": traditional}, {"html": html}])
    _check_offsets(results[0], spaced)
    _check_offsets(results[1], traditional)
    _check_offsets(results[2], results[2]["extracted_text"])
    assert "p{}" not in results[2]["extracted_text"]
    texts = {(e["source"], e["text"]) for e in results[0]["evidence"]}
    assert ("pattern", "收 取 会 费") in texts and ("pattern", "中 华 书 画 协 会") in texts
    [org] = results[1]["organizations"]
    assert traditional[org["start"] : org["end"]] == "中國美學研究會" and org["known_list"]["match"] == "exact"
    assert ("known_org", "中國美學研究會") in {(e["source"], e["text"]) for e in results[1]["evidence"]}
    assert [r["name"] for r in results[1]["regions"]] == ["广东省", "深圳市"]
    assert ("known_org", "中国美学研究会") in {(e["source"], e["text"]) for e in results[2]["evidence"]}


def test_model_evidence_only_for_flagged_labels(lexical_classifier):
    [flagged] = classify_items(lexical_classifier, [{"text": CHARITY_TEXTS[0]}])
    model = [e for e in flagged["evidence"] if e["source"] == "model"]
    suggested = {label for label, value in flagged["labels"].items() if value["suggestion"] != "pass"}
    assert suggested and model
    assert {e["label"] for e in model} <= suggested
    for label in suggested:
        assert len([e for e in model if e["label"] == label]) <= 5
    [plain] = classify_items(lexical_classifier, [{"text": CHARITY_TEXTS[0]}], explain=False)
    assert not [e for e in plain["evidence"] if e["source"] == "model"]
    assert [e for e in plain["evidence"] if e["source"] == "lexicon"] == [
        e for e in flagged["evidence"] if e["source"] == "lexicon"
    ]


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ("text", "item"),
        ({"text": "你好", "lang": "zh"}, "lang"),
        ({"text": "你好", "html": "<p>你好</p>"}, "html"),
        ({"url": "https://example.org"}, "text"),
        ({"text": "   \n"}, "text"),
        ({"html": ""}, "html"),
        ({"text": 42}, "text"),
        ({"text": "你好", "id": 7}, "id"),
        ({"text": "你好", "source_type": "forum"}, "source_type"),
        ({"text": "你好", "url": ["x"]}, "url"),
    ],
)
def test_bad_items_name_index_and_field(lexical_classifier, item, field):
    with pytest.raises(ItemError) as caught:
        classify_items(lexical_classifier, [{"text": "好的"}, item])
    assert (caught.value.index, caught.value.field) == (1, field)
    assert str(caught.value).startswith(f"item 1: {field}: ")


def test_truncation(lexical_classifier):
    text = "欢迎加入中国美学研究会。" * 10
    [result] = classify_items(lexical_classifier, [{"text": text}], max_chars=30)
    assert result["truncated"] and result["warnings"]
    assert all(e["end"] <= 30 for e in result["evidence"])
    _check_offsets(result, text[:30])
    [prepared] = parse_items([{"text": text}], max_chars=30)
    assert prepared.original == text[:30] and prepared.truncated
    assert not parse_items([{"text": text}])[0].truncated


def test_any_object_with_predict_proba_and_suggestions_is_scored_once_per_batch(lexical_classifier):
    class CountingClassifier:
        version = "fake-1"

        def __init__(self):
            self.batches = []

        def predict_proba(self, texts):
            self.batches.append(list(texts))
            return np.array([[0.9 if "会费" in text else 0.1, 0.1] for text in texts])

        def suggestions(self, scores):
            return lexical_classifier.suggestions(scores)

    fake = CountingClassifier()
    results = classify_items(fake, [{"text": "缴纳会费"}, {"html": "<p>你好</p>"}, {"text": "你好"}])
    assert fake.batches == [["缴纳会费", "你好", "你好"]]
    assert [r["labels"]["illegal_org"]["suggestion"] for r in results] == ["block", "pass", "pass"]
    assert all(r["model_version"] == "fake-1" for r in results)
    assert classify_items(fake, []) == [] and len(fake.batches) == 1


class KeywordWindowScorer:
    """A stand-in transformer: one window per text; illegal_org high when 会费 is present, charity_fraud for 返利."""

    def __init__(self):
        self.last_truncated: list[bool] = []

    def raw_scores(self, normalized_texts):
        self.last_truncated = [len(text) > 60 for text in normalized_texts]
        return np.array([[0.95 if "会费" in t else 0.05, 0.95 if "返利" in t else 0.05] for t in normalized_texts])

    def window_scores(self, normalized_text):
        return WindowScores(self.raw_scores([normalized_text]), [(0, len(normalized_text))], False)


def _classifier(scorer) -> Classifier:
    thresholds = {label: Thresholds(review=REVIEW, block=BLOCK) for label in LABELS}
    return Classifier(".", BundleMetadata("transformer", "t-1", list(LABELS), thresholds), scorer)


def test_transformer_evidence_by_occlusion():
    text = "欢迎各位朋友参加交流。本会收取会费三千元。谢谢支持"
    [result] = classify_items(_classifier(KeywordWindowScorer()), [{"text": text}])
    model = [(e["label"], e["text"]) for e in result["evidence"] if e["source"] == "model"]
    assert model == [("illegal_org", "会费三千元")]  # the half of the clause whose removal drops the score
    assert not result["truncated"]


def test_model_window_budget_is_reported():
    long_text = "本会收取会费。" + "这是很长的说明文字。" * 10
    results = classify_items(_classifier(KeywordWindowScorer()), [{"text": long_text}, {"text": "你好"}], explain=False)
    assert results[0]["truncated"] and results[0]["warnings"]
    assert not results[1]["truncated"] and not results[1]["warnings"]


def test_cascade_explains_each_label_with_the_tier_that_scored_it(lexical_classifier):
    band = {"illegal_org": (0.0, 1.0), "charity_fraud": (1.0, 0.0)}  # illegal_org always routed, charity_fraud never
    cascade = CascadeScorer(lexical_classifier.scorer, KeywordWindowScorer(), band)
    text = "本会收取会费三千元。爱心扶贫捐款请扫码转账到个人账户，捐赠一千元返利两千"
    [result] = classify_items(_classifier(cascade), [{"text": text}])
    assert result["labels"]["illegal_org"]["suggestion"] == "block"  # the stand-in transformer scored it
    model = [e for e in result["evidence"] if e["source"] == "model"]
    assert [e["text"] for e in model if e["label"] == "illegal_org"] == ["会费三千元"]  # occlusion piece
    assert result["labels"]["charity_fraud"]["suggestion"] != "pass"  # the lexical model scored it
    charity = [e["text"] for e in model if e["label"] == "charity_fraud"]
    assert charity and all(len(piece) <= 12 for piece in charity)  # joined lexical n-grams, not clauses


def test_item_error_survives_pickling():
    import pickle

    error = pickle.loads(pickle.dumps(ItemError(3, "html", "must not be empty")))
    assert (error.index, error.field, error.message) == (3, "html", "must not be empty")


# adversarial Unicode through the whole pipeline: combining marks, bidi and zero-width marks, lone surrogates, emoji
_HOSTILE_CHARS = list("中华协会慈善捐款理事微信转账会费授牌 ，。<>&\"'\n\t") + [
    "\u0301", "\u0332", "\u20dd", "\u200b", "\u200d", "\u200e", "\u200f", "\u202b", "\u202e", "\u2066", "\u2069",
    "\ufeff", "\ufe0f", "\x00", "\x85", "\u2028", "\ud800", "\udfff", "\U0001f600", "\U000e0041", "ﬁ", "①",
]
_hostile_text = st.text(st.sampled_from(_HOSTILE_CHARS), min_size=1, max_size=120)
_hostile_html = st.recursive(
    _hostile_text.map(lambda text: text.replace("<", "").replace(">", "")),
    lambda inner: st.tuples(st.sampled_from(["div", "p", "b", "span", "table", "script", "li"]), inner)
    .map(lambda pair: f"<{pair[0]}>{pair[1]}</{pair[0]}>"),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(st.one_of(_hostile_text.map(lambda text: {"text": text}), _hostile_html.map(lambda html: {"html": html})))
def test_hostile_unicode_gives_a_result_whose_offsets_point_into_what_was_sent(lexical_classifier, item):
    try:
        [result] = classify_items(lexical_classifier, [item])
    except ItemError as error:  # e.g. nothing left after extraction: a named field, never a crash
        assert error.field in ("text", "html")
        return
    source = result.get("extracted_text", item.get("text"))
    for span in result["evidence"] + result["organizations"] + result["regions"]:
        assert 0 <= span["start"] < span["end"] <= len(source)
    for span in result["evidence"]:
        assert source[span["start"]:span["end"]] == span["text"]


WORD_PAIR_ALPHABET = st.sampled_from(list("协会理事 \t\u3000ab"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=WORD_PAIR_ALPHABET, max_size=30),
       st.lists(st.text(alphabet=st.sampled_from(list("协会理ab")), min_size=1, max_size=3), min_size=1, max_size=3))
def test_word_ngram_evidence_is_located_where_the_regex_would_find_it(text, words):
    expected = re.search(r"\s?".join(re.escape(word) for word in words), text)
    assert _locate_ngram(text, " ".join(words), is_word=True) == (expected.span() if expected else None)
