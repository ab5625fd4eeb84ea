"""The comparison of a story's versions: per-version results, the ranking and the report contract."""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .divergence import DivergenceModel
from .records import Alignment, Document, Finding, Story

if TYPE_CHECKING:  # pandas is imported only when a frame is asked for
    import pandas as pd

__all__ = ["SCHEMA", "VersionResult", "Comparison"]

#: Name and version of the JSON report contract (documented in the README).
SCHEMA = "framing.report/1"
_DIGITS = 6


@dataclass(frozen=True, slots=True)
class VersionResult:
    """Everything framing found for one version."""

    document: Document
    alignment: Alignment | None  # None for the baseline
    findings: tuple[Finding, ...]
    scores: Mapping[str, float]
    divergence: float
    contributions: Mapping[str, float]
    rank: int | None  # None for the baseline; 1 = closest to the baseline
    reference: Document | None = None  # the baseline's document, which omissions point into

    def document_of(self, finding: Finding) -> Document:
        """The document a finding points into: the baseline's for an omission, else this version's."""
        return (self.reference or self.document) if finding.in_baseline else self.document

    def raw_span(self, finding: Finding) -> tuple[int, int]:
        """Where a finding stands in the file as read (raw offsets of the version's file, or the baseline's)."""
        return self.document_of(finding).raw_span(finding)

    def finding_dict(self, finding: Finding) -> dict[str, Any]:
        """One finding in the report contract's shape (raw offsets)."""
        return finding.to_dict(self.document_of(finding))

    @property
    def id(self) -> str:
        return self.document.version.id

    @property
    def is_baseline(self) -> bool:
        return self.alignment is None

    @property
    def label(self) -> str:
        return self.document.version.label

    @property
    def findings_in_text(self) -> int:
        """How many findings point into this version's own text: every finding but the baseline sentences it
        leaves out (the one count the table, the PDF and the HTML show, under the heading "findings in its text")."""
        return sum(not f.in_baseline for f in self.findings)

    def top_contributions(self, n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` largest contributions to the divergence, largest first."""
        ranked = sorted(self.contributions.items(), key=lambda item: (-item[1], item[0]))
        return [(name, value) for name, value in ranked[:n] if value > 0]

    def coverage(self) -> dict[str, float]:
        """Shares of the version's words by alignment label, and of the baseline's words omitted."""
        if self.alignment is None:
            return {"same": 1.0, "paraphrase": 0.0, "partial": 0.0, "added": 0.0, "omitted": 0.0}
        shares = dict(self.alignment.label_shares)
        shares["omitted"] = 1.0 - self.alignment.kept_share
        return shares

    def to_dict(self) -> dict[str, Any]:
        version = self.document.version
        return {
            "id": version.id,
            "file": version.file,
            "outlet": version.outlet,
            "title": version.title,
            "date": version.date,
            "url": version.url,
            "is_baseline": self.is_baseline,
            "rank": self.rank,
            "divergence": _number(self.divergence),
            "contributions": {k: _number(v) for k, v in sorted(self.contributions.items())},
            "coverage": {k: _number(v) for k, v in self.coverage().items()},
            "words": self.document.word_count,
            "scores": {k: _number(v) for k, v in sorted(self.scores.items())},
            "findings": [self.finding_dict(f) for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The versions of one story compared with its baseline.

    ``results`` are in rank order: the baseline first, then from the closest
    version to the one that strays furthest.
    """

    story: Story
    baseline: str
    baseline_reason: str
    results: tuple[VersionResult, ...]
    model: DivergenceModel = field(default_factory=DivergenceModel)  # the weights and scales the run used

    def result(self, version_id: str) -> VersionResult:
        for result in self.results:
            if result.id == version_id:
                return result
        raise KeyError(version_id)

    @property
    def baseline_result(self) -> VersionResult:
        return self.result(self.baseline)

    def findings(self) -> list[tuple[str, Finding]]:
        """All findings as (version id, finding) pairs, in report order."""
        return [(r.id, f) for r in self.results for f in r.findings]

    def to_dict(self) -> dict[str, Any]:
        """The report contract as plain Python data."""
        return {
            "schema": SCHEMA,
            "story": self.story.name,
            "title": self.story.title,
            "baseline": self.baseline,
            "baseline_reason": self.baseline_reason,
            "versions": [r.to_dict() for r in self.results],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report contract as JSON; the same input gives the same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per version: rank, outlet, divergence, coverage and every score."""
        import pandas as pd

        rows = []
        for r in self.results:
            row: dict[str, Any] = {"id": r.id, "outlet": r.document.version.outlet, "is_baseline": r.is_baseline}
            row.update({"rank": r.rank, "divergence": r.divergence, "findings": len(r.findings)})
            row.update({f"coverage__{k}": v for k, v in r.coverage().items()})
            row.update(r.scores)
            rows.append(row)
        return pd.DataFrame(rows).set_index("id")

    def findings_frame(
        self, kinds: Sequence[str] | str | None = None, min_severity: str | None = None, hide_attributed: bool = False
    ) -> pd.DataFrame:
        """One row per finding (the rows of ``findings.csv``), optionally narrowed.

        ``kinds``: only these kinds (a list, or ``"hedge,loaded_word"``);
        ``min_severity``: ``"substantive"`` drops minor findings (minor quote
        changes, text set aside); ``hide_attributed``: drop additions that say
        who claims them. See :mod:`framing.filters`.
        """
        import pandas as pd

        from .filters import FindingFilter

        chosen = FindingFilter.make(kinds, min_severity, hide_attributed)
        columns = ["version", "kind", "start", "end", "text", "explanation", "baseline_text", "in_baseline"]
        rows = [{"version": r.id, **r.finding_dict(f)} for r in self.results for f in r.findings if chosen.keep(f)]
        frame = pd.DataFrame(rows)
        return frame if rows else pd.DataFrame(columns=columns)

    def _repr_html_(self) -> str:
        from .report.words import feature_label  # plain words for the measures (their names stay in the JSON)

        head = "<tr><th>rank</th><th>version</th><th>outlet</th><th>divergence</th><th>largest contributions</th></tr>"
        body = []
        for r in self.results:
            rank = "baseline" if r.is_baseline else str(r.rank)
            parts = ", ".join(f"{feature_label(name)} {value:.2f}" for name, value in r.top_contributions())
            body.append(
                f"<tr><td>{rank}</td><td>{html.escape(r.id)}</td>"
                f"<td>{html.escape(r.document.version.outlet or '—')}</td>"
                f"<td>{r.divergence:.2f}</td><td>{html.escape(parts)}</td></tr>"
            )
        title = html.escape(self.story.title or self.story.name)
        return f"<p><b>{title}</b> — {html.escape(self.baseline_reason)}</p><table>{head}{''.join(body)}</table>"

    def __repr__(self) -> str:
        return f"<Comparison story={self.story.name!r} baseline={self.baseline!r} versions={len(self.results)}>"


def _number(value: float) -> float | None:
    """A float for JSON: rounded so that output is stable, NaN as null."""
    if value is None or math.isnan(value):
        return None
    return round(float(value), _DIGITS)
