"""Text pipeline: byte decoding, HTML extraction, offset-tracked normalization with evasion folding, segmentation."""

from __future__ import annotations

import codecs
import functools
import logging
import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress

logger = logging.getLogger(__name__)

# Bump whenever normalize() output can change (tables, rules, order). Note: NFKC and the character classes come
# from the running Python's unicodedata (3.11: Unicode 14, 3.12: Unicode 15), which only affects newly added chars.
NORMALIZER_VERSION = "2"

__all__ = [
    "NORMALIZER_VERSION",
    "ExtractedPage",
    "NormalizedText",
    "TextDecodeError",
    "decode_bytes",
    "extract_html",
    "normalize",
    "normalize_batch",
    "segment",
    "segment_batch",
]


class TextDecodeError(ValueError):
    """Raised when bytes are binary or fit no known text encoding."""


# --------------------------------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------------------------------

# The 500 most frequent simplified Han characters, ranked by summed word frequency in jieba 0.42.1's dict.txt (MIT).
# Real Chinese text has ~70% of its Han characters in this set; text decoded with the wrong CJK codec has far fewer.
_FREQUENT_HAN = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着"
    "部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所如现理机体表力好外与文当两实重新三么"
    "只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使"
    "次二向治因立数样身情入原问把路被并利石老教万知级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很"
    "统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族"
    "反再题色五京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古"
    "广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑革该持始英克士尔让拉思根格"
    "造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示"
    "投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站"
    "施均消客失轻存低甚般击曾防请离落显罗营足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富"
)

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document"),
    (b"\x7fELF", "ELF executable"),
    (b"wOFF", "WOFF font"),
)
# ASCII control bytes that no supported text encoding produces (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20)) + b"\x7f"
_ASCII_BYTES = bytes(range(0x80))
_MAX_CONTROL_SHARE = 0.05
_SHORT_NON_ASCII_BYTES = 24
_DECLARED_BONUS = 0.1
_PLAUSIBLE_CHINESE = 0.3  # real text scores 0.5-0.9, text decoded with the wrong codec mostly below 0.2
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GB_CODECS = frozenset({"gb2312", "gbk", "gb18030", "hz"})
_BIG5_CODECS = frozenset({"big5", "cp950", "big5hkscs"})
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.\-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-z0-9_:.\-]{2,40})""",
    re.IGNORECASE,
)
_TRUNCATION_REASONS = frozenset({"unexpected end of data", "incomplete multibyte sequence"})
_CC_CHAR_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HAN_CHAR_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
# Characters that do not belong in Chinese text and show up when bytes are decoded with the wrong CJK codec:
# private use, replacement char, kana, Hangul.
_IMPLAUSIBLE_RE = re.compile("[\ue000-\uf8ff\ufffd\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def _canonical_codec(name: str | None) -> str | None:
    """Python's codec name for a declared charset (None when unknown); GB and Big5 names map to their supersets."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    if cleaned in ("x-gbk", "gb_2312-80", "csgb2312", "x-gb18030"):
        cleaned = "gb18030"
    try:
        codec = codecs.lookup(cleaned).name
    except LookupError:
        logger.debug("unknown declared charset ignored (%d chars)", len(cleaned))
        return None
    if codec in _GB_CODECS:
        return "gb18030"
    if codec in _BIG5_CODECS:
        return "big5"
    return codec


def _decode_tolerant(data: bytes, codec: str) -> str | None:
    """Decode strictly, tolerating a sequence cut off at the end and a tiny share of bad bytes in long texts."""
    if codec == "big5":
        return _decode_tolerant(data, "cp950") or _decode_tolerant(data, "big5hkscs")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason in _TRUNCATION_REASONS:
            try:
                return data[: error.start].decode(codec) + "\ufffd"
            except UnicodeDecodeError:
                pass
    except LookupError:
        return None
    text = data.decode(codec, "replace")
    bad = text.count("\ufffd") - (data.count("\ufffd".encode()) if codec == "utf-8" else 0)
    return text if bad <= _non_ascii_count(data) // 200 else None


def _non_ascii_count(data: bytes) -> int:
    """Number of bytes >= 0x80."""
    return len(data.translate(None, _ASCII_BYTES))


