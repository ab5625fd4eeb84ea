"""Baseline and version side by side, with every finding numbered and located.

The PDF and the HTML report render the same :class:`SideBySide`: rows of aligned
sentences (a version sentence beside the baseline sentences it derives from, new
sentences beside nothing, left-out baseline sentences beside nothing), each cell
cut into :class:`Piece` s that say which numbered findings cover them. Findings
point at the raw text; :func:`raw_to_clean` maps them back onto the cleaned text
the sentences are cut from. Findings outside every sentence (boilerplate the
cleaner set aside) are listed apart.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from operator import le

from ..compare import Comparison, VersionResult
from ..records import CleanText, Document, Finding

__all__ = [
    "Piece", "Row", "Numbered", "SideBySide", "Span", "cell_pieces", "in_raw_order", "raw_to_clean", "side_by_side",
]


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a cell's text and the numbers of the findings that cover it."""

    text: str
    marks: tuple[int, ...] = ()  # findings covering this stretch
    ends: tuple[int, ...] = ()  # findings whose span ends here: show their number after it


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the side-by-side table; a side with no text has no pieces."""

    label: str  # same, paraphrase, partial, added, omitted
    baseline: tuple[Piece, ...]
    version: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class Numbered:
    """A finding with its number in the table, and where it stands."""

    number: int
    finding: Finding
    placed: bool  # False: not inside any sentence shown (e.g. boilerplate set aside)


@dataclass(frozen=True, slots=True)
class SideBySide:
    result: VersionResult
    rows: tuple[Row, ...]
    findings: tuple[Numbered, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """Where a finding stands in the cleaned text."""

    key: int  # position of the finding in the version's findings
    start: int  # cleaned offsets
    end: int


def raw_to_clean(clean: CleanText, start: int, end: int, *, ordered: bool | None = None) -> tuple[int, int] | None:
    """The cleaned span whose characters come from raw ``start:end``, without spacing at either end.

    None if cleaning removed all of them (boilerplate set aside). The inverse of
    :meth:`framing.records.CleanText.to_raw` for spans that start and end on text.
    ``ordered``: whether the text's raw offsets never decrease (:func:`in_raw_order`),
    if the caller knows it already (it does not change per span of one text).
    """
    size = len(clean.text)
    if ordered is None:
        ordered = in_raw_order(clean)
    if ordered:
        first, last = bisect_left(clean.raw_index, start, 0, size), bisect_left(clean.raw_index, end, 0, size)
    else:  # not expected from the cleaner, but stay correct if it ever reorders
        inside = [i for i, raw in enumerate(clean.raw_index[:size]) if start <= raw < end]
        first, last = (inside[0], inside[-1] + 1) if inside else (0, 0)
    while first < last and clean.text[first].isspace():  # spacing the cleaner inserted (e.g. a paragraph
        first += 1  # break) maps to the raw offset of its neighbour: keep it out of the span
    while last > first and clean.text[last - 1].isspace():
        last -= 1
    return (first, last) if first < last else None


def in_raw_order(clean: CleanText) -> bool:
    """True when the cleaned characters' raw offsets never decrease (so spans map back by bisection)."""
    index, size = clean.raw_index, len(clean.text)
    return all(map(le, islice(index, 0, max(size - 1, 0)), islice(index, 1, size)))  # C loops: up to 100k chars


def side_by_side(comparison: Comparison, version_id: str) -> SideBySide:
    """The rows and numbered findings of one version against the baseline.

    For the baseline itself every row is ``same`` and the baseline side is empty.
    """
    result = comparison.result(version_id)
    base = comparison.baseline_result.document
    document = result.document
    spans_in_version, spans_in_baseline, unplaced = _locate(result, base)
    rows_by_key = _sentence_rows(result)
    order: dict[int, int] = {}
    for _, base_sentences, version_sentences in rows_by_key:
        for doc, sentences, spans in ((base, base_sentences, spans_in_baseline), (document, version_sentences,
                                                                                   spans_in_version)):
            for span in _spans_in(doc, sentences, spans):
                order.setdefault(span.key, len(order) + 1)
    for key in unplaced:
        order.setdefault(key, len(order) + 1)
    rows = tuple(
        Row(label, cell_pieces(base, b, spans_in_baseline, order), cell_pieces(document, v, spans_in_version, order))
        for label, b, v in rows_by_key
    )
    numbered = sorted(
        (Numbered(number, result.findings[key], key not in unplaced) for key, number in order.items()),
        key=lambda n: n.number,
    )
    return SideBySide(result, rows, tuple(numbered))


