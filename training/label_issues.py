"""Label-quality report: out-of-fold lexical predictions ranked by cleanlab to list records likely mislabeled."""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import StratifiedGroupKFold

from orgwatch import data
from orgwatch.data import Record, label_combination, normalized_texts, split_key
from orgwatch.labels import LABELS

logger = logging.getLogger(__name__)

DEFAULT_FOLDS = 5
DEFAULT_MAX_FEATURES = 100_000
DEFAULT_CHAR_NGRAM_MAX = 3
DEFAULT_ALPHA = 2e-5  # L2 strength of the SGD logistic regression


@dataclass(frozen=True)
class LabelIssue:
    """One record whose given labels the out-of-fold model doubts, with what it would suggest instead."""

    rank: int  # 1 = most likely mislabeled
    record: Record
    given: tuple[str, ...]
    suggested: tuple[str, ...]
    doubted: tuple[str, ...]  # labels whose presence or absence looks wrong
    probabilities: dict[str, float]  # out-of-fold probability per label
    quality: float  # cleanlab label quality in [0, 1]; lower is more suspect


@dataclass(frozen=True)
class LabelIssueReport:
    """Suspected records (most suspect first) and how they were found."""

    issues: list[LabelIssue]
    records: int
    folds: int
    seconds: float


def fold_groups(records: Sequence[Record], texts: Sequence[str]) -> list[str]:
    """Leakage unit per record, as split_records draws it: group, else web host, else content, joined across
    near-duplicate clusters; a record's unit is named by the key of its cluster's first record."""
    keys = [split_key(record, text) for record, text in zip(records, texts)]
    # The same union-find split_records builds, over the texts normalized once here (normalizing is the slow part).
    union, _ = data.near_duplicate_groups(list(texts), data.DEFAULT_THRESHOLD, data.DEFAULT_NUM_PERM, data.SHINGLE_SIZE)
    first_by_key: dict[str, int] = {}
    for index, key in enumerate(keys):
        union.union(first_by_key.setdefault(key, index), index)
    return [keys[union.find(index)] for index in range(len(keys))]


def fold_indices(records: Sequence[Record], groups: list[str], folds: int, seed: int) -> list[np.ndarray]:
    """Held-out index arrays of group-aware folds stratified by label combination."""
    distinct = len(set(groups))
    if distinct < 2:
        raise ValueError(f"need records from at least 2 groups for out-of-fold predictions, got {distinct}")
    if folds < 2:
        raise ValueError(f"need at least 2 folds, got {folds}")
    if folds > distinct:
        logger.warning("only %d groups: using %d folds instead of %d", distinct, distinct, folds)
        folds = distinct
    strata = [label_combination(record.labels) for record in records]
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # A label combination rarer than the fold count is fine here: it simply cannot be spread evenly.
        warnings.simplefilter("ignore", UserWarning)
        return [held_out for _, held_out in splitter.split(np.zeros(len(records)), strata, groups)]


def out_of_fold_probabilities(
    texts: Sequence[str],
    targets: np.ndarray,
    held_out_folds: Sequence[np.ndarray],
    seed: int = 0,
    max_features: int = DEFAULT_MAX_FEATURES,
    char_ngram_max: int = DEFAULT_CHAR_NGRAM_MAX,
    alpha: float = DEFAULT_ALPHA,
) -> np.ndarray:
    """Probability per text and label from character TF-IDF + logistic regression fitted without its fold."""
    # The vocabulary and idf see every text but no label, so fitting them once does not leak labels into a fold.
    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=(1, char_ngram_max), min_df=2, max_features=max_features,
        sublinear_tf=True, dtype=np.float32,
    )
    features = vectorizer.fit_transform(texts)
    probabilities = np.zeros(targets.shape, dtype=np.float64)
    for held_out in held_out_folds:
        train = np.ones(len(texts), dtype=bool)
        train[held_out] = False
        for j in range(targets.shape[1]):
            y = targets[train, j]
            if y.min() == y.max():  # a label absent (or everywhere) in this fold's training part
                probabilities[held_out, j] = float(y[0]) if y.size else 0.0
                continue
            # SGD on the log loss: the same average precision as liblinear here, 30x faster (folds x labels fits).
            model = SGDClassifier(
                loss="log_loss", alpha=alpha, class_weight="balanced", max_iter=30, tol=1e-3, random_state=seed
            )
            model.fit(features[train], y)
            probabilities[held_out, j] = model.predict_proba(features[held_out])[:, 1]
    return probabilities


