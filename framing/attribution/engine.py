"""Find every attribution in a text: cue, source noun phrase and type, content; pair quotations with speakers.

Only sentences that hold a cue word (a reporting verb or noun of ``cues.tsv``,
or "according") are parsed; quotation marks are paired without a model. In
each parsed sentence a cue's source is read from the dependency tree: the
``nsubj`` of a reporting verb (or the noun a relative clause or participle
hangs on, or the subject of the verb it is coordinated with), the ``pobj`` of
"according to", the subject of the verb that "in a statement" modifies. The
content is the verb's clausal complement (``ccomp``; indirect speech), its
object (a paraphrase: "denied the report"), the clause around "according to",
and the quotations in the sentence, after a cue ending in a colon, or in the
paragraphs that carry one speaker's quotation on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ..errors import InputError
from .backbone import parse, recogniser
from .cues import cue_forms, cue_positions, word_positions
from .pieces import Piece, read_as
from .records import Attribution, Quotation, Span, Speech, Voice
from .sources import DOCUMENT_NOUNS, is_nominal, name_tokens, noun_phrase, source_type
from .tagger import CueTagger, cue_tagger, token_features
from .text import paragraphs, quotation_spans, sentences
from .voices import find_voices

__all__ = ["analyse", "analyse_many", "find_attributions"]

Token = Any
_FURNITURE = frozenset({"promo", "caption", "label", "post", "statement"})
_RECIPIENT_VERBS = frozenset({"tell", "ask", "inform", "urge", "accuse", "warn", "remind"})
_NEEDS_CLAUSE = frozenset({"add", "call", "continue", "post", "charge", "question", "point", "put", "rank", "project"})
_STRAY_SUBJECTS = frozenset({"advmod", "npadvmod", "dep", "nmod", "appos"})
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_REACH = 1_000  # characters back to look for the referent of a pronoun


@dataclass
class _Found:
    """An attribution being built (mutable until the quotations are paired)."""

    cue: Span
    cue_kind: str
    source: Span | None
    head: Token
    sentence: Span
    content: list[Span] = field(default_factory=list)
    indirect: bool = False
    direct: bool = False
    relative: Span | None = None
    preset: str | None = None
    name: str = ""
    source_type: str = "unnamed"


def _cue_tokens(token: Token, forms: dict[str, dict[str, str]], quoted: bool) -> tuple[str, list[Token]] | None:
    """The kind and tokens of the cue that ``token`` starts, if it is one."""
    low, doc = token.lower_, token.doc
    if low == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return "according_to", [token, doc[token.i + 1]]
    if low in forms["nominal"] and token.head.lower_ == "in" and token.head.head.tag_.startswith("VB"):
        verb = token.head.head
        if verb.lower_ not in forms["speech"]:
            return "nominal", [t for t in token.head.subtree if t.i <= token.i]
        return None
    if not token.tag_.startswith("VB"):
        return None
    dependents = {c.dep_ for c in token.children}
    for kind in ("speech", "belief", "finding"):
        lemma = forms[kind].get(low)
        if lemma is None:
            continue
        clause = bool(dependents & {"ccomp", "oprd", "xcomp"}) or quoted
        if (kind == "belief" or lemma in _NEEDS_CLAUSE) and not clause:
            return None
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return None
        particles = [c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]
        return kind, [token, *particles]
    return None


def _subject(verb: Token) -> Token | None:
    """The source token of a reporting verb."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "agent" and any(c.dep_ == "ccomp" for c in verb.children):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ in ("relcl", "acl") and verb.head.tag_.startswith(("NN", "PRP")):
        return verb.head
    if verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG"):
        return _subject(verb.head) if verb.head is not verb else None
    stray = [c for c in verb.lefts if c.dep_ in _STRAY_SUBJECTS and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")]
    return stray[0] if stray else None  # a subject the parser attached loosely ("Connolly, who …, added")


def _source_head(kind: str, tokens: list[Token]) -> Token | None:
    first = tokens[0]
    if kind == "according_to":
        return next((c for c in tokens[1].children if c.dep_ == "pobj"), None)
    if kind == "nominal":
        return _subject(first.head.head)
    return _subject(first)


def _content(kind: str, tokens: list[Token], source: tuple[int, int] | None) -> tuple[list[tuple[int, int]], bool]:
    """Token ranges of the content and whether it is indirect speech (a clause)."""
    head = tokens[0] if kind not in ("nominal",) else tokens[0].head.head
    if kind == "according_to":
        phrase = {t.i for t in tokens[0].subtree}
        clause = [t for t in tokens[0].head.subtree if t.i not in phrase and not t.is_punct]
        if not clause:
            clause = [t for t in tokens[0].sent if t.i not in phrase and not t.is_punct]
        return ([(clause[0].i, clause[-1].i + 1)] if clause else []), True
    ranges = []
    for child in head.children:
        if child.dep_ in ("ccomp", "xcomp", "oprd") or (
            child.dep_ == "dobj" and head.lower_ not in cue_forms()["speech"].keys() & _recipient_forms()
        ):
            ranges.append((child.left_edge.i, child.right_edge.i + 1))  # the subtree's ends, not the subtree
    if source is not None:
        ranges = [(a, b) for a, b in ranges if b <= source[0] or a >= source[1]]
    return ranges, any(c.dep_ == "ccomp" for c in head.children)


@lru_cache(maxsize=1)
def _recipient_forms() -> frozenset[str]:
    speech = cue_forms()["speech"]
    return frozenset(form for form, lemma in speech.items() if lemma in _RECIPIENT_VERBS)


def _raw(piece: Piece, doc: Any, tokens: tuple[int, int]) -> Span:
    """Span in the analysed text of the token range ``[first, last)``."""
    last = doc[tokens[1] - 1]
    return piece.span(doc[tokens[0]].idx, last.idx + len(last))


def _in_sentence(
    doc: Any,
    piece: Piece,
    sentence: Span,
    near: Sequence[Span],
    voices: Sequence[Voice],
    tagger: CueTagger | None = None,
    collect: list[tuple[Span, list[str], bool]] | None = None,
) -> list[_Found]:
    """Attributions of one parsed sentence (``piece``: what the parser read, ``sentence``: its span; ``near``:
    the quotation spans that may overlap it). With ``tagger``, the words of its vocabulary that no rule reads
    as a cue are scored too (``attitude`` cues); ``collect`` receives each such word's span and features
    instead (training)."""
    forms = cue_forms()
    quoted = any(a < sentence[1] and b > sentence[0] for a, b in near)
    found: list[_Found] = []
    taken: set[int] = set()
    for token in doc:
        cue = _cue_tokens(token, forms, quoted)
        if cue is None or token.i in taken:
            continue
        kind, tokens = cue
        taken.update(t.i for t in tokens)
        offset = piece.start(token.idx)
        if _skip((offset, offset + len(token)), voices) or any(a < offset < b for a, b in near):
            continue  # page furniture, or speech inside a quotation (the quoted speaker's, not the outlet's)
        head = _source_head(kind, tokens)
        if head is not None and not is_nominal(head):
            head = None
        if kind == "finding" and (head is None or head.lower_ not in DOCUMENT_NOUNS):
            continue
        if kind == "belief" and head is not None and head.lower_ in _FIRST_PERSON:
            continue  # "I think", "you know": a hedge inside speech, not an attribution
        span = noun_phrase(head, avoid=tokens[0]) if head is not None else None
        if span is not None and span[0] <= tokens[0].i < span[1]:
            span = None
        ranges, indirect = _content(kind, tokens, span)
        item = _Found(
            cue=piece.span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)),
            cue_kind=kind,
            source=None if span is None else _raw(piece, doc, span),
            head=head,
            sentence=sentence,
            content=[_raw(piece, doc, r) for r in ranges],
            indirect=indirect,
        )
        if head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            first, last = noun_phrase(head.head.head, avoid=head.head)
            item.relative = _raw(piece, doc, (first, last))
        if head is not None and head.tag_ in ("NNP", "NNPS") and head.lower_ not in DOCUMENT_NOUNS:
            item.name = " ".join(t.text for t in name_tokens(head))
        if tagger is not None and (collect is not None or tagger.veto > 0):
            features = token_features(token, kind, quoted, fired=True)
            if collect is not None:
                collect.append((item.cue, features, True))
            elif tagger.probability(features) < tagger.veto:
                continue  # the model reads this use of a reporting word as no attribution ("maintains a lead")
        found.append(item)
    if tagger is not None:
        found += _tagged(doc, piece, sentence, near, voices, tagger, taken, quoted, collect)
    return found