@functools.cache
def _t2s_converter():
    """The OpenCC traditional-to-simplified converter, built once."""
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _gb2312_level1() -> frozenset[str]:
    """The 3,755 GB2312 level-1 characters (the common simplified Han), read from the codec."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _han_plausibility(text: str, simplify: bool = True) -> float:
    """Chinese-likeness in [0, 1]: Han chars weighted by frequency, against misdecoding symptoms (counted twice).

    simplify=False for GB decodings: a GBK page is simplified, so traditional chars there hint at the wrong codec.
    """
    sample = text[:4000]
    if simplify:
        sample = _t2s_converter().convert(sample)
    han = _HAN_CHAR_RE.findall(sample)
    implausible = len(_IMPLAUSIBLE_RE.findall(sample))
    if not han:
        return 0.0
    level1 = _gb2312_level1()
    weight = sum(1.0 if char in _FREQUENT_HAN else 0.5 if char in level1 else 0.0 for char in han)
    return weight / (len(han) + 2 * implausible)


def _decode_cjk(data: bytes) -> tuple[str, float] | None:
    """Best of the GB18030 and Big5 decodings with its plausibility; GB18030 wins ties (mainland pages dominate)."""
    candidates = []
    gb_text = _decode_tolerant(data, "gb18030")
    if gb_text is not None:
        candidates.append((_han_plausibility(gb_text, simplify=False), 1, gb_text))
    big5_text = _decode_tolerant(data, "big5")
    if big5_text is not None:
        candidates.append((_han_plausibility(big5_text), 0, big5_text))
    if not candidates:
        return None
    score, _, text = max(candidates)
    return text, score


def _check_not_binary_bytes(data: bytes) -> None:
    """Raise TextDecodeError for known binary formats, NUL bytes or many control bytes."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise TextDecodeError(f"binary input ({kind})")
    if b"\x00" in data:
        raise TextDecodeError("binary input (contains NUL bytes)")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > len(data) * _MAX_CONTROL_SHARE:
        raise TextDecodeError(f"binary input ({controls / len(data):.0%} control bytes)")


def _check_not_binary_text(text: str) -> str:
    """Return text unless its share of control characters or replacement characters marks it as binary."""
    if not text:
        return text
    if "\x00" in text:
        raise TextDecodeError("binary input (decodes to NUL characters)")
    bad = len(_CC_CHAR_RE.findall(text)) + text.count("\ufffd")
    if bad > max(1.0, len(text) * _MAX_CONTROL_SHARE):
        raise TextDecodeError(f"binary or undecodable input ({bad / len(text):.0%} control/replacement characters)")
    return text


def decode_bytes(data: bytes, declared_charset: str | None = None) -> str:
    """Decode page or file bytes to text: BOM, declared charset, UTF-8, GB18030/Big5, then charset detection.

    A declared charset (HTTP header, or <meta> sniffed when none is given) is preferred, but loses to a decoding that
    reads as much more plausible Chinese: wrong declarations (latin-1 defaults, GBK for Big5) are common.
    """
    if not data:
        return ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_not_binary_text(data.decode(codec))
            except UnicodeDecodeError:
                raise TextDecodeError(f"undecodable input (invalid {codec} after byte-order mark)") from None
    _check_not_binary_bytes(data)
    if data.isascii():
        return data.decode("ascii")
    utf8_text = _decode_tolerant(data, "utf-8")
    long_text = _non_ascii_count(data) >= _SHORT_NON_ASCII_BYTES
    if utf8_text is not None and long_text:
        return _check_not_binary_text(utf8_text)  # other encodings are valid UTF-8 only in short snippets
    declared = _canonical_codec(declared_charset)
    if declared is None:
        sniffed = _META_CHARSET_RE.search(data[:4096])
        if sniffed:
            declared = _canonical_codec((sniffed.group(1) or sniffed.group(2)).decode("ascii"))
    # (plausibility with a small bonus for what was declared, priority for ties, text)
    candidates: list[tuple[float, int, str]] = []
    if declared is not None and declared != "utf-8":
        declared_text = _decode_tolerant(data, declared)
        if declared_text is not None:
            score = _han_plausibility(declared_text, simplify=declared != "gb18030")
            candidates.append((score + _DECLARED_BONUS, 2, declared_text))
    if utf8_text is not None:
        bonus = _DECLARED_BONUS if declared == "utf-8" else 0.0
        candidates.append((_han_plausibility(utf8_text) + bonus, 1, utf8_text))
    cjk = _decode_cjk(data)
    if cjk is not None and cjk[1] >= _PLAUSIBLE_CHINESE:
        candidates.append((cjk[1], 0, cjk[0]))
    if candidates:
        return _check_not_binary_text(max(candidates)[2])
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return _check_not_binary_text(str(best))
    if cjk is not None:
        return _check_not_binary_text(cjk[0])
    raise TextDecodeError("undecodable input (no known text encoding fits)")


