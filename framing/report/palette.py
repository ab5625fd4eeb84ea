"""One colour and one hatch per meaning, for every chart of the report.

A legend entry means the same thing on every page: "new text" is the same
vermilion cross-hatch in the ranking and in the coverage chart, and no other
meaning uses that colour or that hatch. Colours are the Okabe-Ito palette
(safe for colour-blind readers) and Paul Tol's muted palette; each meaning also
has its own hatch, for greyscale print.
"""

from __future__ import annotations

__all__ = ["STYLES", "style_of", "OTHER_LABEL"]

OTHER_LABEL = "everything else"

#: Legend label -> (fill colour, hatch). Labels are those of :mod:`framing.report.words`.
STYLES: dict[str, tuple[str, str]] = {
    # what a version is made of (coverage), and the same measures in the ranking
    "same wording": ("#0072B2", ""),
    "reworded": ("#56B4E9", "///"),
    "partly shared": ("#F0E442", "..."),
    "new text": ("#D55E00", "xxx"),
    "baseline text left out": ("#999999", "\\\\\\"),
    # the other measures of the ranking
    "added framing with no source": ("#E69F00", "ooo"),
    "numbers without a source": ("#009E73", "+++"),
    "changed quotations": ("#CC79A7", "|||"),
    "quotations not in the baseline": ("#332288", "---"),
    "loaded words": ("#882255", "**"),
    "words swapped for loaded ones": ("#DDCC77", "OO"),
    "added hedges": ("#44AA99", "\\\\"),
    "vague sources": ("#117733", "//"),
    "text taken from the baseline": ("#88CCEE", "||"),
    "baseline text kept": ("#999933", "--"),
    OTHER_LABEL: ("#FFFFFF", "++"),
}
_SPARE = (("#AA4499", "x"), ("#661100", "o"), ("#6699CC", "."), ("#888888", "*"))


def style_of(label: str) -> tuple[str, str]:
    """(colour, hatch) of a legend label; a measure with no fixed style gets a spare one, by its name."""
    if label in STYLES:
        return STYLES[label]
    return _SPARE[sum(map(ord, label)) % len(_SPARE)]
