"""Sense checks: whether a hedge word hedges, whether a modal verb predicts.

A lexicon finds words; the reading of a word depends on the words around it. These checks read the few
words on either side of a match, as a grammar describes the readings (Palmer, *Mood and Modality*;
Hyland, *Hedging in Scientific Research Articles*), without a parser: a parse costs milliseconds a sentence,
and every sentence with a modal verb would need one.

- A modal verb is **epistemic** (the writer's doubt about what is the case: a hedge) with a perfect ("may
  have been"), a stative *be* ("could be the largest"), or *well* ("may well"). With a negation it reads as
  ability or permission ("he could not remember", "they may not enter"). With an event verb it is a
  **possibility** or prediction about what may happen ("the plan could save millions"), not a softened
  report of what did: a hedge only where the outlet leans the possibility on unnamed sources ("analysts
  suggest a model could emerge").
- *believe*, *suggest*, *speculate* report someone's stance ("a post suggested", "he believes in"): reporting
  verbs, not the outlet's hedge; raising and impersonal forms ("seems", "appears to", "is believed to",
  "it is thought") are the outlet's.
- *likely*, *possible* in a comparative or an idiom ("more likely to vote", "as long as possible") and as a
  plain attribute ("likely voters") describe, they do not hedge; *alleged* as a verb ("she alleged that")
  reports.
- An approximator before a figure ("roughly 200,000"), and *estimated*, qualify a number, not a claim; a
  degree adverb ("in part", "largely", "virtually all", "broadly popular") says how far, not how sure.
- *alleged* and *suspected* before a noun or with *of* ("the alleged affairs", "the woman suspected of") are
  legal designations, the careful usage of news writing, not a softened claim.
- A modal, an epistemic adjective or adverb inside what a named source is reported as saying is the source's;
  so is one in the clause a reporting verb with a subject of its own opens ("He warned police she could be
  heading there"), or in one a closing ", her father said" credits (:func:`in_reported_words`); *reportedly*,
  where the story names the publication that reported it, is sourced.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Document

__all__ = ["hedge_reading", "modal_reading", "in_reported_words", "HEDGE"]

HEDGE = "hedge"
_ADVERB = r"(?:\w+ly\s+|even\s+|still\s+|also\s+|easily\s+|well\s+)?"
_NEGATION = re.compile(r"\s*(?:n['’]t\b|\s(?:not|never|no\s+longer|hardly|barely|only)\b)", re.I)
_PERFECT = re.compile(rf"\s+{_ADVERB}have\s+(?:been\s+)?\w+", re.I)
#: A penalty the law allowed: "could have been sentenced to up to life", "would have faced up to 10 years".
_PENALTY = re.compile(
    r"\s+have\s+(?:been\s+)?(?:sentenced|fined|jailed|imprisoned|faced|received)\b[^.!?;]{0,30}?\bup\s+to\b", re.I
)
_BE = re.compile(rf"\s+{_ADVERB}be\s+(?P<next>[\w'’-]+)", re.I)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:whether|if|who|whom|what|which|where|when|how)\b(?:\s+(?!that\b)[\w'’-]+){0,4}\s*$", re.I
)
_IF_AFTER = re.compile(r"\bif\b[^.!?]*", re.I)
_WELL = re.compile(r"\s+well\b", re.I)
#: Past participles after "be": a passive is an event ("could be impacted"), not a state.
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ung|ought|ught|lt|pt|nt|ade|id|orn|one|ost|eld|ound)$", re.I)
_STATIVE_PARTICIPLES = frozenset({"related", "interested", "concerned", "involved", "aware", "linked", "tied"})
_COMPARATIVE = re.compile(r"\b(?:more|less|most|least|as|so|too|very|highly|equally|increasingly)\s+$", re.I)
_AS_POSSIBLE = re.compile(r"\bas\s+\S+(?:\s+\S+)?\s+as\s+$", re.I)
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:I|we|you|he|she|they|who|which|that|it|[A-Z][\w.'’-]+|\w+s)\s+(?:\w+ly\s+)?"
    r"(?:(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|has|have|had|also|not|truly|still)\s+){0,2})$"
)
_IMPERSONAL_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:widely\s+|generally\s+)?$", re.I)
_NUMBER_AFTER = re.compile(r"\s+(?:\$|£|€)?\d|\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|half)\b")
_ATTRIBUTE_AFTER = re.compile(r"\s+(?!to\b|that\b|than\b|if\b|for\b|because\b|in\b|at\b|on\b)[A-Za-z][\w-]+")
_RAISING = ("seem", "appear", "it appears", "it would", "believed to", "thought to", "is believed", "are believed")
_REPORTING_VERBS = ("believe", "suggest", "speculat", "alleged", "estimated")
#: Approximators that say how far (degree, extent), not how sure: "triggered in part by", "virtually all".
_DEGREE = frozenset(
    {"in part", "partly", "largely", "virtually", "broadly", "generally", "relatively", "fairly", "somewhat"}
)
#: Legal designations: "alleged" and "suspected" as attributes ("the alleged affairs", "suspected of shooting").
_DESIGNATIONS = frozenset({"alleged", "suspected"})
_DESIGNATED_AFTER = re.compile(r"\s+(?:of\b|(?!to\b|that\b|than\b|by\b)[A-Za-z][\w-]+)")
#: Hearsay adverbs: the outlet's own distance from what it passes on, even inside a reported clause.
_HEARSAY = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "apparently", "seemingly", "ostensibly"}
)


def modal_reading(text: str, start: int, end: int) -> str:
    """The reading of the modal verb at ``text[start:end]``: ``epistemic``, ``ability`` or ``possibility``."""
    after = text[end : end + 60]
    if _NEGATION.match(after):
        return "ability"
    if _WELL.match(after):
        return "epistemic"
    if _PENALTY.match(after):
        return "possibility"  # "could have been sentenced to up to life": the law's maximum, not a guess
    if _PERFECT.match(after):
        # "could have gone further if …": a counterfactual, what was possible, not a guess at what happened
        counterfactual = text[start:end].lower() == "could" and _IF_AFTER.search(text, end, end + 200)
        return "possibility" if counterfactual else "epistemic"
    be = _BE.match(after)
    if be is not None:
        word = be.group("next").lower()
        if not _PARTICIPLE.search(word) or word in _STATIVE_PARTICIPLES:
            return "epistemic"
    return "possibility"


def hedge_reading(
    document: Document, sentence: int, start: int, end: int, category: str, *, quoted: bool = False
) -> str:
    """:data:`HEDGE` when the lexicon's match ``start:end`` hedges in this sentence, else why it does not:
    ``ability``, ``possibility``, ``question``, ``reporting_verb``, ``comparative``, ``attribute``, ``figure``,
    ``source_named`` or ``source_words`` (``quoted``: the match stands in a quotation, whose speaker is
    known already)."""
    text = document.text
    word = text[start:end].lower()
    before = text[max(document.sentences[sentence].start, start - 40) : start]
    after = text[end : end + 40]
    if category == "modal" and _INDIRECT_QUESTION.search(before):
        return "question"  # "whether there might be a vote", "who else he may have spoken to": asked, not hedged
    if category == "modal" and not word.endswith("well"):
        reading = modal_reading(text, start, end)
        if reading == "ability":
            return "ability"
        if reading == "possibility" and not _leans_on_unnamed(document, sentence, start):
            return "possibility"
    elif category == "epistemic_verb":
        if word.startswith(_REPORTING_VERBS) and not _IMPERSONAL_BEFORE.search(before):
            return "reporting_verb"
    elif category == "adjective":
        if word in ("likely", "unlikely", "possible", "probable") and (
            _COMPARATIVE.search(before) or _AS_POSSIBLE.search(before)
        ):
            return "comparative"
        if (
            word in ("likely", "unlikely", "possible")
            and _ATTRIBUTE_AFTER.match(after)
            and not before.rstrip().endswith(("is", "be", "'s", "’s", "was", "are", "were", "seems", "remains"))
        ):
            return "attribute"
        if word == "alleged" and (after.lower().lstrip().startswith(("that", "in ")) or _SUBJECT_BEFORE.search(before)):
            if not before.rstrip().lower().endswith(("the", "an", "a", "his", "her", "their", "its")):
                return "reporting_verb"
        if word in _DESIGNATIONS and _DESIGNATED_AFTER.match(after):
            return "designation"
    elif category == "approximator" and (word == "estimated" or _NUMBER_AFTER.match(after)):
        return "figure"
    elif category == "approximator" and word in _DEGREE:
        return "degree"
    elif word == "reportedly" and _names_the_report(document, sentence):
        return "source_named"
    if not quoted and category in ("modal", "adjective") and _in_named_report(document, sentence):
        return "source_words"
    if (
        not quoted
        and category in ("modal", "adjective", "adverb")
        and word not in _HEARSAY
        and in_reported_words(document, sentence, start, end)
    ):
        return "source_words"
    return HEDGE


_MEDIA = re.compile(
    r"\b(?:told|reported|according to|interview with|wrote in|report(?:ed)? by)\b[^.;]{0,60}?"
    r"\b(?:newspaper|paper|Times|Post|Journal|Gazette|Tribune|Herald|News|magazine|broadcaster|network|"
    r"television|radio|station|agency|outlet|website)\b"
)


def _names_the_report(document: Document, sentence: int) -> bool:
    """Whether the story, up to this sentence, names a publication as the one that reported or was told."""
    first = _first_media(document.text)
    return first is not None and first < document.sentences[sentence].end


@lru_cache(maxsize=16)
def _first_media(text: str) -> int | None:
    """Where the text first names a publication as a source (once per text, however many "reportedly")."""
    match = _MEDIA.search(text)
    return None if match is None else match.start()


#: An unnamed source that makes a claim: its phrase ends in a verb of saying or thinking ("analysts suggest",
#: "officials said"), not a bare group ("critics of …") or a passive ("was seen as").
_CLAIMING = re.compile(
    r"\b(?:say|says|said|told|suggest\w*|believe\w*|argue\w*|claim\w*|warn\w*|think|thinks|fear\w*|"
    r"predict\w*|expect\w*|estimate\w*|note\w*|contend\w*|indicate\w*|show\w*|found)$",
    re.I,
)


def _leans_on_unnamed(document: Document, sentence: int, position: int) -> bool:
    """Whether an unnamed source that makes a claim ("analysts suggest", "officials said") stands before
    ``position`` in the sentence: the outlet leans a possibility on nobody in particular. A bare group
    ("Critics of the judge point out that the court could …") or a passive ("was seen as a force that could
    …") credits the forecast to its holders; vague_attribution reports the source."""
    text = document.text
    return any(
        end <= position and _CLAIMING.search(text, start, end) for start, end in document.vague.get(sentence, ())
    )


def _in_named_report(document: Document, sentence: int) -> bool:
    """Whether the sentence credits what it says to a source it names (not an unnamed one), with a reporting
    verb: a modal or an epistemic adjective there is in the words reported, the source's."""
    if document.attribution(sentence) is None or document.vague.get(sentence):
        return False
    return bool(document.hits.report_verbs.get(sentence))


#: A reporting verb's subject of its own, just before it: a pronoun, a name, or a described person or body ("the
#: committee", "her father"), with at most a few adverbs or auxiliaries between ("He had even warned").
_SUBJECT = re.compile(
    r"(?:\b(?:I|we|he|she|they|it|who)|\b[A-Z][\w.'’-]*|\b(?i:the|his|her|their|its|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
    r"(?:\s+(?:has|have|had|also|even|later|then|previously|repeatedly|again|\w+ly))*\s+$"
)
#: What stands between a reported clause and a closing "…, her father said": a comma and a few words.
_CLOSING = re.compile(r"^[^.;:!?\"“”]*,\s*(?:[\w.'’-]+\s+){0,4}$")


def in_reported_words(document: Document, sentence: int, start: int, end: int) -> bool:
    """Whether ``start:end`` stands in what the sentence reports a source as saying: after a reporting verb that
    has a subject of its own ("He had even warned police she could be heading there"; "The committee told the
    court that it could …"), or before a closing one ("…, her father said late Tuesday"). Not where the sentence
    leans on an unnamed source ("analysts suggest a toll could emerge"): the claim stays the outlet's to soften,
    and vague_attribution reports the source."""
    if document.vague.get(sentence):
        return False
    text, first = document.text, document.sentences[sentence].start
    for verb_start, verb_end, _ in document.hits.report_verbs.get(sentence, ()):
        if verb_end <= start:
            finite = not text[verb_start:verb_end].endswith("ing")  # "saying", "calling": no subject of their own
            if finite and _SUBJECT.search(text, max(first, verb_start - 80), verb_start):
                return True
        elif verb_start >= end and _CLOSING.match(text[end:verb_start]):
            return True
    return False
