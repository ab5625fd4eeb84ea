"""Who says what: quotations, their speakers, and the sources a sentence credits.

Every consumer (the prepare stage, the extractors, the evaluation) reads speech
from here. The reporting verbs are one lexicon, ``report_verbs``; its flags give
each verb its roles (see the lexicons' README).

* **Quotations** are paired quotation marks within a paragraph, so a quote may run
  over several sentences; an opening mark left unpaired runs to the paragraph's
  end (the news convention for a quote continued in the next paragraph). A
  sentence such as ``…, Rutte stated.`` with no quotation marks is speech
  attributed without them (``Quote.marked`` false). A quotation's speaker is the
  name or pronoun beside a reporting verb outside the quotation; a pronoun stands
  for the last named speaker.
* **Attribution**: the named source a sentence credits ("according to the
  Pentagon", "Rutte said"), with quotations blanked out; a vague head ("analysts
  say") is not a named source; a pronoun is ``"pronoun"``.
* **Vague sources**: phrases of the ``vague_sources`` lexicon and claims pinned on
  a vague noun ("reports from last year suggested").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from .attribution.sources import ORGANISATION_NOUNS
from .lexicon import Entry, Lexicon, Tokens, load_lexicon, tokenize
from .records import Hit, Quote, Sentence

__all__ = [
    "PersonIndex",
    "REPORT_VERBS",
    "find_quotes",
    "attribution",
    "sentence_attributions",
    "first_quotes",
    "vague_spans",
    "quote_at",
    "blank_quotes",
    "says_who",
    "clean_name",
]

#: The lexicon of reporting verbs: the one list every part of framing uses.
REPORT_VERBS = "report_verbs"


@cache
def _lexicon(name: str) -> Lexicon:
    return load_lexicon(name)


@cache
def _verbs_with(flag: str) -> tuple[str, ...]:
    """The reporting verbs that play a role (a flag of the ``report_verbs`` lexicon), in the file's order."""
    return tuple(entry.term for entry in _lexicon(REPORT_VERBS).entries if flag in entry.flags)


@cache
def _speech_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = "|".join(re.escape(verb).replace(r"\ ", " ") for verb in _verbs_with("quote"))
    hint = re.compile(rf",\s+{_NAME}\s+(?:{verbs})\s*(?:[.,;]|$)")
    unmarked = re.compile(rf"(?P<speech>[^\"]{{20,}}?),\s+(?P<name>{_NAME})\s+(?:{verbs})\s*(?:[.,;]|$)")
    omission = "|".join(re.escape(verb).replace(r"\ ", " ") for verb in _verbs_with("omission"))
    return hint, unmarked, re.compile(rf"\b(?:{omission})\b|\"")


# --- quotations and their speakers -------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
#: A quotation in double quotes, or in single quotes (British style: "'That's obscene!' he said"); inside single
#: quotes an apostrophe between two letters ("That's", "Mark's") is part of a word, not the closing mark.
_QUOTE_PAIR = re.compile(r'"([^"]+)"|(?<![\w])\'((?:[^\'"]|(?<=\w)\'(?=\w)){3,}?)\'(?![\w])')
#: A single quote that opens a quotation running to the paragraph's end (each paragraph of a long quotation opens
#: with a mark, and only the last closes): at the paragraph's start or after a space or a colon, before a capital.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s:(]))'(?=[A-Z])", re.M)
_NAME = r"(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w'-]+"
_NAME_WORD = re.compile(r"[A-Z][\w.'-]*")
_PRONOUNS = frozenset({"he", "He", "she", "She", "they", "They"})
_CLOSING = frozenset('".”’')  # what may stand before a description that speaks: a quotation's end, a full stop
#: What stands before a closing credit's pronoun: "…, he said", '"…," he said'.
_CREDIT_BEFORE = frozenset(',"”’')
#: Role nouns a text uses for people it has named ("President Tsai Ing-wen" ... "the Taiwanese president said";
#: "Gov. Phil Bryant" ... "the governor said"), each with the role it stands for.
_ROLES: dict[str, str] = {
    **{
        role.replace("_", " "): role.replace("_", " ")
        for role in (
            "president governor judge justice senator representative congressman congresswoman mayor premier "
            "chancellor minister secretary attorney lawyer prosecutor sheriff chief commissioner ambassador spokesman "
            "spokeswoman spokesperson nominee candidate leader chairman chairwoman director founder king queen pope "
            "prince princess general admiral coach lawmaker pastor superintendent detective officer actor actress "
            "singer rapper author economist analyst suspect defendant plaintiff executive attorney_general "
            "prime_minister press_secretary majority_leader minority_leader first_lady vice_president chief_justice "
            "police_chief district_attorney secretary_of_state speaker"
        ).split()
    },
    **{"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "adm.": "admiral"},
    #: A member of the House is "Rep. Rashida Tlaib" and then "the congresswoman": one role.
    **{"congressman": "representative", "congresswoman": "representative", "congressmember": "representative"},
    **{"det.": "detective", "supt.": "superintendent", "ceo": "executive"},
}
_ROLE_WORDS = "|".join(sorted((re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES), key=len, reverse=True))
#: Roles written in lower case between whose they are and a name: "said Macron ally Francois Bayrou", "said GOP
#: strategist Ann Reid".
_ASIDE_ROLES = (
    "ally|adviser|advisor|aide|strategist|pollster|consultant|staffer|counsel|official|analyst|correspondent|"
    "commentator|contributor|economist|researcher"
)
_NAME_AFTER_VERB = re.compile(
    rf"\s+(?P<name>the\s+(?:[\w-]+\s+){{0,2}}?(?i:{_ROLE_WORDS})|the\s+[A-Z][\w-]+"
    #: "said White House spokeswoman Stephanie Grisham", "said White House Press Secretary Sarah Sanders"
    rf"|(?:[A-Z][\w.'-]*\s+){{0,6}}?(?:(?i:{_ROLE_WORDS})|{_ASIDE_ROLES})\s+{_NAME}"
    #: "said CNN global affairs analyst Joseph Yun": whose analyst, a lower-case field, the role, the name
    rf"|(?:[A-Z][\w.'-]*\s+){{1,4}}(?:[a-z][\w-]*\s+){{1,3}}?(?:{_ASIDE_ROLES})\s+{_NAME}|{_NAME})(?!['\w])"
)
#: A name read forwards from a sentence's start may carry a long title: "Supreme Court Justice Ruth Bader Ginsburg".
_LONG_NAME = r"(?:[A-Z][\w.'-]*\s+){0,6}[A-Z][\w'-]+"
_SUBJECT = re.compile(rf"(?<![\w'-]){_LONG_NAME}")
#: What opens a sentence in capitals but is no subject: a dateline ("WASHINGTON –"), an adverb ("Especially because").
_NOT_SUBJECT = re.compile(r"[A-Z]{3,}[A-Z .,]*\s*[–—-]|[A-Z][a-z]{3,}ly\s+[a-z]")
#: A pull quote's signature after the quotation: "…" — Ismail Aghdam, father of …
_SIGNATURE = re.compile(
    r"\W{0,2}\s*[—–]\s*(?P<name>(?:[A-Z][\w.'-]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][\w'-]+)(?:,|\s*$)"
)  # "— White House Director of Trade Policy Peter Navarro"
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december in on at but and the a an it this that while when with after".split()
)
_TITLE_WORDS = frozenset(
    "nato secretary general secretary-general chief minister prime president defense defence foreign "
    "japanese u.s. us chinese the of spokesman spokeswoman official head leader ceo director mayor senator sen. "
    "governor gov. representative rep. ambassador general gen. admiral commissioner spokesperson chancellor "
    "judge justice dr. mr. mrs. ms. prof. sir lord lady speaker whip".split()
)

#: Words after which a name starts: titles and single-word roles ("Party Chairman Robin Hayes" is Robin Hayes).
_CUT_WORDS = _TITLE_WORDS | frozenset(role for role in _ROLES if " " not in role)

Speaker = tuple[str, str]  # (name as written, matching key)
_Last = tuple[Speaker | None, Speaker | None]  # the last named speaker, and the last who can be a person


