"""Clue reports: flagged scan results grouped by organization and by site into ranked leads (CSV, JSON, HTML).

A lead is something for a person to check, never a verdict. Reading is streaming and memory stays bounded: two passes
over the scan output, the first collecting only the distinct organization names (to merge variants of one name), the
second adding every flagged page to the aggregates of its leads (counts, extremes, capped tallies and the few
strongest pages), so that a page naming two variants of one organization counts once for it.
"""

from __future__ import annotations

import csv
import functools
import gzip
import heapq
import html
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from orgwatch.labels import LABELS, SUGGESTIONS

logger = logging.getLogger(__name__)

DEFAULT_MIN_SUGGESTION = "review"
DEFAULT_SIMILARITY = 0.85  # SequenceMatcher ratio: 7-character names may differ in one character, longer ones in more
DEFAULT_HTML_LEADS = 1000
KNOWN_LIST_WEIGHT = 1.5
EVIDENCE_PAGES = 3  # strongest pages kept per lead
SNIPPETS_PER_PAGE = 3
SNIPPET_CHARS = 200
MAX_TALLY = 100  # distinct domains, regions, names... kept per lead; more are only counted
MAX_BAD_LINES_KEPT = 100
MIN_NAME_CHARS = 3
REPORT_FILES = ("leads.csv", "leads.json", "index.html")

_SCAN_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".parquet", ".pq")
_NOT_RESULTS_SUFFIXES = (".errors.jsonl", ".partial.jsonl")  # bad input records, Parquet staging of an unfinished scan
_CHECKPOINT_SUFFIX = ".checkpoint.json"
_PARQUET_COLUMNS = ("id", "suggestion", "labels", "evidence", "organizations", "regions", "url", "date")
_PARQUET_BATCH_ROWS = 1024
# Variant glyphs written for 国 to dodge keyword filters (t2s already maps 國).
_GLYPH_FOLDS = str.maketrans({"囯": "国", "圀": "国", "囶": "国", "囻": "国", "𡆠": "国"})
_NOT_NAME_CHARS_RE = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffffa-z0-9]+")
_EVIDENCE_SOURCE_RANK = {"known_org": 0, "pattern": 1, "lexicon": 2, "model": 3}
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_HOST_PREFIXES = ("www.", "m.", "wap.", "mobile.")
_HOST_RE = re.compile(r"^[a-z0-9\-._~\u0080-\uffff]+$")
_CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CluesError(Exception):
    """Clue report arguments that name nothing readable, or a report folder that cannot be written."""


