"""Split cleaned text into sentences and quotations, and find who is quoted.

A rule-based splitter (no model, no download): it breaks after ``.``, ``!`` or
``?`` (and any closing quote or bracket) when the next word starts a sentence,
except after common abbreviations and initials. Paragraphs (blank lines in the
cleaned text) always end a sentence. Quotations are paired quotation marks; a
sentence such as ``…, Rutte stated.`` with no quotation marks is speech
attributed without them (``Quote.marked`` false).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import TypeVar

from .clean import clean_text
from .lexicon import Tokens, tokenize
from .records import Document, Quote, Sentence, Version

V = TypeVar("V")

__all__ = ["segment", "prepare", "words", "content_terms", "sentence_word_lists", "STOPWORDS"]

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
_QUOTE_PAIR = re.compile(r'"([^"]+)"|(?<![\w])\'([^\'"]{3,}?)\'(?![\w])')
_REPORT_VERBS = (
    r"said|says|told|tells|added|adds|stated|states|noted|notes|remarked|stressed|warned|explained|wrote|"
    r"asked|continued|insisted|argued|replied|declared|emphasized|emphasised|cautioned|urged|admitted|claimed|"
    r"acknowledged|announced|observed|commented|described|called|reaffirmed|according to"
)
_NAME = r"(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w'-]+"
_VERB_WORDS = tuple(verb for verb in _REPORT_VERBS.split("|") if " " not in verb)
_AFTER_VERBS = frozenset("said says added adds wrote asked continued stated noted".split())
_NAME_WORD = re.compile(r"[A-Z][\w.'-]*")
_PRONOUNS = frozenset({"he", "He", "she", "She", "they", "They"})
_NAME_AFTER_VERB = re.compile(rf"\s+(?P<name>the\s+[A-Z][\w-]+|{_NAME})(?!['\w])")
_UNMARKED_HINT = re.compile(rf",\s+{_NAME}\s+(?:{_REPORT_VERBS})\s*(?:[.,;]|$)")
_UNMARKED = re.compile(rf"(?P<speech>[^\"]{{20,}}?),\s+(?P<name>{_NAME})\s+(?:{_REPORT_VERBS})\s*(?:[.,;]|$)")
_SUBJECT = re.compile(rf"(?<![\w'-]){_NAME}")
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december in on at but and the a an it this that while when with after".split()
)
_HEADING_MAX_WORDS = 25
_TITLE_WORDS = frozenset(
    "nato secretary general secretary-general chief minister prime president defense defence foreign "
    "japanese u.s. us chinese the of spokesman spokeswoman official head leader ceo director mayor senator sen. "
    "governor gov. representative rep. ambassador general gen. admiral commissioner spokesperson chancellor "
    "judge justice dr. mr. mrs. ms. prof. sir lord lady".split()
)
STOPWORDS = frozenset(
    "a an the and or but if of at by for with about against between into through during before after above below "
    "to from up down in out on off over under again further then once here there when where why how all any both "
    "each few more most other some such no nor not only own same so than too very s t can will just don should now "
    "is are was were be been being have has had having do does did doing i me my we our you your he him his she her "
    "it its they them their what which who whom this that these those am would could also as said says told".split()
)


def prepare(version: Version) -> Document:
    """Clean and segment one version."""
    clean = clean_text(version.raw)
    sentences = segment(clean.text)
    tokens = tokenize(clean.text)  # the lexicons' words, shared by every later stage through the memo
    quotes = find_quotes(clean.text, sentences, tokens)
    lowered = clean.text.lower().replace("’", "'")
    if len(lowered) != len(clean.text):  # a character whose lower case is longer: go sentence by sentence
        sentence_words = [words(clean.text[s.start : s.end]) for s in sentences]
    else:
        sentence_words = [_WORD.findall(lowered, s.start, s.end) for s in sentences]
    stem = _STEMS.__getitem__
    document = Document(
        version=version,
        clean=clean,
        sentences=sentences,
        quotes=quotes,
        word_count=sum(map(len, sentence_words)),  # every word stands in a sentence: white space lies between
        terms=tuple(frozenset(map(stem, set(ws) - STOPWORDS)) for ws in sentence_words),
    )
    document.memo["sentence_word_lists"] = sentence_words
    document.memo["tokens"] = tokens
    return document


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


def sentence_word_lists(document: Document) -> list[list[str]]:
    """Lower-cased words of each sentence of a prepared document (computed once, in :func:`prepare`)."""
    return document.cached(
        "sentence_word_lists", lambda: [words(document.sentence_text(s.index)) for s in document.sentences]
    )


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    # The words joined, lowered and split again: three C-level passes instead of two method calls per word.
    return " ".join(_WORD.findall(text)).lower().replace("’", "'").split()


def content_terms(text: str) -> list[str]:
    """Stemmed content words, the unit of alignment."""
    return [_stem(w) for w in words(text) if w not in STOPWORDS]


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


def _stem(word: str) -> str:
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


Speaker = tuple[str, str]  # (name as written, matching key)


def find_quotes(text: str, sentences: tuple[Sentence, ...], tokens: Tokens | None = None) -> tuple[Quote, ...]:
    """Quotations with their speakers, and speech attributed without quotation marks.

    Quotation marks are paired within a paragraph, so a quote may run over several
    sentences; an opening mark left unpaired runs to the paragraph's end (the news
    convention for a quote continued in the next paragraph). ``tokens`` are the
    text's words (:func:`framing.lexicon.tokenize`), if already at hand: reporting
    verbs are looked up among them rather than searched for in the text.
    """
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    verbs = _Verbs(text, tokenize(text) if tokens is None else tokens)
    history = _SpeakerHistory(text, list(by_paragraph.values()), verbs)
    quotes: list[Quote] = []
    for number, members in enumerate(history.paragraphs):
        quotes += _paragraph_quotes(text, members, history, number)
    return tuple(sorted(quotes, key=lambda q: q.start))


class _SpeakerHistory:
    """Named speakers of a document's paragraphs, found only when a later paragraph needs them."""

    def __init__(self, text: str, paragraphs: list[list[Sentence]], verbs: _Verbs) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.verbs = verbs
        self.named: dict[int, Speaker | None] = {}
        self.last: dict[int, Speaker | None] = {}  # what last_before answered, where it was asked
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def quote_spans(self, number: int) -> list[tuple[int, int]]:
        """The quotations of paragraph ``number`` (found once)."""
        found = self.spans.get(number)
        if found is None:
            members = self.paragraphs[number]
            found = self.spans[number] = _quote_spans(self.text, members[0].start, members[-1].end)
        return found

    def last_before(self, number: int) -> Speaker | None:
        """The nearest earlier paragraph's named speaker: whom "he" or a lone quote refers to.

        The walk back stops at a paragraph already asked about: its answer holds beyond it, so
        paragraphs without a named speaker are walked over once, not once per later paragraph.
        """
        answer = None
        for earlier in range(number - 1, -1, -1):
            if earlier not in self.named:
                members = self.paragraphs[earlier]
                start, end = members[0].start, members[-1].end
                found = _speaker(self.text, start, end, self.quote_spans(earlier), self.verbs, members[0].heading)
                self.named[earlier] = found if found and found[1] not in ("he", "she", "they") else None
            if self.named[earlier] is not None:
                answer = self.named[earlier]
                break
            if earlier in self.last:
                answer = self.last[earlier]
                break
        self.last[number] = answer
        return answer


