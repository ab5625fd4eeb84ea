"""Split cleaned text into sentences and words.

A rule-based splitter (no model, no download): it breaks after ``.``, ``!`` or
``?`` (and any closing quote or bracket) when the next word starts a sentence,
except after common abbreviations and initials. Paragraphs (blank lines in the
cleaned text) always end a sentence. Words are lower-cased word tokens; terms
are their crude stems less stop words, the unit of alignment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .records import Sentence

V = TypeVar("V")

__all__ = ["segment", "words", "sentence_words", "content_terms", "stem", "WordMemo", "STOPWORDS"]

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m ph.d rev fig approx est".split()
)
# Cannot backtrack: possessive runs, and a run of marks is tried once, from its first mark (a later start in
# the same run would end at the same place and fail the same way), so a run of n periods costs n, not n².
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+(?=\s++[\"'(\[]?+[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\n")
#: The longest sentence: longer runs without a sentence end are cut at a space (news sentences reach about
#: 1,200 characters: 37,043 sentences of 294 stories).
MAX_SENTENCE_CHARS = 3_000
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_HEADING_MAX_WORDS = 25
STOPWORDS = frozenset(
    "a an the and or but if of at by for with about against between into through during before after above below "
    "to from up down in out on off over under again further then once here there when where why how all any both "
    "each few more most other some such no nor not only own same so than too very s t can will just don should now "
    "is are was were be been being have has had having do does did doing i me my we our you your he him his she her "
    "it its they them their what which who whom this that these those am would could also as said says told".split()
)


def segment(text: str) -> tuple[Sentence, ...]:
    """Sentences of a cleaned text, in order, with their paragraph number."""
    sentences: list[Sentence] = []
    start = 0
    for paragraph, block in enumerate(_paragraph_spans(text)):
        start = block[0]
        for boundary in _BOUNDARY.finditer(text, block[0], block[1]):
            if _is_abbreviation(text, start, boundary.start()):
                continue
            for piece_start, piece_end in _pieces(text, start, boundary.end()):
                sentences.append(_sentence(text, len(sentences), piece_start, piece_end, paragraph))
            start = boundary.end() + 1
        if start < block[1]:
            for piece_start, piece_end in _pieces(text, start, block[1]):
                sentences.append(_sentence(text, len(sentences), piece_start, piece_end, paragraph))
    return tuple(s for s in sentences if s.end > s.start)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` cut into pieces of at most ``MAX_SENTENCE_CHARS``, each at the last space before the cap
    (or at the cap, where there is no space): a run of text that long is a list or a table, not a sentence,
    and the later stages' work on a sentence grows with its length times what it holds."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = text[max(start, text.rfind(" ", start, dot) + 1) : dot].lower().strip("\"'(")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _sentence(text: str, index: int, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    body = text[start:end]
    heading = (
        not body.endswith((".", "!", "?", '."', '?"', '!"', ".'", ":"))
        and len(body.split()) <= _HEADING_MAX_WORDS
        and (start == 0 or text[start - 2 : start] == "\n\n")
        and (end == len(text) or text[end : end + 2] == "\n\n")
    )
    return Sentence(index=index, start=start, end=end, paragraph=paragraph, heading=heading)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    # The words joined, lowered and split again: three C-level passes instead of two method calls per word.
    return " ".join(_WORD.findall(text)).lower().replace("’", "'").split()


def content_terms(text: str) -> list[str]:
    """Stemmed content words, the unit of alignment."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


class WordMemo(dict[str, V]):
    """``compute(word)`` for each word seen so far: a look-up is a C-level dictionary access (``memo[word]``,
    or ``map(memo.__getitem__, words)``); a new word is computed once. After ``limit`` words it starts afresh."""

    def __init__(self, compute: Callable[[str], V], limit: int = 200_000) -> None:
        super().__init__()
        self.compute, self.limit = compute, limit

    def __missing__(self, word: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value


def stem(word: str) -> str:
    """The crude stem framing aligns by ("ties" -> "ty", "visiting" -> "visit")."""
    return _STEMS[word]


def _strip_suffix(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4:
        for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
            if word.endswith(suffix) and not word.endswith("ss"):
                return word[: -len(suffix)] + replacement
    return word


_STEMS = WordMemo(_strip_suffix)


def sentence_words(text: str, sentences: tuple[Sentence, ...]) -> list[list[str]]:
    """Lower-cased words of each sentence of a cleaned text (one lower-casing of the whole text)."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a character whose lower case is longer: go sentence by sentence
        return [words(text[s.start : s.end]) for s in sentences]
    return [_WORD.findall(lowered, s.start, s.end) for s in sentences]


STEMS = _STEMS  # the shared memo of stems (``map(STEMS.__getitem__, words)`` is a C-level loop)
