"""Hedging: words that soften a claim ("may", "reportedly", "is believed to"), added or removed against the baseline."""

from __future__ import annotations

import re

from ..kinds import FeatureSpec
from ..records import Document, Finding, Quote
from ..segment import STOPWORDS, stem, words
from ..sense import HEDGE, hedge_reading
from ..structure import in_furniture, not_story
from ._carried import reworded
from .base import Context, Extractor, Result, check_number, per_100_words, register, short, span_words

#: Readings of a version's hedge word that still soften its claim (a removed baseline hedge is then not removed):
#: "suggesting they were supporters", "the alleged attack" keep the baseline's "apparent supporters" uncertain.
_SOFTENING = frozenset({HEDGE, "possibility", "source_words", "source_named", "reporting_verb", "designation"})


def reading(document: Document, sentence: int, start: int, end: int, category: str, *, quoted: bool = False) -> str:
    """:func:`framing.sense.hedge_reading`, with the readings the audit of fresh real stories found it missed:

    - a **status** ("the unverified dossier", "portions of which remain unconfirmed") says what has been checked,
      not how sure the outlet is;
    - a **habit** ("who has tended to stay out of debates") says how often, not how sure; *apparent* as a
      predicate ("the significance was immediately apparent") says plain to see;
    - a modal of **perception** ("explosions that could be heard across the border") says what one was able to
      perceive: ability;
    - a **concession** ("whatever other motives he may have") grants, it does not hedge;
    - *allegedly* marks an act as what someone is accused of ("charged … for allegedly staging", "he allegedly
      warned the mayor"): the designation news writing owes the accused, not the outlet softening its own claim
      (the three fresh-story audits' readers all judged it so; where the accuser goes unnamed that is a sourcing
      matter, not a hedge);
    - a modal in a clause of **purpose** ("so they could access key evidence") says what was to be made
      possible; an adjective asked about ("whether a deal was possible") is asked, not hedged;
    - *uncertain* or *unclear* said of a thing ("a murky and uncertain path ahead", "was made more uncertain")
      **describes** a situation; it hedges only a claim ("it is unclear whether", "it is unclear from the video");
    - "could not possibly" **emphasises** a denial, and "may …, but" **concedes** before the claim after "but";
    - *possibility* and *speculation* as things named ("demonstrated the real possibility that …", "speculation
      reached a fever pitch") are a **prospect** or others' guessing ("There is a possibility that …" still
      hedges); "could have been able to", "possible for two things to be true" are **ability**;
    - "I think about" is the verb of **considering**, and "if confirmed" after a nominee ("Kavanaugh, if
      confirmed, is expected to") is the **condition** of a confirmation vote;
    - a **stance** noun that someone is said to hold ("would not rule out the possibility") is theirs, as is a
      word in what someone saw a thing as ("once viewed as the possible vanguard"), and words reported after
      "by saying" ("concluded by saying Graham probably …").
    """
    text = document.text
    word = text[start:end].lower()
    first = document.sentences[sentence].start
    before = text[max(first, start - 80) : start]
    if word in _STATUS and not _STATUS_SOURCE.match(text, end):
        return "status"
    if category == "modal" and _PURPOSE.search(before):
        return "purpose"
    if category == "epistemic_verb" and _IF_SUBJECT.search(before):
        return "question"  # "and if that seems like an arbitrary distinction, that's because …": a condition
    if word.startswith("seem") and _CANT.search(before):
        return "idiom"  # "Biden can't seem to get out of his own way": an idiom of failing, not a hedge
    if word == "speculation" and _WHOSE.match(text, end):
        return "source_words"  # "wild speculation from anti-Trump figures": others' speculation, named
    if word in _PROSPECTS and not _EXISTENTIAL.search(before):
        return "prospect"  # "demonstrated the real possibility that …", "speculation reached a fever pitch": a risk
        # or others' guessing named as a thing; "There is a possibility that …" still hedges the claim after it
    if (
        category in ("adjective", "modal")
        and _ABLE.match(text, end)
        or word == "possible"
        and _POSSIBLE_FOR.match(text, end)
    ):
        return "ability"  # "could have been able to speak", "It is possible for two things to be true"
    if word in ("possible", "potential") and _INQUIRY_INTO.search(before):
        return "designation"  # "the probe into the campaign's possible ties with Russia": what the probe is about
    if word == "possibly" and _NOT_BEFORE.search(before):
        return "emphasis"  # "could not possibly prove": strengthens the denial, softens nothing
    if word == "may" and _CONCEDED.match(text, end):
        return "question"  # "may be new news, but they relate to dated developments": a concession granted
    if word == "potentially" and _ACT_BEFORE.search(before):
        return "possibility"  # "allowed the jurors to potentially apply", "including potentially filing": an act
    if word == "possibility" and _OPTION_BEFORE.search(before):
        return "option"  # "One possibility is endorsing the compact": an option listed
    if word == "presumed" and _PRESUMPTION.match(text, end):
        return "designation"  # "is presumed reasonable", "presumed innocent": the law's presumption
    if _STANCE_NOUN_THAT.search(before):
        return "source_words"  # "have expressed alarm that the talks appear to": their stated worry
    if category == "adjective" and word in _ASKABLE and _ASKED.search(before):
        return "question"
    if word in _DESCRIBING and not _IMPERSONAL.search(before) and not _CLAIM_AFTER.match(text, end):
        return "description"
    if category == "phrase" and word.endswith(("think", "thought")) and _CONSIDER.match(text, end):
        return "considering"
    if word == "if confirmed" and _NOMINEE.search(before):
        return "condition"
    if word in _HABIT:
        return "habit"
    if word == "apparent" and _PREDICATE_BEFORE.search(before):
        return "evident"  # "The significance was immediately apparent": plain to see, not doubtful
    if category == "modal" and _PERCEIVED.match(text, end):
        return "ability"
    if category == "modal" and _CONCESSIVE.search(before):
        return "question"
    if word == "allegedly":
        return "designation"  # it marks an accusation as one, as news writing owes the accused
    if category == "noun" and _STANCE_OBJECT.search(before):
        return "source_words"
    if category in ("adjective", "noun") and _VIEWED_AS.search(before):
        return "source_words"  # "a contest once viewed as the possible vanguard": the view of those who held it
    if not quoted and word not in _HEARSAY and _BY_SAYING.search(text, first, start):
        return "source_words"
    if not quoted and category in ("modal", "adjective", "adverb") and word not in _HEARSAY:
        if _THINKS_BEFORE.search(before) or _FEELS_BEFORE.search(before) or _SUGGESTS_BEFORE.search(before):
            return "source_words"  # "He now believes they may have …", "prosecutors now think Flynn may well …",
            # "groups were concerned the court may …", "Giuliani also suggested that Trump may …"
    return hedge_reading(document, sentence, start, end, category, quoted=quoted)


_NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+$", re.I)
_PROSPECTS = frozenset({"possibility", "speculation"})
_INQUIRY_INTO = re.compile(
    r"\b(?:probe|probes|investigation|investigations|inquiry|inquiries|review|look|investigating|examining|examine|"
    r"investigate|hearings?)\s+(?:into|of|over|on)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.I,
)
_EXISTENTIAL = re.compile(
    r"\b(?:there|it)\s*(?:is|['’]s|was|remains|remained|seems|seemed)\s+(?:still\s+|also\s+)?(?:a|an|the|some|every)\s+"
    r"[\"“]?(?:[\w-]+\s+)?$",
    re.I,
)
_ABLE = re.compile(r"\s+(?:have\s+)?(?:been\s+)?able\b", re.I)
_POSSIBLE_FOR = re.compile(r"\s+(?:here\s+)?for\s+(?:[\w'’-]+\s+){1,4}?to\b", re.I)
#: "X may be Y, but …": the concessive "may" grants Y before the claim that follows "but".
_CONCEDED = re.compile(r"[^,;:.!?—–()]{1,60},\s+but\b", re.I)
_IF_SUBJECT = re.compile(r"\bif\s+(?:that|this|it|he|she|they|[\w'’-]+)\s+$", re.I)
_CANT = re.compile(r"\b(?:can['’]t|cannot|couldn['’]t|could\s+not|can\s+not)\s+$", re.I)
_WHOSE = re.compile(r"\s+(?:from|surrounding|about|over|among|by|that)\b", re.I)
_ACT_BEFORE = re.compile(r"\b(?:to|including|from|by|of)\s+$", re.I)
_OPTION_BEFORE = re.compile(r"\b(?:one|another|a\s+second|a\s+third|the\s+other|the\s+only)\s+$", re.I)
_PRESUMPTION = re.compile(r"\s+(?:to\s+be\s+)?(?:innocent|reasonable|valid|lawful|guilty|dead|constitutional)\b", re.I)
#: A stated worry, hope or doubt with its clause: what follows is the holder's ("expressed alarm that …").
_STANCE_NOUN_THAT = re.compile(
    r"\b(?:express\w*|voic\w*|rais\w*|shar\w*|cit\w*)\s+(?:\w+\s+)?(?:alarm|concerns?|fears?|hopes?|doubts?|"
    r"worr(?:y|ies)|skepticism|scepticism|optimism|confidence|frustration)\s+(?:that|about|over)\b[^.;:!?]{0,80}$",
    re.I,
)
_PURPOSE = re.compile(r"\bso\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}$", re.I)
_ASKABLE = frozenset({"possible", "likely", "unlikely", "probable"})
_ASKED = re.compile(r"\b(?:whether|if)\s+(?:[\w'’-]+\s+){0,4}(?:is|was|are|were|be|been)\s+(?:\w+ly\s+)?$", re.I)
_DESCRIBING = frozenset({"uncertain", "unclear"})
#: "It is unclear", "it remained uncertain", "It's not clear": the writer's own doubt about what follows.
_IMPERSONAL = re.compile(
    r"\bit\s*(?:['’]s|is|was|remains|remained|seems|seemed|appears|appeared|becomes|became|has\s+been|had\s+been|"
    r"will\s+be|would\s+be)\s+(?:still\s+|also\s+|not\s+|now\s+|yet\s+)?$",
    re.I,
)
#: What an "unclear" claim opens: a question or a clause ("unclear whether", "uncertain how", "unclear from").
_CLAIM_AFTER = re.compile(r"\s+(?:whether|if|how|what|who|whom|why|when|where|which|that|from|about|as\s+to)\b", re.I)
_CONSIDER = re.compile(r"\s+(?:much\s+|long\s+|hard\s+|twice\s+)?(?:about|of)\b", re.I)
#: A person before "if confirmed": a name or a pronoun, then a comma ("Kavanaugh, if confirmed, …").
_NOMINEE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:he|she|who))\s*,\s*$")
#: Words of verification status; a hedge only on a report or claim the outlet passes on ("unconfirmed reports").
_STATUS = frozenset({"unverified", "unconfirmed"})
_STATUS_SOURCE = re.compile(r"\s+(?:reports?|claims?|accounts?|rumou?rs?|allegations?)\b", re.I)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|became|become|becomes|seemed|seems)\s+(?:\w+ly\s+|all\s+too\s+|also\s+)?$", re.I
)
_HABIT = frozenset({"tend to", "tends to", "tended to"})
_PERCEIVED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:be\s+|have\s+been\s+)(?:\w+ly\s+)?(?:heard|seen|felt|smelled|smelt|spotted|watched|"
    r"viewed|noticed|glimpsed|sensed)\b",
    re.I,
)
_CONCESSIVE = re.compile(r"\b(?:whatever|whoever|whichever|wherever|whenever|however)\b[^,;:.!?]{0,60}$", re.I)
#: A verb of which an epistemic noun is the object: the stance of the verb's subject ("would not rule out the
#: possibility", "raised the possibility").
_STANCE_OBJECT = re.compile(
    r"\b(?:rul\w*\s+out|rais\w*|float\w*|acknowledg\w*|open\s+to|leav\w*\s+open|left\s+open|explor\w*|"
    r"consider\w*|discuss\w*|investigat\w*|examin\w*|weigh\w*|dismiss\w*|reject\w*|den(?:y|ies|ied)|"
    r"admit\w*|cit\w*|mention\w*|suggest\w*|warn\w*\s+of)\s+(?:\w+\s+)?(?:the|a|any|that|this)\s+(?:\w+\s+)?$",
    re.I,
)
#: A passive of view before the word: it stands in what unnamed holders saw the thing as.
_VIEWED_AS = re.compile(
    r"\b(?:seen|viewed|regarded|considered|perceived|billed|touted|described|cast|painted)\s+"
    r"(?:by\s+[\w'’ -]{1,40}?\s+)?"
    r"as\s+(?:(?:a|an|the)\s+)?$",
    re.I,
)
#: A verb of thought or expectation with a subject of its own, before the word, in the same clause: what
#: follows is what the subject thinks.
_THINKS_BEFORE = re.compile(
    r"\b(?:I|we|he|she|they|who|[A-Z][\w.'’-]+|\w+s)\s+(?:(?:now|also|still|long|had|has|have|do|does|did|\w+ly)\s+){0,2}"
    r"(?:believe[sd]?|think|thinks|thought|fear[sd]?|suspect[sd]?|expect[sd]?|worr(?:y|ies|ied)|hope[sd]?|guess(?:es|ed)?|"
    r"see|sees|saw)"
    r"\s+(?:that\s+)?[^,;:.!?]{0,60}$"
)
#: A worry or a conviction with its holder, before the word in the same clause ("civil rights groups were
#: concerned the conservative majority may …", "Many are worried that …"): what follows is what they fear.
_FEELS_BEFORE = re.compile(
    r"\b(?:are|were|is|was|been|remain(?:s|ed)?|grew|grow|became|become)\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:concerned|worried|afraid|fearful|convinced|confident|hopeful|optimistic|skeptical|sceptical)\s+"
    r"(?!about\b|over\b|by\b|with\b)(?:that\s+)?[^,;:.!?]{0,60}$",
    re.I,
)
#: "suggested" with a person as its subject reports what the person put forward ("Giuliani also suggested that
#: Trump may …"); "Reports suggested …", "Polls suggest …" stay the writer's reading of evidence (the seed's key).
_SUGGESTS_BEFORE = re.compile(
    r"(?:\b(?:I|we|he|she|they)|(?<=[a-z,] )[A-Z][\w'’-]+)\s+(?:(?:also|now|has|had|have|later|then)\s+){0,2}"
    r"suggest(?:s|ed)?\s+(?:that\s+)?[^,;:.!?]{0,60}$"
)
#: A reporting verb in "-ing" after "by", "after", "when": its subject is the sentence's ("Trump concluded by saying").
_BY_SAYING = re.compile(
    r"\b(?:by|after|when|while|before|in)\s+(?:saying|claiming|arguing|suggesting|insisting|noting|writing|telling|"
    r"asserting|predicting|warning)\b",
    re.I,
)


