"""Omissions: baseline sentences a version leaves out, above all those that say who said what.

A baseline sentence that a version renders in its own words is not omitted (the aligner
links it, by shared words or by meaning); what the rendering leaves out of it — the
attribution, a qualifier, a number — is reported instead (:mod:`._carried`), as an
``omission`` with ``carried_by`` and ``dropped``. Those are reported apart from the
sentences left out: they are not counted in ``count`` but in ``dropped_count``.
"""

from __future__ import annotations

import re

from ..kinds import FeatureSpec
from ..records import Document, Finding
from ..speech import says_who
from ..structure import not_story
from ._carried import carried_with_losses
from .base import Context, Extractor, Result, register

_CONTEXT = re.compile(
    r"\b(?:though|although|however|but|while|has not|have not|did not|no details|worried that|"
    r"for the first time|since|in recent years|amid|as competition)\b",
    re.I,
)
_CONTEXT_LOWER = re.compile(_CONTEXT.pattern)  # searched in lower-cased text: faster than IGNORECASE


def _flags(text: str) -> tuple[bool, bool]:
    """Whether a sentence says who said what, and whether it gives background or a limit."""
    lowered = text.lower()
    contextual = _CONTEXT.search(text) if len(lowered) != len(text) else _CONTEXT_LOWER.search(lowered)
    return says_who(text), bool(contextual)


@register
class Omissions(Extractor):
    """One finding per baseline sentence with no counterpart in the version."""

    name = "omission"
    kinds = ("omission",)
    features = (
        FeatureSpec("count", "baseline sentences left out"),
        FeatureSpec("attributed_count", "left-out sentences that say who said what"),
        FeatureSpec("dropped_count", "reworded sentences that drop a source, a limit or a figure"),
        FeatureSpec("share_of_baseline", "baseline text left out", weight=1.5, colour="#999999", hatch="\\\\\\"),
    )
    description = "Sentences of the baseline that this version leaves out."

    def prepare(self, document: Document) -> list[tuple[bool, bool]]:
        """For each sentence (of the baseline): whether it says who said what, and whether it gives a limit."""
        return [_flags(document.sentence_text(s.index)) for s in document.sentences]

    def extract(self, context: Context) -> Result:
        if context.alignment is None:
            return Result(
                scores={"count": 0.0, "dropped_count": 0.0, "attributed_count": 0.0, "share_of_baseline": 0.0}
            )
        findings = [f for index in context.alignment.omitted if (f := self._finding(context, index)) is not None]
        left_out = list(findings)
        findings += carried_with_losses(context, self.name)
        return Result(
            findings=tuple(findings),
            scores={
                "count": float(len(left_out)),
                "dropped_count": float(len(findings) - len(left_out)),
                "attributed_count": float(sum(bool(f.details.get("carried_attribution")) for f in left_out)),
                "share_of_baseline": 1.0 - context.alignment.kept_share,
            },
        )

    def _finding(self, context: Context, index: int) -> Finding | None:
        baseline = context.baseline
        sentence = baseline.sentences[index]
        if sentence.heading or not_story(baseline, index, compared=True):
            return None  # a subhead, a caption, "Slideshow (5 Images)": page furniture, not a sentence left out
        text = baseline.sentence_text(index)
        attributed, contextual = context.prepared(self, baseline)[index]
        if attributed:
            explanation = "The baseline has this sentence, which says who said what, but this version leaves it out."
        elif contextual:
            explanation = (
                "The baseline has this sentence, which gives background or a limit, but this version leaves it out."
            )
        else:
            explanation = "The baseline has this sentence, but this version leaves it out."
        return baseline.finding(
            "omission",
            sentence.start,
            sentence.end,
            explanation,
            extractor=self.name,
            baseline_text=text,
            sentence=index,
            weight=1.5 if attributed else 1.0,
            in_baseline=True,
            carried_attribution=attributed,
            carried_context=contextual,
        )
