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
from functools import lru_cache
from typing import Any

from ..kinds import FeatureSpec
from ..records import Document, Finding
from ..segment import STOPWORDS, words
from ..sense import modal_reading
from ..structure import furniture_share, not_story
from ._outlet_voice import credits_claim
from ._speech import SourceRef, credited_person, sentence_sources, source_of_span, version_speech
from .base import (
    Context,
    Extractor,
    Result,
    by_identity,
    check_bool,
    check_number,
    per_100_words,
    register,
    short,
    span_words,
)

#: A predicate that states what something is or became, up to its article: "is a", "was an almost", "became a".
_PREDICATE = (
    r"(?:is|was|are|were|been|be|became|become|becomes|proved|proves|remains|remained|seems|seemed)\s+"
    r"(?:(?:\w+ly|almost|also|just|simply|nothing\s+short\s+of|little\s+more\s+than)\s+)?(?:a|an)\s+"
    r"(?:(?:\w+ly|almost)\s+)?"
)
#: Adjectives and nouns of a verdict: what the writer thinks of it, not what happened.
_VERDICT_ADJECTIVES = (
    r"cartoonish|farcical|desperate|cynical|embarrassing|humiliating|shameful|disgraceful|reckless|absurd|ludicrous|"
    r"pathetic|laughable|hypocritical|misguided|foolish|disastrous|catastrophic|spectacular\s+failure"
)
_VERDICT_NOUNS = (
    r"(?:mistake|fiasco|debacle|farce|sham|travesty|charade|distraction|stunt|ploy|circus|spectacle|joke|"
    r"catastrophe|disaster|blunder|miscalculation|masterstroke|referendum\s+on|power\s+grab|whitewash)"
    # a noun of the name of a thing, not a verdict: "a disaster area", "a stunt performer", "a circus tent"
    r"(?!\s+(?:area|areas|declaration|zone|relief|response|recovery|performer|double|coordinator|tent|act))"
)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cause",
        re.compile(
            r"\b(?:(?:is|was|are|were)\s+(?:a\s+)?(?:response|reaction)\s+to|in response to|because|due to|"
            r"as a result|driven by|prompted by|stems? from|fu?elled by|thanks to|"
            r"caus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,5}to\s|"
            r"(?:a|an|the)\s+(?:direct\s+|natural\s+)?(?:product|result|consequence|byproduct)\s+of(?!\s+which\b)|"
            r"owing to|(?:combined|coupled)\s+with|"
            # the outlet's link of two events: "The ruling comes after Slager changed his story"
            # (a clause after it; "comes after a months-long review", "comes after weeks of talks" only date it)
            r"comes\s+after\s+(?!(?:a|an|the|this|that|its|his|her|their|weeks|months|days|years|hours|expected|"
            r"planned|scheduled|repeated|several|two|three|four|five|six|\d)\b)|"
            # a sanction's reason: "removed from the site for violating its terms"
            r"for\s+(?:violating|breaking|breaching|flouting|defying|ignoring|refusing|failing)|"
            r"blam(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}(?:for|on)|"
            r"amid\s+(?:\w+\s+){0,2}(?:outcry|criticism|backlash|pressure|controversy|anger|fury|scandal|uproar))\b",
            re.I,
        ),
    ),
    (
        "motive",
        re.compile(
            r"\b(?:aims? to|intent(?:ion)?s?\b|seeks? to|in order to|designed to|strateg(?:y|ic)|"
            r"hedge against|in (?:a|an)\s+(?:\w+\s+){0,2}(?:bid|effort|attempt)\s+to|bent on|seeking to|"
            r"in (?:the\s+)?hopes? of|so as to|(?:was|were)\s+(?:formed|created|founded|set up|established)\s+to|"
            # the outlet's verdict on a motive: "a desperate bid", "a cynical ploy", "a thinly veiled attempt"
            r"(?:a|an)\s+(?:desperate|cynical|transparent|thinly[- ]veiled|naked|blatant|brazen|last-ditch|"
            r"shameless)\s+(?:bid|attempt|effort|ploy|gambit|stunt|grab|move)|"
            # deflecting or shifting blame: "needs to find someone to blame", "seeking a scapegoat"
            r"(?:someone|somebody)\s+(?:else\s+)?to\s+blame|scapegoat)\b",
            re.I,
        ),
    ),
    (
        "consequence",
        re.compile(
            r"\b(?:impacts?|creat(?:es|ing)|enables?|enabling|leads? to|led to|result(?:s|ed)? in|"
            r"means? that|threatens?|safeguard(?:s|ing)?|undermin(?:es|ing)|pav(?:es?|ed|ing) the way|"
            # what an act puts at stake: "risks alienating", "threatening to derail", "sets the stage for"
            r"risk(?:s|ed|ing)?(?=\s+[a-z]+ing\b)|threatening\s+to|set(?:s|ting)?\s+the\s+stage\s+for|"
            r"threatened\s+to\s+(?:derail|upend|jettison|unravel|undo|overshadow|undermine|sink|scuttle|doom|wreck|"
            r"torpedo|eclipse|overwhelm|cripple|destabili[sz]e|reverse|erase)|"
            r"open(?:s|ed|ing)?\s+the\s+door\s+(?:to|for)|culminat(?:es|ed|ing)|backfir(?:e|es|ed|ing))\b",
            re.I,
        ),
    ),
    (
        "evaluation",
        re.compile(
            r"\b(?:mirrors?|exemplif(?:y|ies|ied)|epitomi[sz]es?|reflects?|signals?|"
            r"underscor(?:es|ing)|demonstrat(?:es|ing)|crucial|critical|dangerous|vital|"
            r"untrue|false(?:ly)?(?!\s+(?:statements?|pretenses?|pretences?|imprisonment|positives?|negatives?)\b)|"
            r"baseless|unfounded|debunked|bogus|surely|(?<![a-z]\s)in effect|effectively(?=\s+\w+ed\b)|"
            r"(?:a|an)\s+(?:\w+\s+)?(?:blow|setback|victory|boon|nod|rebuke|snub|boost|windfall|lifeline|coup|"
            r"embarrassment|humiliation|triumph|sigh\s+of\s+relief|wake-up\s+call|slap\s+in\s+the\s+face)\s+(?:to|for|of)|"
            # what the event means, in the outlet's words: "is an indication that", "was a reminder of how"
            r"(?:is|was|are|were)\s+(?:also\s+|yet\s+|just\s+)?(?:a|an|another)\s+(?:\w+\s+)?(?:indication|sign|signal|"
            r"testament|reminder|symptom|reflection|harbinger|illustration)\s+(?:that|of)|"
            # the writer's verdict in an impersonal frame: "it is unusual for a justice to …", "it's telling that"
            # a rank the outlet gives: "is far from the first legislator to …", "is only the latest"
            r"(?:is|was|are|were)\s+(?:far\s+from|hardly|only|just|merely)\s+the\s+(?:first|latest|last|only)\b|"
            r"it(?:['’]s|\s+is|\s+was)\s+(?:\w+ly\s+|both\s+|also\s+)?(?:unusual|remarkable|striking|ironic|telling|"
            r"notable|fitting|curious|odd|strange|rare|unprecedented|extraordinary|astonishing|shocking|"
            r"satisfying|demoralizing|demoralising|disturbing|troubling|heartening|depressing|absurd|ridiculous|"
            r"outrageous|disgraceful|shameful|alarming|laughable|hypocritical|"
            r"no (?:surprise|wonder|accident|coincidence)|(?:un)?surprising|hard to (?:see|imagine|believe|overstate)|"
            r"fair to say|safe to say)(?=\s+(?:that|to|for|how|and|but|,))|"
            # the writer's verdict on how people should feel: "had a legitimate reason to celebrate"
            r"(?:every|good|legitimate|little|real)\s+reason\s+to\s+(?:celebrate|cheer|worry|fear|hope|doubt|rejoice)|"
            # a verdict in the predicate: "was an almost cartoonish end", "is a mistake", "became a referendum on"
            rf"{_PREDICATE}(?:{_VERDICT_ADJECTIVES}|(?:[\w-]+\s+)?(?:{_VERDICT_NOUNS}))|"
            # a fortune the outlet reads into figures: "her sagging popularity", "his flagging campaign"
            r"(?:sagging|flagging|waning|dwindling|faltering|plummeting|cratering)\s+(?:popularity|support|approval|"
            r"fortunes|ratings|poll\s+numbers|campaign|credibility)|"
            # what ought to be: "the council needs to find …", "he should resign", "ought to know better"
            r"(?:needs?|ought)\s+to|should(?!\s+(?:not\s+)?have\b)|"
            # the writer characterising someone: "This is a guy who has advocated …"; a contest read as a vote on
            # something else: "into a referendum of sorts"
            r"^(?:this|that|here)\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:guy|man|woman|person|politician|lawmaker|"
            r"leader|president|candidate|administration|party|company|group)\s+(?:who|that)|"
            r"into\s+(?:a|an)\s+(?:[\w-]+\s+)?referendum|"
            # what the evidence does to a claim, in the outlet's words: "calls into question the credibility of",
            # "buttressing the credibility of", "casts doubt on", "lends credence to"
            r"call(?:s|ed|ing)?\s+into\s+question|cast(?:s|ing)?\s+(?:\w+\s+)?doubts?\s+on|buttress(?:es|ed|ing)?|"
            r"lends?\s+(?:\w+\s+)?credence|undercut(?:s|ting)?\s+(?:[\w'’-]+\s+){0,5}?(?:claims?|arguments?|case|"
            r"defen[cs]e|credibility|position|narrative|account|message|denials?)\b|"
            # the outlet's inference in a cleft ("What the call shows is that …") or a denial ("There is no obvious
            # reason she would …")
            r"what\s+(?:[\w'’-]+\s+){1,8}(?:shows|suggests|proves|means|reveals|demonstrates)\s+is|"
            r"there\s+(?:is|was|seems\s+to\s+be)\s+(?:no|little)\s+(?:\w+\s+)?(?:reason|doubt)|"
            # a verdict as the predicate ("was extraordinary enough", "is indefensible.")
            r"(?:is|was|are|were)\s+(?:\w+ly\s+|all\s+the\s+more\s+)?(?:extraordinary|remarkable|striking|astonishing|"
            r"stunning|shocking|outrageous|absurd|unthinkable|indefensible|inexcusable|disgraceful|shameful|hypocritical|"
            r"ironic)(?=\s+enough\b|\s*[.;,!]|\s+(?:and|but|because|given)\b)|"
            # the outlet's reading of an act: "a remarkable step", "an extraordinary rebuke", "a rare admission"
            r"(?:a|an)\s+(?:\w+ly\s+)?(?:remarkable|extraordinary|unprecedented|striking|stunning|startling|brazen|"
            r"bold|rare|unusual)\s+(?:step|move|act|rebuke|reversal|departure|escalation|turn|break|admission|"
            r"concession|attack|intervention|show\s+of)|"
            # a turn the outlet reads into events: "hit a breaking point", "amounted to a reversal"
            r"(?:breaking|tipping|boiling)\s+point|"
            r"amount(?:s|ed)?\s+to\s+(?:a|an)\s+(?![\$\d]|total\b|estimated\b|sum\b)|"
            # the writer's inference: "must be experiencing", "must have known"
            r"must\s+(?:be\s+[a-z]+ing|have\s+(?:been|known|seen|realized|realised|felt|thought)))\b",
            re.I,
        ),
    ),
    (
        "prediction",
        re.compile(
            r"\b(?:will|would|could|might|is likely|are likely|(?:is|are) (?:widely )?expected to|poised to|"
            r"by 20\d\d|"
            # the outlet's own odds: "Haspel is almost certain to be confirmed", "voters are unlikely to move"
            r"(?:is|are|was|were)\s+(?:\w+ly\s+|almost\s+|all\s+but\s+)?(?:certain|unlikely|likely|sure|bound)\s+to)\b",
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
    r"following|during|regarding|concerning|accusing|asking|telling|speaking|attributing|blaming|arguing|claiming|"
    r"insisting|maintaining|denying|acknowledging|admitting|referring|replying|responding|arguing|praising|tweeting|"
    r"posting|writing|checking)\b)[a-z]+ing\b[^.;!?\"]{15,}"
)
#: Cues of the outlet's own reading (not predictions, not asides): what ``_judged`` looks for.
_JUDGING = frozenset({"cause", "motive", "evaluation"})
_JUDGING_OR_ASIDE = _JUDGING | {"aside"}
#: An adjunct that opens a sentence, up to its comma: a prepositional phrase or a participle ("Amid outcry,",
#: "In a bid to …,", "By blaming …,", "Stung by criticism,"), never quoted words.
_FRONTED = re.compile(
    r"(?!(?:Saying|Telling|Noting|Adding|Arguing|Claiming|Insisting|Asked|Asking|Speaking|Writing|Citing|Quoting|"
    r"Explaining|Responding|Replying|Testifying|Tweeting|Posting)\b)"
    r"(?P<adjunct>(?:(?:In|Amid|Amidst|By|After|Despite|With|Under|Following|As|Facing|Seeking|Hoping|Eager|"
    r"Desperate|Unable|Having|Fearing|Surely|Clearly|Effectively)\b|[A-Z][a-z]+(?:ing|ed)\b)[^,;:\"]{0,200}?),\s"
)
#: A noun phrase hung on a sentence after a comma (", a clear nod to …"): the outlet's reading when it judges.
_APPOSITIVE = re.compile(r",\"?\s+(?:in\s+)?(?:a|an)\s+[^.;!?\"]{8,}")
#: The page speaking of itself: "We will continue to update this article", "This story has been corrected"; a
#: link line to another story ("(RELATED: …)", "READ MORE: …").
_NOTICE = re.compile(
    r"^\W*(?:RELATED|READ\s+MORE|SEE\s+ALSO|MORE\s+FROM|ALSO\s+READ)\s*:|"
    r"\b(?:updat|refresh|correct|amend)\w*\s+(?:this|the)\s+(?:article|story|post|page|report)\b|"
    r"\bthis\s+(?:article|story|post|page)\s+(?:has\s+been|was|is\s+being|will\s+be)\s+(?:updated|corrected|amended)",
    re.I,
)
#: A sentence this much of which is page furniture (a hover link's name card glued in) is not the outlet's claim.
_FURNITURE_SHARE = 0.5
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
                    if document.sentences[sentence].heading or not_story(document, sentence):
                        continue  # headlines are the headline extractor's; captions, promos, posts are not the story
                    span = document.sentences[sentence]
                    if furniture_share(document, span.start, span.end) >= _FURNITURE_SHARE:
                        continue  # a sentence most of which is a name card or a link line glued into it
                    if _NOTICE.search(document.sentence_text(sentence)):
                        continue  # "We will continue to update this article": the page's notice, not a claim
                    source = _source(document, sentence)  # once: each step below asks who the sentence credits
                    finding = self._sentence(context, sentence, source) if link.label == "added" else None
                    if finding is not None:
                        findings.append(finding)
                    if _labelled(document, sentence):
                        continue  # words a label gives to someone ("Democratic question for …:"), all theirs
                    if finding is None or finding.details["attributed"]:
                        findings.extend(self._judged(context, sentence, link.label, source))
                    findings.extend(self._clauses(context, sentence, link.label, source))
        unattributed = sum(not f.details["attributed"] for f in findings)
        shown = findings if self.report_attributed else [f for f in findings if not f.details["attributed"]]
        return Result(
            findings=tuple(shown),
            scores={
                "unattributed_per_100_words": per_100_words(unattributed, document.word_count),
                "attributed_per_100_words": per_100_words(len(findings) - unattributed, document.word_count),
            },
        )

    def _sentence(self, context: Context, sentence: int, source: str | None) -> Finding | None:
        document = context.document
        span = document.sentences[sentence]
        engine = _engine_source(context, sentence) if source is None else None
        if source == "someone it reports" and (found := _engine_source(context, sentence)) is not None:
            # a reporting verb whose source the patterns cannot name: the engine's source where it is that verb's
            # subject ("The lawsuit also argues …", "A recent Gallup poll found …", "…, according to the complaint")
            engine = found if _subject_of_report(document, sentence, found) else None
        if (source is not None or engine is not None) and _NO_CLAIM.match(document.sentence_text(sentence)):
            return None  # "Numb.", "Please stop asking for interviews.": a feeling or a request, no claim
        if source is not None or engine is not None:
            if (person := credited_person(document, sentence, source, engine)) is not None:
                who = person  # "He said …": the person named last; "Nielsen rejected criticism": Nielsen
            elif engine is not None:
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
        elif (cue := _cue(document, sentence) or _reading_clause(context, sentence)) is not None and not (
            _linked_in_baseline(context, sentence, cue)
        ):
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

    def _judged(self, context: Context, sentence: int, label: str, source: str | None) -> list[Finding]:
        """The outlet's own cause, motive or judgement in a sentence the baseline has, or in one that credits
        a source: in an adjunct that opens the sentence ("In a desperate bid to shore up his popularity, Scholz
        said …", "Amid outcry, …"), or anywhere in a sentence of the outlet's own voice that renders a baseline
        sentence ("His antics caused the committee to cancel the hearing" where the baseline gives no reason).
        A cue whose words the baseline's sentence has too is the baseline's."""
        document = context.document
        span = document.sentences[sentence]
        shared = context.counterpart_words(sentence)
        fronted = _FRONTED.match(document.text, span.start, span.end)
        stretches = []
        if fronted is not None:
            stretches.append((span.start, fronted.end("adjunct"), "adjunct"))
        if label != "added" and source is None:
            stretches.append((span.start, span.end, "sentence"))
        for start, end, where in stretches:
            cue = _cue(document, sentence, start, end, only=_JUDGING_OR_ASIDE)
            if cue is None or span_words(cue[1]) <= shared:
                continue
            if cue[0] not in _JUDGING and not (
                where == "sentence" and cue[0] == "aside" and _ADDRESS.fullmatch(cue[1])
            ):
                continue  # a reader addressed ("Wouldn't you know, he's sponsoring …") is the writer's aside
            if (
                where == "sentence"
                and cue[0] == "evaluation"
                and len(cue[1].split()) == 1
                and not _DOUBTING.match(cue[1])
            ):
                continue  # one judging word in a sentence the baseline carries ("now-debunked"): loaded wording's;
                # a judging phrase ("is a huge sigh of relief for") is the outlet's reading
            if cue[0] == "cause" and _cause_shared(document.text, start, end, cue[1], shared):
                continue
            if _linked_in_baseline(context, sentence, cue):
                # one baseline sentence links the two sides of the cue already ("…, thanks to new rules by the
                # administration": the baseline's sentence has those rules)
                continue
            if where == "adjunct" and cue[1].lower().startswith("in response to"):
                continue  # "In response to a question from X, Y said": how the exchange went, not a reading
            if context.quote_at(start, end) is not None:
                continue
            category, word = cue
            explanation = (
                f'This version adds, in its own voice, a claim that {_EXPLAIN[category]} ("{word}"); '
                "the baseline does not say it."
            )
            return [
                document.finding(
                    "added_framing",
                    start,
                    end,
                    explanation,
                    extractor=self.name,
                    sentence=sentence,
                    excerpt=short(document.text[start:end]),
                    attributed=False,
                    source=None,
                    cue=word,
                    category=category,
                    where=where,
                )
            ]
        return []

    def _clauses(self, context: Context, sentence: int, label: str, source: str | None) -> list[Finding]:
        """The outlet's ", underscoring …" reading hung on a sentence that reports what someone said or did."""
        document = context.document
        span = document.sentences[sentence]
        link = context.alignment.link_of(sentence) if context.alignment else None
        # a sentence linked by meaning alone (few shared words) is the outlet's own wording: its clauses count
        reworded = label == "paraphrase" and link is not None and 0 < link.lexical < 0.5
        if (label in ("same", "paraphrase") and not reworded) or source is None:
            return []
        found = []
        appositives = [
            m for m in _APPOSITIVE.finditer(document.text, span.start, span.end) if _judging(document, sentence, m)
        ]
        clauses = [m for m in _CLAUSE.finditer(document.text, span.start, span.end) if _interprets(m.group())]
        for match in sorted([*clauses, *appositives], key=_start):
            start, end = match.start() + 1, match.end()
            while document.text[start].isspace() or document.text[start] == '"':
                start += 1
            if context.quote_at(start, end) is not None or not _after_the_report(document, sentence, start):
                continue
            if match.re is _CLAUSE and _continues_report(document, sentence, start):
                continue  # "Tuttle said one case will reach the court, forcing the justices to …": his forecast
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
                    cue=_clause_cue(document, sentence, match),
                    category="clause",
                )
            )
        return found


