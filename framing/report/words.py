"""Plain words for the report: what each kind of finding and each measure means.

Everything a reader sees is written for a 16-year-old: plain words, no jargon
without an explanation, and no verdict on any outlet — the report describes
texts. The words for kinds and features are their specs (:mod:`framing.kinds`,
an extractor's ``features``); kinds and measures nobody described still get a
readable name made from their identifier.
"""

from __future__ import annotations

from ..kinds import KindSpec, kind_spec

#: How the report names and explains one kind of finding (the spec in :mod:`framing.kinds`).
KindText = KindSpec

__all__ = [
    "KindText",
    "kind_text",
    "kind_label",
    "count_phrase",
    "feature_label",
    "LINK_LABELS",
    "COVERAGE_LABELS",
    "version_name",
    "percent",
]


#: Plain names of the alignment labels (rows of the side-by-side pages).
LINK_LABELS = {
    "same": "same",
    "paraphrase": "reworded",
    "partial": "partly shared",
    "added": "new",
    "omitted": "left out",
}

#: Plain names of the coverage shares.
COVERAGE_LABELS = {
    "same": "same wording",
    "paraphrase": "reworded",
    "partial": "partly shared",
    "added": "new text",
    "omitted": "baseline text left out",
}


def kind_text(kind: str) -> KindSpec:
    """The words for ``kind``; an unknown kind gets a name made from its identifier."""
    return kind_spec(kind)


def kind_label(kind: str) -> str:
    return kind_spec(kind).label


def count_phrase(kind: str, count: int) -> str:
    """``"1 hedge"``, ``"3 hedges"``."""
    return kind_spec(kind).count_phrase(count)


def feature_label(name: str) -> str:
    """A plain name for a score such as ``hedge__added_per_100_words`` (from the feature's spec)."""
    from ..divergence import feature_specs
    from ..kinds import feature_label as label

    return label(name, feature_specs())


def version_name(version_id: str, outlet: str | None) -> str:
    """``"version 003 (MENAFN)"`` or ``"version 004"``."""
    return f"version {version_id} ({outlet})" if outlet else f"version {version_id}"


def percent(share: float) -> str:
    """A share as a whole percentage; ``"n/a"`` when undefined."""
    if share != share:  # NaN
        return "n/a"
    value = round(100 * share)
    if value == 0 and share > 0:
        return "under 1%"
    return f"{value}%"