def _tagged(
    doc: Any,
    piece: Piece,
    sentence: Span,
    near: Sequence[Span],
    voices: Sequence[Voice],
    tagger: CueTagger,
    taken: set[int],
    quoted: bool,
    collect: list[tuple[Span, list[str], bool]] | None,
) -> list[_Found]:
    """Cues the trained tagger reads among the words no rule took: the source is the verb's subject (or a noun's
    possessor: "his refusal"), the content its clause or object, else the rest of its phrase."""
    forms = cue_forms()
    found = []
    for token in doc:
        if token.i in taken or token.lower_ not in tagger.vocabulary:
            continue
        offset = piece.start(token.idx)
        raw = (offset, offset + len(token))
        if not piece.copied(token.idx) or _skip(raw, voices) or any(a < offset < b for a, b in near):
            continue
        kind = next((k for k in forms if token.lower_ in forms[k]), None)
        features = token_features(token, kind, quoted)
        if collect is not None:
            collect.append((raw, features, False))
            continue
        if not tagger.is_cue(features):
            continue
        if token.tag_.startswith("VB"):
            head = _subject(token)
        else:
            head = next((c for c in token.children if c.dep_ == "poss"), None)
        if head is not None and not is_nominal(head):
            head = None
        span = noun_phrase(head, avoid=token) if head is not None else None
        if span is not None and span[0] <= token.i < span[1]:
            span = None
        ranges, indirect = _content("speech", [token], span)
        if not ranges:
            subtree = [t.i for t in token.subtree if t.i > token.i and (span is None or not span[0] <= t.i < span[1])]
            ranges = [(subtree[0], subtree[-1] + 1)] if subtree else []
        particles = [c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]
        last = particles[-1] if particles else token
        item = _Found(
            cue=piece.span(token.idx, last.idx + len(last.text)),
            cue_kind="attitude",
            source=None if span is None else _raw(piece, doc, span),
            head=head,
            sentence=sentence,
            content=[_raw(piece, doc, r) for r in ranges],
            indirect=indirect,
        )
        if head is not None and head.tag_ in ("NNP", "NNPS") and head.lower_ not in DOCUMENT_NOUNS:
            item.name = " ".join(t.text for t in name_tokens(head))
        found.append(item)
    return found


