"""Fit the loaded-wording model (framing/models/loaded_words.npz) on PTC's Loaded_Language spans, and measure it.

    python benchmarks/train_loaded_model.py PTC/articles PTC/labels.tsv [--out PATH] [--no-write]

What is fitted on what (docs/evaluation.md tells the numbers):

1. Each article is cleaned and segmented as framing does; every word gets the
   features of framing.models.token_features (the static word vectors of
   framing.models.static among them, from benchmarks/build_static_vectors.py);
   a word is positive when a Loaded_Language span touches it.
2. Coefficients: a linear SVM (squared hinge, L2, C = 0.01) on the features
   scaled by their naive-Bayes log-count ratios (Wang & Manning 2012, "NBSVM"),
   the ratios folded into the shipped weights; the static vectors' columns keep
   a ratio of 1.
3. Calibration and thresholds come from out-of-fold scores (5 folds grouped by
   article): a logistic calibration of the score, then the seed and grow
   thresholds that maximise token F1 (the figure PTC's span task is judged by) of
   what the loaded_word extractor reports (lexicon hits plus the model's phrases
   outside them) with no baseline; among pairs within 0.005 of the best, the
   highest (fewest flags) is taken. The seed threshold is at least 0.2 (see
   SEEDS). The thresholds used to maximise F0.5 instead (seed 0.25, grow 0.05:
   precision 0.32, recall 0.18, F1 0.230 out of fold); F1 keeps the seed and
   lowers the grow threshold, so that phrases run longer, as PTC's spans do.
4. The shipped model is refitted on every article with those settings.

Printed: the out-of-fold scores (thresholds chosen on the same out-of-fold
scores), a two-halves check (articles split by position, even and odd; each half
fitted with thresholds from its own inner folds and measured on the other half),
and the in-sample scores of the shipped model.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from framing.evaluation.metrics import TOKEN, TokenCounts
from framing.evaluation.predict import document
from framing.evaluation.ptc import Article, read_ptc
from framing.extractors.loaded_word import LoadedWord
from framing.models.loaded import MODEL_FILE, LoadedWordModel, cut, decode
from framing.models.static import static_vectors
from framing.models.token_features import (
    CONTEXT_FEATURES,
    DocTokens,
    FeatureConfig,
    design_matrix,
    doc_tokens,
    doc_words,
)
from framing.records import Document

C = 0.01
SMOOTHING = 1.0
FOLDS = 5
# Seeds start at 0.2: the seed threshold sets how many phrases a reader is shown, the grow threshold only how far
# each runs. Out of fold, seed 0.12 reaches token F1 0.267 against 0.256 at 0.2, but on wire copy (the seed
# story's gold) it adds four wrong findings to twelve right ones.
SEEDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
GROWS = (0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1)
TECHNIQUES = ("Loaded_Language",)
BETA = 1.0  # thresholds maximise token F1, the figure PTC's span task is judged by
NOISE = 0.005  # F1 differences smaller than this between threshold pairs are not told apart
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "framing" / "models" / MODEL_FILE


@dataclass(frozen=True)
class Item:
    """One article, ready for fitting and scoring."""

    article: Article
    doc: Document
    tokens: DocTokens
    x: sparse.csr_matrix
    y: np.ndarray
    taken: list[tuple[int, int]]  # the lexicon hits of the loaded_word extractor (cleaned offsets)
    flags: np.ndarray  # the words' flags (framing.models.token_features.DocWords.flags)
    breaks: np.ndarray  # punctuation between word i and i+1
    metric_starts: np.ndarray  # the metric's tokens (\\w+ runs of the raw text), as in token_counts
    metric_ends: np.ndarray
    gold: np.ndarray  # which metric tokens a gold span touches

    def counts(self, spans: Sequence[tuple[int, int]]) -> TokenCounts:
        """:func:`~framing.evaluation.metrics.token_counts` of raw ``spans`` against the gold, vectorised."""
        hit = marked(self.metric_starts, self.metric_ends, spans)
        return TokenCounts(int(np.sum(hit & self.gold)), int(hit.sum()), int(self.gold.sum()))


def marked(starts: np.ndarray, ends: np.ndarray, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Which tokens (sorted, not overlapping) share a character with one of ``spans``."""
    marks = np.zeros(len(starts) + 1, dtype=np.int64)
    if len(spans):
        lows, highs = np.asarray(spans, dtype=np.int64).T
        first = np.searchsorted(ends, lows, side="right")
        last = np.searchsorted(starts, highs, side="left")
        keep = first < last
        np.add.at(marks, first[keep], 1)
        np.add.at(marks, last[keep], -1)
    return np.cumsum(marks[:-1]) > 0