#: Participles that read an event (its consequence or significance: ", underscoring …", ", raising fears …"),
#: as against those that depict what someone did while speaking (", holding a tissue", ", shaking his head"), and
#: those that report or list (", confirming that …", ", suggesting …" after "scholars argued", ", making false
#: statements and tampering with witnesses").
_INTERPRETING = re.compile(
    r"(?:underscor|highlight|signal|reflect|mark|rais|spark|prompt|fu?el|trigger|deepen|heighten|escalat|"
    r"undermin|threaten|jeopardi[sz]|complicat|forc|allow|enabl|pav|cement|bolster|boost|deal|hand|cast|expos|"
    r"demonstrat|illustrat|leav|put|creat|ensur|eas|worsen|damag|hurt|weaken|strengthen|"
    r"sett|open|clos|end|overshadow|compound|reinforc)\w*ing\b",
    re.I,
)
#: Adverbs that make any participle after them the outlet's reading (", thereby blocking …").
_READING_ADVERB = re.compile(r"^,\"?\s+(?:recently|also|further|thereby|effectively)\s", re.I)


def _interprets(clause: str) -> bool:
    """Whether a participial clause hung on a report reads the event (its first participle interprets, or an
    adverb such as "thereby" opens it), not one that depicts the speaker ("pounding his finger on the podium")
    or states a record (", marking the first time the panel voted on …": a fact one can check)."""
    participle = re.search(r"[a-z]+ing\b", clause)
    if participle is not None and _RECORD_TIME.match(clause, participle.start()):
        return False
    if participle is not None and participle.group() == "creating":
        # "creating a potential security lapse" reads the event; "creating booming explosions" depicts it
        return _ABSTRACT_RESULT.search(clause, participle.end(), participle.end() + 60) is not None
    return _READING_ADVERB.match(clause) is not None or (
        participle is not None and _INTERPRETING.fullmatch(participle.group()) is not None
    )


