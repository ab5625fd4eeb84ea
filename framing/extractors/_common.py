"""Small helpers shared by extractors (not an extractor: the leading underscore keeps it out of the registry)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate

from ..lexicon import Entry, Lexicon, load_lexicon, tokenize
from ..records import Document, Quote
from ..segment import sentence_word_lists, words
from .base import Context

__all__ = [
    "quote_at",
    "lexicon",
    "lexicon_hits",
    "hits_by_sentence",
    "counterpart_words",
    "attribution",
    "sentence_attribution",
    "sentence_words",
    "span_words",
    "baseline_vocabulary",
    "vague_spans",
    "unquoted",
    "short",
    "Hit",
]

_VAGUE_HEADS = frozenset(
    "analysts experts critics observers officials sources reports surveys studies some many others people "
    "insiders commentators diplomats".split()
)
_NOT_SOURCES = frozenset(
    "some many it this that these those there here in on at but and when while he she they we i you both even also "
    "however meanwhile moreover".split()
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"


_BEFORE_VERB = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,()]{{1,80}},|\s+(?:on|in|at|during|from|later)\s+[A-Z]?[\w-]+)?"
    r"\s+(?:(?:also|has|had|have|previously|recently)\s+)?$"
)
#: "the finance ministry said", "the transport minister told": a named role or body, in lower case.
_ROLE_BEFORE_VERB = re.compile(
    r"\b(?P<name>the\s+(?:[A-Za-z-]+\s+){0,3}?(?:ministry|minister|office|department|agency|police|government|"
    r"spokesman|spokeswoman|spokesperson|court|company|army|military|embassy|council|committee|commission|board|"
    r"central bank|institute|university|mayor|president|governor|senator|prosecutors?|chief|secretary|statement))"
    r"(?:,[^,()]{1,80},)?\s+(?:(?:also|has|had|have)\s+)?$",
    re.I,
)
_PRONOUN_BEFORE_VERB = re.compile(r"\b(?:he|she|they)\s+(?:also\s+)?$", re.I)
_AFTER_VERB = re.compile(rf"\s+(?P<name>{_NAME})")
_ACCORDING = re.compile(rf"\baccording to (?:the )?(?P<name>{_NAME})")
_SAID_TYPE = frozenset("said says told added stated noted wrote".split())


Hit = tuple[int, int, Entry]  # cleaned start, end, lexicon entry


def quote_at(document: Document, start: int, end: int) -> Quote | None:
    """The quotation (or unmarked speech) that holds the cleaned span ``start:end``: the first in
    ``document.quotes`` (sorted by start) that starts at or before ``start`` and ends at or after ``end``.

    Two bisections in the quotes' starts and the running maximum of their ends (made once per
    document), not a walk through every quote: extractors ask once per finding.
    """
    quotes = document.quotes
    if not quotes:
        return None
    starts, reach = document.cached("quote_reach", lambda: _quote_reach(quotes))
    candidates = bisect_right(starts, start)  # quotes[:candidates] start at or before ``start``
    first = bisect_left(reach, end, 0, candidates)  # the first of them that ends at or after ``end``
    return quotes[first] if first < candidates else None


def _quote_reach(quotes: tuple[Quote, ...]) -> tuple[list[int], list[int]]:
    """The quotes' starts, and the furthest end among the quotes up to each (both never decrease)."""
    return [quote.start for quote in quotes], list(accumulate((quote.end for quote in quotes), max))


@cache
def lexicon(name: str) -> Lexicon:
    """A shipped lexicon, loaded once."""
    return load_lexicon(name)


def lexicon_hits(name: str, document: Document, sentence: int) -> Iterator[Hit]:
    """Matches of lexicon ``name`` in one sentence, as cleaned offsets."""
    return iter(hits_by_sentence(name, document).get(sentence, ()))