def _reported(document: Document, sentence: int, start: int) -> bool:
    """Whether a word stands in what a source is reported as saying: a reporting verb comes before the word in its
    clause ("Police said …", "Schumer said there seems to be …", "analysts say the missile could …", "experts
    warning that Trump is likely …": named or not, the hedge is the source's, and a vague source is reported as
    such), or the attribution closes the sentence after it ("…, according to police.")."""
    text = document.text
    span = document.sentences[sentence]
    trailing = _TRAILING_SOURCE.search(text, start, span.end)
    if trailing and not any(s < trailing.end() and trailing.start() < e for s, e in document.vague.get(sentence, ())):
        return True  # "… he appeared to be in distress, according to police.", "… may fail, the minister said."
    return any(
        end <= start  # any form of a reporting verb ("say", "warning", "suggested"), not only those that open quotes
        and len(text[end:start].split()) <= _REPORTED_REACH
        and not _CLAUSE_BREAK.search(text, end, start)  # "… told others, and a video appears to …": a new clause
        and not _COORDINATED.search(text, end, start)  # "Trump condemned the launch and appeared to …": his act
        and not _PARTICIPLE_AFTER.match(text, end)  # "a location described by CNN as …": a modifier, no report
        for end in _verb_ends(document, sentence, start)
    )


