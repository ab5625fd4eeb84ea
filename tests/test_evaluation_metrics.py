"""Metrics of framing.evaluation.metrics on hand-made inputs with known answers."""

from __future__ import annotations

import math

import pytest

from framing.evaluation.metrics import (
    TokenCounts,
    binary_scores,
    bootstrap_interval,
    cohen_kappa,
    f1,
    macro_f1,
    spans_touched,
    spearman,
    spearman_scores,
    token_counts,
)

TEXT = "The corrupt regime launched a brutal crackdown today."
#        0   4       12     19       28 30     37        47


def test_token_counts_on_hand_made_spans() -> None:
    gold = [(4, 18), (30, 46)]  # corrupt regime | brutal crackdown: 4 tokens
    predicted = [(4, 11), (19, 27), (37, 46)]  # corrupt | launched | crackdown: 3 tokens, 2 right
    counts = token_counts(TEXT, gold, predicted)
    assert counts == TokenCounts(true_positives=2, predicted=3, gold=4)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(0.5)
    assert counts.f1 == pytest.approx(4 / 7)


def test_a_span_touching_part_of_a_token_makes_it_positive() -> None:
    assert token_counts(TEXT, [(5, 6)], [(17, 18)]) == TokenCounts(0, 1, 1)  # 'orrupt' and 'regime''s last letter


def test_undefined_is_nan_and_f1_is_zero_when_nothing_matches() -> None:
    none = token_counts(TEXT, [], [])
    assert math.isnan(none.precision) and math.isnan(none.recall) and math.isnan(none.f1)
    missed = token_counts(TEXT, [(4, 11)], [])
    assert math.isnan(missed.precision) and missed.recall == 0.0 and missed.f1 == 0.0


def test_counts_add_up_over_documents() -> None:
    total = TokenCounts(1, 2, 3) + TokenCounts(2, 2, 1)
    assert total == TokenCounts(3, 4, 4)
    assert total.scores("x_") == {"x_precision": 0.75, "x_recall": 0.75, "x_f1": 0.75}


def test_spans_touched() -> None:
    assert spans_touched([(0, 5), (10, 12), (20, 30)], [(4, 11)]) == (2, 3)
    assert spans_touched([(0, 5)], [(5, 9)]) == (0, 1)  # end is exclusive


def test_binary_and_macro_f1() -> None:
    gold = [True, True, False, False]
    predicted = [True, False, True, False]
    scores = binary_scores(gold, predicted)
    assert scores == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "accuracy": 0.5}
    assert macro_f1(gold, predicted) == 0.5
    assert macro_f1([True, True, False], [True, True, True]) == pytest.approx((0.8 + 0.0) / 2)
    assert f1(0, 0, 0) != f1(0, 0, 0)  # NaN


def test_cohen_kappa() -> None:
    assert cohen_kappa([True, False, True, False], [True, False, True, False]) == 1.0
    assert cohen_kappa([True, True, False, False], [True, False, True, False]) == 0.0
    assert math.isnan(cohen_kappa([True, True], [True, True]))


def test_spearman_known_values() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))
    assert math.isnan(spearman([1], [2]))


def test_spearman_per_story_and_pooled() -> None:
    groups = {"a": [(0.1, 1.0), (0.2, 2.0)], "b": [(0.3, 2.0), (0.1, 1.0)], "c": [(0.5, 1.0), (0.4, 2.0)]}
    per_story, pooled = spearman_scores(groups)
    assert per_story == pytest.approx(1 / 3)
    assert pooled == pytest.approx(spearman([0.1, 0.2, 0.3, 0.1, 0.5, 0.4], [1, 2, 2, 1, 1, 2]))


def test_bootstrap_is_deterministic_and_brackets_the_estimate() -> None:
    groups = {f"s{i}": [(float(i % 3), float(i % 4)), (float(i % 5), float(i % 2))] for i in range(20)}
    first = bootstrap_interval(groups, resamples=200, seed=0)
    assert first == bootstrap_interval(groups, resamples=200, seed=0)
    assert first != bootstrap_interval(groups, resamples=200, seed=1)
    per_story, pooled = spearman_scores(groups)
    low, high = first["spearman_pooled"]
    assert low <= pooled <= high
    low, high = first["spearman_per_story"]
    assert low <= per_story <= high
