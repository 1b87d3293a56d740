"""Tests for orgwatch.text: decoding, HTML extraction, normalization with offsets, evasion folding, segmentation."""

import csv
import logging
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwatch import text as text_module
from orgwatch.paths import CORPORA_DIR
from orgwatch.text import (
    CONTACT_VARIANTS,
    HOMOPHONE_VARIANTS,
    ExtractedPage,
    TextDecodeError,
    decode_bytes,
    extract_html,
    normalize,
    normalize_batch,
    segment,
    segment_batch,
)

SIMPLIFIED = "中华慈善协会接受捐款，请通过官方渠道办理。"
TRADITIONAL = "中華慈善協會接受捐款，請通過官方渠道辦理。"


def _corpus_texts(limit: int) -> list[str]:
    """Real review and news texts from ../shared/corpora (skips the test when absent)."""
    hotel = CORPORA_DIR / "ChineseNlpCorpus" / "ChnSentiCorp_htl_all.csv"
    news = CORPORA_DIR / "Chinese-Text-Classification-Pytorch" / "dev.txt"
    if not hotel.exists() or not news.exists():
        pytest.skip("shared corpora not available")
    with hotel.open(encoding="utf-8") as handle:
        texts = [row["review"] for row in csv.DictReader(handle) if row["review"]][: limit // 2]
    with news.open(encoding="utf-8") as handle:
        texts += [line.split("\t")[0] for line in handle][: limit // 2]
    return texts


def _assert_offsets_valid(original: str, result) -> None:
    assert len(result.starts) == len(result.ends) == len(result.text)
    for index in range(len(result.text)):
        assert 0 <= result.starts[index] < result.ends[index] <= len(original)
        if index:
            assert result.starts[index - 1] <= result.starts[index]
            assert result.ends[index - 1] <= result.ends[index]


# ---------------------------------------------------------------------------------------------------------------------
# decode_bytes
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "sample"),
    [
        ("utf-8", SIMPLIFIED),
        ("utf-8-sig", SIMPLIFIED),
        ("gb18030", SIMPLIFIED),
        ("gbk", SIMPLIFIED),
        ("gb2312", SIMPLIFIED),
        ("big5", TRADITIONAL),
        ("utf-16", SIMPLIFIED),
    ],
)
@pytest.mark.parametrize("declared", [None, "right", "iso-8859-1", "utf-8", "gbk"])
def test_decode_round_trips_chinese_with_right_wrong_or_missing_declaration(encoding, sample, declared):
    data = sample.encode(encoding)
    charset = encoding if declared == "right" else declared
    assert decode_bytes(data, charset) == sample


def test_decode_short_texts_without_declaration():
    for word in ("会费", "理事", "捐款账户", "公益"):
        assert decode_bytes(word.encode("gbk")) == word
        assert decode_bytes(word.encode("utf-8")) == word


def test_decode_uses_meta_charset_when_nothing_is_declared():
    page = '<html><head><meta charset="big5"></head><body>會費</body></html>'
    assert decode_bytes(page.encode("big5")) == page


def test_decode_tolerates_a_page_cut_inside_the_last_character():
    data = "中文网页".encode("utf-8")[:-1]
    assert decode_bytes(data) == "中文网\ufffd"


def test_decode_plain_ascii_and_empty():
    assert decode_bytes(b"hello world") == "hello world"
    assert decode_bytes(b"") == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "中文".encode("utf-8") + b"\x00\x00" + "正文".encode("utf-8"),
        bytes(range(256)) * 8,
        b"text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f",
    ],
)
def test_binary_input_raises_text_decode_error_without_echoing_content(data):
    with pytest.raises(TextDecodeError) as caught:
        decode_bytes(data)
    assert "binary" in str(caught.value) or "undecodable" in str(caught.value)
    assert "中文" not in str(caught.value) and "JFIF" not in str(caught.value)


def test_text_decode_error_is_a_value_error():
    assert issubclass(TextDecodeError, ValueError)