_SPEAKER_LINE = re.compile(
    r"(?:[A-Z]{3,}\s+[–—-]\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]+)"
    r"(?:\s+(?:to|at|on|in)\s+[^:\n]{1,60})?(?P<cue>:)[ \t]+\S"
)
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NOT_SPEAKERS = frozenset(
    "update note correction source sources photo name age city job date time location title headline byline q a "
    "editor's editor’s insight insights analysis background context opinion perspective takeaway takeaways summary "
    "overview outlook line matters picture next points".split()
)


_FUNCTION_WORDS = frozenset("the a an in is of on for to and are was why how what who when where it this".split())


def _speaker_name(name: str, label: str | None) -> bool:
    """Whether the words before a line's colon name a speaker: an entity, or capitalised words with no function word."""
    return label in _SPEAKER_ENTITIES or not any(word.lower() in _FUNCTION_WORDS for word in name.split())


def _speaker_lines(text: str, voices: Sequence[Voice]) -> list[_Found]:
    """A line opening with a name and a colon ("TAPPER: …", "Trump: We will win"): speech credited to the name."""
    found = []
    for start, end in paragraphs(text):
        match = _SPEAKER_LINE.match(text, start, end)
        if (
            match is None
            or _skip(match.span("name"), voices)
            or match.group("name").split()[-1].lower() in _NOT_SPEAKERS
        ):
            continue
        if len(match.group("name")) < 2:
            continue
        name, cue = match.span("name"), match.span("cue")
        item = _Found(cue=cue, cue_kind="speech", source=name, head=None, sentence=(start, end), preset="person")
        item.content, item.direct, item.name = [(cue[1] + 1, end)], True, match.group("name")
        found.append(item)
    return found