#: ", marking the first time …": a record the clause states, not a reading of the event.
_RECORD_TIME = re.compile(
    r"marking\s+(?:the\s+)?(?:first|second|third|fourth|fifth|\w+th|only|last|latest|\d+\w*)\s+time\b", re.I
)
#: What a "creating" clause must name to read an event rather than depict it: a state of affairs.
_ABSTRACT_RESULT = re.compile(
    r"\b(?:crisis|crises|tension|problem|lapse|risk|uncertainty|confusion|chaos|opportunit\w+|impression|rift|divide|"
    r"precedent|headache|dilemma|vacuum|backlash|obstacle|hurdle|conflict|dispute|controversy|rupture|gap|burden|"
    r"pressure|fear|doubt|perception|standoff|stalemate|mess|dilemma|threat|danger|incentive|loophole)s?\b",
    re.I,
)


#: Participles that can only read an event, never depict it (", marking the first public sign of …",
#: ", underscoring …"): in a sentence of the outlet's own, the clause is its reading.
_READING_PARTICIPLE = re.compile(
    r"(?:underscor|highlight|signal|reflect|mark|spark|fu?el|trigger|deepen|heighten|escalat|undermin|threaten|"
    r"jeopardi[sz]|complicat|cement|bolster|demonstrat|illustrat|worsen|weaken|overshadow|compound|reinforc)\w*ing",
    re.I,
)


def _reading_clause(context: Context, sentence: int) -> tuple[str, str] | None:
    """A participial clause that reads the event, hung on an added sentence of the outlet's own ("The FBI raided
    Cohen's home, marking the first public sign of an investigation that has threatened Trump's presidency")."""
    document = context.document
    span = document.sentences[sentence]
    for match in _CLAUSE.finditer(document.text, span.start, span.end):
        participle = re.search(r"[a-z]+ing\b", match.group())
        if participle is None or _READING_PARTICIPLE.fullmatch(participle.group()) is None:
            continue
        if _RECORD_TIME.match(document.text, match.start() + participle.start()):
            continue
        if context.quote_at(match.start() + 1, match.end()) is None:
            return "evaluation", participle.group()
    return None


def _clause_cue(document: Document, sentence: int, match: re.Match[str]) -> str | None:
    if match.re is _APPOSITIVE:
        cue = _cue(document, sentence, match.start(), match.end())
        return None if cue is None else cue[1]
    words = match.group().split()
    return words[1] if len(words) > 1 else None


def _after_the_report(document: Document, sentence: int, position: int) -> bool:
    """Whether a clause at ``position`` follows the sentence's reporting verb (", attributing it to …" after
    "denied"), not a description of its subject before it ("Judge Lee, presiding in Ohio, noted …")."""
    verbs = document.hits.report_verbs.get(sentence, ())
    if any(at >= position for at, _ in _stances(document, sentence)):
        return False  # "Merritt, a former pilot, thinks it's absurd …": the appositive describes the holder
    return not verbs or any(end <= position for _, end, _ in verbs)


#: A sentence that claims nothing: one word ("Numb."), or a request ("Please stop asking …").
_NO_CLAIM = re.compile(r"^\W*(?:[\w'’-]+\W*$|please\b)", re.I)
_ACCUSED_OF = re.compile(r"\baccus\w*\s+(?:[\w'’.-]+\s+){0,4}?of\s+$", re.I)
#: A forecast or possibility in what a source is reported as saying: a participle clause after it goes on with it.
_REPORTED_FORECAST = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|won['’]t|wouldn['’]t|is\s+going\s+to)\b", re.I
)


def _continues_report(document: Document, sentence: int, position: int) -> bool:
    """Whether a participle clause at ``position`` goes on with what the sentence reports a source as saying: the
    reporting verb before it opens a clause that forecasts ("said one of those cases will end up at the Supreme
    Court, forcing the justices to settle …", "saying ending the mandate will chase young people out, leaving
    them with …"): the consequence is the source's, not the outlet's reading."""
    if _REACTION.match(document.text, position):
        return False  # ", raising fears of job losses": what the statement set off, the outlet's reading of it
    verbs = [end for _, end, _ in document.hits.report_verbs.get(sentence, ()) if end <= position]
    if not verbs:
        verbs = [
            m.end() for m in _SAYING_PARTICIPLE.finditer(document.text, document.sentences[sentence].start, position)
        ]
    return bool(verbs) and _REPORTED_FORECAST.search(document.text, verbs[-1], position) is not None


#: Participles of a statement's effect on its hearers: the outlet's reading, whatever the statement forecast.
_REACTION = re.compile(
    r"(?:raising|prompting|sparking|fu?elling|fueling|drawing|stoking|renewing|heightening|deepening|easing|"
    r"underscoring|highlighting|signaling|signalling|suggesting|reflecting|marking|setting\s+off|triggering)\b",
    re.I,
)
_SAYING_PARTICIPLE = re.compile(r"\b(?:saying|arguing|warning|predicting|adding|noting)\b", re.I)


def _start(match: re.Match[str]) -> int:
    return match.start()


def _judging(document: Document, sentence: int, match: re.Match[str]) -> bool:
    """Whether an appositive hung on a sentence judges (", a clear nod to her rival", ", a blow to the union")."""
    cue = _cue(document, sentence, match.start(), match.end())
    return cue is not None and cue[0] in _JUDGING


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


#: Between a source and its verb: a few words with no clause of their own ("The lawsuit also argues", "U.S.
#: Capitol police said", "The poll found"), or an appositive set off by commas ("ZTE, which employs …, has
#: disputed"); and between "according to" or a closing verb and the source after it, nothing but an article.
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?!(?:who|whom|which|that|and|but|or)\b)[\w'’-]+){0,3}\s+|,[^.;:!?\"“”]{1,150},\s+"
    r"(?:(?:has|have|had|also|then|later|earlier|on\s+\w+day)\s+){0,2}"
)
_AFTER_VERB = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?$")
#: Pronouns that do not stand for the sentence's source: a relative pronoun's clause is about its noun; "it" is
#: no person (the patterns' "someone it reports" stays rather than a person named before).
_NOT_THE_SUBJECT = frozenset({"who", "whom", "which", "that", "it"})