# ---------------------------------------------------------------------------------------------------------------------
# extract_html
# ---------------------------------------------------------------------------------------------------------------------

ARTICLE_HTML = (
    "<html><head><title>中华慈善协会 - 公告</title><style>.secret{color:red}</style>"
    "<script>var token = 'SCRIPT_SECRET';</script></head><body>"
    "<nav>首页 关于我们</nav><article><h1>关于缴纳会费的通知</h1>"
    + "<p>各位会员：本会将于下月召开理事会，请于月底前缴纳年度会费，逾期视为自动退会。</p>" * 8
    + "<noscript>NOSCRIPT_SECRET</noscript><template><p>TEMPLATE_SECRET</p></template>"
    "<table><tr><td>理事</td><td>5000元</td></tr><tr><td>会员</td><td>1000元</td></tr></table>"
    "<script>document.write('INLINE_SECRET')</script><style>p{margin:0}</style></article>"
    "<footer>版权所有</footer></body></html>"
)
SECRETS = ("SCRIPT_SECRET", "NOSCRIPT_SECRET", "TEMPLATE_SECRET", "INLINE_SECRET", "secret{color", "margin:0")


def test_extract_keeps_title_main_text_and_tables_without_leaking_code():
    page = extract_html(ARTICLE_HTML)
    assert isinstance(page, ExtractedPage)
    assert page.title == "中华慈善协会 - 公告"
    assert page.text.startswith(page.title + "\n")
    assert "请于月底前缴纳年度会费" in page.text
    assert "5000元" in page.text
    for secret in SECRETS:
        assert secret not in page.text


def test_extract_small_page_keeps_everything_visible():
    html = (
        "<html><head><title>爱心救助</title><script>x='SCRIPT_SECRET'</script></head><body>"
        "<div>孩子急需手术费</div><div>请扫码捐款</div><footer>联系微信 abc123</footer></body></html>"
    )
    page = extract_html(html)
    assert page.text == "爱心救助\n孩子急需手术费\n请扫码捐款\n联系微信 abc123"


def test_extract_does_not_split_words_at_inline_tags():
    page = extract_html("<div>中华<b>慈善</b><span>协会</span></div><p>第二段</p>")
    assert page.text == "中华慈善协会\n第二段"
    assert page.title == ""


def test_extract_survives_10000_nested_divs():
    html = "<html><head><title>深层</title></head><body>" + "<div>" * 10000 + "最里面的文字" + "</div>" * 10000
    page = extract_html(html + "</body></html>")
    assert page.text == "深层\n最里面的文字"


def test_extract_keeps_text_nested_deeper_than_lxml_allows():
    paragraph = "<div><p>这是一个用于测试的段落。</p>"
    page = extract_html("<html><body>" + paragraph * 400 + "</div>" * 400 + "</body></html>")
    assert page.text.count("这是一个用于测试的段落。") == 400


@pytest.mark.parametrize(
    "html",
    ["", "<<<>>>", "<p>未闭合<div><b>粗体<i>斜体</p></div>尾巴<script>x=1", "<?xml version='1.0' encoding='gbk'?><p>声明</p>"],
)
def test_extract_never_raises_on_malformed_html(html):
    page = extract_html(html)
    assert "x=1" not in page.text


# ---------------------------------------------------------------------------------------------------------------------
# normalize: basic steps
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３，！", "abc123,!"),
        ("Hello WORLD", "hello world"),
        ("中\u200b华\u200d协\ufeff会\u2060", "中华协会"),
        ("\u202eabc\u202c\u2066d\u2069", "abcd"),
        ("a\x00b\x07c\x7f", "abc"),
        ("中\ufe0f华", "中华"),
        ("  a \t\u3000 b  ", "a b"),
        ("第一句。\r\n\r\n  第二句。\n\n\n第三句", "第一句。\n第二句。\n第三句"),
        ("a \n b", "a\nb"),
        (TRADITIONAL, SIMPLIFIED.replace("，", ",")),
        ("", ""),
    ],
)
def test_normalize_basic_steps(raw, expected):
    assert normalize(raw).text == expected


