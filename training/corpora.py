"""Readers for the real Chinese corpora in ../shared/corpora, used only to measure false-positive rates."""

from __future__ import annotations

import csv
import io
import json
import logging
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

logger = logging.getLogger(__name__)

csv.field_size_limit(10_000_000)


def _csv_column(path: Path, column: str, handle: io.TextIOBase | None = None) -> Iterator[str]:
    fh = handle or path.open(encoding="utf-8", newline="")
    with fh:
        for row in csv.DictReader(fh):
            value = (row.get(column) or "").strip()
            if value:
                yield value


def _lines(path: Path, field: int | None = None, sep: str = "\t") -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if field is not None:
                parts = line.split(sep)
                line = parts[field] if len(parts) > field else ""
            if line.strip():
                yield line.strip()


def _shopping(path: Path) -> Iterator[str]:
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        yield from _csv_column(path, "review", io.TextIOWrapper(zf.open(name), encoding="utf-8", newline=""))


def _spam_sms(path: Path) -> Iterator[str]:
    for text in json.loads(path.read_text(encoding="utf-8")):
        if text.strip():
            yield text.strip()


def _fbs(folder: Path) -> Iterator[str]:
    for path in sorted(folder.iterdir()):
        if path.name != "README.md":
            yield from _lines(path)


def _weibo_ner(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.txt")):
        chars: list[str] = []
        for line in path.open(encoding="utf-8"):
            line = line.strip()
            if not line:
                if chars:
                    yield "".join(chars)
                chars = []
                continue
            chars.append(line.split()[0][0])
        if chars:
            yield "".join(chars)


CORPORA = {
    "hotel_reviews": ("ChineseNlpCorpus/ChnSentiCorp_htl_all.csv", lambda p: _csv_column(p, "review")),
    "food_delivery_reviews": ("ChineseNlpCorpus/waimai_10k.csv", lambda p: _csv_column(p, "review")),
    "shopping_reviews": ("ChineseNlpCorpus/online_shopping_10_cats.zip", _shopping),
    "news_headlines": ("Chinese-Text-Classification-Pytorch/test.txt", lambda p: _lines(p, field=0)),
    "sms": ("Spam-Message-Classifier-sklearn/train_content.json", _spam_sms),
    "fake_base_station_sms": ("FBS_SMS_Dataset", _fbs),
    "weibo_posts": ("bert_task/weibo_senti_100k.csv", lambda p: _csv_column(p, "review")),
    "weibo_ner_posts": ("bert_task/weibo_ner_original", _weibo_ner),
}


def load_corpora(root: Path, per_corpus: int | None = None, seed: int = 0) -> dict[str, list[str]]:
    """Texts of each available corpus under root, optionally a seeded sample of per_corpus texts each."""
    out: dict[str, list[str]] = {}
    for name, (relative, reader) in CORPORA.items():
        path = Path(root) / relative
        if not path.exists():
            logger.warning("corpus %s not found at %s", name, path)
            continue
        texts = list(reader(path))
        if per_corpus is not None and len(texts) > per_corpus:
            texts = random.Random(seed).sample(texts, per_corpus)
        out[name] = texts
    return out
