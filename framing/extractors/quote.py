"""Quote fidelity: quotes worded differently from the baseline's, quotes nobody else has, quotation marks stripped.

Each quotation of a version is matched with the baseline's quotations by the words they share; quotations of
two different named speakers are never compared. Words are compared in one spelling (:mod:`._quote_words`:
contractions, apostrophes, British or American spelling, small numbers), and an ellipsis in either quotation
stands for any run of words. A quotation the baseline carries word for word (in a quotation, or in its own
text) is faithful. Otherwise the closest baseline quotation must be clearly the same remark
(:func:`_same_remark`: enough wording shared in order), or the version's quotation is an ``unmatched_quote``;
so is speech attributed without quotation marks ("…, Rutte stated.") that the baseline does not report.

The two are then compared as sequences of words (:mod:`._quote_cuts`): a shorter cut of the same words
(``change`` ``trimmed``) is reported only when the cut drops a negation or a condition that governs the words
kept; words changed inside the shared stretch are ``altered``, ``minor`` when the meaning holds (a word added
or dropped, another form of a word) and ``substantive`` when words that carry meaning were replaced, two or
more dropped or added, or a negation, condition, qualifier or number changed. A baseline quotation whose
words a version gives as the outlet's own, word for word without quotation marks and credited to nobody, is
an ``altered_quote`` with ``marks_removed``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

from ..kinds import FeatureSpec
from ..records import Document, Finding, Quote, Sentence
from ..segment import content_terms, words
from ._quote_cuts import QuoteComparison, compare_quotes, held_within, shared_wording
from ._quote_words import QuoteWords, is_content, plain_words, quote_words
from ._speech import SourceRef, doubtful_speaker, quote_speaker, speaker_key, version_speech
from .base import Context, Extractor, Result, by_identity, check_number, per_100_words, register

MATCH = 0.45  # Dice of content words above which two quotes are the same remark
MATCH_ALIGNED = 0.25  # the same, for quotes in sentences the alignment already paired
#: Shorter quotations are partial quotes too short to judge ("rapid", "de-monetized"); two words are a remark
#: ("highly inappropriate", "total opportunist": the real gold's tune half marks them; 3 until stop 15).
MIN_WORDS = 2
STRIPPED_COVER = 0.8  # share of a baseline quote's words in one unquoted version sentence
SAME_SHARE = 0.4  # share of the shorter quotation's content words two quotations of one remark share in order
COVERED = 0.6  # share of a baseline quotation's content words a longer version quotation of it holds
MIN_WITHIN = 3  # content words a longer version quotation must hold of the baseline's
WITHIN_SLACK = 3  # words the version may add inside the stretch that holds the baseline's quotation
FRAGMENT = 3  # a quotation this many times longer than the other holds it whole, or is another remark
MIN_SHARED = 3  # content words two quotations of one remark share in order (all, where one has fewer)
PARAPHRASE_CONTENT = 4  # content words of the shorter quotation for the same speaker's words to be compared
LONG_RUN = 4  # words of one shared run that make most of a short quotation one remark with the other
MOST = 0.6  # the same, where the shared words need not stand in runs
STRIPPED_TERMS = 3  # content terms of a baseline quotation whose words a version may give without marks
STRIPPED_WORDS = 6  # words of it (a shorter one is a phrase: "received a monthly retainer")
STRIPPED_OWN = 3  # words of the outlet's own the sentence that gives them must have besides
CUT_CONTEXT = 6  # words of the version's sentence either side of a quotation that can carry a word it cuts


@dataclass(frozen=True, slots=True)
class QuoteIndex:
    """A document's quotations read once: their content terms, which hold each term, and (read when first
    asked, :meth:`words`) their words."""

    text: str  # the document's text
    quotes: tuple[Quote, ...]  # the document's quotations
    numbers: Mapping[tuple[int, int], int]  # each quotation's number, by its span
    terms: Mapping[Quote, frozenset[str]]  # content terms of each quotation
    by_term: Mapping[str, list[int]]  # which quotations (by number) hold each content term
    sizes: Sequence[int]  # content terms of each quotation
    sentences_by_term: Mapping[str, list[int]]  # which sentences of the document hold each content term
    read: dict[object, object]  # what was read once asked (a version's quotations, the baseline's text)

    def words(self, quote: Quote) -> QuoteWords:
        """A quotation's words (:mod:`._quote_words`); also for the quotation with the speaker the engine read."""
        key = (quote.start, quote.end)
        if key not in self.read:
            self.read[key] = quote_words(self.text[quote.start : quote.end])
        found = self.read[key]
        assert isinstance(found, QuoteWords)
        return found

    def joined(self) -> str:
        """Every quotation's spelled words, one per line, padded with spaces (for a search for a run of words)."""
        if "joined" not in self.read:
            self.read["joined"] = "\n".join(
                f" {' '.join(plain_words(self.text[q.start : q.end]))} " for q in self.quotes
            )
        return str(self.read["joined"])

    def text_words(self) -> str:
        """The whole text's spelled words, padded with spaces (for a search for a run of words)."""
        if "text" not in self.read:
            self.read["text"] = f" {' '.join(plain_words(self.text))} "
        return str(self.read["text"])


