"""Paragraphs, sentences and quotation marks of a text, by character offsets, with no model.

The sentence splitter breaks after ``.``, ``!`` or ``?`` (and closing quotes or
brackets) when the next word starts a sentence, except after common
abbreviations and initials; a line break always ends a sentence. Quotation
marks are paired within a paragraph; a quotation left open at the end of a
paragraph runs on when the next paragraph opens with a quotation mark (the
convention for a quotation over several paragraphs), else it ends with its
paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Span

__all__ = ["paragraphs", "sentences", "quotation_spans"]

_LINE = re.compile(r"[^\n]+")
#: A sentence's end: a run of end marks, closing quotes or brackets, then space and a capital or digit. The run is
#: matched whole from its first mark only (a look-behind, and no giving back): a long run of periods is read once,
#: not once from each of its marks.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s+(?:''|``|[\"'“‘(\[])?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st jr sr inc corp co ltd no vs etc mt ft "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m ph.d rev fig approx est "
    "atty supt gov't cmdr msgr fr sen.-elect".split()
)
_OPENING = "“«„"
_CLOSING = "”»"


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank lines of ``text``, stripped of surrounding spaces."""
    return list(_paragraphs(text))


@lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[Span, ...]:
    """:func:`paragraphs`, remembered for the last few texts (half a dozen readers of a document ask for them)."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return tuple(spans)


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    word = text[start:dot].rsplit(None, 1)[-1] if text[start:dot].strip() else ""
    word = word.lstrip("(\"'“‘[").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, in order (none crosses a line break)."""
    spans = []
    for start, end in paragraphs(text):
        begin = start
        for match in _BOUNDARY.finditer(text, start, end):
            if match.group().startswith(".") and _is_abbreviation(text, begin, match.start()):
                continue
            spans.append((begin, match.end()))
            begin = match.end()
            while begin < end and text[begin].isspace():
                begin += 1
        if begin < end:
            spans.append((begin, end))
    return spans


_MARK = re.compile(r"''|``|[“”«»„\"]")  # '' and `` : the ASCII convention of some archives (``…'' or ''…'')


def _marks(text: str, start: int, end: int) -> list[tuple[int, bool, bool, int]]:
    """Quotation marks in ``start:end`` as (offset, opens, straight, length)."""
    marks = []
    for match in _MARK.finditer(text, start, end):
        index, char = match.start(), match.group()
        if char in ('"', "''"):
            before = text[index - 1] if index > start else " "
            marks.append((index, before.isspace() or before in "([{—–-/:", True, len(char)))
        else:
            marks.append((index, char in _OPENING or char == "``", False, len(char)))
    return marks


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[Span], int | None]:
    """Closed quotations of one paragraph, and the offset of a quotation still open at its end."""
    spans: list[Span] = []
    open_at: int | None = None
    for offset, opens, straight, length in _marks(text, start, end):
        if open_at is None:
            if opens:
                open_at = offset
        elif not opens or straight:
            spans.append((open_at, offset + length))
            open_at = None
    return spans, open_at


def _opens(text: str, offset: int) -> bool:
    return text[offset] in _OPENING or text[offset] == '"' or text.startswith(("''", "``"), offset)


def quotation_spans(text: str) -> list[tuple[Span, ...]]:
    """Quotations of ``text``, marks included; one span per paragraph of a quotation over several."""
    quotations: list[tuple[Span, ...]] = []
    running: list[Span] = []
    blocks = paragraphs(text)
    for number, (start, end) in enumerate(blocks):
        closed, open_at = _paragraph_quotes(text, start, end)
        if running and closed and closed[0][0] == start:
            quotations.append((*running, closed.pop(0)))
            running = []
        elif running and not closed and open_at == start:
            running.append((start, end))
            open_at = None
        elif running:
            quotations.append(tuple(running))
            running = []
        quotations += [(span,) for span in closed]
        if open_at is not None:
            running = [(open_at, end)]
        following = blocks[number + 1][0] if number + 1 < len(blocks) else None
        if running and (following is None or not _opens(text, following)):
            quotations.append(tuple(running))
            running = []
    return sorted(quotations)