def _paragraph_quotes(text: str, members: list[Sentence], history: _SpeakerHistory, number: int) -> list[Quote]:
    start, end = members[0].start, members[-1].end
    spans = history.quote_spans(number)
    if not spans and not history.verbs.within(start, end):
        return []  # no quotation and no reporting verb: no speech here
    unquoted = _unquoted_sentences(members, spans)
    if not spans and not any(_UNMARKED_HINT.search(text, s.start, s.end) for s in unquoted):
        return []  # no speech here: its speaker is looked up later only if a pronoun needs it
    last = history.last_before(number)
    outside = _outside(text, start, end, spans)  # once: a sentence's part of it is the sentence's own
    paragraph = _resolve(_speaker(text, start, end, spans, history.verbs, members[0].heading, outside), last)
    if paragraph is None and spans and _only_quotes(text, start, end, spans):
        paragraph = last  # a paragraph that is only a quote continues the last speaker
    quotes, own = [], {}
    ends = [s.end for s in members]
    for q_start, q_end in spans:
        sentence = members[bisect_right(ends, q_start)]  # the first sentence that ends after the quote starts
        if sentence.index not in own:  # a one-sentence paragraph: the paragraph's answer is the sentence's
            found = (
                _speaker(
                    text,
                    sentence.start,
                    sentence.end,
                    spans,
                    history.verbs,
                    sentence.heading,
                    outside[sentence.start - start : sentence.end - start],
                )
                if len(members) > 1
                else None
            )
            own[sentence.index] = _resolve(found, last) if found else paragraph
        quotes.append(Quote(q_start, q_end, sentence.index, *(own[sentence.index] or paragraph or (None, None))))
    return quotes + _unmarked(text, unquoted, paragraph, last)