@dataclass(frozen=True, slots=True)
class StoryQuotes:
    """The quotations of a story's versions other than the baseline, indexed together (built once per story):
    which (by number) hold each content term, and for each its owner's version id, itself and its size."""

    by_term: Mapping[str, list[int]]
    candidates: Sequence[tuple[str, Quote, int]]


#: Each document's QuoteIndex by identity with it (the version's own reading and the story's index both need
#: it): at most 64 kept, each holding its document so that a reused address never finds another's.
_INDEXES: dict[int, tuple[Any, Any]] = {}


@register
class QuoteFidelity(Extractor):
    """Matches quotations to the baseline's and reports changed, new and unmarked ones."""

    name = "quote"
    kinds = ("altered_quote", "unmatched_quote")
    features = (
        FeatureSpec("count", "quotations"),
        FeatureSpec(
            "altered_per_100_words", "changed quotations", weight=0.75, scale=0.5, colour="#BBBBBB", hatch="||"
        ),
        FeatureSpec(
            "unmatched_per_100_words",
            "quotations not in the baseline",
            weight=0.75,
            scale=0.5,
            colour="#DDCC77",
            hatch="**",
        ),
        FeatureSpec("faithful_share", "share of quotations as in the baseline"),
    )
    description = (
        "Quotes worded differently from the baseline, quotes the baseline does not have, quotation marks removed."
    )

    def __init__(
        self,
        *,
        match: float = MATCH,
        match_aligned: float = MATCH_ALIGNED,
        min_words: int = MIN_WORDS,
        stripped_cover: float = STRIPPED_COVER,
    ) -> None:
        """``match``: the share of shared content words above which two quotations are the same remark
        (``match_aligned`` where the alignment already paired their sentences); ``min_words``: shorter
        quotations are partial quotes, too short to judge; ``stripped_cover``: the share of a baseline
        quotation's words one unquoted version sentence must hold to count as its words without marks."""
        self.match = check_number("QuoteFidelity", "match", match, 0.0, 1.0)
        self.match_aligned = check_number("QuoteFidelity", "match_aligned", match_aligned, 0.0, 1.0)
        self.min_words = int(check_number("QuoteFidelity", "min_words", min_words, 1, 100))
        self.stripped_cover = check_number("QuoteFidelity", "stripped_cover", stripped_cover, 0.0, 1.0)

    def prepare(self, document: Document) -> QuoteIndex:
        """The document's quotations read once (kept by identity with the document for :meth:`prepare_story`)."""
        index: QuoteIndex = by_identity(_INDEXES, document, lambda: self._index(document))
        return index

    def _index(self, document: Document) -> QuoteIndex:
        terms = {q: frozenset(content_terms(document.text[q.start : q.end])) for q in document.quotes}
        by_term: dict[str, list[int]] = {}
        for number, quote in enumerate(document.quotes):
            for term in terms[quote]:
                by_term.setdefault(term, []).append(number)
        sentences: dict[str, list[int]] = {}
        for number, sentence_terms in enumerate(document.terms):
            for term in sentence_terms:
                sentences.setdefault(term, []).append(number)
        sizes = [len(terms[quote]) for quote in document.quotes]
        numbers = {(quote.start, quote.end): number for number, quote in enumerate(document.quotes)}
        return QuoteIndex(document.text, document.quotes, numbers, terms, by_term, sizes, sentences, {})

    def prepare_story(self, documents: Sequence[Document]) -> StoryQuotes:
        """Every quotation of the story's versions other than the baseline, in one index."""
        by_term: dict[str, list[int]] = {}
        candidates: list[tuple[str, Quote, int]] = []
        for document in documents:
            terms = self.prepare(document).terms
            for quote in document.quotes:
                for term in terms[quote]:
                    by_term.setdefault(term, []).append(len(candidates))
                candidates.append((document.version.id, quote, len(terms[quote])))
        return StoryQuotes(by_term, candidates)

    def extract(self, context: Context) -> Result:
        document = context.document
        if context.alignment is None:
            return Result(scores=self._scores(document, [], len(document.quotes)))
        found = [(quote, self._check(context, _unlinked(document, quote))) for quote in document.quotes]
        reported = [(quote, finding) for quote, finding in found if finding is not None]
        findings = self._speakers(context, reported)
        findings.extend(self._stripped(context))
        return Result(
            findings=tuple(sorted(findings, key=lambda f: f.start)),
            scores=self._scores(document, findings, len(document.quotes)),
        )

    def _check(self, context: Context, quote: Quote) -> Finding | None:
        document, baseline = context.document, context.baseline
        mine, theirs = context.prepared(self), context.prepared(self, baseline)
        if quote.marked and _word_count(document.text[quote.start : quote.end]) < self.min_words:
            return None
        if quote.marked and _title(document.text[quote.start : quote.end]):
            return None  # "Larry King Live", "Make Whites Great Again": a name or a slogan, not a remark to check
        best, score = _best(quote, mine, baseline, theirs)
        run = f" {' '.join(plain_words(document.text[quote.start : quote.end]))} "
        if quote.marked and run in theirs.joined():  # a cut of a baseline quote: report it if it changes the meaning
            whole = _holding(run, quote, baseline, theirs)
            return self._altered(context, quote, whole, mine.words(quote)) if whole is not None else None
        if quote.marked and run in theirs.text_words():  # the baseline carries these words verbatim
            return None
        if best is None or score < (self.match_aligned if _aligned(context, quote, best) else self.match):
            wider = _within(quote, mine, baseline, theirs) if quote.marked else None
            if wider is not None:  # the version quotes more of a remark the baseline quotes a part of
                return self._altered(context, quote, wider, mine.words(quote))
            if quote.marked or not _reported_in(_terms_of(mine, quote), baseline):
                return self._unmatched(context, quote, indirect=False)
            return None
        if quote.marked and not best.marked:
            return self._unmatched(context, quote, indirect=True)
        if not quote.marked:
            return None
        topical, spoken = _topical(baseline, theirs, best), mine.words(quote)
        if not _same_remark(quote, spoken, best, theirs.words(best), _aligned(context, quote, best), topical):
            return self._unmatched(context, quote, indirect=False)
        return self._altered(context, quote, best, spoken)

    def _speakers(self, context: Context, reported: list[tuple[Quote, Finding]]) -> list[Finding]:
        """The reported quotations whose speaker the patterns only guessed (:func:`doubtful_speaker`), checked
        again with the speaker the attribution engine reads for them (the version's one analysis parses those
        outside copied sentences): a quotation is compared with the baseline's of the same speaker only."""
        doubtful = {
            quote
            for quote, _ in reported
            if doubtful_speaker(context.document, quote) and not _in_link(context.document, quote)
        }
        speech = version_speech(context) if doubtful else None
        findings = []
        for quote, finding in reported:
            source = quote_speaker(speech, quote) if quote in doubtful else None
            if source is not None and source.nobody and quote.speaker:
                # the parse's subject is no one who speaks ("that lifestyle, which Asonye mentioned …"): the
                # patterns' guess was doubtful and the parse names no one, so the quotation's speaker is unresolved
                again = self._check(context, replace(quote, speaker=None, speaker_key=None))
                if again is not None:
                    findings.append(again)
                continue
            if source is None or not source.speaker or not _trusted(context.document, quote, source):
                findings.append(finding)
                continue
            again = self._check(context, replace(quote, speaker=source.speaker, speaker_key=speaker_key(source)))
            if again is not None:
                findings.append(replace(again, details={**again.details, **source.details()}))
        return findings

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
        elsewhere = self._elsewhere(context, quote)
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

    def _elsewhere(self, context: Context, quote: Quote) -> list[str]:
        """Ids of the other versions (``context.peers``) with a quotation that is the same remark as ``quote``.

        The same test as ``_best(...)[1] >= match`` for each peer, but against one index of every
        version's quotations, built once per story: asking each peer in turn made a story's cost grow
        with the square of its versions.
        """
        terms = _terms_of(context.prepared(self), quote)
        if not terms or not context.peers:
            return []
        story = context.prepared_story(self)
        counts = Counter(chain.from_iterable(filter(None, map(story.by_term.get, terms))))
        size, key, me = len(terms), quote.speaker_key, context.document.version.id
        found: set[str] = set()
        for number, shared in counts.items():
            owner, candidate, candidate_size = story.candidates[number]
            if owner == me or owner in found or _other_speaker(key, candidate):
                continue  # quotes of different speakers are never compared
            score = max(2 * shared / (size + candidate_size), shared / size if size >= 3 else 0.0)
            if score >= self.match:
                found.add(owner)
        return sorted(found)

    def _altered(self, context: Context, quote: Quote, best: Quote, spoken: QuoteWords) -> Finding | None:
        """The version's quotation against the baseline's of the same remark, as word sequences
        (:mod:`._quote_cuts`): a cut that changes the meaning, or words changed inside the shared stretch."""
        document, baseline = context.document, context.baseline
        if not spoken.words:
            return None
        compared = compare_quotes(quote_words(baseline.text[best.start : best.end]), spoken)
        if compared.change is None or (compared.change == "trimmed" and _carried_outside(document, quote, compared)):
            return None
        who = quote.speaker or best.speaker or "the speaker"
        return document.finding(
            "altered_quote",
            quote.start,
            quote.end,
            _explanation(compared, who),
            extractor=self.name,
            baseline_text=baseline.text[best.start : best.end],
            sentence=quote.sentence,
            weight=1.0 if compared.severity == "substantive" else 0.3,
            change=compared.change,
            severity=compared.severity,
            speaker=quote.speaker,
            words_removed=compared.removed[:12],
            words_added=compared.added[:12],
            meaning_words=compared.meaning,
            marks_removed=False,
        )

    def _stripped(self, context: Context) -> list[Finding]:
        """Baseline quotations whose words stand in a version sentence without quotation marks, as the outlet's own:
        not in a sentence that reports someone as saying them (indirect speech credits the words), nor in a
        passage set out as someone's words (a transcript under a "Name:" line)."""
        document, found = context.document, []
        quoted = set(document.first_quotes)  # every sentence a quotation runs over, not only its first
        by_term = context.prepared(self).sentences_by_term
        baseline_terms = context.prepared(self, context.baseline).terms
        for quote in (q for q in context.baseline.quotes if q.marked):
            terms = baseline_terms[quote]
            remark = context.baseline.text[quote.start : quote.end]
            if len(terms) < STRIPPED_TERMS or _name(remark) or len(words(remark)) < STRIPPED_WORDS:
                continue  # a phrase or a name in quotation marks ("Green New Deal"), not a remark
            said = context.prepared(self, context.baseline).words(quote)
            counts = Counter(chain.from_iterable(filter(None, map(by_term.get, terms))))
            for index in sorted(counts):
                sentence = document.sentences[index]
                if sentence.index in quoted or context.quote_at(sentence.start, sentence.end) is not None:
                    continue  # quoted already, or an embedded post: someone else's words reproduced whole
                if _credited(document, sentence.index):
                    continue  # reported speech ("saying he had inherited ..."), or a transcript under "Name:"
                cover = counts[index] / len(terms)
                if cover >= self.stripped_cover and _word_for_word(said, document, sentence, self.stripped_cover):
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