def hits_by_sentence(name: str, document: Document) -> dict[int, list[Hit]]:
    """Matches of lexicon ``name`` grouped by sentence, only sentences that have one (computed once).

    Extractors loop over these sentences rather than over every sentence: most
    sentences hold no hedge or loaded word at all.
    """
    memo, key = document.memo, ("lexicon", name)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _hits_by_sentence(name, document)
    return found


def _hits_by_sentence(name: str, document: Document) -> dict[int, list[Hit]]:
    """Every sentence's matches; the document is tokenised once for all lexicons."""
    tokens = document.cached("tokens", lambda: tokenize(document.text))
    sentences = document.sentences
    starts = document.cached("sentence_starts", lambda: [s.start for s in sentences])
    found: dict[int, list[Hit]] = {}
    for start, end, entry in lexicon(name).find_in_tokens(tokens, document.text):
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= sentences[index].end:  # a match never crosses a sentence
            found.setdefault(index, []).append((start, end, entry))
    return found


def counterpart_words(context: Context, sentence: int) -> frozenset[str]:
    """Lower-cased words of the baseline sentences a version sentence was aligned with."""
    baseline = context.baseline
    found: frozenset[str] = frozenset()
    for index in context.counterpart_sentences(sentence):
        found |= sentence_words(baseline, index)
    return found


def attribution(text: str, verbs: list[Hit] | None = None) -> str | None:
    """The named source a text cites ("according to the Pentagon", "Rutte said"), if any.

    Reporting verbs come from the ``report_verbs`` lexicon; the name is looked for
    just before the verb (or just after "said", "told" …). A vague head ("analysts
    say", "reports suggested") is not a named source; a pronoun ("he stressed") is
    returned as ``"pronoun"``.
    """
    candidates: list[tuple[int, str]] = []
    according = _ACCORDING.search(text) if "according to" in text else None
    if according:
        candidates.append((according.start(), according.group("name")))
    for start, end, entry in lexicon("report_verbs").finditer(text) if verbs is None else verbs:
        before = _BEFORE_VERB.search(text, max(0, start - 140), start) or _ROLE_BEFORE_VERB.search(
            text, max(0, start - 140), start
        )
        if before:
            candidates.append((before.start(), before.group("name")))
        elif _PRONOUN_BEFORE_VERB.search(text, max(0, start - 20), start):
            candidates.append((start, "pronoun"))
        elif entry.term in _SAID_TYPE and (after := _AFTER_VERB.match(text, end)):
            candidates.append((after.start(), after.group("name")))
    for _, name in sorted(candidates):
        parts = name.split()
        while parts and parts[0].lower() in _NOT_SOURCES:
            parts = parts[1:]
        if name == "pronoun" or (parts and parts[-1].lower() not in _VAGUE_HEADS):
            return name if name == "pronoun" else " ".join(parts)
    return None


def sentence_attribution(document: Document, sentence: int) -> str | None:
    """:func:`attribution` of a sentence with its quotations blanked out, computed once."""
    if sentence not in hits_by_sentence("report_verbs", document):
        span = document.sentences[sentence]
        if document.text.find("according to", span.start, span.end) < 0:
            return None  # no reporting verb and no "according to": nothing is attributed
    memo, key = document.memo, ("attribution", sentence)
    if key not in memo:
        memo[key] = _attribution(document, sentence)
    return memo[key]


def _attribution(document: Document, sentence: int) -> str | None:
    offset = document.sentences[sentence].start
    verbs = [
        (start - offset, end - offset, entry)
        for start, end, entry in lexicon_hits("report_verbs", document, sentence)
        if quote_at(document, start, end) is None
    ]
    return attribution(unquoted(document, sentence), verbs)


def sentence_words(document: Document, sentence: int) -> frozenset[str]:
    """Lower-cased words of one sentence, computed once."""
    return document.cached(("words", sentence), lambda: frozenset(sentence_word_lists(document)[sentence]))


