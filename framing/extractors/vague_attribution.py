"""Sourcing: claims pinned on unnamed sources ("analysts suggest"), and attribution a version dropped."""

from __future__ import annotations

import re

from ..attribution import Speech
from ..kinds import FeatureSpec
from ..records import Document, Finding
from ..structure import furniture, not_story
from ._carried import reworded
from ._speech import NAMED, SourceRef, baseline_speech, sentence_sources, version_speech
from .base import Context, Extractor, Result, check_bool, per_100_words, register, span_words


@register
class VagueAttribution(Extractor):
    """Vague sources in the outlet's voice that the aligned baseline sentence does not use,
    and sentences whose baseline counterpart names who said it while the version does not."""

    name = "vague_attribution"
    kinds = ("vague_attribution",)
    features = (
        FeatureSpec("per_100_words", "vague sources", weight=1.0, scale=0.5, colour="#56B4E9", hatch="oo"),
        FeatureSpec("named_sources", "named sources"),
        FeatureSpec("vague_share", "share of sources left vague"),
        FeatureSpec("dropped_count", "sources the baseline named, dropped"),
    )
    description = "Claims pinned on unnamed sources, and sources the baseline named but this version dropped."

    def __init__(self, *, report_dropped: bool = True) -> None:
        """``report_dropped``: also report sentences whose baseline counterpart names a source this one drops."""
        self.report_dropped = check_bool("VagueAttribution", "report_dropped", report_dropped)

    def extract(self, context: Context) -> Result:
        document = context.document
        findings: list[Finding] = []
        named = 0
        vaguely = document.hits.vague_sources
        speech = version_speech(context)
        for sentence in document.sentences:
            named += document.attribution(sentence.index) is not None
            if sentence.index in vaguely and not furniture(document, sentence.index):
                shared = context.counterpart_words(sentence.index)
                for start, end in document.vague.get(sentence.index, ()):
                    if context.quote_at(start, end) is not None or span_words(document.text[start:end]) <= shared:
                        continue  # quoted speech is the speaker's; the baseline's own wording is not the outlet's
                    if _adjective(document.text, start, end) or not _a_source(document, sentence.index, start, end):
                        continue  # "in an official capacity", "encircled numerous senior officials": nobody speaks
                    if _NAMED_EXAMPLE.search(document.text, start, end) or _NAMED_ALONGSIDE.search(
                        document.text, max(0, start - _ALONGSIDE_CHARS), start
                    ):
                        continue  # "advocates like Planned Parenthood say", "Hincapie and other advocates have
                        # warned": the group is named by its members
                    if _NAMED_SAYER.search(document.text, start, end) or _designated(document.text, start, end):
                        continue  # "officials who Washington says are spies"; "diplomats alleged to be spies"
                    if _OBJECT_BEFORE.search(document.text, max(0, start - 60), start):
                        continue  # "the lawsuit … against South Florida elections officials warned …": an object
                    if _REFUSED.search(document.text, start, min(end + _REFUSAL_REACH, sentence.end)):
                        continue  # "officials have refused to say": a refusal, no claim credited
                    if _channel(document.text, start, end):
                        continue  # "we learn about them through media reports": how news travels
                    if _cited_by_named(document, sentence.index, start):
                        continue  # "Citing unnamed officials, CNN reported …": CNN's sourcing, CNN named
                    if _refers_back(document, sentence.index, start, end):
                        continue  # "The officials stopped short of saying …" after Wray and Barr spoke
                    source = _source_holding(speech, start, end)
                    if source is not None and source.type in NAMED and source.named:
                        continue  # a named source ("Steven Wagner, an official with …"), however long
                    findings.append(self._vague(context, sentence.index, start, end, source))
            vague_here = bool(findings) and findings[-1].sentence == sentence.index  # it says who, vaguely
            dropped = None if vague_here else self._dropped(context, sentence.index)
            if dropped is not None:
                findings.append(dropped)
        vague = sum(f.details["category"] == "vague_source" for f in findings)
        return Result(
            findings=tuple(findings),
            scores={
                "per_100_words": per_100_words(vague, document.word_count),
                "named_sources": float(named),
                "vague_share": vague / (vague + named) if vague + named else float("nan"),
                "dropped_count": float(sum(f.details["category"] == "attribution_dropped" for f in findings)),
            },
        )

    def _vague(self, context: Context, sentence: int, start: int, end: int, source: SourceRef | None) -> Finding:
        phrase = context.document.text[start:end]
        return context.document.finding(
            "vague_attribution",
            start,
            end,
            f'"{phrase}" leans on sources that are not named, so a reader cannot check who says this.',
            extractor=self.name,
            baseline_text=context.counterpart_text(sentence),
            sentence=sentence,
            category="vague_source",
            **(source.details() if source is not None else {}),
        )

    def _dropped(self, context: Context, sentence: int) -> Finding | None:
        """The baseline says who said it; the aligned version sentence does not."""
        if context.alignment is None or not self.report_dropped:
            return None
        link = context.alignment.link_of(sentence)
        if link is None or link.label not in ("same", "paraphrase") or link.version_sentences[0] != sentence:
            return None
        if reworded(link):
            return None  # what a rewording drops is reported once, as an omission with carried_by (._carried)
        span = context.document.sentences[sentence]
        if (
            context.document.attribution(sentence) is not None
            or context.document.text.find('"', span.start, span.end) >= 0
        ):
            return None
        if context.document.sentences[sentence].heading or _not_a_claim(context, sentence):
            return None
        if any(context.document.attribution(v) for v in link.version_sentences):
            return None
        speech = version_speech(context)
        if speech is not None and sentence_sources(speech, span.start, span.end):
            return None  # the engine reads a source the patterns missed
        base_speech = baseline_speech(context)
        named = [
            ref
            for b in link.baseline_sentences
            for ref in sentence_sources(base_speech, *_bounds(context.baseline, b))
            if ref.named and (ref.type != "pronoun" or ref.resolved)
        ]
        if base_speech is None or not named:
            return None  # the baseline credits nobody by name (a vague source is not a named one dropped)
        used = named[0]
        who = used.speaker or used.text
        if _names(context.document.sentence_text(sentence), who):
            return None  # "Trump is firing back at …" for the baseline's "Trump said …": the version names him
        span = context.document.sentences[sentence]
        return context.document.finding(
            "vague_attribution",
            span.start,
            span.end,
            f"The baseline says this came from {who}; this version states it without saying who said it.",
            extractor=self.name,
            baseline_text=context.counterpart_text(sentence),
            sentence=sentence,
            category="attribution_dropped",
            baseline_source=who,
            baseline_source_type=used.type,
        )


