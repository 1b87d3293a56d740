"""Vectorized transform for fitted TF-IDF vectorizers: the same matrix as scikit-learn's `transform`, several times faster.

scikit-learn counts n-grams in a Python loop (`_count_vocab`), which was about 80% of the lexical tier's scoring time.
Here every character n-gram of up to 3 characters becomes one 63-bit integer (21 bits per code point) and every word
n-gram of up to 2 words a pair of token ids; both are looked up in the fitted vocabulary with one `np.searchsorted`.
The counts then go through the vectorizer's own sublinear tf, idf and norm, so the result equals `transform` (a test
compares them). Vectorizers this module cannot reproduce exactly (other analyzers, preprocessors, longer n-grams) fall
back to scikit-learn's `transform`.
"""

from __future__ import annotations

import logging
import re
from itertools import chain, repeat
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

logger = logging.getLogger(__name__)

_BITS_PER_CHAR = 21  # Unicode code points are below 2**21; +1 keeps 0 free for "no character"
_MAX_CHAR_N = 3  # 3 x 21 bits fit an unsigned 64-bit key
_MAX_WORD_N = 2
# Token patterns whose tokens never contain a space, so a vocabulary term "a b" is exactly the bigram (a, b).
_SPACE_FREE_TOKEN_PATTERNS = (r"(?u)\S+", r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's character analyzer collapses runs of whitespace to one space


def _char_supported(vectorizer: Any) -> bool:
    min_n, max_n = vectorizer.ngram_range
    return (
        vectorizer.analyzer == "char"
        and vectorizer.preprocessor is None
        and vectorizer.strip_accents is None
        and vectorizer.input == "content"
        and 1 <= min_n <= max_n <= _MAX_CHAR_N
    )


def _word_supported(vectorizer: Any) -> bool:
    min_n, max_n = vectorizer.ngram_range
    return (
        vectorizer.analyzer == "word"
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.strip_accents is None
        and vectorizer.stop_words is None
        and vectorizer.input == "content"
        and vectorizer.token_pattern in _SPACE_FREE_TOKEN_PATTERNS
        and 1 <= min_n <= max_n <= _MAX_WORD_N
    )


def _code_points(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts' code points + 1 as one uint64 array, and each text's length."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    joined = "".join(texts).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(joined, dtype=np.uint32).astype(np.uint64) + 1, lengths


def _char_ngram_keys(texts: list[str], min_n: int, max_n: int) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key) of every character n-gram with min_n <= n <= max_n that lies inside one text."""
    points, lengths = _code_points(texts)
    text_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    text_end = np.repeat(np.cumsum(lengths), lengths)
    positions = np.arange(len(points), dtype=np.int64)
    rows, keys = [], []
    for n in range(min_n, max_n + 1):
        count = len(points) - n + 1
        if count <= 0:
            break
        key = points[:count].copy()
        for offset in range(1, n):
            key <<= np.uint64(_BITS_PER_CHAR)
            key |= points[offset : offset + count]
        inside = positions[:count] + n <= text_end[:count]
        rows.append(text_of[:count][inside])
        keys.append(key[inside])
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    return np.concatenate(rows), np.concatenate(keys)


class _KeyTable:
    """Open-addressing hash table from positive uint64 keys to vocabulary columns, looked up a whole array at a time.

    A numpy hash lookup is several times faster than `np.searchsorted` over 250k sorted keys: each probe is one
    gather into a table that stays in cache, and at a load of at most 1/4 almost every key is settled by the first.
    """

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of key * 2**64/phi

    def __init__(self, keys: np.ndarray, columns: np.ndarray):
        self._bits = max(4, int(np.ceil(np.log2(max(len(keys), 1) * 4))))
        self._mask = np.int64((1 << self._bits) - 1)
        self._keys = np.zeros(1 << self._bits, dtype=np.uint64)  # 0 = empty slot
        self._columns = np.full(1 << self._bits, -1, dtype=np.int64)
        keys = keys.astype(np.uint64)
        if len(keys) and keys.min() == 0:
            raise ValueError("keys must be positive")
        pending, slots = np.arange(len(keys)), self._slots(keys)
        while pending.size:
            free = self._keys[slots] == 0
            # among keys landing on the same free slot, the first one takes it; the rest probe the next slot
            _, first = np.unique(slots[free], return_index=True)
            placed = np.flatnonzero(free)[first]
            self._keys[slots[placed]] = keys[pending[placed]]
            self._columns[slots[placed]] = columns[pending[placed]]
            waiting = np.ones(pending.size, dtype=bool)
            waiting[placed] = False
            pending, slots = pending[waiting], (slots[waiting] + 1) & self._mask

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return ((keys * self._MULTIPLIER) >> np.uint64(64 - self._bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The column of each key, -1 for keys not in the table."""
        keys = keys.astype(np.uint64, copy=False)
        columns = np.full(len(keys), -1, dtype=np.int64)
        pending, slots = np.arange(len(keys)), self._slots(keys)
        while pending.size:
            stored = self._keys[slots]
            hit = stored == keys[pending]
            columns[pending[hit]] = self._columns[slots[hit]]
            going_on = ~hit & (stored != 0)
            pending, slots = pending[going_on], (slots[going_on] + 1) & self._mask
        return columns


def _found(table: _KeyTable, rows: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and vocabulary columns of the keys present in the table."""
    columns = table.lookup(keys)
    found = columns >= 0
    return rows[found], columns[found]


class FastTfidf:
    """A fitted TfidfVectorizer's transform, vectorized; `transform(texts)` equals `vectorizer.transform(texts)`."""

    def __init__(self, vectorizer: Any):
        self.vectorizer = vectorizer
        self.n_features = len(vectorizer.vocabulary_)
        if _char_supported(vectorizer):
            self._count = self._count_chars
            self._build_char_table()
        elif _word_supported(vectorizer):
            self._count = self._count_words
            self._build_word_table()
        else:
            self._count = None
            logger.info("vectorizer settings not covered by the vectorized transform; using scikit-learn's")

    @property
    def vectorized(self) -> bool:
        """Whether transform runs the vectorized path (False: scikit-learn's own transform)."""
        return self._count is not None

    # ---- character n-grams ------------------------------------------------------------------------------------------

    def _build_char_table(self) -> None:
        terms = list(self.vectorizer.vocabulary_)
        columns = np.fromiter(self.vectorizer.vocabulary_.values(), dtype=np.int64, count=len(terms))
        points, lengths = _code_points(terms)
        keys = np.zeros(len(terms), dtype=np.uint64)
        starts = np.cumsum(lengths) - lengths
        for offset in range(int(lengths.max(initial=0))):
            has = lengths > offset
            keys[has] = (keys[has] << np.uint64(_BITS_PER_CHAR)) | points[starts[has] + offset]
        self._table = _KeyTable(keys, columns)

    def _count_chars(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if self.vectorizer.lowercase:
            texts = [text.lower() for text in texts]
        texts = [_WHITE_SPACES.sub(" ", text) for text in texts]
        min_n, max_n = self.vectorizer.ngram_range
        rows, keys = _char_ngram_keys(texts, min_n, max_n)
        return _found(self._table, rows, keys)

    # ---- word n-grams -----------------------------------------------------------------------------------------------

    def _build_word_table(self) -> None:
        self._token_ids: dict[str, int] = {}
        term_ids = [
            [self._token_ids.setdefault(token, len(self._token_ids)) for token in term.split(" ")]
            for term in self.vectorizer.vocabulary_
        ]
        keys = np.array([ids[0] if len(ids) == 1 else self._pair_key(ids[0], ids[1]) for ids in term_ids], dtype=np.int64)
        columns = np.fromiter(self.vectorizer.vocabulary_.values(), dtype=np.int64, count=len(term_ids))
        self._table = _KeyTable(keys + 1, columns)
        self._tokenize = re.compile(self.vectorizer.token_pattern).findall

    def _pair_key(self, first: np.ndarray | int, second: np.ndarray | int) -> np.ndarray | int:
        # unigram keys are token ids (< len(token_ids)); bigram keys start above them
        size = len(self._token_ids)
        return size + first * size + second

    def _count_words(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if self.vectorizer.lowercase:
            texts = [text.lower() for text in texts]
        tokens_per_text = [self._tokenize(text) for text in texts]
        lengths = np.fromiter(map(len, tokens_per_text), dtype=np.int64, count=len(texts))
        total = int(lengths.sum())
        ids = np.fromiter(
            map(self._token_ids.get, chain.from_iterable(tokens_per_text), repeat(-1)), dtype=np.int64, count=total
        )
        text_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        rows, keys = [], []
        min_n, max_n = self.vectorizer.ngram_range
        if min_n == 1:
            known = ids >= 0
            rows.append(text_of[known])
            keys.append(ids[known])
        if max_n == 2 and total > 1:
            same_text = text_of[:-1] == text_of[1:]
            known = same_text & (ids[:-1] >= 0) & (ids[1:] >= 0)
            rows.append(text_of[:-1][known])
            keys.append(self._pair_key(ids[:-1][known], ids[1:][known]))
        if not keys:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return _found(self._table, np.concatenate(rows), np.concatenate(keys) + 1)

    # ---- TF-IDF -----------------------------------------------------------------------------------------------------

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """TF-IDF matrix of the texts, equal to the vectorizer's own `transform` (an empty matrix for no texts)."""
        if not texts:
            return sp.csr_matrix((0, self.n_features), dtype=self.vectorizer.dtype)
        if self._count is None:
            return sp.csr_matrix(self.vectorizer.transform(texts))
        rows, columns = self._count(list(texts))
        dtype = self.vectorizer.dtype
        counts = sp.csr_matrix(
            (np.ones(len(rows), dtype=dtype), (rows, columns)), shape=(len(texts), self.n_features), dtype=dtype
        )
        counts.sum_duplicates()
        counts.sort_indices()
        if self.vectorizer.binary:
            counts.data.fill(1)
        # The steps of TfidfTransformer.transform, in its order and dtypes.
        if self.vectorizer.sublinear_tf:
            np.log(counts.data, counts.data)
            counts.data += 1.0
        if self.vectorizer.use_idf:
            counts.data *= self.vectorizer.idf_[counts.indices]
        if self.vectorizer.norm is not None:
            counts = normalize(counts, norm=self.vectorizer.norm, copy=False)
        return counts