def find_quotes(text: str, sentences: tuple[Sentence, ...], tokens: Tokens | None = None) -> tuple[Quote, ...]:
    """Quotations with their speakers, and speech attributed without quotation marks.

    ``tokens`` are the text's words (:func:`framing.lexicon.tokenize`), if already
    at hand: reporting verbs are looked up among them rather than searched for.
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
        self.last: dict[int, _Last] = {}  # what last_before answered, where it was asked
        self.spans: dict[int, list[tuple[int, int]]] = {}
        self._people: _People | None = None
        self._genders: _Genders | None = None
        self.subjects: dict[int, Speaker | None] = {}
        self._names: frozenset[str] | None = None
        self.mixed: set[int] = set()  # paragraphs whose quotations have more than one speaker (or none known)

    @property
    def names(self) -> frozenset[str]:
        """The words the text capitalises inside sentences (read once, when an opening subject first needs them)."""
        if self._names is None:
            self._names = _mid_names(self.text)
        return self._names

    @property
    def genders(self) -> _Genders:
        """Who the text says is a man or a woman (read once, when a pronoun first needs it)."""
        if self._genders is None:
            self._genders = _Genders(self.text)
        return self._genders

    @property
    def people(self) -> _People:
        """The people the text names with a role (read once, when a description first needs them)."""
        if self._people is None:
            self._people = _people_of(self.text)
        return self._people

    def resolve(self, speaker: Speaker | None, last: _Last, at: int, until: int | None = None) -> Speaker | None:
        """What a pronoun or description at ``at`` stands for; a name stands for itself.

        "he" and "she" stand for the last named speaker who can be a person (not "The New York Times"), unless
        the text says that person is of the other gender (then the latest person of the pronoun's gender named
        before ``until``, the quotation's start, if any: :class:`_Genders`);
        "they" for the last named speaker; a description ("the governor", "the Taiwanese president") for
        the latest person the text named with its role ("Gov. Phil Bryant"), else as "he" does.
        """
        if speaker is None:
            return None
        if speaker[1] == "they":  # a body or a group, not one person ("Alshamrani, 21, killed …" then "they said")
            return last[0] if last[0] is None or not _person_like(last[0]) else None
        if speaker[1] in ("he", "she") and speaker[0].lower() not in ("he", "she"):
            if (named := self.people.named(speaker[0], at)) is not None or _nation_described(speaker[0]):
                return named  # "the Palestinian ambassador": whom the text named so, or no one (not the last person)
            return last[1]
        if speaker[1] in ("he", "she"):
            return self.genders.agree(speaker[1], last[1], at if until is None else until)
        return speaker

    def left_open(self, number: int) -> bool:
        """Whether paragraph ``number`` ends inside a quotation (its last opening mark is not closed): the writer's
        sign that the next paragraph's quotation is the same speaker's."""
        if number < 0:
            return False
        part = self.text[self.paragraphs[number][0].start : self.paragraphs[number][-1].end]
        curly = part.count("“")
        return curly > part.count("”") if curly else part.count('"') % 2 == 1

    def quote_spans(self, number: int) -> list[tuple[int, int]]:
        """The quotations of paragraph ``number`` (found once)."""
        found = self.spans.get(number)
        if found is None:
            members = self.paragraphs[number]
            found = self.spans[number] = _quote_spans(self.text, members[0].start, members[-1].end)
        return found

    def subject(self, number: int) -> Speaker | None:
        """The person the last sentence of paragraph ``number`` that opens with one is about, if any (found once)."""
        if number not in self.subjects:
            members = self.paragraphs[number]
            spans = self.quote_spans(number)
            start = members[0].start
            outside = blank_quotes(self.text, start, members[-1].end, spans, marks=True) if spans else None
            found = None
            for sentence in members:
                part = self.text if outside is None else outside
                offset = 0 if outside is None else start
                found = _opening_person(part, sentence.start - offset, sentence.end - offset, self.names) or found
            self.subjects[number] = found
        return self.subjects[number]

    def titled(self, number: int) -> Speaker | None:
        """The last person paragraph ``number`` names with a title, outside its quotations."""
        members = self.paragraphs[number]
        start, end = members[0].start, members[-1].end
        spans = self.quote_spans(number)
        if not spans:
            return _titled_person(self.text, start, end, subject=True)
        return _titled_person(blank_quotes(self.text, start, end, spans, marks=True), 0, end - start, subject=True)

    def last_before(self, number: int) -> _Last:
        """The nearest earlier paragraph's named speaker (whom "they" or a lone quote refers to), and the nearest
        one who can be a person (whom "he" or "she" refers to).

        The walk back stops at a paragraph already asked about: its answer holds beyond it, so
        paragraphs without a named speaker are walked over once, not once per later paragraph.
        """
        named: Speaker | None = None
        person: Speaker | None = None
        for earlier in range(number - 1, -1, -1):
            if earlier not in self.named:
                members = self.paragraphs[earlier]
                start, end = members[0].start, members[-1].end
                found = _speaker(
                    self.text, start, end, self.quote_spans(earlier), self.verbs, members[0].heading, None, self.names
                )
                if found and found[1] in ("he", "she", "they"):
                    found = None
                self.named[earlier] = found
            found = self.named[earlier]
            if found is not None:
                named = named or found
                person = person or (found if _person_like(found) else None)
                if person is not None:
                    break
            if (subject := self.subject(earlier)) is not None:  # "Nielsen rejected the criticism." then "she said"
                named, person = named or subject, person or subject
                break
            if earlier == number - 1 and found is None and person is None:
                # "…, Senate Minority Leader Chuck Schumer dismissed it." then "he said" (a lone quote continues
                # the last speaker, not the one named here)
                person = self.titled(earlier)
            if earlier in self.last:
                named, person = named or self.last[earlier][0], person or self.last[earlier][1]
                break
        self.last[number] = (named, person)
        return named, person


def _closing_pronoun(text: str, start: int, spoken: Speaker | None, found: Iterable[tuple[int, str]]) -> bool:
    """Whether a sentence's speaker is a "he" or "she" that closes it after a comma or a quotation ("…, he said",
    '"…," she said'): what the sentence opens with is what was said, not who said it. ``found`` holds the
    speakers beside verbs with where they stand from ``start``."""
    return (
        spoken is not None
        and spoken[0] in ("he", "she")
        and any(who == spoken[0] and text[start : start + at].rstrip()[-1:] in _CREDIT_BEFORE for at, who in found)
    )


def _nation_described(description: str) -> bool:
    """Whether a description names a nation's role ("the Palestinian ambassador", "the Taiwanese president"): it
    stands for someone the text named with that nation, never for whoever was named last."""
    return any(word.lower() in _NATIONS for word in description.split()[1:-1])


def _paragraph_quotes(text: str, members: list[Sentence], history: _SpeakerHistory, number: int) -> list[Quote]:
    start, end = members[0].start, members[-1].end
    spans = history.quote_spans(number)
    if not spans and not history.verbs.within(start, end):
        return []  # no quotation and no reporting verb: no speech here
    unquoted = _unquoted_sentences(members, spans)
    hint = _speech_patterns()[0]
    if not spans and not any(hint.search(text, s.start, s.end) for s in unquoted):
        return []  # no speech here: its speaker is looked up later only if a pronoun needs it
    last = history.last_before(number)
    outside = blank_quotes(text, start, end, spans, marks=True)  # once: a sentence's part of it is its own
    every: dict[int, list[tuple[int, str]]] = {-1: []}  # each sentence's speakers beside verbs (-1: the paragraph's)
    spoken = _speaker(text, start, end, spans, history.verbs, members[0].heading, outside, history.names, every[-1])
    opening = last
    if (
        len(members) == 1
        and spoken is not None
        and spoken[0] in ("he", "she")
        and not _closing_pronoun(text, start, spoken, every[-1])
    ):
        # "Dee Crane, the mother of …, cried as she asked: "…"": the person the sentence opens with, not the last
        # (but "Ann was important to the "A-Team," he said.": the opening is what he said, not who he is)
        subject = _opening_person(outside, 0, end - start, history.names)
        opening = (last[0], subject or last[1])
    paragraph = history.resolve(spoken, opening, start)
    if paragraph is None and spans and _only_quotes(text, start, end, spans) and number - 1 not in history.mixed:
        paragraph = last[0]  # a paragraph that is only a quote continues the last speaker (if the last is known)
    elif paragraph is None and spans and spans[0][0] - start <= 1 and history.left_open(number - 1):
        # '"…," Kraus said. "If they …' then '"If they …." He didn't elaborate.': the same speaker's quotation runs on
        paragraph = history.named.get(number - 1)
    quotes: list[Quote] = []
    raw: dict[int, Speaker | None] = {}  # each sentence's own speaker as written, read once

    def own(sentence: Sentence) -> Speaker | None:
        if len(members) == 1:
            return None  # a one-sentence paragraph: the paragraph's answer is the sentence's
        if sentence.index not in raw:
            part = outside[sentence.start - start : sentence.end - start]
            every[sentence.index] = []
            raw[sentence.index] = _speaker(
                text,
                sentence.start,
                sentence.end,
                spans,
                history.verbs,
                sentence.heading,
                part,
                history.names,
                every[sentence.index],
            )
        return raw[sentence.index]

    local = last  # the paragraph's own named speakers and subjects come first for its pronouns
    heads: list[Speaker | None] = []  # each quotation's sentence's first speaker (its subject), resolved
    titled: dict[str, Speaker | None] = {"he": None, "she": None}  # the last person named with a title, so far
    scanned = 0  # how far into the paragraph titled people were looked for
    ends = [s.end for s in members]
    opened = 0  # the paragraph's sentences read for the person they open with, so far
    previous: Speaker | None = None  # the speaker of the paragraph's last quotation, so far
    for q_start, q_end in spans:
        position = bisect_right(ends, q_start)
        sentence = members[position]  # the first sentence that ends after the quote starts
        for earlier in members[opened : position + 1]:  # "Trump continued to cast blame … "…," he said"
            if earlier is sentence and _closing_pronoun(
                text, earlier.start, own(sentence), every.get(sentence.index, ())
            ):
                continue  # "Ann was important to the "A-Team," he said.": the opening is what he said, not him
            subject = _opening_person(outside, earlier.start - start, earlier.end - start, history.names)
            local = (local[0], subject or local[1])
        opened = max(opened, position + 1)
        found, at, which = own(sentence), sentence.start, sentence.index
        if found is None and q_end > sentence.end:  # "…about him. He says …," she said: where the quote ends
            closing = members[min(bisect_left(ends, q_end), len(members) - 1)]
            found, at, which = own(closing), closing.start, closing.index
        if len(members) == 1:
            which, at = -1, start  # a one-sentence paragraph: its speakers were read with the paragraph's
        if found and found[1] in ("he", "she") and found[0].lower() == found[1] and local[1] is last[1]:
            # "…, with Vermont Sen. Bernie Sanders giving support. …, he said": a person named here comes first
            for pronoun in ("he", "she"):  # read on from where the last look stopped: linear in the paragraph
                seen = _titled_person(outside, scanned, max(scanned, q_start - start), pronoun)
                titled[pronoun] = seen or titled[pronoun]
            scanned = max(scanned, q_start - start)
            local = (local[0], titled[found[1]] or local[1])
        if (
            (_PASSIVE_NAMING.search(text, max(start, q_start - 60), q_start) and not _BY_AFTER.match(text, q_end))
            or _named_term(text, outside, start, sentence.start, q_start, q_end)
            or _SIGN_READING.search(text, max(start, q_start - 40), q_start)
        ):
            # "what has been described as a "tent structure"": named so by no one the sentence says
            quotes.append(Quote(q_start, q_end, sentence.index, None, None))
            heads.append(None)
            continue
        # a quotation whose sentence names no speaker continues the paragraph's last quotation ("…," she said. "…")
        head = history.resolve(found, local, at, q_start) if found else (previous or paragraph)
        nearest = _nearest(every.get(which, []), at, q_start, q_end)  # several speakers: the quote's own
        speaker = history.resolve(nearest, local, at, q_start) if nearest else head
        if found and found[1] not in ("he", "she", "they"):  # a name: what a later "she said" here stands for
            local = (found, found if _person_like(found) else local[1])
        chosen = speaker or paragraph or (None, None)
        if _no_speaker(chosen[0]):
            chosen = (None, None)  # "that lifestyle", "the Excessive Fines Clause": no one, unresolved not a guess
        quotes.append(Quote(q_start, q_end, sentence.index, *chosen))
        previous = speaker or paragraph
        heads.append(head or speaker or paragraph)
    quotes += _unmarked(text, unquoted, paragraph, last, history)
    # a sentence's subject, not a speaker it reports ("Comey said Trump told him, "…""), is whom "he" stands for next
    said = [(q.start, head) for q, head in zip(quotes, heads, strict=False)]
    said += [(q.start, (q.speaker, q.speaker_key)) for q in quotes[len(heads) :] if q.speaker and q.speaker_key]
    credited = [who for _, who in sorted(said, key=lambda pair: pair[0]) if who and who[0] and who[1]]
    # what a later paragraph's "she said" reads back: the speaker this paragraph's quotes ended with, resolved
    history.named[number] = credited[-1] if credited else paragraph
    keys = {q.speaker_key for q in quotes if q.marked}
    if len(keys) > 1 or None in keys:  # "X said "…" after Y pushed for "…"": whose words
        history.mixed.add(number)  # a next paragraph that is only a quote continues is not said
    return quotes


#: What stands before a term in quotation marks that a noun phrase names: a determiner or an owner and up to two
#: modifiers ("his state's anti-abortion "heartbeat bill"", "Le Pen's "French-first nationalism""), or the opening of
#: a list of terms ("These include "trigger bans" that …; "method bans" that …").
_TERM_BEFORE = re.compile(
    r"(?:(?:\b(?:a|an|the|its|his|her|their|our|this|these|those)|\w['’]s|[;(]|\binclude|\bincluding)"
    r"\s+(?:[\w-]+\s+){0,2}?|\()[\"“‘']$"  # 'direct ("hard money") contributions': a term in brackets
)
#: Signs and shirts whose words a quotation gives: "carried signs reading: "We call B.S."" (no one's remark).
_SIGN_READING = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|T-shirts?|shirts?|plaques?|stickers?)\s+(?:that\s+)?"
    r"(?:read|reads|reading|said|saying)\s*:?\s*[\"“‘']$"
)


_AS_BEFORE = re.compile(r"(\w+)\s+as\s+$")
#: Verbs before "as" that give a thing its name or class, not someone's words: "known as the", "classified as an".
_AS_NAMED = frozenset(
    "known classified served serves serving designated listed referred identified defined regarded "
    "treated seen billed dubbed".split()
)


@cache
def _speech_after() -> re.Pattern[str]:
    """A reporting verb just after a quotation, its speaker between: '"the worst deal ever," Trump said'."""
    verbs = "|".join(re.escape(v) for v in _quote_verbs())
    return re.compile(rf"[\"”’',.!?]*\s+(?:[\w.'’-]+\s+){{0,5}}?(?:{verbs})\b")


def _named_term(text: str, outside: str, start: int, sentence: int, q_start: int, q_end: int) -> bool:
    """Whether a quotation is a term that a noun phrase names (a bill's name, a slogan, a category), no one's
    remark: at most three words after a determiner or an owner, with no reporting or naming verb in its clause
    before it ("calling him a "qualified jurist"" is a remark) and none just after it ("… the "worst deal ever,"
    Trump said")."""
    words = text[q_start:q_end].split()
    if len(words) > 3 or not (term := _TERM_BEFORE.search(text, max(sentence, q_start - 60), q_start)):
        return False
    if (as_ := _AS_BEFORE.search(text, max(sentence, term.start() - 30), term.start())) and as_.group(
        1
    ) not in _AS_NAMED:
        return False  # 'characterized the talk as a "conspiracy theory"': the speaker's words ("known as": a name)
    before = outside[max(0, sentence - start) : q_start - start].lower()
    if any(
        word.group() in _naming_verbs() and not _NOUN_BEFORE.search(before, max(0, word.start() - 14), word.start())
        for word in _WORD.finditer(before)
    ):  # 'the judge ruled that the law would create a "substantial obstacle"': the judge's words (not "The
        # president's tweets came one day after an emotional "listening session"": a noun)
        return False
    return _speech_after().match(text, q_end, q_end + 80) is None


#: An owner right before a word: the word is a noun, someone's output named ("The president's tweets came one day
#: after …"), not an act in the clause ("In a tweet, President Trump congratulated Jones on his "…"" still is).
_NOUN_BEFORE = re.compile(r"\w['’]s\s+$")


@cache
def _naming_verbs() -> frozenset[str]:
    """Reporting verbs and verbs that name something in a speaker's words ("call", "dub", "describe")."""
    naming = "call calls calling dub dubs dubbing dubbed term terms termed label labels labeled labelled describe "
    naming += "describes describing described brand branded deem deemed compare compares comparing compared paint "
    naming += "painting painted blame blames blamed argue argues arguing argued rule rules ruled urge urged urging "
    naming += "encourage encouraged promise promised promising vow vowed pledge pledged tweet tweets tweeted write "
    naming += "writes wrote posted reveal reveals revealed explain explains explained believe believes believed "
    naming += "style styles styled saying telling arguing claiming insisting noting adding warning asserting "
    naming += "alleging suggesting blaming remark remarks remarked remarking deny denies denied denying highlight "
    naming += "highlights highlighted denounce denounced denouncing characterize characterized condemn condemned "
    naming += "decry decried criticize criticized criticise criticised praise praised slam slammed hail hailed "
    naming += "dismiss dismissed reject rejected accuse accused warn warned apologize apologized apologise "
    naming += "apologised assert asserts asserted insist insisted"
    return _quote_verbs() | frozenset(naming.split())


#: A passive that names something with no one doing it, just before a quotation: "what has been described as a",
#: "is known as the", "was dubbed".
_PASSIVE_NAMING = re.compile(
    r"\b(?:been|being|was|were|is|are|be)\s+(?:[a-z]+ly\s+)?(?:described|called|dubbed|labell?ed|termed|"
    r"characteri[sz]ed|branded|billed|known)\s+(?:as\s+)?(?:(?:an?|the)\s+)?[\"“‘']?$"
)
_BY_AFTER = re.compile(r"[\"”’',.]*\s+by\s")


def _nearest(found: list[tuple[int, str]], base: int, q_start: int, q_end: int) -> Speaker | None:
    """Of a sentence's speakers beside reporting verbs (positions from ``base``), when they are more than one:
    the last before the quotation, else the first after it ("… Scaramucci, who said it was not "…", and Lindsey
    Graham, who said: "…""). None when the sentence names one speaker or none (its speaker stands)."""
    named: list[tuple[int, str]] = []
    for at, name in sorted(found):  # "Leahy said …, which he called "…"": a pronoun after a name is that name
        named.append((at, named[-1][1] if named and name.lower() in ("he", "she", "they") else name))
    if len({name for _, name in named}) < 2:
        return None
    before = [(at, name) for at, name in named if base + at < q_start]
    after = [(at, name) for at, name in found if base + at >= q_end]
    chosen = max(before) if before else min(after) if after else None
    return _as_speaker(chosen[1]) if chosen else None


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
    elif tail < 0 and "'" in text[start:end]:
        spans = sorted(spans + _open_single(text, start, end, spans))
    return spans


def _open_single(text: str, start: int, end: int, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted words that no mark closes before the next pair or the paragraph's end ("read: 'We are
    devastated … must have been in." and no closing mark; "… of our Mark. 'We are grieving …'")."""
    found, position = [], start
    for limit, after in [*((a - 1, b + 1) for a, b in pairs), (end, end)]:
        opening = _SINGLE_OPEN.search(text, position, limit)
        if opening is not None and limit - opening.end() > 20 and not _SINGLE_CLOSE.search(text, opening.end(), limit):
            stop = limit
            while stop > opening.end() and text[stop - 1].isspace():
                stop -= 1  # the words end before the space that precedes the next pair's mark
            found.append((opening.end(), stop))
        position = after
    return found


#: A single quote that closes a quotation: after a word or a stop, not between two letters.
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def _only_quotes(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    outside = blank_quotes(text, start, end, spans, marks=True)
    return len(_WORD.findall(outside)) <= 2


def blank_quotes(text: str, start: int, end: int, spans: Iterable[tuple[int, int]], *, marks: bool) -> str:
    """``text[start:end]`` with every quotation blanked out (same length, so offsets hold).

    ``spans`` are the quoted words, marks excluded; with ``marks`` the quotation
    marks around them are blanked too.
    """
    parts, position, pad = [], start, 1 if marks else 0
    for q_start, q_end in sorted(spans):
        blank_start, blank_end = max(position, q_start - pad, start), min(end, q_end + pad)
        if blank_end <= blank_start:
            continue
        parts += [text[position:blank_start], " " * (blank_end - blank_start)]
        position = blank_end
    parts.append(text[position:end])
    return "".join(parts)


#: An aside between a name and its reporting verb: ", a spokesperson for …", ", who is leading …" (no comma inside).
_APPOSITIVE_END = re.compile(
    r"(?<=[A-Za-z.)]),\s+(?:(?:a|an|the|who|whose|which|his|her|its|their)\s+"
    r"(?:[a-z][^,]*|(?:[A-Z][\w.'’-]*\s+){0,2}(?:Republican|Democrat|Independent|Democratic\s+[a-z])[^,]*"
    #: ", a CNN legal analyst who once worked for …,": an organisation's name before the lower-case noun
    r"|(?:[A-Z][\w.'’&-]*\s+){1,3}[a-z][^,]*)"
    #: ", New York Democrat,": a lawmaker's state and party without article (The Washington Times' style)
    r"|(?:[A-Z][\w.'’-]*\s+){1,3}(?:Republican|Democrat|Independent)"
    #: ", chairman of the House Committee on Oversight and Government Reform": a role of a body, without article
    rf"|(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(r for r in _ROLES if r.isalpha() and r.islower())}|director|head)"
    r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][^,]*"
    #: ", one of her sisters,", ", wearing a blue suit,": one of a group, or a participle's aside
    #: (", reacting to the indictment on Friday,": the participle's preposition before its object)
    r"|one\s+of\s+[^,]+|[a-z]{2,}ing\s+(?:(?:to|on|for|with|about|at|from|after)\s+)?"
    r"(?:a|an|the|his|her|its|their)\s+[^,]+)$"
)  # ", a spokesperson for the police", ", an Alaska Republican"
#: An aside of circumstance between a speaker and the verb: ", in a statement supporting CNN,", ", on Twitter,".
_CIRCUMSTANCE_END = re.compile(
    r"(?<=[A-Za-z.]),\s+(?:in|on|during|via)\s+(?:(?:a|an|the|his|her|its|their)\s+[a-z][^,]{0,60}|[A-Z]\w+)$"
)


#: A statement introduced by whom it is from, with a colon: "issued a statement from communications director Kate
#: Bedingfield: "…"".
_STATEMENT_FROM = re.compile(
    rf"\b(?:statement|letter|post|tweet|message|note|email|remarks|caption)\s+(?:from|by)\s+(?:[a-z][\w-]*\s+){{0,6}}?"
    rf"(?P<name>{_NAME})\s*:\s*$"
)
#: An aside naming a role that the writer left without its closing comma: ", Biden's communications director".
_OPEN_APPOSITIVE = re.compile(
    r"(?<=[A-Za-z.]),\s+(?:[A-Z][\w.'’-]*['’]s|a|an|the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:(?i:{_ROLE_WORDS})|director|manager|adviser|advisor|aide|counsel|staffer)$"
)
#: A party and state after a lawmaker's name: ", D-Conn.,", " (R-Texas)".
_PARTY_TAG = re.compile(r"(?:,\s*|\s+\()[DRI]-[A-Z][A-Za-z.]*(?:\)|,)?$")
#: A state (and party) in brackets after a lawmaker's name: " (S.D.)", " (R-S.D.)".
_STATE_TAG = re.compile(r"\s+\((?:[DRI]-)?[A-Z][A-Za-z.]*\)$")


#: An adverb of time or manner, or an auxiliary of time to come, between a name and its reporting verb: "Trump later
#: said", "Anderson will tell", "Croft is expected to tell", "He went on to say".
_ADVERB_END = re.compile(
    r"(?:(?<=[A-Za-z.])|(?<=\)))\s+(?:soon|later|then|again|also|will|would|(?<=\)\s)(?:has|have|had)|"
    r"(?:is|are|was|were)\s+expected\s+to|went\s+on\s+to|himself|herself|themselves|itself)$"
)
_ADVERB_ENDINGS = (
    " soon",
    " later",
    " then",
    " again",
    " also",
    " will",
    " would",
    " has",
    " have",
    " had",
    " to",
    "self",
    "selves",
)
#: Titles written with a field after "of": "Secretary of State", "Director of National Intelligence".
_OF_TITLES = frozenset("secretary director minister chief head commissioner administrator president".split())
#: An age after a name: "Jung Woo Kim, 33, said".
_AGE_END = re.compile(r"(?<=[A-Za-z.]),\s+\d{1,3}$")
#: Documents and posts that speak for their owner: "Arthur Evans' statement said", "Longhofer's letter notes".
_OWNED_NOUNS = frozenset(
    "statement letter lawsuit suit filing complaint motion brief memo op-ed column email tweet post testimony".split()
)
_OWNED_END = re.compile(
    r"(?<![\w'’.-])(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w-]*)(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+)?[a-z-]+$"
)


#: A person's name (two to four capitalised words) then "of" and a body or a place right before a reporting verb.
_PERSON_OF = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?P<person>(?:[A-Z][\w.'’-]*\s+){1,3}(?P<last>[A-Z][\w'’-]+))\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w'’&-]*$"
)
#: What ends the name of a body or a state before "of", besides the kinds of body (:data:`_BODY_WORDS`): "the
#: Republic of Korea", "the Academy of Sciences" (no person).
_OF_BODY_ENDS = frozenset("republic state states kingdom society college chamber academy corps conference".split())


def _name_before(outside: str, verb: int) -> tuple[int, str] | None:
    """The name (up to five capitalised words) or pronoun just before a reporting verb, and where it starts.

    "NATO Secretary General Mark Rutte told", "Rutte, who said", "he added": read backwards
    word by word, which is faster than a regular expression tried at every position.
    """
    window = outside[max(0, verb - 160) : verb]
    if not window[-1:].isspace():
        return None
    head = _PARTY_TAG.sub("", window.rstrip())  # "Sen. Chris Murphy, D-Conn., told": the name before the tag
    for auxiliary in (" has", " had", " have", " also"):  # "Trump, who has voiced support … and has said"
        if head.endswith(" who" + auxiliary):
            head = head[: -len(auxiliary)]
    if head.endswith(" who"):
        head = head[:-4].rstrip()
    head = head.removesuffix(",").rstrip()
    if head[-1:].isdigit() and (age := _AGE_END.search(head)) is not None:
        head = head[: age.start()]  # "Daca recipient Jung Woo Kim, 33, said": the name before the age
    if (
        head.endswith(_ADVERB_ENDINGS)
        and (adverb := _ADVERB_END.search(head)) is not None
        and (head[: adverb.start()].rstrip()[-1:].isalpha() or head[: adverb.start()].endswith(")"))
    ):
        head = head[: adverb.start()].rstrip()  # "the White House soon announced", "Trump later said": the name
    if window.rstrip().endswith(",") and (aside := _APPOSITIVE_END.search(head)) is not None:
        head = head[: aside.start()]  # "Katie Nelson, a spokesperson for the police, told": the name before the aside
        if (second := _APPOSITIVE_END.search(head)) is not None:
            head = head[: second.start()]  # "Marjorie Dannenfelser, president of the Susan B. Anthony List, an …"
    elif window.rstrip().endswith(",") and (aside := _CIRCUMSTANCE_END.search(head)) is not None:
        head = head[: aside.start()]  # "The ACLU, in a statement supporting CNN, said": the name before the aside
    elif (aside := _OPEN_APPOSITIVE.search(head)) is not None:
        head = head[: aside.start()]  # "Kate Bedingfield, Biden's communications director said": the aside unclosed
    if head.endswith(")"):
        head = _STATE_TAG.sub("", head)  # "Sen. Joe Manchin (D-WV), who …, confirmed", "Heitkamp (D-ND) has said"
    words = head.split()
    if words and words[-1] in _PRONOUNS:
        return verb - len(window) + len(head) - len(words[-1]), words[-1]
    if words and words[-1] in _OWNED_NOUNS and (owned := _OWNED_END.search(head)) is not None:
        return verb - len(window) + owned.start("owner"), owned.group("owner")  # "Arthur Evans' statement said"
    if (
        words
        and (words[-1][:1].islower() or (words[-1].lower() in _ROLES and words[-2:-1] in (["the"], ["The"])))
        and (description := _DESCRIPTION_END.search(head)) is not None
    ):  # '"…," the governor said', '"…," the President tweeted'
        pre = head[: description.start("d")].rstrip()
        if not pre or pre[-1] in _CLOSING or (pre[-1] == "," and pre[-2:-1] in _CLOSING):
            # '"…," the governor said', 'The judge acknowledged': the description is the speaker
            return verb - len(window) + description.start("d"), "the " + description.group("d")[4:]
        if pre[-1] == ",":  # "Mitch McConnell, the Senate majority leader, said": the name before the aside
            head = _STATE_TAG.sub("", pre[:-1].rstrip())  # "Sen. John Thune (S.D.), the No. 3 …": before the tag
            words = head.split()
        # else "anything the acting attorney general says": a description inside a clause speaks for no quote
    name: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if word == "of" and name and n and words[n - 1].lower() in _OF_TITLES and len(name) < 5:
            name.append(word)  # "Secretary of State Mike Pompeo told": a title with its field
            continue
        if len(name) == 5 + ("of" in name) or not _NAME_WORD.fullmatch(word) or (not name and "." in word):
            break
        name.append(word)
    if not name or name[-1] == "of":
        return None
    if n and words[n] in ("of", "the") and (person := _PERSON_OF.search(head)) is not None:
        # "Ken Blackwell of the Family Research Council told": the person, not the body or place they are of
        if (last := person.group("last").lower()) not in _BODY_WORDS | _OF_BODY_ENDS and last not in _OF_TITLES:
            return verb - len(window) + person.start("person"), person.group("person")
    text = " ".join(reversed(name))
    return verb - len(window) + head.rfind(name[-1]), text


class _Verbs:
    """Where the reporting verbs with the ``quote`` role stand, found among the text's words."""

    def __init__(self, text: str, tokens: Tokens) -> None:
        found = []
        for verb in _verbs_with("quote"):
            if " " in verb:
                continue
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
    names: frozenset[str] | None = None,
    collect: list[tuple[int, str]] | None = None,
) -> Speaker | None:
    """Who speaks in ``text[start:end]``; ``outside`` is that text with its quotations blanked, if at hand;
    ``names`` the words the text capitalises inside sentences (a lone subject must be one of them); ``collect``,
    if given, receives every speaker found beside a reporting verb, with where it stands (from ``start``)."""
    outside = blank_quotes(text, start, end, spans, marks=True) if outside is None else outside
    name_after = _verbs_with("name_after")
    found = []
    unnamed = False  # whether a verb's sayer is someone the sentence describes but does not name
    for verb_start, verb_end, verb in verbs.within(start, end):
        if verb_end > end or outside[verb_start - start] == " ":
            continue  # blanked out: the verb is inside a quotation
        before = _name_before(outside, verb_start - start)
        if (
            before
            and outside[max(0, before[0] - 5) : before[0]].endswith(("to ", "of ", "the "))
            and not before[1].startswith("the ")
            and _OF_ROLE.search(outside, max(0, before[0] - 40), before[0])
        ):
            before, unnamed = None, True  # "The Palestinian ambassador to the United Kingdom told": not the kingdom
        if before and verb in name_after and outside[: verb_start - start].rstrip()[-1:] == ",":
            inverted = _NAME_AFTER_VERB.match(outside, verb_end - start)
            after_name = outside[inverted.end() : inverted.end() + 1] if inverted else "x"
            if inverted and inverted.group("name")[:1].isupper() and after_name in ",.;":
                before = None  # "Giuliani, said Raskin, was …": the name after the verb speaks, not the one before
        cleaned = (
            (
                before[1]
                if before[1].startswith("the ")
                else clean_name(before[1], outside[max(0, before[0] - 20) : before[0]])
            )
            if before
            else None
        )
        if before and cleaned and not _not_name(cleaned):
            found.append((before[0], _party_person(text, start + before[0], cleaned) or cleaned))
        elif before and before[1] in _CAPITAL_MONTHS and outside[: before[0]].rstrip()[-1:] in _CLAUSE_OPEN:
            found.append((before[0], _full_name(text, before[1])))  # '"…," May said': Theresa May, not a month
        elif (
            verb not in _HEARER_VERBS  # "…, Amber Carr, one of …, told HLN": whom she told, never who speaks
            and (verb in name_after or verb == "according to" or outside[: verb_start - start].rstrip()[-1:] == ",")
            and (
                verb == "according to"
                or outside[: verb_start - start].rstrip()[-1:] in ("", ",", '"', "”", "’")
                or _QUOTE_CLOSE_BEFORE.search(text, max(start, verb_start - 6), verb_start)
            )
            and (after := _name_after_verb(outside, verb_end - start, verb in name_after or verb == "according to"))
            is not None
        ):  # "according to X", an inverted "…," said X (not "One source said X is happy"), "…, insisted X, counsel"
            found.append(after)
        elif before is None and (
            _unnamed_before(outside, verb_start - start)
            or outside[max(0, verb_start - start - 4) : verb_start - start] in (" it ", "\nit ", " It ")
            or (verb in _INVERTING and _QUOTE_CLOSE_BEFORE.search(text, max(start, verb_start - 6), verb_start))
        ):
            unnamed = True  # "a federal judge wrote", '"…," the source said', '"…," tweeted someone undescribed'
    if (
        len(found) > 1
        and (closing := _CLOSING_CREDIT.search(outside)) is not None
        and max(found)[0] >= closing.start("name")
    ):
        found = [max(found)]  # "Alshamrani also wrote a "…" that was saved on his phone, Mr. Wray said.": Wray's
    if not found and "quoted" in outside and (quoted := _QUOTED_AS.search(outside)) is not None:
        name = quoted.group("name")  # "Iranian media quoted Rahimi as saying": whom they quoted
        cleaned = name if name.startswith("the ") else clean_name(name)
        found = [(quoted.start("name"), cleaned)] if cleaned and not _not_name(cleaned) else []
    if collect is not None:
        collect += found
    if not found and spans and (introduced := _STATEMENT_FROM.search(outside, 0, max(0, spans[0][0] - start - 1))):
        found = [(introduced.start("name"), introduced.group("name"))]  # "a statement from … Kate Bedingfield: "…""
    if not found and spans and (issued := _statement_issuer(text, start, outside, spans[0][1] - start)):
        found = [(spans[0][1] - start, issued)]  # '"…," the statement read' after "The Saudi Embassy issued a …"
    if not found and spans and (signed := _SIGNATURE.match(outside, spans[-1][1] - start)):
        found = [(signed.start("name"), signed.group("name"))]  # a pull quote: "…" — Ismail Aghdam, her father
    if not found and spans and not heading and (described := _DESCRIPTION_START.match(outside)):
        found = [(described.start("d"), "the " + described.group("d")[4:])]  # "The Taiwanese president … said"
    if not found and unnamed:
        return None  # someone described speaks ("a federal judge wrote"): no name elsewhere in the sentence
    if (
        not found
        and spans
        and not heading
        and (body := _BODY_OPENING.match(outside)) is not None
        and body.group("verb") not in _quote_verbs()
    ):
        # "The network sought "an immediate restraining order" forcing the White House …": the body the text named
        # last with that kind, or no one (not a name later in the sentence; but "The board noted the Code of
        # Conduct … says that "…"": the body reports what a named thing says)
        named = _named_body(text, start, body.group("noun"))
        return _as_speaker(named) if " " in named else None
    if not found and spans and not heading:  # "Rutte, during his visit, described it as "staggering"": the subject
        # the sentence that holds the last quotation ends where the subject may be looked for: a later sentence's
        # subject ("Rather, the refugees … Palestinians may be accepted") is no speaker of the quotation
        stop = _SENTENCE_END.search(text, spans[-1][1] - 1, end)
        subjects = (
            (m.start(), m.end(), clean_name(m.group(0), outside[max(0, m.start() - 20) : m.start()]))
            for m in _SUBJECT.finditer(outside, 0, stop.start() - start if stop else len(outside))
            if not _VERB_BEFORE.search(outside, max(0, m.start() - 30), m.start())  # "One source said Sean Hannity is"
            # "In an interview with Fox News, Trump …", "working with Congress": an object, not a subject (but "with
            # … Maria Zakharova telling CNN", "about Cohen's admission that": who speaks)
            and (
                not (
                    _PREPOSITION_BEFORE.search(outside, max(0, m.start() - 24), m.start())
                    or (
                        outside[max(0, m.start() - 4) : m.start()].endswith(("and ", "or "))
                        and _COORDINATED_OBJECT.search(outside, max(0, m.start() - 60), m.start())
                    )
                )
                or _SPEAKS_AFTER.match(outside, m.end())
            )
            and not _NOT_SUBJECT.match(outside, m.start())
            and not m.group(0).endswith(("'", "’"))  # "the 2012 Roberts' decision": an owner, not a subject
            # "Saying Le Pen voters …": an object (but "Downing", "Fleming": a name the text capitalises mid-sentence)
            and not (
                m.group(0).split()[0].lower().endswith("ing") and (names is None or m.group(0).split()[0] not in names)
            )
        )
        subject = None
        for at, until, name in subjects:
            if (qualifier := _QUALIFIES.match(outside, until)) is not None:
                if _FULL_NAME.match(outside, qualifier.end()):
                    continue  # "Foreign Ministry spokeswoman Maria Zakharova": the person named after the role
                break  # "A senior US official said": the name qualifies who speaks, unnamed (no later name either)
            if name and _subject_name(name, names):
                subject = (at, name)
                break
            if name and name.lower() in _places() and _opens(outside, at) and not _ROLE_AFTER.match(outside, until):
                # "California and 15 other states sued President …": a place is the subject, no later name (but
                # "Russia's government denied that, with … Maria Zakharova telling CNN": who speaks for it)
                subject = _speaking(outside, subjects, names)
                break
            if not name and _opens(outside, at) and _nation_run(outside[at:until]):
                break  # "South Korean officials said Mr. Moon …": the subject is a nation's people, no later name
        found = [subject] if subject else []
    return _as_speaker(min(found)[1]) if found else None


