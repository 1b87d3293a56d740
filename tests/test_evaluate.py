"""`orgwatch evaluate` reports: metrics, plots, error lists, false-positive rates."""

import json

import pytest

from orgwatch.paths import GOLD_DIR
from orgwatch.scoring import load_classifier
from training.evaluate import evasion_variants, write_report
from training.train import load_records

from .conftest import SHARED_CORPORA


def test_report_has_metrics_plots_and_errors(tmp_path, tiny_lexical_bundle):
    records = load_records(GOLD_DIR / "evaluation.jsonl")[:80]
    corpora = SHARED_CORPORA if SHARED_CORPORA.is_dir() else None
    metrics = write_report(load_classifier(tiny_lexical_bundle), records, tmp_path, "gold", corpora, per_corpus=50)
    for name in ("report.md", "metrics.json", "reliability.png", "precision_recall.png"):
        assert (tmp_path / name).is_file()
    saved = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))
    assert saved["labels"]["illegal_org"]["n"] == 80
    assert {"web", "social"} <= set(saved["by_source_type"])
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "False positives" in report and "False negatives" in report
    if corpora:
        assert 0.0 <= metrics["false_positives"]["all"]["review_rate"] <= 1.0


def test_evasion_variants_disguise_positives_only():
    records = load_records(GOLD_DIR / "evaluation.jsonl")
    variants = evasion_variants(records)
    assert len(variants) == sum(bool(r.labels) for r in records)
    changed = sum(v.text != r.classified_text() for v, r in zip(variants, [r for r in records if r.labels]))
    assert changed > len(variants) * 0.3


@pytest.mark.skipif(not SHARED_CORPORA.is_dir(), reason="../shared/corpora is absent")
def test_real_corpora_are_readable():
    from training.corpora import load_corpora

    corpora = load_corpora(SHARED_CORPORA, per_corpus=20)
    assert {"hotel_reviews", "news_headlines", "sms", "weibo_posts"} <= set(corpora)
    assert all(len(texts) == 20 for texts in corpora.values())