_LABELS: dict[str, str | None] = {}  # a name's label depends on the name alone: kept across texts (bounded)


def _entity_labels(names: Iterable[str]) -> dict[str, str | None]:
    """The named-entity label of each proper name, read alone by the recogniser (each name once per process)."""
    wanted = set(names)
    if len(_LABELS) > 50_000:
        _LABELS.clear()
    unique = sorted(wanted - _LABELS.keys())
    for name, doc in zip(unique, recogniser().pipe(unique, batch_size=256), strict=True):
        last = len(doc) - 1
        _LABELS[name] = next((ent.label_ for ent in doc.ents if ent.start <= last < ent.end), None)
    return {name: _LABELS[name] for name in wanted}


def _skip(span: Span, voices: Sequence[Voice]) -> bool:
    return any(v.kind in _FURNITURE and v.span[0] <= span[0] and span[1] <= v.span[1] for v in voices)


def _wanted(
    text: str, spans: list[Span], quotes: list[tuple[Span, ...]], focus: Sequence[Span] | None, tight: bool = False
) -> list[bool]:
    """Which sentences to parse: all, or those near ``focus``.

    Near means overlapping a focus span, just before one (an introduction such as
    "She said:"), or inside a quotation that a focus span touches (its cue may
    stand in another sentence of the quotation, or the paragraph before it).
    ``tight`` keeps only the sentences that overlap a focus span or a quotation it
    touches, and a sentence before them that ends in a colon: about a third of the
    parse, for consumers that pay for every sentence.
    """
    if focus is None:
        return [True] * len(spans)
    touches = _Touches(focus)
    wanted = [touches(a, b) for a, b in spans]
    ends = [b for _, b in spans]
    for quote in quotes:
        if any(touches(a, b) for a, b in quote):  # the sentences of the quotation and the 400 characters before it
            first, last = quote[0][0] - (0 if tight else 400), quote[-1][1]
            for n in range(bisect_right(ends, first), len(spans)):
                if spans[n][0] >= last:
                    break
                wanted[n] = True
    if tight:
        return [
            w or (n + 1 < len(wanted) and wanted[n + 1] and text[: spans[n][1]].rstrip().endswith(":"))
            for n, w in enumerate(wanted)
        ]
    return [w or (n + 1 < len(wanted) and wanted[n + 1]) for n, w in enumerate(wanted)]


class _Touches:
    """Whether a span overlaps any of the focus spans: one bisection in their starts and the running maximum of
    their ends (linear in all, where a test of every focus span per sentence is quadratic)."""

    def __init__(self, focus: Sequence[Span]) -> None:
        ordered = sorted(focus)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # focus spans that start before ``end``
        return before > 0 and self.reach[before - 1] > start


def _jobs(
    texts: Sequence[str],
    focus: Sequence[Sequence[Span] | None] | None,
    tight: bool,
    vocabulary: frozenset[str] | None,
) -> tuple[list[tuple[tuple[Voice, ...], list[tuple[Span, ...]]]], list[tuple[int, Span, Piece, list[Span]]]]:
    """Each text's voices and quotations, and the sentences to parse: those with a cue word outside quotations
    (a word of the tagger's ``vocabulary`` counts too)."""
    plans = []
    jobs: list[tuple[int, Span, Piece, list[Span]]] = []
    for number, text in enumerate(texts):
        voices = find_voices(text)
        quotes = quotation_spans(text)
        plans.append((voices, quotes))
        flat = sorted(span for quote in quotes for span in quote)
        cues = cue_positions(text)
        tagged = [] if vocabulary is None else word_positions(text, vocabulary)
        spans = sentences(text)
        wanted = _wanted(text, spans, quotes, None if focus is None else focus[number], tight)
        for (a, b), want in zip(spans, wanted, strict=True):
            if not want or _skip((a, b), voices):
                continue
            near = flat[max(0, bisect_left(flat, (a, 0)) - 1) : bisect_left(flat, (b, 0))]
            outside = [c for c in cues[bisect_left(cues, a) : bisect_left(cues, b)] if not _inside(c, near)]
            if not outside and tagged:
                words = tagged[bisect_left(tagged, a) : bisect_left(tagged, b)]
                if not any(not _inside(c, near) for c in words):
                    continue
            elif not outside:
                continue
            jobs.append((number, (a, b), read_as(text, a, b, near, outside), near))
    return plans, jobs


