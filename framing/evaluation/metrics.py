"""Scores of predictions against human labels: token overlap, classification, rank correlation.

Spans are ``(start, end)`` character offsets, end exclusive. A token is a run of
word characters (``\\w+``); a token is positive for a set of spans when any of its
characters lies inside one of them. Undefined is NaN, never 0: precision with no
prediction, recall with no gold item.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = [
    "Span",
    "TOKEN",
    "TokenCounts",
    "token_counts",
    "spans_touched",
    "overlaps",
    "ratio",
    "f1",
    "binary_scores",
    "macro_f1",
    "cohen_kappa",
    "spearman",
    "spearman_scores",
    "bootstrap_interval",
]

Span = tuple[int, int]
TOKEN = re.compile(r"\w+")


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``; NaN when the denominator is 0."""
    return numerator / denominator if denominator else math.nan


def f1(true_positives: float, predicted: float, gold: float) -> float:
    """F1 as ``2·tp / (predicted + gold)``: defined whenever either side is non-empty."""
    return ratio(2.0 * true_positives, predicted + gold)


@dataclass(frozen=True, slots=True)
class TokenCounts:
    """Token counts pooled over documents: predicted, gold, and both."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: TokenCounts) -> TokenCounts:
        return TokenCounts(
            self.true_positives + other.true_positives, self.predicted + other.predicted, self.gold + other.gold
        )

    @property
    def precision(self) -> float:
        return ratio(self.true_positives, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.true_positives, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.true_positives, self.predicted, self.gold)

    def scores(self, prefix: str = "token_") -> dict[str, float]:
        """``{prefix}precision``, ``{prefix}recall`` and ``{prefix}f1``."""
        return {f"{prefix}precision": self.precision, f"{prefix}recall": self.recall, f"{prefix}f1": self.f1}


def _covered(tokens: Sequence[Span], spans: Iterable[Span]) -> set[int]:
    """Indices of the tokens that any span touches."""
    starts = [start for start, _ in tokens]
    covered: set[int] = set()
    for start, end in spans:
        first = int(np.searchsorted(starts, start, side="right")) - 1
        for index in range(max(first, 0), len(tokens)):
            token_start, token_end = tokens[index]
            if token_start >= end:
                break
            if token_end > start:
                covered.add(index)
    return covered


def token_counts(text: str, gold: Iterable[Span], predicted: Iterable[Span]) -> TokenCounts:
    """Tokens of ``text`` inside the gold spans, inside the predicted spans, and inside both."""
    tokens = [match.span() for match in TOKEN.finditer(text)]
    gold_tokens = _covered(tokens, gold)
    predicted_tokens = _covered(tokens, predicted)
    return TokenCounts(len(gold_tokens & predicted_tokens), len(predicted_tokens), len(gold_tokens))


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def spans_touched(targets: Iterable[Span], others: Sequence[Span]) -> tuple[int, int]:
    """How many ``targets`` overlap one of ``others``, and how many targets there are."""
    targets = list(targets)
    touched = sum(any(overlaps(target, other) for other in others) for target in targets)
    return touched, len(targets)


def binary_scores(gold: Sequence[bool], predicted: Sequence[bool], prefix: str = "") -> dict[str, float]:
    """Precision, recall and F1 of the positive class, and accuracy."""
    if len(gold) != len(predicted):
        raise ValueError(f"gold and predicted must have the same length. Got {len(gold)} and {len(predicted)}.")
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    n_pred, n_gold = sum(map(bool, predicted)), sum(map(bool, gold))
    agree = sum(bool(g) == bool(p) for g, p in zip(gold, predicted, strict=True))
    return {
        f"{prefix}precision": ratio(tp, n_pred),
        f"{prefix}recall": ratio(tp, n_gold),
        f"{prefix}f1": f1(tp, n_pred, n_gold),
        f"{prefix}accuracy": ratio(agree, len(gold)),
    }


def macro_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    """Mean of the F1 of both classes (a class absent from gold and predictions is left out)."""
    positive = binary_scores(gold, predicted)["f1"]
    negative = binary_scores([not g for g in gold], [not p for p in predicted])["f1"]
    defined = [value for value in (positive, negative) if not math.isnan(value)]
    return sum(defined) / len(defined) if defined else math.nan


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float:
    """Cohen's kappa of two binary labellings (NaN when chance agreement is 1)."""
    n = len(a)
    if n == 0 or n != len(b):
        return math.nan
    observed = sum(bool(x) == bool(y) for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(map(bool, a)) / n, sum(map(bool, b)) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return ratio(observed - expected, 1.0 - expected)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho; NaN with fewer than two pairs or a constant side."""
    pairs = [(a, b) for a, b in zip(x, y, strict=True) if not (math.isnan(a) or math.isnan(b))]
    if len(pairs) < 2:
        return math.nan
    from scipy.stats import rankdata

    ranks_x = rankdata([a for a, _ in pairs])
    ranks_y = rankdata([b for _, b in pairs])
    if np.ptp(ranks_x) == 0 or np.ptp(ranks_y) == 0:
        return math.nan
    return float(np.corrcoef(ranks_x, ranks_y)[0, 1])


def spearman_scores(groups: Mapping[str, Sequence[tuple[float, float]]]) -> tuple[float, float]:
    """Mean of the per-group rho (groups where it is defined) and rho pooled over all pairs."""
    per_group = [spearman([a for a, _ in pairs], [b for _, b in pairs]) for pairs in groups.values()]
    defined = [rho for rho in per_group if not math.isnan(rho)]
    pooled = [pair for pairs in groups.values() for pair in pairs]
    mean = sum(defined) / len(defined) if defined else math.nan
    return mean, spearman([a for a, _ in pooled], [b for _, b in pooled])


def bootstrap_interval(
    groups: Mapping[str, Sequence[tuple[float, float]]], *, resamples: int = 1000, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """95 % percentile intervals of both Spearman scores, resampling groups (stories) with replacement.

    The seed is fixed, so the same input gives the same interval.
    """
    names = sorted(groups)
    rho = np.array([spearman([a for a, _ in groups[n]], [b for _, b in groups[n]]) for n in names])
    pairs = [np.array(groups[n], dtype=float).reshape(-1, 2) for n in names]
    rng = np.random.default_rng(seed)
    per_story, pooled = [], []
    for _ in range(resamples if names else 0):
        drawn = rng.integers(0, len(names), len(names))
        sample = rho[drawn]
        defined = sample[~np.isnan(sample)]
        per_story.append(float(defined.mean()) if defined.size else math.nan)
        stacked = np.concatenate([pairs[j] for j in drawn])
        pooled.append(spearman(stacked[:, 0].tolist(), stacked[:, 1].tolist()))
    return {"spearman_per_story": _percentiles(per_story), "spearman_pooled": _percentiles(pooled)}


def _percentiles(values: list[float]) -> tuple[float, float]:
    finite = [v for v in values if not math.isnan(v)]
    if not finite:
        return math.nan, math.nan
    low, high = np.percentile(finite, [2.5, 97.5])
    return float(low), float(high)
