"""Added framing: claims the baseline does not make, above all those nobody is named as making.

A sentence the alignment marks ``added`` (no counterpart in the baseline) is
added framing when, in the outlet's own voice, it asserts a cause, a motive, a
consequence, an evaluation or a prediction, or is an editorial aside ("It is
worth mentioning…"). An added sentence that names who says it (a quote, "X told
the Japan Times") is reported apart, as an attributed addition with a lower
weight. A participial clause that the outlet hangs on a reported statement
(", underscoring the alliance's intent…") is the outlet's reading of it, and is
reported on its own.
"""

from __future__ import annotations

import re

from ..kinds import FeatureSpec
from ..records import Document, Finding
from ._speech import SourceRef, sentence_sources, source_of_span, version_speech
from .base import Context, Extractor, Result, check_bool, check_number, per_100_words, register, short

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cause",
        re.compile(
            r"\b(?:(?:is|was|are|were)\s+(?:a\s+)?(?:response|reaction)\s+to|in response to|because|due to|"
            r"as a result|driven by|prompted by|stems? from|fu?elled by|thanks to)\b",
            re.I,
        ),
    ),
    (
        "motive",
        re.compile(
            r"\b(?:aims? to|intent(?:ion)?s?\b|seeks? to|in order to|designed to|strateg(?:y|ic)|"
            r"hedge against|in a bid to|bent on)\b",
            re.I,
        ),
    ),
    (
        "consequence",
        re.compile(
            r"\b(?:impacts?|creat(?:es|ing)|enables?|enabling|leads? to|led to|result(?:s|ed)? in|"
            r"means? that|threatens?|safeguard(?:s|ing)?|undermin(?:es|ing)|paves? the way)\b",
            re.I,
        ),
    ),
    (
        "evaluation",
        re.compile(
            r"\b(?:mirrors?|exemplif(?:y|ies|ied)|epitomi[sz]es?|reflects?|signals?|"
            r"underscor(?:es|ing)|demonstrat(?:es|ing)|crucial|critical|dangerous|vital)\b",
            re.I,
        ),
    ),
    (
        "prediction",
        re.compile(
            r"\b(?:will|would|could|is likely|are likely|expected to|poised to|is set to|are set to|"
            r"by 20\d\d)\b",
            re.I,
        ),
    ),
)
# All cues in one pattern: one search per sentence; the group's name is the cue's category (the leftmost wins).
_ANY_CUE = re.compile("|".join(f"(?P<{category}>{pattern.pattern})" for category, pattern in _CUES), re.I)
# The same pattern without IGNORECASE, searched in lower-cased text: twice as fast.
_ANY_CUE_LOWER = re.compile(_ANY_CUE.pattern)
_CLAUSE = re.compile(
    r",\"?\s+(?:(?:recently|also|further|thereby|effectively)\s+)?(?!(?:saying|adding|noting|stating|explaining|describing|"
    r"calling|urging|warning|stressing|emphasizing|emphasising|pointing|referencing|citing|quoting|according|including|"
    r"following|during|regarding|concerning|accusing|asking|telling|speaking)\b)[a-z]+ing\b[^.;!?\"]{15,}"
)
_EXPLAIN = {
    "cause": "says why something happened",
    "motive": "says what someone intends",
    "consequence": "says what something leads to",
    "evaluation": "judges what something means",
    "prediction": "predicts what will happen",
    "aside": "is the writer's own comment",
}


