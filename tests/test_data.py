"""Tests for the training-record contract, readers/writers, dedupe, splits and figures (orgwatch.data)."""

import json
import random

import pytest

from orgwatch import data
from orgwatch.data import Problem, Record, RecordError

CJK = [chr(code) for code in range(0x4E00, 0x4E00 + 2500)]


def random_text(seed: int, length: int = 300) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(CJK) for _ in range(length))


def changed(text: str, seed: int, changes: int = 3) -> str:
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(changes):
        position = rng.randrange(len(chars))
        chars[position] = CJK[(CJK.index(chars[position]) + 1) % len(CJK)]
    return "".join(chars)


def record(record_id: str, text: str, labels=(), origin="generated", **extra) -> Record:
    return Record(id=record_id, text=text, labels=tuple(labels), origin=origin, **extra)


def write_lines(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


SAMPLE_RECORDS = [
    record("a1", "中国XX协会招募理事，缴费即可授牌，\n联系微信", ["illegal_org"], "gold", url="https://a.example.cn/x",
           source_type="web", group="site-a", created_at="2024-05-01", note='quote " and, comma'),
    Record(id="a2", html="<html><head><title>求助</title></head><body><p>爱心捐款请转个人账户</p></body></html>",
           labels=("illegal_org", "charity_fraud"), origin="confirmed", source_type="social",
           created_at="2024-05-01T10:20:30+08:00", moderator="m7", verdict="confirmed"),
    record("a3", "  民政部公布第十批涉嫌非法社会组织名单  ", [], "imported"),
    record("a4", "公益理财，捐赠返利 10%", ["charity_fraud"], "generated", group="tpl-3"),
]


# --- record contract ------------------------------------------------------------------------------------------------


def test_record_dict_round_trip_keeps_every_field_and_orders_labels():
    for item in SAMPLE_RECORDS:
        assert Record.from_dict(item.to_dict()) == item
    reordered = Record.from_dict({"id": "x", "text": "t", "labels": ["charity_fraud", "illegal_org"], "origin": "gold"})
    assert reordered.labels == ("illegal_org", "charity_fraud")
    assert "html" not in reordered.to_dict()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"text": 5}, "text"),
        ({"id": 3}, "id"),
        ({"labels": "illegal_org"}, "labels"),
        ({"labels": ["spam"]}, "labels"),
        ({"labels": ["illegal_org", "illegal_org"]}, "labels"),
        ({"html": "<p>x</p>"}, "html"),
        ({"text": "   "}, "text"),
        ({"origin": "scraped"}, "origin"),
        ({"source_type": "forum"}, "source_type"),
        ({"created_at": "yesterday"}, "created_at"),
        ({"colour": "red"}, "colour"),
        ({"labels": None}, "labels"),
    ],
)
def test_record_errors_name_the_field(change, field):
    row = {"id": "r", "text": "正文", "labels": [], "origin": "gold", **change}
    with pytest.raises(RecordError) as error:
        Record.from_dict(row)
    assert error.value.field == field


def test_allowed_extra_fields_are_kept():
    item = Record.from_dict({"id": "r", "text": "t", "labels": [], "origin": "confirmed", "moderator": "m1",
                             "verdict": "rejected"})
    assert (item.moderator, item.verdict) == ("m1", "rejected")


# --- validation -----------------------------------------------------------------------------------------------------


