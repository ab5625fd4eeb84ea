"""Quote fidelity: quotes worded differently from the baseline's, quotes nobody else has, quotation marks stripped.

Each quotation of a version is matched with the baseline's quotations, those of
the same speaker first, by the words they share. A fragment of a baseline quote
("rapid") is faithful; other differences make an ``altered_quote``, ``minor``
when only punctuation or small function words differ and ``substantive`` when
words that carry meaning changed. A quotation with no counterpart is an
``unmatched_quote``; so is speech attributed without quotation marks
("…, Rutte stated.") that the baseline does not report. A baseline quotation
whose words a version uses without quotation marks is an ``altered_quote`` with
``marks_removed``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import chain

from ..records import Document, Finding, Quote
from ..segment import STOPWORDS, content_terms, words
from .base import Context, Extractor, Result, per_100_words, register

MATCH = 0.45  # Dice of content words above which two quotes are the same remark
MATCH_ALIGNED = 0.25  # the same, for quotes in sentences the alignment already paired
MIN_WORDS = 3  # shorter quotations ("rapid", "Asian NATO") are partial quotes: too short to judge
STRIPPED_COVER = 0.8  # share of a baseline quote's words in one unquoted version sentence


@register
class QuoteFidelity(Extractor):
    """Matches quotations to the baseline's and reports changed, new and unmarked ones."""

    name = "quote"
    kinds = ("altered_quote", "unmatched_quote")
    description = (
        "Quotes worded differently from the baseline, quotes the baseline does not have, quotation marks removed."
    )

    def extract(self, context: Context) -> Result:
        document = context.document
        if context.alignment is None:
            return Result(scores=self._scores(document, [], len(document.quotes)))
        findings: list[Finding] = []
        for quote in document.quotes:
            finding = self._check(context, quote)
            if finding is not None:
                findings.append(finding)
        findings.extend(self._stripped(context))
        return Result(
            findings=tuple(sorted(findings, key=lambda f: f.start)),
            scores=self._scores(document, findings, len(document.quotes)),
        )

    def _check(self, context: Context, quote: Quote) -> Finding | None:
        document, baseline = context.document, context.baseline
        spoken = words(document.text[quote.start : quote.end])
        if quote.marked and (len(spoken) < MIN_WORDS or _in_any_quote(spoken, baseline)):
            return None
        best, score = _best(quote, document, baseline)
        if best is None or score < (MATCH_ALIGNED if _aligned(context, quote, best) else MATCH):
            if quote.marked or not _reported_in(quote, document, baseline):
                return self._unmatched(context, quote, indirect=False)
            return None
        if quote.marked and not best.marked:
            return self._unmatched(context, quote, indirect=True)
        return self._altered(context, quote, best) if quote.marked else None

    @staticmethod
    def _scores(document: Document, findings: list[Finding], quotes: int) -> dict[str, float]:
        altered = sum(f.kind == "altered_quote" for f in findings)
        unmatched = sum(f.kind == "unmatched_quote" for f in findings)
        return {
            "count": float(quotes),
            "altered_per_100_words": per_100_words(altered, document.word_count),
            "unmatched_per_100_words": per_100_words(unmatched, document.word_count),
            "faithful_share": (quotes - altered - unmatched) / quotes if quotes else float("nan"),
        }

    def _unmatched(self, context: Context, quote: Quote, *, indirect: bool) -> Finding:
        document = context.document
        who = quote.speaker or "someone"
        elsewhere = _elsewhere(context, quote)
        if indirect:
            explanation = (
                f"The baseline gives this point of {who}'s only in its own words; this version presents it as a quote."
            )
        elif quote.marked:
            explanation = f"This quote from {who} does not appear in the baseline, so it cannot be checked against it."
        else:
            explanation = (
                f"This version reports {who} as saying this, without quotation marks; "
                "the baseline has no such statement."
            )
        return document.finding(
            "unmatched_quote",
            quote.start,
            quote.end,
            explanation,
            extractor=self.name,
            sentence=quote.sentence,
            weight=1.0 if quote.marked else 1.5,
            speaker=quote.speaker,
            marked=quote.marked,
            also_in=elsewhere,
            baseline_paraphrase=indirect,
        )

    def _altered(self, context: Context, quote: Quote, best: Quote) -> Finding | None:
        document, baseline = context.document, context.baseline
        mine, theirs = words(document.text[quote.start : quote.end]), words(baseline.text[best.start : best.end])
        if not mine or _is_fragment(mine, theirs):
            return None
        matcher = SequenceMatcher(None, theirs, mine, autojunk=False)
        removed = [
            w for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("replace", "delete") for w in theirs[i1:i2]
        ]
        added = [w for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("replace", "insert") for w in mine[j1:j2]]
        meaning = [w for w in removed + added if w not in STOPWORDS]
        severity = "substantive" if meaning else "minor"
        who = quote.speaker or best.speaker or "the speaker"
        if severity == "minor":
            explanation = f"This quote from {who} differs from the baseline's only in small words or punctuation."
        else:
            explanation = f"This quote from {who} uses different words from the baseline's quote of the same remark."
        return document.finding(
            "altered_quote",
            quote.start,
            quote.end,
            explanation,
            extractor=self.name,
            baseline_text=baseline.text[best.start : best.end],
            sentence=quote.sentence,
            weight=1.0 if meaning else 0.3,
            severity=severity,
            speaker=quote.speaker,
            words_removed=removed[:12],
            words_added=added[:12],
            marks_removed=False,
        )

    def _stripped(self, context: Context) -> list[Finding]:
        """Baseline quotations whose words stand in a version sentence without quotation marks."""
        document, found = context.document, []
        quoted = {q.sentence for q in document.quotes if q.marked}
        by_term = _sentence_index(document)
        for quote in (q for q in context.baseline.quotes if q.marked):
            terms = _quote_terms(context.baseline)[quote]
            if len(terms) < 3:
                continue
            counts = Counter(chain.from_iterable(filter(None, map(by_term.get, terms))))
            for index in sorted(counts):
                sentence = document.sentences[index]
                if sentence.index in quoted:
                    continue
                cover = counts[index] / len(terms)
                if cover >= STRIPPED_COVER:
                    who = quote.speaker or "the speaker"
                    found.append(
                        document.finding(
                            "altered_quote",
                            sentence.start,
                            sentence.end,
                            f"The baseline puts these words in quotation marks as {who}'s; "
                            "here they have none, so they read as the outlet's own.",
                            extractor=self.name,
                            baseline_text=context.baseline.text[quote.start : quote.end],
                            sentence=sentence.index,
                            severity="substantive",
                            speaker=quote.speaker,
                            words_removed=[],
                            words_added=[],
                            marks_removed=True,
                        )
                    )
                    break
        return found