def _name_after_verb(outside: str, at: int, name_after: bool) -> tuple[int, str] | None:
    """The speaker named after a reporting verb at ``at`` ("…," said Rutte), and where it starts: the name, or the
    name after a description ("said former NBA basketball star Charles Barkley", "said Stoneman Douglas student
    Laurenzo Prado": the person, not the league or the school). Without ``name_after`` the name must close the
    clause ("…, insisted X, counsel", not "One source said X is happy")."""
    after = _NAME_AFTER_VERB.match(outside, at)
    if after is not None and not name_after and outside[after.end() : after.end() + 1] not in (",", ".", ";", ""):
        after = None
    if (after is None or _LOWER_NEXT.match(outside, after.end())) and (
        described := _DESCRIBED_AFTER_VERB.match(outside, at)
    ) is not None:
        cleaned = clean_name(_NAME_STOP.sub("", described.group("name")))
        return (described.start("name"), cleaned) if cleaned and not _not_name(cleaned) else None
    if after is None:
        return None
    name = after.group("name")
    if name.startswith("the ") and (full := _NAME_AFTER_ROLE.match(outside, after.end())) is not None:
        return full.start("name"), full.group("name")  # "said the congressman Ben Ray Lujan,": the one named so
    if not name.startswith("the ") and (role := _LOWER_ROLE.search(name)) is not None:
        name = name[role.end() :]  # "Macron ally Francois Bayrou": the name after the role, not whose ally
    cleaned = name if name.startswith("the ") else clean_name(name)
    return (after.start(), cleaned) if cleaned and not _not_name(cleaned) else None


