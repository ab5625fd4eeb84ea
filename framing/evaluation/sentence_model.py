"""A per-sentence bias score from framing's interpretable features, and its shipped coefficients.

Each sentence is analysed as its own one-version document; the features are counts
of framing's findings (loaded words in the outlet's voice and in quotes, hedges,
vague attributions, unsourced figures), the share of the sentence that is quoted
and its length. A logistic regression over these features (standardised) gives
the probability that annotators call the sentence biased; the coefficients, the
standardisation and the decision threshold live in ``babe_model.json`` next to
this file, fitted on BABE's development half by :func:`fit_model` (see
``benchmarks/fit_babe_model.py`` and docs/evaluation.md). No word list is fitted
to the data: the words come from framing's own extractors.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .metrics import macro_f1
from .predict import document, in_quote, text_findings

__all__ = ["FEATURES", "SentenceModel", "sentence_features", "fit_model", "MODEL_PATH"]

MODEL_PATH = Path(__file__).with_name("babe_model.json")
FEATURES = (
    "loaded_word__outlet_count",
    "loaded_word__quoted_count",
    "hedge__count",
    "vague_attribution__count",
    "unsourced_statistic__count",
    "quote__share",
    "words__log",
)
_COUNTED = ("hedge", "vague_attribution", "unsourced_statistic")


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
    return features


@dataclass(frozen=True, slots=True)
class SentenceModel:
    """Standardised logistic regression: ``p = σ(b + Σ w_k (x_k − μ_k) / σ_k)``; biased when ``p ≥ threshold``."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    fitted_on: str = ""

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> SentenceModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            features=tuple(data["features"]),
            mean=tuple(data["mean"]),
            scale=tuple(data["scale"]),
            coef=tuple(data["coef"]),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            fitted_on=str(data.get("fitted_on", "")),
        )

    def save(self, path: str | Path = MODEL_PATH) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")

    def probability(self, features: dict[str, float]) -> float:
        """Probability of 'biased'; an undefined (NaN) feature counts as its mean."""
        z = self.intercept
        for name, mean, scale, weight in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            value = features.get(name, math.nan)
            z += 0.0 if math.isnan(value) else weight * (value - mean) / scale
        return 1.0 / (1.0 + math.exp(-z))

    def predict(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold


def _matrix(rows: Sequence[dict[str, float]]) -> np.ndarray:
    return np.nan_to_num(np.array([[row.get(name, math.nan) for name in FEATURES] for row in rows], dtype=float))


def fit_model(rows: Sequence[dict[str, float]], labels: Sequence[bool], *, fitted_on: str = "") -> SentenceModel:
    """Fit the coefficients and choose the threshold that maximises macro-F1 on these rows."""
    from sklearn.linear_model import LogisticRegression

    x = _matrix(rows)
    mean = x.mean(axis=0)
    scale = np.where(x.std(axis=0) > 0, x.std(axis=0), 1.0)
    regression = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)
    regression.fit((x - mean) / scale, np.asarray(labels, dtype=bool))
    model = SentenceModel(
        FEATURES,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in regression.coef_[0]),
        round(float(regression.intercept_[0]), 6),
        0.5,
        fitted_on,
    )
    probabilities = [model.probability(row) for row in rows]
    best = max(
        sorted(set(round(p, 4) for p in probabilities)) or [0.5],
        key=lambda t: (macro_f1(labels, [p >= t for p in probabilities]), -abs(t - 0.5)),
    )
    return SentenceModel(model.features, model.mean, model.scale, model.coef, model.intercept, best, fitted_on)


def cross_validated_predictions(
    rows: Sequence[dict[str, float]], labels: Sequence[bool], *, folds: int = 5, seed: int = 0
) -> list[bool] | None:
    """Out-of-fold predictions: each row predicted by a model fitted without its fold (None if too few rows)."""
    from sklearn.model_selection import StratifiedKFold

    folds = min(folds, sum(map(bool, labels)), sum(not label for label in labels))
    if folds < 2:
        return None
    predicted = [False] * len(rows)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(np.zeros(len(rows)), np.asarray(labels, dtype=bool)):
        model = fit_model([rows[i] for i in train], [labels[i] for i in train])
        for i in test:
            predicted[i] = model.predict(rows[i])
    return predicted
