"""A per-sentence bias score: framing's interpretable features, the loaded-wording model, and letter n-grams.

Each sentence is analysed as its own one-version document. Its features are

- counts of framing's findings (loaded words in the outlet's voice and in quotes,
  hedges, vague attributions, unsourced figures), the share of the sentence that
  is quoted and its length;
- what the loaded-wording model (:mod:`framing.models.loaded`, fitted on PTC, not
  on BABE) says of its words: the highest probability, the mean of the three
  highest, the mean, how many words reach its seed threshold and the share that
  reach its grow threshold;
- its letter 3- to 5-grams within words (hashed into ``2**16`` columns,
  sublinear tf-idf, unit length), which carry the wording that no list holds.

A logistic regression over the standardised named features (scaled down by
``dense_weight`` so that one penalty suits both parts) and the n-grams gives the
probability that annotators call the sentence biased. The coefficients, the
standardisation, the n-grams' idf and the threshold live in ``babe_model.npz``
next to this file, fitted on BABE's development half by :func:`fit_model` (see
``benchmarks/fit_babe_model.py`` and docs/evaluation.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from ..models.loaded import loaded_word_model
from .metrics import macro_f1
from .predict import document, in_quote, text_findings

__all__ = [
    "FEATURES",
    "SentenceModel",
    "sentence_features",
    "text_counts",
    "fit_model",
    "cross_validated_probabilities",
    "cross_validated_predictions",
    "best_threshold",
    "MODEL_PATH",
]

MODEL_PATH = Path(__file__).with_name("babe_model.npz")
FEATURES = (
    "loaded_word__outlet_count",
    "loaded_word__quoted_count",
    "hedge__count",
    "vague_attribution__count",
    "unsourced_statistic__count",
    "quote__share",
    "words__log",
    "loaded_model__max_probability",
    "loaded_model__top3_probability",
    "loaded_model__mean_probability",
    "loaded_model__seed_count",
    "loaded_model__grow_share",
)
_COUNTED = ("hedge", "vague_attribution", "unsourced_statistic")
TEXT_BITS = 16
NGRAMS = (3, 5)
C = 3.0
DENSE_WEIGHT = 0.1


def sentence_features(text: str) -> dict[str, float]:
    """framing's features of one sentence; an absent extractor gives NaN for its features."""
    doc = document(text)
    features: dict[str, float] = {}
    found = text_findings(text, "loaded_word")
    loaded = None if found is None else [f for f in found if f.kind == "loaded_word" and not f.in_baseline]
    quoted = None if loaded is None else sum(in_quote(f, doc) for f in loaded)
    features["loaded_word__outlet_count"] = math.nan if loaded is None else float(len(loaded) - (quoted or 0))
    features["loaded_word__quoted_count"] = math.nan if quoted is None else float(quoted)
    for name in _COUNTED:
        found = text_findings(text, name)
        features[f"{name}__count"] = math.nan if found is None else float(sum(f.kind == name for f in found))
    size = len(doc.text)
    quoted_chars = sum(q.end - q.start for q in doc.quotes)
    features["quote__share"] = min(1.0, quoted_chars / size) if size else math.nan
    features["words__log"] = math.log1p(doc.word_count)
    features.update(_model_features(text))
    return features


def _model_features(text: str) -> dict[str, float]:
    model = loaded_word_model()
    probability = model.probabilities(document(text))
    if not len(probability):
        return {name: math.nan for name in FEATURES if name.startswith("loaded_model__")}
    top = np.sort(probability)[::-1]
    return {
        "loaded_model__max_probability": float(top[0]),
        "loaded_model__top3_probability": float(top[:3].mean()),
        "loaded_model__mean_probability": float(probability.mean()),
        "loaded_model__seed_count": float(np.sum(probability >= model.seed_threshold)),
        "loaded_model__grow_share": float(np.mean(probability >= model.grow_threshold)),
    }


def text_counts(texts: Sequence[str]) -> sparse.csr_matrix:
    """Counts of each sentence's letter n-grams within words, hashed (no fitting, no vocabulary)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    if isinstance(texts, str):
        raise TypeError("text_counts expects a sequence of sentences, not one string; wrap it in a list.")
    hashing = HashingVectorizer(
        analyzer="char_wb", ngram_range=NGRAMS, n_features=2**TEXT_BITS, alternate_sign=False, norm=None
    )
    return hashing.transform(list(texts)).tocsr()


def _tfidf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear tf times idf, each row scaled to unit length."""
    weighted = counts.astype(float)
    weighted.data = 1.0 + np.log(weighted.data)
    weighted = weighted @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted


@dataclass(frozen=True, eq=False)
class SentenceModel:
    """``p = σ(b + w · tfidf(n-grams) + dense_weight · Σ v_k (x_k − μ_k) / σ_k)``; biased when ``p ≥ threshold``."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    fitted_on: str = ""
    dense_weight: float = DENSE_WEIGHT
    idf: np.ndarray = field(default_factory=lambda: np.ones(2**TEXT_BITS), repr=False)
    text_coef: np.ndarray = field(default_factory=lambda: np.zeros(2**TEXT_BITS), repr=False)

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> SentenceModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["metadata"]))
            idf = np.full(2**TEXT_BITS, float(meta["unseen_idf"]))
            text_coef = np.zeros(2**TEXT_BITS)
            columns = np.cumsum(data["columns"].astype(np.int64))
            idf[columns] = data["idf"]
            text_coef[columns] = data["text_coef"]
        return cls(
            features=tuple(meta["features"]),
            mean=tuple(meta["mean"]),
            scale=tuple(meta["scale"]),
            coef=tuple(meta["coef"]),
            intercept=float(meta["intercept"]),
            threshold=float(meta["threshold"]),
            fitted_on=str(meta.get("fitted_on", "")),
            dense_weight=float(meta["dense_weight"]),
            idf=idf,
            text_coef=text_coef,
        )

    def save(self, path: str | Path = MODEL_PATH) -> None:
        """The named part as JSON metadata; the n-grams' idf and weights for the columns seen in fitting."""
        unseen = float(self.idf.max())
        columns = np.flatnonzero((self.idf != unseen) | (self.text_coef != 0)).astype(np.int64)
        meta = {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
            "dense_weight": self.dense_weight,
            "unseen_idf": unseen,
            "text": {"analyzer": "char_wb", "ngram_range": list(NGRAMS), "bits": TEXT_BITS},
        }
        np.savez_compressed(
            path,
            metadata=np.array(json.dumps(meta, sort_keys=True)),
            columns=np.diff(columns, prepend=0).astype(np.uint32),
            idf=self.idf[columns].astype(np.float32),
            text_coef=self.text_coef[columns].astype(np.float32),
        )

    def dense(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """The standardised named features; an undefined (NaN) feature counts as its mean."""
        x = np.array([[row.get(name, math.nan) for name in self.features] for row in rows], dtype=float)
        x = x.reshape(len(rows), len(self.features))
        x = np.where(np.isnan(x), np.asarray(self.mean), x)
        return (x - np.asarray(self.mean)) / np.asarray(self.scale)

    def probabilities(self, rows: Sequence[dict[str, float]], texts: Sequence[str]) -> np.ndarray:
        """Probability of 'biased' for each sentence (its features and its text)."""
        z = self.intercept + self.dense_weight * (self.dense(rows) @ np.asarray(self.coef))
        if len(texts):
            z = z + _tfidf(text_counts(texts), self.idf) @ self.text_coef
        return 1.0 / (1.0 + np.exp(-z))

    def predict(self, rows: Sequence[dict[str, float]], texts: Sequence[str]) -> list[bool]:
        return [bool(p >= self.threshold) for p in self.probabilities(rows, texts)]


def fit_model(
    rows: Sequence[dict[str, float]],
    texts: Sequence[str],
    labels: Sequence[bool],
    *,
    threshold: float = 0.5,
    fitted_on: str = "",
) -> SentenceModel:
    """Fit the coefficients and the idf on these sentences; ``threshold`` is kept as given."""
    from sklearn.linear_model import LogisticRegression

    raw = np.array([[row.get(name, math.nan) for name in FEATURES] for row in rows], dtype=float)
    raw = raw.reshape(len(rows), len(FEATURES))
    defined = ~np.isnan(raw)
    mean = np.where(defined.any(axis=0), np.nansum(raw, axis=0) / np.maximum(defined.sum(axis=0), 1), 0.0)
    filled = np.where(np.isnan(raw), mean, raw)
    scale = np.where(filled.std(axis=0) > 0, filled.std(axis=0), 1.0)
    counts = text_counts(texts)
    frequency = np.bincount(counts.indices, minlength=2**TEXT_BITS)
    idf = np.log((1 + len(texts)) / (1 + frequency)) + 1.0  # scikit-learn's smoothed idf
    x = sparse.hstack([_tfidf(counts, idf), sparse.csr_matrix(DENSE_WEIGHT * (filled - mean) / scale)], format="csr")
    regression = LogisticRegression(C=C, max_iter=3000).fit(x, np.asarray(labels, dtype=bool))
    weights = regression.coef_[0]
    return SentenceModel(
        FEATURES,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in weights[2**TEXT_BITS :]),
        round(float(regression.intercept_[0]), 6),
        threshold,
        fitted_on,
        DENSE_WEIGHT,
        idf,
        weights[: 2**TEXT_BITS],
    )


def cross_validated_probabilities(
    rows: Sequence[dict[str, float]],
    texts: Sequence[str],
    labels: Sequence[bool],
    groups: Sequence[str] | None = None,
    *,
    folds: int = 5,
    seed: int = 0,
) -> np.ndarray | None:
    """Out-of-fold probabilities: folds stratified by label and grouped (one article's sentences stay together).

    None when there are too few sentences, groups or sentences of a label for two folds.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    y = np.asarray(labels, dtype=bool)
    groups = list(groups) if groups is not None else [str(k) for k in range(len(rows))]
    folds = min(folds, int(y.sum()), int((~y).sum()), len(set(groups)))
    if folds < 2:
        return None
    probabilities = np.zeros(len(rows))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(np.zeros(len(rows)), y, groups):
        if y[train].all() or not y[train].any():
            return None  # a fold left one label out of training
        model = fit_model([rows[i] for i in train], [texts[i] for i in train], y[train].tolist())
        probabilities[test] = model.probabilities([rows[i] for i in test], [texts[i] for i in test])
    return probabilities


def cross_validated_predictions(
    rows: Sequence[dict[str, float]],
    texts: Sequence[str],
    labels: Sequence[bool],
    groups: Sequence[str] | None = None,
) -> list[bool] | None:
    """Out-of-fold decisions at the untuned threshold 0.5 (None if too few rows)."""
    probabilities = cross_validated_probabilities(rows, texts, labels, groups)
    return None if probabilities is None else [bool(p >= 0.5) for p in probabilities]


def best_threshold(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """The threshold (on a 0.01 grid from 0.3 to 0.7) with the highest macro-F1; ties go to the one nearest 0.5."""
    grid = [round(t, 2) for t in np.arange(0.30, 0.705, 0.01)]
    return max(grid, key=lambda t: (macro_f1(labels, [p >= t for p in probabilities]), -abs(t - 0.5)))