#: A full name right after a description that follows a reporting verb ("said the congressman Ben Ray Lujan, …"),
#: closing the clause.
_NAME_AFTER_ROLE = re.compile(r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,3})(?=\s*[,.;]|\s*$)")


#: A description after a reporting verb that ends in a lower-case noun right before a full name: "said former NBA
#: basketball star Charles Barkley,", "said Stoneman Douglas student Laurenzo Prado,".
_DESCRIBED_AFTER_VERB = re.compile(
    r"\s+(?:[\w.'’&-]+\s+){0,5}?"
    r"(?!(?:on|in|at|to|of|for|from|with|by|about|after|before|during|and|or|but|the|a|an|that|who|which|as|than|"
    r"is|was|were|are|has|had|have|it|its|his|her|their)\s)[a-z][\w-]+\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,3})(?=\s*[,.;]|\s*$)"
)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_NAME_STOP = re.compile(r"(?<=[a-z]{3})\.$")  # the sentence's full stop after a name ("… Raj Shah."), not "Jr."
#: A sayer described, not named, right before its verb: "a federal judge wrote", "one current NFL employee told",
#: "the source said", "The Palestinian ambassador to the United Kingdom told".
_UNNAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:]))(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)\s+"
    r"(?:[\w.'’&-]+\s+){0,4}?(?!(?:also|then|later|has|had|have|will|would)\s)[a-z][\w-]*"
    r"(?:\s+(?:to|of)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)?"
    r"\s+(?:(?:also|later|then|will|would|has|had|have)\s+)?$"
)


def _speaking(
    outside: str, subjects: Iterable[tuple[int, int, str | None]], names: frozenset[str] | None
) -> tuple[int, str] | None:
    """The first of the rest of a sentence's capitalised names that a participle of saying follows ("… with
    Foreign Ministry spokeswoman Maria Zakharova telling CNN"), if any."""
    for at, until, name in subjects:
        if name and _subject_name(name, names) and _SPEAKS_AFTER.match(outside, until):
            return at, name
    return None


def _unnamed_before(outside: str, verb: int) -> bool:
    """Whether the words before a reporting verb describe its sayer without a name ("a federal judge wrote", "one
    current NFL employee told"): not an adverbial ("Trump at one point said", "in a statement said") and not a
    named person's or body's group ("The Mueller team said" is Mueller's)."""
    window = outside[max(0, verb - 120) : verb]
    if not window.rstrip()[-1:].isalpha() or not _DETERMINERS.intersection(window.lower().split()[-7:]):
        return False  # no lower-case word before the verb or no determiner near: nothing described (most verbs)
    found = _UNNAMED_BEFORE.search(outside, max(0, verb - 120), verb)
    if found is None:
        return False
    head = found.group().split()[-1]
    if _OWNER_GROUP.search(found.group()) or head in _BODY_KINDS or head in _DOCUMENT_KINDS:
        return False  # "The Washington Post's editorial board said", "The board noted", "the opinion states": a
        # body's or a document's, read elsewhere (its issuer, its author)
    prefix = outside[max(0, found.start() - 12) : found.start()]
    if prefix.endswith("  ") or prefix.rstrip()[-1:] in ("", ".", "!", "?"):
        return True  # after a quotation (blanked) or at a sentence's start
    previous = prefix.split()
    # the subject of a clause ('"…," the source said', "as a federal judge wrote"): not an adverbial ("at one point
    # said"), an aside after a name ("Sen. John Thune (S.D.), the No. 3 Republican senator, told") or an object
    # ("takes anything the acting attorney general says")
    return not previous or previous[-1].lower() in _CLAUSE_OPENERS


#: Documents that speak for their author: "the opinion states", "the order said".
_DOCUMENT_KINDS = frozenset(
    "opinion order ruling statement letter report lawsuit suit complaint filing memo indictment plan bill proposal "
    "document release post tweet message email".split()
)
#: Words after which a noun phrase opens a clause as its subject: "as a federal judge wrote", "and the source said".
_CLAUSE_OPENERS = frozenset("as and but while when because though although since so that whereas until once if".split())


_DETERMINERS = frozenset("the a an one two three several some other".split())
#: A named person's or body's group: "The Mueller team", "the Trump campaign".
_OWNER_GROUP = re.compile(
    r"(?:[A-Z][\w.'’&-]*\s+(?:team|campaign|administration|office|family|government|camp|lawyers?|attorneys?)"
    r"|[A-Z][\w.&-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    r"(?:(?:also|later|then|will|would|has|had|have)\s+)?$"
)
#: A name that is the object of a role's preposition: "ambassador to the United Kingdom", "a member of Congress".
_OF_ROLE = re.compile(r"(?<![\w.'’-])[a-z][\w-]*\s+(?:to|of)\s+(?:the\s+)?$")
#: A source and its verb that close a sentence after a comma: "…, Mr. Wray said.", "…, he told reporters Tuesday."
_CLOSING_CREDIT = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+ly\s+)?"
    r"(?:said|says|added|wrote|stated|noted|told(?:\s+[a-z]+){1,2})(?:\s+(?:on|in|at)\s+[\w ]{1,25}?)?[.!?]?[\s\"”’']*$"
)
#: Verbs of saying that take no object, so that what follows them after a quotation is their sayer: '"…," said a
#: senior security official' (not '"…," asked a followup question').
#: Verbs whose object is who hears: "…, she told HLN" (the outlet told, not a speaker after an inverted verb).
_HEARER_VERBS = frozenset("told tells tell telling".split())
_INVERTING = frozenset("said says added wrote tweeted posted quipped snapped joked countered stated continued".split())
#: A quotation's closing mark right before a reporting verb: '"…," tweeted …'.
_QUOTE_CLOSE_BEFORE = re.compile(r"[\"”’'][\s,]*$")
#: "Iranian media quoted Rahimi as saying", "quoted the speaker as saying".
_QUOTED_AS = re.compile(
    rf"\bquoted\s+(?P<name>{_NAME}|the\s+(?:[a-z]+\s+){{0,2}}?(?i:{_ROLE_WORDS}))\s+as\s+(?:saying|telling)\b"
)


def _full_name(text: str, surname: str) -> str:
    """A surname as the text gives it in full ("May" -> "Theresa May"), if it does, with one first name."""
    firsts = {
        m.group(1)
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{surname}\b", text)
        if m.group(1).lower() not in _NOT_NAME_WORDS | _NOT_NAMES | _BEFORE_MONTHS
    }
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else surname


#: Months that are also names, capitalised: "May said" is Theresa May.
_CAPITAL_MONTHS = frozenset({"May", "June", "April", "August"})
_CLAUSE_OPEN = frozenset({"", ",", ".", '"', "”", "’"})
#: The end of a sentence, before the next one's capital or quotation mark.
_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)\]\"”’'])(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bSgt)(?<!\bMrs)(?<!\bMr)(?<!\bMs)"
    r"(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bLt)(?<!\bNo)(?<!\bRev)(?<!\bAmb)(?<!\bGov)(?<!\bvs)"
    r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])"
)  # not an initial ("Chad K. Mills") or a title ("Sen. Ann Lee")
#: What follows a name that speaks though a preposition stands before it: a participle of saying ("with … Maria
#: Zakharova telling CNN"), or the name's own words ("about Cohen's admission that").
_SPEAKS_AFTER = re.compile(
    r"(?:\s+(?:telling|saying|adding|noting|arguing|insisting|warning|writing)\b"
    r"|(?:['’]s)?(?<=['’]s)\s+(?:admission|statement|claim|testimony|remarks|words|assertion|argument|complaint|letter|"
    r"promise|insistence|comments?)\b)"
)
_FULL_NAME = re.compile(r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
#: A preposition (and an article) right before a name: the name is its object, not a sentence's subject.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|about|against|between|over|into|upon|like|than|under|without|toward|towards|among|onto|to|of|"
    r"from|for|in|on|at|near)\s+(?:(?:the|a|an)\s+)?$"
    # "the day after the CNN story": a name inside a time's object (after a determiner: "after Trump said" is a clause)
    r"|\b(?:after|before|during|since|until|despite|amid)\s+(?:the|a|an)\s+$"
)
#: A name joined to a preposition's object: "between Graham and Blumenthal".
_COORDINATED_OBJECT = re.compile(
    r"\b(?:with|about|against|between|over|into|upon|like|than|under|without|among|to|of|from|for|in|on|at)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:and|or)\s+(?:the\s+)?$"
)


#: The end of a description of a lawmaker by state and party: "the New York Democrat", "the Texas Republican".
_PARTY_WORDS = ("Democrat", "Republican")


def _party_person(text: str, at: int, name: str) -> str | None:
    """Whom a description by state and party at ``at`` stands for ('"…," the New York Democrat said'): the person
    the text named before with it ("Rep. Jerrold Nadler, New York Democrat,", "Nadler, a New York Democrat", "New
    York Democrat Jerrold Nadler"), the latest such; None when the text named no one so (no guess)."""
    if not name.endswith(_PARTY_WORDS) or " " not in name or text[max(0, at - 4) : at].lower() != "the ":
        return None
    described = re.escape(name).replace(r"\ ", r"\s+")
    pattern = re.compile(
        rf"(?P<name>{_PERSON_NAME}),\s+(?:an?\s+|the\s+)?{described}\b"
        rf"|{described}\s+(?P<after>[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){{1,3}})"
    )
    last = None
    for match in pattern.finditer(text, max(0, at - _BODY_LOOK_BACK), at - 4):
        last = match
    found = clean_name(last.group("name") or last.group("after")) if last is not None else None
    return _as_speaker(found)[0] if found else None  # "House Speaker Nancy Pelosi": her name


#: A statement or a body named by its kind that speaks right after a quotation: '"…," the statement read',
#: '"…," the embassy said'.
_THE_STATEMENT = re.compile(
    r"[\"”’',.!?\s]*the\s+(?:(?:joint|written|official|brief)\s+)?(?P<kind>[a-z]+)\s+"
    r"(?:read|reads|said|says|added|continued|stated|went\s+on)\b"
)
#: Who issued a statement, in the text before one that speaks: "The Saudi Embassy in Washington issued a statement",
#: "In a statement, the Saudi Embassy …".
_ISSUED = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|^)(?:The\s+)?(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*)?\s+(?:issued|released|put\s+out|sent|posted)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?statement"
    r"|\b[Ii]n\s+an?\s+(?:[\w-]+\s+)?statement,\s+(?:the\s+)?(?P<in>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)"
    #: "The Russian foreign ministry issued a statement": a body named in lower case after whose it is
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)The\s+(?P<body>(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:ministry|embassy|office|"
    r"department|government))\s+(?:issued|released|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?statement"
    #: "The White House dismissed the lawsuit as "…" in a statement Tuesday."
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?:The\s+)?(?P<by>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+[a-z]+ed\b"
    r"[^.!?\n]{0,100}?\bin\s+an?\s+(?:[\w-]+\s+)?statement\b",
    re.M,
)
_ISSUER_LOOK_BACK = 600


def _statement_issuer(text: str, start: int, outside: str, at: int) -> str | None:
    """Who speaks in a statement or a body named by its kind right after a quotation: the issuer the text named
    just before ("The Saudi Embassy … issued a statement" … '"…," the statement read'), or the body named last
    with that kind ('"…," the embassy said'); None otherwise."""
    said = _THE_STATEMENT.match(outside, at)
    if said is None:
        return None
    kind = said.group("kind")
    if kind in _BODY_KINDS:
        body = _named_body(text, start, kind)
        return body if body != kind else None
    if kind not in ("statement", "letter", "release", "memo", "email"):
        return None
    issued = list(_ISSUED.finditer(text, max(0, start - _ISSUER_LOOK_BACK), start))
    if not issued:
        return None
    if body := issued[-1].group("body"):
        return body  # "Russian foreign ministry"
    return clean_name(issued[-1].group("who") or issued[-1].group("in") or issued[-1].group("by"))


#: A role and a name after a place that opens a sentence: "White House counsel Michael Purpura read …".
_ROLE_AFTER = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?i:{_ROLE_WORDS})|director|manager|adviser|advisor|aide|counsel|staffer)"
    r"\s+[A-Z]"
)


#: A person or group named by a lower-case noun after a capitalised qualifier: "US official", "White House aides".
_QUALIFIES = re.compile(
    r"\s+(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|aides?|lawmakers|prosecutors|investigators|"
    r"authorities|analysts|experts|leaders|protesters|demonstrators|supporters|critics|professionals|workers|"
    r"employees|advocates|activists|administration)\b"
)


_LOWER_ROLE = re.compile(rf".*\s(?:{_ASIDE_ROLES})\s+(?=[A-Z])")


def _opens(outside: str, at: int) -> bool:
    """Whether only marks, space or a dateline ("WASHINGTON –") stand before ``at`` in ``outside``."""
    head = outside[:at].strip(" \n\"“”'‘’")
    return not head or _NOT_SUBJECT.fullmatch(head) is not None


def _subject_name(name: str | None, names: frozenset[str] | None) -> bool:
    """Whether a sentence's capitalised subject can speak: not a place ("the Capitol", "Ukraine"), and not one
    word the text never capitalises inside a sentence ("Hours after the ruling", "Facing pressure", "Audio of")."""
    if not name or _as_speaker(name)[1] in _NOT_NAMES or name.lower() in _places():
        return False
    return (
        name.lower() in ("he", "she", "they")
        or names is None
        or " " in name
        or name in names
        or (name.isupper() and 2 <= len(name) <= 5)
    )


@cache
def _verb_before() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v).replace(r"\ ", " ") for v in _verbs_with("quote") if v != "according to")
    verbs += "|saying|telling|arguing|claiming|insisting|noting|adding|warning|asserting|alleging|suggesting"
    return re.compile(rf"\b(?:{verbs})\s+(?:that\s+)?$")  # "said that Smollett …", "After saying that Smollett …"