def _subject_of_report(document: Document, sentence: int, engine: SourceRef) -> bool:
    """Whether the engine's source stands as the subject of a reporting verb the patterns read as crediting the
    sentence's claim (:func:`_reports`), or right after one ("…, according to the complaint", "said the
    group"): then it is that verb's source, not a name met elsewhere in the sentence ("a call from a neighbor
    who said …, authorities said")."""
    text = document.text
    if engine.type == "pronoun" and engine.text.lower() in _NOT_THE_SUBJECT:
        return False  # "… siding with drug manufacturers who say …": a relative clause's, not the sentence's
    span = document.sentences[sentence]
    # the first verb that credits a claim: the sentence's ("Stone has denied …, but officials testified …": Stone);
    # a verb of saying, or one of stance or finding ("A recent Gallup poll found that …")
    verbs = [(a, b) for a, b in _crediting_verbs(document, sentence) if _reports(document, sentence, a, b)]
    stance = _STANCE.search(document.sentence_text(sentence))
    if stance is not None:  # from its last word ("A recent Gallup poll found": "found")
        last = stance.group().rstrip().rsplit(None, 1)[-1]
        verbs.append((span.start + stance.end() - len(last), span.start + stance.end()))
    verbs = sorted(verbs)[:1]
    verbs += [
        (span.start + m.start(), span.start + m.end()) for m in _ACCORDING.finditer(document.sentence_text(sentence))
    ]
    for start, end in verbs:
        if engine.end <= start and _SUBJECT_GAP.fullmatch(text, engine.end, start):
            return True
        if end <= engine.start and engine.start - end <= 5 and _AFTER_VERB.match(text[end : engine.start]):
            return True
    return False


def _source(document: Document, sentence: int) -> str | None:
    """Who the sentence credits: a named source, a pronoun, unnamed sources ("critics point out"), or the
    speaker of a quotation in it."""
    if _labelled(document, sentence):
        return "quote"  # "Democratic question for House managers: …": the words after the label are the asker's
    named = document.attribution(sentence)
    verbs = _crediting_verbs(document, sentence)
    if named is not None and (verbs or _ACCORDING.search(document.sentence_text(sentence))):
        return named  # not when the verbs that name someone stand in a negation, a relative clause, a passive
    if any(_reports(document, sentence, start, end) for start, end in verbs):
        return "someone it reports"  # a reporting verb whose source the text does not name plainly
    quotes = document.quote_lookup
    span = document.sentences[sentence]
    if _stances(document, sentence):
        return "someone it reports"  # "activists argue that …", "most observers think …": a stance credited;
        # "Maglio doesn't think the boycott will …": what he does not think is his view too
    text = document.sentence_text(sentence)
    if (said := _SAYING_CLAUSE.search(text)) is not None and (
        quotes is None or quotes.at(span.start + said.start(), span.start + said.end()) is None
    ):
        return "someone it reports"  # "He knocked Northam …, arguing that his position paved the way …"
    if (naming := _NAMED_IN_QUOTES.search(text)) is not None and (
        quotes is None or quotes.at(span.start + naming.start(), span.start + naming.start() + 4) is None
    ):
        return "someone it reports"  # 'the federation called the tariffs "a self-inflicted wound" that will …'
    if any(
        credits_claim(document.text, span.start, start, end) and not _POSSESSIVE.search(document.text, start, end)
        for start, end in document.vague.get(sentence, ())
    ):
        return "unnamed sources"  # reported as vague attribution; the claim is credited, if vaguely
    according = _ACCORDING.search(document.sentence_text(sentence))
    if according is not None:
        at = document.sentences[sentence].start + according.start()
        if quotes is None or quotes.at(at, at + len(according.group())) is None:
            return "someone it reports"  # "…, according to the government's filing Monday"
    quote = document.first_quotes.get(sentence)
    if quote is not None and len(document.text[quote.start : quote.end].split()) > _SCARE_QUOTE_WORDS:
        return quote.speaker or "quote"
    if _SINGLE_QUOTED.search(document.sentence_text(sentence)):
        return "quote"  # "tweeted: 'Liberals are destroying …'", "'We encourage them to do so, because …": quoted
    return None  # "By blaming 'both sides', …": words in scare quotes credit nobody with the sentence


def _stances(document: Document, sentence: int) -> list[tuple[int, int]]:
    """The verbs of stance, thought or finding in a sentence that credit its claim to their subject (document
    offsets): a bare stance verb only with its clause, a stance noun not after a determiner, not an impersonal
    infinitive nor a clause of time or reason, not a possessive, not inside a quotation."""
    found = by_identity(_STANCES, document, dict)
    if sentence in found:
        return found[sentence]
    quotes = document.quote_lookup
    span = document.sentences[sentence]
    text = document.text
    kept = []
    for stance in _STANCE.finditer(document.sentence_text(sentence)):  # in the sentence's text: "^To critics,"
        at, end = span.start + stance.start(), span.start + stance.end()
        if text.startswith(("'s", "’s"), end):
            continue  # "The suspect's girlfriend": a noun
        if _BARE_STANCE.fullmatch(stance.group()) and not _STANCE_CLAUSE.match(text, end, span.end):
            continue  # "argued the opposite view", "maintained majority control", "for fear of": no view credited
        if _NOUN_STANCE.fullmatch(stance.group()) and _DETERMINER_BEFORE.search(text, span.start, at):
            continue  # "The dispute finally hit a breaking point", "their fear": a noun, nobody's view credited
        if _IMPERSONAL_STANCE.search(text, span.start, at):
            continue  # "There are some reasons to think …", "It is fair to say …": the writer's own view
        if _SUBORDINATE_STANCE.search(text, span.start, at):
            continue  # "The time frame comes as some Republicans view the effort as …": the main clause's the outlet's
        if (quotes is None or quotes.at(at, end) is None) and (
            credits_claim(text, span.start, at, end)
            or _DENIED_THOUGHT.search(text, max(span.start, at - 16), end) is not None
        ):
            kept.append((at, end))
    found[sentence] = kept
    return kept


_STANCES: dict[int, tuple[Any, Any]] = {}  # by identity with the document: sentence -> its stances
#: A stance in a clause of time, reason or concession after the main clause ("… comes as some Republicans view
#: …", "… while critics argue …"): it credits the clause, not the sentence's claim.
_SUBORDINATE_STANCE = re.compile(
    r"\w[\w'’-]*\s+(?:as|while|because|since|although|though|whereas)\s+(?:[\w'’-]+\s+){1,4}$", re.I
)
#: A participle of saying with its clause after a comma: what it opens is the subject's ("…, arguing that …").
_SAYING_CLAUSE = re.compile(
    r",\s+(?:saying|arguing|insisting|claiming|contending|asserting|noting|warning|predicting)\s+"
    r"(?:that\b|(?:the|a|an|his|her|their|its|he|she|they|it|there)\b)",
    re.I,
)
#: A verb of naming with the name in quotation marks: the name, and what it says, are the subject's.
_NAMED_IN_QUOTES = re.compile(
    r"(?<![\w-])(?<!the\s)(?<!a\s)(?:call(?:s|ed|ing)|describ(?:es|ed|ing)|label(?:l?ed|l?ing)|dubb(?:ed|ing)|termed)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:(?:as|a|an|the)\s+)?[\"“‘']",
    re.I,
)
#: A verb of thought denied by its holder ("doesn't think", "did not believe"): the view is still the holder's.
_DENIED_THOUGHT = re.compile(
    r"\b(?:do|does|did)(?:n['’]t|\s+not)\s+(?:\w+ly\s+)?(?:think|believe|expect|suspect)$", re.I
)
#: A stance verb in an infinitive with no one to hold it: "There are some reasons to think", "It is tempting to
#: believe": the writer's own reading, put impersonally.
_IMPERSONAL_STANCE = re.compile(
    r"\b(?:there\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){0,2}(?:reasons?|grounds?|cause|evidence)|"
    r"it\s+(?:is|was|['’]s|seems)\s+(?:\w+\s+)?(?:hard|easy|tempting|fair|safe|wrong|difficult|possible|reasonable))"
    r"\s+to\s+$",
    re.I,
)
#: A label that gives the words after its colon to someone ("Democratic question for House managers:",
#: "Answer from the defense:").
_LABEL_OPENS = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}(?:question|answer|response|statement|reply)s?\s+(?:for|from|to|by)\b"
    r"[^.!?:\"“]{0,60}\s*:"
)


#: A vague source in the possessive ("economists' forecasts of 318,000"): whose figure, not who makes the claim.
_POSSESSIVE = re.compile(
    r"\w['’]s?\s+(?:[\w-]+\s+)?(?:forecasts?|estimates?|projections?|expectations?|predictions?|"
    r"consensus|figures?|numbers?|data|polls?|surveys?)\b",
    re.I,
)


def _labelled(document: Document, sentence: int) -> bool:
    """Whether the sentence is the words a label gives to someone: it opens with the label and its colon, or with
    a bare colon (the label ended the line before it, or the page dropped it): never the outlet's narration."""
    text = document.sentence_text(sentence)
    return text.startswith(":") or _LABEL_OPENS.match(text) is not None


def _crediting_verbs(document: Document, sentence: int) -> list[tuple[int, int]]:
    """The reporting verbs of the sentence, outside quotations, that may credit its claim to someone: they stand
    in the sentence's own narration, not in a negation, a relative clause of their own or a passive
    (:func:`credits_claim`). Whether one does is :func:`_reports`'s: it opens a clause or closes the sentence."""
    quotes = document.quote_lookup
    span = document.sentences[sentence]
    return [
        (start, end)
        for start, end, _ in document.hits.report_verbs.get(sentence, ())
        if (quotes is None or quotes.at(start, end) is None) and credits_claim(document.text, span.start, start, end)
    ]


