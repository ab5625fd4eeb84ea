"""Whose voice a sentence speaks in: whether a reporting verb in it credits the sentence's claim to someone.

A reporting verb in a sentence does not make its claim someone else's. The claim is credited only when the verb
governs what the sentence asserts. It is not, and the sentence stays in the outlet's own voice, when the verb

* is negated, or has a negative subject or object ("None of them accused him", "No one answered when a reporter
  knocked", "Neither Biden nor his son has been accused of any wrongdoing", "the judge asked no questions"):
  nobody is credited with anything;
* is a participle that opens the sentence ("Asked whether …, Herschmann recited …") or follows "having": the
  main verb, if any, says whose the claim is;
* stands in a relative clause on its own subject ("a statement … that described the meeting as …", "who has been
  accused by numerous women", "remarks condemned by lawmakers") or in a clause of time ("… after Trump tweeted
  that …", "… when Pelosi announced an inquiry"): it describes a noun or dates the event, while the main clause is
  the outlet's (a verb of saying, or one that opens a clause, still credits what follows in a relative clause:
  "an aide who said she never received complaints", "Dershowitz, who argued that …");
* stands in the clause a noun of claiming takes ("buttressing the credibility of Reade's claim that she told her
  mother", "the allegation that he said …"): what the noun's clause holds is the claim the outlet talks about;
* stands in an adjunct that opens the sentence ("With officials warning of a surge, the conflict hit a breaking
  point"): it credits what the adjunct says, not the main clause after it;
* asks someone to do something ("Murphy asked his girlfriend to terminate a pregnancy"): a request, an act the
  outlet narrates, not a claim it credits;
* is a passive or an infinitive with no clause after it ("Bolton was barely mentioned", "the first officer to be
  confirmed since 1973"): what happened to someone, not what someone says.
"""

from __future__ import annotations

import re

__all__ = ["credits_claim"]

#: Verbs of saying: in a relative clause they still credit what follows ("an aide who said she never …").
_SAYING = frozenset({"say", "says", "said", "tell", "tells", "told"})
#: A negative subject opening the verb's clause, or a negation just before the verb.
_NEGATIVE_SUBJECT = re.compile(
    r"(?:^|[,;:—–(]\s*|\b(?:and|but)\s+)(?:no\s+one|nobody|none\s+of\s+\w+|neither\b[^,;]*?|not\s+(?:a\s+single|one)\s+\w+"
    r"|no\s+\w+)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:\w+ly\s+)?(?:(?:been|be)\s+)?$", re.I)