def test_validate_files_names_each_bad_line_and_keeps_valid_lines(tmp_path):
    good = {"id": "g1", "text": "正文一", "labels": ["illegal_org"], "origin": "gold"}
    path = write_lines(tmp_path / "in.jsonl", [
        json.dumps(good, ensure_ascii=False),
        '{"id": "b2", "text": "unterminated',
        json.dumps({**good, "id": "b3", "labels": "illegal_org"}),
        json.dumps({**good, "id": "b4", "labels": ["fraud"]}),
        json.dumps({**good, "id": "b5", "html": "<p>x</p>"}),
        "",
        json.dumps({**good, "id": "g7", "text": "正文七", "labels": []}, ensure_ascii=False),
        json.dumps(good),
        json.dumps({**good, "id": "b9", "origin": "web"}),
        json.dumps({**good, "id": "b10", "created_at": "2024-13-45"}),
        "[1, 2]",
    ])
    report = data.validate_files([path])
    assert [item.record.id for item in report.records] == ["g1", "g7"]
    assert [item.line for item in report.records] == [1, 7]
    found = [(p.line, p.field) for p in report.problems]
    assert found == [(2, "json"), (3, "labels"), (4, "labels"), (5, "html"), (8, "id"), (9, "origin"),
                     (10, "created_at"), (11, "record")]
    assert str(report.problems[0]).startswith(f"{path}:2: json: ")
    assert "first at" in report.problems[4].message


def test_duplicate_ids_are_found_across_files_and_formats(tmp_path):
    first = data.export_records(SAMPLE_RECORDS[:2], tmp_path / "one.jsonl")
    second = data.export_records(SAMPLE_RECORDS[1:], tmp_path / "two.csv")
    report = data.validate_files([first, second])
    assert [str(p) for p in report.problems] == [
        f"{second}:2: id: duplicate id 'a2' (first at {first}:2)"
    ]
    assert len(report.records) == 4


def test_csv_problems_use_row_number_plus_header(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,text,labels,origin\nr1,正文,illegal_org,gold\nr2,正文,bogus,gold\nr3,,,gold\nr4,only,three\n",
                    encoding="utf-8")
    report = data.validate_files([path])
    assert [item.record.id for item in report.records] == ["r1"]
    assert [(p.line, p.field) for p in report.problems] == [(3, "labels"), (4, "text"), (5, "row")]


def test_unreadable_inputs_are_problems_not_exceptions(tmp_path):
    bad_parquet = tmp_path / "broken.parquet"
    bad_parquet.write_bytes(b"not parquet at all")
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    report = data.validate_files([bad_parquet, other, tmp_path / "missing.jsonl", tmp_path])
    assert [(p.file, p.line, p.field) for p in report.problems] == [
        (str(bad_parquet), 0, "file"), (str(other), 0, "file"), (str(tmp_path / "missing.jsonl"), 0, "file"),
        (str(tmp_path), 0, "file"),
    ]


# --- import / export round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["records.jsonl", "records.csv", "records.parquet", "records_dataset"])
def test_export_then_import_gives_identical_records(tmp_path, name):
    exported = data.export_records(SAMPLE_RECORDS, tmp_path / name)
    assert list(data.read_records(exported)) == SAMPLE_RECORDS
    report = data.import_records([exported], tmp_path / "imported.jsonl")
    assert report.problems == [] and report.written == len(SAMPLE_RECORDS)
    assert list(data.read_records(tmp_path / "imported.jsonl")) == SAMPLE_RECORDS


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.csv", "empty.parquet", "empty_dataset"])
def test_empty_exports_read_back_empty(tmp_path, name):
    assert list(data.read_records(data.export_records([], tmp_path / name))) == []


def test_import_maps_foreign_columns_and_label_spellings(tmp_path):
    source = tmp_path / "foreign.csv"
    source.write_text(
        "content,label,idx\n"
        "甲文本,illegal_org|charity_fraud,1\n"
        "乙文本,charity_fraud,2\n"
        "丙文本,,3\n"
        '丁文本,"[""illegal_org""]",4\n'
        "戊文本,spam,5\n"
        '己文本,"illegal_org, charity_fraud",6\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    report = data.import_records([source], out, {"text": "content", "labels": "label"}, source_type="social")
    assert [(p.line, p.field) for p in report.problems] == [(6, "labels")]
    assert report.ignored_columns == {str(source): ["idx"]}
    records = list(data.read_records(out))
    assert [r.labels for r in records] == [
        ("illegal_org", "charity_fraud"), ("charity_fraud",), (), ("illegal_org",), ("illegal_org", "charity_fraud"),
    ]
    assert {r.origin for r in records} == {"imported"} and {r.source_type for r in records} == {"social"}
    assert [r.id for r in records][:2] == ["foreign-2", "foreign-3"]


def test_import_keeps_the_origin_a_row_gives(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "1", "text": "t", "labels": [], "origin": "gold"})])
    data.import_records([source], tmp_path / "out.jsonl", origin="generated")
    assert next(data.read_records(tmp_path / "out.jsonl")).origin == "gold"