_SCARE_QUOTE_WORDS = 3
#: Speech in single quotation marks, as some outlets print all quotes: opening the sentence, or after a colon.
_SINGLE_QUOTED = re.compile(r"(?:^|:\s*)['‘](?=[A-Z])[^'‘’]{12,}")
_ACCORDING = re.compile(r"\baccording to\b", re.I)
#: What follows a verb that reports words or a view: a clause ("that …", "whether …", ": …", a quotation), after
#: at most a few words of object or time ("told reporters last week that …", "announced last July that …").
_COMPLEMENT = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,5}?(?:that|whether|if|how|what|why|when|where|who|as|of|about)\b|\s*,?\s*[:\"“‘]|"
    r"\s*,\s*['’]",
    re.I,
)
#: Verbs whose object is a view the subject holds ("emphasized the strategic importance of …", "reiterated that
#: view", "described playrooms full of crying children").
_VIEW_VERB = re.compile(
    r"(?:emphasi[sz]|stress|highlight|underscor|reiterat|describ|identif|call|deem|label)\w*$", re.I
)
#: Verbs of saying whose complement may be a bare clause ("said the situation had worsened").
_SAY = re.compile(r"(?:say|says|said|saying|tell|tells|told|telling)$", re.I)
_CLOSING_VERB = re.compile(r"[^.;:!?]{0,60}[.!?\"”]?\s*$")


def _reports(document: Document, sentence: int, start: int, end: int) -> bool:
    """Whether a reporting verb credits the sentence's claim: it opens a complement clause ("concluded that …",
    "said the plan failed", "said: …"), or closes the sentence (", officials said."). A verb with a plain object
    credits no claim: "Trump has vehemently denied it", "he mocked the probe", "This was harshly criticized and
    a federal court stopped …" tell what someone did, in the outlet's own voice."""
    text = document.text
    span = document.sentences[sentence]
    if _COMPLEMENT.match(text, end, span.end) or _VIEW_VERB.search(text, start, end):
        return True
    if _SAY.search(text, start, end) and _SAID_CLAUSE.match(text, end, span.end):
        return True
    if _BARE_CLAUSE.match(text, end, span.end):
        return True  # "announced it would stop …", "noting the ruling will not affect …": a clause without "that"
    return _CLOSING_VERB.match(text, end, span.end) is not None and text.rfind(",", span.start, start) >= 0


#: What a bare "said" opens: a clause ("said the plan failed", "said it would honor the truce"), not an object
#: ("said so", "said it", "said nothing").
_SAID_CLAUSE = re.compile(
    r"\s+(?!(?:so|nothing|little|much|more|that|this)\b|it\b(?!\s+(?:would|will|was|is|had|has|could|can|may|might|"
    r"should|did|does|planned|plans|wanted|wants|needed|needs|expected|expects|hoped|hopes)\b))[\w\"“]"
)
#: A clause opened with no "that" after any reporting verb: a subject (a pronoun, or a short noun phrase with no
#: relative word in it) and its finite verb ("announced it would stop", "noting the ruling will not affect").
_BARE_CLAUSE = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|you|there)\s+|(?:the|a|an|this|these|those|his|her|its|their|our|[A-Z][\w'’-]*)\s+"
    r"(?:(?!(?:that|which|who|whom|whose|to|for|of|by|with|and|or|but|yet|then)\b)[\w'’-]+\s+){0,3}?)(?:\w+ly\s+)?"
    r"(?:would|will|could|can|may|might|should|must|had|has|have|is|are|was|were|did|does|cannot|won['’]t|"
    r"wouldn['’]t|didn['’]t|doesn['’]t)\b"
)
#: Verbs of stance that take a plain object too ("argued the opposite view", "maintained control", "suspected
#: hiding spots", "for fear of"): they credit a view only with a clause after them.
_BARE_STANCE = re.compile(
    r"argue[sd]?|think|thinks|thought|believe[sd]?|contend(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|"
    r"fear(?:s|ed)?|worr(?:y|ies|ied)|suspect(?:s|ed)?|"
    r"(?:is|are|was|were|been|remain(?:s|ed)?)\s+(?:\w+ly\s+)?(?:concerned|worried|afraid|fearful)",
    re.I,
)
#: The clause such a verb credits: "that …", "whether …", a bare clause ("argue the cuts will hurt riders").
_STANCE_CLAUSE = re.compile(
    r"\s*,?\s*(?:that|whether|if|how|what|why|[:\"“‘]|(?:[\w'’-]+\s+){1,4}?(?:that|whether)\b|"
    # a bare clause opens with its subject, never with a conjunction or a preposition ("worries of armed conflict")
    r"(?!(?:and|but|or|so|yet|of|about|for|to|in|on|at|with|by|from|over|among)\b)"
    r"(?:(?:(?!(?:about|which|who|whom|whose|because|since|although|though|"
    r"while|when|after|before|if|unless)\b)[\w'’-]+\s+){0,8}?"
    r"(?:is|are|was|were|had|has|have|would|will|"
    r"could|should|might|may|must|can|did|does|do|cannot|won['’]t)\b|(?:[\w'’-]+\s+){1,3}?[a-z]+ed\b)|"
    # a contracted verb: "thinks it's absurd", "believes they're wrong", "fears he'll lose"
    r"(?:it|he|she|they|we|you|I|there|that)['’](?:s|re|ll|d|ve)\b)",
    re.I,
)
#: Stance words that are nouns too ("the dispute", "her fear", "a complaint"): after a determiner, no verb.
_NOUN_STANCE = re.compile(r"disputes?|fears?|worry|complaint|thought|belief|insistence|blame|suspects?", re.I)
#: Verbs of stance and thought with a subject of their own: the claim after them is that subject's.
_STANCE = re.compile(
    r"\b(?:argue[sd]?|think|thinks|thought|believe[sd]?|contend(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|"
    r"fear(?:s|ed)?|worr(?:y|ies|ied)|suspect(?:s|ed)?|sought to (?:show|prove|argue)|hope[sd]? that|"
    # a stance, a blame or a finding with a subject of its own is that subject's ("Democrats were optimistic it
    # would fail", "have blamed her defeat on Comey", "agencies concluded that", "police detailed how")
    r"(?:is|are|was|were|been|remain(?:s|ed)?)\s+(?:\w+ly\s+)?(?:optimistic|pessimistic|confident|hopeful|"
    r"skeptical|sceptical|convinced|adamant|doubtful|certain)\b|"
    # a worry with its clause ("groups were concerned the court may …"; "was afraid" alone credits nothing)
    r"(?:is|are|was|were|been|remain(?:s|ed)?)\s+(?:\w+ly\s+)?(?:concerned|worried|afraid|fearful)\b|"
    r"(?:framed|frames|framing|portrayed|portrays|painted|paints|depicted|depicts|characteri[sz]ed|cast|casting)\s+"
    r"(?:[\w'’-]+\s+){0,4}as\b|(?:that|which)\s+found\b|"
    # a view with its object ("Many lawmakers see this legislation as crucial"); not "what they view as", "which
    # he sees as" (the relative clause's), nor "to see documents … as"
    r"(?<!\bto\s)(?:see|sees|saw|view|views|viewed)\s+(?:[\w'’-]+\s+){1,4}as\b|"
    r"blame[sd]|(?:cast|casts|casting|put|puts|putting|laid|lay|lays|place[sd]?|pinn(?:ed|ing)|pin|pins)\s+"
    r"(?:the\s+)?blame|conclud(?:e|es|ed)|determined that|found that|detail(?:s|ed)? how|assess(?:es|ed)? that|"
    r"complain(?:s|ed)?|disputed?|disputes|made (?:it )?clear|"
    # a count or finding of a study, a poll, an analysis ("An AP analysis … counted as many as 200 reports")
    r"\b(?:analysis|study|review|survey|poll|audit|report|census|tally)(?:,[^,;:.]{1,80},)?\s+"
    r"(?:counted|tallied|identified|found|showed)\b|"
    r"^To (?!be\b|date\b|that\b|this\b)(?:\w+\s+){0,3}\w+(?=,)|"
    # a passive of thought with its agent credits the claim ("was seen by many as a force"); without one ("is
    # already being seen as an invigorating boost") it credits nobody: the outlet's own reading, put impersonally
    # (fresh-story audits judged it so); "had been expected to be an easy victory" reports an expectation
    r"(?:is|are|was|were|be|been)\s+(?:(?:\w+ly|once|long|already|now|also|still)\s+){0,2}(?:being\s+)?"
    r"(?:seen|viewed|regarded|perceived)\s+"
    r"by\s+(?:[\w'’-]+\s+){1,3}as|"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?expected)\b"
)


def _cue(
    document: Document,
    sentence: int,
    start: int | None = None,
    end: int | None = None,
    only: frozenset[str] | None = None,
) -> tuple[str, str] | None:
    """The first framing cue of a sentence (or of its stretch ``start:end``): an editorial aside, else a cause,
    motive, … word; a modal verb only where it predicts (:func:`_predicts`); of the categories ``only``, if
    given (a forecast before it does not hide "he is seeking to limit the damage")."""
    span = document.sentences[sentence]
    start = span.start if start is None else start
    end = span.end if end is None else end
    for hit_start, hit_end, _ in document.hits.editorial.get(sentence, ()) if only is None or "aside" in only else ():
        if start <= hit_start and hit_end <= end:
            return "aside", document.text[hit_start:hit_end]
    text = document.text[start:end]
    if text.rstrip().endswith("?"):
        return None  # a question asks; it claims nothing ("When will the inquiry end?")
    lowered = text.lower()
    pattern, searched = (_ANY_CUE_LOWER, lowered) if len(lowered) == len(text) else (_ANY_CUE, text)
    quotes = document.quote_lookup
    for match in pattern.finditer(searched):
        if match.lastgroup is None or (only is not None and match.lastgroup not in only):
            continue
        if quotes is not None and quotes.at(start + match.start(), start + match.end()) is not None:
            continue  # the speaker's word ("completely baseless"), not the outlet's
        if text[match.start() - 1 : match.start()] == "-" or text.startswith("-", match.end()):
            continue  # part of a compound ("a victim-impact statement", "a critical-care unit"): a name
        if match.lastgroup == "prediction" and not _predicts(text, match.start(), match.end()):
            continue
        if _NORMATIVE.fullmatch(match.group()) and not _prescribes(text, match.start(), match.end()):
            continue
        if match.lastgroup in ("motive", "cause") and _ACCUSED_OF.search(text, 0, match.start()):
            continue  # "accused Trump of seeking to …": the accusers' reading of his motive, reported
        if _DOUBTING.match(match.group()) and _PEOPLE_BEFORE.search(text, 0, match.start()):
            continue  # "Numerous officials have cast doubt on that promise": their stance, reported
        if match.lastgroup in ("cause", "consequence") and _background_cause(text, match.start()):
            continue
        if match.group().lower().startswith("result") and _NOUN_BEFORE.search(text, 0, match.start()):
            continue  # "the unofficial results in both races": a noun, not a verb of effect
        if match.lastgroup == "evaluation" and _literal_victory(document, match.group()):
            continue
        if _described(document, sentence, text, match):
            continue
        return match.lastgroup, text[match.start() : match.end()]
    found = _judging_words(document, sentence, start, end)
    return found if found is None or only is None or found[0] in only else None