def prepare(articles: Sequence[Article], config: FeatureConfig) -> list[Item]:
    items = []
    for article in articles:
        doc = document(article.text)
        tokens = doc_tokens(doc)
        raw = np.asarray(doc.clean.raw_index)
        starts, ends = raw[tokens.starts], raw[np.maximum(tokens.ends - 1, 0)] + 1
        y = np.zeros(len(starts), dtype=bool)
        for start, end in article.gold(TECHNIQUES):
            y |= (starts < end) & (start < ends)
        taken = [(s, e) for k in range(len(doc.sentences)) for s, e, _ in LoadedWord._lexicon_hits(doc, k)]
        metric = np.array([m.span() for m in TOKEN.finditer(article.text)], dtype=np.int64).reshape(-1, 2)
        gold = marked(metric[:, 0], metric[:, 1], article.gold(TECHNIQUES))
        flags = doc_words(tokens, config)[0].flags
        x = design_matrix(doc, config)
        breaks = x[:, config.width + CONTEXT_FEATURES.index("punctuation_after")].toarray().ravel() > 0
        item = Item(article, doc, tokens, x, y, taken, flags, breaks, metric[:, 0], metric[:, 1], gold)
        items.append(item)
    return items


def fit(x: sparse.csr_matrix, y: np.ndarray, config: FeatureConfig) -> tuple[np.ndarray, float]:
    """NBSVM: the weights (ratios folded in) and the intercept."""
    from sklearn.svm import LinearSVC

    present = x[:, : config.width].copy()
    present.data[:] = 1.0
    p = np.asarray(present[y].sum(axis=0)).ravel() + SMOOTHING
    q = np.asarray(present[~y].sum(axis=0)).ravel() + SMOOTHING
    ratio = np.ones(config.n_features)
    ratio[: config.width] = np.log((p / p.sum()) / (q / q.sum()))
    svm = LinearSVC(C=C, random_state=0, max_iter=5000)
    svm.fit(x @ sparse.diags(ratio), y)
    return ratio * svm.coef_[0], float(svm.intercept_[0])