#: A vague head ("an official", "a senior official") followed by a noun it qualifies: "an official capacity".
_ATTRIBUTE = re.compile(
    r"\s+(?!(?:said|says|say|told|tells|who|with|from|at|in|of|for|on|familiar|close|speaking|briefed|involved|"
    r"added|noted|confirmed|declined|did|does|has|had|was|is|would|will|could|described|insisted|warned|"
    r"stated|explained|acknowledged|disclosed|revealed|claimed|argued|suggested|and|or)\b)[a-z][\w-]+"
)


#: A group named by its members inside the phrase ("advocates such as the ACLU say", "groups led by Oxfam").
_NAMED_EXAMPLE = re.compile(r"\b(?:like|such as|including|led by)\s+(?:the\s+)?[A-Z]")
#: A named member before the group: "Hincapie and other immigration advocates", "Smith and fellow critics".
_NAMED_ALONGSIDE = re.compile(
    r"\b[A-Z][\w.'’-]+\s+and\s+(?:other|fellow|his|her|their|its)\s+(?:[A-Za-z][\w-]*\s+){0,2}$"
)
#: A source said to refuse to speak ("officials have refused to say", "declined to comment"): no claim rests on it.
_REFUSED = re.compile(
    r"\b(?:refus\w*|declin\w*)\s+to\s+(?:say|comment|confirm|disclose|discuss|elaborate|specify|name|identify)\b|"
    r"\b(?:did|would|could|do|does|will)\s+not\s+say\b|\b(?:didn|wouldn|couldn|don|doesn|won)['’]t\s+say\b",
    re.I,
)
#: A preposition that makes the group an object, never a source ("a lawsuit against … officials"); not "with"
#: ("spoke with officials who said …": they are the source).
_OBJECT_BEFORE = re.compile(r"\b(?:against|toward|towards|over)\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:[a-z]+\s+)?$")
#: "through media reports", "in news reports": reports as the way news travels, not a source of the claim.
_REPORTS_AS_CHANNEL = re.compile(
    r"\b(?:through|in|via|amid|after|following|(?:night|day|morning|evening|week|wake|time)\s+of)\s+"
    r"(?:(?:the|some|early|initial)\s+)?$",
    re.I,
)
_ALONGSIDE_CHARS = 60
_REFUSAL_REACH = 30  # characters after the phrase where its refusal stands ("officials |have refused to say|")