# --------------------------------------------------------------------------------------------------------------------
# HTML extraction
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedPage:
    """Title and main text of an HTML page; text starts with the title line when there is one."""

    title: str
    text: str


_NON_CONTENT_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas"]
_BLOCK_SELECTOR = (
    "p, div, br, li, ul, ol, dl, dt, dd, tr, table, h1, h2, h3, h4, h5, h6, section, article, header, footer, nav, "
    "aside, main, blockquote, pre, form, hr, figure, figcaption, address, caption, title"
)
# Pages whose whole visible text is this short are kept entirely: boilerplate removal only loses evidence there.
_SHORT_PAGE_CHARS = 300
_SPACES_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\s*\n\s*")


def _tidy_lines(text: str) -> str:
    """Collapse spaces inside lines, drop empty lines and markdown table pipes at line ends."""
    lines = []
    for line in _BLANK_LINES_RE.split(_SPACES_RE.sub(" ", text)):
        line = line.strip()
        if line.startswith("| ") and line.endswith(" |"):
            line = line[2:-2].strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def _lexbor_title(tree) -> str:
    """Page title: <title>, else og:title, else the first <h1>."""
    for selector, attribute in (("title", None), ('meta[property="og:title"]', "content"), ("h1", None)):
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get(attribute) if attribute else node.text(deep=True, separator=" ")
        value = _SPACES_RE.sub(" ", (value or "").replace("\n", " ")).strip()
        if value:
            return value
    return ""


def _lexbor_text(tree) -> str:
    """All visible body text, with line breaks between block elements."""
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_BLOCK_SELECTOR):
        node.insert_before("\n")
        node.insert_after("\n")
    for node in root.css("td, th"):
        node.insert_after(" ")
    return _tidy_lines(root.text(deep=True, separator=""))


def _trafilatura_text(html: str) -> str:
    """Main text by trafilatura in recall mode with tables; empty on failure or when the tree is too deep for lxml."""
    import lxml.html
    import trafilatura

    try:
        parser = lxml.html.HTMLParser(remove_comments=True)
        tree = lxml.html.document_fromstring(html, parser=parser)
        if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            # lxml silently drops everything below depth 256; the lexbor text is complete.
            logger.debug("HTML nested too deep for lxml; using the fallback extractor")
            return ""
        document = trafilatura.bare_extraction(
            tree, favor_recall=True, include_tables=True, include_comments=True, with_metadata=False
        )
    except Exception as error:  # lxml/trafilatura can fail in many ways on hostile HTML; the fallback handles it
        logger.debug("trafilatura failed (%s); using the fallback extractor", type(error).__name__)
        return ""
    if document is None or not getattr(document, "text", None):
        return ""
    return _tidy_lines(document.text)


def extract_html(html: str) -> ExtractedPage:
    """Title and main text: trafilatura (recall-oriented), selectolax for short or failing pages; no script/style."""
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(html)
        tree.strip_tags(_NON_CONTENT_TAGS)
        title = _lexbor_title(tree)
        cleaned_html = tree.html or ""
        visible_text = _lexbor_text(tree)  # adds line breaks to the tree: serialize it first
    except Exception as error:  # lexbor is robust, but never let one page break a batch
        logger.warning("HTML parsing failed (%s); page treated as empty", type(error).__name__)
        return ExtractedPage(title="", text="")
    main_text = "" if len(visible_text) <= _SHORT_PAGE_CHARS else _trafilatura_text(cleaned_html)
    body = main_text or visible_text
    if title and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n{body}" if body else title
    return ExtractedPage(title=title, text=body)


# --------------------------------------------------------------------------------------------------------------------
# Normalization with offsets
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the [start, end) span of the original it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the covering span of the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalized text of length {len(self.text)}")
        if start == end:
            if start < len(self.starts):
                return self.starts[start], self.starts[start]
            position = self.ends[-1] if self.ends else 0
            return position, position
        return self.starts[start], self.ends[end - 1]