def calibration(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    regression = LogisticRegression(C=1e4, max_iter=1000).fit(scores.reshape(-1, 1), y)
    return float(regression.coef_[0, 0]), float(regression.intercept_[0])


def predicted(item: Item, probability: np.ndarray, seed: float, grow: float) -> list[tuple[int, int]]:
    """Raw spans the extractor reports with no baseline: lexicon hits, and the model's phrases outside them."""
    spans = decode(item.tokens, probability, seed, grow, item.flags, item.breaks)
    spans = cut(spans, item.tokens, probability, item.taken, seed, item.flags)
    cleaned = item.taken + [(s.start, s.end) for s in spans]
    return [item.doc.clean.to_raw(s, e) for s, e in cleaned]


def counts(items: Sequence[Item], probabilities: Sequence[np.ndarray], seed: float, grow: float) -> TokenCounts:
    total = TokenCounts()
    for item, probability in zip(items, probabilities, strict=True):
        total += item.counts(predicted(item, probability, seed, grow))
    return total


def f_beta(result: TokenCounts, beta: float = BETA) -> float:
    """F-beta of token counts (beta < 1 weighs precision more)."""
    p, r = result.precision, result.recall
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r > 0 else 0.0


def best_thresholds(items: Sequence[Item], probabilities: Sequence[np.ndarray]) -> tuple[float, float, TokenCounts]:
    """The seed and grow thresholds with the highest F-beta; within ``NOISE`` of it, the highest seed and grow."""
    results = {
        (seed, grow): counts(items, probabilities, seed, grow) for seed in SEEDS for grow in GROWS if grow <= seed
    }
    best = max(f_beta(result) for result in results.values())
    seed, grow = max(key for key, result in results.items() if f_beta(result) >= best - NOISE)
    return seed, grow, results[(seed, grow)]


def stack(items: Sequence[Item]) -> tuple[sparse.csr_matrix, np.ndarray]:
    return sparse.vstack([i.x for i in items], format="csr"), np.concatenate([i.y for i in items])


def out_of_fold(items: Sequence[Item], config: FeatureConfig) -> list[np.ndarray]:
    """Each article's scores from a model fitted on the other folds (articles dealt round-robin)."""
    scores: list[np.ndarray] = [np.zeros(0)] * len(items)
    for fold in range(FOLDS):
        train = [i for k, i in enumerate(items) if k % FOLDS != fold]
        weights, intercept = fit(*stack(train), config)
        for k in range(fold, len(items), FOLDS):
            scores[k] = items[k].x @ weights + intercept
    return scores


def train(items: Sequence[Item], config: FeatureConfig, fitted_on: str) -> tuple[LoadedWordModel, TokenCounts]:
    """The model fitted on ``items``, its calibration and thresholds from inner folds, and the inner-fold scores."""
    scores = out_of_fold(items, config)
    a, b = calibration(np.concatenate(scores), np.concatenate([i.y for i in items]))
    probabilities = [1.0 / (1.0 + np.exp(-(a * s + b))) for s in scores]
    seed, grow, inner = best_thresholds(items, probabilities)
    weights, intercept = fit(*stack(items), config)
    return LoadedWordModel(config, weights, intercept, (a, b), seed, grow, fitted_on), inner


def measure(model: LoadedWordModel, items: Sequence[Item]) -> TokenCounts:
    probabilities = [model.calibrate(i.x @ model.weights + model.intercept) for i in items]
    return counts(items, probabilities, model.seed_threshold, model.grow_threshold)


def show(label: str, result: TokenCounts) -> None:
    scores = f"P {result.precision:.3f}  R {result.recall:.3f}  F1 {result.f1:.3f}  F0.5 {f_beta(result, 0.5):.3f}"
    print(f"{label:58} {scores}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="PTC's articles folder")
    parser.add_argument("labels", type=Path, help="PTC's labels.tsv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    args = parser.parse_args(argv)
    config = FeatureConfig(static_dims=static_vectors().dims)
    items = prepare(read_ptc(args.articles, args.labels), config)
    halves = [items[0::2], items[1::2]]
    for k, (train_half, test_half) in enumerate((halves, halves[::-1])):
        model, inner = train(train_half, config, "")
        show(f"half {'AB'[k]} inner folds (thresholds chosen here)", inner)
        show(f"half {'AB'[k]} -> half {'BA'[k]}: held out", measure(model, test_half))
        show(f"half {'AB'[k]} in-sample", measure(model, train_half))
    model, cv = train(items, config, f"PTC 2020 training release, {len(items)} articles, Loaded_Language")
    show(f"all {len(items)} articles, {FOLDS}-fold out-of-fold", cv)
    show("all articles, in-sample (the shipped model)", measure(model, items))
    print(f"seed {model.seed_threshold}, grow {model.grow_threshold}, calibration {model.calibration}")
    print(f"non-zero weights {np.count_nonzero(model.weights)} of {len(model.weights)}")
    if not args.no_write:
        model.save(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
