"""Helpers every genre module uses to compose documents from rhetorical moves (phrasing pools, slots, hints)."""

from __future__ import annotations

from collections.abc import Sequence

from training.corpus.context import Context

CLOSING_MARKS = tuple("。！？!?～…~，；") + ("🙏", "😭", "💰", "❤", "👇", "🔥", "🌹", "💪", "☀️", "✔")


def end_sentence(ctx: Context, text: str) -> str:
    """Close a phrasing with sentence punctuation unless it already ends with a mark or emoji."""
    if not text or text.endswith(CLOSING_MARKS) or text.endswith("\n"):
        return text
    if ctx.is_social and ctx.maybe(0.15):
        return text + ctx.pick(("！", "!", "！！", "～"))
    return text + "。"


def move(ctx: Context, pool: Sequence[str], social: tuple[int, int] = (1, 1), web: tuple[int, int] = (1, 1),
         p: float = 1.0) -> list[str]:
    """One rhetorical move: distinct phrasings from pool joined into a paragraph ([] when skipped with 1-p)."""
    if not ctx.maybe(p):
        return []
    lo, hi = social if ctx.is_social else web
    if ctx.long_form and hi > 1:  # small pools of fixed sentences: one more at most, or they repeat across documents
        hi += 1
    picked = ctx.pick_n(pool, ctx.rng.randint(lo, hi))
    return ["".join(end_sentence(ctx, ctx.fill(t)) for t in picked)]


def bind(ctx: Context, slots: dict[str, str]) -> None:
    """Fix genre-specific slot values for this document so every phrasing sees the same ones."""
    for key, value in slots.items():
        ctx.slot(key, value)


def shuffle_middle(ctx: Context, parts: list[str], p: float = 0.5) -> list[str]:
    """With probability p shuffle every part except the first and last (moves that may come in any order)."""
    if len(parts) <= 3 or not ctx.maybe(p):
        return parts
    middle = parts[1:-1]
    ctx.rng.shuffle(middle)
    return [parts[0], *middle, parts[-1]]


def hint(ctx: Context, social: Sequence[str], web: Sequence[str]) -> str:
    """A renderer style hint that fits the document's source type."""
    return ctx.pick(social if ctx.is_social else web)


def mobile(ctx: Context) -> str:
    """A mobile number (used where only a mobile makes sense, e.g. an Alipay account)."""
    for _ in range(20):
        number = ctx.phone()
        if number.startswith("1") and "-" not in number:
            return number
    return "13" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(9))


def card_number(ctx: Context) -> str:
    """A bank card number without a bank name (phrasings name the bank themselves)."""
    for _ in range(20):
        number = ctx.bank_account()
        if number[:1].isdigit():
            return number
    return "6222" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(15))