_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
# Emoji and pictographs, incl. the shapes used to split words (中●华); arrows are not, they join words in lists.
# Step 1 has already removed variation selectors and zero-width joiners.
_EMOJI = "\u00a9\u00ae\u203c\u2049\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\u3030\u303d\U0001f000-\U0001faff"
# Characters used to split a word into single characters: spaces, the usual punctuation and dot look-alikes, emoji.
_SEPARATORS = r" \-\u00b7/*_|.~\u2022\u2027\u2219\u22c5\u30fb\u301c" + _EMOJI
_HAN_CHAR = re.compile(f"[{_HAN}]")
# The tail of a split word: separators, a lone Han char, and at least one more (separators, lone Han char); a lone
# char is not followed by a letter, digit or Han char. Starting with the separator lets the regex engine skip ahead.
_SPLIT_TAIL_RE = re.compile(
    f"[{_SEPARATORS}][{_SEPARATORS}]{{0,2}}[{_HAN}](?![^\\W_])(?:[{_SEPARATORS}]{{1,3}}[{_HAN}](?![^\\W_]))+"
)
_SEPARATOR_RE = re.compile(f"[{_SEPARATORS}]+")
_MIN_SPLIT_CHARS = 3  # lone chars after a longer word before the run is taken as a split word glued to it
_EMOJI_RUN_RE = re.compile(f"[{_EMOJI}]+")
_WHITESPACE_RUN_RE = re.compile(r"[ \n][ \n]+")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Invisible characters that are not format (Cf) characters: combining grapheme joiner, Hangul fillers.
_INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u180b\u180c\u180d\u180f")
# Code point ranges known to hold only characters that step 1 leaves unchanged (CJK, Hangul syllables, private use,
# unassigned planes); skipping them keeps table building fast. tests/test_text.py checks this exhaustively.
_STABLE_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xE000, 0xF8FF),
    (0x20000, 0x2F7FF),
    (0x2FA20, 0xDFFFF),
    (0xE1000, 0x10FFFF),
)

# Evasion folding tables. Each entry: (variant, canonical, forbidden char class before, extra lookahead).
# Variants are written as they look after step 1 and 2 (lowercase Latin, simplified Han). Replacements keep both
# edges "word" characters (Han or Latin), so a fold never changes whether a neighbour counts as a lone character.
_URL_OR_WORD_BEFORE = r"[a-z0-9_./@%=&?#\\-]"  # a letter, digit or URL/e-mail punctuation: part of a longer token
# Next char continues a word, domain or path, or a short number follows (product models: vx530, wx9); an ID or
# phone number (5+ digits) may follow directly.
_LATIN_AFTER_BLOCKED = r"(?![a-z_@]|[./][a-z0-9]|[0-9]{1,4}(?![0-9]))"
_NOT_LATIN_AFTER = r"(?![a-z])"
CONTACT_VARIANTS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("v信", "微信", _URL_OR_WORD_BEFORE, "(?!息)"),  # 'v信息' is rarely WeChat
    ("薇信", "微信", None, None),
    ("嶶信", "微信", None, None),
    ("徽信", "微信", "[安国校会警党团队帽胸]", "(?![息用任托誉心仰])"),  # not 安徽信用社, 校徽信息
    ("威信", "微信", None, r"(?=号|群|:| ?[0-9a-z])"),  # 威信 means prestige and is a county name
    ("加威信", "加微信", None, None),
    ("卫星", "微信", None, r"(?=号|联系|加(?:我|好友|微|[0-9a-z]| ?:))"),  # not 卫星加速/加密
    ("vx", "微信", _URL_OR_WORD_BEFORE, _LATIN_AFTER_BLOCKED),
    ("wx", "微信", _URL_OR_WORD_BEFORE, _LATIN_AFTER_BLOCKED),
    ("加v", "加微信", None, r"(?=[ :0-9,.!?;]|号|好友|我|$)"),  # not 微博加v认证 (Weibo verification)
    ("wei信", "微信", "[a-z]", None),
    ("微xin", "微信", None, _NOT_LATIN_AFTER),
    ("扣扣", "qq", None, "(?!子)"),  # 扣扣子 is 'to button up'
    ("q q", "qq", _URL_OR_WORD_BEFORE, _NOT_LATIN_AFTER),
    ("zfb", "支付宝", _URL_OR_WORD_BEFORE, _LATIN_AFTER_BLOCKED),
    ("zhifubao", "支付宝", _URL_OR_WORD_BEFORE, _LATIN_AFTER_BLOCKED),
    ("支fu宝", "支付宝", None, None),
    ("支付bao", "支付宝", None, _NOT_LATIN_AFTER),
    ("yhk", "银行卡", _URL_OR_WORD_BEFORE, _LATIN_AFTER_BLOCKED),
)
HOMOPHONE_VARIANTS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("涓款", "捐款", None, "(?!式)"),
    ("娟款", "捐款", None, "(?!式)"),  # not 李娟款式
    ("捐kuan", "捐款", None, _NOT_LATIN_AFTER),
    ("juan款", "捐款", "[a-z]", None),
    ("捐zeng", "捐赠", None, _NOT_LATIN_AFTER),
    ("juan赠", "捐赠", "[a-z]", None),
    ("募juan", "募捐", None, _NOT_LATIN_AFTER),
    ("mu捐", "募捐", "[a-z]", None),
    ("词善", "慈善", "[歌台诗填唱]", "(?![于变辩良意])"),  # not 歌词善于
    ("辞善", "慈善", "[言措致推托修]", "(?![于变辩良意])"),  # not 言辞善变
    ("慈shan", "慈善", None, _NOT_LATIN_AFTER),
    ("ci善", "慈善", "[a-z]", None),
    ("善kuan", "善款", None, _NOT_LATIN_AFTER),
    ("会fei", "会费", None, _NOT_LATIN_AFTER),
    ("收fei", "收费", None, _NOT_LATIN_AFTER),
    ("hui款", "汇款", "[a-z]", None),
    ("汇kuan", "汇款", None, _NOT_LATIN_AFTER),
    ("xie会", "协会", "[a-z]", None),
    ("协hui", "协会", None, _NOT_LATIN_AFTER),
    ("基金hui", "基金会", None, _NOT_LATIN_AFTER),
    ("公yi", "公益", None, _NOT_LATIN_AFTER),
    ("gong益", "公益", "[a-z]", None),
    ("返li", "返利", None, _NOT_LATIN_AFTER),
    ("理shi", "理事", None, _NOT_LATIN_AFTER),
    ("证shu", "证书", None, _NOT_LATIN_AFTER),
    ("授pai", "授牌", None, _NOT_LATIN_AFTER),
    ("集zi", "集资", None, _NOT_LATIN_AFTER),
    ("扶pin", "扶贫", None, _NOT_LATIN_AFTER),
)
_FOLDS = {variant: canonical for variant, canonical, _, _ in CONTACT_VARIANTS + HOMOPHONE_VARIANTS}