class _VerbBefore:
    """A reporting verb right before a position: the name after it is what was said, not who said it."""

    @staticmethod
    def search(text: str, start: int, end: int) -> re.Match[str] | None:
        return _verb_before().search(text, start, end)


_VERB_BEFORE = _VerbBefore()


def _unmarked(
    text: str, members: list[Sentence], speaker: Speaker | None, last: _Last, history: _SpeakerHistory
) -> list[Quote]:
    quotes = []
    pattern = _speech_patterns()[1]
    for sentence in members:
        match = pattern.match(text, sentence.start, sentence.end)
        if match and "'" not in match.group("speech")[:1]:
            named = clean_name(match.group("name"))
            who = (history.resolve(_as_speaker(named), last, match.start()) if named else None) or speaker
            name, key = who or (None, None)
            quotes.append(Quote(match.start("speech"), match.end("speech"), sentence.index, name, key, marked=False))
    return quotes


#: Words that open a capitalised run at a sentence's start but never a name: "By", "What", "Both Beijing",
#: "Four Minneapolis", "According", "Amid", "Not", "His", "It's".
_NOT_NAME_WORDS = frozenset(
    "by what not his her its it's according amid both four one two three five six seven eight nine ten dozens "
    "hundreds thousands several some many most all few every each another other such no yes so if as for from of "
    "to with without after before since until during despite among across against about above below under over "
    "into onto upon than then there here where who whom whose which why how while when though although because "
    "we i you our my your their them these those this that the a an and or but nor yet also even just only still "
    "more less here's there's that's what's however meanwhile moreover nevertheless nonetheless instead indeed "
    "separately similarly additionally furthermore later earlier now today yesterday former late acting then "
    "once besides unless whether whereas outside inside near within behind beyond through throughout "
    "i'm i’m i've i’ve i'd i’d i'll i’ll".split()
)
#: Short -ing words of speech that open a sentence before a name: "Saying Le Pen voters …", "Asking Trump to …".
_SPEAKING = frozenset("saying asking adding noting telling calling writing".split())
_NUMBER_WORD = re.compile(
    r"(?:eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)"
    r"(?:-\w+)?"
)
_PLACE_PREPOSITIONS = frozenset("from of in at for to near outside inside across".split())


def clean_name(name: str, before: str = "") -> str | None:
    """``name`` (capitalised words found before or after a reporting verb) as a speaker's name, or None.

    Leading words that never open a name are dropped ("Both Beijing" -> "Beijing" is still a place, so a run
    that opened with such a word is kept only if a name is left); a month or weekday (also as a possessive,
    "June's"),
    a long -ing word ("Elaborating") or a run right after a preposition ("a Democrat from Virginia") is no
    speaker. ``before`` is the text just before the name.
    """
    words = _unrepeated(name.split())
    inside = False  # whether the name's run began inside a body's name ("… Right to Life President …")
    stops = (
        [n for n, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 4 and w.lower() not in _CUT_WORDS]
        if ". " in name
        else []
    )
    if stops:  # "California. Congressional …", "Donald Trump. The": a sentence ended inside the run
        rest = words[stops[-1] + 1 :]
        if rest[0].lower() in _NOT_NAME_WORDS | _NOT_NAMES:
            words = [*words[: stops[-1]], words[stops[-1]].rstrip(".")]
        else:
            words = rest
    while words and words[0] in _PAGE_WORDS:
        words = words[1:]  # "CLOSE Roy Moore's …": a video player's button glued before the caption
    tail = before.split()[-2:]
    if (
        tail
        and tail[-1].lower() in _PLACE_PREPOSITIONS
        and [w.lower() for w in tail] != ["according", "to"]
        # "Ohio Right to Life President Mike Gonidakis": a preposition inside a body's name, then its titled head
        and not (inside := len(tail) == 2 and tail[0][:1].isupper() and _titled_name(words))
    ):
        return None  # "from Virginia", "of California": a place used as an adverbial
    if inside:
        words = words[max(n for n, word in enumerate(words[:-1]) if word.lower() in _CUT_WORDS) :]
    while words and (
        words[0].lower() in _NOT_NAME_WORDS
        or words[0].lower() in _NOT_NAMES
        or (words[0].lower().endswith("ing") and (len(words[0]) > 7 or words[0].lower() in _SPEAKING))
        or _NUMBER_WORD.fullmatch(words[0].lower())
        or words[0].lower() in _OPENING_VERBS
        or (len(words) > 1 and words[0].lower() in _quote_verbs())  # "Added Bondi": the verb, then the name
    ):
        words = words[1:]
    owner = (
        next((n for n, word in enumerate(words[:-1]) if word.lower().endswith(("'s", "’s"))), None)
        if "s " in name
        else None
    )
    if (
        owner is not None
        and all(word[:1].isupper() for word in words)
        and words[-1].lower().strip(".,") not in _BODY_WORDS  # "Syria's Foreign Ministry": the body is named so
    ):
        words = words[owner + 1 :]  # "Roy Moore's Democratic [opponent]": the owner is not the one who speaks
    if words and words[-1].lower().endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "the Washington Post's": the owner ("June's": a month, below)
    if words and all(word.lower().strip(".,") in _NATIONS | _ADJECTIVES for word in words):
        return None  # "South Korean", "British", "European": an adjective of a nation or party, not a name
    if not words or not words[-1] or _not_name(" ".join(words)):
        return None
    if len(words) == 1 and (words[0].lower().endswith("ing") and len(words[0]) > 7 or words[0].lower() in _ADJECTIVES):
        return None  # "Elaborating"; "Democratic", "Republican": a word of a name, not a name
    return " ".join(words)


#: A page's share buttons, printed in a row before the text ("Facebook Twitter Pinterest Macron said …").
_SHARE_WORDS = frozenset("pinterest whatsapp linkedin instagram reddit email share print".split())
#: Words a page puts before a caption or between paragraphs, glued to the text that follows ("CLOSE Roy Moore's
#: Democratic opponent …" under a video, "MORE", "ADVERTISEMENT").
_PAGE_WORDS = frozenset("CLOSE MORE ADVERTISEMENT Advertisement RELATED WATCH VIDEO PHOTOS UPDATE".split())
#: Adjectives of nation, region and direction that stand before a noun ("a South Korean diplomat", "the British prime
#: minister", "European leaders") and are no one's name alone.
_NATIONS = frozenset(
    "american british scottish irish french german italian spanish portuguese dutch belgian swiss "
    "austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek "
    "serbian croatian bosnian albanian ukrainian russian belarusian georgian armenian turkish kurdish israeli "
    "palestinian lebanese syrian iraqi iranian jordanian egyptian libyan tunisian algerian moroccan saudi emirati "
    "qatari kuwaiti yemeni omani bahraini afghan pakistani indian bangladeshi sri lankan nepalese chinese japanese "
    "korean taiwanese mongolian vietnamese thai cambodian burmese malaysian singaporean indonesian filipino "
    "australian canadian mexican cuban venezuelan colombian brazilian argentine argentinian chilean peruvian "
    "ecuadorian bolivian nigerian kenyan ethiopian somali sudanese ghanaian ugandan rwandan congolese zimbabwean "
    "african asian european arab latin hispanic latino western eastern northern southern middle north south east "
    "west central gulf nordic baltic balkan soviet".split()
)


#: Months that are also given or family names: "Theresa May", "Brian June" are names, "last May" and "May" are not.
_NAME_MONTHS = frozenset("may june april august".split())
_BEFORE_MONTHS = frozenset("early late last next mid this that since until by".split())


def _not_name(name: str) -> bool:
    """Whether a speaker's name is a day, a month or a word that never names anyone ("In", "The")."""
    words = name.split()
    if not any(word.lower().strip(".,'") in _NOT_NAMES for word in words):
        return False  # the key is one of the words: none is a day, a month or a non-name word
    key = _as_speaker(name)[1]
    if key not in _NOT_NAMES:
        return False
    if key in _NAME_MONTHS and len(words) > 1 and words[-1].lower() == key:
        previous = words[-2].lower().strip(".,")
        return not words[-2][:1].isupper() or previous in _NOT_NAMES or previous in _BEFORE_MONTHS
    return True


def _nation_run(run: str) -> bool:
    """Whether capitalised words are only a nation's or region's adjectives ("South Korean", "The British")."""
    words = [w.lower() for w in run.split() if w.lower() not in ("the", "a", "an")]
    return bool(words) and all(word in _NATIONS for word in words)


def _titled_name(words: list[str]) -> bool:
    """Whether a run of capitalised words ends in a title and a name after it ("… Life President Mike Gonidakis")."""
    return any(word.lower() in _CUT_WORDS for word in words[:-1]) and words[-1].lower() not in _CUT_WORDS


def _unrepeated(words: list[str]) -> list[str]:
    """A name's words up to where they start again: a linked name that a page prints twice, the second time
    glued to the link's text ("Mitt Romney Mitt Romney", "Sen. John Cornyn John CornynGOP senators …",
    "Dianne Feinstein Dianne Emiel FeinsteinSenate Democrats …"). A name never repeats a word of two letters or
    more (a title such as "Sen." aside)."""
    if len(set(words)) == len(words):
        return words  # no word twice: nothing to cut (most names)
    seen: set[str] = set()
    for n, word in enumerate(words):
        if word in seen:
            while n > 1 and words[n - 1].lower() in _CUT_WORDS:
                n -= 1  # "Sen. Ben Sasse Sen. Ben Sasse": the second title goes with the second name
            return words[:n]
        if len(word) > 1 and word.lower() not in _CUT_WORDS:
            seen.add(word)
    return words


#: Auxiliaries that open a question in capitals ("Is it …", "Does the …"): no name.
_OPENING_VERBS = frozenset("is are was were does do did can could will would should has have had may might".split())
#: Adjectives of party and nation that stand before a name but are none alone.
_ADJECTIVES = frozenset("democratic republican gop conservative liberal progressive federal national".split())


@cache
def _quote_verbs() -> frozenset[str]:
    return frozenset(v for v in _verbs_with("quote") if " " not in v)


def _as_speaker(name: str) -> Speaker:
    name = " ".join(_unrepeated(name.split()))
    if name.lower() in ("he", "she", "they") or name.startswith("the "):
        return name, name.lower() if name.lower() in ("he", "she", "they") else "he"
    words = name.split()
    titles = [n for n, word in enumerate(words[:-1]) if {word.lower(), word.lower().strip(".")} & _CUT_WORDS]
    if titles:
        cut = keep = titles[-1]  # the last title stays with the name ("Sen. Susan Collins", "Chairman Robin Hayes")
        if words[cut].lower() == "of" and len(words) - cut > 3:
            # "Secretary of State Mike Pompeo", "Director of Trade Policy Peter Navarro": the title's field after
            # "of" goes too; the person is the two words that close the run
            cut, keep = len(words) - 3, len(words) - 2
        if cut and _person_like((" ".join(words[cut + 1 :]), "")):
            words = words[keep:]  # "White House Press Secretary Sarah Sanders", "Nine Line Apparel CEO Tyler Merritt"
    bodies = (
        [n for n, word in enumerate(words[:-2]) if word.lower().strip(".,") in _BODY_WORDS] if len(words) > 2 else []
    )
    led = words[bodies[-1] + 1 :] if bodies else []
    if led and all(w[:1].isupper() and w.lower().strip(".,") not in _BODY_WORDS | _SHARE_WORDS for w in led):
        words = led  # "Senate Judiciary Committee Chuck Grassley": the person the body's name leads to
    parts = [p for p in words if p.lower().strip(".") not in _TITLE_WORDS] or words
    named = [p for p in parts if not _SUFFIX.fullmatch(p.rstrip(","))] or parts  # "Pauley III": Pauley
    return " ".join(parts), named[-1].lower().strip(".,'")


@dataclass(frozen=True, slots=True)
class QuoteSpans:
    """A text's quotations (sorted by start) ready for look-up: their starts and the running maximum of
    their ends (both never decrease), so :meth:`at` costs two bisections, not a walk through every quote."""

    quotes: tuple[Quote, ...] = ()
    starts: tuple[int, ...] = ()
    reach: tuple[int, ...] = ()

    @classmethod
    def of(cls, quotes: tuple[Quote, ...]) -> QuoteSpans:
        return cls(quotes, tuple(q.start for q in quotes), tuple(accumulate((q.end for q in quotes), max)))

    def at(self, start: int, end: int) -> Quote | None:
        """The first quotation that starts at or before ``start`` and ends at or after ``end``."""
        candidates = bisect_right(self.starts, start)  # quotes[:candidates] start at or before ``start``
        first = bisect_left(self.reach, end, 0, candidates)  # the first of them that ends at or after ``end``
        return self.quotes[first] if first < candidates else None


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The quotation (or unmarked speech) of ``quotes`` (sorted by start) that holds the span ``start:end``."""
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote
    return None


def first_quotes(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> Mapping[int, Quote]:
    """Each sentence's first marked quotation (one that runs over several sentences counts in each)."""
    found: dict[int, Quote] = {}
    starts = [s.start for s in sentences]
    for quote in quotes:
        if not quote.marked:
            continue
        first = max(bisect_right(starts, quote.start) - 1, 0)
        for index in range(first, len(starts)):
            span = sentences[index]
            if span.start >= quote.end:
                break
            if quote.start < span.end and span.start < quote.end:
                found.setdefault(index, quote)
    return found


# --- attribution: the source a sentence credits --------------------------------------------------------------

