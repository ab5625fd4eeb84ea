"""Scraping junk: what cleaning set aside (boilerplate and repeated passages)."""

from __future__ import annotations

from bisect import bisect_left

from ..kinds import FeatureSpec
from ..records import Finding
from .base import Context, Extractor, Result, register


@register
class Junk(Extractor):
    """Reports each stretch that cleaning removed, where it stands in the raw file."""

    name = "junk"
    kinds = ("boilerplate", "duplicate_passage")
    features = (
        FeatureSpec("boilerplate_count", "lines of boilerplate"),
        FeatureSpec("duplicate_count", "repeated passages"),
        FeatureSpec("removed_share", "share of the file set aside"),
    )
    description = "Text that is not part of the article: error pages, notices, bylines, repeated paragraphs."

    def extract(self, context: Context) -> Result:
        document = context.document
        raw = document.version.raw
        findings = []
        positions = document.clean.raw_index
        for removal in document.clean.removals:
            at = bisect_left(positions, removal.start, 0, len(document.text))  # where it stood in the cleaned text
            details: dict[str, object] = {"category": removal.category}
            if removal.original_start is not None:
                details["original_start"] = removal.original_start
            findings.append(
                Finding(
                    kind=removal.kind,
                    start=at,
                    end=at,
                    text=raw[removal.start : removal.end],
                    explanation=removal.reason,
                    extractor=self.name,
                    details=details,
                    removed=(removal.start, removal.end),
                )
            )
        removed = sum(end - start for start, end in (f.removed for f in findings if f.removed))
        size = len(raw.strip())
        return Result(
            findings=tuple(findings),
            scores={
                "boilerplate_count": float(sum(f.kind == "boilerplate" for f in findings)),
                "duplicate_count": float(sum(f.kind == "duplicate_passage" for f in findings)),
                "removed_share": removed / size if size else float("nan"),
            },
        )