@dataclass(frozen=True)
class BadLine:
    """A scan output line (or Parquet row) that could not be read as a result; it is skipped."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


# --------------------------------------------------------------------------------------------------------------------
# Reading scan output
# --------------------------------------------------------------------------------------------------------------------


def _is_scan_output(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(_SCAN_SUFFIXES) and not name.endswith(_NOT_RESULTS_SUFFIXES)


def expand_scan_outputs(arguments: Sequence[str | Path]) -> list[Path]:
    """Scan output files named by arguments (files, folders searched recursively, glob patterns), sorted per argument,
    duplicates dropped; error files and Parquet staging files of `orgwatch scan` are left out of folders and globs."""
    from orgwatch.scan_inputs import InputError, expand_paths

    usage = f"not scan output (use {', '.join(_SCAN_SUFFIXES)})"
    try:
        return expand_paths(arguments, _is_scan_output,
                            lambda path: None if path.name.lower().endswith(_SCAN_SUFFIXES) else usage, "scan output")
    except InputError as error:
        raise CluesError(str(error)) from None


def _result_problem(result: Any) -> str | None:
    """Why a parsed line is no scan result, or None."""
    if not isinstance(result, dict):
        return f"not a JSON object but {type(result).__name__}"
    if result.get("suggestion") not in SUGGESTIONS:
        return f"suggestion {result.get('suggestion')!r} is not one of {', '.join(SUGGESTIONS)}"
    if not isinstance(result.get("labels"), dict):
        return "no labels object"
    for name in ("evidence", "organizations", "regions"):
        if result.get(name) is not None and not isinstance(result[name], list):
            return f"{name} is not a list"
    return None


def _jsonl_results(path: Path, on_bad) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                result = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as error:
                on_bad(BadLine(str(path), number, f"not UTF-8 ({error.reason} at byte {error.start})"))
                continue
            except json.JSONDecodeError as error:
                on_bad(BadLine(str(path), number, f"not JSON ({error.msg} at column {error.colno})"))
                continue
            problem = _result_problem(result)
            if problem:
                on_bad(BadLine(str(path), number, problem))
                continue
            yield result


def _parquet_results(path: Path, on_bad) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        columns = [name for name in _PARQUET_COLUMNS if name in parquet.schema_arrow.names]
        batches = parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=columns)
        number = 0
        for batch in batches:
            for result in batch.to_pylist():
                number += 1
                problem = _result_problem(result)
                if problem:
                    on_bad(BadLine(str(path), number, problem))
                    continue
                yield result
    except (OSError, ValueError) as error:  # pyarrow raises ArrowInvalid (a ValueError) for a damaged file
        on_bad(BadLine(str(path), 0, f"unreadable Parquet ({error})"))


def read_results(files: Iterable[Path], on_bad=None, warn_unfinished: bool = True) -> Iterator[dict[str, Any]]:
    """Every readable result of the scan output files, in order; bad lines go to on_bad(BadLine) and are skipped."""
    on_bad = on_bad or (lambda bad: None)
    for path in files:
        if warn_unfinished and path.with_name(path.name + _CHECKPOINT_SUFFIX).exists():
            logger.warning("%s: the scan that writes it is unfinished; leads cover what it scanned so far", path)
        if path.name.lower().endswith((".parquet", ".pq")):
            yield from _parquet_results(path, on_bad)
        else:
            yield from _jsonl_results(path, on_bad)


# --------------------------------------------------------------------------------------------------------------------
# Names, sites and dates
# --------------------------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)  # a scan names the same bodies over and over
def org_name_key(name: str) -> str:
    """Comparison form of an organization name: the project's text normalization (full/half width, traditional to
    simplified, case), variant glyphs of 国 folded, spaces, punctuation and emoji dropped. Suffixes are kept."""
    from orgwatch.text import normalize

    return _NOT_NAME_CHARS_RE.sub("", normalize(name).text.translate(_GLYPH_FOLDS))


def org_kind(key: str) -> str:
    """The kind of body a name key ends in (协会, 研究院, 专业委员会…); a 总会 stacked on another ending (协会总会) is
    that ending. Names of different kinds are never merged: 协会 and 研究会 of one field are different bodies."""
    for suffix in _suffixes_longest_first():
        if key.endswith(suffix):
            if suffix == "总会" and key[:-2].endswith(_suffixes_longest_first()):
                return org_kind(key[:-2])
            return suffix
    return ""


@functools.cache
def _suffixes_longest_first() -> tuple[str, ...]:
    from orgwatch.orgnames import ORG_SUFFIXES

    return tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))


def host_of(url: Any) -> str | None:
    """The host of a page URL, lowercased, without port and without a www./m./wap. prefix (URLs without a scheme, as
    crawlers often store them, included); None when there is no usable host."""
    parts = _split_url(url)
    return parts[0] if parts else None


def _split_url(url: Any) -> tuple[str, list[str], dict[str, list[str]]] | None:
    """(host, path segments, query) of a URL, or None."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    if "://" not in url[:12]:
        url = "//" + url.lstrip("/")
    try:
        split = urlsplit(url)
        host = split.hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and "." in host[len(prefix):]:
            host = host[len(prefix):]
            break
    if "." not in host or not _HOST_RE.match(host):
        return None
    return host, [segment for segment in split.path.split("/") if segment], parse_qs(split.query)


def _after(segments: list[str], *words: str) -> str | None:
    """The path segment after the leading words (/user/ID -> ID), if the path starts with them."""
    count = len(words)
    return segments[count] if len(segments) > count and [w.lower() for w in segments[:count]] == list(words) else None


# Shared platforms: many unrelated accounts under one host, so the account read from the URL is the site. A platform
# URL without a readable account (a tieba post, a WeChat article link without __biz) leaves the platform as the site.
_ACCOUNT_READERS = {
    "weibo.com": lambda seg, q: _after(seg, "u") or (seg[0] if seg and seg[0].isdigit() else None),
    "weibo.cn": lambda seg, q: _after(seg, "u") or (seg[0] if seg and seg[0].isdigit() else None),
    "mp.weixin.qq.com": lambda seg, q: (q.get("__biz") or [None])[0],
    "tieba.baidu.com": lambda seg, q: (q.get("kw") or [None])[0] if seg[:1] == ["f"] else None,
    "douyin.com": lambda seg, q: _after(seg, "user"),
    "space.bilibili.com": lambda seg, q: seg[0] if seg and seg[0].isdigit() else None,
    "zhihu.com": lambda seg, q: _after(seg, "people") or _after(seg, "org"),
    "xiaohongshu.com": lambda seg, q: _after(seg, "user", "profile"),
    "toutiao.com": lambda seg, q: _after(seg, "c", "user"),
    "douban.com": lambda seg, q: _after(seg, "people") or _after(seg, "group"),
    "kuaishou.com": lambda seg, q: _after(seg, "profile"),
}
SHARED_PLATFORMS = frozenset(_ACCOUNT_READERS) | {"baijiahao.baidu.com", "zhuanlan.zhihu.com", "bilibili.com",
                                                 "sohu.com", "163.com", "qq.com", "gongyi.weibo.com"}


def site_of(url: Any) -> tuple[str, bool] | None:
    """(site, shared platform without account) of a page URL: the host, or host/account on a shared platform
    (weibo.com/1210009767, mp.weixin.qq.com/__biz=...); None without a usable host."""
    return _site_of_parts(_split_url(url))


def _site_of_parts(parts: tuple[str, list[str], dict[str, list[str]]] | None) -> tuple[str, bool] | None:
    if parts is None:
        return None
    host, segments, query = parts
    reader = _ACCOUNT_READERS.get(host)
    account = reader(segments, query) if reader else None
    if account:
        return f"{host}/{'__biz=' if host == 'mp.weixin.qq.com' else ''}{account}", False
    return host, host in SHARED_PLATFORMS


