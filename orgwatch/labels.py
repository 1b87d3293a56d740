"""The label set, record origins and source types shared by every part of orgwatch."""

LABELS: tuple[str, ...] = ("illegal_org", "charity_fraud")
ORIGINS: tuple[str, ...] = ("generated", "gold", "confirmed", "imported")
SOURCE_TYPES: tuple[str, ...] = ("web", "social")
SUGGESTIONS: tuple[str, ...] = ("pass", "review", "block")


def worst_suggestion(suggestions: list[str]) -> str:
    """Return the most severe of the given suggestions (block > review > pass)."""
    return max(suggestions, key=SUGGESTIONS.index, default="pass")