def test_traditional_to_simplified_keeps_one_offset_per_character():
    result = normalize("中華慈善總會")
    assert result.text == "中华慈善总会"
    assert result.starts == (0, 1, 2, 3, 4, 5)
    assert result.ends == (1, 2, 3, 4, 5, 6)


def test_offsets_of_dropped_and_expanded_characters():
    raw = "Ａ\u200bﬁ…b"
    result = normalize(raw)
    assert result.text == "afi...b"
    assert [raw[s:e] for s, e in zip(result.starts, result.ends)] == ["Ａ", "ﬁ", "ﬁ", "…", "…", "…", "b"]


def test_to_original_maps_spans_and_rejects_bad_ones():
    raw = "  请加 V信：abc"
    result = normalize(raw)
    assert result.text == "请加 微信:abc"
    start = result.text.index("微信")
    begin, end = result.to_original(start, start + 2)
    assert raw[begin:end] == "V信"
    assert result.to_original(0, len(result.text)) == (2, len(raw))
    assert result.to_original(1, 1) == (3, 3)
    with pytest.raises(ValueError):
        result.to_original(3, 2)
    with pytest.raises(ValueError):
        result.to_original(0, len(result.text) + 1)


def test_normalize_batch_matches_normalize():
    texts = ["中 华 协 会", "ＶＸ：123", ""]
    assert normalize_batch(texts) == [normalize(text) for text in texts]


# ---------------------------------------------------------------------------------------------------------------------
# normalize: evasion folding (expected text, then the evidence word mapped back to what the user sent)
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected", "word", "sent"),
    [
        ("中 华 协 会 收 费", "中华协会收费", "中华协会", "中 华 协 会"),
        ("中-华-协-会", "中华协会", "中华协会", "中-华-协-会"),
        ("本会 中·华·慈·善·会 成立", "本会 中华慈善会 成立", "中华慈善会", "中·华·慈·善·会"),
        ("中🌸华🌸协🌸会", "中华协会", "中华协会", "中🌸华🌸协🌸会"),
        ("中*华/协|会_理.事~长", "中华协会理事长", "理事长", "理.事~长"),
        ("中 华 慈 善 总 會", "中华慈善总会", "总会", "总 會"),
        ("中华❤️协会", "中华协会", "中华协会", "中华❤️协会"),
        ("爱心😊😊捐款", "爱心捐款", "爱心捐款", "爱心😊😊捐款"),
        ("中̲华̲协̲会̲", "中华协会", "中华协会", "中̲华̲协̲会"),
        ("加V信：abc", "加微信:abc", "微信", "V信"),
        ("联系ｖ信", "联系微信", "微信", "ｖ信"),
        ("薇信号123", "微信号123", "微信", "薇信"),
        ("加威信", "加微信", "微信", "威信"),
        ("徽信:abc", "微信:abc", "微信", "徽信"),
        ("卫星号 abc", "微信号 abc", "微信", "卫星"),
        ("卫星联系", "微信联系", "微信", "卫星"),
        ("vx:abc123", "微信:abc123", "微信", "vx"),
        ("vx13800138000", "微信13800138000", "微信", "vx"),
        ("加WX 12345", "加微信 12345", "微信", "WX"),
        ("+vx abc123", "+微信 abc123", "微信", "vx"),
        ("加v 123", "加微信 123", "加微信", "加v"),
        ("嶶信", "微信", "微信", "嶶信"),
        ("扣扣号 123", "qq号 123", "qq", "扣扣"),
        ("QQ群", "qq群", "qq", "QQ"),
        ("加Q Q 123", "加qq 123", "qq", "Q Q"),
        ("zfb转账", "支付宝转账", "支付宝", "zfb"),
        ("支fu宝", "支付宝", "支付宝", "支fu宝"),
        ("支付bao", "支付宝", "支付宝", "支付bao"),
        ("打到yhk里", "打到银行卡里", "银行卡", "yhk"),
        ("请涓款", "请捐款", "捐款", "涓款"),
        ("娟款", "捐款", "捐款", "娟款"),
        ("词善机构", "慈善机构", "慈善", "词善"),
        ("辞善项目", "慈善项目", "慈善", "辞善"),
        ("交会fei", "交会费", "会费", "会fei"),
        ("请hui款", "请汇款", "汇款", "hui款"),
        ("中华xie会", "中华协会", "协会", "xie会"),
        ("善kuan去向", "善款去向", "善款", "善kuan"),
        ("公yi活动", "公益活动", "公益", "公yi"),
        ("捐赠返li", "捐赠返利", "返利", "返li"),
        ("理shi单位", "理事单位", "理事", "理shi"),
    ],
)
def test_evasion_is_folded_and_evidence_maps_back_to_what_was_sent(raw, expected, word, sent):
    result = normalize(raw)
    assert result.text == expected
    start = result.text.index(word)
    begin, end = result.to_original(start, start + len(word))
    assert raw[begin:end] == sent