def day_of(value: Any) -> str | None:
    """A record date as YYYY-MM-DD (ISO dates and times, 2026/1/4, 2026年1月4日, Unix seconds or milliseconds), else
    None."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
            seconds = float(text) / (1000 if float(text) > 1e11 else 1)
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        match = _DATE_RE.match(text)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except (ValueError, OverflowError, OSError):
        return None
    return None


# --------------------------------------------------------------------------------------------------------------------
# Merging name variants
# --------------------------------------------------------------------------------------------------------------------


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _is_subsequence(short: str, long: str) -> bool:
    """Whether every character of short appears in long, in order."""
    characters = iter(long)
    return all(char in characters for char in short)


def merge_names(
    page_counts: dict[str, int], known_names: dict[str, str] | None = None, similarity: float = DEFAULT_SIMILARITY
) -> dict[str, str]:
    """Map each name key to the key of its group.

    Leader clustering over the names by page count (most named first): a name joins the most similar leader of the
    same kind (org_kind) when the shorter of the two is contained in the longer character by character, in order
    (variants only add characters: 特邀X, X总会, a dropped 家; a replaced character makes another name: 书画 vs 书法),
    and their similarity 2 * shorter / (both lengths), the SequenceMatcher ratio of such a pair, is >= similarity.
    Width, traditional characters, spacing, punctuation and glyph variants are already gone in the keys. Every member
    is similar to its leader itself, so groups do not drift along chains.

    Blocking: candidate leaders come from postings of (kind, character bigram), leaving out the kind's own bigrams
    (shared by every name of the kind) and bigrams in more than 1/20 of the names (中国, 文化); a candidate must share
    as many of the probed bigrams as the added characters allow (each breaks one bigram of the shorter name). The cost
    grows with the names sharing rare bigrams, not with all pairs. Names matched (exactly or fuzzily, by orgnames) to
    one known-list entry are one group; names that match different entries, and registered bodies that fakes
    imitate (orgnames.LEGAL_LOOKALIKES), are never merged.
    """
    from orgwatch.orgnames import LEGAL_LOOKALIKES

    known_names = known_names or {}
    order = sorted(page_counts, key=lambda key: (-page_counts[key], len(key), key))
    frequency: Counter = Counter(gram for key in order for gram in _bigrams(key))
    common = max(50, len(order) // 20)
    group_of: dict[str, str] = {}
    postings: dict[tuple[str, str], list[str]] = defaultdict(list)  # (kind, bigram) -> leaders
    field_grams: dict[str, int] = {}  # leader -> how many bigrams it has besides its kind's
    leader_of_known: dict[str, str] = {}  # published name -> the leader of the names matched to it
    for key in order:
        if known_names.get(key) in leader_of_known:
            group_of[key] = leader_of_known[known_names[key]]
            continue
        kind = org_kind(key)
        grams = _bigrams(key) - _bigrams(kind) if kind else _bigrams(key)
        best: tuple[float, int, str] | None = None
        if key not in LEGAL_LOOKALIKES and len(key) >= MIN_NAME_CHARS + 2:
            probe = {gram for gram in grams if frequency[gram] <= common}
            skipped = len(grams) - len(probe)
            shared: Counter = Counter(leader for gram in probe for leader in postings.get((kind, gram), ()))
            for leader, count in shared.items():
                short, long = (key, leader) if len(key) <= len(leader) else (leader, key)
                added = len(long) - len(short)
                if 2 * len(short) < similarity * (len(short) + len(long)):
                    continue
                short_grams = len(grams) if short is key else field_grams[leader]
                if count < short_grams - added - skipped or not _is_subsequence(short, long):
                    continue
                if leader in LEGAL_LOOKALIKES:
                    continue
                if key in known_names and leader in known_names and known_names[key] != known_names[leader]:
                    continue  # two different published names stay two leads
                candidate = (2 * len(short) / (len(short) + len(long)), -page_counts[leader], leader)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
        if best is not None:
            group_of[key] = best[2]
            continue
        group_of[key] = key
        if key in known_names:
            leader_of_known[known_names[key]] = key
        field_grams[key] = len(grams)
        for gram in grams:
            postings[(kind, gram)].append(key)
    return group_of


# --------------------------------------------------------------------------------------------------------------------
# Leads
# --------------------------------------------------------------------------------------------------------------------


class _Tally:
    """Counts of at most MAX_TALLY distinct keys; keys past that are only counted in `more`."""

    def __init__(self, limit: int = MAX_TALLY):
        self.counts: dict[str, int] = {}
        self.limit = limit
        self.more = 0

    def add(self, key: str, count: int = 1) -> None:
        if key in self.counts or len(self.counts) < self.limit:
            self.counts[key] = self.counts.get(key, 0) + count
        else:
            self.more += 1

    def top(self, n: int | None = None) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


@dataclass
class Page:
    """What a lead keeps of one flagged result."""

    id: str | None
    url: str | None
    host: str | None
    site: str | None  # the host, or host/account on a shared platform
    platform: bool  # site is a shared platform whose account the URL does not tell
    day: str | None
    suggestion: str
    scores: dict[str, float]
    top_label: str
    top_score: float
    snippets: list[str]
    organizations: list[dict[str, Any]]
    regions: list[str]


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def page_of(result: dict[str, Any]) -> Page:
    """The compact Page of a result: scores, its strongest evidence snippets, names, regions."""
    labels = result.get("labels") or {}
    scores = {}
    for label in LABELS:
        value = labels.get(label) if isinstance(labels.get(label), dict) else None
        if value is not None and isinstance(value.get("score"), (int, float)):
            scores[label] = float(value["score"])
    top_label = max(scores, key=lambda label: scores[label]) if scores else ""
    flagged = {label for label in LABELS
                if isinstance(labels.get(label), dict) and labels[label].get("suggestion") in ("review", "block")}
    evidence = [item for item in result.get("evidence") or [] if isinstance(item, dict) and item.get("text")]
    evidence.sort(key=lambda item: (item.get("label") != top_label, item.get("label") not in flagged,
                                    _EVIDENCE_SOURCE_RANK.get(item.get("source"), 9), -len(str(item["text"]))))
    snippets: list[str] = []
    for item in evidence:
        text = _snippet(str(item["text"]))
        if text and not any(text in kept for kept in snippets):
            snippets.append(text)
        if len(snippets) >= SNIPPETS_PER_PAGE:
            break
    regions = []
    for region in result.get("regions") or []:
        if isinstance(region, dict) and region.get("name"):
            province = region.get("province")
            name = str(region["name"])
            regions.append(name if not province or province == name else f"{province}{name}")
    url = result.get("url") if isinstance(result.get("url"), str) else None
    url_parts = _split_url(url)
    site = _site_of_parts(url_parts)
    return Page(
        id=None if result.get("id") is None else str(result["id"]), url=url, host=url_parts[0] if url_parts else None,
        site=site[0] if site else None, platform=bool(site and site[1]),
        day=day_of(result.get("date")), suggestion=result["suggestion"], scores=scores, top_label=top_label,
        top_score=scores.get(top_label, 0.0), snippets=snippets,
        organizations=[org for org in result.get("organizations") or [] if isinstance(org, dict) and org.get("name")],
        regions=list(dict.fromkeys(regions)),
    )


def _known_hit(known: Any) -> dict[str, Any] | None:
    if not isinstance(known, dict) or not known.get("name"):
        return None
    return {name: known.get(name) for name in ("name", "list", "date", "source", "match", "similarity")}


@dataclass
class Lead:
    """The aggregate of the flagged pages of one organization (all its merged name variants) or one site."""

    kind: str  # "organization", "site" or "platform" (a shared platform's pages whose accounts are unknown)
    key: str
    name: str = ""
    pages: int = 0
    suggestions: Counter = field(default_factory=Counter)
    score_max: dict[str, float] = field(default_factory=dict)
    score_sum: dict[str, float] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None
    pages_without_date: int = 0
    domains: _Tally = field(default_factory=_Tally)
    regions: _Tally = field(default_factory=_Tally)
    organizations: _Tally = field(default_factory=_Tally)  # names seen on a site's pages
    variants: dict[str, int] = field(default_factory=dict)  # name keys merged into the lead, with page counts
    known: dict[str, dict[str, Any]] = field(default_factory=dict)
    registered_lookalike: bool = False
    _strongest: list = field(default_factory=list)  # heap of (score, suggestion rank, -order, page summary)

    def add(self, page: Page, order: int, known_hits: Iterable[dict[str, Any]] = (),
            organizations: Iterable[str] = ()) -> None:
        """Count one flagged page into the lead."""
        self.pages += 1
        self.suggestions[page.suggestion] += 1
        for label, score in page.scores.items():
            self.score_max[label] = max(score, self.score_max.get(label, 0.0))
            self.score_sum[label] = self.score_sum.get(label, 0.0) + score
        if page.day is None:
            self.pages_without_date += 1
        else:
            self.first_seen = min(self.first_seen or page.day, page.day)
            self.last_seen = max(self.last_seen or page.day, page.day)
        if page.host:
            self.domains.add(page.host)
        for region in page.regions:
            self.regions.add(region)
        for name in organizations:
            self.organizations.add(name)
        for hit in known_hits:
            if hit["name"] not in self.known and len(self.known) < MAX_TALLY:
                self.known[hit["name"]] = hit
        entry = (page.top_score, SUGGESTIONS.index(page.suggestion), -order)
        if len(self._strongest) < EVIDENCE_PAGES or entry > self._strongest[0][:3]:
            summary = {"id": page.id, "url": page.url, "date": page.day, "suggestion": page.suggestion,
                       "label": page.top_label, "score": round(page.top_score, 4), "evidence": page.snippets}
            if len(self._strongest) < EVIDENCE_PAGES:
                heapq.heappush(self._strongest, (*entry, summary))
            else:
                heapq.heapreplace(self._strongest, (*entry, summary))

    @property
    def max_score(self) -> float:
        """The highest score of any label on any page of the lead."""
        return max(self.score_max.values(), default=0.0)

    @property
    def risk(self) -> float:
        """Sort key: max score x (1 + ln pages) x KNOWN_LIST_WEIGHT when a name is on a published list; the pages of
        a platform lead are many accounts' and do not add up (ln 1)."""
        weight = KNOWN_LIST_WEIGHT if self.known else 1.0
        pages = 1 if self.kind == "platform" else max(self.pages, 1)
        return self.max_score * (1.0 + math.log(pages)) * weight

    def to_dict(self) -> dict[str, Any]:
        """The lead as plain JSON values."""
        strongest = [entry[3] for entry in sorted(self._strongest, reverse=True)]
        return {
            "kind": self.kind,
            "key": self.key,
            "name": self.name or self.key,
            "risk": round(self.risk, 4),
            "pages": self.pages,
            "suggestions": {name: self.suggestions.get(name, 0) for name in ("review", "block")},
            "scores": {label: {"max": round(self.score_max[label], 4),
                               "mean": round(self.score_sum[label] / self.pages, 4)}
                       for label in LABELS if label in self.score_max},
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "pages_without_date": self.pages_without_date,
            "domains": [name for name, _ in self.domains.top()],
            "more_domains": self.domains.more,
            "variants": [{"name": name, "pages": count}
                         for name, count in sorted(self.variants.items(), key=lambda pair: (-pair[1], pair[0]))],
            "organizations": [{"name": name, "pages": count} for name, count in self.organizations.top(20)],
            "known_list": list(self.known.values()),
            "registered_lookalike": self.registered_lookalike,
            "regions": [{"name": name, "pages": count} for name, count in self.regions.top(10)],
            "evidence": strongest,
        }