_VAGUE_HEADS = frozenset(
    "analysts experts critics observers officials sources reports surveys studies some many others people "
    "insiders commentators diplomats".split()
)
_NOT_SOURCES = frozenset(
    "some many it this that these those there here in on at but and when while he she they we i you both even also as "
    "however meanwhile moreover".split()
)
_SOURCE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
#: Adverbs of time between a source and its verb: "Moulton later told CNN", "He originally told The Post".
_SOURCE_ADVERBS = "later|then|again|first|originally|repeatedly|subsequently|initially|once"
#: Auxiliaries of time to come between a source and its verb: "Anderson will tell", "Croft is expected to tell",
#: "He went on to say".
_SOURCE_AUXILIARIES = r"will|would|(?:is|are|was|were)\s+expected\s+to|went\s+on\s+to"
_BEFORE_VERB = re.compile(
    #: "Sen. Heidi Heitkamp (D-ND) has said": the party and state in brackets stand between the name and its verb;
    #: "Rep. Doug Collins, R-Ga., the panel's ranking member, emphasized": after a comma
    rf"(?P<name>{_SOURCE_NAME})(?:\s*\([DRI]-[A-Z][A-Za-z.]*\)|,\s*[DRI]-[A-Z][A-Za-z.]*(?=,))?"
    #: "Fastly, which said", "…, who has …, said"
    rf"(?:,[^,()]{{1,80}},|,\s+(?:which|who)|\s+(?:on|in|at|during|from|later)\s+[A-Z]?[\w-]+)?"
    rf"\s+(?:(?:also|has|had|have|previously|recently|{_SOURCE_ADVERBS}|{_SOURCE_AUXILIARIES})\s+)?$"
)
#: "the finance ministry said", "the transport minister told": a named role or body, in lower case.
_ROLE_BEFORE_VERB = re.compile(
    #: "the finance ministry said", "Spain's acting prime minister's office on Wednesday confirmed", "The sheriff said"
    r"\b(?P<name>the\s+(?:[A-Za-z-]+\s+){0,3}?(?:ministry|minister|office|department|agency|police|government|"
    r"spokesman|spokeswoman|spokesperson|court|company|army|military|embassy|council|committee|commission|board|"
    r"central bank|institute|university|mayor|president|governor|senator|prosecutors?|chief|secretary|statement|"
    r"justices|judges|jury|sheriff|judge|ambassador|commissioner|chairman|chairwoman|chancellor|premier|coach|"
    r"superintendent)"
    #: "A McConnell spokesman told …", "an aide to Hoyer told …", "a police spokesperson told …": someone's
    #: person, named by whose they are (the name after "to"/"for"/"from"/"at" is whom they speak for, not the source:
    #: "a spokesperson from Palmetto Health said")
    r"|(?:a|an|his|her|their|one)\s+(?:[A-Za-z.'’-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|aide|adviser|"
    r"advisor|lawyer|attorney|representative|assistant|official|staffer|friend|colleague|neighbou?r|brother|sister|"
    r"mother|father|son|daughter|wife|husband|cousin|uncle|aunt|partner)(?:\s+(?:to|for|from|at)\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)"
    r"(?:\s+(?:on|in|at|during|later)\s+[A-Z][\w-]+)?"  # "… office on Wednesday confirmed"
    rf"(?:,[^,()]{{1,80}},)?\s+(?:(?:also|has|had|have|{_SOURCE_AUXILIARIES})\s+)?$",
    re.I,
)
#: A state's office or government before its verb: "Spain's acting prime minister's office on Wednesday confirmed".
_STATE_BODY_BEFORE_VERB = re.compile(
    r"(?<![\w'’-])(?P<name>(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[a-z'’-]+\s+){0,3}?(?:ministry|office|government|"
    r"embassy|department|military|army|police))(?:\s+(?:on|in|at|during|later)\s+[A-Z][\w-]+)?\s+(?:also\s+)?$"
)
#: A person named before an aside that gives their role in the body named just before the verb: "Marjorie
#: Dannenfelser, president of the …" (the body is whose president, the person speaks).
_HEAD_OF = re.compile(
    rf"(?P<name>{_SOURCE_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?i:{_ROLE_WORDS}|director|"
    r"manager|adviser|advisor|aide|counsel|founder|head|member|fellow|professor)\s+(?:of|for|at)\s+(?:the\s+)?"
    #: "James Esseks, director of the LGBT & HIV Project at the American Civil Liberties Union, …, told"
    r"(?:(?:[A-Z&][\w.'’&-]*\s+){1,5}(?:of|for|at)\s+(?:the\s+)?)?$"
)
_ASIDE_NAME = re.compile(r",\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s*$")
_SPEAKS_FOR = re.compile(r"\s(?:to|for|from|at)\s", re.I)
_PRONOUN_BEFORE_VERB = re.compile(
    rf"\b(?:he|she|they)\s+(?:(?:also|{_SOURCE_ADVERBS}|{_SOURCE_AUXILIARIES})\s+)?$", re.I
)
_AFTER_VERB = re.compile(rf"\s+(?P<name>{_SOURCE_NAME})")
#: A role after whose it is, then the person: "said CNN global affairs analyst Joseph Yun" is Joseph Yun.
_ROLE_THEN_NAME = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:{_ASIDE_ROLES})\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}})"
)
_ACCORDING = re.compile(rf"\baccording to (?:the )?(?P<name>{_SOURCE_NAME})")
#: "according to that country's foreign minister, Roberto Ampuero": the person the description names.
_ACCORDING_NAMED = re.compile(
    r"\baccording to (?:[\w'’-]+\s+){1,5}?[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?(?=\s+[A-Z]))*\s+[A-Z][\w'’-]+)"  # no full stop after it
)


#: A preposition before a name makes it an object ("the work on North Korea had told"; not "of", "for", "at", "from":
#: "analysts at Goldman Sachs said" still credits the firm).
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|with|about|by|against|between|over|into|near|in|inside|within|among)\s+(?:the\s+)?$"
)
#: A document that speaks for its owner: "CNN's lawsuit asserts", "the company's filing says".
_OWNED_DOCUMENT = re.compile(
    rf"(?P<name>{_SOURCE_NAME})['’]s?\s+(?:lawsuit|suit|filing|complaint|motion|brief|opinion|ruling|statement|"
    r"letter|report|memo|indictment)\s+(?:also\s+)?$"
)
#: Participles of saying after a comma, whose source is the sentence's subject.
_PARTICIPLES = frozenset("saying arguing insisting noting claiming adding warning".split())
#: A body named by its kind, opening a sentence with its verb: "The administration has refused, saying …".
_OPENING_BODY = re.compile(
    r"\W*(?P<name>[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:administration|government|company|campaign|ministry|department|"
    r"agency|police|court|board|committee|council|embassy|network|union))\s+(?:has\s+|had\s+|have\s+)?[a-z]+ed\b"
)
#: "As I've argued", "we're told": the writer's own voice, no source.
_FIRST_PERSON = re.compile(r"(?:(?<=^i)|(?<=^we))['’](?:ve|m|d|ll|re)$")
#: A source and its verb that close a sentence after a comma: "…, Marrero pointed out.", "…, the court said." (not
#: an outlet that relays what someone said: "Hatch said …, Bloomberg reported" is still Hatch's)
_TRAILING_SOURCE = re.compile(
    rf",\s+(?P<name>{_SOURCE_NAME}|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?(?!report)[a-z]+(?:\s+(?:out|on|up))?"
    r"(?:\s+(?:on|in)\s+[\w-]+(?:\s+[\w-]+)?)?\W*$"
)


def attribution(text: str, verbs: Iterable[Hit] | None = None) -> str | None:
    """The named source a text cites ("according to the Pentagon", "Rutte said"), if any.

    ``verbs`` are the text's reporting verbs (offsets into ``text``), if already
    at hand. The name is looked for just before a verb (or just after "said",
    "told" …). A vague head ("analysts say", "reports suggested") is not a named
    source; a pronoun ("he stressed") is returned as ``"pronoun"``.
    """
    candidates: list[tuple[int, str]] = []
    according = (_ACCORDING.search(text) or _ACCORDING_NAMED.search(text)) if "according to" in text else None
    if according:
        candidates.append((according.start(), according.group("name")))
    source_after = _verbs_with("source_after")
    found = _source_verbs(_lexicon(REPORT_VERBS).finditer(text)) if verbs is None else verbs
    for start, end, entry in found:
        role = _ROLE_BEFORE_VERB.search(text, max(0, start - 140), start)
        if (
            role is None
            and "s " in text[max(0, start - 80) : start]
            and (owned := _STATE_BODY_BEFORE_VERB.search(text, max(0, start - 80), start)) is not None
            and owned.group("owner").lower() in _places()
        ):
            role = owned  # "Spain's … office on Wednesday confirmed": the state's ("Mr. Moon's office": Moon's, below)
        before = _BEFORE_VERB.search(text, max(0, start - 140), start)
        if before is None or (
            role is not None
            and role.start() < before.start()
            and (_SPEAKS_FOR.search(role.group()) or _not_name(before.group("name")))  # "… office on Wednesday said"
        ):
            before = role  # "an aide to Hoyer told": the aide, not Hoyer
            if role is not None and (aside := _ASIDE_NAME.search(role.group())):
                before = aside  # "Their attorney, Gloria Schmidt, told": the name the aside gives
        if (
            before is not None
            and before.re is _BEFORE_VERB
            and text.endswith((" of the ", " of ", " for the ", " at the ", " for ", " at "), 0, before.start())
        ):
            head = _HEAD_OF.search(text, max(0, before.start() - 100), before.start())
            before = head or before  # "Marjorie Dannenfelser, president of the Susan B. Anthony List, …, said"
        if (
            before is not None
            and before.re is _BEFORE_VERB
            and _OBJECT_BEFORE.search(text, max(0, before.start() - 20), before.start())
        ):
            before = None  # "officials familiar with the work on North Korea had told": an object, not the source
        if before is None and (owner := _OWNED_DOCUMENT.search(text, max(0, start - 140), start)) is not None:
            before = owner  # "CNN's lawsuit asserts", "the justices' opinion said": the owner's claim
        if before and before.group("name").lower() not in ("he", "she", "they"):
            candidates.append((before.start(), before.group("name")))
        elif _PRONOUN_BEFORE_VERB.search(text, max(0, start - 20), start):
            candidates.append((start, "pronoun"))
        elif (
            entry.term in _PARTICIPLES
            and text[:start].rstrip().endswith(",")
            and (opening := _OPENING_BODY.match(text)) is not None
            and opening.end() <= start
        ):
            body = "the " + opening.group("name").split(None, 1)[1]
            candidates.append((opening.start("name"), body))  # "The administration has refused,
            # saying …": the body the sentence opens with says it
        elif entry.term in source_after and (after := _AFTER_VERB.match(text, end)):
            person = _ROLE_THEN_NAME.match(text, after.end())
            candidates.append((after.start(), (person or after).group("name")))
    order = sorted(candidates)
    if len(order) > 1 and (last := _TRAILING_SOURCE.search(text)) is not None:
        #: "Courts have ruled that …, Marrero pointed out.": the source named at the end speaks the whole sentence
        order.sort(key=lambda c: c[0] < last.start("name"))
    for at, name in order:
        parts = name.split()
        while parts and _FIRST_PERSON.sub("", parts[0].lower()) in _NOT_SOURCES:
            parts = parts[1:]
        if name != "pronoun" and parts and not parts[0].islower():
            cleaned = clean_name(" ".join(parts), text[max(0, at - 20) : at])
            parts = cleaned.split() if cleaned else []
        if parts and (any(p.lower().endswith(("n't", "n’t")) for p in parts) or _no_speaker(" ".join(parts))):
            continue  # "won't say": a negated verb, not a name; "the Excessive Fines Clause": a law's part
        if name == "pronoun" or (parts and parts[-1].lower() not in _VAGUE_HEADS):
            return name if name == "pronoun" else " ".join(parts)
    return None