def _channel(text: str, start: int, end: int) -> bool:
    """Whether reports are named as the way news reached people ("came in media reports days in advance"), not
    as the source of a claim ("according to media reports" stays vague)."""
    phrase = text[start:end].lower()
    return (
        phrase.endswith(("reports", "report"))
        and _REPORTS_AS_CHANNEL.search(text, max(0, start - 20), start) is not None
    )


def _adjective(text: str, start: int, end: int) -> bool:
    """Whether a vague phrase ending in "official" qualifies the noun after it ("an official capacity", "an
    official visit") rather than naming someone who speaks."""
    return text[start:end].lower().endswith("official") and _ATTRIBUTE.match(text, end) is not None


#: A phrase that says or reports by itself: a verb of saying or thinking in it, a passive of report or view,
#: or a phrase of anonymity ("analysts say", "it is said", "was seen as", "on condition of anonymity").
_SAYS = re.compile(
    r"\b(?:say|says|said|saying|told|tell|tells|point|points|pointed|note|notes|noted|warn\w*|argue\w*|"
    r"claim\w*|believe\w*|suggest\w*|contend\w*|insist\w*|predict\w*|expect\w*|fear\w*|show\w*|"
    r"indicat\w*|estimat\w*|forecast\w*|projection\w*|consensus|report\w*|found|find|think|thought|understood|seen|viewed|regarded|considered|"
    r"projected|rumou?red|anonymity|anonymously|identified|authori[sz]ed|named|unnamed|familiar|knowledge|close to|"
    r"according to)\b",
    re.I,
)
#: "unnamed" says a person is not named, not that they say anything ("declined to be named" still marks a
#: source who spoke).
_ANONYMITY = frozenset({"unnamed"})
#: What puts a bare group before its words as their source: "according to …", "citing …", "…, said …".
_SOURCE_BEFORE = re.compile(r"\b(?:according to|citing|cited|per|by|from|told|said|says|say)\s+(?:\w+\s+){0,2}$", re.I)
_SOURCE_REACH = 60  # characters after a bare group within which its verb of saying stands ("critics of the plan say")


def _a_source(document: Document, sentence: int, start: int, end: int) -> bool:
    """Whether a vague phrase stands as someone who says something: it holds a verb of saying or a passive of
    report itself, or a verb of saying follows it closely, or "according to" or "citing" comes before it; not a
    group the sentence is about ("encircled numerous senior officials", "mollified some critics")."""
    text = document.text
    says = [m.group().lower() for m in _SAYS.finditer(text, start, end)]
    if any(word not in _ANONYMITY for word in says) or _SOURCE_BEFORE.search(text, max(0, start - 40), start):
        return True
    # "unnamed" alone describes someone ("the whistleblower, the still unnamed government official who
    # filed the complaint"): a source only where a verb of saying follows, as for any bare group
    stop = min(document.sentences[sentence].end, end + _SOURCE_REACH)
    if any(start < s < stop for s, _, _ in document.hits.report_verbs.get(sentence, ())):
        return True
    return _SAYS.search(text, end, stop) is not None


