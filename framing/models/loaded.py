"""The loaded-wording model: a probability for every word of a document, and the phrases it marks.

A linear model over the features of :mod:`framing.models.token_features` (the
static word vectors of :mod:`framing.models.static` among them) gives each word
a score; a logistic calibration turns it into the probability that annotators
would mark the word as loaded language. Phrases are decoded with two
thresholds: a word at or above ``seed_threshold`` starts a phrase, which grows
over the neighbouring words of the same sentence at or above
``grow_threshold``.

The shipped coefficients (``loaded_words.npz`` beside this module) are read
once, on first use, by :func:`loaded_word_model`; how they were fitted is in
``benchmarks/train_loaded_model.py`` and docs/evaluation.md. Scoring is
vectorised per document: each distinct word's contribution at every offset is
computed once per process and remembered, and a document's scores are sums of
gathered rows, with no loop over its tokens in Python beyond one dictionary
look-up each.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..records import Document
from .static import STATIC_FILE, static_vectors
from .token_features import (
    CONTEXT_FEATURES,
    STATIC_OFFSETS,
    DocTokens,
    DocWords,
    FeatureConfig,
    context_matrix,
    doc_tokens,
    sentence_starts,
    type_pairs,
    word_flags,
)

__all__ = ["MODEL_FILE", "ModelSpan", "LoadedWordModel", "loaded_word_model", "decode", "cut"]

MODEL_FILE = "loaded_words.npz"
_MAX_REMEMBERED = 2**18  # distinct words remembered before the table starts afresh
_KEYS = itertools.count()
_PUNCTUATION_AFTER = CONTEXT_FEATURES.index("punctuation_after")


@dataclass(frozen=True, slots=True)
class ModelSpan:
    """A phrase the model marks: cleaned offsets, its words' token range, and its highest probability."""

    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    score: float


def decode(
    tokens: DocTokens,
    probability: np.ndarray,
    seed: float,
    grow: float,
    flags: np.ndarray | None = None,
    breaks: np.ndarray | None = None,
) -> list[ModelSpan]:
    """Runs of words at or above ``grow`` in one sentence that hold a word at or above ``seed``.

    With the words' ``flags`` (:attr:`~.token_features.DocWords.flags`), a
    capitalised word inside a sentence (a name) is never part of a phrase, stop
    words at either end of a phrase are dropped, and a phrase is kept only if a
    word left in it reaches ``seed``. With
    ``breaks`` (punctuation between word i and i+1), a phrase does not run across
    punctuation.
    """
    eligible = probability >= grow
    if flags is not None:
        eligible &= ~(flags[:, 2] & ~sentence_starts(tokens))
    if not eligible.any():
        return []
    link = eligible[:-1] & eligible[1:] & (tokens.sentence[:-1] == tokens.sentence[1:])  # word i joins word i+1
    if breaks is not None:
        link &= ~breaks[:-1]
    firsts = np.flatnonzero(eligible & ~np.concatenate(([False], link)))
    lasts = np.flatnonzero(eligible & ~np.concatenate((link, [False])))
    peaks = np.maximum.reduceat(np.where(eligible, probability, 0.0), firsts)  # what follows a run is not in it
    spans = []
    for first, last in zip(firsts[peaks >= seed].tolist(), lasts[peaks >= seed].tolist(), strict=True):
        span = _trimmed(tokens, probability, first, last, seed, flags)
        if span is not None:
            spans.append(span)
    return spans


def cut(
    spans: Sequence[ModelSpan],
    tokens: DocTokens,
    probability: np.ndarray,
    taken: Sequence[tuple[int, int]],
    seed: float,
    flags: np.ndarray | None = None,
) -> list[ModelSpan]:
    """``spans`` less the words that overlap a ``taken`` span; a piece is kept if it holds a seed word.

    With ``flags``, stop words at either end of a piece are dropped, as in :func:`decode`.
    """
    if not taken:
        return list(spans)
    found = []
    for span in spans:  # a phrase has a few words: plain Python beats array set-up here
        free = [
            all(end <= tokens.starts[i] or tokens.ends[i] <= start for start, end in taken)
            for i in range(span.first, span.last + 1)
        ]
        if all(free):
            found.append(span)
            continue
        i = span.first
        while i <= span.last:
            if not free[i - span.first]:
                i += 1
                continue
            j = i
            while j < span.last and free[j + 1 - span.first]:
                j += 1
            piece = _trimmed(tokens, probability, i, j, seed, flags)
            if piece is not None:
                found.append(piece)
            i = j + 1
    return found


def _trimmed(
    tokens: DocTokens, probability: np.ndarray, first: int, last: int, seed: float, flags: np.ndarray | None
) -> ModelSpan | None:
    """Words ``first..last`` without stop words at either end; None unless a word left reaches ``seed``."""
    if flags is not None:
        if flags[first : last + 1, 4].all():
            return None  # "and" or "the" alone is no finding to show a reader
        while flags[first, 4]:
            first += 1
        while flags[last, 4]:
            last -= 1
    peak = float(probability[first : last + 1].max())
    if peak < seed:
        return None
    return ModelSpan(int(tokens.starts[first]), int(tokens.ends[last]), first, last, peak)