def _unquoted_sentences(members: list[Sentence], spans: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences that no quotation overlaps: for each, one bisection in the quotations' starts and the
    furthest end among those before (not a test of every quotation, which a long paragraph makes n²)."""
    if not spans:
        return list(members)
    ordered = sorted(spans)
    starts = [q_start for q_start, _ in ordered]
    reach = list(accumulate((q_end for _, q_end in ordered), max))
    unquoted = []
    for sentence in members:
        before = bisect_left(starts, sentence.end)  # the quotations that start before the sentence ends
        if not before or reach[before - 1] <= sentence.start:
            unquoted.append(sentence)
    return unquoted


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quoted words (marks excluded) in ``text[start:end]``."""
    if text.find('"', start, end) < 0 and text.find(" '", start, end) < 0 and text[start : start + 1] != "'":
        return []  # no double quote and no single quote after a space: nothing to pair
    spans = []
    for match in _QUOTE_PAIR.finditer(text, start, end):
        group = 1 if match.group(1) is not None else 2
        spans.append((match.start(group), match.end(group)))
    tail = text.rfind('"', start, end)
    if text.count('"', start, end) % 2 and end - tail > 20:
        spans.append((tail + 1, end))
    return spans


def _only_quotes(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    outside = _outside(text, start, end, spans)
    return len(_WORD.findall(outside)) <= 2


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with every quotation (and its marks) blanked out; offsets unchanged."""
    parts, position = [], start
    for q_start, q_end in sorted(spans):
        blank_start, blank_end = max(position, q_start - 1), min(end, q_end + 1)
        if blank_end <= blank_start:
            continue
        parts += [text[position:blank_start], " " * (blank_end - blank_start)]
        position = blank_end
    parts.append(text[position:end])
    return "".join(parts)


def _name_before(outside: str, verb: int) -> tuple[int, str] | None:
    """The name (up to five capitalised words) or pronoun just before a reporting verb, and where it starts.

    "NATO Secretary General Mark Rutte told", "Rutte, who said", "he added": read backwards
    word by word, which is faster than a regular expression tried at every position.
    """
    window = outside[max(0, verb - 80) : verb]
    if not window[-1:].isspace():
        return None
    head = window.rstrip()
    if head.endswith(" who"):
        head = head[:-4].rstrip()
    head = head.removesuffix(",").rstrip()
    words = head.split()
    if words and words[-1] in _PRONOUNS:
        return verb - len(window) + len(head) - len(words[-1]), words[-1]
    name: list[str] = []
    for word in reversed(words):
        if len(name) == 5 or not _NAME_WORD.fullmatch(word) or (not name and "." in word):
            break
        name.append(word)
    if not name:
        return None
    text = " ".join(reversed(name))
    return verb - len(window) + head.rfind(name[-1]), text


class _Verbs:
    """Where the reporting verbs of a text stand, found among its words (written in lower case, as in
    ``_REPORT_VERBS``; "according to" with one space)."""

    def __init__(self, text: str, tokens: Tokens) -> None:
        found = []
        for verb in _VERB_WORDS:
            for position in tokens.positions(verb):
                start, end = tokens.span(position)
                if text[start:end] == verb:
                    found.append((start, end, verb))
        for position in tokens.positions("according"):
            start, end = tokens.span(position)
            if text[start:end] == "according" and position + 1 < len(tokens.words) and text[end : end + 3] == " to":
                if tokens.span(position + 1) == (end + 1, end + 3):
                    found.append((start, end + 3, "according to"))
        found.sort()
        self.spans = found
        self.starts = [start for start, _, _ in found]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The verbs inside ``start:end``, in order."""
        return self.spans[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _speaker(
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    verbs: _Verbs,
    heading: bool = False,
    outside: str | None = None,
) -> tuple[str, str] | None:
    """Who speaks in ``text[start:end]``; ``outside`` is ``_outside(text, start, end, spans)``, if at hand."""
    outside = _outside(text, start, end, spans) if outside is None else outside
    found = []
    for verb_start, verb_end, verb in verbs.within(start, end):
        if verb_end > end or outside[verb_start - start] == " ":
            continue  # blanked out: the verb is inside a quotation
        before = _name_before(outside, verb_start - start)
        if before and _as_speaker(before[1])[1] not in _NOT_NAMES:
            found.append(before)
        elif verb in _AFTER_VERBS and (after := _NAME_AFTER_VERB.match(outside, verb_end - start)):
            if _as_speaker(after.group("name"))[1] not in _NOT_NAMES:
                found.append((after.start(), after.group("name")))
    if (
        not found and spans and not heading
    ):  # "Rutte, during his visit, described it as "staggering"": the subject speaks
        subject = next((m for m in _SUBJECT.finditer(outside) if _as_speaker(m.group(0))[1] not in _NOT_NAMES), None)
        found = [(subject.start(), subject.group(0))] if subject else []
    return _as_speaker(min(found)[1]) if found else None


def _unmarked(
    text: str, members: list[Sentence], speaker: tuple[str, str] | None, last: tuple[str, str] | None
) -> list[Quote]:
    quotes = []
    for sentence in members:
        match = _UNMARKED.match(text, sentence.start, sentence.end)
        if match and "'" not in match.group("speech")[:1]:
            who = _resolve(_as_speaker(match.group("name")), last) or speaker
            name, key = who or (None, None)
            quotes.append(Quote(match.start("speech"), match.end("speech"), sentence.index, name, key, marked=False))
    return quotes


def _as_speaker(name: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if name.lower() in ("he", "she", "they") or name.startswith("the "):
        return name, name.lower() if name.lower() in ("he", "she", "they") else "he"
    parts = [p for p in name.split() if p.lower().strip(".") not in _TITLE_WORDS] or name.split()
    return " ".join(parts), parts[-1].lower().strip(".'")


def _resolve(speaker: tuple[str, str] | None, last: tuple[str, str] | None) -> tuple[str, str] | None:
    """A pronoun or description ("he", "the Dutchman") stands for the last named speaker."""
    if speaker and speaker[1] in ("he", "she", "they"):
        return last
    return speaker