def _inside(position: int, quotes: Sequence[Span]) -> bool:
    return any(q[0] < position < q[1] for q in quotes)


def analyse_many(
    texts: Sequence[str],
    focus: Sequence[Sequence[Span] | None] | None = None,
    *,
    tight: bool = False,
    tagged: bool = False,
) -> list[Speech]:
    """:func:`analyse` of each text; the parser runs once over the cue sentences of all of them.

    ``focus`` (one entry per text) limits the parse to the sentences near the given
    spans (figures, quotations, added sentences: what a consumer asks about), to
    spend the parser only where an answer is needed; None parses every cue sentence.
    ``tight`` parses only the sentences that overlap the focus (see :func:`_wanted`).
    ``tagged`` adds the trained tagger's ``attitude`` cues ("supports", "called for",
    "citing": PolNeAR's broad notion of attribution; see :mod:`framing.attribution.tagger`)
    to the lexicon's cues, and drops a lexicon cue the tagger reads as reporting nothing
    ("maintains a commanding lead"); by default only speech, belief, finding, according-to and
    nominal cues are read, as the extractors do.
    """
    tagger = cue_tagger() if tagged else None
    return _analyse_jobs(texts, focus, tight, tagger)


def _analyse_jobs(
    texts: Sequence[str],
    focus: Sequence[Sequence[Span] | None] | None,
    tight: bool,
    tagger: CueTagger | None,
    collect: list[list[tuple[Span, list[str], bool]]] | None = None,
) -> list[Speech]:
    plans, jobs = _jobs(texts, focus, tight, None if tagger is None else tagger.vocabulary)
    found: list[list[_Found]] = [_speaker_lines(text, plan[0]) for text, plan in zip(texts, plans, strict=True)]
    docs = parse(piece.text for _, _, piece, _ in jobs)
    for (number, sentence, piece, near), doc in zip(jobs, docs, strict=True):
        sink = None if collect is None else collect[number]
        found[number] += _in_sentence(doc, piece, sentence, near, plans[number][0], tagger, sink)
    labels = _entity_labels(item.name for items in found for item in items if item.name)
    for items in found:  # a line opening "Name:" credits a name only where the recogniser reads it as one
        items[:] = [i for i in items if i.head is not None or _speaker_name(i.name, labels.get(i.name))]
    return [_assemble(text, items, labels, *plan) for text, items, plan in zip(texts, found, plans, strict=True)]


def candidate_features(texts: Sequence[str], vocabulary: frozenset[str]) -> list[list[tuple[Span, list[str], bool]]]:
    """For training the tagger: the span and features of every cue the rules read (``True``) and of every word of
    ``vocabulary`` that no rule takes (``False``), in the sentences the engine parses, per text."""
    collect: list[list[tuple[Span, list[str], bool]]] = [[] for _ in texts]
    probe = CueTagger(vocabulary, {}, 0.0, 1.0, {})
    _analyse_jobs(texts, None, False, probe, collect)
    return collect