def _described(document: Document, sentence: int, text: str, match: re.Match[str]) -> bool:
    """Whether a cue only describes, in the outlet's plain voice: a document's stated aim ("the lawsuit seeks to
    reunite families", "a lawsuit seeking to overturn the law": documents have aims, not motives), a plan's
    provision told with a pronoun ("It would also limit early voting", after a sentence about the bill), a
    hypothetical in an example ("For instance, if a parent is deported, they might want …"), a procedure ("in
    response to a records
    request"), or an adjective that describes its noun ("fleeing dangerous countries"; "the most critical
    battleground" still judges)."""
    category, word, at = match.lastgroup, match.group().lower(), match.start()
    if category == "motive" and _DOCUMENT_BEFORE.search(text, 0, at):
        return True
    if category == "prediction" and word in ("could", "might", "may") and _EXAMPLE.match(text):
        if _IF_BEFORE.search(text, 0, at):
            return True  # an example's hypothetical; "If the campaign fails, it could suggest …" still forecasts
    if category == "prediction" and word == "would" and _PRONOUN_BEFORE.search(text, 0, at):
        previous = " ".join(document.sentence_text(k) for k in range(max(0, sentence - 2), sentence))
        if _PROVISION_NOUN.search(previous):
            return True  # "The House passed two bills. One would require background checks …": what a bill does
    if category == "prediction" and word.startswith("poised") and _PAST_BEFORE.search(text, 0, at):
        return True  # "Turkey had been poised to advance since …": what stood ready, not a forecast
    if category == "cause" and word.startswith("in response to") and _PROCEDURE_AFTER.match(text, match.end()):
        return True
    if _PLAN_CONTENTS.search(text, 0, at):
        return True  # "The plan calls for increasing competition, creating incentives …": the plan's contents
    if category == "cause" and _MECHANICAL_CAUSE.match(text, match.end()):
        return True  # "delayed for hours because of glitches with a tabulation machine": a breakdown, plain fact
    if category == "cause" and word.startswith("stem") and _MATTER_BEFORE.search(text, 0, at):
        return True  # "The charges stem from his lobbying in Ukraine": where a case comes from, its record
    if category == "motive" and _ANNOUNCED_BEFORE.search(text, 0, at):
        return True  # "a memo announcing his intention to issue the subpoena": an intention stated, reported
    if category == "motive" and _LEGAL_ACTION_BEFORE.search(text, 0, at):
        return True  # "sued the department, in an effort to count mail-in ballots": the suit's stated aim
    if category == "prediction" and word in ("will", "would") and _IF_BEFORE.search(text, 0, at) and sentence > 0:
        if _RULE_WORDS.search(document.sentence_text(sentence - 1)):
            return True  # "The recount must be done by Thursday. If …, a hand recount will be ordered": the rule
    if category == "consequence" and word.startswith("creat"):
        # "creating a potential security lapse" reads the event; "creating booming explosions" depicts it
        return _ABSTRACT_RESULT.search(text, match.end(), match.end() + 60) is None
    if category == "evaluation" and word == "critical" and text.startswith(" of", match.end()):
        return True  # "openly critical of the EU": someone's criticism, described
    if category == "prediction" and word in ("could", "would", "might") and _EXPOSURE.match(text, match.end()):
        return True  # "could face up to 80 years in prison": the law's maximum, not a forecast
    if category == "cause" and word == "due to" and _DUE_VERB.match(text, match.end()):
        return True  # "are due to start up again": a schedule, not a cause
    if category == "motive" and word == "in order to" and _REQUIRED_BEFORE.search(text, 0, at):
        return True  # "requiring candidates to reveal their taxes in order to appear on ballots": the rule's terms
    if word == "should" and _INVERTED.match(text, match.end()):
        return True  # "… should the Supreme Court overturn Roe": a condition, "if it did"
    if category == "cause" and word.startswith("because") and _BAN_BEFORE.search(text, 0, at):
        return True  # "the bill bans all abortions because of race": the grounds the law names, its provision
    if category == "evaluation" and word in _ATTRIBUTIVE_EVALUATIONS:
        attributive = _NOUN_AFTER.match(text, match.end()) is not None
        return attributive and _DEGREE_BEFORE.search(text, 0, at) is None
    return False


_DOCUMENTS = (
    r"(?:lawsuit|suit|complaint|motion|petition|order|bill|measure|law|legislation|rule|regulation|policy|"
    r"proposal|amendment|program|programme|ordinance|report|study|memo|letter|resolution|feature|tool|system|"
    r"service|app|website|site|filing|appeal|brief|request|directive|guidance|case|device|weapon|machine|"
    r"equipment|software|technology|mechanism|product|drug|vaccine)s?"
)
#: A document or a made thing as the subject of "seeks to", "aims to", "designed to": its stated aim or its
#: function ("devices designed to convert guns into automatic weapons"), not a motive.
_DOCUMENT_BEFORE = re.compile(rf"\b{_DOCUMENTS}(?:\s+(?:that|which|is|was|are|were|also|now))?\s+$", re.I)
#: What a breakdown or the weather caused is reported fact: "because of glitches", "due to malfunctioning machines".
_MECHANICAL_CAUSE = re.compile(
    r"\s+(?:of\s+|to\s+)?(?:(?:a|an|the|some|several|technical|computer|software|mechanical|equipment|malfunctioning|faulty|"
    r"broken|bad|heavy|severe)\s+){0,3}(?:glitch(?:es)?|malfunction\w*|outages?|breakdowns?|power\s+failures?|"
    r"technical\s+(?:problems?|issues?|difficulties)|machines?|weather|storms?|rain|snow|fog|flooding|winds?|"
    r"traffic|errors?|bugs?|term\s+limits?)\b",
    re.I,
)
#: A suit or a filing before a motive: the aim the action states ("sued the state, in an effort to count …").
_LEGAL_ACTION_BEFORE = re.compile(
    r"\b(?:sued|sues|suing|filed|petitioned|appealed|asked\s+(?:a|the)\s+(?:court|judge)|(?:lawyers?|attorneys?|"
    r"prosecutors?|counsel)\s+(?:[a-z]+\s+){0,2}(?:cited|argued|asked|requested|moved|sought))\b[^.;:!?]{0,120}$",
    re.I,
)
#: A legal matter as the subject of "stems from": a case's origin, on the record.
_MATTER_BEFORE = re.compile(
    r"\b(?:case|cases|charges?|counts?|indictments?|lawsuits?|suits?|investigations?|probes?|inquiry|dispute|"
    r"skirmish|subpoenas?|complaints?|allegations?)\s+(?:\w+\s+)?$",
    re.I,
)
#: An intention someone announced or stated: reported, not imputed ("announcing his intention to").
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announc\w*|stat(?:ed|ing)|declar\w*|signal\w*)\s+(?:his|her|their|its)\s+$", re.I)
#: A sentence that states a rule: the conditional after it spells the rule out.
_RULE_WORDS = re.compile(
    r"\b(?:must|requires?|required|mandat\w*|statute|under\s+(?:the\s+|state\s+|federal\s+)?(?:law|rules?))\b", re.I
)
#: A plan's list of what it calls for: the items are its contents, whatever their verbs.
_PLAN_CONTENTS = re.compile(
    rf"\b(?:{_DOCUMENTS}|package|plan|blueprint|provision|agreement|deal)\s+(?:also\s+)?"
    r"(?:calls?\s+for|propos(?:es|ed)|includ(?:es|ed)|lays?\s+out|outlines?|outlined)\b[^.;:!?]*$",
    re.I,
)
_PAST_BEFORE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?$", re.I)
_IF_BEFORE = re.compile(r"\b(?:if|unless|in case)\b", re.I)
_EXAMPLE = re.compile(r"\s*(?:for (?:instance|example)|say|suppose|imagine|in theory|hypothetically)\b", re.I)
_PRONOUN_BEFORE = re.compile(
    r"^\s*(?:it|they|this|that|the\s+measure|the\s+bill|one|the\s+other|the\s+(?:first|second|third|latter|former)|"
    r"each|both)\s+(?:\w+ly\s+|also\s+)?$",
    re.I,
)
_PROVISION_NOUN = re.compile(rf"\b(?:{_DOCUMENTS}|package|plan|provision)\b", re.I)
_PROCEDURE_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w-]+\s+){0,5}?(?:request|question|inquiry|query|lawsuit|"
    r"suit|letter|motion|subpoena|petition|complaint|order|filing|appeal)s?\b",
    re.I,
)
_EXPOSURE = re.compile(r"\s+(?:still\s+|also\s+|now\s+)?face\s+(?:up\s+to|a\s+maximum|as\s+(?:much|many)\s+as)\b", re.I)
_DUE_VERB = re.compile(
    r"\s+(?:be|start|begin|resume|end|take|arrive|meet|return|open|close|expire|leave|vote|appear|hold|launch|finish|"
    r"testify|speak|visit|come|go|sign|become|announce|release|rule|decide|travel|land|depart|run|last|reach|"
    r"report|face|get|make|give|air|debut|retire|step)\b",
    re.I,
)
_REQUIRED_BEFORE = re.compile(r"\b(?:requir\w*|must|obliged|forced|compel\w*|mandat\w*)\b[^.;:]{0,120}$", re.I)
#: "should" before its subject opens a condition ("should the court overturn it", "should he lose").
_INVERTED = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|his|her|their|its|he|she|they|it|we|you|I|[A-Z][\w.'’-]*)\s+"
    r"(?!(?:be|have|not|also|never)\b)[\w'’-]+",
)
_BAN_BEFORE = re.compile(
    r"\b(?:bans?|banned|banning|prohibit\w*|outlaw\w*|criminali[sz]\w*|bars?|barred|barring)\b[^.;:]{0,80}$", re.I
)
_ATTRIBUTIVE_EVALUATIONS = frozenset({"crucial", "critical", "dangerous", "vital"})
_NOUN_AFTER = re.compile(r"\s+(?!to\b|for\b|that\b|and\b|or\b|in\b|of\b|on\b|at\b|because\b|as\b)[A-Za-z][\w-]*")
_DEGREE_BEFORE = re.compile(
    r"\b(?:most|more|so|very|too|extremely|particularly|especially|increasingly|highly)\s+$", re.I
)