def _not_a_claim(context: Context, sentence: int) -> bool:
    """A question (a subhead's "How can justices be penalized?"), or someone else's words reproduced whole (an
    embedded post, a statement): nothing the outlet claims, so no source of its own to drop."""
    span = context.document.sentences[sentence]
    if context.document.text[span.start : span.end].rstrip().endswith("?"):
        return True
    return not_story(context.document, sentence) or context.quote_at(span.start, span.end) is not None


def _names(text: str, who: str) -> bool:
    """Whether ``text`` names the source ``who`` (its last name, as a word)."""
    words = re.findall(r"[\w’'-]+", who)
    last = re.sub(r"[’']s$", "", words[-1]) if words else ""
    return len(last) > 1 and re.search(rf"\b{re.escape(last)}\b", text) is not None


def _bounds(document: Document, sentence: int) -> tuple[int, int]:
    found = document.sentences[sentence]
    return found.start, found.end


def _source_holding(speech: Speech | None, start: int, end: int) -> SourceRef | None:
    """The engine's source whose noun phrase holds the span ``start:end``, if any."""
    if speech is None:
        return None
    for attribution in speech.attributions:
        if attribution.source is not None and attribution.source[0] <= start and end <= attribution.source[1]:
            return SourceRef.of(attribution)
    return None


#: A named subject of the saying inside the phrase: "officials who Washington says are spies".
_NAMED_SAYER = re.compile(
    r"\b(?:who|whom|that)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*\s+(?:says|said|claims|believes)\b"
)
#: A participle that designates rather than credits: "diplomats alleged to be spies", "said to be".
_DESIGNATED = re.compile(r"\s+to\s+(?:be|have)\b", re.I)
_BE = re.compile(r"\b(?:is|are|was|were|been|being|be)\b", re.I)


def _designated(text: str, start: int, end: int) -> bool:
    """A noun with a participle that designates it, not a verb that credits a claim: "Russian diplomats alleged
    to be spies" (a reduced relative; "officials are said to be considering" is hearsay, and vague)."""
    return _DESIGNATED.match(text, end) is not None and _BE.search(text, start, end) is None


_CITING = re.compile(r"\b(?:citing|cited)\s+$", re.I)
#: "The officials", "the two officials", "the lawmakers": a definite group that points back at people named.
_DEFINITE = re.compile(r"\bthe\s+(?:two\s+|three\s+|four\s+|both\s+)?$", re.I)
_DEFINITE_IN = re.compile(r"\bthe\s+(?:two\s+|three\s+|four\s+|both\s+)?[a-z]+s\b", re.I)
_BACK = 4  # sentences before in which the people a definite group points back at are named


def _cited_by_named(document: Document, sentence: int, start: int) -> bool:
    """Whether the vague source is what a named source cites ("Citing unnamed officials, CNN … reported")."""
    source = document.attribution(sentence)
    return (
        _CITING.search(document.text, max(0, start - 12), start) is not None
        and source is not None
        and source != "pronoun"
    )


def _refers_back(document: Document, sentence: int, start: int, end: int) -> bool:
    """Whether a definite group ("The officials") points back at people the sentences just before name as
    speakers: then it names them again, it does not hide them."""
    text = document.text
    if _DEFINITE_IN.search(text, start, end) is None and _DEFINITE.search(text, max(0, start - 16), start) is None:
        return False
    return any(
        (name := document.attribution(k)) is not None and name != "pronoun"
        for k in range(max(0, sentence - _BACK), sentence)
    )