def analyse(text: str, focus: Iterable[Span] | None = None, *, tight: bool = False, tagged: bool = False) -> Speech:
    """Attributions, quotations and other voices of ``text`` (cached: the result is immutable).

    With ``focus``, only attributions in sentences near those spans are looked for
    (see :func:`analyse_many`); every quotation and voice is still found, but a
    quotation is paired with its speaker only where its cue sentence was parsed.
    ``tagged``: see :func:`analyse_many`.
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        raise InputError(f"analyse() takes one text (a str); got a {kind}. Use analyse_many() for several texts.")
    return _analyse(text, None if focus is None else tuple(sorted(focus)), tight, tagged)


@lru_cache(maxsize=512)
def _analyse(text: str, focus: tuple[Span, ...] | None, tight: bool = False, tagged: bool = False) -> Speech:
    return analyse_many([text], None if focus is None else [focus], tight=tight, tagged=tagged)[0]


def find_attributions(text: str) -> tuple[Attribution, ...]:
    """The attributions of ``text`` in order of their cues."""
    return analyse(text).attributions


def _type(item: _Found, labels: dict[str, str | None], people: list[str]) -> str:
    if item.head is None:
        label = labels.get(item.name)
        return "organisation" if label in ("ORG", "GPE", "NORP") else item.preset or "unnamed"
    label = labels.get(item.name) if item.name else None
    kind = source_type(item.head, label)
    if (
        kind == "organisation"
        and item.name
        and " " not in item.name
        and any(p.endswith(" " + item.name) for p in people)
    ):
        kind = "person"  # a surname alone, after the full name
    if kind == "person" and item.name:
        people.append(item.name)
    return kind


class _Owners:
    """The attributions (sorted by cue) indexed for pairing quotations: by their sentences' ends, by their cues."""

    def __init__(self, items: list[_Found], text: str, blocks: list[Span]) -> None:
        self.items, self.text, self.blocks = items, text, blocks
        # running maxima: a "Name:" line's sentence is its whole paragraph, which holds other cues' sentences
        self.sentence_ends = list(accumulate((item.sentence[1] for item in items), max))
        self.cues = [item.cue[0] for item in items if item.cue_kind != "attitude"]
        # an attitude cue ("who supports ...") credits no quotation: only speech owns one
        self.sourced = [n for n, item in enumerate(items) if item.source is not None and item.cue_kind != "attitude"]
        self.sourced_cues = [items[n].cue[0] for n in self.sourced]
        self.sourced_ends = list(accumulate((items[n].sentence[1] for n in self.sourced), max))
        self.block_starts = [a for a, _ in blocks]

    def block_of(self, position: int) -> int:
        number = bisect_right(self.block_starts, position) - 1
        return number if number >= 0 and position < self.blocks[number][1] else -1

    def cue_in(self, start: int, end: int) -> bool:
        first = bisect_left(self.cues, start)
        return first < len(self.cues) and self.cues[first] < end

    def owner(self, quote: tuple[Span, ...]) -> int | None:
        """Index of the attribution a quotation belongs to, by the sentence it stands in or the cue before it."""
        items, start, end = self.items, quote[0][0], quote[-1][1]
        inside = []
        for n in range(bisect_right(self.sentence_ends, start), len(items)):
            item = items[n]
            if item.sentence[0] >= end:
                break
            if (
                any(a < item.sentence[1] and item.sentence[0] < b for a, b in quote)
                and item.source is not None
                and item.cue_kind != "attitude"
                and not (item.source[0] <= start and end <= item.source[1])
            ):
                inside.append(n)
        if inside:
            return min(inside, key=lambda n: min(abs(items[n].cue[0] - start), abs(items[n].cue[0] - end)))
        before = bisect_right(self.sourced_ends, start)
        if before:
            last = self.sourced[before - 1]
            sentence_end = items[last].sentence[1]
            if self.text[sentence_end - 1] == ":" and not self.text[sentence_end:start].strip():
                return last
        number = self.block_of(start)
        if number >= 0:
            block = self.blocks[number]
            at = bisect_left(self.sourced_cues, start)
            near = [
                self.sourced[k]
                for k in (at - 1, at)
                if 0 <= k < len(self.sourced) and block[0] <= self.sourced_cues[k] < block[1]
            ]
            if near:
                return min(near, key=lambda n: abs(items[n].cue[0] - start))
        return None


