"""Fitting the lexical tier (the inference side lives in orgwatch.model_lexical)."""

from __future__ import annotations

import logging

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from orgwatch.labels import LABELS
from orgwatch.model_lexical import LexicalParts, word_documents
from training.config import LexicalConfig

logger = logging.getLogger(__name__)


def fit_lexical(normalized_texts: list[str], targets: np.ndarray, config: LexicalConfig, seed: int) -> LexicalParts:
    """Fit character and word TF-IDF plus one balanced logistic regression per label."""
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
    # fit_transform: the document-term matrices come out of fitting, so they are not computed a second time
    x = sp.hstack([char_vectorizer.fit_transform(normalized_texts),
                   word_vectorizer.fit_transform(word_documents(normalized_texts))], format="csr")
    parts = LexicalParts(char_vectorizer=char_vectorizer, word_vectorizer=word_vectorizer, classifiers={})
    for j, label in enumerate(LABELS):
        clf = LogisticRegression(
            C=config.regularization_c, max_iter=config.max_iter, class_weight="balanced", random_state=seed
        )
        clf.fit(x, targets[:, j])
        parts.classifiers[label] = clf
        logger.info("lexical: fitted %s on %d docs (%d positives)", label, len(targets), int(targets[:, j].sum()))
    # stop_words_ is a fitted attribute listing every pruned n-gram: large and not needed for inference
    for vectorizer in (char_vectorizer, word_vectorizer):
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
    return parts