def _explanation(compared: QuoteComparison, who: str) -> str:
    """One sentence on what the version did to the quotation."""
    roles = " and ".join(f"{role} ({', '.join(dict.fromkeys(ws))})" for role, ws in sorted(compared.meaning.items()))
    if compared.change == "trimmed":
        return f"This quote from {who} is cut shorter than the baseline's, and the cut leaves out a {roles}."
    if compared.severity == "minor":
        return f"This quote from {who} differs from the baseline's only in small words or punctuation."
    return f"This quote from {who} changes words inside the stretch it shares with the baseline's quote of this remark."


def _best(quote: Quote, mine: QuoteIndex, other: Document, theirs: QuoteIndex) -> tuple[Quote | None, float]:
    """The other document's quotation closest to ``quote`` (same speaker preferred), and its score.

    Shared words are counted for every candidate at once (one ``Counter`` over the
    index's lists); candidates are tried in text order, so the earliest wins a tie.
    """
    terms = _terms_of(mine, quote)
    best: tuple[Quote | None, float] = (None, 0.0)
    if not terms:
        return best
    index, sizes = theirs.by_term, theirs.sizes
    counts = Counter(chain.from_iterable(filter(None, map(index.get, terms))))
    size, key, quotes = len(terms), quote.speaker_key, other.quotes
    for number in sorted(counts):
        shared, candidate = counts[number], quotes[number]
        if _other_speaker(key, candidate):
            continue  # quotes of different speakers are never compared
        score = max(2 * shared / (size + sizes[number]), shared / size if size >= 3 else 0.0)
        if score > best[1]:
            best = (candidate, score)
    return best


