"""Who says what, for the extractors: one :class:`~framing.attribution.Speech` per version, parsed where it counts.

The attribution engine (:mod:`framing.attribution`) reads a sentence's dependency
parse, which costs far more than the rest of an analysis; parsing every sentence
with a reporting word would make the analysis several times slower. So each
version is analysed once, in the story's store (shared by every extractor), with
``focus`` on the places where an answer changes a finding:

* figures the baseline does not give, outside quotations, with no source the older
  patterns read beside them, and the sentence before them (unsourced_statistic);
* vague-source phrases (vague_attribution);
* (with :data:`PARSE_ADDED`) sentences the alignment marks ``added`` that frame the
  story (added_framing) and that the older patterns credit to nobody though a
  reporting word stands in them;
* (with :data:`PARSE_QUOTES`) quotations in added sentences whose speaker the older patterns only guessed
  (:func:`doubtful_speaker`; quote fidelity);
* sentences that the baseline's counterpart credits to someone while the version
  names nobody by the older patterns (a dropped source); for these the baseline is
  analysed too, on the counterparts alone.

What an answer is for one span depends only on the text and the focus, and the
focus only on the story, so the output is the same whatever the order or the
number of workers. Every span is a cleaned offset of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..attribution import Attribution, Speech, analyse, analyse_many
from ..attribution.cues import cue_positions
from ..attribution.sources import DOCUMENT_NOUNS, ORGANISATION_NOUNS
from ..records import Document, Quote
from ..speech import _PRONOUN_BEFORE_VERB, PersonIndex, _person_like
from .base import Context, by_identity

__all__ = [
    "SourceRef",
    "version_speech",
    "baseline_speech",
    "sentence_sources",
    "source_of_span",
    "quote_speaker",
    "speaker_key",
    "doubtful_speaker",
    "NAMED",
]

#: Whether the focus takes in added sentences the patterns credit to nobody, and quotations whose speaker they
#: guessed: the two dearest parts of the focus. Off: with them the analysis of abp-wire-stories took about 1.5-2x
#: the time of main's, against a budget of 1.34x (docs/benchmarks.md); the patterns answer there instead.
PARSE_ADDED = False
PARSE_QUOTES = False
_STORY_STORE = "_speech_story"  # the store's key for every version's at once
_STORE = "_speech"  # the store's key: not an extractor's name (those never start with "_")
_BASE_STORE = "_speech_baseline"
#: Source types that name who says it (a pronoun names someone the text named before it).
NAMED = frozenset({"person", "organisation", "document_or_data"})


@dataclass(frozen=True, slots=True)
class SourceRef:
    """The source an extractor used: its span in the document, its text, its type, whom it stands for."""

    start: int
    end: int
    text: str
    type: str  # person, organisation, document_or_data, unnamed, pronoun
    speaker: str  # the name credited: the source, or what a resolved pronoun stands for; "" when unresolved
    resolved: bool
    nobody: bool = False  # the parse credited a name that can be no one who speaks (:func:`no_one`), blanked

    @classmethod
    def of(cls, attribution: Attribution) -> SourceRef:
        start, end = attribution.source or attribution.cue
        pronoun = attribution.source_type == "pronoun"
        speaker = _short(attribution.speaker) if not pronoun or attribution.resolved else ""
        nobody = no_one(speaker)
        if nobody:
            speaker = ""  # "won't", "that lifestyle": the parse's subject is no one who speaks (unresolved, no guess)
        return cls(start, end, attribution.source_text, attribution.source_type, speaker, attribution.resolved, nobody)

    @property
    def named(self) -> bool:
        """A named person or organisation, a document or data that says whose it is ("government figures",
        "a recent Monmouth poll", "the report", not "2023 defense surveys"), or a pronoun (it stands for
        someone the text named)."""
        if self.type == "document_or_data":
            return _owned(self.text)
        return self.type in NAMED or self.type == "pronoun"

    def details(self) -> dict[str, Any]:
        """The fields a finding carries about the source it used."""
        return {
            "source_span": [self.start, self.end],
            "source_text": self.text,
            "source_type": self.type,
            "source_resolved": self.resolved,
        }


def no_one(name: str) -> bool:
    """Whether a name the parse credits can be no one who speaks: a negated verb ("won't"), a law's part ("the
    Excessive Fines Clause") or a thing referred back to ("that lifestyle")."""
    from ..speech import _no_speaker

    return any(w.lower().endswith(("n't", "n’t")) for w in name.split()) or _no_speaker(name)


