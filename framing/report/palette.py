"""One colour and one hatch per meaning, for every chart of the report.

A legend entry means the same thing on every page: "new text" is the same
vermilion cross-hatch in the ranking and in the coverage chart, and no other
meaning uses that colour or that hatch. Each measure's style is its spec's
(:func:`framing.divergence.feature_specs`); the shares that are no measure of
the index (same wording, reworded, partly shared) and "everything else" get
styles of their own here, which no spec uses.
"""

from __future__ import annotations

__all__ = ["COVERAGE_ONLY", "OTHER_STYLE", "OTHER_LABEL", "COVERAGE_FEATURES", "feature_style", "coverage_style"]

OTHER_LABEL = "everything else"
OTHER_STYLE = ("#FFFFFF", "")
#: Coverage shares that are not measures of the index: (colour, hatch) that no feature spec uses.
COVERAGE_ONLY: dict[str, tuple[str, str]] = {
    "same": ("#332288", "O"),
    "paraphrase": ("#88CCEE", "|."),
    "partial": ("#44AA99", "-."),
}
#: Coverage shares that are measures of the index: drawn in their measure's style.
COVERAGE_FEATURES = {"added": "alignment__added_share", "omitted": "omission__share_of_baseline"}
_SPARE = (("#AA4499", "x"), ("#661100", "o"), ("#6699CC", "."), ("#888888", "*"))


def feature_style(name: str) -> tuple[str, str]:
    """(colour, hatch) of a measure of the index, from its spec; a measure with no style gets a spare one."""
    from ..divergence import feature_specs

    spec = feature_specs().get(name)
    if spec is not None and (spec.colour != "#999999" or spec.hatch):
        return spec.colour, spec.hatch
    return _SPARE[sum(map(ord, name)) % len(_SPARE)]


def coverage_style(share: str) -> tuple[str, str]:
    """(colour, hatch) of a coverage share (``same``, ``paraphrase``, ``partial``, ``added``, ``omitted``)."""
    if share in COVERAGE_FEATURES:
        return feature_style(COVERAGE_FEATURES[share])
    return COVERAGE_ONLY[share]
