"""Baseline and version side by side, with every finding numbered and located.

The PDF and the HTML report render the same :class:`SideBySide`: rows of aligned
sentences (a version sentence beside the baseline sentences it derives from, new
sentences beside nothing, left-out baseline sentences beside nothing), each cell
cut into :class:`Piece` s that say which numbered findings cover them. Findings
point at the cleaned text the sentences are cut from. Findings outside every
sentence (boilerplate the cleaner set aside) are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Document, Finding
from ..results import Comparison, VersionResult

__all__ = [
    "Piece", "Row", "Numbered", "SideBySide", "Span", "cell_pieces", "cleaned_span", "side_by_side",
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


def cleaned_span(document: Document, finding: Finding) -> tuple[int, int] | None:
    """Where a finding stands in the document's cleaned text, or None for text cleaning set aside."""
    if finding.removed is not None or finding.end <= finding.start:
        return None
    return finding.start, finding.end


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
    for key, finding in enumerate(result.findings):
        document = base if finding.in_baseline else result.document
        span = cleaned_span(document, finding)
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
