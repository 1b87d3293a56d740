"""Corpus figures for the dataset card: label/source counts, shares, lengths, sentence reuse and label-leak checks."""

from __future__ import annotations

import html as html_lib
import logging
import re
from collections import Counter
from typing import Iterable

logger = logging.getLogger(__name__)

LABELS = ("illegal_org", "charity_fraud")
SENTENCE_SPLIT = re.compile(r"[。！？!?；\n]")
TAG_RE = re.compile(r"<[^>]+>")
DROP_BLOCKS = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
MIN_SENTENCE_CHARS = 8
TOKEN_RULE_SAMPLE = 6000
NGRAM_SIZES = (2, 3)


def visible_text(record: dict) -> str:
    """The text a reader sees: the text field, or the HTML without scripts, styles and tags."""
    if record.get("text") is not None:
        return record["text"]
    raw = DROP_BLOCKS.sub(" ", record.get("html") or "")
    return html_lib.unescape(TAG_RE.sub("\n", raw))


def genre_of(record: dict) -> str:
    """The genre name from a record's note (drops the ';evasion=...' suffix)."""
    return (record.get("note") or "").split(";", 1)[0]


def _kind_lookup() -> dict[str, str]:
    from training.corpus import genres as _genres  # noqa: F401  (registers every genre)
    from training.corpus.genres.registry import REGISTRY

    return {name: spec.kind for name, spec in REGISTRY.items()}


def auc(scores: list[float], positives: list[bool]) -> float:
    """ROC AUC of scores for the positives (0.5 when one class is missing); ties get half credit."""
    n_pos = sum(positives)
    n_neg = len(positives) - n_pos
    if not n_pos or not n_neg:
        return 0.5
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank_sum, i = 0.0, 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg_rank = (i + j) / 2 + 1
        rank_sum += avg_rank * sum(1 for k in order[i:j + 1] if positives[k])
        i = j + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def _tokenize(texts: list[str]) -> list[set[str]]:
    try:
        import rjieba

        return [set(t for t in rjieba.cut(text, hmm=False) if t.strip()) for text in texts]
    except ImportError:  # pragma: no cover - rjieba is a project dependency
        import jieba

        return [set(t for t in jieba.lcut(text, HMM=False) if t.strip()) for text in texts]


def _ngrams(texts: list[str]) -> list[set[str]]:
    out = []
    for text in texts:
        grams: set[str] = set()
        for n in NGRAM_SIZES:
            grams.update(text[i:i + n] for i in range(len(text) - n + 1))
        out.append(grams)
    return out


def best_token_rule(token_sets: list[set[str]], positives: list[bool], min_df: int = 5) -> tuple[str, float]:
    """The single token whose presence best predicts the label, and that rule's F1."""
    pos_df: Counter = Counter()
    all_df: Counter = Counter()
    for tokens, is_pos in zip(token_sets, positives):
        all_df.update(tokens)
        if is_pos:
            pos_df.update(tokens)
    n_pos = sum(positives)
    best, best_f1 = "", 0.0
    for token, tp in pos_df.items():
        df = all_df[token]
        if df < min_df:
            continue
        f1 = 2 * tp / (df + n_pos)
        if f1 > best_f1:
            best, best_f1 = token, f1
    return best, best_f1