def _variant_pattern(variant: str, not_before: str | None, lookahead: str | None) -> str:
    """Regex for one table entry; the literal comes first so the engine can skip ahead on first characters."""
    pattern = re.escape(variant)
    if not_before:
        pattern += f"(?<!{not_before}{re.escape(variant)})"
    return pattern + (lookahead or "")


_FOLD_RE = re.compile(
    "|".join(
        _variant_pattern(variant, not_before, lookahead)
        for variant, _, not_before, lookahead in sorted(
            CONTACT_VARIANTS + HOMOPHONE_VARIANTS, key=lambda entry: -len(entry[0])
        )
    )
)
# A fold can enable another one (扣扣 -> qq gives 威信 the letter it needs); chains are at most 3 long.
_MAX_FOLD_ROUNDS = 8

Edit = tuple[int, int, str]


def _map_char(char: str) -> str:
    """Step 1 for one character: NFKC, Latin lowercase, invisible/control characters dropped, whitespace unified."""
    result = char
    for _ in range(4):  # iterate to a fixed point (NFKC output may contain uppercase Latin or spaces)
        pieces = []
        for piece in unicodedata.normalize("NFKC", result):
            category = unicodedata.category(piece)
            if piece in _LINE_BREAKS:
                pieces.append("\n")
            elif piece.isspace() or piece == "\u2800":
                pieces.append(" ")
            elif category in ("Cc", "Cf", "Cs") or piece in _INVISIBLE or "VARIATION SELECTOR" in unicodedata.name(
                piece, ""
            ):
                continue
            elif category.startswith("L") and "LATIN" in unicodedata.name(piece, ""):
                pieces.append(piece.lower())
            else:
                pieces.append(piece)
        mapped = "".join(pieces)
        if mapped == result:
            break
        result = mapped
    return result


