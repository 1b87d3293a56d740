"""Organization names in text (national prefix + field + 协会/研究会/联盟…) matched against the published known list."""

from __future__ import annotations

import bisect
import csv
import functools
import importlib.util
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import ahocorasick

from orgwatch.paths import LEXICON_DIR
from orgwatch.text import NormalizedText, normalize, segment

logger = logging.getLogger(__name__)

KNOWN_ORGS_FILE = LEXICON_DIR / "known_illegal_orgs.csv"

# Words the authorities name as the 'high-sounding' national prefixes of fake 国字头 bodies (facts 2, 3, 8, 15, 18, 31).
NATIONAL_PREFIXES = (
    "中华人民共和国", "中国人民", "一带一路", "联合国", "国务院", "中国", "中华", "全国", "国际", "世界", "亚太", "亚洲",
    "亚州", "环球", "寰球", "全球", "华夏", "国家", "神州", "中外",
)  # fmt: skip
# Name endings of social organizations and the bodies that imitate them (facts 10, 18), longest first when matching.
ORG_SUFFIXES = (
    "工作委员会", "组织委员会", "联谊总会", "联合总会", "宗亲总会", "研究中心", "专业委员会", "委员会", "专委会", "组委会",
    "评委会", "筹委会", "理事会", "研究会", "联合会", "促进会", "联谊会", "恳亲会", "宗亲会", "协作会", "联席会",
    "研究院", "研究所", "书画院", "艺术院", "国学院", "基金会", "俱乐部", "博物馆", "美术馆", "科技馆", "代表处",
    "秘书处", "服务站", "发展局", "红十字会", "慈善总会", "慈善会", "救助会", "互助会", "协会", "学会", "商会", "总会",
    "分会", "联盟", "同盟", "学院", "画院", "中心",
)  # fmt: skip
# Endings that are everyday words too (购物中心, 商学院): without a national prefix the field must be longer.
WEAK_SUFFIXES = frozenset(
    {"中心", "学院", "俱乐部", "联盟", "同盟", "委员会", "博物馆", "美术馆", "科技馆", "服务站", "学会", "总会"}
)  # fmt: skip
# Everyday words that end like a name: 市中心 (city centre), venues and facilities (会展中心), 夜总会 (nightclub).
_NOT_NAMES_RE = re.compile(
    r"(?:[市镇城区县]|展览|会展|博览|购物|会议|商务|商业|贸易|金融|体育|财富|物流|客房|健身|娱乐|洗浴|售票)中心$|夜总会$"
)
# Endings of branches, which keep their parent's name in front (中国易经哲学家协会广东分会).
BRANCH_SUFFIXES = frozenset({"分会", "专委会", "专业委员会", "工作委员会", "秘书处", "代表处", "服务站"})
MAX_FIELD_CHARS = 16  # national prefix (up to 4) + field (up to 12)
_MAX_NAME_CHARS = 64  # longer than any extracted name, a branch with its parent included
# Registered or otherwise legal bodies whose names the fakes imitate; never matched fuzzily against the known list.
# Facts 7 and 16 (legal counterparts named in MCA notices), 19 (长泰区慈善总会, 莆田市消费者权益保护委员会, 中国慈善联合会),
# 24 (武汉市慈善总会, impersonated by a fake WeChat account); the others are well-known national bodies.
LEGAL_LOOKALIKES = frozenset(
    {
        "中国硬笔书法协会", "中国书法家协会", "中国室内装饰协会", "中华志愿者协会", "中国助残志愿者协会",
        "中国文艺志愿者协会", "中国青年志愿者协会", "中国美发美容协会", "长泰区慈善总会", "莆田市消费者权益保护委员会",
        "中国慈善联合会", "武汉市慈善总会", "中国质量认证中心",
    }
)  # fmt: skip
# Known-list names that are everyday phrases too; they count only when extracted as a name, not as any substring.
PHRASE_LIKE_KNOWN_NAMES = frozenset({"人人公益", "中国设计力量"})
FUZZY_MIN_SIMILARITY = 0.8
FUZZY_MIN_CHARS = 5

