"""Fitting the lexical tier (the inference side lives in orgwatch.model_lexical)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from orgwatch.labels import LABELS
from orgwatch.model_lexical import LexicalParts, word_documents
from training.config import LexicalConfig

logger = logging.getLogger(__name__)


def is_text_term(term: str) -> bool:
    """Whether an n-gram holds only letters, digits and Han characters (and the spaces between words)."""
    return any(char.isalnum() for char in term) and all(char.isalnum() or char == " " for char in term)


def keep_terms(vectorizer: TfidfVectorizer, keep: Callable[[str], bool]) -> int:
    """Narrow a fitted vectorizer's vocabulary (and idf) to the terms keep() accepts; return how many were dropped."""
    terms = vectorizer.get_feature_names_out()
    kept = np.array([i for i, term in enumerate(terms) if keep(term)], dtype=np.int64)
    idf = vectorizer.idf_
    vectorizer.vocabulary_ = {str(terms[i]): column for column, i in enumerate(kept)}
    vectorizer.idf_ = idf[kept]
    return len(terms) - len(kept)


def record_weights(origins: Sequence[str], config: LexicalConfig) -> np.ndarray:
    """Sample weight per training record: confirmed_weight for moderator-confirmed records, 1 for the rest."""
    return np.array([config.confirmed_weight if origin == "confirmed" else 1.0 for origin in origins])


def fit_lexical(
    normalized_texts: list[str],
    targets: np.ndarray,
    config: LexicalConfig,
    seed: int,
    sample_weight: np.ndarray | None = None,
) -> LexicalParts:
    """Fit character and word TF-IDF plus one balanced logistic regression per label (records weighted by
    sample_weight, default all 1)."""
    char_vectorizer = TfidfVectorizer(
        analyzer="char",
        ngram_range=(1, config.char_ngram_max),
        min_df=config.min_df,
        max_features=config.char_max_features,
        sublinear_tf=True,
        dtype=np.float32,
    )
    word_vectorizer = TfidfVectorizer(
        analyzer="word",
        token_pattern=r"(?u)\S+",
        ngram_range=(1, config.word_ngram_max),
        min_df=config.min_df,
        max_features=config.word_max_features,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
    )
    word_texts = word_documents(normalized_texts)
    parts = LexicalParts(char_vectorizer=char_vectorizer, word_vectorizer=word_vectorizer, classifiers={})
    if config.drop_punctuation:
        # fit, narrow the vocabularies, then transform: row norms must come from the kept n-grams only
        char_vectorizer.fit(normalized_texts)
        word_vectorizer.fit(word_texts)
        for name, vectorizer in (("char", char_vectorizer), ("word", word_vectorizer)):
            dropped = keep_terms(vectorizer, is_text_term)
            logger.info("lexical: dropped %d punctuation/symbol %s n-grams", dropped, name)
        x = parts.features(normalized_texts, word_texts)  # the inference path, so later calls reuse its tables
    else:
        # fit_transform: the document-term matrices come out of fitting, so they are not computed a second time
        x = sp.hstack([char_vectorizer.fit_transform(normalized_texts), word_vectorizer.fit_transform(word_texts)],
                      format="csr")
    for j, label in enumerate(LABELS):
        clf = LogisticRegression(
            C=config.regularization_c, max_iter=config.max_iter, class_weight="balanced", random_state=seed
        )
        clf.fit(x, targets[:, j], sample_weight=sample_weight)
        parts.classifiers[label] = clf
        logger.info("lexical: fitted %s on %d docs (%d positives)", label, len(targets), int(targets[:, j].sum()))
    # stop_words_ is a fitted attribute listing every pruned n-gram: large and not needed for inference
    for vectorizer in (char_vectorizer, word_vectorizer):
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
    return parts
