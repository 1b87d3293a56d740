"""Clue reports: name keys and merging, sites, leads and their order, the written report, bad lines, the CLI."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from orgwatch.cli import app
from orgwatch.clues import (
    BadLine,
    build_leads,
    day_of,
    merge_names,
    org_kind,
    org_name_key,
    render_html,
    safe_href,
    site_of,
    write_report,
)
from orgwatch.scan import result_schema, scan
from orgwatch.scoring import load_classifier
from tests.conftest import write_jsonl

runner = CliRunner()
KNOWN = {"list": "民政部2021年第一批涉嫌非法社会组织名单", "date": "2021-02-18", "source": "https://example.org/list",
         "name": "中国美学研究会", "match": "exact", "similarity": 1.0}


def result(id_, suggestion="block", illegal_org=0.9, charity_fraud=0.1, orgs=(), url=None, date=None, evidence=(),
           regions=()):
    """A scan result as `orgwatch scan` writes it."""
    def label(score):
        return {"score": score, "suggestion": "block" if score >= 0.8 else "review" if score >= 0.5 else "pass"}

    out = {
        "id": id_, "suggestion": suggestion,
        "labels": {"illegal_org": label(illegal_org), "charity_fraud": label(charity_fraud)},
        "evidence": [{"label": "illegal_org", "text": text, "start": 0, "end": len(text), "source": source}
                     for text, source in evidence],
        "organizations": [{"name": name, "start": 0, "end": len(name), "national_prefix": True, "known_list": known}
                          for name, known in ((o, None) if isinstance(o, str) else o for o in orgs)],
        "regions": [{"name": name, "province": province, "level": "prefecture", "start": 0, "end": 2}
                    for name, province in regions],
        "model_version": "test", "truncated": False, "warnings": [],
    }
    if url is not None:
        out["url"] = url
    if date is not None:
        out["date"] = date
    return out


def leads_by_name(report):
    return {(lead["kind"], lead["name"]): lead for lead in report.leads}


def test_name_keys_fold_width_traditional_spacing_punctuation_and_glyph_variants():
    assert org_name_key("中囯 书画·家協會") == "中国书画家协会"
    assert org_name_key("ＡＢＣ 书画协会！") == "abc书画协会"
    assert org_kind("中国书画家协会总会") == "协会"
    assert org_kind("中华慈善总会") == "慈善总会"
    assert org_kind("中国书画家研究会") == "研究会"


def test_merging_joins_names_that_only_add_characters_and_keeps_other_names_apart():
    groups = merge_names({"中国书画家协会": 5, "中国书画家协会总会": 2, "特邀中国书画家协会": 1, "中国书画协会": 1,
                          "中国书法家协会": 3, "中国书画家研究会": 2, "海峡两岸姓氏文化管理中心": 2,
                          "海峡两岸茶文化管理中心": 1, "中国书画家协会广东分会": 1})
    assert {name for name, group in groups.items() if group == "中国书画家协会"} == {
        "中国书画家协会", "中国书画家协会总会", "特邀中国书画家协会", "中国书画协会"}
    for separate in ("中国书法家协会", "中国书画家研究会", "海峡两岸茶文化管理中心", "中国书画家协会广东分会"):
        assert groups[separate] == separate  # a registered lookalike, another kind, a replaced word, a branch


def test_merging_keeps_names_of_different_known_list_entries_apart_and_honours_the_threshold():
    counts = {"中国美学研究会": 2, "中国美学研究会总会": 1}
    assert merge_names(counts)["中国美学研究会总会"] == "中国美学研究会"
    known = {"中国美学研究会": "中国美学研究会", "中国美学研究会总会": "中国美学研究会总会"}
    assert merge_names(counts, known)["中国美学研究会总会"] == "中国美学研究会总会"
    assert merge_names(counts, similarity=1.0)["中国美学研究会总会"] == "中国美学研究会总会"
    same_entry = {"中国美学研究会": "中国美学研究会", "美学研究会": "中国美学研究会"}  # a fuzzy match of a cut name
    assert merge_names({"中国美学研究会": 2, "美学研究会": 1}, same_entry)["美学研究会"] == "中国美学研究会"


@pytest.mark.parametrize("url, expected", [
    ("https://WWW.Example.com:8080/a?b=1", ("example.com", False)),
    ("www.example.com/p/1", ("example.com", False)),
    ("m.example.com", ("example.com", False)),
    ("https://weibo.com/1210009767/4501792333", ("weibo.com/1210009767", False)),
    ("https://mp.weixin.qq.com/s?__biz=MzA5&mid=1", ("mp.weixin.qq.com/__biz=MzA5", False)),
    ("http://tieba.baidu.com/p/5316673", ("tieba.baidu.com", True)),
    ("javascript:alert(1)", None),
    ("", None),
    (None, None),
])
def test_site_of_a_url(url, expected):
    assert site_of(url) == expected


def test_day_of_reads_common_date_forms():
    assert day_of("2026-01-04T12:00:00Z") == "2026-01-04"
    assert day_of("2026/1/4") == "2026-01-04"
    assert day_of("2026年1月4日") == "2026-01-04"
    assert day_of("1767484800") == "2026-01-04"
    assert day_of("1767484800000") == "2026-01-04"
    assert day_of("yesterday") is None and day_of("2026-13-40") is None and day_of(None) is None


def test_leads_group_flagged_pages_by_merged_organization_and_by_site(tmp_path):
    path = write_jsonl(tmp_path / "scan.jsonl", [
        result("a", illegal_org=0.95, orgs=["中国书画家协会"], url="https://www.shuhua.org/a", date="2026-01-04",
               evidence=[("缴纳会费即可授牌", "pattern")], regions=[("深圳市", "广东省")]),
        result("b", "review", illegal_org=0.6, orgs=["中国书画家协会总会", "中国书画家协会"],
               url="http://shuhua.org/b", date="2026-02-01", regions=[("深圳市", "广东省")]),
        result("c", illegal_org=0.85, orgs=["中囯 书画家协会"], url="https://weibo.com/123/456"),
        result("d", "pass", illegal_org=0.1, orgs=["中国书画家协会"], url="https://shuhua.org/d"),
        result("e", illegal_org=0.1, charity_fraud=0.9, url="https://shuhua.org/e", date="2025-12-30"),
        result("f", illegal_org=0.1, charity_fraud=0.9),
    ])
    report = build_leads([path])
    leads = leads_by_name(report)
    org = leads[("organization", "中国书画家协会")]
    assert org["pages"] == 3  # page b names two variants and counts once; the pass page d is left out
    assert {variant["name"] for variant in org["variants"]} == {"中国书画家协会", "中国书画家协会总会"}
    assert org["domains"] == ["shuhua.org", "weibo.com"]
    assert (org["first_seen"], org["last_seen"], org["pages_without_date"]) == ("2026-01-04", "2026-02-01", 1)
    assert org["scores"]["illegal_org"] == {"max": 0.95, "mean": round((0.95 + 0.6 + 0.85) / 3, 4)}
    assert org["suggestions"] == {"review": 1, "block": 2}
    assert org["regions"] == [{"name": "广东省深圳市", "pages": 2}]
    assert org["evidence"][0]["id"] == "a" and org["evidence"][0]["evidence"] == ["缴纳会费即可授牌"]
    site = leads[("site", "shuhua.org")]
    assert site["pages"] == 3 and site["first_seen"] == "2025-12-30"
    assert ("site", "weibo.com/123") in leads
    assert (report.results, report.flagged, report.in_no_lead) == (6, 5, 1)

    only_block = build_leads([path], min_suggestion="block")
    assert leads_by_name(only_block)[("organization", "中国书画家协会")]["pages"] == 2


def test_leads_are_sorted_by_risk_with_known_list_names_weighted(tmp_path):
    rows = [result(f"many-{i}", illegal_org=0.8, orgs=["全球艺术研究院"]) for i in range(3)]
    rows += [result("known", illegal_org=0.8, orgs=[("中国美学研究会", KNOWN)]),
             result("strong", illegal_org=0.99, orgs=["亚太文旅评价中心"]),
             result("weak", "review", illegal_org=0.55, orgs=["东方健康研究会"])]
    report = build_leads([write_jsonl(tmp_path / "scan.jsonl", rows)])
    assert [lead["name"] for lead in report.leads] == ["全球艺术研究院", "中国美学研究会", "亚太文旅评价中心",
                                                       "东方健康研究会"]
    assert [lead["rank"] for lead in report.leads] == [1, 2, 3, 4]
    assert report.leads[1]["known_list"][0]["list"] == KNOWN["list"]
    risks = [lead["risk"] for lead in report.leads]
    assert risks == sorted(risks, reverse=True)


def test_platform_pages_without_account_are_one_platform_lead_whose_pages_do_not_add_up(tmp_path):
    rows = [result(f"t{i}", illegal_org=0.9, url=f"https://tieba.baidu.com/p/{i}") for i in range(5)]
    rows.append(result("s", illegal_org=0.9, url="https://fake-assoc.org/1"))
    rows.append(result("s2", illegal_org=0.9, url="https://fake-assoc.org/2"))
    report = build_leads([write_jsonl(tmp_path / "scan.jsonl", rows)])
    assert [(lead["kind"], lead["name"], lead["pages"]) for lead in report.leads] == [
        ("site", "fake-assoc.org", 2), ("platform", "tieba.baidu.com", 5)]


def test_report_files_are_written_with_bom_csv_escaped_html_and_safe_links(tmp_path):
    script = "<script>alert('x')</script>"
    rows = [result("p1", orgs=["中国书画家协会"], url="javascript:alert(1)", evidence=[(script, "model")]),
            result("p2", orgs=["中国书画家协会"], url="https://shuhua.org/<b>", evidence=[("=HYPERLINK(\"x\")", "model")])]
    report = build_leads([write_jsonl(tmp_path / "scan.jsonl", rows)])
    paths = write_report(report, tmp_path / "report")
    assert [path.name for path in paths] == ["leads.csv", "leads.json", "index.html"]

    raw = (tmp_path / "report" / "leads.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "report" / "leads.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows_read = list(csv.DictReader(handle))
    assert rows_read[0]["name"] == "中国书画家协会" and rows_read[0]["pages"] == "2"
    assert all(not row["evidence"].startswith("=") for row in rows_read)

    saved = json.loads((tmp_path / "report" / "leads.json").read_text(encoding="utf-8"))
    assert saved["leads"] == report.leads and "not verdicts" in saved["note"]

    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page and "https://shuhua.org/&lt;b&gt;" in page
    assert "Leads for human checking, not verdicts" in page
    assert "<link" not in page and " src=" not in page and "@import" not in page and "url(" not in page
    assert page.index("中国书画家协会") < page.index("shuhua.org</b>")  # sorted by risk: the org lead first


def test_safe_href_only_links_http_pages():
    assert safe_href("www.example.com/a") == "http://www.example.com/a"
    assert safe_href("https://example.com/a") == "https://example.com/a"
    for bad in ("javascript:alert(1)", "data:text/html,x", "JAVASCRIPT://example.com/%0aalert(1)", "/relative", ""):
        assert safe_href(bad) is None


def test_html_shows_only_the_top_leads_when_asked(tmp_path):
    rows = [result(f"p{i}", url=f"https://site{i}.org/") for i in range(5)]
    report = build_leads([write_jsonl(tmp_path / "scan.jsonl", rows)])
    page = render_html(report, max_leads=2)
    assert page.count("<tr><td") == 2 and "top 2 of 5 leads" in page


def test_bad_lines_are_skipped_counted_and_named_by_file_and_line(tmp_path):
    path = tmp_path / "scan.jsonl"
    good = json.dumps(result("ok", orgs=["中国书画家协会"]), ensure_ascii=False)
    path.write_bytes("\n".join([good, "{not json", '["a list"]', '{"suggestion": "maybe", "labels": {}}', good])
                     .encode("utf-8") + b"\n\xff\xfe\n")
    seen: list[BadLine] = []
    report = build_leads([path], on_bad=seen.append)
    assert [(bad.line, bad.file) for bad in seen] == [(2, str(path)), (3, str(path)), (4, str(path)), (6, str(path))]
    assert report.bad_lines == 4 and report.results == 2
    assert str(seen[0]).startswith(f"{path}:2: not JSON")


def test_parquet_and_folder_inputs_are_read_and_scan_side_files_left_out(tmp_path):
    rows = [result("p1", orgs=["中国书画家协会"], url="https://shuhua.org/1", date="2026-01-04")]
    pq.write_table(pa.Table.from_pylist(rows, schema=result_schema()), tmp_path / "scan.parquet")
    write_jsonl(tmp_path / "scan.parquet.errors.jsonl", [{"file": "x", "line": 1, "reason": "bad"}])
    report = build_leads([tmp_path])
    assert report.inputs == [str((tmp_path / "scan.parquet").resolve())] and report.bad_lines == 0
    assert leads_by_name(report)[("organization", "中国书画家协会")]["first_seen"] == "2026-01-04"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory, tiny_lexical_bundle, small_corpus) -> Path:
    """Real scan output of the tiny bundle over generated pages plus pages naming one known-list organization."""
    folder = tmp_path_factory.mktemp("clues_scan")
    rows = [json.loads(line) for line in small_corpus.read_text(encoding="utf-8").splitlines()[:120]]
    items = [{name: row[name] for name in ("id", "text", "url", "source_type", "created_at") if row.get(name)}
             for row in rows if row.get("text")]
    for index, (name, host) in enumerate([("中国美学研究会", "www.zgmx.org"), ("中国美学研究会总会", "zgmx.org"),
                                          ("中国 美学研究会", "meixue.top")]):
        items.append({"id": f"known-{index}", "url": f"https://{host}/join/{index}",
                      "created_at": f"2026-03-0{index + 1}",
                      "text": f"{name}面向全国招募理事，缴纳会费三千元即可授牌并颁发证书，统一社会信用代码"
                              "51440300MJL123456X，请转账至个人账户。"})
    source = write_jsonl(folder / "pages.jsonl", items)
    scan([source], folder / "scan.jsonl", classifier=load_classifier(tiny_lexical_bundle), batch_size=32)
    with (folder / "scan.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken"\n')
    return folder / "scan.jsonl"


def test_cli_turns_a_real_scan_into_a_report(scanned, tmp_path):
    out = tmp_path / "report"
    outcome = runner.invoke(app, ["clues", str(scanned), "-o", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert f"{scanned}:" in outcome.output and "not JSON" in outcome.output
    results = [json.loads(line) for line in scanned.read_text(encoding="utf-8").splitlines()[:-1]]
    flagged = [r for r in results if r["suggestion"] != "pass"]
    saved = json.loads((out / "leads.json").read_text(encoding="utf-8"))
    assert saved["counts"]["results"] == len(results) and saved["counts"]["flagged"] == len(flagged)
    assert saved["counts"]["bad_lines"] == 1
    known_pages = [r for r in flagged if r["id"].startswith("known-")]
    assert len(known_pages) == 3, "the tiny model flags the known-organization pages"
    lead = next(lead for lead in saved["leads"] if lead["name"] == "中国美学研究会")
    assert lead["pages"] == 3 and lead["known_list"] and lead["domains"] == ["zgmx.org", "meixue.top"]
    assert (lead["first_seen"], lead["last_seen"]) == ("2026-03-01", "2026-03-03")
    top = max(scores["max"] for scores in lead["scores"].values())
    assert lead["risk"] == pytest.approx(top * (1 + math.log(3)) * 1.5, abs=1e-3)  # the known-list weight
    risks = [lead["risk"] for lead in saved["leads"]]
    assert risks == sorted(risks, reverse=True)
    assert (out / "index.html").read_text(encoding="utf-8").count("<tr><td") == len(saved["leads"])
    assert (out / "leads.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_names_a_missing_input(tmp_path):
    outcome = runner.invoke(app, ["clues", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r")])
    assert outcome.exit_code == 1 and "nope.jsonl" in outcome.output