def _sentence_index(document: Document) -> dict[str, list[int]]:
    """Which sentences of a document hold each content word."""

    def build() -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for number, terms in enumerate(document.terms):
            for term in terms:
                index.setdefault(term, []).append(number)
        return index

    return document.cached("sentence_index", build)


def _quote_words(document: Document) -> list[list[str]]:
    return document.cached("quote_words", lambda: [words(document.text[q.start : q.end]) for q in document.quotes])


def _quote_terms(document: Document) -> dict[Quote, frozenset[str]]:
    return document.cached(
        "quote_terms", lambda: {q: frozenset(content_terms(document.text[q.start : q.end])) for q in document.quotes}
    )


def _quote_index(document: Document) -> tuple[dict[str, list[int]], list[int]]:
    """Which quotations (by number) of a document hold each content word, and each quotation's word count."""

    def build() -> tuple[dict[str, list[int]], list[int]]:
        index: dict[str, list[int]] = {}
        terms = _quote_terms(document)
        sizes = [len(terms[quote]) for quote in document.quotes]
        for number, quote in enumerate(document.quotes):
            for term in terms[quote]:
                index.setdefault(term, []).append(number)
        return index, sizes

    return document.cached("quote_index", build)


def _best(quote: Quote, document: Document, other: Document) -> tuple[Quote | None, float]:
    """The other document's quotation closest to ``quote`` (same speaker preferred), and its score.

    Shared words are counted for every candidate at once (one ``Counter`` over the
    index's lists); candidates are tried in text order, so the earliest wins a tie.
    """
    terms = _quote_terms(document)[quote]
    best: tuple[Quote | None, float] = (None, 0.0)
    if not terms:
        return best
    index, sizes = _quote_index(other)
    counts = Counter(chain.from_iterable(filter(None, map(index.get, terms))))
    size, key, quotes = len(terms), quote.speaker_key, other.quotes
    for number in sorted(counts):
        shared, candidate = counts[number], quotes[number]
        score = max(2 * shared / (size + sizes[number]), shared / size if size >= 3 else 0.0)
        if key and candidate.speaker_key and key != candidate.speaker_key:
            score *= 0.5
        if score > best[1]:
            best = (candidate, score)
    return best


