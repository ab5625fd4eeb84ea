"""Scraping junk: what cleaning set aside (boilerplate and repeated passages)."""

from __future__ import annotations

from bisect import bisect_left

from ..kinds import FeatureSpec
from ..records import Document, Finding
from ..segment import words
from ..structure import FURNITURE, same_words
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
        findings.extend(_furniture(document))
        removed = sum(end - start for start, end in (f.removed for f in findings if f.removed))
        size = len(raw.strip())
        return Result(
            findings=tuple(findings),
            scores={
                "boilerplate_count": float(sum(f.kind == "boilerplate" for f in findings)),  # furniture included
                "duplicate_count": float(sum(f.kind == "duplicate_passage" for f in findings)),
                "removed_share": removed / size if size else float("nan"),
            },
        )


_FURNITURE_REASONS = {
    "caption": "This is a photo caption or credit, not part of the story's text.",
    "byline": "This is the byline (who wrote the story), not part of the story itself.",
    "promo": "This is a promo or link to other content (a newsletter, a video, another story), not the story.",
    "link_headline": "This is the headline of a link to another story, not part of this one.",
    "notice": "This is a page notice (reading time, an update stamp, the outlet's standards), not the story.",
    "signature": "This is the signature line of an embedded post (who posted it and when), not the story.",
    "headline": "This line repeats the version's headline inside its text.",
}


def _furniture(document: Document) -> list[Finding]:
    """Page furniture the text keeps (framing.structure): captions, promos, link headlines, notices, a post's
    signature line, a headline repeated in the text."""
    found = []
    title = document.version.title
    for block in document.blocks:
        if block.kind not in FURNITURE and not (
            block.kind == "headline" and title and _repeats(document.text[block.start : block.end], title)
        ):
            continue
        found.append(
            document.finding(
                "boilerplate",
                block.start,
                block.end,
                _FURNITURE_REASONS[block.kind],
                extractor="junk",
                category=block.kind,
            )
        )
    return found


def _repeats(line: str, title: str) -> bool:
    """Whether a headline line in the text repeats the version's ``title`` (the same words, or an earlier or
    later wording of it: most of their words shared)."""
    if same_words(line, title):
        return True
    mine, theirs = set(words(line)), set(words(title))
    return bool(mine and theirs) and 2 * len(mine & theirs) / (len(mine) + len(theirs)) >= _SAME_HEADLINE


_SAME_HEADLINE = 0.6  # Dice of the words of two wordings of one headline ("… Climbs To 44", "… Climbs To At Least 31")