def _short(phrase: str) -> str:
    """A source's name without what follows it ("Rep. Gerald Connolly (D-Va.), who chairs …" -> its first part)."""
    for mark in (", ", " (", " — ", " – "):
        cut = phrase.find(mark)
        if cut > 0:
            phrase = phrase[:cut]
    return phrase.strip()


def _owned(phrase: str) -> bool:
    """Whether a document or data source says whose it is: a name, an organisation, a possessive, or "the"."""
    words = phrase.split()
    if not words:
        return False
    if words[0].lower() in ("the", "this", "that", "its", "his", "her", "their") and not words[-1].endswith("s"):
        return True
    first = words[0].lower()  # capitalised maybe only because it opens the sentence ("Reports from last year")
    if any(w[:1].isupper() for w in words[1:]) or (
        words[0][:1].isupper() and first not in _OPENERS and first not in DOCUMENT_NOUNS
    ):
        return True
    return any(w.lower().strip(",") in ORGANISATION_NOUNS or w.endswith(("'s", "’s")) for w in words)


_OPENERS = frozenset("a an the this that these those some many several recent new other two three".split())


def version_speech(context: Context) -> Speech | None:
    """The attributions of the context's version near what the extractors ask about (None for the baseline)."""
    if context.is_baseline:
        return None
    document = context.document
    story = context.store.contexts
    if story:  # the story's every version at once: one parse for all
        made: dict[str, tuple[Context, Speech | None]] = context.store.get(
            _STORY_STORE, None, lambda: _story_speech(story)
        )
        member = made.get(document.version.id)
        if member is not None and member[0] is context:
            return member[1]

    def compute() -> Speech | None:  # a context made by hand, outside framing.analyze: this version alone
        focus = _focus(context)
        return analyse(document.text, focus, tight=True) if focus else None

    return context.store.get(_STORE, document.version.id, compute)


def _story_speech(contexts: tuple[Context, ...]) -> dict[str, tuple[Context, Speech | None]]:
    """Each version's context and Speech (None where nothing needs the engine), by version id: the parser runs
    once over the focused sentences of them all (one batch a story, not one a version: the engine's time on
    abp-wire-stories 4.6-4.8 s -> 3.6-3.7 s). Each version's answer is what :func:`analyse` gives it alone."""
    made: dict[str, tuple[Context, Speech | None]] = {}
    focused: list[tuple[Context, list[tuple[int, int]]]] = []
    for context in contexts:
        if context.is_baseline:
            continue
        made[context.document.version.id] = (context, None)
        spans = _focus(context)
        if spans:
            focused.append((context, spans))
    texts = [context.document.text for context, _ in focused]
    speeches = analyse_many(texts, [spans for _, spans in focused], tight=True) if focused else []
    for (context, _), speech in zip(focused, speeches, strict=True):
        made[context.document.version.id] = (context, speech)
    return made


def baseline_speech(context: Context) -> Speech | None:
    """The baseline's attributions on the counterparts of the version's sentences that name no source."""
    if context.is_baseline:
        return None
    spans = [_span(context.baseline, b) for b in _dropped_counterparts(context)]
    if not spans:
        return None
    text = context.baseline.text
    return context.store.get(_BASE_STORE, context.document.version.id, lambda: analyse(text, spans, tight=True))


