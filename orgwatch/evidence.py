"""Rule evidence with offsets: lexicon phrases (Aho-Corasick), regex patterns, known organizations, bad credit codes.

Evidence marks spans for a reviewer; it never changes a score. The hardest negatives (anti-fraud warnings, news about
the crackdown) use the same words, so a span here is a pointer, not a verdict.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from orgwatch.credit_code import CodeMatch
from orgwatch.labels import LABELS
from orgwatch.paths import LEXICON_DIR
from orgwatch.text import NormalizedText, normalize

logger = logging.getLogger(__name__)

PHRASES_FILE = LEXICON_DIR / "phrases.csv"
SOURCES = ("known_org", "pattern", "lexicon", "model")  # also the priority when two sources mark the same span
MAX_SPANS_PER_LABEL_AND_SOURCE = 20  # a 200,000-character page must not return thousands of spans

_CLAUSE = r"[^。!?;\n]"  # inside one clause (normalized text: full-width punctuation is already ASCII)
# Sums worth noting (3+ digits, or with 千/万): small fees (parking, phone) are everyday text.
# Quantifiers on digit runs are bounded and numbers must start a run: a 200,000-digit run stays linear.
_AMOUNT = (
    r"(?<![0-9.])(?:[0-9]{3,12}(?:\.[0-9]{1,4})?|[0-9]{1,8}(?:\.[0-9]{1,4})? ?[千万]|[一二两三四五六七八九十几数壹贰叁肆伍陆柒捌玖拾]{1,6}[百千万佰仟]{1,3})"
    r" ?(?:元|块|万元)?"
)
_MEMBERSHIP_FEES = r"会费|理事费|评审费|评选费|参评费|入会费|证书费|牌匾费|工本费|版面费|认证费|培训费|考试费|年费|赞助费|服务费"
# Fees that belong to charity-fraud schemes rather than to membership or award selling.
_CHARITY_FEES = ("激活费", "解冻费", "保证金", "提现费", "公证费", "通道费", "开通费")
# A fee demand near these words belongs to a charity-fraud scheme (a payout promised after a fee), not to selling
# memberships or awards.
_CHARITY_CONTEXT_RE = re.compile("|".join(_CHARITY_FEES) + r"|救助|补贴|善款|捐|扶贫|慈善|提现|解冻|激活|返利|返现")
_CONTEXT_CHARS = 20
_DONATION = r"捐|善款|公益|慈善|爱心|扶贫|互助|功德"
_MULTIPLE = r"(?<![0-9一二两三四五六七八九十百.])[0-9一二两三四五六七八九十百]{1,6}(?:\.[0-9]{1,4})? ?倍"
_RETURN = rf"返利|返现|返还|返点|分红|保本|收益|回报|利息|{_MULTIPLE}"
_ACCOUNT = r"账户|账号|帐户|帐号|银行卡|卡号|收款码|二维码|微信|支付宝"
# (rule name, label, weight, pattern); patterns run over normalized text.
PATTERNS: tuple[tuple[str, str, float, re.Pattern[str]], ...] = (
    (
        "fee_demand",
        "illegal_org",
        0.7,
        re.compile(
            rf"(?:缴纳|交纳|缴交|缴付|收取|需缴|需交|须缴|须交|先交|要交|得交|再交)(?:{_CLAUSE}{{0,10}}?)"
            rf"(?:{_MEMBERSHIP_FEES}|{'|'.join(_CHARITY_FEES)}|{_AMOUNT})"
        ),
    ),
    (
        "promised_return",
        "charity_fraud",
        0.8,
        re.compile(
            rf"(?:{_DONATION})(?:{_CLAUSE}{{0,20}}?)(?:{_RETURN})"
            rf"|返(?:还|利)? ?{_MULTIPLE}"
            rf"|{_MULTIPLE}(?:回报|返还|收益|奖励)"
        ),
    ),
    (
        "personal_account_donation",
        "charity_fraud",
        1.0,
        re.compile(
            rf"(?:捐款|捐赠|善款|爱心款|募捐|捐助|救助款|功德款|献爱心|捐)(?:{_CLAUSE}{{0,20}}?)"
            rf"(?:个人|私人|本人|我的|私)的?(?:{_ACCOUNT})"
            rf"|(?:个人|私人|本人)的?(?:{_ACCOUNT})(?:{_CLAUSE}{{0,15}}?)(?:捐款|捐赠|善款|爱心款|捐)"
        ),
    ),
    (
        "state_affiliation_claim",
        "illegal_org",
        0.8,
        re.compile(
            r"(?:国务院|党中央|中共中央|中央|民政部|部委|国家[\u4e00-\u9fff]{0,6}?(?:部|委|局|总局|办))"
            rf"(?:{_CLAUSE}{{0,8}}?)(?:批准|批复|授权|指导|主管|备案|认可|直属|下属|授牌|特批|监制)"
        ),
    ),
)


@dataclass(frozen=True)
class Phrase:
    """One lexicon row."""

    phrase: str
    label: str
    weight: float
    note: str


@dataclass(frozen=True)
class Span:
    """One piece of evidence: [start, end) in the original text, with the rule that found it."""

    label: str
    start: int
    end: int
    source: str
    weight: float
    rule: str


@functools.cache
def load_phrases() -> tuple[Phrase, ...]:
    """The labelled phrase lexicon (phrase, label, weight, note); phrases are stored normalized."""
    phrases = []
    with PHRASES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            label = row["label"].strip()
            if label not in LABELS:
                raise ValueError(f"{PHRASES_FILE}: unknown label {label!r} for phrase {row['phrase']!r}")
            phrase = normalize(row["phrase"].strip()).text
            if phrase:
                phrases.append(Phrase(phrase, label, float(row["weight"]), row.get("note", "")))
    return tuple(phrases)


@functools.cache
def _phrase_automaton() -> ahocorasick.Automaton:
    """One automaton over all phrases; a value lists every (label, weight) of its phrase."""
    by_phrase: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for phrase in load_phrases():
        by_phrase[phrase.phrase].append((phrase.label, phrase.weight))
    automaton = ahocorasick.Automaton()
    for phrase, entries in by_phrase.items():
        automaton.add_word(phrase, (len(phrase), tuple(entries)))
    automaton.make_automaton()
    return automaton


def lexicon_spans(normalized: NormalizedText) -> list[Span]:
    """Lexicon phrases in the text; a phrase inside a longer phrase of the same label is dropped (理事 in 理事单位)."""
    by_label: dict[str, list[tuple[int, int, float, str]]] = defaultdict(list)
    text = normalized.text
    for end_index, (length, entries) in _phrase_automaton().iter(text):
        start, end = end_index + 1 - length, end_index + 1
        for label, weight in entries:
            by_label[label].append((start, end, weight, text[start:end]))
    spans = []
    for label, hits in by_label.items():
        hits.sort(key=lambda hit: (hit[0], -hit[1]))
        kept: list[tuple[int, int, float, str]] = []
        for hit in hits:
            if kept and hit[1] <= kept[-1][1]:  # inside the previous (earlier or equal start, longer) phrase
                continue
            kept.append(hit)
        for start, end, weight, phrase in kept:
            original_start, original_end = normalized.to_original(start, end)
            spans.append(Span(label, original_start, original_end, "lexicon", weight, phrase))
    return spans


def pattern_spans(normalized: NormalizedText) -> list[Span]:
    """Regex patterns: fee demands, promised returns, personal-account donations, claims of state affiliation."""
    spans = []
    for rule, label, weight, pattern in PATTERNS:
        for match in pattern.finditer(normalized.text):
            if match.end() == match.start():
                continue
            span_label = label
            if rule == "fee_demand":
                context = normalized.text[max(0, match.start() - _CONTEXT_CHARS) : match.end() + _CONTEXT_CHARS]
                if _CHARITY_CONTEXT_RE.search(context):
                    span_label = "charity_fraud"
            original_start, original_end = normalized.to_original(match.start(), match.end())
            spans.append(Span(span_label, original_start, original_end, "pattern", weight, rule))
    return spans


def organization_spans(organizations: list[dict[str, object]]) -> list[Span]:
    """Known-list organizations (source known_org) and nationally prefixed names (pattern) as illegal_org evidence."""
    spans = []
    for org in organizations:
        start, end = int(org["start"]), int(org["end"])  # type: ignore[call-overload]
        known: dict[str, object] | None = org.get("known_list")  # type: ignore[assignment]
        if known:
            weight = 1.0 if known["match"] == "exact" else float(known["similarity"])  # type: ignore[arg-type]
            spans.append(Span("illegal_org", start, end, "known_org", weight, f"known_list_{known['match']}"))
        elif org.get("national_prefix"):
            spans.append(Span("illegal_org", start, end, "pattern", 0.5, "national_prefix"))
    return spans


def code_spans(codes: list[CodeMatch]) -> list[Span]:
    """A registration claimed with an invalid unified social credit code is illegal_org evidence."""
    return [
        Span("illegal_org", code.start, code.end, "pattern", 0.9, "invalid_credit_code")
        for code in codes
        if code.claimed and not code.valid
    ]


def select_spans(spans: list[Span]) -> list[Span]:
    """De-duplicate (one span per label and offsets, best source first), cap per label and source, sort by offset."""
    best: dict[tuple[str, int, int], Span] = {}
    for span in spans:
        key = (span.label, span.start, span.end)
        current = best.get(key)
        if current is None or SOURCES.index(span.source) < SOURCES.index(current.source):
            best[key] = span
    groups: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for span in best.values():
        groups[(span.label, span.source)].append(span)
    kept = []
    for group in groups.values():
        if len(group) > MAX_SPANS_PER_LABEL_AND_SOURCE:
            group = sorted(group, key=lambda span: (-span.weight, span.start))[:MAX_SPANS_PER_LABEL_AND_SOURCE]
        kept.extend(group)
    return sorted(kept, key=lambda span: (span.start, span.end, LABELS.index(span.label), span.source))


def rule_spans(
    normalized: NormalizedText, organizations: list[dict[str, object]], codes: list[CodeMatch]
) -> list[Span]:
    """All cheap evidence of one text: lexicon, patterns, organizations and credit codes (not yet selected)."""
    return lexicon_spans(normalized) + pattern_spans(normalized) + organization_spans(organizations) + code_spans(codes)


def evidence_dicts(original: str, spans: list[Span]) -> list[dict[str, object]]:
    """Result evidence entries; text is always original[start:end]."""
    return [
        {"label": span.label, "text": original[span.start : span.end], "start": span.start, "end": span.end,
         "source": span.source}
        for span in spans
    ]  # fmt: skip
