"""The compare stage: a version's findings and scores become its divergence, its contributions and its rank.

The records it makes (:class:`~framing.results.VersionResult`,
:class:`~framing.results.Comparison`) live in :mod:`framing.results`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from .divergence import DivergenceModel
from .records import Alignment, Document, Finding
from .results import SCHEMA, Comparison, VersionResult

__all__ = ["compare", "ranked", "SCHEMA", "Comparison", "VersionResult"]


def compare(
    document: Document,
    baseline: Document,
    alignment: Alignment | None,
    findings: Sequence[Finding],
    scores: Mapping[str, float],
    model: DivergenceModel,
) -> VersionResult:
    """One version's result: its findings in report order, its divergence from the baseline and what adds to it."""
    is_baseline = document is baseline
    ordered = sorted(findings, key=lambda f: _report_order(f, document, baseline))
    divergence = 0.0 if is_baseline else model.index(scores)
    contributions = {} if is_baseline else model.contributions(scores)
    return VersionResult(document, alignment, tuple(ordered), dict(scores), divergence, contributions, None, baseline)


def _report_order(finding: Finding, document: Document, baseline: Document) -> tuple[bool, int, int, str, str]:
    """Findings in the order of the files they point into: the version's first, then the baseline's."""
    owner = baseline if finding.in_baseline else document
    start, end = owner.raw_span(finding)
    return finding.in_baseline, start, end, finding.kind, owner.version.raw[start:end]


def ranked(results: Sequence[VersionResult]) -> tuple[VersionResult, ...]:
    """The baseline first, then the versions from the closest (rank 1) to the one that strays furthest."""
    baseline = [r for r in results if r.is_baseline]
    others = sorted((r for r in results if not r.is_baseline), key=lambda r: (_sort_key(r.divergence), r.id))
    return tuple(
        baseline
        + [
            VersionResult(
                r.document, r.alignment, r.findings, r.scores, r.divergence, r.contributions, position, r.reference
            )
            for position, r in enumerate(others, start=1)
        ]
    )


def _sort_key(value: float) -> float:
    return math.inf if math.isnan(value) else value