def _in_link(document: Document, quote: Quote) -> bool:
    """Whether a quotation stands inside a link's headline that the page glued into a sentence (a name card's
    headlines before "MORE"): words of another story, said by no one this sentence names."""
    block = document.blocks.at(quote.start, quote.end) if document.blocks else None
    return block is not None and block.kind == "link_headline"


def _unlinked(document: Document, quote: Quote) -> Quote:
    """``quote`` without a speaker when it stands inside a link's headline (:func:`_in_link`): the sentence's
    speaker never said the other story's headline words."""
    return replace(quote, speaker=None, speaker_key=None) if quote.speaker and _in_link(document, quote) else quote


def _trusted(document: Document, quote: Quote, source: SourceRef) -> bool:
    """Whether the engine's speaker may replace the patterns': its source stands in the quotation's sentence or
    before it (not a later sentence's "Reports … suggested")."""
    place = source.speaker
    if place.isupper() and _DATELINE_AFTER.match(document.text, source.start + len(place)):
        return False  # "WASHINGTON – California and 15 other states sued …": a dateline says where, not who
    return not (source.start > quote.end and document.sentence_at(source.start) != quote.sentence)


#: What follows a dateline's place: an agency in brackets, then a dash ("WASHINGTON (AP) —", "PARIS –").
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*)?\s*(?:\([A-Za-z .-]{2,30}\))?\s*[-—–]+\s")


