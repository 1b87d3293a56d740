"""Provincial- and prefecture-level regions named in a text, for routing a lead to the civil-affairs bureau."""

from __future__ import annotations

import csv
import functools
import logging
import re
from dataclasses import dataclass

import ahocorasick

from orgwatch.paths import LEXICON_DIR
from orgwatch.text import NormalizedText, normalize, segment

logger = logging.getLogger(__name__)

REGIONS_FILE = LEXICON_DIR / "regions.csv"
# Full names end with these; a full name is unambiguous even where the segmenter joins it to the next word (深圳市民).
_FULL_NAME_ENDINGS = ("省", "市", "自治区", "自治州", "地区", "盟", "特别行政区", "特区")
# Words that contain a region name but do not name the region; the segmenter already keeps most idioms whole.
_EXCLUDED_CONTEXTS = re.compile(r"孙中山|中山(?:装|大学|路|公园|陵|先生|舰)|北海道|长沙发|三明治|长治久安|四平八稳")


@dataclass(frozen=True)
class Region:
    """One administrative division; contextual aliases count only right after their province's name."""

    name: str
    province: str
    level: str  # "province" (provincial level, incl. municipalities) or "prefecture"


@dataclass(frozen=True)
class _Alias:
    region: Region
    contextual: bool
    full: bool


@functools.cache
def load_regions() -> dict[str, tuple[Region, bool]]:
    """Surface form -> (region, contextual) from regions.csv (name, province, level, aliases; '*' marks contextual)."""
    forms: dict[str, tuple[Region, bool]] = {}
    with REGIONS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            region = Region(row["name"], row["province"], row["level"])
            surfaces = [(row["name"], False)]
            for alias in filter(None, (row.get("aliases") or "").split("|")):
                surfaces.append((alias.rstrip("*"), alias.endswith("*")))
            for surface, contextual in surfaces:
                surface = normalize(surface).text
                if surface in forms and forms[surface][0] != region:
                    logger.debug("region form %s listed twice; keeping the first", surface)
                    continue
                forms[surface] = (region, contextual)
    return forms


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over all surface forms."""
    automaton = ahocorasick.Automaton()
    for surface, (region, contextual) in load_regions().items():
        automaton.add_word(surface, (surface, _Alias(region, contextual, surface.endswith(_FULL_NAME_ENDINGS))))
    automaton.make_automaton()
    return automaton


def token_boundaries(text: str) -> tuple[set[int], set[int]]:
    """Start and end offsets of the segmenter's words in text (whitespace skipped)."""
    starts: set[int] = set()
    ends: set[int] = set()
    position = 0
    for word in segment(text):
        found = text.find(word, position)
        if found < 0:  # the segmenter never rewrites text; stay robust if it ever does
            continue
        starts.add(found)
        ends.add(found + len(word))
        position = found + len(word)
    return starts, ends


def _candidates(text: str) -> list[tuple[int, int, _Alias]]:
    """Leftmost-longest, non-overlapping surface-form matches in normalized text."""
    longest: dict[int, tuple[int, _Alias]] = {}
    for end_index, (surface, alias) in _automaton().iter(text):
        start = end_index + 1 - len(surface)
        if start not in longest or longest[start][0] < end_index + 1:
            longest[start] = (end_index + 1, alias)
    chosen = []
    covered = 0
    for start in sorted(longest):
        end, alias = longest[start]
        if start >= covered:
            chosen.append((start, end, alias))
            covered = end
    return chosen


def find_regions_normalized(
    normalized: NormalizedText, boundaries: tuple[set[int], set[int]] | None = None
) -> list[dict[str, object]]:
    """find_regions on an already normalized text; boundaries from token_boundaries() may be passed to save time."""
    text = normalized.text
    candidates = _candidates(text)
    if not candidates:
        return []
    starts, ends = boundaries if boundaries is not None else token_boundaries(text)
    excluded = [match.span() for match in _EXCLUDED_CONTEXTS.finditer(text)]
    results: list[dict[str, object]] = []
    seen: set[str] = set()
    for index, (start, end, alias) in enumerate(candidates):
        previous = candidates[index - 1] if index else None
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        after_region = previous is not None and previous[1] == start
        before_region = following is not None and following[0] == end
        # A short form must be a word of its own (or one of a run of region names, 山西大同), so 长沙 in 长沙发 or
        # 中山 in 中山装 do not count; a full name only has to start a word.
        if not (start in starts or after_region):
            continue
        if not (alias.full or end in ends or before_region):
            continue
        if alias.contextual and not (after_region and previous[2].region.name == alias.region.province):
            continue
        if any(low <= start < high for low, high in excluded):
            continue
        if alias.region.name in seen:
            continue
        seen.add(alias.region.name)
        original_start, original_end = normalized.to_original(start, end)
        results.append(
            {
                "name": alias.region.name,
                "province": alias.region.province,
                "level": alias.region.level,
                "start": original_start,
                "end": original_end,
            }
        )
    return results


def find_regions(text: str | NormalizedText) -> list[dict[str, object]]:
    """Regions named in text ({name, province, level, start, end}), first mention of each, offsets into the original.

    Longest match over full names and short forms (广东/广东省, 深圳/深圳市); short forms that are also common words
    (安康, 来宾, 日照) count only right after their province (陕西安康).
    """
    normalized = text if isinstance(text, NormalizedText) else normalize(text)
    return find_regions_normalized(normalized)