def _source_verbs(hits: Iterable[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Reporting verbs that can credit a source (not the ``speech_only`` markers)."""
    return [hit for hit in hits if "speech_only" not in hit[2].flags]


def source_verb_hits(hits: Iterable[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """The hits of the ``report_verbs`` lexicon that can credit a source (used by the prepare stage)."""
    return _source_verbs(hits)


def sentence_attributions(
    text: str, sentences: Sequence[Sentence], quotes: Sequence[Quote], verbs: Mapping[int, Sequence[Hit]]
) -> tuple[str | None, ...]:
    """:func:`attribution` of each sentence, with its quotations blanked out (``None``: no source named).

    ``verbs`` are the reporting verbs of each sentence (only sentences that have one).
    """
    found: list[str | None] = []
    people: _People | None = None  # the people the text names with a role, read when a description needs them
    lookup = QuoteSpans.of(tuple(quotes))
    marked_by_sentence = _marked_by_sentence(sentences, quotes)
    for sentence in sentences:
        if sentence.index not in verbs and text.find("according to", sentence.start, sentence.end) < 0:
            found.append(None)  # no reporting verb and no "according to": nothing is attributed
            continue
        offset = sentence.start
        own = [
            (start - offset, end - offset, entry)
            for start, end, entry in verbs.get(sentence.index, ())
            if lookup.at(start, end) is None
        ]
        marked = [(q.start, q.end) for q in marked_by_sentence[sentence.index]]
        source = attribution(blank_quotes(text, sentence.start, sentence.end, marked, marks=False), own)
        if source and source.endswith(_PARTY_WORDS):  # "the New York Democrat said": whom the text named so
            at = text.find(source, sentence.start, sentence.end)
            source = (_party_person(text, at, source) if at >= 0 else None) or source
        elif source and source.split()[-1].lower() in _ROLES and source[:1].islower():
            people = people or _people_of(text)  # "The sheriff said": the sheriff the text named
            written = re.search(  # the description as written: "The former president" (not a bare "president")
                rf"\b[Tt]he\s+(?:[\w.'’-]+\s+){{0,3}}?{re.escape(source.removeprefix('the '))}\b",
                text[sentence.start : sentence.end],
            )
            described = "the " + written.group()[4:] if written else f"the {source.removeprefix('the ')}"
            if (person := people.named(described, sentence.start)) is not None:
                source = person[0]
        found.append(_named_body(text, sentence.start, source) if source else source)
    return tuple(found)


#: A body named by its kind alone: "The institute says …", "the embassy said", "the department said".
_BODY_DESCRIPTION = re.compile(r"(?:the\s+)?(?P<noun>[a-z]+)", re.I)
#: Kinds of body that a text names in full first and by kind after ("the Justice Department" … "the department").
_BODY_KINDS = frozenset(
    "institute embassy department ministry agency company university commission committee council foundation "
    "bureau office group court board union coalition association center centre organization organisation "
    "campaign party hospital school bank network".split()
)
#: A sentence that opens with a body named by its kind: "The network sought …", "The cable news network said".
_BODY_OPENING = re.compile(
    rf"[\s\"“”'‘’]*(?:The|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{'|'.join(sorted(_BODY_KINDS))})\s+"
    r"(?:[a-z]+ly\s+)?(?!spokes|chief|officials?\b|head\b|president|director|lawyers?\b|members?\b)(?P<verb>[a-z]+)\b"
)
_BODY_LOOK_BACK = 3000  # characters before a description where the body's full name is looked for


def _named_body(text: str, before: int, source: str) -> str:
    """A source that is a body's kind alone ("institute", "the embassy") as the body the text named last with that
    kind ("The Guttmacher Institute, a nonprofit group …" … "The institute says"); the source as it is otherwise."""
    described = _BODY_DESCRIPTION.fullmatch(source)
    if described is None or (noun := described.group("noun").lower()) not in _BODY_KINDS:
        return source
    pattern = re.compile(rf"(?<![\w.'’-])((?:[A-Z][\w.'’-]*\s+){{1,4}}){noun.capitalize()}\b")
    last = next(reversed(list(pattern.finditer(text, max(0, before - _BODY_LOOK_BACK), before))), None)
    if last is None:
        return source
    run = last.group(0)
    ends = [m.end() for m in _RUN_END.finditer(run)]
    name = clean_name(run[ends[-1] :].strip() if ends else run)  # not across a sentence's end: "Friday. The …"
    return name if name and " " in name else source


_RUN_END = re.compile(r"(?<=[a-z]{2})\.\s|\n")  # a full stop after a word (not "U.S. Circuit Court"), a line break


def _marked_by_sentence(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> list[list[Quote]]:
    """The quotations with marks that overlap each sentence, in the order of ``quotes``: found by bisection
    in the sentences' ends, so a sentence reads its few quotations, not every quotation of the text."""
    found: list[list[Quote]] = [[] for _ in sentences]
    ends = [s.end for s in sentences]
    for quote in quotes:
        if not quote.marked:
            continue
        index = bisect_right(ends, quote.start)  # the first sentence that ends after the quote starts
        while index < len(ends) and sentences[index].start < quote.end:
            found[index].append(quote)
            index += 1
    return found


def says_who(text: str) -> bool:
    """Whether a sentence says who said what: a reporting verb with the ``omission`` role, or a quotation mark."""
    pattern = _speech_patterns()[2]
    lowered = text.lower()
    if len(lowered) != len(text):
        return bool(re.compile(pattern.pattern, re.I).search(text))
    return bool(pattern.search(lowered))


# --- vague sources -------------------------------------------------------------------------------------------------

_CLAIM_VERBS = (
    r"suggest(?:s|ed)?|say|says|said|believe[sd]?|claim(?:s|ed)?|indicate[sd]?|show(?:s|ed)?|found|find|"
    r"estimate[sd]?|warn(?:s|ed)?|argue[sd]?|contend(?:s|ed)?|fear(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|"
    r"saying|(?:told|tells)(?!\s+(?:them|him|her)\b)|note[sd]?|insist(?:s|ed)?|allege[sd]?|maintain(?:s|ed)?|contend(?:ing)?"
)


@cache
def _pinned() -> re.Pattern[str]:
    """A vague noun that a claim is pinned on: "reports from last year suggested", "according to 2023 surveys"."""
    nouns = "|".join(
        sorted((e.term for e in _lexicon("vague_sources").entries if e.category == "vague_noun"), key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:(?:some|many|several|other|western|local|unnamed|anonymous)\s+)?(?:{nouns})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{_CLAIM_VERBS})\b"
        rf"|\baccording to (?:[\w'-]+\s+){{0,4}}?(?:{nouns})\b"
        #: a figure pinned on unnamed forecasters: "beat economists' forecasts of 318,000", "analysts' estimates"
        rf"|\b(?:{nouns})['’]\s+(?:forecasts?|estimates?|expectations?|projections?|predictions?|consensus)\b",
        re.I,
    )


def vague_spans(text: str, sentence: Sentence, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """Vague-source phrases of one sentence (its ``vague_sources`` hits) and claims pinned on a vague noun,
    longest first, not overlapping, in text order."""
    found = [_source_phrase(text, sentence, s, e) for s, e, entry in hits if entry.category != "vague_noun"]
    found = [(s, e) for s, e in found if e > s]  # an empty span: the phrase hides no source
    if any(entry.category == "vague_noun" for _, _, entry in hits):
        found += [(m.start(), m.end()) for m in _pinned().finditer(text, sentence.start, sentence.end)]
    kept: list[tuple[int, int]] = []
    blocked = bytearray(sentence.end - sentence.start)  # the characters kept spans cover: one look per span
    for start, end in sorted(found, key=lambda se: (-(se[1] - se[0]), se[0])):
        if blocked.find(1, start - sentence.start, end - sentence.start) < 0:
            kept.append((start, end))
            blocked[start - sentence.start : end - sentence.start] = b"\x01" * (end - start)
    return sorted(kept)


_SOURCE_NOUN = (
    r"(?:official|source|aide|person|people|adviser|advisor|staffer|diplomat|officer|employee|member|lawmaker|"
    r"spokesperson|spokesman|spokeswoman|insider|investigator|prosecutor)s?"
)
#: The source a phrase of anonymity belongs to, before it: "A US official speaking [on condition of anonymity]",
#: "a Department of Homeland Security official who [declined to be identified]".
_ANONYMOUS_BEFORE = re.compile(
    rf"(?:^|(?<=\s))(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+(?:[\w.'’-]+\s+){{0,5}}?{_SOURCE_NOUN}"
    r",?\s+(?:(?:who|that)\s+(?:(?:had|has|have|was|were)\s+)?|speaking\s+|(?=,)|)$"
)
#: The source noun after "unnamed": "an unnamed White House official".
_ANONYMOUS_AFTER = re.compile(rf"\s+(?:[\w.'’-]+\s+){{0,4}}?{_SOURCE_NOUN}\b")


def _source_phrase(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """A phrase of anonymity widened to the source it hides ("A US official speaking on condition of anonymity",
    "an unnamed White House official"): the span names who is vague, not only the words that make them so."""
    phrase = text[start:end].lower()
    if phrase == "unnamed":  # "an unnamed White House official"; "an unnamed caller" is a person, not a source
        after = _ANONYMOUS_AFTER.match(text, end, sentence.end)
        return (start, after.end()) if after else (start, start)
    if any(word in phrase for word in ("anonym", "identified", "named", "authori")):
        before = _ANONYMOUS_BEFORE.search(text, max(sentence.start, start - 120), start)
        if before is not None:
            return before.start(), end
    return start, end


# --- who a description or pronoun stands for ---------------------------------------------------------------------

_TITLED_NAME = re.compile(
    rf"(?<![\w.])(?i:(?P<role>{_ROLE_WORDS}))(?![\w])\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)"
)
_NAME_THEN_ROLE = re.compile(
    rf"(?P<name>(?<![\w.'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){{0,3}}),\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){{0,3}}?"
    rf"(?P<role>{_ROLE_WORDS})(?![\w'’])"  # not "Bassem Tlaib, the congresswoman's uncle": whose uncle
)
#: A description before its verb, "the presumptive Republican nominee", "The Taiwanese president" (at most three
#: words between "the" and the role).
_DESCRIPTION_END = re.compile(rf"(?:^|\s)(?P<d>[Tt]he\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<role>{_ROLE_WORDS}))$", re.I)
_DESCRIPTION_START = re.compile(rf"\W*(?P<d>[Tt]he\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<role>{_ROLE_WORDS}))(?![\w])", re.I)

#: Words of a speaker's name that make it a body, not a person a "he" or "she" can stand for: the attribution
#: engine's heads of organisations, and outlets, platforms, documents and days (not every document noun: a
#: "Letter" or a "Count" may be a family name).
_BODY_WORDS = ORGANISATION_NOUNS | frozenset(
    "times post journal news press association inc corp corporation cnn abc nbc cbs fox msnbc facebook twitter "
    "youtube google reuters ap bbc service center centre league federation fund nato un eu tribune herald guardian "
    "telegraph magazine daily tv radio church clinic alliance force forces website report study survey poll "
    "statement today week monday tuesday wednesday thursday friday saturday sunday".split()
)


_SUFFIX = re.compile(r"(?:[IVX]{1,4}|Jr\.?|Sr\.?)")


#: A person named with a title: "Sen. Bernie Sanders", "Mrs. Bush", "Senate Minority Leader Chuck Schumer" (a title
#: word needs a full name after it: "President Trump" alone is too often only mentioned).
_TITLED = re.compile(
    r"(?<![\w.])(?:(?P<abbr>Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Rev|Lt|Gen|Sgt|Capt|Col)\.\s+(?:[A-Z][\w'’-]+\s+){0,2}"
    r"|(?P<word>Senator|Governor|Mayor|Leader|Secretary|Speaker|Chairman|Chairwoman|Congressman|Congresswoman|"
    r"Representative|Justice|Judge|Ambassador)\s+(?:[A-Z][\w'’-]+\s+){1,2})[A-Z][\w'’-]+(?![\w'’-])"
)
_FEMALE_TITLES = frozenset({"Mrs", "Ms", "Chairwoman", "Congresswoman"})
_NOT_SUBJECT_AFTER = frozenset("by with and or than as about against on between like told asked".split())
_MALE_TITLES = frozenset({"Mr", "Chairman", "Congressman"})


def _after_preposition(before: str) -> bool:
    """Whether the words before a name end in a preposition, over capitalised words ("signed by Texas Republican
    Gov. …"), not past a comma ("In a column for The Post Sunday, Mrs. Bush …")."""
    for word in reversed(before.split()):
        if word.endswith((",", ";", ":")):
            return False
        if not word[:1].isupper():
            return word.lower() in _PLACE_PREPOSITIONS | _NOT_SUBJECT_AFTER
    return False


def _titled_person(
    text: str, start: int, end: int, pronoun: str | None = None, *, subject: bool = False
) -> Speaker | None:
    """The last person ``text[start:end]`` names with a title ("Vermont Sen. Bernie Sanders giving support …"),
    not of the other gender than ``pronoun`` by the title; whom a "he" or "she" after it stands for when nothing
    nearer does. Read only when a pronoun needs it. With ``subject``, not one after a preposition ("sponsored
    by Sen. Bob Rix"): in another paragraph only a subject is whom a pronoun stands for."""
    found = None
    for match in _TITLED.finditer(text, start, end):
        title = match.group("abbr") or match.group("word")
        if subject and _after_preposition(text[max(start, match.start() - 60) : match.start()]):
            continue
        if (pronoun == "he" and title in _FEMALE_TITLES) or (pronoun == "she" and title in _MALE_TITLES):
            continue
        name = clean_name(match.group(0))
        if name and _person_like(speaker := _as_speaker(name)) and speaker[1] not in _NOT_NAMES:
            found = speaker
    return found


def _opening_person(text: str, start: int, end: int, names: frozenset[str]) -> Speaker | None:
    """The person a sentence opens with as its subject ("Trump continued to cast blame", "On Friday, Press
    Secretary Sarah Sanders called"), or None: not a possessive ("Trump's lawyers"), a body or a word that
    never opens a name. ``names`` are the words the text capitalises inside sentences (:func:`_mid_names`)."""
    match = _OPENING.match(text, start, end)
    lead = match.group("lead") if match else None
    opening = lead.split()[0].strip(",").lower() if lead else ""
    if (
        lead
        and opening not in _NOT_NAME_WORDS | _NOT_NAMES
        and not _lead_adverb(lead)
        and not (opening.endswith("ing") and len(opening) > 5)  # "Taking questions for the first time …, Mueller"
    ):
        match, lead = _OPENING_BARE.match(text, start, end), None  # the lead opens with a name: no lead
        after = text[match.end("name") : match.end("name") + 12].split()[:1] if match else []
        if after and after[0] in _PLACE_PREPOSITIONS | {"and", "or"}:
            return None  # "Kamala D. Harris of California, Elizabeth Warren of …": a list, not a subject
    if match is None:
        return None
    name = match.group("name")
    if _QUALIFIES.match(text, match.end("name")):
        return None  # "Health professionals I spoke to …", "Trump administration officials": the name qualifies
    if name.endswith(("'s", "’s")) and name.split()[0].lower() in _CONJUNCTIONS:
        return None  # "But Donald Trump's secretary … criticised" (an owner opening alone still speaks for its own:
        # "Mr. Moon's office said")
    if match.group("label") and not set(match.group("label").split()) & set(name.split()):
        return None  # "Kirschbaum: Take the statues down": a headline after its author, not a label and its person
    cleaned = clean_name(name)
    opener = name.split()[0]
    if cleaned is None or (
        cleaned.split()[0] != opener
        and (
            opener.lower() not in _CONJUNCTIONS
            or (" " not in cleaned and not _WHO_AFTER.match(text, match.end("name")))
        )
    ):
        return None  # "As Beth" -> "Beth": the run opened with a word that is no name (but "But Bernard Cironneau":
        # a full name after a conjunction; "And Trump himself" is left, a surname alone being too weak a subject)
    speaker = _as_speaker(cleaned)
    if speaker[1] in ("he", "she", "they") or _not_name(cleaned) or not _person_like(speaker):
        return None  # ("Mrs. May has ordered" is Theresa May's sentence; "May" alone is a month)
    if len(cleaned.split()) == 1 and cleaned not in names:
        return None  # "Criticism of the plan grew": one capitalised word the text never capitalises mid-sentence
    return speaker


def _lead_adverb(lead: str) -> bool:
    """Whether a sentence's lead is one adverb and its comma: "Previously, Murkowski had held …" (not "Early the
    next day, Mountain View police …")."""
    word = lead.strip().rstrip(",")
    return " " not in word and len(word) > 6 and word.endswith("ly")


def _mid_names(text: str) -> frozenset[str]:
    """The capitalised words a text uses inside sentences (after a lower-case word or a comma): names, not
    words capitalised because a sentence opens with them. One pass over the text."""
    return frozenset(_MID_NAME.findall(text))


_MID_NAME = re.compile(r"(?<=[a-z,;:] )([A-Z][\w'’-]+)")
_OPENING_LABEL = r"\s*(?:(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+)?"
_OPENING_NAME = (
    rf"(?P<name>{_LONG_NAME})"
    r"(?:\s+(?:has\s+|had\s+|also\s+)?[a-z]|,\s+[a-z]|,\s+\d{1,3},"  # "Bernard Cironneau, 66, a retired …"
    r"|,\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Democrat|Republican|Independent),\s+[a-z])"  # "…, New York Democrat, shot"
)
_OPENING = re.compile(
    #: a paragraph labelled with whom it is about ("Lisa Murkowski: In a surprising turn, Murkowski voted …")
    _OPENING_LABEL + r"(?P<lead>[A-Z][a-z]*(?:\s[^,\"“”]{0,70})?,\s+)?" + _OPENING_NAME
)
#: The same without a lead, for a sentence whose first clause is its subject's ("Trump signaled he is open …
#: in Houston, Texas, telling"): read when the lead found opens with a name.
_OPENING_BARE = re.compile(_OPENING_LABEL + r"(?P<lead>(?!))?" + _OPENING_NAME)
#: A relative clause after a name: "But Pompeo, who has staked …, had little to say" (the name is the subject).
_WHO_AFTER = re.compile(r",\s+who\s")
#: Conjunctions that open a sentence before its subject: "But Bernard Cironneau … was disappointed".
_CONJUNCTIONS = frozenset("but and yet so still".split())


@cache
def _places() -> frozenset[str]:
    return frozenset(entry.term for entry in _lexicon("places").entries)


def _person_like(speaker: Speaker) -> bool:
    """Whether a named speaker can be what "he" or "she" stands for: no word of a body ("The New York Times",
    "Facebook") and not a name in capitals only (a dateline, an acronym)."""
    words = speaker[0].replace("’", "'").split()
    if len(words) == 1 and _group_plural(words[0]):
        return False  # "Democrats", "Russians": a group of people, never what "he" or "she" stands for
    if " ".join(words).lower().removesuffix("'s") in _places():
        return False  # "Ohio", "the Capitol", "Syria": a place, not someone a pronoun stands for
    return not any(
        w.lower().removesuffix("'s").strip(".,") in _BODY_WORDS
        or (w.isupper() and len(w.strip(".,")) > 1 and not _SUFFIX.fullmatch(w))
        for w in words
    )


#: Party and camp nouns whose plural names a group ("Democrats", "Conservatives"), like a nation's ("Russians").
_GROUP_NOUNS = frozenset("democrat republican conservative liberal progressive independent loyalist".split())


def _group_plural(word: str) -> bool:
    """Whether a capitalised word is the plural of a party's, camp's or nation's noun ("Democrats", "Russians",
    "Israelis"): many people, not one (a surname such as "Sanders" or "Jones" is no such plural)."""
    stem = word.strip(".,").lower()
    return stem.endswith("s") and (stem[:-1] in _GROUP_NOUNS or stem[:-1] in _NATIONS)


#: The last word of a law's part ("the 14th Amendment", "the Excessive Fines Clause"): what a text quotes from, never
#: a speaker of words the sentence around it quotes.
_LAW_PARTS = frozenset("amendment clause".split())
#: A demonstrative then a lower-case noun ("that lifestyle", "this deal"): a thing the sentence refers back to.
_DEMONSTRATIVE_THING = re.compile(r"(?:that|this|these|those)\s+[a-z]")


def _no_speaker(name: str | None) -> bool:
    """Whether a speaker's name can be no one who speaks: a law's part or a thing referred back to."""
    if not name:
        return False
    words = name.split()
    return words[-1].lower().strip(".,") in _LAW_PARTS or bool(_DEMONSTRATIVE_THING.match(name))


def _run_names(text: str) -> frozenset[str]:
    """The words of the capitalised runs a text writes inside sentences, after a lower-case word or a comma ("met
    Rep. Rashida Tlaib on"): names, where a headline's title case ("Rashida Tlaib Cancels Visit") is not. One pass."""
    return frozenset(word for run in _RUN_NAME.findall(text) for word in run.split())


_RUN_NAME = re.compile(r"(?:(?<![\w'’.-])[a-z][\w'’-]*|[,;:]) ((?:[A-Z][\w'’.-]*[ ]){0,3}[A-Z][\w'’-]+)")


def _name_part(name: str, names: frozenset[str]) -> str:
    """``name`` without the words after it that the text never writes inside a sentence: a headline's title
    case ("Rep. Rashida Tlaib Cancels Visit" is Rashida Tlaib). ``names``: :func:`_run_names`."""
    words = name.split()
    known = [n for n, word in enumerate(words) if word in names and n]
    if not known or len(words) < 3:
        return name  # nothing of it written inside a sentence ("District Judge William H. Pauley III"): as it is
    end = known[-1] + 1
    while end < len(words) and _SUFFIX.fullmatch(words[end].rstrip(",")):
        end += 1
    return " ".join(words[:end])


#: Roles one person holds at a time in a story's country or body: their bare description is the first so named.
_SINGLE_ROLES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "pope",
        "king",
        "queen",
        "prime minister",
        "vice president",
        "first lady",
        "chief justice",
        "secretary of state",
        "attorney general",
        "press secretary",
        "majority leader",
        "minority leader",
    }
)


_LAST_PEOPLE: list[tuple[str, _People]] = []  # the last text's people: the quotations and the sources share them


def _people_of(text: str) -> _People:
    """The people ``text`` names with a role, found once for the text's quotations and its sources together."""
    if _LAST_PEOPLE and _LAST_PEOPLE[0][0] is text:
        return _LAST_PEOPLE[0][1]
    people = _People(text, _run_names(text))
    _LAST_PEOPLE[:] = [(text, people)]
    return people


class _People:
    """The people a text names with a role ("Gov. Phil Bryant", "Turkish President Recep Tayyip Erdogan", "Katie
    Nelson, a spokesperson"), found once, in one pass of two patterns, and looked up by role and position."""

    def __init__(self, text: str, names: frozenset[str] = frozenset()) -> None:
        by_role: dict[str, list[tuple[int, str, str]]] = {}
        for pattern in (_TITLED_NAME, _NAME_THEN_ROLE):
            for match in pattern.finditer(text):
                name = clean_name(match.group("name"))
                if name and names and pattern is _TITLED_NAME:
                    name = _name_part(name, names)
                if not name or not _person_like(_as_speaker(name)):
                    continue
                modifier = ""  # the capitalised word before a title: "Turkish" President, "Majority" Leader
                if pattern is _TITLED_NAME:
                    previous = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    modifier = previous.group(1).lower() if previous and previous.group(1) not in _ARTICLES else ""
                role = _ROLES[" ".join(match.group("role").lower().split())]
                by_role.setdefault(role, []).append((match.start(), modifier, name))
        for entries in by_role.values():
            entries.sort()
        self.by_role = by_role

    def named(self, description: str, before: int) -> Speaker | None:
        """Whom ``description`` ("the president", "the Taiwanese president") stands for at ``before``.

        Among the people named earlier with its role: the latest whose title's modifier the description
        repeats ("the Turkish president": "Turkish President Erdogan"); for a bare description, the first named
        with the bare title ("the president": "President Donald Trump", not "Turkish President Erdogan" even
        if named first), else the first named; a description with its own modifier never takes a person whose
        title has another ("the Taiwanese president" is not "Chinese President Xi Jinping").
        """
        match = _DESCRIPTION_END.search(description)
        if match is None:
            return None
        role = _ROLES[" ".join(match.group("role").lower().split())]
        between = description[match.start("d") + 4 : match.start("role")].split()
        said = {word.lower() for word in between}
        capitalised = any(word[:1].isupper() for word in between)
        entries = self.by_role.get(role, [])
        end = bisect_left(entries, (before,))
        earlier = entries[max(0, end - _LOOK_BACK) : end]
        for _, modifier, name in reversed(earlier):
            if modifier and modifier in said:
                return _as_speaker(name)
        if not capitalised:  # a bare "the president": first the people named with the bare title
            # a role one person holds at a time (the president) is the first named with it; a role many hold at once
            # ("the senator" in a story quoting five senators) is the one named last
            for _, modifier, name in earlier if role in _SINGLE_ROLES else reversed(earlier):
                if not modifier:
                    return _as_speaker(name)
        for _, modifier, name in earlier:
            if not modifier or not capitalised:
                return _as_speaker(name)
        return None


# --- whether a person the text names is a man or a woman, as the text itself says ---------------------------------

#: Nouns that say a named person is a woman or a man in apposition ("Shannon Edwards, a Pittsburgh woman"), or as a
#: title before the name ("Congresswoman Ilhan Omar").
_FEMALE_NOUNS = frozenset(
    "woman girl mother wife daughter sister grandmother widow actress congresswoman chairwoman spokeswoman "
    "businesswoman councilwoman assemblywoman queen princess duchess mrs. mrs ms. ms miss".split()
)
_MALE_NOUNS = frozenset(
    "man boy father husband son brother grandfather widower actor congressman spokesman businessman councilman "
    "assemblyman king prince duke mr. mr sir".split()
)
_GENDER_NOUNS = "|".join(sorted((re.escape(n) for n in _FEMALE_NOUNS | _MALE_NOUNS), key=len, reverse=True))
_PERSON_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}"
#: "Mr. Trump", "Congresswoman Ilhan Omar": a gendered title right before the name.
_GENDER_TITLE = re.compile(rf"(?<![\w.])(?i:(?P<noun>{_GENDER_NOUNS}))(?<=\w|\.)\s+(?P<name>{_PERSON_NAME})")
#: "Shannon Edwards—a Pittsburgh woman", "Ismail Aghdam, father of …", "Nelson, the girl's mother".
_GENDER_APPOSITION = re.compile(
    rf"(?P<name>{_PERSON_NAME})\s*(?:,|—|–|--)\s*(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<noun>{_GENDER_NOUNS})\b(?!['’])"
)
#: A name, then only lower-case words up to a pronoun in the same sentence: "Murphy said he", "Collins, who
#: said her vote". No other name stands between, so the pronoun is most likely the name's.
_GENDER_PRONOUN = re.compile(
    rf"(?P<name>{_PERSON_NAME})(?:['’]s)?(?:[ ,]+(?:[a-z][\w'’-]*|\d[\d,.]*)){{0,12}}?"
    r"[ ,]+(?P<noun>he|she|his|her|him)\b"
)
_GENDER_LOOK_BACK = 2000  # characters a pronoun looks back for a person of its gender: bounded, so linear