def _terms_of(index: QuoteIndex, quote: Quote) -> frozenset[str]:
    """A quotation's content terms, also for the quotation with the speaker the engine read (same span)."""
    found = index.terms.get(quote)
    if found is None:
        found = next(
            t for q, t in index.terms.items() if (q.start, q.end, q.marked) == (quote.start, quote.end, quote.marked)
        )
    return found


def _other_speaker(key: str | None, candidate: Quote) -> bool:
    """True when both quotations name their speaker and the speakers differ."""
    return bool(key and candidate.speaker_key and key != candidate.speaker_key)


def _word_count(text: str) -> int:
    """Words as written, apart by spaces: "de-monetized," is one word ("words" would read two)."""
    return sum(any(c.isalnum() for c in token) for token in text.split())


def _aligned(context: Context, quote: Quote, best: Quote) -> bool:
    link = context.alignment.link_of(quote.sentence) if context.alignment else None
    return link is not None and best.sentence in link.baseline_sentences


_TITLE_SMALL = frozenset("a an and at by for in of on or the to with vs".split())
_TITLE_WORDS = 8


def _title(text: str) -> bool:
    """Whether a quotation is a title or slogan in title case ("Larry King Live", "Make Whites Great Again"): at
    most eight words, each capitalised but for small function words inside, and no sentence in it."""
    parts = text.strip(" ,.").split()
    if not 2 <= len(parts) <= _TITLE_WORDS or any(mark in text for mark in ("!", "?", ". ", ";")):
        return False
    if parts[0].isupper() and len(parts[0]) > 1:
        return False  # "BE AWARE" shouted, not a title
    inner = parts[1:-1]
    return (
        parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and all(word[:1].isupper() or word in _TITLE_SMALL or not word[:1].isalpha() for word in inner)
    )


