"""Meaning: how far a version's content strays from the baseline's, as continuous distances.

The alignment's shares count words in sentences matched or not; once an outlet writes
its own sentences almost everything is ``added`` and those shares stop ranking versions.
These three scores stay informative then:

- ``distance``: 1 − the cosine of the two texts' embeddings (the mean of all their word
  pieces in the static sentence model, :mod:`framing.models.sentences`; headlines left out);
- ``lexical_distance``: 1 − the tf-idf cosine of the two texts' word pieces (sublinear term
  frequency; inverse document frequency from the model file, counted over 37,554 news
  articles), so rare names and numbers weigh more than "the";
- ``uncovered_share``: the share of the baseline's words in sentences that no version
  sentence comes near in meaning, each sentence counting ``1 − its best cosine`` (a soft
  omission share).

The baseline against itself scores 0 on each; a version without words, NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..align import sentence_word_counts
from ..kinds import FeatureSpec
from ..meaning import body_pieces, document_embedding, semantic_matrix
from ..models.sentences import sentence_encoder
from ..records import Document
from .base import Context, Extractor, Result, register

__all__ = ["Meaning", "MeaningState", "lexical_distance"]


@dataclass(frozen=True, slots=True)
class MeaningState:
    """What the meaning extractor reads from one document, made once (:meth:`Meaning.prepare`)."""

    embedding: np.ndarray  # the body's embedding (headings left out), unit length or zeros
    tfidf: dict[int, float]  # each word piece's tf-idf weight in the body, unit length


@register
class Meaning(Extractor):
    """Continuous distances in meaning and wording between a version and the baseline (scores only)."""

    name = "meaning"
    kinds = ()
    features = (
        FeatureSpec("distance", "distance in meaning"),
        # Chosen on the SemEval-2022 Task 8 English development pairs by benchmarks/fit_divergence_weights.py
        # (docs/evaluation.md, "The divergence's meaning terms"): they carry most of the index, as readers'
        # rankings ask; the framing terms still add up with them and trace to findings.
        FeatureSpec("lexical_distance", "distance in wording", weight=320.0, scale=1.0, colour="#882255", hatch="/."),
        FeatureSpec("uncovered_share", "baseline content not rendered", weight=40.0, colour="#117733", hatch="\\."),
    )
    description = "How far the version's content is from the baseline's: embedding and tf-idf distances."

    def prepare(self, document: Document) -> MeaningState:
        """The body's embedding and its word pieces' tf-idf weights."""
        return MeaningState(document_embedding(document, body_only=True), _piece_weights(document))

    def extract(self, context: Context) -> Result:
        document, baseline = context.document, context.baseline
        if document.word_count == 0 or baseline.word_count == 0:
            nan = math.nan
            return Result(scores={"distance": nan, "lexical_distance": nan, "uncovered_share": nan})
        if context.alignment is None:
            return Result(scores={"distance": 0.0, "lexical_distance": 0.0, "uncovered_share": 0.0})
        mine, theirs = context.prepared(self), context.prepared(self, baseline)
        cosine = float(mine.embedding @ theirs.embedding) if mine.embedding.any() and theirs.embedding.any() else 0.0
        return Result(
            scores={
                "distance": _clip(1.0 - cosine),
                "lexical_distance": _lexical(mine.tfidf, theirs.tfidf),
                "uncovered_share": _uncovered(document, baseline),
            }
        )


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 12)


def _piece_weights(document: Document) -> dict[int, float]:
    """Each word piece's tf-idf weight in the document's body (1 + log tf, times idf), unit length."""
    rows = body_pieces(document)
    if not rows:
        return {}
    pieces, counts = np.unique(np.asarray(rows, dtype=np.int64), return_counts=True)
    weights = (1.0 + np.log(counts)) * sentence_encoder().idf[pieces]
    weights /= np.linalg.norm(weights)
    return dict(zip(pieces.tolist(), weights.tolist(), strict=True))


def lexical_distance(document: Document, baseline: Document) -> float:
    """1 − the tf-idf cosine of two documents' word pieces (NaN when either has none)."""
    return _lexical(_piece_weights(document), _piece_weights(baseline))


def _lexical(mine: dict[int, float], theirs: dict[int, float]) -> float:
    if not mine or not theirs:
        return math.nan
    if len(mine) > len(theirs):
        mine, theirs = theirs, mine
    return _clip(1.0 - math.fsum(weight * theirs.get(piece, 0.0) for piece, weight in mine.items()))


def _uncovered(document: Document, baseline: Document) -> float:
    """Share of the baseline's words, each sentence weighted by how far its nearest version sentence is."""
    body = [s.index for s in baseline.sentences if not s.heading]
    counts = sentence_word_counts(baseline)
    total = sum(counts[b] for b in body)
    if not total:
        return math.nan
    near = semantic_matrix(document, baseline)
    if near.shape[0] == 0:
        return 1.0
    best = near.max(axis=0)
    return _clip(math.fsum(counts[b] * (1.0 - max(0.0, float(best[b]))) for b in body) / total)
