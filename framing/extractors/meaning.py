"""Meaning: how far a version's content strays from the baseline's, as continuous distances.

The alignment's shares count words in sentences matched or not; once an outlet writes
its own sentences almost everything is ``added`` and those shares stop ranking versions.
These three scores stay informative then:

- ``distance``: 1 − the cosine of the two texts' embeddings (the weighted mean of their word
  pieces' vectors in the static sentence model, :mod:`framing.models.sentences`; headlines
  left out);
- ``lexical_distance``: 1 − the tf-idf cosine of the two texts' word pieces (sublinear term
  frequency; inverse document frequency from the model file, counted over 37,554 news
  articles), so rare names and numbers weigh more than "the";

in both, a piece counts by its place in the body (:func:`lead_weights`): the opening, which
says what the story is, most; past it, a tenth. Readers judge two articles by what they are
about, which news writing puts first;
- ``uncovered_share``: the share of the baseline's words in sentences that no version
  sentence comes near in meaning, each sentence counting ``1 − its best cosine`` (a soft
  omission share).

The baseline against itself scores 0 on each; a version without words, NaN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..align import sentence_word_counts
from ..kinds import FeatureSpec
from ..meaning import body_pieces, semantic_matrix
from ..models.sentences import sentence_encoder
from ..records import Document
from .base import Context, Extractor, Result, register

__all__ = [
    "Meaning",
    "MeaningState",
    "LEAD_PIECES",
    "LEAD_FLOOR",
    "lead_weights",
    "lead_embedding",
    "lead_tfidf",
    "lexical_distance",
]

#: The place (in word pieces from the body's start) where a piece counts 1/e of the first one's; chosen by
#: benchmarks/fit_divergence_weights.py (docs/evaluation.md).
LEAD_PIECES = 32.0
#: The least a piece counts, past the opening (a tenth of the first piece): the SemEval excerpts (title, opening and
#: end, about 230 pieces) rank the same with 0 or 0.1; in a long article it keeps the body beyond the lede counting.
LEAD_FLOOR = 0.1


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
        # Chosen on the SemEval-2022 Task 8 English development pairs by benchmarks/fit_divergence_weights.py
        # (docs/evaluation.md, "The divergence's meaning terms"): the meaning terms hold 90 % of the index's
        # weight (112.5 of 125) and carry content distance; the framing terms keep their 10 % (12.5) and still
        # add up with them and trace to findings.
        FeatureSpec("distance", "distance in meaning", weight=34.6, scale=1.0, colour="#AA3377", hatch="o."),
        FeatureSpec("lexical_distance", "distance in wording", weight=69.2, scale=1.0, colour="#882255", hatch="/."),
        FeatureSpec("uncovered_share", "baseline content not rendered", weight=8.7, colour="#117733", hatch="\\."),
    )
    description = "How far the version's content is from the baseline's: embedding and tf-idf distances."

    def prepare(self, document: Document) -> MeaningState:
        """The body's embedding and its word pieces' tf-idf weights, the opening weighing most."""
        rows = body_pieces(document)
        return MeaningState(lead_embedding(rows), lead_tfidf(rows))

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


def lead_weights(count: int, lead: float | None = LEAD_PIECES) -> np.ndarray:
    """How much each of ``count`` word pieces counts by its place in the body: ``exp(-i / lead)``, never less
    than :data:`LEAD_FLOOR` (all 1 with ``lead`` None). The opening of a news text says what it is about (the
    inverted pyramid); the floor keeps the rest of a long text counting."""
    if lead is None:
        return np.ones(count)
    return np.maximum(np.exp(-np.arange(count, dtype=np.float64) / lead), LEAD_FLOOR)


def lead_embedding(rows: Sequence[int], lead: float | None = LEAD_PIECES) -> np.ndarray:
    """The body's embedding: its pieces' vectors weighted by :func:`lead_weights`, unit length (zeros if none)."""
    encoder = sentence_encoder()
    if not rows:
        return np.zeros(encoder.dims)
    # einsum's own loop, not a BLAS product, which starts threads that cost more CPU time than the sum
    vector = np.einsum("i,id->d", lead_weights(len(rows), lead), encoder.vectors[np.asarray(rows, dtype=np.int64)])
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def lead_tfidf(rows: Sequence[int], lead: float | None = LEAD_PIECES) -> dict[int, float]:
    """Each word piece's tf-idf weight in the body, unit length: log(1 + tf) times idf, where tf adds up the
    :func:`lead_weights` of the piece's occurrences."""
    if not rows:
        return {}
    pieces, where = np.unique(np.asarray(rows, dtype=np.int64), return_inverse=True)
    frequency = np.bincount(where, weights=lead_weights(len(rows), lead), minlength=len(pieces))
    weights = np.log1p(frequency) * sentence_encoder().idf[pieces]
    weights /= np.linalg.norm(weights)
    return dict(zip(pieces.tolist(), weights.tolist(), strict=True))


def _piece_weights(document: Document) -> dict[int, float]:
    return lead_tfidf(body_pieces(document))


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
