"""Small helpers shared by extractors (not an extractor: the leading underscore keeps it out of the registry)."""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from ..lexicon import Entry, Lexicon, load_lexicon
from ..records import Document, Quote
from ..segment import words
from .base import Context

__all__ = [
    "quote_at",
    "lexicon",
    "lexicon_hits",
    "counterpart_words",
    "attribution",
    "baseline_vocabulary",
    "vague_spans",
    "short",
    "Hit",
]

_VAGUE_HEADS = frozenset(
    "analysts experts critics observers officials sources reports surveys studies some many others people "
    "insiders commentators diplomats".split()
)
_NOT_SOURCES = frozenset("the some many it this that these those there here in on at but and when while he she they we i you".split())
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"


@cache
def _source_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Named-source patterns built from the report-verb lexicon ("X said", "said X", "according to X")."""
    verbs = sorted({e.term for e in lexicon("report_verbs").entries}, key=len, reverse=True)
    verb = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    named = re.compile(
        rf"\baccording to (?:the )?(?P<according>{_NAME})"
        rf"|(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:{verb})\b"
        rf"|\b(?:said|says|told|added|stated|noted|wrote)\s+(?P<after>{_NAME})"
    )
    pronoun = re.compile(rf"\b(?:he|she|they)\s+(?:also\s+)?(?:{verb})\b", re.I)
    return named, pronoun


Hit = tuple[int, int, Entry]  # cleaned start, end, lexicon entry


def quote_at(document: Document, start: int, end: int) -> Quote | None:
    """The quotation (or unmarked speech) that holds the cleaned span ``start:end``."""
    for quote in document.quotes:
        if quote.start <= start and end <= quote.end:
            return quote
    return None


@cache
def lexicon(name: str) -> Lexicon:
    """A shipped lexicon, loaded once."""
    return load_lexicon(name)


def lexicon_hits(name: str, document: Document, sentence: int) -> Iterator[Hit]:
    """Matches of lexicon ``name`` in one sentence, as cleaned offsets."""
    span = document.sentences[sentence]
    text = document.text[span.start : span.end]
    for start, end, entry in lexicon(name).finditer(text):
        yield span.start + start, span.start + end, entry


def counterpart_words(context: Context, sentence: int) -> frozenset[str]:
    """Lower-cased words of the baseline text a version sentence was aligned with."""
    text = context.counterpart_text(sentence)
    return frozenset(words(text)) if text else frozenset()


def attribution(text: str) -> str | None:
    """The named source a sentence cites ("according to the Pentagon", "Rutte said"), if any.

    A vague head ("analysts say", "reports suggested") is not a named source; a
    pronoun ("he stressed") is returned as ``"pronoun"``.
    """
    named, pronoun = _source_patterns()
    for match in named.finditer(text):
        name = match.group("according") or match.group("name") or match.group("after")
        parts = name.split()
        if parts[-1].lower() not in _VAGUE_HEADS and parts[0].lower() not in _NOT_SOURCES:
            return name
    if pronoun.search(text):
        return "pronoun"
    return None


_CLAIM_VERBS = (
    r"suggest(?:s|ed)?|say|says|said|believe[sd]?|claim(?:s|ed)?|indicate[sd]?|show(?:s|ed)?|found|find|"
    r"estimate[sd]?|warn(?:s|ed)?|argue[sd]?|contend(?:s|ed)?|fear(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?"
)


@cache
def _pinned() -> re.Pattern[str]:
    """A vague noun that a claim is pinned on: "reports from last year suggested", "according to 2023 surveys"."""
    nouns = "|".join(sorted((e.term for e in lexicon("vague_sources").entries if e.category == "vague_noun"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:some|many|several|other|western|local|unnamed|anonymous)\s+)?(?:{nouns})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{_CLAIM_VERBS})\b"
        rf"|\baccording to (?:[\w'-]+\s+){{0,4}}?(?:{nouns})\b",
        re.I,
    )


def vague_spans(document: Document, sentence: int) -> list[tuple[int, int]]:
    """Vague-source phrases of the lexicon and claims pinned on a vague noun, longest first, not overlapping."""
    span = document.sentences[sentence]
    found = [(s, e) for s, e, entry in lexicon_hits("vague_sources", document, sentence) if entry.category != "vague_noun"]
    found += [(m.start(), m.end()) for m in _pinned().finditer(document.text, span.start, span.end)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (-(se[1] - se[0]), se[0])):
        if not any(s < end and start < e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


def baseline_vocabulary(context: Context) -> frozenset[str]:
    """Every word of the baseline: the story's own vocabulary, neutral by definition here."""
    return _vocabulary(context.baseline)


@cache
def _vocabulary(document: Document) -> frozenset[str]:
    return frozenset(words(document.text))


def short(text: str, limit: int = 70) -> str:
    """A quotable excerpt for an explanation."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