def _char_class(chars: list[str]) -> str:
    """A regex character class body covering the given characters, as ranges."""
    codes = sorted(ord(char) for char in chars)
    parts = []
    index = 0
    while index < len(codes):
        first = last = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == last + 1:
            index += 1
            last = codes[index]
        parts.append(f"\\U{first:08x}" if first == last else f"\\U{first:08x}-\\U{last:08x}")
        index += 1
    return "".join(parts)


@dataclass(frozen=True)
class _CharTables:
    one_table: dict[int, str]  # chars mapped to exactly one other char
    other_table: dict[int, str]  # chars dropped or expanded
    one_re: re.Pattern[str]  # finds a char that may be in one_table (every astral char is a candidate)
    one_runs_re: re.Pattern[str]
    other_re: re.Pattern[str]  # same for other_table
    other_runs_re: re.Pattern[str]  # group 1: BMP runs; astral runs uncaptured
    marks_re: re.Pattern[str]  # combining marks (BMP)

    def translate_one_run(self, match: re.Match[str]) -> str:
        """re.sub callback: the run with one-to-one mappings applied."""
        return match.group().translate(self.one_table)


# re matches a class of BMP characters with a bitmap but scans a class with astral ranges range by range; so the big
# classes below hold BMP characters only, and astral characters (rare: emoji, math letters, tags) are looked up.
_ASTRAL = "\U00010000-\U0010ffff"


@functools.cache
def _char_tables() -> _CharTables:
    """Build the step 1 mapping tables once (about 100 ms)."""
    one: dict[int, str] = {}
    other: dict[int, str] = {}
    marks: list[str] = []
    code = 0
    for low, high in _STABLE_RANGES + ((0x110000, 0x110000),):
        for cp in range(code, low):
            char = chr(cp)
            if 0xD800 <= cp <= 0xDFFF:
                other[cp] = ""
                continue
            mapped = _map_char(char)
            if mapped != char:
                (one if len(mapped) == 1 else other)[cp] = mapped
            elif unicodedata.category(char) in ("Mn", "Me", "Mc") and cp < 0x10000:
                marks.append(char)
        code = high + 1
    one_class = _char_class([chr(cp) for cp in one if cp < 0x10000])
    other_class = _char_class([chr(cp) for cp in other if cp < 0x10000])
    return _CharTables(
        one_table=one,
        other_table=other,
        one_re=re.compile(f"[{one_class}{_ASTRAL}]"),
        one_runs_re=re.compile(f"[{one_class}]+|[{_ASTRAL}]+"),
        other_re=re.compile(f"[{other_class}{_ASTRAL}]"),
        other_runs_re=re.compile(f"([{other_class}]+)|[{_ASTRAL}]+"),
        marks_re=re.compile(f"[{_char_class(marks)}]+"),
    )


