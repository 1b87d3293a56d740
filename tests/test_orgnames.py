"""Tests for orgwatch.orgnames: name boundaries, national prefixes, known-list exact and fuzzy matches."""

import pytest

from orgwatch.orgnames import KnownOrg, KnownOrgIndex, find_organizations, known_index, match_known
from orgwatch.text import normalize


def _spans(text):
    return [(org["name"], text[org["start"] : org["end"]]) for org in find_organizations(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欢迎加入中国书画协会", "中国书画协会"),
        ("热烈祝贺张三当选中国书画家协会常务理事", "中国书画家协会"),
        ("我在中国参加世界书画协会的年会", "世界书画协会"),
        ("欢迎广大书画爱好者加入中华诗词研究院", "中华诗词研究院"),
        ("感谢中国城乡发展促进会的支持", "中国城乡发展促进会"),
        ("由亚太文化产业联盟主办", "亚太文化产业联盟"),
    ],
)
def test_left_boundary_skips_verbs_and_particles(text, name):
    assert [found for found, _ in _spans(text)] == [name]


def test_offsets_point_into_spaced_and_traditional_input():
    spaced = "中 华 书 画 协 会 收 取 会 费"
    assert _spans(spaced) == [("中华书画协会", "中 华 书 画 协 会")]
    traditional = "加入中國美學研究會吧"
    [org] = find_organizations(traditional)
    assert traditional[org["start"] : org["end"]] == "中國美學研究會"
    assert org["name"] == "中国美学研究会"
    assert org["known_list"]["match"] == "exact"


def test_a_name_split_by_spaces_is_one_name_with_offsets_over_the_spaced_text():
    text = "欢迎加入中国 美学研究会，成为理事"
    [org] = find_organizations(text)
    assert org["name"] == "中国美学研究会"
    assert text[org["start"] : org["end"]] == "中国 美学研究会"
    assert org["known_list"]["match"] == "exact"
    # a line break is not a space inside a name
    assert [o["name"] for o in find_organizations("会员须知中国\n美学研究会")] == ["美学研究会"]


@pytest.mark.parametrize("text", ["报名表填好后发送至组委会", "作品请在截止日期后寄到组委会", "作品完成后提交组委会"])
def test_words_before_a_bare_committee_are_not_its_name(text):
    assert find_organizations(text) == []


def test_national_prefix_flag():
    orgs = {org["name"]: org["national_prefix"] for org in find_organizations("中华诗词研究院与深圳市书法家协会")}
    assert orgs == {"中华诗词研究院": True, "深圳市书法家协会": False}


def test_exact_known_match_cites_list_date_and_source():
    [org] = find_organizations("据报道，中国美学研究会等10家被列入名单")
    known = org["known_list"]
    assert known["match"] == "exact" and known["similarity"] == 1.0
    assert known["name"] == "中国美学研究会"
    assert known["date"] == "2021-02-18"
    assert known["list"].startswith("民政部") and known["source"].startswith("http")


def test_fuzzy_known_match():
    [org] = find_organizations("中国美学研究协会招募理事")
    known = org["known_list"]
    assert known["match"] == "fuzzy" and known["name"] == "中国美学研究会"
    assert 0.8 <= known["similarity"] < 1.0


def test_registered_lookalikes_are_not_fuzzy_matches():
    # 中国书法家协会 is registered; 中国硬笔书法家协会 (one character more) is on the list.
    orgs = {org["name"]: org["known_list"] for org in find_organizations("中国书法家协会和中国硬笔书法家协会")}
    assert orgs["中国书法家协会"] is None
    assert orgs["中国硬笔书法家协会"]["match"] == "exact"


def test_branch_keeps_its_parent_name():
    assert _spans("中国易经哲学家协会广东分会成立") == [("中国易经哲学家协会广东分会", "中国易经哲学家协会广东分会")]


def test_known_names_without_an_org_suffix_are_scanned():
    assert [org["name"] for org in find_organizations("加入善心汇的会员")] == ["善心汇"]
    assert find_organizations("人人公益，从我做起") == []  # an everyday phrase on the list is not scanned for


@pytest.mark.parametrize("text", ["酒店位于市中心，附近有购物中心", "孩子们学会了游泳", "本协会由会员组成", "夜总会很吵"])
def test_everyday_words_are_not_organizations(text):
    assert find_organizations(text) == []


def test_first_mention_only():
    text = "中华诗词研究院通知：中华诗词研究院招收会员"
    assert [org["start"] for org in find_organizations(text)] == [0]


def test_match_known_batch_and_index():
    assert [m and m["match"] for m in match_known(["中國美學研究會", "中国美学研究协会", "深圳市书法家协会"])] == [
        "exact",
        "fuzzy",
        None,
    ]
    index = KnownOrgIndex(
        [KnownOrg("中华谭(弹)腿联合总会", "list a", "2020-01-01", "s1"), KnownOrg("中华谭(弹)腿联合总会", "list b", "2022-01-01", "s2")]
    )
    assert index.match(normalize("中华弹腿联合总会").text)["list"] == "list b"  # latest list cited
    assert index.match("中华谭腿联合总会")["match"] == "exact"


def test_known_list_fuzzy_matching_is_fast():
    import time

    names = [f"中国{chr(0x4E00 + i % 500)}{chr(0x4E80 + i % 300)}研究促进会" for i in range(1000)]
    index = known_index()
    started = time.perf_counter()
    for name in names:
        index.match(name)
    assert time.perf_counter() - started < 1.0
