"""Fitting the lexical tier: punctuation n-grams dropped, features at training equal features at inference."""

import numpy as np

from orgwatch.labels import LABELS
from training.config import LexicalConfig
from training.lexical import fit_lexical, is_text_term

TEXTS = [
    "中国书画艺术研究院颁发证书，收取评审费。",
    "爱心捐款请扫码转到个人账户！捐一千返两千。",
    "市民政局公布非法社会组织名单，提醒市民警惕。",
    "这家店服务不好。",
    "酒店房间很大，早餐不错。😀",
    "理事单位会费五万元，授牌“示范基地”。",
] * 3
TARGETS = np.array([[1, 0], [0, 1], [0, 0], [0, 0], [0, 0], [1, 0]] * 3)


def test_punctuation_symbol_and_emoji_ngrams_are_not_features():
    parts = fit_lexical(TEXTS, TARGETS, LexicalConfig(min_df=1), seed=0)
    names = parts.feature_names()
    assert len(names) > 0 and all(is_text_term(str(name)) for name in names)
    assert "，" not in set(names) and "。" not in set(names) and not any("😀" in name for name in names)
    assert {"证书", "捐款"} <= set(names)


def test_rows_are_normalized_over_the_kept_ngrams_and_the_fit_separates_the_labels():
    parts = fit_lexical(TEXTS, TARGETS, LexicalConfig(min_df=1), seed=0)
    x = parts.features(TEXTS)
    # character and word parts each normalized to 1 over their kept n-grams only
    assert np.allclose(x.multiply(x).sum(axis=1), 2.0, atol=1e-5)
    scores = parts.raw_scores(TEXTS)
    assert scores.shape == (len(TEXTS), len(LABELS))
    assert (scores[TARGETS[:, 0] == 1, 0] > 0.5).all() and (scores[TARGETS[:, 0] == 0, 0] < 0.5).all()


def test_punctuation_can_be_kept():
    parts = fit_lexical(TEXTS, TARGETS, LexicalConfig(min_df=1, drop_punctuation=False), seed=0)
    assert "。" in set(parts.feature_names())


def test_text_terms():
    assert is_text_term("协会") and is_text_term("理事 单位") and is_text_term("a1")
    assert not is_text_term("。") and not is_text_term("会。") and not is_text_term(" ") and not is_text_term("😀协")


def test_confirmed_records_weigh_more():
    from training.lexical import record_weights

    weights = record_weights(["generated", "confirmed", "gold", "imported"], LexicalConfig(confirmed_weight=10.0))
    assert weights.tolist() == [1.0, 10.0, 1.0, 1.0]
    # the same data, one relabelled record weighted up: the fit follows it further than unweighted
    targets = TARGETS.copy()
    targets[3, 0] = 1  # '这家店服务不好。' confirmed as illegal_org (a made-up correction, once among its 3 copies)
    plain = fit_lexical(TEXTS, targets, LexicalConfig(min_df=1), seed=0)
    sample_weight = np.ones(len(TEXTS))
    sample_weight[3] = 50.0
    weighted = fit_lexical(TEXTS, targets, LexicalConfig(min_df=1), seed=0, sample_weight=sample_weight)
    assert weighted.raw_scores([TEXTS[3]])[0, 0] > plain.raw_scores([TEXTS[3]])[0, 0] + 0.2
