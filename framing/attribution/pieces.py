"""What the parser reads for a sentence: long quotations and long reported clauses as a placeholder clause.

The words inside a quotation are the quoted speaker's, and the attribution
around them does not depend on them; the same holds for the long clause a
reporting verb reports. Replacing them with a short clause ("this is so") keeps
the tree's shape around the cue ("“this is so,” she said"; "X said on Monday
that this is so") at a fraction of the words, and :class:`Piece` maps every
offset the parser sees back to the analysed text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .records import Span

__all__ = ["Piece", "read_as", "crosses", "LONG_QUOTE"]

_PLACEHOLDER = "this is so"
LONG_QUOTE = 4  # words: a quotation this long is a clause; the parser reads a placeholder instead


@dataclass(frozen=True)
class Piece:
    """What the parser reads for one sentence: long quotations shortened to a placeholder clause.

    The words inside a quotation are the quoted speaker's, and the attribution
    around them does not depend on them; replacing them keeps the tree's shape
    ("“this is so,” she said") at a fraction of the cost. ``segments`` maps the
    read text back: ``(read offset, analysed start, analysed end)`` of each copied
    run or placeholder, in order.
    """

    text: str
    segments: tuple[tuple[int, int, int, bool], ...]

    def start(self, offset: int) -> int:
        read, begin, _, copied = self.segments[bisect_right(self.segments, (offset, 1 << 62)) - 1]
        return begin + (offset - read if copied else 0)

    def copied(self, offset: int) -> bool:
        """Whether read offset ``offset`` lies in text copied from the analysed text (not in a placeholder)."""
        return self.segments[bisect_right(self.segments, (offset, 1 << 62)) - 1][3]

    def end(self, offset: int) -> int:
        """Analysed offset just after the character before read offset ``offset``."""
        read, begin, stop, copied = self.segments[bisect_right(self.segments, (offset - 1, 1 << 62)) - 1]
        return begin + (offset - read) if copied else stop

    def span(self, start: int, end: int) -> Span:
        return self.start(start), self.end(end)


_SPACE_WORD = re.compile(r"\S+")
_LONG_SENTENCE = 30  # words: a longer sentence has its reported clause shortened too
_LEFT_REACH = 16  # words before a cue at the end of a sentence kept for its source
_THAT_REACH = 6  # words after a cue in which "that" opens the reported clause
_RIGHT_REACH = 8  # words after the last cue of a long sentence kept for an inverted source or a recipient


def _clause_cuts(text: str, start: int, end: int, cues: Sequence[int], cuts: list[Span]) -> list[Span]:
    """Reported clauses of a long sentence that the parser can read as a placeholder.

    "X said on Monday that <clause>": the clause after "that"; "<clause>, X
    said.": the clause before the comma farthest from the cue within reach. The
    tree around the cue keeps its shape, and the content maps back to the clause.
    """
    words = [m.span() for m in _SPACE_WORD.finditer(text, start, end)]
    words = [w for w in words if not any(a <= w[0] < b for a, b in cuts)]
    if len(words) <= _LONG_SENTENCE or not cues:
        return []
    found = []
    index = [w[0] for w in words]
    last = bisect_left(index, cues[-1])
    for k in range(last + 1, min(last + 1 + _THAT_REACH, len(words))):
        if text[words[k][0] : words[k][1]].lower() == "that" and len(words) - k > LONG_QUOTE + 1:
            found.append((words[k + 1][0], words[-1][1] - 1))
            break
    kept = [bisect_left(index, c) for c in cues]
    right = min(len(words) - 1, max(kept) + _RIGHT_REACH)
    if not found and len(words) - 1 - right > LONG_QUOTE and text[words[right][1] - 1] not in ",;:":
        found.append((words[right + 1][0], words[-1][1] - 1))  # the rest of a long reported clause
    if len(words) - last <= _LEFT_REACH // 2 + 2:
        for k in range(max(0, last - _LEFT_REACH), last - 2):
            if text[words[k][1] - 1] in ',”"' and k >= LONG_QUOTE:
                if cues[0] >= words[k][1]:  # never over another cue ("X, who ..., said she ... could answer")
                    found.append((words[0][0], words[k][1] - 1))
                break
    return found


def read_as(text: str, start: int, end: int, quotes: Sequence[Span], cues: Sequence[int] = ()) -> Piece:
    cuts = []
    for a, b in quotes:
        inner = (max(a + 1, start), min(b - 1, end))
        if inner[0] < inner[1] and len(text[inner[0] : inner[1]].split()) >= LONG_QUOTE:
            cuts.append(inner)
    cuts = sorted(cuts + [c for c in _clause_cuts(text, start, end, cues, cuts) if not crosses(c, cuts)])
    parts: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    at, read = start, 0
    for a, b in cuts:
        segments.append((read, at, a, True))
        parts.append(text[at:a])
        read += a - at
        segments.append((read, a, b, False))
        parts.append(_PLACEHOLDER)
        read += len(_PLACEHOLDER)
        at = b
    segments.append((read, at, end, True))
    parts.append(text[at:end])
    return Piece("".join(parts), tuple(segments))


def crosses(span: Span, others: Sequence[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in others)