def corpus_figures(records: Iterable[dict]) -> dict:
    """Figures the dataset card prints and the tests check (see module docstring)."""
    records = list(records)
    n = len(records)
    kinds = _kind_lookup()
    texts = [visible_text(r) for r in records]
    combos = Counter()
    for r in records:
        combos[("+".join(sorted(r["labels"])) or "none", r["source_type"])] += 1
    combo_totals = Counter()
    for (combo, _), count in combos.items():
        combo_totals[combo] += count
    web = [r for r in records if r["source_type"] == "web"]
    negatives = [r for r in records if not r["labels"]]
    positives = [r for r in records if r["labels"]]
    hard = sum(1 for r in negatives if kinds.get(genre_of(r)) == "hard_negative")
    evaded = sum(1 for r in positives if ";evasion=" in (r.get("note") or ""))
    noised_neg = sum(1 for r in negatives if ";evasion=" in (r.get("note") or ""))
    social_lengths = [len(t) for r, t in zip(records, texts) if r["source_type"] == "social" and r.get("text") is not None]

    sentence_df: Counter = Counter()
    for text in texts:
        sentence_df.update({s.strip() for s in SENTENCE_SPLIT.split(text) if len(s.strip()) >= MIN_SENTENCE_CHARS})
    top_sentence, top_df = sentence_df.most_common(1)[0] if sentence_df else ("", 0)

    lengths = [len(t) for t in texts]
    is_html = [1.0 if r.get("html") is not None else 0.0 for r in records]
    per_label: dict[str, dict] = {}
    step = max(1, n // TOKEN_RULE_SAMPLE)
    sample_idx = list(range(0, n, step))
    sample_texts = [texts[i] for i in sample_idx]
    token_sets = _tokenize(sample_texts)
    gram_sets = _ngrams(sample_texts)
    for label in LABELS:
        y = [label in r["labels"] for r in records]
        y_sample = [y[i] for i in sample_idx]
        pos_lengths = sorted(length for length, flag in zip(lengths, y) if flag)
        neg_lengths = sorted(length for length, flag in zip(lengths, y) if not flag)
        length_auc = auc([float(x) for x in lengths], y)
        html_auc = auc(is_html, y)
        token, token_f1 = best_token_rule(token_sets, y_sample)
        gram, gram_f1 = best_token_rule(gram_sets, y_sample)
        per_label[label] = {
            "count": sum(y),
            "length_percentiles": _percentiles(pos_lengths),
            "negative_length_percentiles": _percentiles(neg_lengths),
            "length_auc": round(max(length_auc, 1 - length_auc), 4),
            "html_auc": round(max(html_auc, 1 - html_auc), 4),
            "best_token": token,
            "best_token_f1": round(token_f1, 4),
            "best_ngram": gram,
            "best_ngram_f1": round(gram_f1, 4),
        }
    genre_counts = Counter(genre_of(r) for r in records)
    return {
        "n": n,
        "label_combinations": {f"{c}|{s}": v for (c, s), v in sorted(combos.items())},
        "label_combination_shares": {c: round(v / n, 4) for c, v in sorted(combo_totals.items())} if n else {},
        "source_type_counts": dict(Counter(r["source_type"] for r in records)),
        "html_share_of_web": round(sum(1 for r in web if r.get("html") is not None) / len(web), 4) if web else 0.0,
        "hard_negative_share_of_negatives": round(hard / len(negatives), 4) if negatives else 0.0,
        "evasion_share_of_positives": round(evaded / len(positives), 4) if positives else 0.0,
        "noise_share_of_negatives": round(noised_neg / len(negatives), 4) if negatives else 0.0,
        "social_length_min_max": [min(social_lengths), max(social_lengths)] if social_lengths else [0, 0],
        "web_over_1000_chars_share": round(sum(1 for r, t in zip(records, texts) if r["source_type"] == "web"
                                               and len(r.get("html") or t) > 1000) / len(web), 4) if web else 0.0,
        "max_sentence_doc_share": round(top_df / n, 4) if n else 0.0,
        "max_sentence": top_sentence,
        "groups": len({r["group"] for r in records}),
        "genres": dict(sorted(genre_counts.items())),
        "labels": per_label,
    }


def _percentiles(values: list[int]) -> dict[str, int]:
    if not values:
        return {}
    return {f"p{p}": values[min(len(values) - 1, int(p / 100 * len(values)))] for p in (5, 25, 50, 75, 95)}


def format_card(figures: dict) -> str:
    """The figures as Markdown for the dataset card."""
    lines = [f"- documents: {figures['n']}, groups: {figures['groups']}",
             f"- html share of web pages: {figures['html_share_of_web']:.1%}; web pages over 1,000 characters (raw): "
             f"{figures['web_over_1000_chars_share']:.1%}",
             f"- hard negatives among negatives: {figures['hard_negative_share_of_negatives']:.1%}",
             f"- evasion variants among positives: {figures['evasion_share_of_positives']:.1%}; same surface noise among "
             f"negatives: {figures['noise_share_of_negatives']:.1%}",
             f"- social post length min/max: {figures['social_length_min_max'][0]}/{figures['social_length_min_max'][1]}",
             f"- most repeated sentence (>= {MIN_SENTENCE_CHARS} chars) appears in {figures['max_sentence_doc_share']:.2%} "
             f"of documents: “{figures['max_sentence']}”", "",
             "| label combination | web | social | total | share |", "| --- | ---: | ---: | ---: | ---: |"]
    combos = figures["label_combinations"]
    for combo, share in figures["label_combination_shares"].items():
        web, social = combos.get(f"{combo}|web", 0), combos.get(f"{combo}|social", 0)
        lines.append(f"| {combo} | {web} | {social} | {web + social} | {share:.1%} |")
    lines += ["", "| label | docs | length p5/p50/p95 (pos) | length p5/p50/p95 (neg) | length-only AUC | html-only AUC | "
              "best word rule (F1) | best char n-gram rule (F1) |", "| --- | ---: | --- | --- | ---: | ---: | --- | --- |"]
    for label, f in figures["labels"].items():
        pp, pn = f["length_percentiles"], f["negative_length_percentiles"]
        lines.append(f"| {label} | {f['count']} | {pp.get('p5')}/{pp.get('p50')}/{pp.get('p95')} | "
                     f"{pn.get('p5')}/{pn.get('p50')}/{pn.get('p95')} | {f['length_auc']:.3f} | {f['html_auc']:.3f} | "
                     f"{f['best_token']} ({f['best_token_f1']:.3f}) | {f['best_ngram']} ({f['best_ngram_f1']:.3f}) |")
    lines += ["", "| genre | docs |", "| --- | ---: |"]
    lines += [f"| {g} | {c} |" for g, c in figures["genres"].items()]
    return "\n".join(lines) + "\n"
