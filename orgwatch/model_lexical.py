"""Lexical tier at inference: TF-IDF over characters and jieba words, one logistic regression per label."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import skops.io as sio

from orgwatch.bundle import BundleError
from orgwatch.labels import LABELS
from orgwatch.text import segment_batch
from orgwatch.tfidf import FastTfidf

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "lexical.skops"
# skops writes a dict entry by entry, which takes minutes for 250k-term vocabularies: the vocabularies travel
# as a JSON list of terms in column order beside the skops file, and everything else goes through skops.
VOCABULARY_FILE = "lexical_vocabulary.json"
# Exactly the types a lexical bundle may contain; anything else in the file is refused.
TRUSTED_TYPES = [
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
]


def word_documents(normalized_texts: list[str]) -> list[str]:
    """Space-joined jieba words, the input of the word vectorizer (its token pattern drops whitespace-only words)."""
    return [" ".join(words) for words in segment_batch(normalized_texts)]


@dataclass
class LexicalParts:
    """The fitted pieces of a lexical model."""

    char_vectorizer: object
    word_vectorizer: object
    classifiers: dict[str, object]
    _fast: tuple[FastTfidf, FastTfidf] | None = field(default=None, init=False, repr=False, compare=False)

    def features(self, normalized_texts: list[str], word_texts: list[str] | None = None) -> sp.csr_matrix:
        """Stacked character and word TF-IDF features (the vectorizers' own transform, computed by FastTfidf);
        word_texts: the texts' word_documents when the caller already has them."""
        if self._fast is None:
            self._fast = (FastTfidf(self.char_vectorizer), FastTfidf(self.word_vectorizer))
        chars = self._fast[0].transform(normalized_texts)
        words = self._fast[1].transform(word_texts if word_texts is not None else word_documents(normalized_texts))
        return sp.hstack([chars, words], format="csr")

    def raw_scores(self, normalized_texts: list[str]) -> np.ndarray:
        """Uncalibrated probabilities, shape (n, len(LABELS))."""
        if not normalized_texts:
            return np.zeros((0, len(LABELS)))
        x = self.features(normalized_texts)
        return np.column_stack([self.classifiers[label].predict_proba(x)[:, 1] for label in LABELS])

    def feature_names(self) -> np.ndarray:
        """Names of the stacked features (character n-grams, then word n-grams)."""
        return np.concatenate(
            [self.char_vectorizer.get_feature_names_out(), self.word_vectorizer.get_feature_names_out()]
        )

    def save(self, bundle_dir: Path) -> None:
        """Write the pieces with skops."""
        vocabularies = {}
        for name, vectorizer in (("char", self.char_vectorizer), ("word", self.word_vectorizer)):
            vocabularies[name] = vectorizer.get_feature_names_out().tolist()
        obj = {"char": self.char_vectorizer, "word": self.word_vectorizer, "classifiers": self.classifiers}
        saved = {name: getattr(obj[name], "vocabulary_") for name in vocabularies}
        try:
            for name in vocabularies:
                obj[name].vocabulary_ = {}
            sio.dump(obj, Path(bundle_dir) / WEIGHTS_FILE)
        finally:
            for name, vocabulary in saved.items():
                obj[name].vocabulary_ = vocabulary
        (Path(bundle_dir) / VOCABULARY_FILE).write_text(json.dumps(vocabularies, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, bundle_dir: Path) -> "LexicalParts":
        """Read the pieces, refusing any type outside TRUSTED_TYPES."""
        path = Path(bundle_dir) / WEIGHTS_FILE
        if not path.is_file():
            raise BundleError(f"{bundle_dir}: lexical bundle without {WEIGHTS_FILE}")
        try:
            untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
            if untrusted:
                raise BundleError(f"{path}: refusing untrusted types {untrusted}")
            obj = sio.load(path, trusted=TRUSTED_TYPES)
            vocabularies = json.loads((Path(bundle_dir) / VOCABULARY_FILE).read_text(encoding="utf-8"))
            for name in ("char", "word"):
                obj[name].vocabulary_ = {term: i for i, term in enumerate(vocabularies[name])}
        except BundleError:
            raise
        except Exception as exc:  # skops raises many types on corrupt zips
            raise BundleError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from exc
        return cls(char_vectorizer=obj["char"], word_vectorizer=obj["word"], classifiers=obj["classifiers"])