#: A determiner or possessive just before "results in" makes it a noun ("the unofficial results in both races").
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those|our|[\w-]+['’]s)\s+(?:[\w-]+\s+)?$", re.I)
#: A non-restrictive relative clause open before a position (", which caused him to", "-- who got on the ticket
#: because"): what it says of its noun is background, not the outlet's reading of the news.
_IN_RELATIVE = re.compile(
    r"(?:,|—|–|--|\()\s*(?:(?:something|one|a\s+\w+|an\s+\w+)\s+that\b|who\b|which\b|whose\b)[^,;:—–()]*$", re.I
)
#: The complement of a noun of asking or claiming ("a request … that the warrant be made public due to …"):
#: the reason it gives is the requester's, not the outlet's.
_IN_REQUEST = re.compile(
    r"\b(?:request|requests|demand|demands|motion|petition|claim|claims|argument|assertion|allegation|allegations|"
    r"complaint|lawsuit|suit|brief|plea|appeal|admission|acknowledg(?:e)?ment|concession|statement|testimony|"
    r"account|belief|assessment|explanation|insistence|contention|theory|view)\b[^.;]{0,120}\bthat\b[^.;]*$",
    re.I,
)
#: Words of a contest: in a story about one, "a victory for" is what happened, not a judgement.
_CONTEST = re.compile(
    r"\b(?:won|wins|winning|election|elections|runoff|primary|ballot|votes|defeated|match|game)\b", re.I
)


_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$", re.I)
#: A question the sentence leaves open ("to determine if the compression led to his death"): nothing asserted.
_OPEN_QUESTION = re.compile(r"\b(?:if|whether)\b[^,;:—–()]*$", re.I)
#: The reason a plea, a praise or a reproach gives is the pleader's ("implored jurors not to punish his client
#: harshly because of …", "applauded Mr. Trump on Twitter for making …").
_PLEADED = re.compile(
    r"\b(?:implor\w*|urg(?:e|es|ed|ing)|plead\w*|pled|begg?\w*|beseech\w*|appeal(?:s|ed|ing)?\s+to|applaud\w*|"
    r"prais\w*|commend\w*|thank\w*|congratulat\w*|hail(?:s|ed|ing)?|criticiz\w*|criticis\w*|fault(?:s|ed|ing)?|"
    r"rebuk\w*|chastis\w*|scold\w*|chid\w*|lambast\w*)\b[^.;:]{0,120}$",
    re.I,
)
_ASKED_WHAT = re.compile(r"\b(?:what|why|how)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_ATTEMPTED = re.compile(
    r"\b(?:try|tries|trying|tried|seek|seeks|seeking|sought|aim|aims|aimed|aiming|hope|hopes|hoping|hoped|"
    r"attempt|attempts|attempting|attempted|effort|efforts|bid)\s+to\s+$",
    re.I,
)
_REFUSED = re.compile(
    r"\b(?:refus\w*|declin\w*|reluctant|unwilling|stopped\s+short\s+of)\s+(?:to\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
_CAUSE_WORDS = 2  # content words a cause must have before the baseline's sharing them says anything
_PHRASE_END = re.compile(r"[,;:.!?—–()]")


def _background_cause(text: str, position: int) -> bool:
    """Whether a cause or consequence word at ``text[position]`` stands in a relative clause that describes a
    noun, in the reason a request or claim gives, or under a negation ("conduct that did not result in
    charges"), or in a question left open ("to determine if it led to his death", "disagreed over what led to the
    breakdown"), in what someone tried to bring about ("trying to pave the way for an agreement") or refused to
    say ("refused to assign blame for the summit"): not a cause the outlet asserts about the news."""
    before = text[:position]
    patterns = (_IN_RELATIVE, _IN_REQUEST, _NEGATED, _OPEN_QUESTION, _ASKED_WHAT, _ATTEMPTED, _REFUSED, _PLEADED)
    return any(pattern.search(before) is not None for pattern in patterns)


def _cause_shared(text: str, start: int, end: int, cue: str, shared: frozenset[str]) -> bool:
    """Whether the cause a cue introduces ("thanks to new rules rolled out by the administration") is in the words
    of the baseline's sentence that the version's sentence renders (half of its content words or more): the
    baseline links the two already."""
    at = text.find(cue, start, end)
    if at < 0 or cue.lower().startswith(("caus", "blam")):
        return False  # "Her antics caused the council to cancel …": the cause stands before the cue
    stop = _PHRASE_END.search(text, at + len(cue), end)
    cause = [w for w in span_words(text[at + len(cue) : stop.start() if stop else end]) if w not in STOPWORDS]
    return len(cause) >= _CAUSE_WORDS and 2 * sum(w in shared for w in cause) >= len(cause)


def _linked_in_baseline(context: Context, sentence: int, cue: tuple[str, str]) -> bool:
    """Whether one baseline sentence already makes the link a cause, motive or consequence cue asserts: it shares
    content words with both sides of the cue ("Turkey views the YPG as terrorists because of their ties to
    militants waging an insurgency inside Turkey" where the wire has "the Kurdish fighters that Ankara considers
    terrorists allied with a Kurdish insurgency in Turkey"). A claim the baseline makes is not added."""
    category, word = cue
    if category not in ("cause", "motive", "consequence"):
        return False
    document = context.document
    text = document.sentence_text(sentence)
    at = text.find(word)
    if at < 0:
        return False
    before = {w for w in words(text[:at]) if w not in STOPWORDS and len(w) > 2}
    after = {w for w in words(text[at + len(word) :]) if w not in STOPWORDS and len(w) > 2}
    return any(
        len(before & theirs) >= _SIDE_WORDS
        and len(after & theirs) >= _SIDE_WORDS
        and len((before | after) & theirs) >= _LINK_WORDS
        for theirs in context.baseline.word_sets
    )


_SIDE_WORDS = 2  # content words each side of the cue shares with the baseline sentence
_LINK_WORDS = 4  # distinct content words the whole claim shares with it


def _literal_victory(document: Document, cue: str) -> bool:
    """Whether "a … victory for" names a win in a contest the story is about (an election, a match)."""
    return "victory" in cue.lower() and _contest(document.text)


@lru_cache(maxsize=16)
def _contest(text: str) -> bool:
    return _CONTEST.search(text) is not None


def _judging_words(document: Document, sentence: int, start: int, end: int) -> tuple[str, str] | None:
    """Subjective language in the outlet's voice (Riloff and Wiebe's strong subjective clues, the opinion
    lexicon: framing's ``loaded`` lexicon), at least two such words outside quotations: the sentence judges;
    or the writer addresses the reader ("you", an exclamation): an aside."""
    quotes = document.quote_lookup
    found = [
        document.text[a:b]
        for a, b, _ in document.hits.loaded.get(sentence, ())
        if start <= a and b <= end and (quotes is None or quotes.at(a, b) is None)
    ]
    if len(found) >= _JUDGING_WORDS:
        return "evaluation", found[0]
    if _PROMO_WORDS.search(document.text, start, end):
        return None  # "By signing up you agree to receive newsletters": the page's promo, not the writer's aside
    for match in _ADDRESS.finditer(document.text, start, end):
        if match.group().endswith("!") and _not_an_exclamation(document.text, match.end()):
            continue
        if quotes is None or quotes.at(match.start(), match.end()) is None:
            return "aside", match.group()  # the writer turns to the reader: "Wouldn't you know, …", "Wow!"
    return None


_JUDGING_WORDS = 2
_SHOUTED = re.compile(r"(?<![\w'’])[A-Z][A-Z'’-]+!$")
_NAME_GOES_ON = re.compile(r"\s*(?:\(|[a-z])")


def _not_an_exclamation(text: str, end: int) -> bool:
    """Whether the "!" ending at ``end`` is no writer's exclamation: after a word in capitals ("CALLING ALL
    PATRIOTS!", "STRENGTH! HEROES!": a post's shout or a list of slogans, someone else's words), or part of a
    name the sentence goes on after ("his movement En Marche! (On the Move!) in the elections")."""
    return _SHOUTED.search(text, max(0, end - 40), end) is not None or _NAME_GOES_ON.match(text, end) is not None


#: A page's appeal to its reader (subscribe, sign up, newsletters, support): furniture, not an aside.
_PROMO_WORDS = re.compile(
    r"\b(?:subscri\w*|sign(?:ing)? up|newsletters?|unsubscribe|e-?mail alerts?|readers like you|"
    r"support (?:our|us)\b|memberships?|podcasts?|download|our (?:app|website|feed)|follow us)\b",
    re.I,
)
#: The writer addressing the reader (a news report does not): "you", an exclamation.
_ADDRESS = re.compile(r"(?<!thank )(?<!Thank )\b(?:you|your|yours)\b|\w!(?=\s|$)", re.I)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)\s+(?:[\w'’-]+\s+){0,8}$", re.I)
_PERFECT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?have\s+\w+", re.I)
_SUBORDINATE = re.compile(r"\b(?:that|whether|if|how|when|what|why|where|who|which|unless|until)\b|,", re.I)
_CLAUSE_SUBORDINATE = re.compile(
    r"\b(?:that|whether|if|how|when|what|why|where|who|which|unless|until|after|before|since|because|once|while|"
    r"although|though|as|fearing|hoping)\b",
    re.I,
)
#: The subject of a modal that is a law, a bill or a plan: "would" and "could" tell what it provides for.
_PROVISION = re.compile(
    r"\b(?:measure|bill|law|rule|plan|proposal|legislation|order|policy|regulation|amendment|agreement|deal|"
    r"program|programme|ordinance|statute|provision|requirement|waiver|treaty|act)s?(?:\s+\w+){0,1}\s*$",
    re.I,
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|aug|sept?|oct|nov|dec)\.?"
)
#: A time the clause after "will" names: a schedule ("will attend a summit on Friday", "will sentence him next week").
_SCHEDULED = re.compile(
    rf"\b(?:{_DAY}|(?:next|this) (?:week|month|year)|later this (?:week|month|year)|\d{{1,2}}(?::\d\d)? ?[ap]\.?m\b|"
    rf"in (?:early |late |mid-)?{_MONTH}|"
    rf"on {_MONTH} \d|mid-{_MONTH}|{_MONTH} \d{{1,2}}\b)",
    re.I,
)
#: What "will" forecasts, rather than announces: a state or a judgement ("will be especially important", "will
#: likely fail") or an effect ("will lead to", "will doom", "will bring about"); not a plan's act ("will provide
#: help") nor a rule's ("will be eligible for parole").
_FORECAST = re.compile(
    r"\s+(?:(?:\w+ly|never|not|almost|surely|certainly)\s+)*(?:"
    r"be\s+(?:\w+ly\s+)?(?!(?:required|allowed|able|eligible|exempt|up|in|at|on|held|sentenced|released|replaced|"
    r"the|a|an|his|her|their|its|one|part|available|open|closed|made|given|paid|sent|used|asked|based|"
    # a procedure told ahead ("will be announced soon", "an autopsy will be performed"), not a forecast
    r"announced|scheduled|published|posted|updated|decided|certified|counted|performed|distributed|delivered|"
    r"conducted|completed|reviewed|heard|tried|buried)\b)[a-z]+|"
    r"lead|result|mean|hurt|help|doom|cost|damage|boost|undermine|bring|force|leave|change|shape|determine|affect|"
    r"test|remain|continue|struggle|need|fail|succeed|win|lose|spark|fuel|deepen|worsen|threaten|haunt|"
    # "will face steep consequences" forecasts; "will face the attorney general" is the ballot's match-up
    r"face\s+(?:\w+\s+){0,2}(?:charges|consequences|pressure|questions|scrutiny|criticism|backlash|challenges?|"
    r"hurdles?|obstacles?|difficult\w*|uphill|trouble|problems?|risks?|opposition|resistance)|"
    r"backfire|prove|go down|make it|set (?:off|back))\b",
    re.I,
)
#: "would be the first", "would mark the only": a record, told from the schedule.
_RECORD = re.compile(
    r"\s+(?:be|mark|become)\s+(?:the|its|their|his|her)\s+(?:first|last|only|second|third|latest)\b", re.I
)
#: A choice open to an agent: "could ask", "could also formally seek", "might appeal".
_OPTION = re.compile(
    r"\s+(?:(?:also|still|then|instead|now|\w+ly)\s+){0,2}(?:ask|seek|sue|appeal|vote|choose|decide|opt|try|file|"
    r"issue|call|request|subpoena|petition|challenge|invoke|pursue|refer|hold|introduce|propose|order|demand|go)\b",
    re.I,
)
_MAIN_CLAUSE_WORDS = 6  # "would" this near the start of a sentence with no subordinator before it heads it
_OBLIGATION = re.compile(r"\s+(?:\w+ly\s+)?(?:have\s+to|need\s+to|be\s+(?:required|allowed|able|eligible|exempt)\b)")


#: The words of what ought to be: "needs to", "ought to", "should".
_NORMATIVE = re.compile(r"(?:needs?|ought)\s+to|should", re.I)
#: A rule's requirement told of whoever it binds ("Applicants need to show …", "Visitors should arrive early",
#: "the form should be filed by Friday"): the rule's, not the writer's verdict.
_RULE_SUBJECT = re.compile(
    r"\b(?:applicants?|visitors?|residents?|voters?|travell?ers?|passengers?|customers?|patients?|students?|"
    r"participants?|users?|drivers?|employers?|businesses|people|anyone|everyone|those|you)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: A threshold after "needs to …": "needs to win 60% of the vote", "need to collect 5,000 signatures".
_THRESHOLD = re.compile(r"\s+\w+\s+(?:(?:at\s+least|more\s+than|about|some|over)\s+)?[$£€]?\d", re.I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|no|any|every|their|his|her|its|our|your|this|that|[\w-]+['’]s)\s+$", re.I
)
_PROCEDURE_PASSIVE = re.compile(
    r"\s+(?:not\s+)?be\s+\w+(?:ed|en)\s+(?:by|within|before|after|no later|at|on|in)\b", re.I
)


#: Words of what evidence does to a claim; with people as their subject they report those people's stance.
_DOUBTING = re.compile(r"call|cast|buttress|lend|undercut", re.I)
_PEOPLE_BEFORE = re.compile(
    r"\b(?:(?i:officials?|staffers?|critics?|experts?|lawmakers?|analysts?|aides?|advisers?|advisors?|observers?|"
    r"democrats?|republicans?|senators?|members?|leaders?|scholars?|economists?|activists?|opponents?|allies|"
    r"supporters?|he|she|they|who)|[A-Z][a-z]+\s+[A-Z][a-z]+)\b[^,;:—–()]*$"
)


def _prescribes(text: str, start: int, end: int) -> bool:
    """Whether "needs to", "ought to" or "should" at ``text[start:end]`` is the writer's own verdict on what ought
    to be ("the council needs to find someone to blame", "he should resign"): it heads the main clause (not in a
    relative or subordinate clause: "the bill, which needs to pass the Senate", "what she should do"), its subject
    is no document or rule, and it is no procedure ("the form should be filed by Friday")."""
    clause = text[max(text.rfind(mark, 0, start) for mark in ",;(—–:") + 1 : start]
    if _DETERMINER_BEFORE.search(clause):
        return False  # "skepticism about the need to have witnesses": a noun, no verdict
    if _CLAUSE_SUBORDINATE.search(clause) or _PROVISION.search(clause) or _RELATIVE_BEFORE.search(clause):
        return False
    if _DOCUMENT_BEFORE.search(text, 0, start) or _RULE_SUBJECT.search(text, 0, start):
        return False
    if _SCHEDULED.search(text) or _THRESHOLD.match(text, end):
        return False  # "results should be known by Friday": a schedule; "needs to win 60% of the vote": a rule
    return _PROCEDURE_PASSIVE.match(text, end) is None


def _predicts(text: str, start: int, end: int) -> bool:
    """Whether the modal ``text[start:end]`` predicts: not with a negation (he could not provide it: ability),
    not with a perfect (a guess about the past), not in a relative clause; "would" only heading a main clause,
    and not as a plan's obligation or permission (adults would have to work; objectors would be exempt)."""
    word = text[start:end].lower()
    clause = text[max(text.rfind(mark, 0, start) for mark in ",;(—–:") + 1 : start]
    if word in ("will", "could", "would", "might") and (
        _CLAUSE_SUBORDINATE.search(clause) or _PROVISION.search(clause)
    ):
        return (
            False  # "what the report will say", "fearing he could", "the bill would ban": no forecast of the outlet's
        )
    if word == "will" and not _FORECAST.match(text, end):
        return False  # "the administration will provide help", "she will be eligible for parole": a plan or a rule
    if word == "will" or "expected" in word:
        return _SCHEDULED.search(text) is None  # "will sentence him next week": a schedule, not a forecast
    if word not in ("could", "would", "might"):
        return True
    if text.startswith("-", end) or _PERFECT_AFTER.match(text, end):
        return False  # "would-be observers"; "might have meddled": a guess about the past, not a prediction
    if modal_reading(text, start, end) == "ability" or _RELATIVE_BEFORE.search(text, 0, start):
        return False  # "women who might lose access": a group described by what may befall it
    if word == "would" and _RECORD.match(text, end):
        return False  # "Thursday's vote would be the first on the inquiry": a record the schedule sets, not a forecast
    if word in ("could", "might") and _OPTION.match(text, end):
        return False  # "lawmakers could ask the courts to step in": an option open to someone, not a forecast
    if word == "would" and _SCHEDULED.search(text, end):
        return False  # "the deadline would be Sunday, Nov. 18": a schedule told in the past
    if word == "would":
        # a main-clause conditional ("This would focus on …"), not a plan's obligation ("adults would have to
        # work") nor the future seen from the past in a subordinate clause ("how he would dismantle it")
        opening = text[:start].split()
        return (
            len(opening) <= _MAIN_CLAUSE_WORDS
            and not _SUBORDINATE.search(text, 0, start)
            and not (_OBLIGATION.match(text, end))
        )
    return True