def _gender_of(noun: str) -> str:
    noun = noun.lower()
    return "f" if noun in _FEMALE_NOUNS or noun in ("she", "her") else "m"


def _one_person(text: str, surnames: Mapping[str, str]) -> set[str]:
    """The keys of ``surnames`` (a surname as written: its key) that the text gives with exactly one first name:
    "Tim Murphy" and "Murphy" are one person; "Melania Trump" and "Donald Trump", or "House Democrats" and
    "Senate Democrats", make the surname alone no one in particular; a word never given with a first name
    ("Democrats", "Congolese") is no person's surname. One pass."""
    if not surnames:
        return set()
    pattern = re.compile(
        r"(?<![\w'’.-])([A-Z][\w'’-]*\.?)(?:\s+[A-Z]\.)?\s+("
        + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
        + r")(?![\w-])"
    )
    firsts: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    for match in pattern.finditer(text):
        first, key = match.group(1), surnames[match.group(2)]
        word = first.lower().strip(".")
        if word in _CUT_WORDS or f"{word}." in _CUT_WORDS:
            titled.setdefault(key, set()).add(word)  # "President Trump": maybe one more person ("Melania Trump")
        elif first not in _ARTICLES and word not in _NOT_NAMES and _person_like((first, "")) and key not in _CUT_WORDS:
            firsts.setdefault(key, set()).add(first)  # not "The Democrats", "House Democrats", "Florida Republicans"
    titles_before_full = {m.group(1).lower().strip(".") for m in _TITLE_THEN_FULL.finditer(text)}
    return {
        key
        for key, given in firsts.items()
        if len(given) == 1 and titled.get(key, set()) <= titles_before_full  # each title also goes with the full name
    }


_TITLE_THEN_FULL = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?)\s+[A-Z][\w'’-]+\s+[A-Z]")


class _Genders:
    """Whether the people a text names are men or women, as the text says it: a gendered title ("Mr.",
    "Congresswoman"), a gendered noun in apposition ("…, a Pittsburgh woman") and the pronouns that follow a
    name with no other name between ("Murphy said he …"). A title or noun counts three times a pronoun; a person
    is a man or a woman only when one side has at least twice the other's weight. Found once, in three passes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._built = False
        self._gender: dict[str, str] = {}
        self.mentions: list[tuple[int, str]] = []
        self.starts: list[int] = []
        self.names: dict[str, str] = {}
        self._checked: dict[tuple[str, str], bool] = {}

    @property
    def gender(self) -> dict[str, str]:
        """Each person's gender as the text gives it, by key (the three passes made, if not yet)."""
        self._build()
        return self._gender

    def _build(self) -> None:
        """The three passes, made only when a pronoun's candidate may be of the other gender (:meth:`_may_be`)."""
        if self._built:
            return
        self._built = True
        text = self.text
        votes: dict[str, list[int]] = {}
        names: dict[str, str] = {}
        for pattern, weight in ((_GENDER_TITLE, 3), (_GENDER_APPOSITION, 3), (_GENDER_PRONOUN, 1)):
            for match in pattern.finditer(text):
                name = clean_name(match.group("name"))
                if not name or not _person_like(_as_speaker(name)):
                    continue
                shown, key = _as_speaker(name)
                if key in ("he", "she", "they"):
                    continue
                side = votes.setdefault(key, [0, 0])
                side[0 if _gender_of(match.group("noun")) == "f" else 1] += weight
                if len(shown.split()) > len(names.get(key, "").split()):
                    names[key] = shown  # the fullest form the text gives: "Shannon Edwards" over "Edwards"
        known = {
            key: ("f" if f >= 2 * m else "m")
            for key, (f, m) in votes.items()
            if (f >= 2 * m or m >= 2 * f) and f + m >= 2  # one pronoun alone is no evidence
        }
        self._gender = {key: known[key] for key in _one_person(text, {names[key].split()[-1]: key for key in known})}
        if self._gender:
            keys = sorted((names[k].split()[-1] for k in self.gender), key=len, reverse=True)
            pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
            by_word = {names[k].split()[-1]: k for k in self.gender}
            self.mentions = [(m.start(), by_word[m.group()]) for m in pattern.finditer(text)]
        self.starts = [at for at, _ in self.mentions]
        self.names = names

    def agree(self, pronoun: str, candidate: Speaker | None, at: int) -> Speaker | None:
        """Whom "he" or "she" at ``at`` stands for, given ``candidate``: the candidate, unless the text says the
        candidate is of the other gender and names a person of the pronoun's gender not long before ``at`` (the
        latest such person then)."""
        wanted = "f" if pronoun == "she" else "m"
        if candidate is None or not self._may_be(candidate, "m" if wanted == "f" else "f"):
            return candidate
        self._build()
        if self.gender.get(candidate[1], wanted) == wanted:
            return candidate
        shown, named = self.names.get(candidate[1], "").split(), candidate[0].split()
        firsts = (shown[-2], named[-2]) if len(shown) > 1 and len(named) > 1 else ("", "")
        if all(w[:1].isupper() and not w.endswith(".") for w in firsts) and firsts[0] != firsts[1]:
            return candidate  # "Dee Crane, the mother of Tavis Crane, a young man": the gender is another Crane's
        end = bisect_left(self.starts, at)
        for position, key in reversed(self.mentions[:end]):
            if position < at - _GENDER_LOOK_BACK:
                break
            if self.gender[key] == wanted:
                return self.names[key], key
        return candidate

    def _may_be(self, candidate: Speaker, gender: str) -> bool:
        """Whether the text gives the candidate's surname a word of ``gender`` the way the three passes read one:
        a gendered title just before it, a gendered noun in apposition or a pronoun after it with only lower-case
        words between. Without one the passes cannot give the candidate that gender, so they are not made (most
        texts; a pronoun costs a few anchored matches)."""
        surname = candidate[0].split()[-1] if candidate[0].split() else ""
        if not surname:
            return False
        found = self._checked.get((surname, gender))
        if found is None:
            text, found, at = self.text, False, self.text.find(surname)
            while at >= 0 and not found:
                end = at + len(surname)
                after = _APPOSITION_AT.match(text, end) or _PRONOUN_AT.match(text, end)
                before = _TITLE_AT.search(text, max(0, at - _GENDER_BEFORE), at)
                found = any(m is not None and _gender_of(m.group("noun")) == gender for m in (after, before))
                at = text.find(surname, end)
            self._checked[(surname, gender)] = found
        return found


_GENDER_BEFORE = 60  # characters before a surname its gendered title and first names can stand in
#: The three passes' patterns, read from a surname's end (or up to its start): see _GENDER_* above.
_APPOSITION_AT = re.compile(
    rf"(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*(?:,|—|–|--)\s*(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<noun>{_GENDER_NOUNS})\b(?!['’])"
)
_PRONOUN_AT = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,3}(?:['’]s)?(?:[ ,]+(?:[a-z][\w'’-]*|\d[\d,.]*)){0,12}?"
    r"[ ,]+(?P<noun>he|she|his|her|him)\b"
)
_TITLE_AT = re.compile(rf"(?<![\w.])(?i:(?P<noun>{_GENDER_NOUNS}))(?<=\w|\.)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$")

_ARTICLES = frozenset({"The", "A", "An"})
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_LOOK_BACK = 64  # people of one role a description is matched against: bounded, so a long text stays linear


def _inverted_after(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``name`` in ``text[start:end]`` is followed by an inverted attribution ("Giuliani, said Raskin,
    was …"): the sentence is about the person, someone else says it."""
    at = text.find(name, start, end)
    after = _WORD_AFTER_COMMA.match(text, at + len(name)) if at >= 0 else None
    return after is not None and after.group(1) in _quote_verbs()


_WORD_AFTER_COMMA = re.compile(r",\s+([a-z]+)\b")


@dataclass(frozen=True, slots=True)
class PersonIndex:
    """Where a text last named a person, for a "he" or "she" outside quotations to stand for: the speakers of
    its quotations (already resolved) and the people its sentences open with ("Homeland Security Secretary
    Kirstjen Nielsen rejected …"), in text order. Made in one pass; each look-up is one bisection."""

    starts: tuple[int, ...] = ()
    people: tuple[Speaker, ...] = ()
    openings: Mapping[int, Speaker] = field(default_factory=dict)  # by the start of the sentence they open

    @classmethod
    def of(cls, text: str, sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> PersonIndex:
        names = _mid_names(text)
        events: list[tuple[int, Speaker]] = []
        for quote in quotes:
            if quote.speaker and quote.speaker_key and _person_like((quote.speaker, quote.speaker_key)):
                events.append((quote.start, (quote.speaker, quote.speaker_key)))
        openings = {}
        ordered = sorted(quotes, key=lambda quote: quote.start)
        starts = [quote.start for quote in ordered]
        for sentence in sentences:
            opening = _opening_person(text, sentence.start, sentence.end, names)
            if opening is not None:
                openings[sentence.start] = opening
                events.append((sentence.start, opening))
                inside = ordered[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
                if any(quote.speaker_key and quote.speaker_key != opening[1] for quote in inside) and not (
                    _inverted_after(text, sentence.start, sentence.end, opening[0])
                ):
                    # "Reade said Biden said to her, '…'": after the sentence, its subject is whom "she" stands for
                    events.append((sentence.end - 1, opening))
        events.sort()
        return cls(tuple(at for at, _ in events), tuple(person for _, person in events), openings)

    def before(self, position: int) -> Speaker | None:
        """The person named last before ``position``, if any."""
        at = bisect_left(self.starts, position)
        return self.people[at - 1] if at else None