class LoadedWordModel:
    """Shipped coefficients of the loaded-wording model, and scoring with them."""

    def __init__(
        self,
        config: FeatureConfig,
        weights: np.ndarray,
        intercept: float,
        calibration: tuple[float, float],
        seed_threshold: float,
        grow_threshold: float,
        fitted_on: str = "",
    ) -> None:
        if weights.shape != (config.n_features,):
            raise ConfigError(
                f"The 'weights' parameter of LoadedWordModel must have {config.n_features} entries for this "
                f"feature layout. Got {weights.shape} instead."
            )
        self.config = config
        self.weights = weights.astype(np.float64)
        self.intercept = float(intercept)
        self.calibration = (float(calibration[0]), float(calibration[1]))
        self.seed_threshold = float(seed_threshold)
        self.grow_threshold = float(grow_threshold)
        self.fitted_on = fitted_on
        self._blocks = self.weights[: config.width].reshape(len(config.offsets), 1 << config.bits)
        self._context = self.weights[config.width : config.width + len(CONTEXT_FEATURES)]
        self._static = self.weights[config.width + len(CONTEXT_FEATURES) :].reshape(
            len(STATIC_OFFSETS), config.static_dims
        )
        if config.static_dims and config.static_dims != static_vectors().dims:
            raise ConfigError(
                f"The loaded-wording model was fitted with {config.static_dims}-number static vectors; the shipped "
                f"{STATIC_FILE} has {static_vectors().dims}. Refit it with benchmarks/train_loaded_model.py."
            )
        self._key = ("models", "loaded_word", next(_KEYS))
        self._forget()

    def _forget(self) -> None:
        """Start the table of remembered words afresh (row 0 stands for "no word")."""
        self._rows: dict[str, int] = {}
        size = 4096
        self._table = np.zeros((size, len(self.config.offsets)))
        self._flags = np.zeros((size, 3), dtype=bool)

    def _add(self, words: list[str]) -> None:
        """Remember the contribution of each new word at every offset, all words at once."""
        if not words:
            return
        first = len(self._rows) + 1
        while first + len(words) > len(self._table):
            self._table = np.concatenate((self._table, np.zeros_like(self._table)))
            self._flags = np.concatenate((self._flags, np.zeros_like(self._flags)))
        pairs = type_pairs(words, self.config)
        own = _segments(pairs.own_words, pairs.own_columns, len(words))
        neighbour = _segments(pairs.neighbour_words, pairs.neighbour_columns, len(words))
        block = slice(first, first + len(words))
        for k, offset in enumerate(self.config.offsets):
            columns, starts, empty = own if offset == 0 else neighbour
            sums = np.add.reduceat(self._blocks[k, columns], starts) if len(columns) else np.zeros(len(words))
            sums[empty] = 0.0  # reduceat gives an empty segment the next value, not 0
            self._table[block, k] = sums
        if self.config.static_dims:  # a word's static vector weighs in where the model has columns for it
            vectors = static_vectors()(words) * self.config.static_scale
            for k, offset in enumerate(self.config.offsets):
                if offset in STATIC_OFFSETS:
                    # a product and a sum per row, not ``vectors @ weights``: a matrix-vector product's last bits
                    # depend on how many rows it is given, so a word's value would depend on which words were
                    # new together, and the output on what the process analysed before (on the worker count)
                    self._table[block, k] += (vectors * self._static[STATIC_OFFSETS.index(offset)]).sum(axis=1)
        self._flags[block] = pairs.flags
        self._rows.update(zip(words, range(first, first + len(words)), strict=True))

    def _words(self, tokens: DocTokens) -> DocWords:
        if len(self._rows) > _MAX_REMEMBERED:
            self._forget()
        self._add(sorted(set(tokens.words).difference(self._rows)))
        ids = np.fromiter(map(self._rows.__getitem__, tokens.words), dtype=np.int64, count=len(tokens.words))
        return DocWords(ids, word_flags(tokens, self._flags[ids]), 0)

    def scores(self, document: Document) -> np.ndarray:
        """The linear score of each word of ``document`` (the words of :func:`~.token_features.doc_tokens`)."""
        return self._scored(document)[0]

    def _scored(self, document: Document) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Scores, word flags and punctuation breaks (see :func:`decode`), computed once per document."""
        return document.cached((*self._key, "scores"), lambda: self._score(document))

    def _score(self, document: Document) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        tokens = doc_tokens(document)
        if not tokens.words:
            return np.zeros(0), np.zeros((0, 5), dtype=bool), np.zeros(0, dtype=bool)
        words = self._words(tokens)
        rows = self._table[words.ids]  # each word's contribution at every offset
        total = np.full(len(tokens.words), self.intercept)
        sentence = tokens.sentence
        for k, offset in enumerate(self.config.offsets):
            d = abs(offset)
            if d == 0:
                total += rows[:, k]
            elif offset > 0:  # word i + d contributes to word i, within a sentence
                total[:-d] += rows[d:, k] * (sentence[d:] == sentence[:-d])
            else:
                total[d:] += rows[:-d, k] * (sentence[d:] == sentence[:-d])
        context = context_matrix(document, tokens, words)
        return total + context @ self._context, words.flags, context[:, _PUNCTUATION_AFTER] > 0

    def probabilities(self, document: Document) -> np.ndarray:
        """The calibrated probability of each word of ``document`` (computed once per document)."""
        return document.cached((*self._key, "p"), lambda: self.calibrate(self.scores(document)))

    def calibrate(self, scores: np.ndarray) -> np.ndarray:
        """Probabilities from linear scores (the logistic calibration fitted with the model)."""
        a, b = self.calibration
        return 1.0 / (1.0 + np.exp(-(a * scores + b)))

    def spans(self, document: Document) -> list[ModelSpan]:
        """The phrases the model marks in ``document`` (computed once per document)."""
        return document.cached((*self._key, "spans"), lambda: self._spans(document))

    def _spans(self, document: Document) -> list[ModelSpan]:
        _, flags, breaks = self._scored(document)
        probability = self.probabilities(document)
        return decode(doc_tokens(document), probability, self.seed_threshold, self.grow_threshold, flags, breaks)

    def pieces(self, document: Document, sentence: int, taken: Sequence[tuple[int, int]]) -> list[ModelSpan]:
        """The phrases the model marks in one sentence, less the words of the ``taken`` spans (see :func:`cut`)."""
        spans = document.cached((*self._key, "by sentence"), lambda: self._by_sentence(document)).get(sentence)
        if not spans:
            return []
        probability, flags = self.probabilities(document), self._scored(document)[1]
        return cut(spans, doc_tokens(document), probability, taken, self.seed_threshold, flags)

    def _by_sentence(self, document: Document) -> dict[int, list[ModelSpan]]:
        sentence = doc_tokens(document).sentence
        grouped: dict[int, list[ModelSpan]] = {}
        for span in self.spans(document):
            grouped.setdefault(int(sentence[span.first]), []).append(span)
        return grouped

    def metadata(self) -> dict[str, Any]:
        return {
            "config": asdict(self.config),
            "intercept": self.intercept,
            "calibration": list(self.calibration),
            "seed_threshold": self.seed_threshold,
            "grow_threshold": self.grow_threshold,
            "fitted_on": self.fitted_on,
            "context_features": list(CONTEXT_FEATURES),
        }

    def save(self, path: str | Path) -> None:
        """Write the non-zero coefficients (float32) and the metadata as an ``.npz`` file."""
        nonzero = np.flatnonzero(self.weights).astype(np.int32)
        np.savez_compressed(
            path,
            indices=np.diff(nonzero, prepend=0).astype(np.uint32),  # gaps compress better than indices
            values=self.weights[nonzero].astype(np.float32),
            metadata=np.array(json.dumps(self.metadata(), sort_keys=True)),
        )

    @classmethod
    def load(cls, path: str | Path) -> LoadedWordModel:
        with np.load(path, allow_pickle=False) as data:
            meta: Mapping[str, Any] = json.loads(str(data["metadata"]))
            indices = np.cumsum(data["indices"].astype(np.int64))
            values = data["values"].astype(np.float64)
        if tuple(meta["context_features"]) != CONTEXT_FEATURES:
            raise ConfigError(
                f"{path}: the model was fitted with context features {meta['context_features']}; this framing "
                f"computes {list(CONTEXT_FEATURES)}. Refit it with benchmarks/train_loaded_model.py."
            )
        raw = meta["config"]
        config = FeatureConfig(
            int(raw["bits"]),
            tuple(raw["offsets"]),
            tuple(raw["neighbour_prefixes"]),
            int(raw.get("static_dims", 0)),
            float(raw.get("static_scale", 0.1)),
        )
        weights = np.zeros(config.n_features)
        weights[indices] = values
        return cls(
            config,
            weights,
            meta["intercept"],
            tuple(meta["calibration"]),
            meta["seed_threshold"],
            meta["grow_threshold"],
            meta.get("fitted_on", ""),
        )


def _segments(words: np.ndarray, columns: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Columns ordered by word, where each of ``count`` words' run starts, and which runs are empty."""
    lengths = np.bincount(words, minlength=count)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    return columns, np.minimum(starts, max(len(columns) - 1, 0)), lengths == 0


@cache
def loaded_word_model() -> LoadedWordModel:
    """The shipped model, read on first use."""
    with as_file(files("framing.models") / MODEL_FILE) as path:
        return LoadedWordModel.load(path)