def _elsewhere(context: Context, quote: Quote) -> list[str]:
    """Ids of the other versions (``context.peers``) with a quotation that is the same remark as ``quote``.

    The same test as ``_best(quote, document, peer)[1] >= MATCH`` for each peer, but
    against one index of every version's quotations, built once per story: asking
    each peer in turn made a story's cost grow with the square of its versions.
    """
    terms = _quote_terms(context.document)[quote]
    if not terms or not context.peers:
        return []
    story = _story_quote_index(context)
    counts = Counter(chain.from_iterable(filter(None, map(story.index.get, terms))))
    size, key = len(terms), quote.speaker_key
    me = story.positions[id(context.document)]
    found: set[str] = set()
    for number, shared in counts.items():
        owner, candidate, candidate_size = story.candidates[number]
        if owner == me or story.ids[owner] in found:
            continue
        score = max(2 * shared / (size + candidate_size), shared / size if size >= 3 else 0.0)
        if key and candidate.speaker_key and key != candidate.speaker_key:
            score *= 0.5
        if score >= MATCH:
            found.add(story.ids[owner])
    return sorted(found)


@dataclass(frozen=True, slots=True)
class _StoryQuotes:
    """The quotations of a version and its peers: which (by number) hold each content word, and for each
    its document (by position in ``documents``), itself and its number of content words; each document's
    version id, and its position by ``id``."""

    documents: tuple[Document, ...]
    ids: tuple[str, ...]
    index: dict[str, list[int]]
    candidates: list[tuple[int, Quote, int]]
    positions: dict[int, int]


def _story_quote_index(context: Context) -> _StoryQuotes:
    """The story's quotations (:class:`_StoryQuotes`), kept with the baseline, which every version shares.

    Found again only for other documents: the key is the set of the documents' ``id``, and the cached
    value holds the documents it was made from, so they stay alive and no other live document can
    have one of their ids; an equal key therefore means the very same documents, with no check per
    document (every version asks, so a check would cost versions² per story, versions³ in all).
    """
    documents = (context.document, *context.peers)
    key = ("story_quote_index", frozenset(map(id, documents)))
    cached = context.baseline.memo.get(key)
    if cached is not None:
        return cached
    ordered = tuple(sorted(documents, key=lambda d: d.version.id))
    index: dict[str, list[int]] = {}
    candidates: list[tuple[int, Quote, int]] = []
    for owner, document in enumerate(ordered):
        terms = _quote_terms(document)
        for quote in document.quotes:
            for term in terms[quote]:
                index.setdefault(term, []).append(len(candidates))
            candidates.append((owner, quote, len(terms[quote])))
    value = context.baseline.memo[key] = _StoryQuotes(
        documents=ordered,
        ids=tuple(document.version.id for document in ordered),
        index=index,
        candidates=candidates,
        positions={id(document): owner for owner, document in enumerate(ordered)},
    )
    return value


def _aligned(context: Context, quote: Quote, best: Quote) -> bool:
    link = context.alignment.link_of(quote.sentence) if context.alignment else None
    return link is not None and best.sentence in link.baseline_sentences


def _is_fragment(mine: list[str], theirs: list[str]) -> bool:
    """True when the quote is the baseline's wording, whole or in part."""
    return f" {' '.join(mine)} " in f" {' '.join(theirs)} "


def _in_any_quote(mine: list[str], other: Document) -> bool:
    """True when the words are, whole or in part, one of ``other``'s quotations (one substring search)."""
    joined = other.cached("quote_words_joined", lambda: "\n".join(f" {' '.join(w)} " for w in _quote_words(other)))
    return f" {' '.join(mine)} " in joined


def _reported_in(quote: Quote, document: Document, baseline: Document) -> bool:
    """Unmarked speech that the baseline reports too, in any sentence."""
    terms = _quote_terms(document)[quote]
    if len(terms) < 3:
        return True
    return any(len(terms & sentence_terms) / len(terms) >= 0.5 for sentence_terms in baseline.terms)