def _verb_ends(document: Document, sentence: int, start: int) -> list[int]:
    """Where the reporting verbs before ``start`` end: the lexicon's, and a naming verb the speech lexicon keeps apart
    ("Todd called it perhaps the most consequential day")."""
    ends = [end for _, end, _ in document.hits.report_verbs.get(sentence, ()) if end <= start]
    begin = document.sentences[sentence].start
    if start > begin:
        ends += [m.end() for m in _OTHER_REPORTING.finditer(document.text, begin, start)]
    return ends


#: Not "suggested": the seed's answer key reads "Reports from last year suggested that NATO is contemplating an
#: office, potentially in Tokyo" as the outlet's hedge.
_OTHER_REPORTING = re.compile(
    r"\bcall(?:s|ed)\s+(?:it|this|that|him|her|them|(?:(?:the|a|an)\s+)?(?:[\w-]+['’]s\s+)?[a-z][\w-]*)(?=\s)", re.I
)


_REPORTED_REACH = 12  # words from a reporting verb to a word of what it reports
#: An attribution that closes the sentence and so credits what comes before it.
_TRAILING_SOURCE = re.compile(
    r"[,\"”]\s+(?:according\s+to\s+[^,;:]{2,60}|(?:[^,;:\s]+\s+){0,5}?(?:said|says|told\s+[^,;:]{2,40})"
    r"(?:\s+(?:on|in|at|during|last|this|earlier|later|after|before)\b[^,;:.!?\"“]{1,30})?)\s*[.!]?[\"”’]?\s*$"
)
#: A hedge that opens a verb phrase joined to the reporting verb's: the writer's reading of a second act.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|as)\b")
_COORDINATED = re.compile(r"\band\s+(?:\w+ly\s+)?$")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|although|though|a claim)\b|[;:—–]|\(|,\s+(?:which|who)\b")


#: Words of hearsay that stay the writer's even inside a report ("police said he was reportedly armed"); not
#: "apparently", which is the source's own hedge there ("Abbott said Conditt was apparently unemployed").
_HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"})


def _writers_hearsay(text: str, start: int, end: int) -> bool:
    """A word of hearsay, or "apparently" set off as an aside ("the bridge, apparently repaired, will …"): the
    writer's, even inside what a source is reported as saying."""
    word = text[start:end].lower()
    return word in _HEARSAY or (word == "apparently" and text[:start].rstrip().endswith(","))


def _family(hedge: str) -> str:
    """A hedge's family: the first five letters of its first word's crude stem ("apparently" and "apparent",
    "possibly" and "possible", "seemed" and "seems" are one)."""
    first = hedge.split()[0].lower() if hedge.split() else ""
    return stem(first)[:5]


def _baseline_families(context: Context, sentence: int) -> frozenset[str]:
    """The families of the hedges in the baseline sentences aligned with a version sentence."""
    link = context.alignment.link_of(sentence) if context.alignment is not None else None
    if link is None:
        return frozenset()
    baseline = context.baseline
    return frozenset(
        _family(baseline.text[start:end])
        for b in link.baseline_sentences
        for start, end, _ in baseline.hits.hedges.get(b, ())
    )


#: What a hedge softens in the baseline: the content words right after it, up to a clause's end.
_SCOPE_END = re.compile(r"[,;:.!?()—–\"“”]")
_SCOPE_WORDS = 2


@register
class Hedge(Extractor):
    """A hedge is reported where the aligned baseline sentence does not have it (added), and a
    baseline hedge the version's sentence drops is reported as removed. Hedges the baseline
    shares are counted in the scores but not reported."""

    name = "hedge"
    kinds = ("hedge",)
    features = (
        FeatureSpec("per_100_words", "hedges"),
        FeatureSpec("outlet_per_100_words", "hedges in the outlet's own voice"),
        FeatureSpec("added_per_100_words", "added hedges", weight=0.5, scale=0.5, colour="#CC79A7", hatch="++"),
        FeatureSpec("removed_count", "hedges removed"),
    )
    description = "Words that make a claim less certain, added or removed compared with the baseline."

    def __init__(self, *, quoted_weight: float = 0.5, removed_weight: float = 0.5) -> None:
        """``quoted_weight``: weight of a hedge inside a quotation (the speaker's word, not the outlet's);
        ``removed_weight``: weight of a baseline hedge the version drops."""
        self.quoted_weight = check_number("Hedge", "quoted_weight", quoted_weight, 0.0, 1.0)
        self.removed_weight = check_number("Hedge", "removed_weight", removed_weight, 0.0, 1.0)

    def extract(self, context: Context) -> Result:
        document = context.document
        findings: list[Finding] = []
        total = outlet = 0
        hedged = document.hits.hedges
        for sentence in sorted(hedged.keys() | self._losing(context)):
            shared = context.counterpart_words(sentence)
            sourced = document.vague.get(sentence, ())
            for start, end, entry in hedged.get(sentence, ()):
                if any(s < end and start < e for s, e in sourced):
                    continue  # "analysts suggest": a vague source, reported as such, not a hedge
                if not_story(document, sentence) or in_furniture(document, start, end):
                    continue  # a caption, a promo, a subhead, a name card in the sentence: not the story's claims
                quote = context.quote_at(start, end)
                if (
                    quote is None
                    and not _writers_hearsay(document.text, start, end)
                    and _reported(document, sentence, start)
                ):
                    continue  # "Schumer said there seems to be …": the source's hedge ("reportedly" stays the writer's)
                if reading(document, sentence, start, end, entry.category, quoted=quote is not None) != HEDGE:
                    continue  # "he could not remember", "more likely to vote", "a post suggested"
                total += 1
                outlet += quote is None
                if span_words(document.text[start:end]) <= shared:
                    continue  # the baseline hedges the same way
                if _family(document.text[start:end]) in _baseline_families(context, sentence):
                    continue  # "apparently referring to" for the baseline's "an apparent reference to": the same hedge
                last = findings[-1] if findings else None
                if (
                    last is not None
                    and _adjacent(document.text, last, start)
                    and last.details["in_quote"] == (quote is not None)
                ):
                    # "seems unlikely": one hedge in two words of the lexicon, one finding
                    start = last.start
                    findings.pop()
                findings.append(self._added(context, sentence, start, end, entry.category, quote))
            findings.extend(self._removed(context, sentence))
        added = [f for f in findings if f.details["change"] == "added"]
        return Result(
            findings=tuple(findings),
            scores={
                "per_100_words": per_100_words(total, document.word_count),
                "outlet_per_100_words": per_100_words(outlet, document.word_count),
                "added_per_100_words": per_100_words(
                    sum(not f.details["in_quote"] for f in added), document.word_count
                ),
                "removed_count": float(sum(f.details["change"] == "removed" for f in findings)),
            },
        )

    def _added(
        self, context: Context, sentence: int, start: int, end: int, category: str, quote: Quote | None
    ) -> Finding:
        word = context.document.text[start:end]
        baseline_text = context.counterpart_text(sentence)
        if quote is not None:
            who = quote.speaker or "the person quoted"
            explanation = f'"{word}" makes the claim less certain; it is inside a quote, so these are {who}\'s words.'
        elif baseline_text is None:
            explanation = f'"{word}" makes the claim less certain, in a sentence the baseline does not have.'
        else:
            explanation = f'"{word}" makes the claim less certain; the baseline says it without this word.'
        return context.document.finding(
            "hedge",
            start,
            end,
            explanation,
            extractor=self.name,
            baseline_text=baseline_text,
            sentence=sentence,
            weight=self.quoted_weight if quote else 1.0,
            change="added",
            in_quote=quote is not None,
            speaker=quote.speaker if quote else None,
            category=category,
        )

    @staticmethod
    def _losing(context: Context) -> set[int]:
        """Version sentences aligned with a baseline sentence that hedges: where a hedge can go missing."""
        if context.alignment is None:
            return set()
        hedged = context.baseline.hits.hedges
        if not hedged:
            return set()
        return {
            link.version_sentences[0]
            for link in context.alignment.links
            if link.version_sentences and any(b in hedged for b in link.baseline_sentences)
        }

    @staticmethod
    def _softens(context: Context, sentence: int) -> bool:
        """Whether the version's sentence softens its claim in words of its own: a hedge, a modal of possibility,
        or one in the words it reports a source as saying."""
        document = context.document
        return any(
            reading(document, sentence, start, end, entry.category) in _SOFTENING
            for start, end, entry in document.hits.hedges.get(sentence, ())
        )

    def _removed(self, context: Context, sentence: int) -> list[Finding]:
        """Baseline hedges that the aligned version sentence leaves out."""
        if context.alignment is None:
            return []
        document = context.document
        link = context.alignment.link_of(sentence)
        if link is None or link.version_sentences[0] != sentence:
            return []  # a split is checked once, on its first sentence
        if reworded(link):
            return []  # what a rewording drops is reported once, as an omission with carried_by (._carried)
        if any(self._softens(context, v) for v in link.version_sentences):
            return []  # "as it could potentially lead" for the baseline's "the possibility": still not firm
        mine = frozenset().union(*(document.word_sets[v] for v in link.version_sentences))
        dropped = []
        for b in link.baseline_sentences:
            quotes = context.baseline.quote_lookup
            for start, end, entry in context.baseline.hits.hedges.get(b, ()):
                if quotes is not None and quotes.at(start, end) is not None:
                    continue  # a hedge in the baseline's quotation is the speaker's, not the wire's
                if reading(context.baseline, b, start, end, entry.category) != HEDGE:
                    continue
                term = context.baseline.text[start:end]
                if not span_words(term) <= mine and _scope_carried(context.baseline.text, end, mine):
                    dropped.append(term)
        if not dropped:
            return []
        span = document.sentences[sentence]
        explanation = (
            f'The baseline softens this claim with "{dropped[0]}"; this version states it more firmly, without it.'
        )
        return [
            document.finding(
                "hedge",
                span.start,
                span.end,
                explanation,
                extractor=self.name,
                baseline_text=context.counterpart_text(sentence),
                sentence=sentence,
                weight=self.removed_weight,
                change="removed",
                in_quote=False,
                speaker=None,
                category="removed",
                baseline_word=dropped[0],
                excerpt=short(document.sentence_text(sentence)),
            )
        ]


def _scope_carried(text: str, end: int, mine: frozenset[str]) -> bool:
    """Whether the version's sentence carries what the baseline's hedge ending at ``end`` softens: one of the
    first content words after it, up to the clause's end ("apparent *supporters of Trump*"). A version sentence
    aligned with the baseline's for other words ("has been arrested after …") did not firm up that claim."""
    stop = _SCOPE_END.search(text, end, end + 120)
    scope = [w for w in words(text[end : stop.start() if stop else end + 120]) if w not in STOPWORDS]
    carried = sum(w in mine for w in scope[:_SCOPE_WORDS])
    return not scope or carried >= min(2, len(scope[:_SCOPE_WORDS]))


def _adjacent(text: str, finding: Finding, start: int) -> bool:
    """Whether an added hedge finding ends just before ``start``, with only a space between ("seems unlikely")."""
    return finding.details["change"] == "added" and finding.start < start and not text[finding.end : start].strip()