def _locate(result: VersionResult, base: Document) -> tuple[list[Span], list[Span], list[int]]:
    in_version: list[Span] = []
    in_baseline: list[Span] = []
    unplaced: list[int] = []
    ordered = {id(doc): in_raw_order(doc.clean) for doc in (base, result.document)}  # once per text, not per span
    for key, finding in enumerate(result.findings):
        document = base if finding.in_baseline else result.document
        span = raw_to_clean(document.clean, finding.start, finding.end, ordered=ordered[id(document)])
        if span is None or not any(s.start < span[1] and span[0] < s.end for s in document.sentences):
            unplaced.append(key)
        else:
            (in_baseline if finding.in_baseline else in_version).append(Span(key, *span))
    return in_version, in_baseline, unplaced


def _sentence_rows(result: VersionResult) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    """(label, baseline sentences, version sentences) in the version's order.

    A left-out baseline sentence comes just before the first row that shows a
    later baseline sentence, so the baseline side reads in its own order wherever
    the version keeps it.
    """
    count = len(result.document.sentences)
    if result.alignment is None:
        return [("same", (), (i,)) for i in range(count)]
    links = sorted(result.alignment.links, key=lambda link: min(link.version_sentences, default=count))
    omitted = sorted(set(result.alignment.omitted))
    seen = {i for link in links for i in link.version_sentences}
    rows: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []
    for link in links:
        first = min(link.baseline_sentences, default=-1)
        while omitted and omitted[0] < first:
            rows.append(("omitted", (omitted.pop(0),), ()))
        rows.append((link.label, tuple(link.baseline_sentences), tuple(link.version_sentences)))
    rows.extend(("added", (), (i,)) for i in range(count) if i not in seen)
    rows.extend(("omitted", (i,), ()) for i in omitted)
    return rows


def _spans_in(document: Document, sentences: tuple[int, ...], spans: list[Span]) -> list[Span]:
    found: list[Span] = []
    for index in sentences:
        sentence = document.sentences[index]
        found.extend(s for s in spans if s.start < sentence.end and sentence.start < s.end)
    return sorted(found, key=lambda s: (s.start, s.end, s.key))


def cell_pieces(
    document: Document, sentences: tuple[int, ...], spans: list[Span], order: dict[int, int]
) -> tuple[Piece, ...]:
    """The pieces of the sentences ``sentences`` (joined by a space), cut where findings start and end."""
    pieces: list[Piece] = []
    for position, index in enumerate(sentences):
        if position:
            pieces.append(Piece(" "))
        sentence = document.sentences[index]
        following = document.sentences[sentences[position + 1]] if position + 1 < len(sentences) else None
        inside = [s for s in spans if s.start < sentence.end and sentence.start < s.end]
        cuts = sorted({sentence.start, sentence.end} | {min(max(p, sentence.start), sentence.end)
                                                         for s in inside for p in (s.start, s.end)})
        for start, end in zip(cuts, cuts[1:], strict=False):
            covering = [s for s in inside if s.start < end and start < s.end]
            ending = [s for s in covering if min(s.end, sentence.end) == end
                      and not (following is not None and s.end > following.start)]
            marks = tuple(sorted(order[s.key] for s in covering))
            pieces.append(Piece(document.text[start:end], marks, tuple(sorted(order[s.key] for s in ending))))
    return tuple(pieces)