@pytest.mark.parametrize(
    "raw",
    [
        "你好 世界",
        "我们 的 朋友们",
        "中 华",
        "他 说: 好",
        "the quick brown fox jumps over the lazy dog",
        "树立威信",
        "威信县",
        "卫星加速",
        "气象卫星",
        "安徽信用社",
        "校徽信息",
        "扣扣子",
        "言辞善变",
        "https://wx.qq.com/cgi-bin",
        "http://example.com/vx/v信",
        "mail me: abc.vx@example.com",
        "wxpython",
        "昂达vx530仅售299",
        "索尼wx9相机",
        "名人微博加v认证",
        "版本 v 信息",
        "v信息",
        "sqq q",
        "a-b-c-d",
        "1 2 3 4 5",
        "姓名:张三 / 性别:男",
        "红、黄、蓝、绿",
        "今天 😊 开心",
        "北京→上海",
    ],
)
def test_ordinary_text_is_not_folded(raw):
    assert normalize(raw).text == normalize(raw.lower()).text == raw.lower()


@pytest.mark.parametrize("variant", CONTACT_VARIANTS + HOMOPHONE_VARIANTS, ids=lambda entry: entry[0])
def test_each_table_entry_folds_and_its_canonical_form_is_stable(variant):
    written, canonical, _, _ = variant
    assert normalize(canonical).text == canonical
    if written not in ("威信", "卫星"):  # these two fold only in context
        assert normalize(written).text == canonical
    assert normalize(f"{written}号").text == f"{canonical}号"


# ---------------------------------------------------------------------------------------------------------------------
# normalize: properties
# ---------------------------------------------------------------------------------------------------------------------

ADVERSARIAL_CHARS = list(
    "中华协会慈善捐款理事微信信号加好 的是我你他了在薴苧著穿坏捏毛乾隆會華協總"
    " \n\t\r-·/*_|.~•・,，。!！?:：vVxXwWqQzfbyhkuienasl0123456789"
    "\u200b\u200d\u200e\u202e\u2066\ufeff\ufe0f\u0301\u0332\u20dd\u3000\u00a0\x00\x07\x85\u2028"
    "ＡＶｖ１ﬁ…㈱①㊗🌸❤😊🇨🇳"
) + ["\ud800", "\udfff", "\U0001d400", "\U000e0041", "\U00020000", "\U0002f800"]
adversarial_text = st.text(st.sampled_from(ADVERSARIAL_CHARS), max_size=40) | st.lists(
    st.sampled_from([entry[0] for entry in CONTACT_VARIANTS + HOMOPHONE_VARIANTS] + [" ", "中", "a", "信", "会", "-"]),
    max_size=12,
).map("".join)
any_text = st.text(st.characters(exclude_categories=()), max_size=80)