#: A negative object: "asked no questions", "said little", "offered nothing".
_NEGATIVE_OBJECT = re.compile(r"\s+(?:no|nothing|little|none)\b(?!\s+(?:doubt|longer)\b)", re.I)
_GERUND_BEFORE = re.compile(r"\bhaving\s+(?:\w+ly\s+)?$", re.I)
#: A relative pronoun that is the verb's own subject ("that described", "who has been accused"), with at most
#: auxiliaries and adverbs between.
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:\w+ly|also|has|have|had|is|are|was|were|be|been|being|will|would|may|might)\s+)*$",
    re.I,
)
#: A clause the verb opens ("who argued Monday that …"): what it credits, even in a relative clause.
_CLAUSE_AFTER = re.compile(r"\s*(?:[\w'’.-]+\s+){0,4}?(?:that|whether)\b|\s*,?\s*[:\"“‘]", re.I)
#: A relative clause with its verb ("the workers who testified before the board"): a time word after it is
#: its preposition, not a clause of time around the main verb.
_RELATIVE_VERB = re.compile(r"\b(?:who|which|that)\s+(?:\w+ly\s+)?\w+(?:ed|s)\b", re.I)
#: A clause of time the verb stands in ("after Trump tweeted that …", "when Pelosi announced …").
_TIME_CLAUSE = re.compile(r"\b(?:after|before|when|whenever|since|until|once)\b[^,;:—–()]*$", re.I)
#: A passive or an infinitive: the verb's participle or base form after "be", "was", "to" ….
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|was|were|am|to|get|got)\s+(?:(?:\w+ly|not|also|first|since|then)\s+){0,2}$", re.I
)
#: A reduced relative: a noun, then the participle with its agent ("remarks condemned by lawmakers").
_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|letter\b)", re.I)
#: The clause a passive can still credit ("was reported that …", "is accused of abusing …", "was described as …").
_PASSIVE_COMPLEMENT = re.compile(r"\s*(?:(?:\w+ly|widely|also)\s+)?(?:that|of|to\s+have|,?\s*[:\"“‘])", re.I)
#: A passive of describing credits the description after "as" ("was described as a hoax"); "was confirmed as
#: mayor" names an office.
_DESCRIBED_AS = re.compile(r"(?:describ|characteri[sz]|portray|label|brand|hail|dismiss|paint|cast|call)\w*$", re.I)
_AS_AFTER = re.compile(r"\s*(?:\w+ly\s+)?as\b", re.I)
_CLAUSE_MARK = re.compile(r"[,;:—–()]")
#: An adjunct opening the sentence, still open at the verb ("With … officials warning"), and its comma after the
#: verb with a main clause to follow.
_OPENING_ADJUNCT = re.compile(r"^\W*(?:with|amid|amidst|despite)\b[^,;:—–()\"“]*$", re.I)
_MAIN_CLAUSE_AFTER = re.compile(r"[^,;:—–()\"“”.]*,\s+(?:[\w'’-]+\s+){2,}", re.I)
#: A request's object and infinitive after "asked" ("asked his own girlfriend to terminate …").
#: A reason after the request ("urged the council to act because …") is the asker's: the verb still credits it.
_REQUEST_AFTER = re.compile(
    r"\s+(?!(?:whether|if|that|about|what|why|how)\b)(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+"
    r"(?![^.;!?]*\b(?:because|since|so\s+that|due\s+to|in\s+order|as\s+a\s+way)\b)",
    re.I,
)
_ASKING = frozenset({"ask", "asks", "asked", "urge", "urges", "urged"})
#: A noun of claiming with its clause open before the verb ("Reade's claim that she told …").
_NOUN_CLAUSE = re.compile(
    r"\b(?:claims?|allegations?|assertions?|accounts?|suggestions?|notion|idea|contention|charges?|rumou?rs?|"
    r"reports?|story|stories|theory|impression|belief)\s+that\s+(?:[\w'’-]+\s+){0,4}?(?:(?:\w+ly|had|has|have|would)\s+)*$",
    re.I,
)


def credits_claim(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the reporting verb ``text[start:end]`` (in a sentence starting at ``sentence_start``) credits the
    sentence's claim to its subject, rather than standing in the outlet's narration (see the module's docstring)."""
    verb = text[start:end].lower()
    before = text[sentence_start:start]
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    clause = before[clause_start:]
    if _NEGATION_BEFORE.search(clause) or _NEGATIVE_SUBJECT.search(before) or _NEGATIVE_OBJECT.match(text, end):
        return False
    if _GERUND_BEFORE.search(clause) or (not before.strip() and verb.endswith("ed") and " " not in verb):
        return False  # "about having complained"; "Asked whether …, Herschmann recited …": the main verb says
    if _OPENING_ADJUNCT.search(before) and _MAIN_CLAUSE_AFTER.match(text, end):
        return False  # "With officials warning of a coming surge, the conflict …": the adjunct's, not the claim's
    if verb in _ASKING and _REQUEST_AFTER.match(text, end):
        return False  # "asked his girlfriend to terminate a pregnancy": a request, not a claim credited
    if _NOUN_CLAUSE.search(clause):
        return False  # "Reade's claim that she told her mother": the noun's claim, talked about by the outlet
    relative = _RELATIVE_SUBJECT.search(clause) is not None
    if relative and verb not in _SAYING and not _CLAUSE_AFTER.match(text, end):
        return False
    time = _TIME_CLAUSE.search(clause)
    if time is not None and not _RELATIVE_VERB.search(clause, 0, time.start()):
        return False
    if verb.endswith("ed") or verb in ("told", "said", "found", "shown", "written"):
        passive = _PASSIVE_BEFORE.search(clause) is not None
        reduced = _AGENT_AFTER.match(text, end) is not None and not clause.rstrip().endswith(("and", "or"))
        described = _DESCRIBED_AS.search(verb) is not None and _AS_AFTER.match(text, end) is not None
        if (passive or reduced) and not (_PASSIVE_COMPLEMENT.match(text, end) or described):
            return False
    return True