def _pair_quotes(
    quotes: list[tuple[Span, ...]], items: list[_Found], text: str, voices: Sequence[Voice]
) -> list[Quotation]:
    blocks = paragraphs(text)
    owners = _Owners(items, text, blocks)
    paired: list[Quotation] = []
    by_block: dict[int, int] = {}
    for quote in quotes:
        if _skip((quote[0][0], quote[-1][1]), voices):
            paired.append(Quotation(quote, None))
            continue
        owner = owners.owner(quote)
        number = owners.block_of(quote[0][0])
        if owner is None and number > 0 and quote[0][0] == blocks[number][0] and number - 1 in by_block:
            previous = by_block[number - 1]  # a paragraph that opens with a quotation carries the last speaker on
            if not owners.cue_in(*blocks[number]):
                owner = previous
        if owner is not None:
            inside = [c for c in items[owner].content if any(a <= c[0] and c[1] <= b + 1 for a, b in quote)]
            items[owner].content = [c for c in items[owner].content if c not in inside] + list(quote)
            items[owner].indirect = items[owner].indirect and any(
                not any(a < c[1] and c[0] < b for a, b in quote) for c in items[owner].content
            )
            items[owner].direct = True
            for n in range(max(number, 0), len(blocks)):
                a, b = blocks[n]
                if a >= quote[-1][1]:
                    break
                if quote[0][0] < b:
                    by_block[n] = owner
        paired.append(Quotation(quote, owner))
    return paired


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((a, b) for a, b in merged)


def _content_kind(item: _Found) -> str:
    if not item.content:
        return "none"
    if item.direct:
        return "mixed" if item.indirect else "direct"
    return "indirect" if item.indirect and item.cue_kind != "according_to" else "paraphrase"


_PLURAL = frozenset({"they", "them"})
_SINGULAR = frozenset({"he", "she", "him", "her"})


def _antecedent(index: int, items: list[_Found], kinds: list[str], resolved: list[Span | None]) -> Span | None:
    """The source a pronoun source stands for: the latest fitting source before it, within reach."""
    if items[index].relative is not None:
        return items[index].relative  # "Smith, who said": the relative pronoun stands for the noun it follows
    pronoun = items[index].head.lower_
    wanted = {"person"} if pronoun in _SINGULAR else {"organisation", "unnamed", "document_or_data"}
    if pronoun == "it":
        wanted = {"organisation", "document_or_data"}
    if pronoun not in _SINGULAR | _PLURAL | {"it"}:
        return None
    cue = items[index].cue[0]
    for earlier in range(index - 1, -1, -1):
        item = items[earlier]
        if cue - item.cue[1] > _REACH:
            return None
        if kinds[earlier] == "pronoun" and item.head.lower_ in (_SINGULAR if pronoun in _SINGULAR else _PLURAL):
            return resolved[earlier]
        if kinds[earlier] in wanted and item.source is not None:
            plural = item.head is not None and item.head.tag_ in ("NNS", "NNPS")
            if pronoun in _PLURAL and kinds[earlier] != "organisation" and not plural:
                continue
            return item.source
    return None


def _quoted_self(item: _Found) -> bool:
    """A first- or second-person source ("we would have said so"): speech inside speech, not an attribution."""
    return item.head is not None and item.head.lower_ in _FIRST_PERSON


def _assemble(
    text: str,
    items: list[_Found],
    labels: dict[str, str | None],
    voices: tuple[Voice, ...],
    quotes: list[tuple[Span, ...]],
) -> Speech:
    items.sort(key=lambda item: item.cue)
    people: list[str] = []
    kinds = [_type(item, labels, people) for item in items]
    quotations = _pair_quotes(quotes, items, text, voices)
    keep = [n for n, item in enumerate(items) if item.content or (item.source is not None and not _quoted_self(item))]
    if len(keep) < len(items):
        return _assemble(text, [items[n] for n in keep], labels, voices, quotes)
    resolved: list[Span | None] = []
    records = []
    for index, item in enumerate(items):
        antecedent = _antecedent(index, items, kinds, resolved) if kinds[index] == "pronoun" else None
        resolved.append(antecedent)
        source = item.source
        records.append(
            Attribution(
                cue=item.cue,
                cue_text=text[item.cue[0] : item.cue[1]],
                cue_kind=item.cue_kind,
                source=source,
                source_text="" if source is None else text[source[0] : source[1]],
                source_type=kinds[index],
                resolved=antecedent is not None,
                antecedent=antecedent,
                antecedent_text="" if antecedent is None else text[antecedent[0] : antecedent[1]],
                content=_merge(item.content),
                content_kind=_content_kind(item),
                sentence=item.sentence,
            )
        )
    return Speech(tuple(records), tuple(quotations), voices)