@register
class AddedFraming(Extractor):
    """Sentences and clauses with no counterpart in the baseline that frame the story."""

    name = "added_framing"
    kinds = ("added_framing",)
    features = (
        FeatureSpec(
            "unattributed_per_100_words",
            "added framing with no source",
            weight=2.0,
            scale=0.5,
            colour="#0072B2",
            hatch="\\\\",
        ),
        FeatureSpec("attributed_per_100_words", "added claims with a source"),
    )
    description = "Claims the baseline does not make: causes, motives, consequences, judgements, predictions, asides."

    def __init__(self, *, report_attributed: bool = True, attributed_weight: float = 0.3) -> None:
        """``report_attributed``: also report added claims that name who makes them (they never count in the
        divergence); ``attributed_weight``: their weight."""
        self.report_attributed = check_bool("AddedFraming", "report_attributed", report_attributed)
        self.attributed_weight = check_number("AddedFraming", "attributed_weight", attributed_weight, 0.0, 1.0)

    def extract(self, context: Context) -> Result:
        document = context.document
        findings: list[Finding] = []
        if context.alignment is not None:
            for link in context.alignment.links:
                for sentence in link.version_sentences:
                    if document.sentences[sentence].heading:
                        continue
                    if link.label == "added":
                        finding = self._sentence(context, sentence)
                        if finding is not None:
                            findings.append(finding)
                    findings.extend(self._clauses(context, sentence, link.label))
        unattributed = sum(not f.details["attributed"] for f in findings)
        shown = findings if self.report_attributed else [f for f in findings if not f.details["attributed"]]
        return Result(
            findings=tuple(shown),
            scores={
                "unattributed_per_100_words": per_100_words(unattributed, document.word_count),
                "attributed_per_100_words": per_100_words(len(findings) - unattributed, document.word_count),
            },
        )

    def _sentence(self, context: Context, sentence: int) -> Finding | None:
        document = context.document
        span = document.sentences[sentence]
        source = _source(document, sentence)
        engine = _engine_source(context, sentence) if source is None else None
        if source is not None or engine is not None:
            if engine is not None:
                who = engine.speaker or _DESCRIBED.get(engine.type, engine.text)
            else:
                who = _DESCRIBED.get(str(source), str(source))
            explanation = f"The baseline does not have this claim; this version credits it to {who}."
            details = {
                "weight": self.attributed_weight,
                "attributed": True,
                "source": who,
                "cue": None,
                "category": "attributed_addition",
                **(engine.details() if engine is not None else {}),
            }
        elif (cue := _cue(document, sentence)) is not None:
            category, word = cue
            explanation = (
                f'The baseline has nothing like this sentence, which {_EXPLAIN[category]} ("{word}") '
                "without saying who claims it."
            )
            details = {"weight": 1.0, "attributed": False, "source": None, "cue": word, "category": category}
        else:
            return None
        return document.finding(
            "added_framing",
            span.start,
            span.end,
            explanation,
            extractor=self.name,
            sentence=sentence,
            excerpt=short(document.sentence_text(sentence)),
            **details,
        )

    def _clauses(self, context: Context, sentence: int, label: str) -> list[Finding]:
        """The outlet's ", underscoring …" reading hung on a sentence that reports what someone said or did."""
        document = context.document
        span = document.sentences[sentence]
        link = context.alignment.link_of(sentence) if context.alignment else None
        # a sentence linked by meaning alone (few shared words) is the outlet's own wording: its clauses count
        reworded = label == "paraphrase" and link is not None and 0 < link.lexical < 0.5
        if (label in ("same", "paraphrase") and not reworded) or _source(document, sentence) is None:
            return []
        found = []
        for match in _CLAUSE.finditer(document.text, span.start, span.end):
            start, end = match.start() + 1, match.end()
            while document.text[start].isspace() or document.text[start] == '"':
                start += 1
            if context.quote_at(start, end) is not None:
                continue
            explanation = (
                "This added clause is the outlet's own reading of the event; the baseline does not say it "
                "and nobody is named as saying it."
            )
            found.append(
                document.finding(
                    "added_framing",
                    start,
                    end,
                    explanation,
                    extractor=self.name,
                    sentence=sentence,
                    weight=0.8,
                    attributed=False,
                    source=None,
                    cue=match.group().split()[1] if len(match.group().split()) > 1 else None,
                    category="clause",
                )
            )
        return found


_DESCRIBED = {"quote": "someone it quotes", "pronoun": "a person named earlier in the story"}


def _engine_source(context: Context, sentence: int) -> SourceRef | None:
    """The attribution engine's named source of an added sentence (it reads those the patterns credit to
    nobody): a source of a reporting word in it ("She said children had said …"), or the source whose quotation
    or reported clause holds it. A vague source ("reports from last year suggested") credits nobody: the claim
    stays the outlet's, and vague_attribution reports the source."""
    speech = version_speech(context)
    span = context.document.sentences[sentence]
    found = [s for s in sentence_sources(speech, span.start, span.end) if s.named]
    around = source_of_span(speech, span.start, span.end) if not found else None
    return found[0] if found else (around if around is not None and around.named else None)


def _source(document: Document, sentence: int) -> str | None:
    """Who the sentence credits: a named source, a pronoun, or the speaker of a quotation in it."""
    named = document.attribution(sentence)
    if named is not None:
        return named
    quote = document.first_quotes.get(sentence)
    if quote is not None:
        return quote.speaker or "quote"
    return None


def _cue(document: Document, sentence: int) -> tuple[str, str] | None:
    """The first framing cue of a sentence: an editorial aside, else a cause, motive, … word."""
    for start, end, _ in document.hits.editorial.get(sentence, ()):
        return "aside", document.text[start:end]
    text = document.sentence_text(sentence)
    lowered = text.lower()
    match = _ANY_CUE_LOWER.search(lowered) if len(lowered) == len(text) else _ANY_CUE.search(text)
    if match is None or match.lastgroup is None:
        return None
    return match.lastgroup, text[match.start() : match.end()]