def _focus(context: Context) -> list[tuple[int, int]]:
    from .unsourced_statistic import _figures_by_sentence, _numbers, _pattern_source  # that module imports this

    document, baseline, alignment = context.document, context.baseline, context.alignment
    assert alignment is not None
    spans: list[tuple[int, int]] = []
    supported = _numbers(baseline.text)
    sentences = document.sentences
    for index, figures in enumerate(_figures_by_sentence(document)):
        for start, end in figures:
            numbers = _numbers(document.text[start:end])
            if (numbers and numbers <= supported) or context.quote_at(start, end):
                continue
            if _pattern_source(document, index) is not None:
                break  # a source the patterns read beside it: no need to parse
            spans.append((start, end))
            before = index - 1  # the sentence before it in its paragraph (the patterns read the one after)
            if before >= 0 and sentences[before].paragraph == sentences[index].paragraph:
                spans.append(_span(document, before))
            break
    for found in document.vague.values():
        spans += [span for span in found if context.quote_at(*span) is None]
    if PARSE_ADDED:
        spans += [_span(document, index) for index in _added_unsourced(context)]
    spans += [_span(document, v) for v in _dropped_candidates(context)]
    added = {i for link in alignment.links if link.label == "added" for i in link.version_sentences}
    for quote in document.quotes if PARSE_QUOTES else ():  # speakers the patterns guessed, in added sentences
        if quote.marked and quote.sentence in added and doubtful_speaker(document, quote):
            spans.append((quote.start, quote.end))
    return sorted(set(spans))


def _added_unsourced(context: Context) -> list[int]:
    """Added sentences with a framing cue that the older patterns credit to nobody though a reporting word stands
    in them outside quotation marks ("She said children had said …"): whether they are attributed is the
    engine's to say. (Parsing every added sentence would cost more than the whole analysis.)"""
    from .added_framing import _cue  # here: that module imports this one

    alignment, document = context.alignment, context.document
    if alignment is None:
        return []
    found = []
    text = document.text
    for link in alignment.links:
        if link.label != "added":
            continue
        for index in link.version_sentences:
            sentence = document.sentences[index]
            if sentence.heading or document.attribution(index) is not None or _cue(document, index) is None:
                continue
            if any(
                context.quote_at(sentence.start + p, sentence.start + p + 1) is None
                for p in cue_positions(text[sentence.start : sentence.end])
            ):
                found.append(index)
    return found


def _dropped_candidates(context: Context) -> list[int]:
    """Version sentences copied or reworded from a baseline sentence that names a source, naming none."""
    alignment, document = context.alignment, context.document
    found: list[int] = []
    if alignment is None:
        return found
    for link in alignment.links:
        if link.label not in ("same", "paraphrase") or not link.version_sentences:
            continue
        first = link.version_sentences[0]
        span = document.sentences[first]
        if span.heading or document.attribution(first) is not None:
            continue
        if document.text.find('"', span.start, span.end) >= 0:
            continue
        if any(context.baseline.attribution(b) for b in link.baseline_sentences):
            found.append(first)
    return found


def _dropped_counterparts(context: Context) -> list[int]:
    alignment = context.alignment
    if alignment is None:
        return []
    wanted = set(_dropped_candidates(context))
    return sorted(
        {
            b
            for link in alignment.links
            if link.version_sentences and link.version_sentences[0] in wanted
            for b in link.baseline_sentences
        }
    )


class _Index:
    """A Speech's attributions by cue, quotation spans and content spans by start, for look-ups by bisection."""

    def __init__(self, speech: Speech) -> None:
        self.attributions = speech.attributions
        self.cues = [a.cue[0] for a in speech.attributions]  # the engine orders attributions by cue
        quoted = sorted(
            (a - 1, b + 1, q.attribution)  # with their marks (the engine's) and without (the prepare stage's)
            for q in speech.quotations
            if q.attribution is not None and speech.attributions[q.attribution].source is not None
            for a, b in q.spans
        )
        self.quoted, self.quoted_starts = quoted, [a for a, _, _ in quoted]
        content = sorted(
            (a, b, n) for n, att in enumerate(speech.attributions) if att.source is not None for a, b in att.content
        )
        self.content, self.content_starts = content, [a for a, _, _ in content]


_INDEXES: dict[int, tuple[Any, Any]] = {}
_PEOPLE: dict[int, tuple[Any, Any]] = {}


def _index(speech: Speech) -> _Index:
    """The index of a Speech, made once."""
    index: _Index = by_identity(_INDEXES, speech, lambda: _Index(speech))
    return index


def sentence_sources(speech: Speech | None, start: int, end: int) -> list[SourceRef]:
    """The sources of the attributions whose cue stands in ``start:end`` (a sentence), in text order."""
    if speech is None:
        return []
    index = _index(speech)
    first, last = bisect_left(index.cues, start), bisect_left(index.cues, end)
    return [SourceRef.of(a) for a in index.attributions[first:last] if a.source is not None]


_NESTED = 16  # content spans looked at back from a position: clauses nest only a few deep


