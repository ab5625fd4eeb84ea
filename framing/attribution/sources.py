"""The source of an attribution: its whole noun phrase in the parse, and what kind of source it is."""

from __future__ import annotations

from typing import Any

__all__ = ["noun_phrase", "is_nominal", "source_type", "name_tokens", "DOCUMENT_NOUNS"]

Token = Any  # a spaCy Token

#: Heads of a document or data source: "a recent Monmouth poll", "government figures".
DOCUMENT_NOUNS = frozenset(
    "poll polls survey surveys study studies report reports figures data statistics census analysis analyses "
    "estimate estimates records documents document statement statements letter filing filings memo memos tweet "
    "tweets post posts article articles book review audit investigation research index projections projection "
    "forecast forecasts numbers count tally results findings paper papers release records transcript transcripts "
    "indictment complaint lawsuit ruling order website site release survey report assessment models model "
    "database registry ledger minutes emails email cable cables video footage photos images map chart graph "
    "calculations calculation".split()
)
#: Heads of an organisation named by a common noun: "the ministry", "police".
ORGANISATION_NOUNS = frozenset(
    "government ministry department agency police company firm administration campaign committee court military "
    "army navy council party parliament congress senate house commission board office bureau authority "
    "authorities union coalition embassy team club network channel newspaper paper outlet station group "
    "organization organisation institute foundation university school hospital bank regime cabinet kremlin "
    "pentagon junta opposition prosecutors prosecution navy fbi cia".split()
)
_TITLES = frozenset(
    "mr. mrs. ms. dr. rep. sen. gov. gen. lt. col. maj. capt. sgt. adm. prof. rev. pres. judge justice president "
    "senator governor mayor secretary minister chancellor pope king queen prince princess sir lady lord "
    "representative congressman congresswoman ambassador commissioner chairman chairwoman chief director "
    "spokesman spokeswoman spokesperson attorney officer detective sheriff coach pastor bishop rabbi imam "
    "sergeant lieutenant colonel general admiral captain professor doctor".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)
_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "DT"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})


def is_nominal(head: Token) -> bool:
    """Whether ``head`` can head a source: a noun, a personal pronoun, a number ("two said"), not a month."""
    if head.tag_ in ("WP", "WDT"):
        return head.dep_ == "nsubj" and head.head.dep_ == "relcl"
    if head.tag_ not in _NOMINAL_TAGS or head.lower_ in _MONTHS or head.lower_ in ("there", "it's", "what"):
        return False
    if head.tag_ == "DT":
        return head.lower_ in ("some", "many", "most", "others", "several", "both", "all", "few", "none", "one")
    return head.is_alpha or head.tag_ == "CD" or "." in head.text or "-" in head.text


def noun_phrase(head: Token, avoid: Token | None = None) -> tuple[int, int]:
    """Token range ``[first, last + 1)`` of the noun phrase headed by ``head``.

    The phrase is the head's subtree (appositions and relative clauses included,
    as in "Steven Wagner, an official with …"), cut before ``avoid`` (the cue) if
    the cue lies in it, and trimmed of punctuation and conjunctions at its edges.
    """
    tokens = [t for t in head.subtree]
    if avoid is not None and avoid in tokens:
        for child in head.children:
            if avoid in child.subtree:
                cut = {t.i for t in child.subtree}
                tokens = [t for t in tokens if t.i not in cut and (t.i < min(cut) or t.i > max(cut))]
    tokens = [t for t in tokens if t.i < head.i] + [head] + [t for t in tokens if t.i > head.i]
    first, last = tokens[0].i, tokens[-1].i
    doc = head.doc
    while first < head.i and (doc[first].is_punct and doc[first].text not in '(“"' or doc[first].dep_ == "cc"):
        first += 1
    while last > head.i and (doc[last].is_punct and doc[last].text not in ')”"' or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    if doc[last].text in ')”"' and not any(doc[i].text in '(“"' for i in range(first, last)):
        last -= 1
    return first, last + 1


def name_tokens(head: Token) -> list[Token]:
    """The proper name around ``head``: its compound and flat-name children and itself ("Gerald Connolly")."""
    parts = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS")]
    parts = [t for c in parts for t in c.subtree] + [head]
    return sorted(set(parts), key=lambda t: t.i)


def _has_title(head: Token) -> bool:
    return any(t.lower_ in _TITLES for t in head.lefts) or any(
        c.dep_ == "appos" and c.lower_ in _TITLES | {"official", "lawyer", "analyst", "professor", "member"}
        for c in head.children
    )


def source_type(head: Token, entity: str | None) -> str:
    """``person``, ``organisation``, ``document_or_data``, ``unnamed`` or ``pronoun`` for a source headed by ``head``.

    ``entity`` is the named-entity label of the source's proper name read alone
    (PERSON, ORG, GPE…), or None when the head is not a proper noun.
    """
    lower = head.lower_
    if head.tag_ == "PRP" or lower in ("who", "which"):
        return "pronoun"
    if lower in DOCUMENT_NOUNS:
        return "document_or_data"
    if head.tag_ in ("NNP", "NNPS"):
        if lower in ORGANISATION_NOUNS or entity in ("ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC"):
            return "person" if entity in (None, "GPE", "LOC") and _has_title(head) else "organisation"
        return "person"
    if lower in ORGANISATION_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return "organisation"
    if any(c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") for c in head.children):
        return "person"
    if any(c.dep_ in ("compound", "poss") and c.tag_ in ("NNP", "NNPS") for c in head.lefts) and lower in (
        ORGANISATION_NOUNS
    ):
        return "organisation"
    return "unnamed"


def is_person_pronoun(head: Token) -> bool:
    return head.lower_ in _PERSON_PRONOUNS