def _reported_in(terms: frozenset[str], baseline: Document) -> bool:
    """Unmarked speech (its content terms) that the baseline reports too, in any sentence."""
    if len(terms) < 3:
        return True
    return any(len(terms & sentence_terms) / len(terms) >= 0.5 for sentence_terms in baseline.terms)


def _same_remark(
    quote: Quote, spoken: QuoteWords, best: Quote, theirs: QuoteWords, aligned: bool, topical: frozenset[str]
) -> bool:
    """Whether a version's quotation and the baseline's closest one are clearly one remark, so that the words
    they differ in are a change rather than another remark on the same subject. Counted on the shorter of the
    two, in order (:func:`shared_wording`): at least ``MIN_SHARED`` of its content words (all of them, when it
    has fewer; two or more) and enough of them, in a run of shared wording, or most of them; or most of its
    words in one run of ``LONG_RUN`` words or more. Where the shorter is not there whole, ``MIN_SHARED`` of the
    shared content words must be the remark's own, not words the baseline uses in other sentences too
    (``topical``: "Second Amendment", "inspector general", "clean athletes" make no remark one). Or, where both
    name the same speaker, the alignment paired their sentences and the shorter has ``PARAPHRASE_CONTENT``
    content words or more, enough of all its words, two content words of its own among them ("We cannot
    afford to be naive. We must stay vigilant, assess the developments" for "We cannot be naive, and we really
    have to work together, assess what is happening"). A short baseline quotation inside a version's more than
    ``FRAGMENT`` times longer must be there whole: a phrase met again in a longer quotation ("endless, senseless
    wars") may be from another remark, while a version's short quotation of part of a long one is that
    remark's.
    """
    shared = shared_wording(theirs, spoken)
    content = shared.shorter_content
    whole = shared.content >= content
    if len(spoken.words) > FRAGMENT * len(theirs.words) and not whole:
        return False
    if shared.longest_run >= LONG_RUN and shared.longest_run >= MOST * shared.shorter:
        return True  # most of a short quotation in one run: "We will rebuild the bridge [by June / quickly]"
    own = _own_words(theirs, spoken, topical)
    if shared.content >= max(2, min(MIN_SHARED, content)) and (whole or own >= MIN_SHARED):
        if shared.content >= SAME_SHARE * content and (shared.in_runs >= 2 or whole):
            return True
        if shared.content >= MOST * content:
            return True
    if content < PARAPHRASE_CONTENT or not aligned or own < 2:
        return False
    named = bool(quote.speaker_key and quote.speaker_key == best.speaker_key)
    return named and shared.content >= 2 and shared.words >= SAME_SHARE * shared.shorter


def _own_words(theirs: QuoteWords, spoken: QuoteWords, topical: frozenset[str]) -> int:
    """How many content words (by key) two quotations share that the baseline does not use outside its own."""
    mine = {key for key, word in zip(spoken.keys, spoken.words, strict=True) if is_content(word)}
    return sum(
        1
        for key in {k for k, w in zip(theirs.keys, theirs.words, strict=True) if is_content(w)} & mine
        if key not in topical
    )


def _topical(baseline: Document, index: QuoteIndex, quote: Quote) -> frozenset[str]:
    """The content words (stems) of a baseline quotation that the baseline also uses in other sentences."""
    own = {baseline.sentence_at(quote.start), baseline.sentence_at(max(quote.start, quote.end - 1))}
    keys = set(index.words(quote).keys)
    return frozenset(key for key in keys if any(s not in own for s in index.sentences_by_term.get(key, ())))


def _carried_outside(document: Document, quote: Quote, compared: QuoteComparison) -> bool:
    """Whether the meaning words a cut leaves out of the quotation stand next to it in the version's sentence,
    outside the quotation marks ('she would not "raise taxes"' for the baseline's "We will not raise taxes")."""
    sentence = document.sentences[quote.sentence]
    before = plain_words(document.text[sentence.start : quote.start])[-CUT_CONTEXT:]
    after = plain_words(document.text[quote.end : sentence.end])[:CUT_CONTEXT]
    around = set(before) | set(after)
    dropped = [w for ws in compared.meaning.values() for w in ws]
    return bool(dropped) and all(w in around for w in dropped) and not set(dropped) & set(compared.added)