# Words that end a name when walking left from its suffix: verbs and function words that introduce a name.
STOP_WORDS = frozenset(
    """加入 参加 参与 成为 成立 组建 筹建 发起 举办 主办 承办 协办 支持 授予 颁发 获得 荣获 获 当选 担任 出任 聘任 聘请
    聘为 入选 推荐 邀请 联合 据 是 为 称 自称 号称 冒充 假冒 冒用 冒名 打着 以 取缔 关于 公布 认定 查处 曝光 涉嫌 属于 系
    隶属 挂靠 下属 旗下 设立 欢迎 感谢 祝贺 热烈祝贺 庆祝 报名 申请 缴纳 交纳 转账 登录 关注 访问 联系 咨询 致 经 经过
    通过 依托 批准 警惕 提醒 揭露 名为 叫 叫做 所谓 谨防 防范 识别 举报 注意 宣布 发布 通报 公告 通知 转发 兹 特 现 即将
    正式 荣幸 受 应 代表 携手 联手 领导 主管 监管 授权 授牌 颁奖 包括 其中 以及 还有 名单 来自 前往 走进 莅临 出席 会同
    位于 地处 距离 距 离 靠近 紧挨 临近 毗邻 邻近 附近 坐落 就在 问 连 去 往 回 找 有 建议 选择 入住 住 住在 看 逛 打车
    步行 楼下 楼上 对面 旁边 隔壁 周边 如 例如 比如 诸如 即 也 又 都 还 就 才 已 已经 曾 曾经 将 会 要 请 让 把 被 给 从
    到 向 对 在 于 由 与 和 及 或 并 而 的 了 着 过 之 地 得 等 我 你 他 她 它 我们 你们 他们 本 该 此 这 那 其 各 每 某 个
    家 位 名 届 次 年 月 日 号 后 前 之后 以后 之前 以前 期间 之间 以来""".split()
)  # fmt: skip
_DIRECTION_ENDINGS = ("至", "到")
_MAX_NAME_GAP = 2
# jieba dictionary tags of function words (prepositions, conjunctions, particles, pronouns, modal words, adverbs,
# interjections, onomatopoeia, measure words): a word with one of these tags ends a name too.
STOP_TAGS = frozenset(
    {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "rg", "y", "e", "o", "d", "q"}
)  # fmt: skip

_NAME_CHAR_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffa-z0-9]")
_SUFFIX_RE = re.compile("|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)))
_PARENTHETICAL_RE = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class KnownOrg:
    """One published name from the known list."""

    name: str
    list: str
    date: str
    source: str


@functools.cache
def _dictionary_word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, verbs) of jieba's dictionary by their tags, read once from its dict.txt (empty if absent)."""
    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).parent / "dict.txt" if spec is not None and spec.origin else None
    if path is None or not path.is_file():
        logger.warning("jieba dictionary not found; organization names use the built-in stop words only")
        return frozenset(), frozenset()
    function_words, verbs = set(), set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            if parts[2] in STOP_TAGS and not parts[0].startswith("之"):  # 之家, 之友 end names
                function_words.add(parts[0])
            elif parts[2] in ("v", "vd", "vi"):  # not vn: verbal nouns (发展, 监督) are common in names
                verbs.add(parts[0])
    return frozenset(function_words), frozenset(verbs)


def _is_stop(word: str) -> bool:
    """Whether a segmenter word ends a name when walking left (发送至 and 寄到 too: jieba keeps verb + 至/到 as one
    word that its dictionary does not tag as a verb)."""
    return (
        word.endswith("们")
        or (len(word) > 1 and word.endswith(_DIRECTION_ENDINGS))
        or word in STOP_WORDS
        or word in _dictionary_word_classes()[0]
    )


def _joins_words(gap: str) -> bool:
    """Whether the text between two words keeps them in one name: nothing, or one or two spaces (中国 美学研究会)."""
    return not gap or (len(gap) <= _MAX_NAME_GAP and gap.isspace() and "\n" not in gap)


def compact_name(name: str) -> str:
    """A name without the whitespace an evasive writer put inside it."""
    return "".join(name.split())


def token_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each segmenter word in text (whitespace skipped)."""
    spans = []
    position = 0
    for word in segment(text):
        found = text.find(word, position)
        if found < 0:
            continue
        spans.append((found, found + len(word)))
        position = found + len(word)
    return spans


def national_prefix_of(name: str) -> str | None:
    """The national prefix a (normalized) name starts with, if any."""
    return next((prefix for prefix in NATIONAL_PREFIXES if name.startswith(prefix)), None)


def _known_variants(name: str) -> list[str]:
    """Normalized lookup forms of a known-list name: parenthetical notes dropped (谭(弹)腿 also gives 弹腿)."""
    normalized = normalize(name).text
    variants = [_PARENTHETICAL_RE.sub("", normalized).strip()]
    for match in _PARENTHETICAL_RE.finditer(normalized):
        inner = match.group()[1:-1]
        if 0 < len(inner) <= 2 and match.start() >= len(inner):  # a one- or two-character alternative reading
            variants.append(normalized[: match.start() - len(inner)] + inner + normalized[match.end() :])
    return [_PARENTHETICAL_RE.sub("", variant) for variant in variants if variant]


def _bigrams(text: str) -> set[str]:
    """Character bigrams of text."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


