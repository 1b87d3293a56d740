"""Genre registry: the Doc a genre returns and the @genre decorator that records its labels, kind and weight."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from training.corpus.context import Context

logger = logging.getLogger(__name__)

KINDS = ("positive", "hard_negative", "negative")
SOURCE_TYPES = ("web", "social")
# source_hint values the renderer understands; anything else falls back to a style chosen by source type.
WEB_HINTS = ("article", "notice", "org_site", "news", "list", "forum_thread", "product", "blog")
SOCIAL_HINTS = ("weibo", "moments", "forum_reply", "group_chat", "sms", "comment")


@dataclass
class Doc:
    """One generated document before rendering: title, body paragraphs, group key (org or scheme) and a style hint."""

    title: str
    paragraphs: list[str]
    group: str
    source_hint: str | None = None
    extras: dict = field(default_factory=dict)


@dataclass(frozen=True)
class GenreSpec:
    """A registered genre: its function and what documents it makes."""

    name: str
    func: Callable[[Context], Doc]
    labels: tuple[str, ...]
    kind: str
    source_types: tuple[str, ...]
    weight: float


REGISTRY: dict[str, GenreSpec] = {}


def genre(name: str, labels: tuple[str, ...] = (), kind: str = "positive",
          source_types: tuple[str, ...] = SOURCE_TYPES, weight: float = 1.0) -> Callable:
    """Register a genre function `def f(ctx: Context) -> Doc` under name (e.g. 'pos_org/award_selling')."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    if not source_types or any(s not in SOURCE_TYPES for s in source_types):
        raise ValueError(f"bad source_types {source_types!r}")
    if kind == "positive" and not labels:
        raise ValueError("positive genres need at least one label")
    if kind != "positive" and labels:
        raise ValueError("negative genres carry no labels")

    def register(func: Callable[[Context], Doc]) -> Callable[[Context], Doc]:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"genre {name!r} registered twice")
        REGISTRY[name] = GenreSpec(name, func, tuple(sorted(labels)), kind, tuple(source_types), weight)
        return func

    return register


def all_genres() -> list[GenreSpec]:
    """Every registered genre, in name order (stable across runs)."""
    return [REGISTRY[k] for k in sorted(REGISTRY)]


def genres_for(labels: tuple[str, ...], kind: str | None = None) -> list[GenreSpec]:
    """Registered genres with exactly these labels (and this kind, if given), in name order."""
    wanted = tuple(sorted(labels))
    return [g for g in all_genres() if g.labels == wanted and (kind is None or g.kind == kind)]


Move = tuple  # (phrasings, p_web, p_social): one rhetorical move and how often it appears per source type


def compose(ctx: Context, moves: list[Move], shuffle_from: int | None = None, shuffle_to: int | None = None) -> list[str]:
    """Fill the moves that fire for this source type, in order; moves shuffle_from..shuffle_to-1 (indices into moves)
    may come in any order. Repeated phrasing lists give distinct phrasings. One string per fired move."""
    fired = []
    for index, move in enumerate(moves):
        phrasings, p_web = move[0], move[1]
        p = move[2] if ctx.is_social and len(move) > 2 else p_web
        if ctx.maybe(p):
            fired.append((index, phrasings))
    if shuffle_from is not None:
        hi = shuffle_to if shuffle_to is not None else len(moves) - 1
        span = [i for i, (index, _) in enumerate(fired) if shuffle_from <= index < hi]
        middle = [fired[i] for i in span]
        ctx.rng.shuffle(middle)
        for i, item in zip(span, middle):
            fired[i] = item
    chosen = [phrasings for _, phrasings in fired]
    used: dict[int, set[int]] = {}
    out = []
    for phrasings in chosen:
        seen = used.setdefault(id(phrasings), set())
        free = [i for i in range(len(phrasings)) if i not in seen] or list(range(len(phrasings)))
        idx = ctx.pick(free)
        seen.add(idx)
        out.append(ctx.fill(phrasings[idx]))
    return out


def paragraphs_from(ctx: Context, sentences: list[str], max_per_paragraph: int = 3) -> list[str]:
    """Group move sentences into paragraphs: 1-3 per paragraph on the web, 1-2 paragraphs for social posts."""
    sentences = [s for s in sentences if s]
    if ctx.is_social:
        if len(sentences) <= 2 or ctx.maybe(0.5):
            return ["".join(sentences)] if ctx.maybe(0.5) else sentences
        cut = ctx.rng.randint(1, len(sentences) - 1)
        return ["".join(sentences[:cut]), "".join(sentences[cut:])]
    out, i = [], 0
    while i < len(sentences):
        k = ctx.rng.randint(1, max_per_paragraph)
        out.append("".join(sentences[i:i + k]))
        i += k
    return out