def source_of_span(speech: Speech | None, start: int, end: int) -> SourceRef | None:
    """The source credited with the words ``start:end``: an attribution whose quotation or content holds them."""
    if speech is None:
        return None
    index = _index(speech)
    at = bisect_right(index.quoted_starts, start) - 1  # quotations do not overlap: the last one starting before
    if at >= 0 and end <= index.quoted[at][1]:
        return SourceRef.of(index.attributions[index.quoted[at][2]])
    at = bisect_right(index.content_starts, start)
    for k in range(at - 1, max(at - 1 - _NESTED, -1), -1):
        if end <= index.content[k][1]:
            return SourceRef.of(index.attributions[index.content[k][2]])
    return None


@cache
def _verbs() -> str:
    from ..speech import _verbs_with

    return "|".join(re.escape(verb).replace(r"\ ", " ") for verb in _verbs_with("quote"))


def doubtful_speaker(document: Document, quote: Quote) -> bool:
    """Whether the patterns' speaker of a quotation needs the engine: none was found, or the name does not stand
    right beside a reporting verb in the quotation's sentence ("Smith said", "said Rep. Ann Smith", "he said"),
    so it came from a loose guess (the sentence's first capitalised words, a place, an earlier paragraph).

    The engine is asked only about these: parsing every reported quotation costs more than the analysis."""
    sentence = document.sentences[quote.sentence]
    text = document.text
    names = ("he", "she", "they", *((quote.speaker.lower(),) if quote.speaker else ()))
    if quote.speaker_key and quote.speaker and " " in quote.speaker:
        names += (quote.speaker_key,)  # "Theresa May" said as '"…," May said': her surname beside the verb
    for match in _verb_pattern().finditer(text, sentence.start, sentence.end):
        before = text[max(sentence.start, match.start() - 120) : match.start()].rstrip().removesuffix(",").lower()
        words = before.split()
        if words and words[-1] in _ADVERBS:
            before = before[: len(before) - len(words[-1])].rstrip()
        for name in names:
            edge = len(before) - len(name) - 1
            if before.endswith(name) and (edge < 0 or not before[edge].isalnum()):
                return False  # "Smith said", "he added"
        if before[-1:] in (",", '"', "”", "’") or not before:  # "…," said X: X within the next words
            after = text[match.end() : min(sentence.end, match.end() + 120)].lstrip(" ,")
            if after.startswith("the ") and after[4:5].isupper():
                return False  # "…, said the Dutchman": a description the patterns resolve
            head = f" {' '.join(after.split()[:6]).lower().strip(',.')} "
            if any(f" {name} " in head or f" {name}," in head or f" {name}." in head for name in names):
                return False
    return True


_ADVERBS = frozenset({"also", "then", "later", "has", "had", "have"})


@cache
def _verb_pattern() -> re.Pattern[str]:
    """The reporting verbs with the ``quote`` role, as one pattern (compiled once)."""
    return re.compile(rf"\b(?:{_verbs()})\b")


def quote_speaker(speech: Speech | None, quote: Quote) -> SourceRef | None:
    """The engine's source for a quotation of the prepare stage, where the engine read its sentence."""
    return source_of_span(speech, quote.start, quote.end)


def speaker_key(source: SourceRef) -> str | None:
    """The matching key of a source (its last name, lower-cased), as :class:`~framing.records.Quote` keys it."""
    if not source.speaker:
        return None
    from ..speech import _as_speaker

    return _as_speaker(source.speaker.split(",")[0].split(" (")[0])[1]


def _span(document: Document, sentence: int) -> tuple[int, int]:
    found = document.sentences[sentence]
    return found.start, found.end


def person_index(document: Document) -> PersonIndex:
    """The document's :class:`~framing.speech.PersonIndex`, made once."""
    people: PersonIndex = by_identity(
        _PEOPLE, document, lambda: PersonIndex.of(document.text, document.sentences, document.quotes)
    )
    return people


#: A sentence whose subject is a person described, not named: "North Korea's top diplomat held …", "A South Korean
#: diplomat said …" (not "The president, Donald Trump, said": a name follows in apposition).
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[^,.\"“]{0,60},\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s|[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:diplomat|official|spokesman|spokeswoman|spokesperson|envoy|minister|aide|adviser|advisor|negotiator|"
    r"officer|lawyer|attorney|prosecutor|senator|lawmaker|leader|chief|diplomat)\s+(?!\w*,)[a-z]"
)


