"""Near-duplicates and reprints: articles whose word 5-shingles overlap almost entirely (MinHash LSH).

Copies are grouped (an exact copy is a near-duplicate with Jaccard 1); each group
keeps one representative, chosen as the wire copy would be (a wire outlet, then a
wire credit, then the earliest, then the first id), and the others are recorded as
its reprints rather than analysed again.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import NUM_PERM, SCHEME, is_wire_outlet

__all__ = ["REPRINT_JACCARD", "find_reprints"]

REPRINT_JACCARD = 0.8  # estimated Jaccard of word 5-shingles from which one article is a copy of another


def find_reprints(
    ids: Sequence[str],
    signatures: np.ndarray,
    outlets: Sequence[str | None],
    credits: Sequence[str | None],
    dates: Sequence[str | None],
    threshold: float = REPRINT_JACCARD,
) -> dict[int, tuple[int, float]]:
    """``{article: (its representative, estimated Jaccard)}`` for every article that is a reprint."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(ids)):
        sketch = LeanMinHash(seed=1, hashvalues=signatures[i], scheme=SCHEME)
        for j in sorted(lsh.query(sketch)):
            if _jaccard(signatures[i], signatures[j]) >= threshold:
                parent[root(i)] = root(j)
        lsh.insert(i, sketch, check_duplication=False)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    reprints: dict[int, tuple[int, float]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(
            members,
            key=lambda i: (
                not is_wire_outlet(outlets[i]),
                credits[i] is None,
                dates[i] is None,
                dates[i] or "",
                ids[i],
            ),
        )
        for i in members:
            if i != keep:
                reprints[i] = (keep, round(_jaccard(signatures[i], signatures[keep]), 6))
    return reprints


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)