@dataclass
class CluesReport:
    """Ranked leads and the figures of the scan output they came from."""

    leads: list[dict[str, Any]]
    inputs: list[str]
    min_suggestion: str
    similarity: float
    results: int = 0
    flagged: int = 0
    in_organization_leads: int = 0
    in_site_leads: int = 0
    in_no_lead: int = 0
    bad_lines: int = 0
    bad_line_samples: list[BadLine] = field(default_factory=list)
    generated_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON values (the content of leads.json)."""
        return {
            "generated_at": self.generated_at,
            "note": "Leads for human checking, not verdicts.",
            "inputs": self.inputs,
            "min_suggestion": self.min_suggestion,
            "name_similarity": self.similarity,
            "risk": RISK_EXPLANATION,
            "counts": {"results": self.results, "flagged": self.flagged,
                       "in_organization_leads": self.in_organization_leads, "in_site_leads": self.in_site_leads,
                       "in_no_lead": self.in_no_lead, "bad_lines": self.bad_lines},
            "bad_lines": [str(bad) for bad in self.bad_line_samples],
            "leads": self.leads,
        }


RISK_EXPLANATION = (
    "risk = highest score of any label on any page of the lead x (1 + ln(number of pages)) "
    f"x {KNOWN_LIST_WEIGHT} when a name of the lead is on a published list of illegal organizations "
    "(exactly or fuzzily matched); for a platform lead (pages of many accounts) the number of pages counts as 1"
)


def _is_flagged(result: dict[str, Any], min_rank: int) -> bool:
    return SUGGESTIONS.index(result["suggestion"]) >= min_rank


def build_leads(
    inputs: Sequence[str | Path], min_suggestion: str = DEFAULT_MIN_SUGGESTION,
    similarity: float = DEFAULT_SIMILARITY, on_bad=None,
) -> CluesReport:
    """Read scan outputs (files, folders, globs) and group their flagged results into leads sorted by risk.

    on_bad(BadLine) is called for each unreadable line, once."""
    from orgwatch.orgnames import LEGAL_LOOKALIKES

    if min_suggestion not in ("review", "block"):
        raise CluesError(f"--min-suggestion must be review or block, not {min_suggestion!r}")
    if not 0.5 <= similarity <= 1.0:
        raise CluesError(f"name similarity must be between 0.5 and 1, got {similarity}")
    files = expand_scan_outputs(inputs)
    min_rank = SUGGESTIONS.index(min_suggestion)
    report = CluesReport([], [str(path) for path in files], min_suggestion, similarity,
                         generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def record_bad(bad: BadLine) -> None:
        report.bad_lines += 1
        if len(report.bad_line_samples) < MAX_BAD_LINES_KEPT:
            report.bad_line_samples.append(bad)
        if on_bad is not None:
            on_bad(bad)

    # Pass 1: distinct names with their page counts, and which known-list entry each matched.
    name_pages: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    known_names: dict[str, str] = {}
    for result in read_results(files, record_bad):
        report.results += 1
        if not _is_flagged(result, min_rank):
            continue
        keys = set()
        for org in result.get("organizations") or []:
            if not isinstance(org, dict) or not isinstance(org.get("name"), str):
                continue
            key = org_name_key(org["name"])
            if len(key) < MIN_NAME_CHARS:
                continue
            keys.add(key)
            if len(surface[key]) < 5:
                surface[key][org["name"]] += 1
            hit = _known_hit(org.get("known_list"))
            if hit:
                known_names.setdefault(key, hit["name"])
        name_pages.update(keys)
    group_of = merge_names(dict(name_pages), known_names, similarity)
    logger.info("%d distinct organization names in %d groups", len(group_of), len(set(group_of.values())))

    # Pass 2: every flagged page into its organization leads and its site lead.
    org_leads: dict[str, Lead] = {}
    site_leads: dict[str, Lead] = {}
    for order, result in enumerate(read_results(files, warn_unfinished=False)):
        if not _is_flagged(result, min_rank):
            continue
        report.flagged += 1
        page = page_of(result)
        hits_by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
        group_names: list[str] = []
        for org in page.organizations:
            key = org_name_key(str(org["name"]))
            if len(key) < MIN_NAME_CHARS:
                continue
            group = group_of.get(key, key)  # a name first seen now: the scan output grew between the passes
            if group not in hits_by_group:
                group_names.append(group)
            hit = _known_hit(org.get("known_list"))
            hits_by_group[group].extend([hit] if hit else [])
        for group in group_names:
            lead = org_leads.get(group)
            if lead is None:
                lead = org_leads[group] = Lead("organization", group)
            lead.add(page, order, hits_by_group[group])
        if page.site:
            lead = site_leads.get(page.site)
            if lead is None:
                kind = "platform" if page.platform else "site"
                lead = site_leads[page.site] = Lead(kind, page.site, name=page.site)
            all_hits = [hit for hits in hits_by_group.values() for hit in hits]
            lead.add(page, order, all_hits, [_display_name(group, surface) for group in group_names])
        report.in_organization_leads += bool(group_names)
        report.in_site_leads += bool(page.site)
        report.in_no_lead += not group_names and not page.site
    for key, group in group_of.items():
        if group in org_leads:
            org_leads[group].variants[_display_name(key, surface)] = name_pages[key]
            org_leads[group].registered_lookalike |= key in LEGAL_LOOKALIKES
    for group, lead in org_leads.items():
        lead.name = _display_name(group, surface)
    leads = sorted(list(org_leads.values()) + list(site_leads.values()),
                   key=lambda lead: (-lead.risk, -lead.pages, lead.kind, lead.key))
    report.leads = [dict(rank=rank, **lead.to_dict()) for rank, lead in enumerate(leads, start=1)]
    return report


def _display_name(key: str, surface: dict[str, Counter]) -> str:
    """The most frequent written form of a name key."""
    forms = surface.get(key)
    return forms.most_common(1)[0][0] if forms else key


# --------------------------------------------------------------------------------------------------------------------
# Writing the report
# --------------------------------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "rank", "risk", "kind", "name", "pages", "review_pages", "block_pages",
    *(f"{label}_{stat}" for label in LABELS for stat in ("max", "mean")),
    "first_seen", "last_seen", "pages_without_date", "domains", "variants", "organizations", "known_list",
    "registered_lookalike", "regions", "evidence", "evidence_page",
)


def _csv_cell(value: Any) -> Any:
    """A cell as text Excel shows as text: a leading =, +, -, @ would make a page's words a formula."""
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(lead: dict[str, Any]) -> dict[str, Any]:
    """One leads.csv row of a lead."""
    best = lead["evidence"][0] if lead["evidence"] else {}
    row = {
        "rank": lead["rank"], "risk": lead["risk"], "kind": lead["kind"], "name": lead["name"], "pages": lead["pages"],
        "review_pages": lead["suggestions"]["review"], "block_pages": lead["suggestions"]["block"],
        "first_seen": lead["first_seen"] or "", "last_seen": lead["last_seen"] or "",
        "pages_without_date": lead["pages_without_date"],
        "domains": " ".join(lead["domains"]) + (f" (+{lead['more_domains']})" if lead["more_domains"] else ""),
        "variants": " | ".join(f"{v['name']} ({v['pages']})" for v in lead["variants"]),
        "organizations": " | ".join(f"{o['name']} ({o['pages']})" for o in lead["organizations"]),
        "known_list": " | ".join(f"{k['name']}: {k['list']} {k['date']} ({k['match']})" for k in lead["known_list"]),
        "registered_lookalike": "yes" if lead["registered_lookalike"] else "",
        "regions": " | ".join(f"{r['name']} ({r['pages']})" for r in lead["regions"]),
        "evidence": " / ".join(best.get("evidence") or []),
        "evidence_page": " ".join(str(part) for part in (best.get("id"), best.get("url")) if part),
    }
    for label in LABELS:
        scores = lead["scores"].get(label, {})
        row[f"{label}_max"] = scores.get("max", "")
        row[f"{label}_mean"] = scores.get("mean", "")
    return {name: _csv_cell(row[name]) for name in CSV_COLUMNS}


