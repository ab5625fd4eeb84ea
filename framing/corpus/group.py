"""Stories: articles about the same event within a time window, grouped by meaning.

Similarity of two articles is a weighted sum of two cosines: of their tf-idf vectors
(sub-linear term counts times the pile's inverse document frequencies: shared names
and rare words) and of their meaning vectors (mean static word-piece vectors, centred
on the pile's mean: shared meaning in other words). Articles are taken in order of
date, then id; each joins the story it is most similar to on average over the story's members
(average link), when that average reaches ``threshold`` and the story began at most
``window_days`` before it; otherwise it begins a new story.
Undated articles come last and may join any story (no window applies to them).

Only pairs within the window are ever compared, so the work grows with the number of
articles times the articles per window, not with its square (undated articles excepted:
each is compared with the whole pile). The defaults were chosen on data (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

__all__ = ["GroupingParams", "group_stories", "tfidf", "centred"]

_BLOCK = 512  # articles whose similarities are computed in one matrix product


@dataclass(frozen=True, slots=True)
class GroupingParams:
    """How stories are formed (defaults chosen on data: docs/benchmarks.md, "Corpus mode")."""

    threshold: float = 0.175  # least mean similarity to a story's members to join it
    tfidf_weight: float = 0.85  # weight of the tf-idf cosine; the meaning cosine has the rest
    window_days: int = 1  # a story's members lie within this many days of its first
    floor: float = 0.1  # pairs below this similarity are not kept (they count as 0 in a mean)


def tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Sub-linear tf times smooth idf, each row of unit length."""
    counts = sp.csr_matrix(counts, dtype=np.float32)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    return normalize(weighted, norm="l2", copy=False)


def centred(vectors: np.ndarray) -> np.ndarray:
    """Meaning vectors less their mean, each of unit length (all-zero rows stay zero)."""
    if len(vectors) == 0:
        return vectors.astype(np.float32)
    shifted = vectors.astype(np.float32) - vectors.astype(np.float64).mean(axis=0).astype(np.float32)
    return normalize(shifted, norm="l2").astype(np.float32)


def group_stories(
    days: Sequence[int | None],
    ids: Sequence[str],
    vectors: sp.csr_matrix,
    meanings: np.ndarray,
    params: GroupingParams = GroupingParams(),
) -> list[int]:
    """The story number of each article (numbered by their first article in date-then-id order)."""
    order = sorted(range(len(ids)), key=lambda i: (days[i] is None, days[i] or 0, ids[i]))
    position_day = [days[i] for i in order]
    rows = vectors[order]
    dense = meanings[order]
    edges = _similar_pairs(position_day, rows, dense, params)
    story_at = _single_pass(position_day, edges, params)
    labels = [0] * len(ids)
    for position, original in enumerate(order):
        labels[original] = story_at[position]
    return labels


def _similar_pairs(
    days: list[int | None], rows: sp.csr_matrix, dense: np.ndarray, params: GroupingParams
) -> sp.csr_matrix:
    """For each article (by position), its similarity to earlier articles within the window, above the floor."""
    n = len(days)
    dated = sum(1 for d in days if d is not None)
    day_array = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    parts: list[sp.csr_matrix] = []
    for start in range(0, n, _BLOCK):
        stop = min(start + _BLOCK, n)
        if start < dated:
            stop = min(stop, dated)
            low = int(np.searchsorted(day_array[:dated], day_array[start] - params.window_days, side="left"))
        else:
            low = 0
        sims = _block(rows, dense, start, stop, low, params)
        rows_idx, cols = np.nonzero(sims >= params.floor)
        keep = cols + low < rows_idx + start  # earlier articles only
        if start < dated:
            keep &= day_array[rows_idx + start] - day_array[cols + low] <= params.window_days
        rows_idx, cols = rows_idx[keep], cols[keep]
        parts.append(
            sp.csr_matrix((sims[rows_idx, cols], (rows_idx, cols + low)), shape=(stop - start, n), dtype=np.float32)
        )
        if stop != min(start + _BLOCK, n):  # the block was cut at the last dated article: do the rest
            parts.append(_similar_pairs_tail(stop, min(start + _BLOCK, n), rows, dense, params))
    return sp.vstack(parts, format="csr") if parts else sp.csr_matrix((0, 0), dtype=np.float32)


def _similar_pairs_tail(
    start: int, stop: int, rows: sp.csr_matrix, dense: np.ndarray, params: GroupingParams
) -> sp.csr_matrix:
    n = rows.shape[0]
    sims = _block(rows, dense, start, stop, 0, params)
    rows_idx, cols = np.nonzero(sims >= params.floor)
    keep = cols < rows_idx + start
    rows_idx, cols = rows_idx[keep], cols[keep]
    return sp.csr_matrix((sims[rows_idx, cols], (rows_idx, cols)), shape=(stop - start, n), dtype=np.float32)


def _block(
    rows: sp.csr_matrix, dense: np.ndarray, start: int, stop: int, low: int, params: GroupingParams
) -> np.ndarray:
    """Similarities of articles ``start:stop`` with articles ``low:stop`` (a dense block)."""
    lexical = (rows[start:stop] @ rows[low:stop].T).toarray()
    semantic = dense[start:stop] @ dense[low:stop].T
    return (params.tfidf_weight * lexical + (1.0 - params.tfidf_weight) * semantic).astype(np.float32)


def _single_pass(days: list[int | None], edges: sp.csr_matrix, params: GroupingParams) -> list[int]:
    story_of: list[int] = []
    first_day: list[int | None] = []
    members: list[list[int]] = []
    for i in range(len(days)):
        begin, end = edges.indptr[i], edges.indptr[i + 1]
        totals: dict[int, float] = {}
        for j, s in zip(edges.indices[begin:end].tolist(), edges.data[begin:end].tolist(), strict=True):
            totals[story_of[j]] = totals.get(story_of[j], 0.0) + s
        best, best_score = -1, params.threshold
        today = days[i]
        for story in sorted(totals):
            began = first_day[story]
            if today is not None and began is not None and today - began > params.window_days:
                continue  # the story began too long ago (its members all lie within the window of its first)
            score = totals[story] / len(members[story])
            if score >= best_score and (score > best_score or best < 0):
                best, best_score = story, score
        if best < 0:
            best = len(members)
            members.append([])
            first_day.append(days[i])
        members[best].append(i)
        story_of.append(best)
    return story_of
