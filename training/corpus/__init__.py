"""Bootstrap corpus generator: `generate_records` yields labelled synthetic records, `write_corpus` writes JSONL."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path
from typing import Iterator

logger = logging.getLogger(__name__)

CREATED_AT = "2026-11-28"
# Target shares of label combinations (sorted label tuples). 'Neither' is 45% so that everyday background text
# (bg/*) is well represented (round 11b: real-text false flags 0.045 -> 0.004); hard negatives stay 60% of negatives.
COMBO_SHARES: dict[tuple[str, ...], float] = {
    ("illegal_org",): 0.25,
    ("charity_fraud",): 0.21,
    ("charity_fraud", "illegal_org"): 0.09,
    (): 0.45,
}
HARD_NEGATIVE_SHARE = 0.6
POSITIVE_EVASION_P = 0.15
NEGATIVE_NOISE_P = 0.14
HTML_SHARE_OF_WEB = 1 / 3
WEB_SHARE = 0.55
STYLE_NOISE_P = {"social": 0.45, "web": 0.08}
# Long-form share per source type: web pages compose more moves and carry page furniture (teasers, comments, link
# lists); long posts (WeChat articles, forum first posts) are composed like a web page and rendered as a post.
LONG_FORM_P = {"web": 0.35, "social": 0.2}


def _pick_weighted(rng: random.Random, specs: list) -> object:
    return rng.choices(specs, weights=[s.weight for s in specs])[0]


def generate_records(n: int, seed: int) -> Iterator[dict]:
    """Yield n generated records in the data contract, deterministically for a seed."""
    from training.corpus import genres as _genres  # noqa: F401  (registers every genre)
    from training.corpus.context import Context
    from training.corpus.genres.registry import all_genres
    from training.corpus.noise import choose_evasions, evade, style_noise
    from training.corpus.render import choose_hint, record_url, render_html, render_social, render_web_text

    specs = all_genres()
    by_combo: dict[tuple[str, ...], dict[str, list]] = {}
    for spec in specs:
        by_combo.setdefault(spec.labels, {}).setdefault(spec.kind, []).append(spec)
    combos = [c for c in COMBO_SHARES if c in by_combo]
    if not combos:
        raise RuntimeError("no genres registered")
    missing = [c for c in COMBO_SHARES if c not in by_combo]
    if missing:
        logger.warning("no genres for label combinations %s; their share goes to the others", missing)
    combo_weights = [COMBO_SHARES[c] for c in combos]

    rng = random.Random(seed)
    org_pool: dict[str, list[str]] = {}
    for i in range(n):
        doc_rng = random.Random(rng.getrandbits(64))
        combo = doc_rng.choices(combos, weights=combo_weights)[0]
        kinds = by_combo[combo]
        if combo:
            kind = "positive"
        elif "hard_negative" in kinds and "negative" in kinds:
            kind = "hard_negative" if doc_rng.random() < HARD_NEGATIVE_SHARE else "negative"
        else:
            kind = next(iter(kinds))
        spec = _pick_weighted(doc_rng, kinds[kind])
        if len(spec.source_types) == 1:
            source_type = spec.source_types[0]
        else:
            source_type = "web" if doc_rng.random() < WEB_SHARE else "social"
        long_form = doc_rng.random() < LONG_FORM_P[source_type]
        compose_as = "web" if long_form and "web" in spec.source_types else source_type
        ctx = Context(doc_rng, source_type=compose_as, org_pool=org_pool, pool_key=spec.name)
        ctx.long_form = long_form
        doc = spec.func(ctx)
        ctx.source_type = source_type
        ctx.long_form = long_form
        texts = [doc.title, *doc.paragraphs]
        applied: list[str] = []
        noise_p = POSITIVE_EVASION_P if kind == "positive" else NEGATIVE_NOISE_P
        if doc_rng.random() < noise_p:
            applied = choose_evasions(ctx)
            texts = evade(texts, ctx, applied)
        doc.title, doc.paragraphs = texts[0], texts[1:]
        hint = choose_hint(doc, ctx, source_type)
        record = {"id": f"gen-{seed}-{i}"}
        if source_type == "social":
            text = render_social(doc, ctx, hint)
            if doc_rng.random() < STYLE_NOISE_P["social"]:
                noisy = style_noise(text, ctx)[:500]
                text = noisy if len(noisy) >= 15 else text
            record["text"] = text
        elif doc_rng.random() < HTML_SHARE_OF_WEB:
            record["html"] = render_html(doc, ctx, hint)
        else:
            text = render_web_text(doc, ctx, hint)
            if doc_rng.random() < STYLE_NOISE_P["web"]:
                text = style_noise(text, ctx)
            record["text"] = text
        note = spec.name + (";evasion=" + "+".join(applied) if applied else "")
        record.update({
            "url": record_url(doc, ctx, source_type, hint),
            "source_type": source_type,
            "labels": list(combo),
            "origin": "generated",
            "group": doc.group or ctx.slots.get("org") or spec.name,
            "created_at": CREATED_AT,
            "note": note,
        })
        yield record


def write_corpus(path: Path, n: int, seed: int) -> dict:
    """Write n generated records as JSONL to path and return the corpus figures (see stats.corpus_figures)."""
    from training.corpus.stats import corpus_figures

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    records = []
    with path.open("w", encoding="utf-8") as handle:
        for record in generate_records(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            records.append(record)
    figures = corpus_figures(records)
    logger.info("wrote %d generated records to %s", len(records), path)
    return figures


__all__ = ["generate_records", "write_corpus"]