def test_import_reads_a_saved_dataset_dict_with_typed_columns(tmp_path):
    import datasets

    folder = tmp_path / "hf"
    datasets.DatasetDict({
        "train": datasets.Dataset.from_dict({"idx": [1, 2], "content": ["甲", "乙"], "tags": [["illegal_org"], []]}),
        "test": datasets.Dataset.from_dict({"idx": [3], "content": ["丙"], "tags": [["charity_fraud"]]}),
    }).save_to_disk(str(folder))
    report = data.import_records([folder], tmp_path / "out.jsonl", {"id": "idx", "text": "content", "labels": "tags"})
    assert report.problems == []
    records = list(data.read_records(tmp_path / "out.jsonl"))
    assert [(r.id, r.labels) for r in records] == [("1", ("illegal_org",)), ("2", ()), ("3", ("charity_fraud",))]
    # Without an id column, ids are made per split so they cannot collide.
    data.import_records([folder], tmp_path / "out.jsonl", {"text": "content", "labels": "tags"})
    assert [r.id for r in data.read_records(tmp_path / "out.jsonl")] == ["hf-train-1", "hf-train-2", "hf-test-1"]


def test_import_reports_a_mapped_column_that_does_not_exist(tmp_path):
    exported = data.export_records(SAMPLE_RECORDS, tmp_path / "records.parquet")
    report = data.import_records([exported], tmp_path / "out.jsonl", {"text": "body"})
    assert [(p.line, p.field) for p in report.problems] == [(0, "mapping")]
    assert report.written == 0


def test_import_decodes_gbk_csv(tmp_path):
    source = tmp_path / "gbk.csv"
    source.write_bytes("id,text,labels\n1,中华慈善爱心互助会招募会员，每人缴纳会费三百元,charity_fraud\n".encode("gbk"))
    report = data.import_records([source], tmp_path / "out.jsonl")
    assert report.problems == []
    assert next(data.read_records(tmp_path / "out.jsonl")).text.startswith("中华慈善爱心互助会")


# --- duplicates -----------------------------------------------------------------------------------------------------


def duplicate_fixture():
    base = [random_text(seed) for seed in range(6)]
    return [
        record("r0", base[0]),
        record("r1", base[1]),
        record("r2", base[0]),  # exact copy of r0
        record("r3", changed(base[1], seed=1)),  # a few characters changed from r1
        record("r4", base[2]),
        record("r5", base[3], origin="gold", labels=["illegal_org"]),
        record("r6", changed(base[3], seed=2), origin="generated"),
        record("r7", base[4]),
    ]


def test_exact_duplicates_group_identical_texts_only():
    assert data.exact_duplicates(duplicate_fixture()) == [[0, 2]]


def test_near_duplicate_clusters_find_edited_copies_and_leave_distinct_texts():
    clusters = data.near_duplicate_clusters(duplicate_fixture())
    assert clusters == [[0, 2], [1, 3], [5, 6]]


def test_dedupe_keeps_the_most_trusted_copy_and_says_why():
    records = duplicate_fixture()
    records = [records[6], *records[:6], records[7]]  # the generated copy now comes before the gold one
    kept, dropped = data.dedupe(records)
    assert [r.id for r in kept] == ["r0", "r1", "r4", "r5", "r7"]
    reasons = {item.record.id: item.reason for item in dropped}
    assert reasons["r2"] == "exact duplicate of r0"
    assert reasons["r3"].startswith("near duplicate of r1 (similarity 0.")
    assert reasons["r6"].startswith("near duplicate of r5") and reasons["r6"].endswith("labels differ)")


# --- splits ---------------------------------------------------------------------------------------------------------