def write_csv(report: CluesReport, path: Path) -> None:
    """leads.csv: UTF-8 with a BOM, so that Excel reads the Chinese text right."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for lead in report.leads:
            writer.writerow(csv_row(lead))


_CSS = """
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .3em}
.note{background:#fff6d6;border:1px solid #e6c84f;padding:.6em .9em;margin:.6em 0;max-width:70em}
.figures{color:#555;margin:.4em 0 1em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f2f2f2;position:sticky;top:0}
tr:nth-child(even) td{background:#fafafa}
.num{text-align:right;white-space:nowrap;width:1%}
.kind{font-size:.8em;color:#fff;border-radius:3px;padding:0 .35em;white-space:nowrap}
.organization{background:#8a3b12}.site{background:#1f5f8b}.platform{background:#777}
.small{font-size:.85em;color:#555}
.known{color:#a00;font-weight:600}
.snippet{background:#fff0f0;padding:0 .2em}
details summary{cursor:pointer;color:#1f5f8b}
ul{margin:.2em 0;padding-left:1.2em}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_href(url: Any) -> str | None:
    """An http(s) link target for a page URL (scheme added when a crawler left it out), or None for anything else
    (javascript:, data:, garbage), which the page shows as text only."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    scheme = url.split(":", 1)[0].lower() if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", url) else None
    if scheme is None:
        if host_of(url) is None or url.startswith("/"):
            return None
        url = "http://" + url
    elif scheme not in ("http", "https") or host_of(url) is None:
        return None
    return url


def _page_html(page: dict[str, Any]) -> str:
    href = safe_href(page.get("url"))
    label = _e(page.get("id") or page.get("url") or "(no id)")
    where = f'<a href="{_e(href)}" rel="noopener noreferrer nofollow" target="_blank">{label}</a>' if href else label
    if page.get("url") and not href:
        where += f' <span class="small">{_e(page["url"])}</span>'
    elif page.get("url") and page.get("id"):
        where += f' <span class="small">{_e(page["url"])}</span>'
    snippets = "".join(f'<li><span class="snippet">{_e(text)}</span></li>' for text in page.get("evidence") or [])
    return (f'<div>{where} <span class="small">{_e(page.get("date") or "")} {_e(page.get("label"))} '
            f'{page.get("score", 0):.2f} {_e(page.get("suggestion"))}</span><ul>{snippets}</ul></div>')


def _lead_html(lead: dict[str, Any]) -> str:
    scores = "<br>".join(f'{_e(label)}: {s["max"]:.2f} / {s["mean"]:.2f}' for label, s in lead["scores"].items())
    names = ""
    if lead["kind"] == "organization" and len(lead["variants"]) > 1:
        names = '<div class="small">variants: ' + "、".join(
            f'{_e(v["name"])} ({v["pages"]})' for v in lead["variants"]) + "</div>"
    if lead["organizations"]:
        names += '<div class="small">names: ' + "、".join(
            f'{_e(o["name"])} ({o["pages"]})' for o in lead["organizations"][:8]) + "</div>"
    if lead["registered_lookalike"]:
        names += '<div class="small">a registered body\'s name (fakes imitate it): check who uses it</div>'
    known = "".join(f'<div class="known">{_e(k["name"])}</div><div class="small">{_e(k["list"])} {_e(k["date"])} '
                    f'({_e(k["match"])})</div>' for k in lead["known_list"][:5])
    domains = "<br>".join(_e(name) for name in lead["domains"][:8])
    hidden = max(0, len(lead["domains"]) - 8) + lead["more_domains"]
    if hidden:
        domains += f'<div class="small">+{hidden} more</div>'
    regions = "<br>".join(f'{_e(r["name"])} ({r["pages"]})' for r in lead["regions"][:5])
    if lead["first_seen"] is None:
        seen = "unknown"
    elif lead["first_seen"] == lead["last_seen"]:
        seen = _e(lead["first_seen"])
    else:
        seen = f'{_e(lead["first_seen"])} –<br>{_e(lead["last_seen"])}'
    if lead["pages_without_date"]:
        seen += f'<div class="small">{lead["pages_without_date"]} without date</div>'
    evidence = ""
    if lead["evidence"]:
        evidence = _page_html(lead["evidence"][0])
        if len(lead["evidence"]) > 1:
            evidence += ("<details><summary>more pages</summary>"
                         + "".join(_page_html(page) for page in lead["evidence"][1:]) + "</details>")
    return (
        f'<tr><td class="num">{lead["rank"]}</td><td class="num">{lead["risk"]:.2f}</td>'
        f'<td><span class="kind {_e(lead["kind"])}">{_e(lead["kind"])}</span></td>'
        f'<td><b>{_e(lead["name"])}</b>{names}</td>'
        f'<td class="num">{lead["pages"]}<div class="small">{lead["suggestions"]["block"]} block, '
        f'{lead["suggestions"]["review"]} review</div></td>'
        f"<td>{scores}</td><td>{seen}</td><td>{domains}</td><td>{known}</td><td>{regions}</td><td>{evidence}</td></tr>"
    )


def render_html(report: CluesReport, max_leads: int = DEFAULT_HTML_LEADS) -> str:
    """index.html: one self-contained page (inline CSS, no scripts, no external resources), every text escaped."""
    shown = report.leads[:max_leads]
    rows = "\n".join(_lead_html(lead) for lead in shown)
    more = (f'<p class="small">Showing the top {len(shown)} of {len(report.leads)} leads; all are in leads.csv and '
            "leads.json.</p>") if len(shown) < len(report.leads) else ""
    bad = (f'<p class="small">{report.bad_lines} unreadable scan line(s) skipped, e.g. '
           f'{_e(report.bad_line_samples[0])}.</p>') if report.bad_lines and report.bad_line_samples else ""
    labels = " and ".join(_e(label) for label in LABELS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>orgwatch leads</title><style>{_CSS}</style></head>
<body>
<h1>orgwatch leads</h1>
<div class="note"><b>Leads for human checking, not verdicts.</b> Each row groups the pages a model flagged for
<b>{labels}</b> (suggestion {_e(report.min_suggestion)} or block) by the organization they name or by the site
they are on. A name, a site or a score proves nothing: open the pages, check the registration of the body with the
civil-affairs bureau of the listed regions, and decide. News about the crackdown, official lists and warnings can
be flagged too. Links lead to the flagged pages themselves; open them with care.</div>
<p class="figures">{report.results:,} results read from {len(report.inputs)} file(s), {report.flagged:,} flagged:
{report.in_organization_leads:,} name an organization, {report.in_site_leads:,} have a site,
{report.in_no_lead:,} have neither. {len(report.leads):,} leads. Generated {_e(report.generated_at)}.</p>
<p class="small"><b>Sorting:</b> {_e(RISK_EXPLANATION)}.<br><b>Names:</b> forms that differ only in width,
traditional characters, spacing, punctuation or variant glyphs are one name; a name that only adds characters to
another (特邀…, …总会, a missing 家) of the same kind of body (协会, 研究院…) joins it when their similarity is at
least {report.similarity:.2f}. <b>Sites:</b> the host without www.; on shared platforms (Weibo, WeChat, Douyin…)
the account when the URL tells it, else the platform (kind "platform": pages of many accounts).
<b>Scores:</b> max / mean per label over the lead's pages.</p>
{bad}{more}
<table><thead><tr><th>#</th><th>risk</th><th>kind</th><th>name</th><th>pages</th><th>scores max / mean</th>
<th>first – last seen</th><th>domains</th><th>known lists</th><th>regions</th><th>strongest evidence</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</body></html>
"""


def write_report(report: CluesReport, out_dir: str | Path, max_html_leads: int = DEFAULT_HTML_LEADS) -> list[Path]:
    """Write leads.csv, leads.json and index.html into out_dir (created if needed); return their paths."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = [out_dir / name for name in REPORT_FILES]
        write_csv(report, paths[0])
        paths[1].write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        paths[2].write_text(render_html(report, max_html_leads), encoding="utf-8")
    except OSError as error:
        raise CluesError(f"cannot write the report to {out_dir}: {error}") from None
    return paths


# --------------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------------

MAX_BAD_LINES_PRINTED = 20


def clues_command(
    inputs: list[str] = typer.Argument(..., help="scan output of `orgwatch scan`: JSONL or Parquet files, folders "
                                                 "(searched recursively) or quoted glob patterns"),
    out_dir: Path = typer.Option(..., "-o", "--out", help="report folder: leads.csv, leads.json, index.html"),
    min_suggestion: str = typer.Option(DEFAULT_MIN_SUGGESTION, "--min-suggestion",
                                       help="results counted as flagged: review (review and block) or block"),
    similarity: float = typer.Option(DEFAULT_SIMILARITY, "--similarity", min=0.5, max=1.0,
                                     help="how similar two organization names must be to merge (1: identical after "
                                          "normalization)"),
    html_leads: int = typer.Option(DEFAULT_HTML_LEADS, "--html-leads", min=1,
                                   help="leads shown in index.html (all go to the CSV and JSON)"),
) -> None:
    """Turn scan output into ranked leads by organization and by site (leads for human checking, not verdicts)."""
    console = Console(highlight=False)
    err_console = Console(stderr=True, highlight=False)
    printed = 0

    def show_bad(bad: BadLine) -> None:
        nonlocal printed
        printed += 1
        if printed <= MAX_BAD_LINES_PRINTED:
            err_console.print("[yellow]skipped[/yellow] " + escape(str(bad)), soft_wrap=True)

    try:
        report = build_leads(inputs, min_suggestion, similarity, on_bad=show_bad)
        paths = write_report(report, out_dir, html_leads)
    except CluesError as error:
        err_console.print("[red]error:[/red] " + escape(str(error)))
        raise typer.Exit(1) from None
    if printed > MAX_BAD_LINES_PRINTED:
        err_console.print(f"... and {printed - MAX_BAD_LINES_PRINTED} more unreadable lines")
    table = Table(title="clue report")
    table.add_column("")
    table.add_column("", justify="right")
    for name, value in (("results read", report.results), ("flagged", report.flagged),
                        ("organization leads", sum(lead["kind"] == "organization" for lead in report.leads)),
                        ("site leads", sum(lead["kind"] == "site" for lead in report.leads)),
                        ("platform leads", sum(lead["kind"] == "platform" for lead in report.leads)),
                        ("flagged pages in no lead", report.in_no_lead),
                        ("unreadable lines skipped", report.bad_lines)):
        table.add_row(name, f"{value:,}")
    console.print(table)
    for path in paths:
        console.print(f"wrote {path}")


__all__ = ["BadLine", "CluesError", "CluesReport", "build_leads", "clues_command", "day_of", "expand_scan_outputs",
           "host_of", "merge_names", "org_kind", "org_name_key", "read_results", "render_html", "safe_href", "site_of",
           "write_report"]
