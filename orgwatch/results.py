"""Input items to Result dicts: validation, HTML extraction, scoring in one batch, evidence, organizations, regions.

The API service and the batch scanners call classify_items(); everything a Result holds is computed here so they
stay thin. Offsets in a Result index the classified text: the item's text, or the text extracted from its HTML
(returned as extracted_text).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from orgwatch.credit_code import find_codes
from orgwatch.evidence import Span, evidence_dicts, rule_spans, select_spans
from orgwatch.labels import LABELS, SOURCE_TYPES
from orgwatch.orgnames import find_organizations_normalized, token_spans
from orgwatch.regions import find_regions_normalized
from orgwatch.text import NormalizedText, extract_html, normalize

logger = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 200_000
# HTML is cut before extraction at this multiple of max_chars: markup is mostly not text.
HTML_CHARS_PER_TEXT_CHAR = 10
ITEM_FIELDS = ("id", "text", "html", "url", "source_type")
MODEL_EVIDENCE_PER_LABEL = 5
MODEL_EVIDENCE_CANDIDATES = 40  # strongest n-grams looked at; overlapping ones join into one span
MODEL_SPAN_MAX_CHARS = 12
EXPLAINED_SUGGESTIONS = ("review", "block")
OCCLUSION_MAX_PIECES = 24
OCCLUSION_MIN_PIECE_CHARS = 8
OCCLUSION_MIN_SHARE = 0.25  # pieces whose removal lowers the score by less than this share of the top drop are noise
_CLAUSE_BREAK_RE = re.compile(r"[,.!?;:。、\n ]+")
_EDGE_CHARS = " \n,.!?;:。、\"'()[]"


@dataclass(eq=False)
class ItemError(ValueError):
    """A bad input item: which item (0-based index in the batch), which field, and what is wrong."""

    index: int
    field: str
    message: str

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"item {self.index}: {self.field}: {self.message}"

    def __reduce__(self):
        return (type(self), (self.index, self.field, self.message))


@dataclass
class PreparedItem:
    """A validated item ready for scoring: `original` is the classified text (offsets index it)."""

    id: str
    original: str
    extracted: bool
    normalized: NormalizedText
    truncated: bool = False
    warnings: list[str] = field(default_factory=list)
    source_type: str | None = None
    url: str | None = None


def _stable_id(kind: str, value: str) -> str:
    """An id that is the same for the same url or content: kind and the first 20 hex digits of its SHA-1."""
    digest = hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"{kind}-{digest}"


def _optional_string(item: dict[str, Any], index: int, name: str) -> str | None:
    """A field that may be absent or null, else must be a string."""
    value = item.get(name)
    if value is not None and not isinstance(value, str):
        raise ItemError(index, name, f"must be a string or null, got {type(value).__name__}")
    return value


def _prepare(item: Any, index: int, max_chars: int) -> PreparedItem:
    """Validate one input item and build its classified text."""
    if not isinstance(item, dict):
        raise ItemError(index, "item", f"must be an object, got {type(item).__name__}")
    unknown = sorted(str(key) for key in item if key not in ITEM_FIELDS)
    if unknown:
        raise ItemError(index, unknown[0], f"unknown field (allowed: {', '.join(ITEM_FIELDS)})")
    item_id = _optional_string(item, index, "id")
    text = _optional_string(item, index, "text")
    html = _optional_string(item, index, "html")
    url = _optional_string(item, index, "url")
    source_type = _optional_string(item, index, "source_type")
    if item_id is not None and not item_id.strip():
        raise ItemError(index, "id", "must not be empty")
    if source_type is not None and source_type not in SOURCE_TYPES:
        raise ItemError(index, "source_type", f"must be one of {', '.join(SOURCE_TYPES)} or null, got {source_type!r}")
    if text is not None and html is not None:
        raise ItemError(index, "html", "give exactly one of text and html, not both")
    if text is None and html is None:
        raise ItemError(index, "text", "give exactly one of text and html")
    content_field, content = ("text", text) if text is not None else ("html", html)
    assert content is not None
    if not content.strip():
        raise ItemError(index, content_field, "must not be empty or whitespace only")
    warnings: list[str] = []
    truncated = False
    if html is not None:
        html_limit = max_chars * HTML_CHARS_PER_TEXT_CHAR
        if len(html) > html_limit:
            html = html[:html_limit]
            truncated = True
            warnings.append(f"html longer than {html_limit} characters: only its first {html_limit} were read")
        original = extract_html(html).text
        if not original.strip():
            warnings.append("no text could be extracted from the html")
    else:
        original = content
    if len(original) > max_chars:
        original = original[:max_chars]
        truncated = True
        warnings.append(f"text longer than {max_chars} characters: only its first {max_chars} were classified")
    if item_id is None:
        item_id = _stable_id("url", url) if url else _stable_id(content_field, content)
    return PreparedItem(
        id=item_id,
        original=original,
        extracted=html is not None,
        normalized=normalize(original),
        truncated=truncated,
        warnings=warnings,
        source_type=source_type,
        url=url,
    )


def warm_up() -> None:
    """Load the lexicons, automata and segmenter now (about 1 s), so that a service's first request does not wait."""
    sample = normalize("中国书画协会在广东省深圳市收取会费,统一社会信用代码:51440300MJL123456X")
    spans = token_spans(sample.text)
    find_organizations_normalized(sample, spans)
    find_regions_normalized(sample)
    select_spans(rule_spans(sample, [], find_codes(sample)))


