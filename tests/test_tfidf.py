"""FastTfidf gives exactly the matrix of scikit-learn's TfidfVectorizer.transform, for the settings it covers."""

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from orgwatch.tfidf import FastTfidf

FIT_TEXTS = [
    "中国国际书画艺术研究院 颁发 证书 收取 评审费",
    "中华慈善  救助 基金 扫码 捐款 到 个人 账户",
    "市 民政局 公布 非法 社会组织 名单",
    "ABC Association 国际 协会 理事 会员 会费",
    "协会 协会 协会 理事 理事",
    "tab\there\nnew  line   spaces 😀 emoji 😀",
    "",
]
HOSTILE_TEXTS = [
    "",
    "协",
    "  ",
    "中国国际书画艺术研究院\n\n\n评审费",
    "ABC association 国际 协会 abc",
    "理事 \t 会员\u3000会费",
    "\ud800 lone surrogate 协会",
    "😀😀 emoji 国际 😀",
    "unknown 词 全 不 在 词表",
    "协会 协会 协会 协会",
]
# Texts over the characters that matter: fitted ones, whitespace of every kind, case pairs, astral and surrogates.
ALPHABET = st.sampled_from(list("中国际协会理事慈善捐款证书 \t\n\u3000\u00a0AaBbÉé😀") + ["\ud83d", "\U0010ffff"])
RANDOM_TEXTS = st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=8)


def assert_same(fitted: TfidfVectorizer, texts: list[str]) -> None:
    """The fast matrix equals scikit-learn's, entry for entry, with sorted indices."""
    expected = sp.csr_matrix(fitted.transform(texts))
    actual = FastTfidf(fitted).transform(texts)
    assert actual.shape == expected.shape
    assert actual.dtype == expected.dtype
    assert actual.has_sorted_indices
    assert np.array_equal(actual.indptr, expected.indptr)
    assert np.array_equal(actual.indices, expected.indices)
    assert np.array_equal(actual.data, expected.data)


CHAR_SETTINGS = [
    dict(ngram_range=(1, 3)),
    dict(ngram_range=(2, 3), lowercase=False),
    dict(ngram_range=(1, 1), binary=True, norm="l1"),
    dict(ngram_range=(1, 2), use_idf=False, norm=None, sublinear_tf=False),
]
WORD_SETTINGS = [
    dict(token_pattern=r"(?u)\S+", ngram_range=(1, 2), lowercase=False),
    dict(token_pattern=r"(?u)\S+", ngram_range=(2, 2)),
    dict(ngram_range=(1, 2)),  # scikit-learn's default token pattern
]


@pytest.mark.parametrize("options", CHAR_SETTINGS)
def test_character_ngrams_equal_scikit_learn(options):
    fitted = TfidfVectorizer(analyzer="char", dtype=np.float32, **{"sublinear_tf": True, **options}).fit(FIT_TEXTS)
    fast = FastTfidf(fitted)
    assert fast.vectorized
    assert_same(fitted, HOSTILE_TEXTS + FIT_TEXTS)


@pytest.mark.parametrize("options", WORD_SETTINGS)
def test_word_ngrams_equal_scikit_learn(options):
    fitted = TfidfVectorizer(analyzer="word", sublinear_tf=True, dtype=np.float32, **options).fit(FIT_TEXTS)
    assert FastTfidf(fitted).vectorized
    assert_same(fitted, HOSTILE_TEXTS + FIT_TEXTS)


@settings(max_examples=60, deadline=None)
@given(RANDOM_TEXTS)
def test_random_texts_equal_scikit_learn(texts):
    chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, dtype=np.float32).fit(FIT_TEXTS + texts)
    words = TfidfVectorizer(analyzer="word", token_pattern=r"(?u)\S+", ngram_range=(1, 2), lowercase=False).fit(FIT_TEXTS)
    assert_same(chars, texts)
    assert_same(words, texts)


@pytest.mark.parametrize(
    "vectorizer",
    [
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)),
        TfidfVectorizer(analyzer="char", ngram_range=(1, 4)),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 3)),
        TfidfVectorizer(analyzer="word", token_pattern=r"(?u)[^,]+"),
        TfidfVectorizer(analyzer="char", strip_accents="unicode"),
    ],
    ids=["char_wb", "char_4grams", "word_trigrams", "spaced_tokens", "strip_accents"],
)
def test_settings_it_cannot_reproduce_fall_back_to_scikit_learn(vectorizer):
    fitted = vectorizer.fit(FIT_TEXTS)
    assert not FastTfidf(fitted).vectorized
    assert_same(fitted, HOSTILE_TEXTS)


def test_empty_batch_gives_an_empty_matrix():
    fitted = TfidfVectorizer(analyzer="char", ngram_range=(1, 3)).fit(FIT_TEXTS)
    assert FastTfidf(fitted).transform([]).shape == (0, len(fitted.vocabulary_))
