"""Baseline and version side by side, with every finding numbered and located.

The PDF and the HTML report render the same :class:`SideBySide`: rows of aligned
sentences (a version sentence beside the baseline sentences it derives from, new
sentences beside nothing, left-out baseline sentences beside nothing), each cell
cut into :class:`Piece` s that say which numbered findings cover them. Findings
point at the cleaned text the sentences are cut from. Findings outside every
sentence (boilerplate the cleaner set aside) are listed apart.

For reading: a run of left-out baseline sentences is one row with one number
(past :data:`LONGEST_RUN` sentences, its first and last with a count between);
a baseline sentence is shown in full once, beside its closest match (other rows
point to it); a quotation that the sentence splitter cut in two stays in one row
of the baseline's own page; and finding numbers stand after the closing
punctuation, several numbers at one place merged (``naive."[5,7]``), with no
lone quotation mark or space underlined at the edge of a finding.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Document, Finding
from ..results import Comparison, VersionResult

__all__ = [
    "Piece",
    "Row",
    "Numbered",
    "SideBySide",
    "Span",
    "cell_pieces",
    "cleaned_span",
    "side_by_side",
    "quotation_groups",
    "tidy_pieces",
    "item_words",
    "item_explanation",
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
    also: tuple[Finding, ...] = ()  # more findings under the same number (a run of left-out sentences)

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        return (self.finding, *self.also)


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
    rows_by_key = _collapse_omitted(_sentence_rows(result))
    shown_in, pointers = _shown_once(rows_by_key)
    order: dict[int, int] = {}
    for _, base_sentences, version_sentences in rows_by_key:
        number = len(set(order.values())) + 1  # one number for all the left-out sentences of a row
        for doc, sentences, spans in (
            (base, base_sentences, spans_in_baseline),
            (document, version_sentences, spans_in_version),
        ):
            for span in _spans_in(doc, sentences, spans):
                if span.key not in order:
                    order[span.key] = number if not version_sentences else len(set(order.values())) + 1
    for key in unplaced:
        order.setdefault(key, len(set(order.values())) + 1)
    rows = []
    for position, (label, b, v) in enumerate(rows_by_key):
        kept = tuple(i for i in b if shown_in.get(i, position) == position)
        if label == "omitted":
            left = _plain(_left_out(base, kept, spans_in_baseline, order))
        else:
            left = cell_pieces(base, kept, spans_in_baseline, order) + pointers.get(position, ())
        rows.append(Row(label, left, cell_pieces(document, v, spans_in_version, order)))
    return SideBySide(result, tuple(rows), _numbered(result, order, set(unplaced)))


def _numbered(result: VersionResult, order: dict[int, int], unplaced: set[int]) -> tuple[Numbered, ...]:
    grouped: dict[int, list[int]] = {}
    for key, number in order.items():
        grouped.setdefault(number, []).append(key)
    return tuple(
        Numbered(number, result.findings[keys[0]], keys[0] not in unplaced, tuple(result.findings[k] for k in keys[1:]))
        for number, keys in sorted(grouped.items())
    )


def _collapse_omitted(
    rows: list[tuple[str, tuple[int, ...], tuple[int, ...]]],
) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    """Consecutive left-out rows as one row."""
    collapsed: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []
    for row in rows:
        if row[0] == "omitted" and collapsed and collapsed[-1][0] == "omitted":
            collapsed[-1] = ("omitted", collapsed[-1][1] + row[1], ())
        else:
            collapsed.append(row)
    return collapsed


_RANK = {"same": 0, "paraphrase": 1, "partial": 2}


def _shown_once(
    rows: list[tuple[str, tuple[int, ...], tuple[int, ...]]],
) -> tuple[dict[int, int], dict[int, tuple[Piece, ...]]]:
    """Where each baseline sentence is shown in full (its best row), and pointers for the other rows."""
    best: dict[int, int] = {}
    for position, (label, base_sentences, _) in enumerate(rows):
        for index in base_sentences:
            current = best.get(index)
            if current is None or _RANK.get(label, 3) < _RANK.get(rows[current][0], 3):
                best[index] = position
    pointers: dict[int, tuple[Piece, ...]] = {}
    for position, (_, base_sentences, _) in enumerate(rows):
        elsewhere = [i for i in base_sentences if best[i] != position]
        if elsewhere:
            where = "above" if best[elsewhere[0]] < position else "below"
            note = f"(shares words with the baseline sentence shown {where}, beside the version sentence closest to it)"
            pointers[position] = (Piece(" " if len(elsewhere) < len(base_sentences) else ""), Piece(note))
    return best, {k: tuple(p for p in v if p.text) for k, v in pointers.items()}


#: A run of more left-out sentences than this shows its first and last only (all are on the baseline's page).
LONGEST_RUN = 3


def _left_out(
    base: Document, sentences: tuple[int, ...], spans: list[Span], order: dict[int, int]
) -> tuple[Piece, ...]:
    if len(sentences) <= LONGEST_RUN:
        return cell_pieces(base, sentences, spans, order)
    skipped = Piece(f" [… {len(sentences) - 2} more baseline sentences left out, all shown on the baseline's page …] ")
    return (*cell_pieces(base, sentences[:1], spans, order), skipped, *cell_pieces(base, sentences[-1:], spans, order))


def _plain(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """A left-out cell: no highlighting (the row says it all), its number once at the end."""
    ends = tuple(sorted({n for p in pieces for n in p.ends}))
    text = "".join(p.text for p in pieces)
    return (Piece(text, (), ends),) if text else ()


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
        return [("same", (), group) for group in quotation_groups(result.document)]
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
        cuts = sorted(
            {sentence.start, sentence.end}
            | {min(max(p, sentence.start), sentence.end) for s in inside for p in (s.start, s.end)}
        )
        for start, end in zip(cuts, cuts[1:], strict=False):
            covering = [s for s in inside if s.start < end and start < s.end]
            ending = [
                s
                for s in covering
                if min(s.end, sentence.end) == end and not (following is not None and s.end > following.start)
            ]
            marks = tuple(sorted(order[s.key] for s in covering))
            pieces.append(Piece(document.text[start:end], marks, tuple(sorted(order[s.key] for s in ending))))
    return tidy_pieces(pieces)


def quotation_groups(document: Document) -> list[tuple[int, ...]]:
    """The document's sentences in groups: one sentence each, except that a quotation the sentence splitter cut
    (an odd number of ``"`` in a sentence) stays with the sentences up to the one that closes it, in one paragraph."""
    groups: list[tuple[int, ...]] = []
    current: list[int] = []
    open_quote = False
    for sentence in document.sentences:
        if current and (not open_quote or sentence.paragraph != document.sentences[current[-1]].paragraph):
            groups.append(tuple(current))
            current = []
            open_quote = False
        current.append(sentence.index)
        open_quote ^= document.text.count('"', sentence.start, sentence.end) % 2 == 1
    if current:
        groups.append(tuple(current))
    return groups


_CLOSERS = frozenset(".,;:!?\"'”’»)]…▪")
_QUOTES = frozenset("\"'“”‘’«»")


def _is_opening(chars: str, position: int) -> bool:
    """A quotation mark directly followed by a letter or digit opens a quotation."""
    return chars[position] in _QUOTES and position + 1 < len(chars) and chars[position + 1].isalnum()


def tidy_pieces(pieces: list[Piece] | tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Pieces for reading: numbers after closing punctuation and merged where they meet, each number once (at its
    last place), and no lone quotation mark, punctuation or space highlighted at the edge of a finding."""
    chars = "".join(p.text for p in pieces)
    marks = [p.marks for p in pieces for _ in p.text]
    ends: list[set[int]] = [set() for _ in chars]
    position = 0
    for piece in pieces:
        position += len(piece.text)
        if piece.ends and position:
            at = position - 1
            while at + 1 < len(chars) and chars[at + 1] in _CLOSERS and not _is_opening(chars, at + 1):
                at += 1
            ends[at].update(piece.ends)
    last = {n: i for i, numbers in enumerate(ends) for n in numbers}
    ends = [{n for n in numbers if last[n] == i} for i, numbers in enumerate(ends)]
    edge = [
        tuple(m for m in marks[i] if 0 < i < len(chars) - 1 and m in marks[i - 1] and m in marks[i + 1])
        if (c in _CLOSERS or c in _QUOTES or c.isspace())
        else marks[i]
        for i, c in enumerate(chars)
    ]
    tidy: list[Piece] = []
    start = 0
    for i in range(len(chars)):
        if i + 1 == len(chars) or ends[i] or edge[i + 1] != edge[i]:
            tidy.append(Piece(chars[start : i + 1], edge[i], tuple(sorted(ends[i]))))
            start = i + 1
    return tuple(tidy)


def item_words(numbered: Numbered) -> str:
    """The words of a numbered entry in quotes: the finding's, or for a run of left-out sentences its first and last."""
    findings = numbered.all_findings
    if len(findings) == 1:
        return _quoted(findings[0].text, 160)
    return f"{len(findings)} sentences, from {_quoted(findings[0].text, 60)} to {_quoted(findings[-1].text, 60)}"


def item_explanation(numbered: Numbered) -> str:
    """The explanation of a numbered entry; for a run of left-out sentences, one sentence about all of them."""
    findings = numbered.all_findings
    if len(findings) == 1 or any(f.kind != "omission" for f in findings):
        return " ".join(dict.fromkeys(f.explanation for f in findings))
    said = sum(bool(f.details.get("carried_attribution")) for f in findings)
    context = sum(bool(f.details.get("carried_context")) for f in findings)
    parts = [f"The baseline has these {len(findings)} sentences; this version leaves them out."]
    if said:
        parts.append(f"{_count(said, len(findings))} who said what.")
    if context:
        parts.append(f"{_count(context, len(findings), 'give', 'gives')} background or a limit.")
    return " ".join(parts)


def _count(part: int, whole: int, plural: str = "say", singular: str = "says") -> str:
    if part == whole:
        return f"All of them {plural}" if whole > 2 else f"Both {plural}"
    return f"{part} of them {plural}" if part > 1 else f"One of them {singular}"


def _quoted(value: str, limit: int) -> str:
    flat = " ".join(value.split()).strip("\"'“”‘’ ")
    if len(flat) > limit:
        flat = flat[:limit].rsplit(" ", 1)[0] + " …"
    return f"“{flat}”"