def parse_items(items: list[dict[str, Any]], max_chars: int = DEFAULT_MAX_CHARS) -> list[PreparedItem]:
    """Validate input items ({id?, text | html, url?, source_type?}) in order; the first bad one raises ItemError."""
    if not isinstance(items, list):
        raise ItemError(-1, "items", f"must be a list of items, got {type(items).__name__}")
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    return [_prepare(item, index, max_chars) for index, item in enumerate(items)]


# --------------------------------------------------------------------------------------------------------------------
# Model evidence
# --------------------------------------------------------------------------------------------------------------------

_FEATURE_NAMES: dict[int, tuple[object, np.ndarray, int]] = {}  # id(parts) -> (parts, names, number of char n-grams)


def _feature_names(parts: Any) -> tuple[np.ndarray, int]:
    """The lexical model's feature names and how many of them are character n-grams (cached per model)."""
    cached = _FEATURE_NAMES.get(id(parts))
    if cached is not None and cached[0] is parts:
        return cached[1], cached[2]
    char_names = parts.char_vectorizer.get_feature_names_out()
    names = np.concatenate([char_names, parts.word_vectorizer.get_feature_names_out()])
    if len(_FEATURE_NAMES) >= 4:
        _FEATURE_NAMES.clear()
    _FEATURE_NAMES[id(parts)] = (parts, names, len(char_names))
    return names, len(char_names)


def _locate_ngram(text: str, ngram: str, is_word: bool) -> tuple[int, int] | None:
    """First [start, end) of a feature in normalized text: char n-grams literally, word n-grams without spaces."""
    if not any(char.isalnum() for char in ngram):
        return None  # whitespace or punctuation n-grams say nothing to a reviewer
    if not is_word:
        position = text.find(ngram)
        return (position, position + len(ngram)) if position >= 0 else None
    return _find_words(text, ngram.split(" "))


def _find_words(text: str, words: list[str]) -> tuple[int, int] | None:
    """Leftmost match of the words, each pair separated by at most one whitespace character: the regex
    w1\\s?w2\\s?..., backtracking included, without compiling one pattern per n-gram (a scan explains tens of
    thousands of distinct n-grams and re's cache holds 512)."""
    position = text.find(words[0])
    while position >= 0:
        end = _words_end(text, position + len(words[0]), words, 1)
        if end is not None:
            return position, end
        position = text.find(words[0], position + 1)
    return None