_CLAIM_VERBS = (
    r"suggest(?:s|ed)?|say|says|said|believe[sd]?|claim(?:s|ed)?|indicate[sd]?|show(?:s|ed)?|found|find|"
    r"estimate[sd]?|warn(?:s|ed)?|argue[sd]?|contend(?:s|ed)?|fear(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?"
)


@cache
def _pinned() -> re.Pattern[str]:
    """A vague noun that a claim is pinned on: "reports from last year suggested", "according to 2023 surveys"."""
    nouns = "|".join(
        sorted((e.term for e in lexicon("vague_sources").entries if e.category == "vague_noun"), key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:(?:some|many|several|other|western|local|unnamed|anonymous)\s+)?(?:{nouns})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{_CLAIM_VERBS})\b"
        rf"|\baccording to (?:[\w'-]+\s+){{0,4}}?(?:{nouns})\b",
        re.I,
    )


def vague_spans(document: Document, sentence: int) -> list[tuple[int, int]]:
    """Vague-source phrases of the lexicon and claims pinned on a vague noun, longest first, not overlapping."""
    if sentence not in hits_by_sentence("vague_sources", document):
        return []  # no vague word, hence no phrase and no claim pinned on one
    return document.cached(("vague", sentence), lambda: _vague_spans(document, sentence))


def _vague_spans(document: Document, sentence: int) -> list[tuple[int, int]]:
    span = document.sentences[sentence]
    hits = list(lexicon_hits("vague_sources", document, sentence))
    found = [(s, e) for s, e, entry in hits if entry.category != "vague_noun"]
    if any(entry.category == "vague_noun" for _, _, entry in hits):
        found += [(m.start(), m.end()) for m in _pinned().finditer(document.text, span.start, span.end)]
    kept: list[tuple[int, int]] = []  # in order and apart: an overlap is found by one bisection, not per pair
    for start, end in sorted(found, key=lambda se: (-(se[1] - se[0]), se[0])):
        index = bisect_left(kept, (end,))  # kept[:index] start before ``end``
        if not index or kept[index - 1][1] <= start:
            kept.insert(index, (start, end))
    return kept


def unquoted(document: Document, sentence: int) -> str:
    """A sentence's text with its quotations blanked out (same length), for finding who speaks."""
    span = document.sentences[sentence]
    text, parts, position = document.text, [], span.start
    for quote in document.cached("marked_quotes_by_sentence", lambda: _marked_by_sentence(document))[sentence]:
        if quote.start < span.end and span.start < quote.end:
            start, end = max(quote.start, span.start, position), min(quote.end, span.end)
            if end > start:
                parts += [text[position:start], " " * (end - start)]
                position = end
    parts.append(text[position : span.end])
    return "".join(parts)


def _marked_by_sentence(document: Document) -> list[list[Quote]]:
    """The quotations with marks that overlap each sentence, in the order of ``document.quotes``.

    Found by bisection in the sentences' ends, so :func:`unquoted` reads a sentence's few quotations,
    not every quotation of the text (sentences times quotations in a long quoted passage).
    """
    found: list[list[Quote]] = [[] for _ in document.sentences]
    ends = document.cached("sentence_ends", lambda: [s.end for s in document.sentences])
    for quote in document.quotes:
        if not quote.marked:
            continue
        index = bisect_right(ends, quote.start)  # the first sentence that ends after the quote starts
        while index < len(ends) and document.sentences[index].start < quote.end:
            found[index].append(quote)
            index += 1
    return found


def baseline_vocabulary(context: Context) -> frozenset[str]:
    """Every word of the baseline: the story's own vocabulary, neutral by definition here."""
    baseline = context.baseline
    return baseline.cached("vocabulary", lambda: frozenset(words(baseline.text)))


@lru_cache(maxsize=65536)
def span_words(text: str) -> frozenset[str]:
    """Lower-cased words of a short span (a lexicon hit), remembered across documents."""
    return frozenset(words(text))


def short(text: str, limit: int = 70) -> str:
    """A quotable excerpt for an explanation."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
