"""Tests for orgwatch.evidence: the phrase lexicon, patterns, organization and code evidence, span selection."""

import csv

from orgwatch.credit_code import find_codes
from orgwatch.evidence import (
    MAX_SPANS_PER_LABEL_AND_SOURCE,
    PHRASES_FILE,
    Span,
    code_spans,
    evidence_dicts,
    lexicon_spans,
    load_phrases,
    organization_spans,
    pattern_spans,
    select_spans,
)
from orgwatch.labels import LABELS
from orgwatch.orgnames import find_organizations
from orgwatch.text import normalize


def _marked(text, spans):
    return [(span.label, text[span.start : span.end]) for span in spans]


def test_phrase_table_is_well_formed():
    with PHRASES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert 150 <= len(rows) <= 350
    assert {row["label"] for row in rows} == set(LABELS)
    assert all(0 < float(row["weight"]) <= 1 for row in rows)
    assert all(normalize(row["phrase"]).text == row["phrase"] for row in rows)
    assert len({(row["phrase"], row["label"]) for row in rows}) == len(rows)
    assert len(load_phrases()) == len(rows)


def test_lexicon_marks_longest_phrase_in_the_original():
    text = "誠邀貴公司成為常務理事單位，頒發榮譽證書"
    marked = _marked(text, lexicon_spans(normalize(text)))
    assert ("illegal_org", "常務理事單位") in marked
    assert ("illegal_org", "理事單位") not in marked  # inside the longer phrase
    assert ("illegal_org", "頒發榮譽證書") in marked


def test_lexicon_on_spaced_evasion():
    text = "中 华 书 画 协 会 收 取 会 费"
    assert ("illegal_org", "收 取 会 费") in _marked(text, lexicon_spans(normalize(text)))


def test_patterns():
    cases = {
        "请把捐款转到我的个人支付宝": ("charity_fraud", "personal_account_donation", "捐款转到我的个人支付宝"),
        "爱心捐赠一百元，一个月返三倍": ("charity_fraud", "promised_return", "爱心捐赠一百元,一个月返三倍"),
        "入会需缴纳会费三万元": ("illegal_org", "fee_demand", "需缴纳会费"),
        "提现前须缴纳解冻费": ("charity_fraud", "fee_demand", "须缴纳解冻费"),
        "救助金已批准，得先交肆仟元整的通道费": ("charity_fraud", "fee_demand", "先交肆仟元"),
        "本会经国务院批准成立": ("illegal_org", "state_affiliation_claim", "国务院批准"),
    }
    for text, (label, rule, marked) in cases.items():
        spans = [span for span in pattern_spans(normalize(text)) if span.rule == rule]
        assert [(span.label, normalize(text[span.start : span.end]).text) for span in spans] == [(label, marked)], text


def test_everyday_fees_and_returns_are_not_patterns():
    for text in ("停车收费10元", "酒店收取押金", "银行收取手续费", "基金年化收益率达到5%", "该县是国家级贫困县"):
        assert pattern_spans(normalize(text)) == [], text


def test_organization_and_code_evidence():
    text = "中国美学研究会与中华诗词研究院，统一社会信用代码：51440300MJL123456X"
    orgs = find_organizations(text)
    spans = organization_spans(orgs) + code_spans(find_codes(text))
    assert [(span.source, text[span.start : span.end]) for span in spans] == [
        ("known_org", "中国美学研究会"),
        ("pattern", "中华诗词研究院"),
        ("pattern", "51440300MJL123456X"),
    ]
    assert all(span.label == "illegal_org" for span in spans)


def test_select_prefers_sources_and_caps():
    same = [Span("illegal_org", 0, 4, "lexicon", 1.0, "a"), Span("illegal_org", 0, 4, "known_org", 1.0, "b")]
    assert [span.source for span in select_spans(same)] == ["known_org"]
    many = [Span("charity_fraud", i, i + 2, "lexicon", 0.1 + (i == 90) * 0.5, "x") for i in range(0, 200, 2)]
    kept = select_spans(many)
    assert len(kept) == MAX_SPANS_PER_LABEL_AND_SOURCE
    assert any(span.start == 90 for span in kept)  # the heaviest survives the cap
    assert [span.start for span in kept] == sorted(span.start for span in kept)


def test_evidence_dicts_slice_the_original():
    text = "扫 码 献 爱 心"
    spans = lexicon_spans(normalize(text))
    assert evidence_dicts(text, spans) == [
        {"label": "charity_fraud", "text": "扫 码 献 爱 心", "start": 0, "end": 9, "source": "lexicon"}
    ]