def _words_end(text: str, at: int, words: list[str], index: int) -> int | None:
    """Where words[index:] end when matched from `at` (one optional whitespace before each, tried first as \\s?
    is greedy), or None."""
    if index == len(words):
        return at
    word = words[index]
    if at < len(text) and text[at].isspace() and text.startswith(word, at + 1):
        end = _words_end(text, at + 1 + len(word), words, index + 1)
        if end is not None:
            return end
    if text.startswith(word, at):
        return _words_end(text, at + len(word), words, index + 1)
    return None


def _greedy_spans(located: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Spans from n-grams in descending contribution: an n-gram overlapping chosen spans joins them into one (up to
    MODEL_SPAN_MAX_CHARS) adding its weight; others open a new span (single characters never do)."""
    chosen: list[tuple[int, int, float]] = []
    for start, end, weight in located:
        overlapping = [span for span in chosen if start < span[1] and span[0] < end]
        if overlapping:
            low = min([start] + [span[0] for span in overlapping])
            high = max([end] + [span[1] for span in overlapping])
            if high - low <= MODEL_SPAN_MAX_CHARS:
                chosen = [span for span in chosen if span not in overlapping]
                chosen.append((low, high, weight + sum(span[2] for span in overlapping)))
        elif end - start > 1 and len(chosen) < MODEL_EVIDENCE_PER_LABEL:
            chosen.append((start, end, weight))
    return chosen


def _model_evidence_lexical(
    parts: Any, items: list[PreparedItem], requests: list[tuple[int, str]]
) -> dict[int, list[Span]]:
    """Lexical tier: per requested (item, label), the n-grams with the largest tf-idf x coefficient contributions."""
    if not requests:
        return {}
    rows = sorted({index for index, _ in requests})
    row_of = {index: position for position, index in enumerate(rows)}
    features = parts.features([items[index].normalized.text for index in rows]).tocsr()
    names, char_count = _feature_names(parts)
    out: dict[int, list[Span]] = {}
    for index, label in requests:
        row = features[row_of[index]]
        coefficients = np.asarray(parts.classifiers[label].coef_).ravel()
        contributions = row.data * coefficients[row.indices]
        order = np.argsort(-contributions)[:MODEL_EVIDENCE_CANDIDATES]
        normalized = items[index].normalized
        located = []
        for position in order:
            value = float(contributions[position])
            if value <= 0:
                break
            feature = int(row.indices[position])
            span = _locate_ngram(normalized.text, str(names[feature]), feature >= char_count)
            if span is not None:
                located.append((span[0], span[1], value))
        for start, end, value in _greedy_spans(located):
            start, end = _trim(normalized.text, start, end)
            original_start, original_end = normalized.to_original(start, end)
            out.setdefault(index, []).append(Span(label, original_start, original_end, "model", value, "lexical"))
    return out


def _occlusion_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of text[start:end] (split at punctuation); long clauses cut into near-equal chunks so that a window
    gives about OCCLUSION_MAX_PIECES pieces."""
    chunk = max(OCCLUSION_MIN_PIECE_CHARS, math.ceil((end - start) / OCCLUSION_MAX_PIECES))
    pieces = []
    position = start
    for match in list(_CLAUSE_BREAK_RE.finditer(text, start, end)) + [None]:
        clause_end = match.start() if match else end
        length = clause_end - position
        if length > 0:
            count = math.ceil(length / chunk)
            bounds = [position + round(length * k / count) for k in range(count + 1)]
            pieces.extend(zip(bounds[:-1], bounds[1:]))
        position = match.end() if match else end
    return pieces


def _join_adjacent(drops: list[tuple[float, tuple[int, int]]]) -> list[tuple[float, tuple[int, int]]]:
    """Pieces whose removal lowered the score by at least OCCLUSION_MIN_SHARE of the largest drop, with touching
    pieces joined (a phrase cut in two by chunking), strongest first."""
    if not drops:
        return []
    largest = max(drop for drop, _ in drops)
    if largest <= 0:
        return []
    kept = sorted((piece, drop) for drop, piece in drops if drop > 0 and drop >= OCCLUSION_MIN_SHARE * largest)
    joined: list[tuple[float, tuple[int, int]]] = []
    for (start, end), drop in kept:
        if joined and joined[-1][1][1] == start:
            previous_drop, (previous_start, _) = joined[-1]
            joined[-1] = (previous_drop + drop, (previous_start, end))
        else:
            joined.append((drop, (start, end)))
    return sorted(joined, key=lambda item: -item[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past whitespace and punctuation at its edges."""
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    return start, end


def _model_evidence_transformer(
    transformer: Any, items: list[PreparedItem], requests: list[tuple[int, str]]
) -> dict[int, list[Span]]:
    """Transformer tier by occlusion: in the window that scored a label highest, the clauses whose removal lowers the
    label's score most. Needs the scorer's window_scores(text) (windows and their character spans) and raw_scores;
    all occluded variants of a batch are scored in one raw_scores call."""
    if not requests or not hasattr(transformer, "window_scores"):
        return {}
    windows = {}
    for index in sorted({index for index, _ in requests}):
        windows[index] = transformer.window_scores(items[index].normalized.text)
    variants: list[str] = []
    plans = []  # (item index, label, window variant row, [(piece, variant row)])
    for index, label in requests:
        scores = np.asarray(windows[index].scores)
        spans = windows[index].spans
        if not len(spans):
            continue
        column = LABELS.index(label)
        best = int(np.argmax(scores[:, column]))
        text = items[index].normalized.text
        window_start, window_end = spans[best]
        base_row = len(variants)
        variants.append(text[window_start:window_end])
        pieces = []
        for piece_start, piece_end in _occlusion_pieces(text, window_start, window_end):
            pieces.append(((piece_start, piece_end), len(variants)))
            variants.append(text[window_start:piece_start] + text[piece_end:window_end])
        plans.append((index, label, base_row, pieces))
    if not variants:
        return {}
    raw = np.asarray(transformer.raw_scores(variants), dtype=float).reshape(len(variants), len(LABELS))
    out: dict[int, list[Span]] = {}
    for index, label, base_row, pieces in plans:
        column = LABELS.index(label)
        normalized = items[index].normalized
        drops = [(float(raw[base_row, column] - raw[row, column]), piece) for piece, row in pieces]
        for drop, (piece_start, piece_end) in _join_adjacent(drops)[:MODEL_EVIDENCE_PER_LABEL]:
            piece_start, piece_end = _trim(normalized.text, piece_start, piece_end)
            if piece_start >= piece_end:
                continue
            original_start, original_end = normalized.to_original(piece_start, piece_end)
            out.setdefault(index, []).append(
                Span(label, original_start, original_end, "model", float(drop), "transformer_occlusion")
            )
    return out


def _model_evidence(
    classifier: Any, items: list[PreparedItem], suggestions: list[dict[str, Any]]
) -> dict[int, list[Span]]:
    """Model evidence for labels suggested review or block, by tier: lexical contributions, transformer occlusion;
    a cascade explains each label with the tier that scored it."""
    requests = [
        (index, label)
        for index, suggestion in enumerate(suggestions)
        for label in LABELS
        if suggestion["labels"][label]["suggestion"] in EXPLAINED_SUGGESTIONS
    ]
    if not requests:
        return {}
    scorer = getattr(classifier, "scorer", None)
    if hasattr(scorer, "features") and hasattr(scorer, "classifiers"):
        return _model_evidence_lexical(scorer, items, requests)
    if hasattr(scorer, "lexical") and hasattr(scorer, "transformer") and hasattr(scorer, "band"):
        from orgwatch.model_cascade import in_band

        rows = sorted({index for index, _ in requests})
        lexical_raw = scorer.lexical.raw_scores([items[index].normalized.text for index in rows])
        routed = in_band(lexical_raw, scorer.band)
        row_of = {index: position for position, index in enumerate(rows)}
        by_transformer = [(i, label) for i, label in requests if routed[row_of[i], LABELS.index(label)]]
        by_lexical = [(i, label) for i, label in requests if not routed[row_of[i], LABELS.index(label)]]
        out = _model_evidence_lexical(scorer.lexical, items, by_lexical)
        for index, spans in _model_evidence_transformer(scorer.transformer, items, by_transformer).items():
            out.setdefault(index, []).extend(spans)
        return out
    if hasattr(scorer, "window_scores") and hasattr(scorer, "raw_scores"):
        return _model_evidence_transformer(scorer, items, requests)
    logger.debug("no model evidence for scorer type %s", type(scorer).__name__)
    return {}


# --------------------------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------------------------


def _score(classifier: Any, items: list[PreparedItem]) -> np.ndarray:
    """Calibrated scores of the batch in one call (reusing the normalization already done when the model allows)."""
    if hasattr(classifier, "predict_proba_normalized"):
        scores = classifier.predict_proba_normalized([item.normalized.text for item in items])
    else:
        scores = classifier.predict_proba([item.original for item in items])
    return np.asarray(scores, dtype=float).reshape(len(items), len(LABELS))


def _model_version(classifier: Any) -> str | None:
    """The classifier's version string, if it has one."""
    version = getattr(classifier, "version", None)
    if version is None and getattr(classifier, "meta", None) is not None:
        version = getattr(classifier.meta, "version", None)
    return version


def classify_items(
    classifier: Any, items: list[dict[str, Any]], explain: bool = True, max_chars: int = DEFAULT_MAX_CHARS
) -> list[dict[str, Any]]:
    """One Result dict per input item, in order (see DESIGN.md); bad items raise ItemError before anything is scored.

    explain=False skips model evidence (the expensive part) but keeps lexicon, pattern, known-organization and
    credit-code evidence. `truncated` is true when the input was cut to max_chars or the model read only part of it.
    """
    prepared = parse_items(items, max_chars)
    if not prepared:
        return []
    scores = _score(classifier, prepared)
    suggestions = classifier.suggestions(scores)
    partly_read = getattr(getattr(classifier, "scorer", None), "last_truncated", None)
    if not isinstance(partly_read, list) or len(partly_read) != len(prepared):
        partly_read = [False] * len(prepared)
    model_spans = _model_evidence(classifier, prepared, suggestions) if explain else {}
    version = _model_version(classifier)
    results = []
    for index, (item, suggestion) in enumerate(zip(prepared, suggestions)):
        normalized = item.normalized
        spans = token_spans(normalized.text)
        boundaries = ({start for start, _ in spans}, {end for _, end in spans})
        organizations = find_organizations_normalized(normalized, spans)
        regions = find_regions_normalized(normalized, boundaries)
        spans_of_item = rule_spans(normalized, organizations, find_codes(normalized)) + model_spans.get(index, [])
        evidence = select_spans(spans_of_item)
        warnings = list(item.warnings)
        if partly_read[index]:
            warnings.append("text longer than the model's window budget: the model scored only its beginning")
        result: dict[str, Any] = {
            "id": item.id,
            "suggestion": suggestion["suggestion"],
            "labels": {
                label: {"score": float(value["score"]), "suggestion": value["suggestion"]}
                for label, value in suggestion["labels"].items()
            },
            "evidence": evidence_dicts(item.original, evidence),
            "organizations": organizations,
            "regions": regions,
            "model_version": version,
            "truncated": item.truncated or bool(partly_read[index]),
            "warnings": warnings,
        }
        if item.extracted:
            result["extracted_text"] = item.original
        results.append(result)
    return results