class _OffsetText:
    """Working text plus the original span of each of its characters (None while the mapping is the identity)."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: array[int] | None = None  # array("q"): slicing and concatenation are memory copies
        self.ends: array[int] | None = None

    def apply(self, edits: list[Edit], sources: dict[int, list[int]] | None = None) -> None:
        """Apply sorted, non-overlapping (start, end, replacement) edits, composing the offset mapping.

        Each replacement char maps to its own source char when lengths match; otherwise common prefix and suffix
        chars keep theirs and the rest map to the whole changed span, unless sources[start] lists, for each
        replacement char, the index (relative to start) of the char it came from.
        """
        if not edits:
            return
        text = self.text
        pieces: list[str] = []
        previous = 0
        for start, end, replacement in edits:
            pieces.append(text[previous:start])
            pieces.append(replacement)
            previous = end
        pieces.append(text[previous:])
        self.text = "".join(pieces)
        # Same-length edits keep character i at span i: only the others touch the offsets.
        reshaping = [edit for edit in edits if len(edit[2]) != edit[1] - edit[0]]
        if not reshaping:
            return
        starts, ends = self.starts, self.ends
        if starts is None or ends is None:
            starts = array("q", range(len(text)))
            ends = starts[1:]
            ends.append(len(text))
        if len(reshaping) * 16 > len(text) and not any(edit[2] for edit in reshaping):
            # Many small deletions (a spaced-out megabyte): one masked copy beats a slice per gap.
            keep = bytearray(b"\x01") * len(text)
            for start, end, _ in reshaping:
                keep[start:end] = bytes(end - start)
            self.starts, self.ends = array("q", compress(starts, keep)), array("q", compress(ends, keep))
            return
        new_starts = array("q")
        new_ends = array("q")
        previous = 0
        for start, end, replacement in reshaping:
            if start > previous:
                new_starts += starts[previous:start]
                new_ends += ends[previous:start]
            previous = end
            if not replacement:
                continue
            if sources and start in sources:
                new_starts += array("q", [starts[start + offset] for offset in sources[start]])
                new_ends += array("q", [ends[start + offset] for offset in sources[start]])
                continue
            source = text[start:end]
            prefix = 0
            limit = min(len(source), len(replacement))
            while prefix < limit and source[prefix] == replacement[prefix]:
                prefix += 1
            suffix = 0
            while suffix < limit - prefix and source[-1 - suffix] == replacement[-1 - suffix]:
                suffix += 1
            middle_start, middle_end = start + prefix, end - suffix
            if middle_start == middle_end:  # pure insertion: attribute it to the whole source span
                middle_start, middle_end = start, end
            middle_length = len(replacement) - prefix - suffix
            new_starts += starts[start : start + prefix]
            new_ends += ends[start : start + prefix]
            new_starts += array("q", [starts[middle_start]]) * middle_length
            new_ends += array("q", [ends[middle_end - 1]]) * middle_length
            new_starts += starts[end - suffix : end]
            new_ends += ends[end - suffix : end]
        new_starts += starts[previous:]
        new_ends += ends[previous:]
        self.starts, self.ends = new_starts, new_ends

    def result(self) -> NormalizedText:
        """Freeze into a NormalizedText."""
        if self.starts is None or self.ends is None:
            starts = tuple(range(len(self.text)))
            ends = starts[1:] + (len(self.text),) if starts else ()  # shares the int objects of starts
            return NormalizedText(self.text, starts, ends)
        return NormalizedText(self.text, tuple(self.starts), tuple(self.ends))


def _map_characters(work: _OffsetText, tables: _CharTables) -> None:
    """Step 1a: per-character NFKC, lowercase and drops."""
    if tables.one_re.search(work.text) is not None:
        # One char for one char: the text changes, the offsets do not.
        work.text = tables.one_runs_re.sub(tables.translate_one_run, work.text)
    text = work.text
    if tables.other_re.search(text) is None:
        return
    other_table = tables.other_table
    edits: list[Edit] = []
    sources: dict[int, list[int]] = {}
    for match in tables.other_runs_re.finditer(text):
        start, end = match.span()
        run = match.group()
        if match.lastindex:  # BMP run
            replacement = run.translate(other_table)
            edits.append((start, end, replacement))
            if end - start > 1 and replacement:  # expansions side by side: each output char keeps its own source
                sources[start] = [index for index, char in enumerate(run) for _ in other_table[ord(char)]]
            continue
        for index, char in enumerate(run, start):  # astral chars: few change
            mapped = other_table.get(ord(char))
            if mapped is not None:
                edits.append((index, index + 1, mapped))
    work.apply(edits, sources)


def _collapse_whitespace(work: _OffsetText) -> None:
    """Step 1b: whitespace runs become one space, or one newline when they contain a line break; ends stripped."""
    text = work.text
    first = len(text) - len(text.lstrip(" \n"))
    last = len(text.rstrip(" \n"))
    edits: list[Edit] = [(0, first, "")] if first else []
    for match in _WHITESPACE_RUN_RE.finditer(text, first, max(first, last)):
        start, end = match.span()
        newline = match.group().find("\n")
        keep = start if newline < 0 else start + newline
        if keep > start:
            edits.append((start, keep, ""))
        if end > keep + 1:
            edits.append((keep + 1, end, ""))
    if last < len(text) and last > first:
        edits.append((last, len(text), ""))
    work.apply(edits)


def _to_simplified(work: _OffsetText) -> bool:
    """Step 2: OpenCC t2s to a fixed point; returns whether the text changed."""
    converter = _t2s_converter()
    original = work.text
    converted = original
    for _ in range(3):  # a few characters chain (薴 -> 苧 -> 苎)
        again = converter.convert(converted)
        if again == converted:
            break
        converted = again
    if converted == original:
        return False
    if len(converted) == len(original):
        work.text = converted  # same length: character i still comes from span i
        return True
    # OpenCC's t2s tables are length-preserving today; convert char by char if a future phrase is not.
    logger.debug("t2s changed the text length; converting character by character")
    edits: list[Edit] = []
    for index, char in enumerate(original):
        simplified = char
        for _ in range(3):
            simplified = converter.convert(simplified)
        if simplified != char:
            edits.append((index, index + 1, simplified))
    work.apply(edits)
    return work.text != original


def _is_lone_han_before(text: str, position: int) -> bool:
    """Whether text[position - 1] is a Han char with no letter, digit or Han char right before it."""
    return (
        position > 0
        and _HAN_CHAR.match(text, position - 1) is not None
        and (position < 2 or not text[position - 2].isalnum())
    )


def _split_word_gaps(text: str) -> list[Edit]:
    """Deletions joining words written as 3+ lone Han chars split by separators (中 华 协 会, 中-华-协-会).

    A split name is often glued to the words around it (加入中 华 书 画 协 会诚邀您): a run of at least three lone
    chars after a longer word is joined to that word, and the gap after a run is closed when it is the run's own
    separator and a Han word follows.
    """
    edits: list[Edit] = []
    position = 0
    while (match := _SPLIT_TAIL_RE.search(text, position)) is not None:
        gaps = list(_SEPARATOR_RE.finditer(text, match.start(), match.end()))
        if not _is_lone_han_before(text, match.start()):
            if len(gaps) < _MIN_SPLIT_CHARS:
                position = gaps[0].end()  # the char before is not a lone Han char: a run may still start at the next one
                continue
            if gaps[0].group() != gaps[1].group():
                gaps = gaps[1:]  # 本会 中·华·慈·善·会: a real word gap before a run split by another separator stays
        edits.extend((gap.start(), gap.end(), "") for gap in gaps)
        tail = _SEPARATOR_RE.match(text, match.end())
        # the same separator as inside the run: 中·华·慈·善·会 成立 keeps its real word gap
        if tail is not None and tail.group() == gaps[-1].group() and _HAN_CHAR.match(text, tail.end()):
            edits.append((tail.start(), tail.end(), ""))
        position = match.end()
    return edits


def _fold_evasions(work: _OffsetText, tables: _CharTables) -> bool:
    """Step 3 once: marks on Han dropped, split words joined, emoji in words dropped, variants folded."""
    changed = False
    text = work.text
    edits = [
        (match.start(), match.end(), "")
        for match in tables.marks_re.finditer(text)
        if match.start() > 0 and _HAN_CHAR.match(text, match.start() - 1)
    ]
    if edits:
        work.apply(edits)
        text, changed = work.text, True
    edits = _split_word_gaps(text)
    if edits:
        work.apply(edits)
        text, changed = work.text, True
    edits = [
        (match.start(), match.end(), "")
        for match in _EMOJI_RUN_RE.finditer(text)
        if match.start() > 0 and _HAN_CHAR.match(text, match.start() - 1) and _HAN_CHAR.match(text, match.end())
    ]
    if edits:
        work.apply(edits)
        text, changed = work.text, True
    edits = [match.span() + (_FOLDS[match.group()],) for match in _FOLD_RE.finditer(text)]
    if edits:
        work.apply(edits)
        changed = True
    return changed


def normalize(text: str) -> NormalizedText:
    """Normalize text (NFKC, lowercase, invisible chars, whitespace, t2s, evasion folding) keeping offsets."""
    tables = _char_tables()
    work = _OffsetText(text)
    _map_characters(work, tables)
    _collapse_whitespace(work)
    _to_simplified(work)
    for _ in range(_MAX_FOLD_ROUNDS):
        # A fold can create a t2s phrase or a new fold next to it; repeat until nothing changes.
        if not _fold_evasions(work, tables):
            break
        _to_simplified(work)
    return work.result()


def normalize_batch(texts: list[str]) -> list[NormalizedText]:
    """normalize() for each text."""
    return [normalize(text) for text in texts]


# --------------------------------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------------------------------


@functools.cache
def _segmenter() -> Callable[[str], list[str]]:
    """rjieba's cut without HMM (same output as jieba HMM off, checked in tests), else jieba."""
    try:
        import rjieba  # builds its default dictionary on import

        return lambda text: rjieba.cut(text, False)
    except ImportError:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        return lambda text: list(tokenizer.cut(text, HMM=False))


def segment(text: str) -> list[str]:
    """Words of (already normalized) text, jieba dictionary segmentation without HMM; whitespace dropped."""
    if not text:
        return []
    return [word for word in _segmenter()(text) if not word.isspace()]


def segment_batch(texts: list[str]) -> list[list[str]]:
    """segment() for each text."""
    return [segment(text) for text in texts]