def split_fixture() -> list[Record]:
    rng = random.Random(7)
    combos = [(), ("illegal_org",), ("charity_fraud",), ("illegal_org", "charity_fraud")]
    records = []
    for index in range(400):
        group = f"g{index % 60}" if index % 3 == 0 else None
        url = f"https://site{index % 25}.example.cn/p{index}" if index % 3 == 1 else None
        records.append(record(f"r{index}", random_text(1000 + index, 120), rng.choice(combos), group=group, url=url,
                              source_type="web" if url else "social"))
    for pair in range(20):  # near-duplicate pairs with no group or url to tie them
        text = random_text(5000 + pair)
        records.append(record(f"n{pair}a", text, source_type="social"))
        records.append(record(f"n{pair}b", changed(text, seed=pair), source_type="social"))
    return records


def split_of(splits):
    return {r.id: name for name, records in splits.items() for r in records}


def test_split_keeps_groups_hosts_and_near_duplicates_together():
    records = split_fixture()
    where = split_of(data.split_records(records, seed=3))
    assert len(where) == len(records)
    by_unit: dict[str, set[str]] = {}
    for item in records:
        unit = item.group and f"group:{item.group}" or (item.url and item.url.split("/")[2])
        if unit:
            by_unit.setdefault(unit, set()).add(where[item.id])
    assert all(len(names) == 1 for names in by_unit.values())
    assert all(where[f"n{pair}a"] == where[f"n{pair}b"] for pair in range(20))


def test_split_is_deterministic_for_a_seed_and_roughly_proportional():
    records = split_fixture()
    first = split_of(data.split_records(records, seed=3))
    assert split_of(data.split_records(list(reversed(records)), seed=3)) == first
    assert split_of(data.split_records(records, seed=4)) != first
    counts = {name: sum(1 for v in first.values() if v == name) for name in data.DEFAULT_FRACTIONS}
    assert 0.65 < counts["train"] / len(records) < 0.9
    assert counts["validation"] > 0 and counts["test"] > 0


def test_split_rejects_fractions_that_do_not_sum_to_one():
    with pytest.raises(ValueError):
        data.split_records(SAMPLE_RECORDS, fractions={"train": 0.8, "test": 0.1})


def test_dataset_dict_has_training_columns_and_loads_from_disk(tmp_path):
    import datasets

    dataset = data.to_dataset_dict({"train": SAMPLE_RECORDS[:3], "test": SAMPLE_RECORDS[3:], "validation": []})
    dataset.save_to_disk(str(tmp_path / "dd"), num_shards={"train": 1, "test": 1, "validation": 1})
    loaded = datasets.load_from_disk(str(tmp_path / "dd"))
    assert {name: len(split) for name, split in loaded.items()} == {"train": 3, "test": 1, "validation": 0}
    row = loaded["train"][1]
    assert row["label_ids"] == [1.0, 1.0] and row["labels"] == ["illegal_org", "charity_fraud"]
    assert "爱心捐款" in row["text"] and "<p>" not in row["text"]
    assert loaded["train"][0]["group"] == "site-a" and loaded["test"][0]["label_ids"] == [0.0, 1.0]


def test_dataset_figures_count_label_combinations_by_source_type():
    figures = data.dataset_figures({"train": SAMPLE_RECORDS, "test": []})
    train = figures["splits"]["train"]
    assert figures["total"] == 4 and figures["splits"]["test"]["records"] == 0
    assert train["label_combinations"] == {
        "charity_fraud": {"unknown": 1}, "illegal_org": {"web": 1}, "illegal_org+charity_fraud": {"social": 1},
        "none": {"unknown": 1},
    }
    assert train["html_share"] == 0.25 and train["labels"] == {"illegal_org": 2, "charity_fraud": 2}
    assert train["length"]["min"] <= train["length"]["p50"] <= train["length"]["max"]
    assert data.dataset_figures(SAMPLE_RECORDS)["splits"].keys() == {"all"}


def test_problem_str_is_file_line_field_message():
    assert str(Problem("a.jsonl", 3, "labels", "unknown label 'x'")) == "a.jsonl:3: labels: unknown label 'x'"