@settings(max_examples=200, deadline=None)
@given(any_text | adversarial_text)
def test_normalize_is_total_idempotent_and_keeps_valid_offsets(raw):
    result = normalize(raw)
    assert normalize(result.text).text == result.text
    _assert_offsets_valid(raw, result)
    assert result.text == result.text.strip()
    assert "  " not in result.text and "\n\n" not in result.text
    assert not re.search("[\u200b-\u200f\u2060\ufeff\ud800-\udfffA-Z]", result.text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("acdegmnoprstu0123456789我你他的是在有人天好大小 \n")), max_size=60))
def test_unchanged_characters_map_to_themselves(raw):
    result = normalize(raw)
    for index, char in enumerate(result.text):
        assert raw[result.starts[index] : result.ends[index]] == char


@pytest.mark.parametrize("unit", ["a", "中", "中 ", "\u200b", "ﬁ", "\u0301", "\u202e", "😊", "v信", "\ud800"])
def test_normalize_handles_a_megabyte_of_one_pattern(unit):
    raw = unit * (1_000_000 // len(unit))
    result = normalize(raw)
    assert len(result.starts) == len(result.text)
    assert not result.text or result.ends[-1] <= len(raw)


def test_normalize_is_idempotent_on_real_text():
    for raw in _corpus_texts(4000):
        once = normalize(raw).text
        assert normalize(once).text == once


def test_skipped_code_point_ranges_need_no_mapping():
    for low, high in text_module._STABLE_RANGES:
        block = "".join(chr(cp) for cp in range(low, high + 1))
        assert unicodedata.is_normalized("NFKC", block)
        assert block.lower() == block and not re.search(r"\s", block)
        assert not any(unicodedata.category(char) in ("Cc", "Cf", "Cs", "Mn", "Me", "Mc") for char in block)


# ---------------------------------------------------------------------------------------------------------------------
# segment
# ---------------------------------------------------------------------------------------------------------------------


def test_segment_splits_words_and_drops_whitespace():
    words = segment(normalize("中华慈善总会 接受 捐款\n请 汇款到支付宝").text)
    assert words == ["中华慈善总会", "接受", "捐款", "请", "汇款", "到", "支付宝"]
    assert all(word.strip() for word in words)
    assert segment("") == []
    assert segment_batch(["你好", ""]) == [segment("你好"), []]


def test_segment_does_not_log_at_info(caplog):
    with caplog.at_level(logging.INFO):
        segment("我来到北京清华大学")
    assert not [record for record in caplog.records if record.name.startswith("jieba")]


@pytest.fixture(scope="module")
def jieba_tokenizer():
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_segment_matches_jieba_without_hmm_on_real_text(jieba_tokenizer):
    for raw in _corpus_texts(2000):
        normalized = normalize(raw).text
        expected = [word for word in jieba_tokenizer.cut(normalized, HMM=False) if not word.isspace()]
        assert segment(normalized) == expected


@settings(max_examples=200, deadline=None)
@given(adversarial_text)
def test_segment_matches_jieba_without_hmm_on_adversarial_text(jieba_tokenizer, raw):
    normalized = normalize(raw).text
    expected = [word for word in jieba_tokenizer.cut(normalized, HMM=False) if not word.isspace()]
    assert segment(normalized) == expected


@pytest.mark.parametrize(
    ("sent", "folded"),
    [
        ("中 华 书 画 家 协 会诚邀您出任理事", "中华书画家协会诚邀您出任理事"),
        ("欢迎加入中 华 书 画 家 协 会，年费3800", "欢迎加入中华书画家协会,年费3800"),
    ],
)
def test_split_name_glued_to_the_words_around_it_is_joined(sent, folded):
    normalized = normalize(sent)
    assert normalized.text == folded
    start = normalized.text.index("中华书画家协会")
    s, e = normalized.to_original(start, start + len("中华书画家协会"))
    assert sent[s:e].replace(" ", "") == "中华书画家协会"


@pytest.mark.parametrize("sent", ["我的 天 啊", "你好 世界", "您 的 孩子 于 digit 分 刷卡"])
def test_two_lone_chars_next_to_words_stay_apart(sent):
    assert normalize(sent).text == sent
