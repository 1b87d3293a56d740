"""Unified social credit codes (统一社会信用代码, GB 32100-2015): format, check digit, and codes found in text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from orgwatch.text import NormalizedText, normalize

logger = logging.getLogger(__name__)

# GB 32100-2015: 18 characters from 31 symbols (no I, O, S, V, Z). Positions: 1 registration department, 2 institution
# type, 3-8 administrative division code, 9-17 organization code, 18 check character.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_LENGTH = 18
WEIGHTS = tuple(pow(3, index, 31) for index in range(CODE_LENGTH - 1))  # 1, 3, 9, 27, 19, 26, 16, 17, 20, ...
SOCIAL_ORG_DEPARTMENT = "5"  # registered by civil affairs (民政): social organizations
# Institution types under department 5: 1 social group (社会团体), 2 private non-enterprise unit (民办非企业单位),
# 3 foundation (基金会), 9 other.
SOCIAL_ORG_TYPES = {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"}

_VALUES = {char: value for value, char in enumerate(ALPHABET)}
# A code on its own: 18 symbols with the division code in positions 3-8, not inside a longer token.
_CODE_RE = re.compile(
    r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{10}(?![0-9A-Za-z])"
)
# A code someone claims as their registration: after the usual labels, whatever its length or symbols.
_CLAIM_RE = re.compile(
    r"(?:统一社会信用代码|社会信用代码|信用代码|登记证号|登记证书号|社会组织代码)(?:证)?(?:号码|号)?"
    r"[\s:：()（）为是]{0,4}(?P<code>[0-9A-Za-z]{15,20})(?![0-9A-Za-z])"
)


@dataclass(frozen=True)
class CodeMatch:
    """A credit code in a text: [start, end) offsets, validity, whether it is a social organization's code."""

    code: str
    start: int
    end: int
    valid: bool
    social_org: bool
    claimed: bool  # written after a label such as 统一社会信用代码 (a registration claim)


def check_digit(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a code."""
    body = first17.upper()
    if len(body) != CODE_LENGTH - 1 or any(char not in _VALUES for char in body):
        raise ValueError(f"expected 17 characters from {ALPHABET!r}, got {first17!r}")
    total = sum(_VALUES[char] * weight for char, weight in zip(body, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def is_valid(code: str) -> bool:
    """Whether code has the GB 32100 format (18 symbols, numeric division code) and a correct check character."""
    code = code.upper()
    if len(code) != CODE_LENGTH or any(char not in _VALUES for char in code) or not code[2:8].isdigit():
        return False
    return check_digit(code[:17]) == code[17]


def is_social_org(code: str) -> bool:
    """Whether a (valid) code was issued to a social organization (registration department 5, civil affairs)."""
    return len(code) == CODE_LENGTH and code[0] == SOCIAL_ORG_DEPARTMENT


def find_codes(text: str | NormalizedText) -> list[CodeMatch]:
    """Credit codes in text: every code after a registration label (valid or not), and valid codes standing alone.

    Offsets index the original text (a NormalizedText's original). Invalid 18-character tokens without a label are
    not reported: ID card numbers have the same shape.
    """
    normalized = text if isinstance(text, NormalizedText) else normalize(text)
    found: dict[int, tuple[int, str, bool]] = {}  # normalized start -> (end, code, claimed)
    for match in _CLAIM_RE.finditer(normalized.text):
        found[match.start("code")] = (match.end("code"), match.group("code").upper(), True)
    for match in _CODE_RE.finditer(normalized.text):
        code = match.group().upper()
        if match.start() not in found and is_valid(code):
            found[match.start()] = (match.end(), code, False)
    codes = []
    for start in sorted(found):
        end, code, claimed = found[start]
        original_start, original_end = normalized.to_original(start, end)
        codes.append(CodeMatch(code, original_start, original_end, is_valid(code), is_social_org(code), claimed))
    return codes
