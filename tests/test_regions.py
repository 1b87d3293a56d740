"""Tests for orgwatch.regions: region mentions with offsets, short forms, ambiguity rules, the regions table."""

import csv
from collections import Counter

from orgwatch.regions import REGIONS_FILE, find_regions
from orgwatch.text import normalize


def _names(text):
    return [region["name"] for region in find_regions(text)]


def test_full_and_short_forms_with_original_offsets():
    text = "我在廣東省深圳市福田區，也常去东莞"
    regions = find_regions(text)
    assert [(r["name"], r["province"], r["level"]) for r in regions] == [
        ("广东省", "广东省", "province"),
        ("深圳市", "广东省", "prefecture"),
        ("东莞市", "广东省", "prefecture"),
    ]
    assert [text[r["start"] : r["end"]] for r in regions] == ["廣東省", "深圳市", "东莞"]


def test_normalized_input_gives_the_same_offsets():
    text = "浙 江 杭 州 的 协 会"
    assert find_regions(normalize(text)) == find_regions(text)
    assert [text[r["start"] : r["end"]] for r in find_regions(text)] == ["浙 江", "杭 州"]


def test_first_mention_only():
    text = "深圳的活动。深圳市民政局提醒"
    regions = find_regions(text)
    assert [(r["name"], r["start"]) for r in regions] == [("深圳市", 0)]


def test_longest_match_and_same_name_levels():
    assert _names("吉林省吉林市") == ["吉林省", "吉林市"]
    assert _names("内蒙古锡林郭勒盟") == ["内蒙古自治区", "锡林郭勒盟"]
    assert _names("延边州和恩施") == ["延边朝鲜族自治州", "恩施土家族苗族自治州"]


def test_runs_of_region_names():
    assert _names("山西大同的书画协会") == ["山西省", "大同市"]


def test_common_words_are_not_regions():
    for text in ("孙中山先生穿中山装", "各位来宾", "祝您平安安康", "美国德州", "未开封的包装", "长沙发", "夸下海口", "世界大同"):
        assert find_regions(text) == [], text


def test_contextual_short_forms_after_their_province():
    assert _names("陕西安康的朋友") == ["陕西省", "安康市"]
    assert _names("山东德州") == ["山东省", "德州市"]
    assert _names("广西来宾市") == ["广西壮族自治区", "来宾市"]  # the full name needs no context


def test_table_lists_all_provincial_and_prefecture_level_divisions():
    with REGIONS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    levels = Counter(row["level"] for row in rows)
    assert levels == {"province": 34, "prefecture": 333}
    provinces = {row["name"] for row in rows if row["level"] == "province"}
    assert all(row["province"] in provinces for row in rows)
    assert len({row["name"] for row in rows}) == len(rows)
    for row in rows:
        for alias in filter(None, row["aliases"].split("|")):
            assert normalize(alias.rstrip("*")).text == alias.rstrip("*")