def check_label_mix(records: Sequence[Record]) -> None:
    """Raise ValueError unless some record carries a label and no label is on every record (cleanlab needs both)."""
    counts = {label: sum(label in record.labels for record in records) for label in LABELS}
    if not any(counts.values()):
        raise ValueError("no record carries a label: nothing to check")
    always = [label for label, count in counts.items() if count == len(records)]
    if always:
        raise ValueError(f"every record carries {always[0]}: a label must be absent somewhere to be checked")


def rank_label_issues(
    records: Sequence[Record], probabilities: np.ndarray, n_jobs: int | None = 1
) -> list[LabelIssue]:
    """Records cleanlab flags (multi-label confident learning), most suspect first, with suggested labels."""
    from cleanlab.multilabel_classification.filter import find_label_issues as cleanlab_find_label_issues
    from cleanlab.multilabel_classification.filter import find_multilabel_issues_per_class
    from cleanlab.multilabel_classification.rank import get_label_quality_scores

    check_label_mix(records)
    given = [[LABELS.index(label) for label in record.labels] for record in records]
    ranked = cleanlab_find_label_issues(
        labels=given, pred_probs=probabilities, return_indices_ranked_by="self_confidence", n_jobs=n_jobs
    )
    # Per label: does its presence or absence look wrong? Flipping those gives the suggestion.
    doubted_mask = np.asarray(
        find_multilabel_issues_per_class(labels=given, pred_probs=probabilities, n_jobs=n_jobs), dtype=bool
    )
    quality = get_label_quality_scores(given, probabilities, method="self_confidence")
    issues = []
    for rank, index in enumerate(ranked, 1):
        record = records[index]
        doubted = tuple(label for j, label in enumerate(LABELS) if doubted_mask[index, j])
        suggested = tuple(label for label in LABELS if (label in record.labels) != (label in doubted))
        issues.append(LabelIssue(
            rank=rank,
            record=record,
            given=record.labels,
            suggested=suggested,
            doubted=doubted,
            probabilities={label: float(probabilities[index, j]) for j, label in enumerate(LABELS)},
            quality=float(quality[index]),
        ))
    return issues


def find_label_issues(
    records: Sequence[Record],
    folds: int = DEFAULT_FOLDS,
    seed: int = 0,
    max_features: int = DEFAULT_MAX_FEATURES,
    char_ngram_max: int = DEFAULT_CHAR_NGRAM_MAX,
) -> LabelIssueReport:
    """Rank the records most likely mislabeled: group-aware out-of-fold lexical predictions, then cleanlab."""
    started = time.perf_counter()
    check_label_mix(records)
    texts = normalized_texts(records)
    groups = fold_groups(records, texts)
    held_out_folds = fold_indices(records, groups, folds, seed)
    targets = np.array([record.label_vector() for record in records], dtype=np.int64)
    probabilities = out_of_fold_probabilities(
        texts, targets, held_out_folds, seed=seed, max_features=max_features, char_ngram_max=char_ngram_max
    )
    issues = rank_label_issues(records, probabilities)
    seconds = time.perf_counter() - started
    logger.info(
        "label issues: %d of %d records suspected (%d folds, %.1f s)",
        len(issues), len(records), len(held_out_folds), seconds,
    )
    return LabelIssueReport(issues=issues, records=len(records), folds=len(held_out_folds), seconds=seconds)
