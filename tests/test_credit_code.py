"""Tests for orgwatch.credit_code: GB 32100 check characters and credit codes found in text."""

import pytest

from orgwatch.credit_code import ALPHABET, check_digit, find_codes, is_social_org, is_valid

# Published codes of two registered companies (their check characters verify by GB 32100).
PUBLISHED_VALID = ("91110000802100433B", "91440300708461136T")


def _social_org_code(body: str = "51440300MJL123456") -> str:
    """A well-formed social-organization code built from a 17-character body."""
    return body + check_digit(body)


def test_published_codes_are_valid():
    for code in PUBLISHED_VALID:
        assert check_digit(code[:17]) == code[17]
        assert is_valid(code)
        assert is_valid(code.lower())


def test_weights_follow_the_standard():
    # Σ value × 3^i mod 31 for "10000000000000000": only the first weight (1) counts, so the check is 31 - 1 = 30 -> Y.
    assert check_digit("10000000000000000") == "Y"
    # The second position has weight 3: 31 - 3 = 28 -> W.
    assert check_digit("01000000000000000") == "W"
    assert check_digit("00000000000000000") == "0"


@pytest.mark.parametrize(
    "code",
    [
        "91110000802100433C",  # wrong check character
        "91110000802100433",  # 17 characters
        "91110000802100433BB",  # 19 characters
        "9111000080210O433B",  # O is not in the alphabet
        "91AB0000802100433B",  # division code must be digits
        "",
    ],
)
def test_invalid_codes(code):
    assert not is_valid(code)


def test_check_digit_rejects_bad_bodies():
    with pytest.raises(ValueError):
        check_digit("1234")
    with pytest.raises(ValueError):
        check_digit("5144030OMJL123456")


def test_every_single_character_change_is_caught():
    code = _social_org_code()
    for position in range(18):
        for char in ALPHABET:
            if char != code[position]:
                changed = code[:position] + char + code[position + 1 :]
                assert not is_valid(changed)


def test_social_org_codes_start_with_5():
    assert is_social_org(_social_org_code())
    assert not is_social_org(PUBLISHED_VALID[0])


def test_claimed_invalid_code_found_with_original_offsets():
    text = "本会统一社会信用代码：５１４４０３００ＭＪＬ１２３４５６Ｘ，欢迎入会"
    codes = find_codes(text)
    assert len(codes) == 1
    match = codes[0]
    assert match.claimed and not match.valid and match.social_org
    assert match.code == "51440300MJL123456X"
    assert text[match.start : match.end] == "５１４４０３００ＭＪＬ１２３４５６Ｘ"


def test_claimed_valid_and_standalone_codes():
    good = _social_org_code()
    codes = find_codes(f"登记证号 {good}；合作单位 {PUBLISHED_VALID[1]}")
    assert [(c.code, c.valid, c.claimed, c.social_org) for c in codes] == [
        (good, True, True, True),
        (PUBLISHED_VALID[1], True, False, False),
    ]


def test_claim_with_wrong_length_is_invalid():
    codes = find_codes("信用代码:51440300MJL12345")
    assert len(codes) == 1 and codes[0].claimed and not codes[0].valid


def test_unlabelled_invalid_tokens_are_ignored():
    # An ID-card-shaped number without a registration label is not a claimed code.
    assert find_codes("身份证 11010519491231002X 电话 13800138000") == []