class KnownOrgIndex:
    """The known list indexed for exact lookup, fuzzy lookup (character bigrams + SequenceMatcher) and scanning."""

    def __init__(self, orgs: list[KnownOrg]):
        self.by_name: dict[str, KnownOrg] = {}
        for org in orgs:
            for variant in _known_variants(org.name):
                current = self.by_name.get(variant)
                if current is None or org.date > current.date:  # a name on several lists: cite the latest
                    self.by_name[variant] = org
        self._postings: dict[str, list[str]] = defaultdict(list)
        for name in self.by_name:
            for gram in _bigrams(name):
                self._postings[gram].append(name)
        self._automaton = ahocorasick.Automaton()
        for name in self.by_name:
            if len(name) >= 3 and name not in PHRASE_LIKE_KNOWN_NAMES:
                self._automaton.add_word(name, name)
        self._scannable = len(self._automaton) > 0
        if self._scannable:
            self._automaton.make_automaton()

    def match(self, name: str) -> dict[str, object] | None:
        """Known-list entry for a normalized name: exact, else the most similar one at >= FUZZY_MIN_SIMILARITY."""
        org = self.by_name.get(name)
        if org is not None:
            return _known_dict(org, name, "exact", 1.0)
        if len(name) < FUZZY_MIN_CHARS or name in LEGAL_LOOKALIKES:
            return None
        grams = _bigrams(name)
        shared: dict[str, int] = defaultdict(int)
        for gram in grams:
            for candidate in self._postings.get(gram, ()):
                shared[candidate] += 1
        best: tuple[float, str] | None = None
        for candidate, count in shared.items():
            # Cheap filters first: enough shared bigrams, similar length, same final character (协会 vs 研究院).
            if count < min(len(grams), len(candidate) - 1) // 2 or candidate[-1] != name[-1]:
                continue
            if abs(len(candidate) - len(name)) > max(2, len(candidate) // 4):
                continue
            similarity = SequenceMatcher(None, name, candidate, autojunk=False).ratio()
            if similarity >= FUZZY_MIN_SIMILARITY and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        if best is None:
            return None
        return _known_dict(self.by_name[best[1]], best[1], "fuzzy", round(best[0], 3))

    def scan(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest non-overlapping (start, end, name) occurrences of known names in normalized text."""
        if not self._scannable:
            return []
        longest: dict[int, int] = {}
        for end_index, name in self._automaton.iter(text):
            start = end_index + 1 - len(name)
            longest[start] = max(longest.get(start, 0), end_index + 1)
        hits = []
        covered = 0
        for start in sorted(longest):
            if start >= covered:
                hits.append((start, longest[start], text[start : longest[start]]))
                covered = longest[start]
        return hits


def _known_dict(org: KnownOrg, matched_name: str, match: str, similarity: float) -> dict[str, object]:
    """The known_list value of an organization."""
    return {
        "list": org.list,
        "date": org.date,
        "source": org.source,
        "name": matched_name,
        "match": match,
        "similarity": similarity,
    }


@functools.cache
def known_index() -> KnownOrgIndex:
    """The known list from data/lexicons, loaded once."""
    with KNOWN_ORGS_FILE.open(encoding="utf-8", newline="") as handle:
        orgs = [
            KnownOrg(row["name"].strip(), row["list"].strip(), row["date"].strip(), row["source_url"].strip())
            for row in csv.DictReader(handle)
            if row.get("name", "").strip()
        ]
    logger.debug("known list: %d rows", len(orgs))
    return KnownOrgIndex(orgs)


def match_known(names: list[str]) -> list[dict[str, object] | None]:
    """Known-list entries (exact or fuzzy) for a batch of names; None where nothing matches."""
    index = known_index()
    return [index.match(normalize(name).text) for name in names]


def _name_start(
    text: str, suffix_start: int, spans: list[tuple[int, int]], limit: int, max_chars: int = MAX_FIELD_CHARS
) -> int | None:
    """Where the name ending in the suffix at suffix_start begins, or None when there is no name.

    Walks left word by word over name characters, stopping at a stop word, at `limit`, or at max_chars; then
    cuts before a national prefix that follows a verb or function word (感谢中国美学研究会 -> 中国美学研究会).
    """
    index = bisect.bisect_left(spans, (suffix_start, suffix_start)) - 1
    words: list[tuple[int, int]] = []
    start = suffix_start
    if index >= 0 and spans[index][0] < suffix_start < spans[index][1]:  # the suffix ends a word (书画协会)
        piece_start = spans[index][0]
        if piece_start < limit or not all(_NAME_CHAR_RE.match(c) for c in text[piece_start:suffix_start]):
            return None
        words.append((piece_start, suffix_start))
        start = piece_start
        index -= 1
    while index >= 0:
        word_start, word_end = spans[index]
        word = text[word_start:word_end]
        if not _joins_words(text[word_end:start]) or word_start < limit or suffix_start - word_start > max_chars:
            break
        if not all(_NAME_CHAR_RE.match(c) for c in word) or _is_stop(word):
            break
        words.insert(0, (word_start, word_end))
        start = word_start
        index -= 1
    verbs = _dictionary_word_classes()[1]
    for position, (word_start, _) in enumerate(words):
        if national_prefix_of(text[word_start:suffix_start]):
            if position == 0:
                return start
            before = text[words[position - 1][0] : words[position - 1][1]]
            return word_start if len(before) == 1 or before in verbs else start
    # Without a national prefix a name does not contain a verb: it starts after the last one (位于商业中心).
    for word_start, word_end in reversed(words):
        if text[word_start:word_end] in verbs:
            return word_end
    return start


def find_organizations_normalized(
    normalized: NormalizedText, spans: list[tuple[int, int]] | None = None
) -> list[dict[str, object]]:
    """find_organizations on an already normalized text; spans from token_spans() may be passed to save time."""
    text = normalized.text
    index = known_index()
    spans = spans if spans is not None else token_spans(text)
    word_ends = {end for _, end in spans}
    found: list[tuple[int, int]] = []
    previous_end = 0
    for match in _SUFFIX_RE.finditer(text):
        suffix_start, suffix_end = match.span()
        if suffix_end not in word_ends:  # 中心 in 中心思想, 协会 in 协会员
            continue
        suffix = match.group()
        limit, max_chars = previous_end, MAX_FIELD_CHARS
        if suffix in BRANCH_SUFFIXES:
            limit = 0
            if found and found[-1][1] >= suffix_start - MAX_FIELD_CHARS:  # a branch right after its parent
                limit = found[-1][0]
                max_chars = min(_MAX_NAME_CHARS, suffix_start - limit)
        start = _name_start(text, suffix_start, spans, limit, max_chars)
        if start is None:
            continue
        prefix = national_prefix_of(text[start:suffix_end])
        field_chars = suffix_start - start - (len(prefix) if prefix else 0)
        if prefix is None and (field_chars < 2 or (suffix in WEAK_SUFFIXES and field_chars < 3)):
            continue
        if _NOT_NAMES_RE.search(text, max(0, suffix_end - 8), suffix_end):
            continue
        if found and start <= found[-1][0]:  # a branch swallowing its parent: keep the longer name
            found.pop()
        found.append((start, suffix_end))
        previous_end = suffix_end
    matches: dict[str, dict[str, object] | None] = {}  # a long page repeats its names

    def known_of(name: str) -> dict[str, object] | None:
        """Known-list entry of a name, computed once per call."""
        if name not in matches:
            matches[name] = index.match(name)
        return matches[name]

    organizations = {start: (end, known_of(compact_name(text[start:end]))) for start, end in found}
    starts = sorted(organizations)
    # Exact known names anywhere in the text win over extracted spans that overlap them.
    for hit_start, hit_end, name in index.scan(text):
        nearby = starts[bisect.bisect_left(starts, hit_start - _MAX_NAME_CHARS) : bisect.bisect_left(starts, hit_end)]
        overlapping = [start for start in nearby if start in organizations and organizations[start][0] > hit_start]
        if any((organizations[start][1] or {}).get("match") == "exact" for start in overlapping):
            continue
        for start in overlapping:
            del organizations[start]
        organizations[hit_start] = (hit_end, known_of(name))
    results = []
    seen: set[str] = set()
    for start in sorted(organizations):
        end, known = organizations[start]
        name = compact_name(text[start:end])
        if name in seen:
            continue
        seen.add(name)
        original_start, original_end = normalized.to_original(start, end)
        results.append(
            {
                "name": name,
                "start": original_start,
                "end": original_end,
                "national_prefix": national_prefix_of(name) is not None,
                "known_list": known,
            }
        )
    return results


def find_organizations(text: str | NormalizedText) -> list[dict[str, object]]:
    """Organization names in text, first mention of each: {name (normalized), start, end (original offsets),
    national_prefix, known_list (None or {list, date, source, name, match: exact|fuzzy, similarity})}."""
    normalized = text if isinstance(text, NormalizedText) else normalize(text)
    return find_organizations_normalized(normalized)