_LABEL = re.compile(r"^\s*[A-Z][\w.'’ -]{0,40}:\s")  # "Bloomberg: ...", "MR. TRUMP: ..."


def _credited(document: Document, index: int) -> bool:
    """Whether a version sentence gives its words as someone's rather than the outlet's own: it has a reporting
    verb ("saying he had inherited ..."), names its source ("..., according to the association"), opens with a
    quotation mark the quotation finder did not pair, or stands in a passage set out as someone's words."""
    sentence = document.sentences[index]
    if document.hits.report_verbs.get(index) or document.attribution(index) is not None:
        return True
    opening = document.text[sentence.start : sentence.start + 1]
    return (
        opening in _OPENING_MARKS
        or (opening == "." and document.text.startswith("..", sentence.start))
        or _block_quoted(document, index)
    )


_OPENING_MARKS = frozenset("\"'“‘«„…")  # an ellipsis opens an excerpt ("...very common among celebrities")


def _name(text: str) -> bool:
    """Whether a quotation is a name or a title: every word of it capitalised but small function words ("Green
    New Deal", "A Higher Loyalty: Truth, Lies and Leadership")."""
    found = re.findall(r"[^\W\d_][\w'’-]*", text)
    return bool(found) and all(word[0].isupper() or word in _TITLE_SMALL for word in found)


_TITLE_SMALL = frozenset("a an the and or of in on at to for by with from but nor as vs".split())


def _block_quoted(document: Document, index: int) -> bool:
    """Whether a sentence stands in a passage set out as someone's words: its paragraph follows a line that
    ends with a colon ("Bloomberg:", "He told the crowd:"), or opens with a speaker's label ("BLOOMBERG: ...")."""
    sentences, text = document.sentences, document.text
    paragraph = sentences[index].paragraph
    first = index
    while first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    if _LABEL.match(text[sentences[first].start : sentences[first].end]):
        return True
    return first > 0 and text[sentences[first - 1].start : sentences[first - 1].end].rstrip().endswith(":")


def _holding(run: str, quote: Quote, baseline: Document, theirs: QuoteIndex) -> Quote | None:
    """The baseline's quotation whose words hold ``run`` (a version's quotation, its words padded with spaces),
    of the same speaker where both name one; the first in text order."""
    for candidate, line in zip(baseline.quotes, theirs.joined().split("\n"), strict=True):
        if run in line and not _other_speaker(quote.speaker_key, candidate):
            return candidate
    return None


def _within(quote: Quote, mine: QuoteIndex, baseline: Document, theirs: QuoteIndex) -> Quote | None:
    """A baseline quotation that the version's quotation holds nearly whole, in a longer quotation of the same
    remark: most (``COVERED``) and at least ``MIN_WITHIN`` of its content words in order, within a stretch of
    the version's words hardly longer than it. Two quotations so unequal in length share too small a part of
    both for ``_best`` to pair them."""
    terms = _terms_of(mine, quote)
    counts = Counter(chain.from_iterable(filter(None, map(theirs.by_term.get, terms))))
    for number in sorted(counts):
        candidate, size = baseline.quotes[number], theirs.sizes[number]
        if size < MIN_WITHIN or counts[number] < COVERED * size or not candidate.marked:
            continue
        if _other_speaker(quote.speaker_key, candidate):
            continue
        quoted = theirs.words(candidate)
        spoken = mine.words(quote)
        shared = shared_wording(quoted, spoken)
        if shared.content < max(MIN_WITHIN, COVERED * sum(map(is_content, quoted.words))):
            continue
        if held_within(quoted, spoken) <= len(quoted.words) + WITHIN_SLACK:
            return candidate
    return None


def _word_for_word(said: QuoteWords, document: Document, sentence: Sentence, share: float) -> bool:
    """Whether a version sentence holds a baseline quotation's words as they were said, inside words of the
    outlet's own: one run of at least ``share`` of them, in order (a paraphrase that reuses its content words is
    not its words without marks), and ``STRIPPED_OWN`` words or more besides (a sentence that is the quotation
    and nothing else is the remark reproduced, a post or a pull quote whose marks the page lost)."""
    found = quote_words(document.text[sentence.start : sentence.end])
    if len(found.words) < len(said.words) + STRIPPED_OWN:
        return False
    return shared_wording(said, found).longest_run >= share * len(said.words)