#: A credit that closes a sentence after a comma or a quotation and describes its source without naming it:
#: "…, authorities said.", "…, sources say.", '"…," the official said.', "…, Republican attorneys said Sunday."
_CLOSING_DESCRIBED = re.compile(
    r"[,\"”]\s+(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]+)"
    r"\s+(?:have\s+|has\s+)?(?:said|say|says|told|reported|confirmed|stated)\b[^,;\"“”]{0,40}$"
)
#: What cannot open or head such a credit: a clause's opener or a pronoun ("…, as he said", "…, but it says").
_NOT_CREDIT = frozenset(
    "as and but while when because though although since so that what which who whom whose if or he she it they "
    "we i you his her its their this these those".split()
)


def _closing_described(text: str) -> str | None:
    """The description a closing credit gives its source ("authorities", "the official"), if the sentence ends
    with one (checked only where the sentence's source is otherwise unnamed)."""
    found = _CLOSING_DESCRIBED.search(text.rstrip(), max(0, len(text) - 120))
    if found is None:
        return None
    words = found.group("who").split()
    if words[0].lower() in _NOT_CREDIT or words[-1].lower() in _NOT_CREDIT or len(words) > 4:
        return None
    if no_one(" ".join(words)):
        return None  # "…, won't say it made a mistake.": a negated verb, not who says it
    return " ".join(words)


def _described_subject(text: str) -> bool:
    return _DESCRIBED_SUBJECT.match(text) is not None


def _they_speak(document: Document, sentence: int) -> bool:
    """Whether the first pronoun before a reporting verb of the sentence is "they"."""
    for start, _, _ in document.hits.report_verbs.get(sentence, ()):
        if (found := _PRONOUN_BEFORE_VERB.search(document.text, max(0, start - 20), start)) is not None:
            return found.group().split()[0].lower() == "they"
    return False


def credited_person(document: Document, sentence: int, source: str | None, engine: SourceRef | None) -> str | None:
    """The person a sentence's claim is credited to where the patterns or the engine left them unnamed: a "he"
    or "she" stands for the person the text named last before it (a quotation's speaker, or the person a
    sentence opened with); a reporting verb with no plain source ("Homeland Security Secretary Kirstjen
    Nielsen rejected criticism …") credits the person the sentence opens with. None when there is no one."""
    start = document.sentences[sentence].start
    people = person_index(document)
    pronoun = source == "pronoun" or (engine is not None and engine.type == "pronoun" and not engine.speaker)
    if pronoun and _they_speak(document, sentence):
        group = people.before(start)  # "Mr. Wray and Attorney General William Barr …, but they said": no one person
        return group[0] if group and not _person_like(group) else None
    previous = sentence - 1
    while previous > 0 and previous > sentence - 3 and len(document.sentence_text(previous).split()) < 4:
        previous -= 1  # "… the officer actually said … No, really. He stated": past a short aside
    if pronoun and previous >= 0 and _described_subject(document.sentence_text(previous)):
        return None  # "North Korea's top diplomat held a rare briefing … He said …": someone the text does not name
    quote = document.first_quotes.get(sentence) if pronoun else None
    if quote is not None and quote.speaker:
        return quote.speaker  # '"…," she said': whom the quotation's pronoun was resolved to (gender, nearest person)
    if (
        source == "someone it reports"
        and not people.openings.get(start)
        and (said := document.first_quotes.get(sentence)) is not None
        and said.speaker
        and not doubtful_speaker(document, said)
    ):
        return said.speaker  # '"…," Botham's 18-year-old brother, Brandt Jean, told Guyger': the quote's speaker
    if source == "someone it reports" and (closing := _closing_described(document.sentence_text(sentence))):
        return (
            closing  # "Gadsden County was the first to finish, Republican attorneys said.": the credit, not the subject
        )
    if pronoun:
        found = people.before(start)
    elif source == "someone it reports" and "according to" not in document.sentence_text(sentence):
        found = people.openings.get(start)  # not "Lopez … entered the residence, according to …": its subject
    else:
        return None
    return found[0] if found else None
