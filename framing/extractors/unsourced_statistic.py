"""Unsourced statistics: figures with no named source nearby and no support in the baseline.

A figure is a percentage, an amount of money, a count or rate written in digits,
a multiplier ("tripled", "three times") or a comparative quantity claim ("now
surpasses"). Years, dates, times, ordinals and names with numbers (G7, IP4,
Article 5, F-35) are not figures. A figure is sourced when its sentence or a
neighbouring one names a source (a vague one such as "surveys" does not count),
or when it sits inside a quotation; it is supported when the baseline gives the
same number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from ..attribution import Speech
from ..kinds import FeatureSpec
from ..records import Document, Finding, Sentence
from ..structure import furniture
from ._speech import SourceRef, sentence_sources, source_of_span, version_speech
from .base import Context, Extractor, Result, by_identity, check_number, per_100_words, register

_MAGNITUDE = r"(?:\s?(?:thousand|million|billion|trillion|bn|m|k)\b)?"
# Possessive quantifiers (``*+``, ``++``, ``?+``): what follows a number, a space run or a word can never start
# with a digit, a comma, a space or a letter respectively, so giving characters back could never find a match
# and the patterns mean what they meant with backtracking, without its cost. ``_numeric_matches`` adds the
# other half: one try per run of digits and commas, not one per digit.
_NUMBER_RUN = r"\d[\d,]*+(?:\.\d++)?+"
# lengths of time, and a page's media counters ("Slideshow (21 Images)")
_NOT_COUNTS = (
    r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades|centuries|innings|laps|"
    r"images|photos|pictures|videos|slides|comments|shares|replies|retweets|likes)"
)
_LINK_WORDS = r"(?:a|an|the|of|for|as|in|on|at|to|by|from|with|and|or|but|than|per|is|are|was|were)"
_NUMERIC = re.compile(  # each branch starts with a currency sign or a digit: the look-ahead skips other places
    rf"(?=[$€£¥\d])(?:[$€£¥]\s?{_NUMBER_RUN}{_MAGNITUDE}"  # money
    rf"|{_NUMBER_RUN}\s?(?:%|percent\b|per cent\b|percentage points?\b)"  # shares
    rf"|{_NUMBER_RUN}\s?(?:thousand|million|billion|trillion|bn)\b"  # large amounts
    rf"|{_NUMBER_RUN}\s++(?:[a-z-]++\s++){{0,2}}?(?:dollars|euros|pounds|yen|yuan|people|troops|"
    r"soldiers|ships|vessels|aircraft|jets|missiles|deaths|casualties|cases|votes|jobs|members|nations|countries|times|"
    r"tons|tonnes|barrels|units|incidents|attacks|exercises|drills|visits|percent)\b"  # counts: a number and its unit
    # any other plural noun after a number of two digits or more ("1,000 subscribers", "20 external hard drives");
    # lengths of time and the like are not counts ("30 years", "21 images")
    rf"|{_NUMBER_RUN}(?<!,)\s++(?:(?!{_LINK_WORDS}\b|{_NOT_COUNTS}\b)[a-z-]++\s++){{0,2}}?(?!{_NOT_COUNTS}\b)"
    r"(?P<noun>[a-z]{2,}[a-rt-z]s)\b)",
    re.I,
)
_FIGURE_START = re.compile(r"[$€£¥\d]")
_NOT_DIGIT_OR_COMMA = re.compile(r"[^\d,]")
_ABOUT = (
    r"(?:more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|as\s+many\s+as|fewer\s+than|"
    r"less\s+than)"
)
_WORDED = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|tenfold|two-fold|threefold|fourfold|twofold)\b"
    r"|\b(?:two|three|four|five|ten)\s+times\s+(?:more|as|larger|bigger|higher)\b"
    r"|\b(?:now\s+)?(?:surpass(?:es|ed)?|outnumber(?:s|ed)?|outspend(?:s)?|exceed(?:s|ed)?|overtak(?:es|en)|outstrip(?:s|ped)?)\b",
    re.I,
)
#: Quantities in words: "more than a dozen", "millions of dollars", "over a million voter contacts". Searched only
#: in a window round each of their key words (:data:`_QUANTITY_KEY`), not over the whole text.
_QUANTITY = re.compile(
    rf"\b(?:{_ABOUT}\s+)?(?:a|one|two|three|four|five|several|half\s+a)\s+dozens?\b"
    rf"|\b(?:{_ABOUT}\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|millions|billions)\s+of\s+"
    r"(?:dollars|euros|pounds)\b"  # money; "millions of Americans" is a manner of speaking
    rf"|\b(?:{_ABOUT}\s+)?(?:a|one)\s+(?:million|billion|trillion)\s+[a-z]+",
    re.I,
)
_QUANTITY_KEY = re.compile(r"dozen|illion|hundreds of|thousands of")  # lower case: searched in the lowered text
_QUANTITY_KEY_ANY_CASE = re.compile(_QUANTITY_KEY.pattern, re.I)
_QUANTITY_REACH = 24  # characters before a key word where its quantity starts ("as many as a dozen")
#: A named body or person (two capitalised words or more, a possessive's noun after them) whose estimate, forecast
#: or expectation the figure is: "Kentucky Gov. Ana Lopez's administration estimates", "The Budget Office projects".
#: A named body's own estimate or its own reporting ("The Congressional Budget Office estimates …", "CNN has
#: interviewed half a dozen former aides", "The Times reviewed 300 filings"): the body is the figure's source.
_ESTIMATED_BY = re.compile(
    r"(?:\b[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the\s+)?[A-Z][\w.&'’-]*)+|\b[A-Z]{2,}s?)(?:['’]s\s+[a-z]+)?"
    r"(?:\s+(?:government|administration|department|ministry|agency|office|company|campaign|committee))?"
    r"\s+(?:(?:has|have|had)\s+(?:previously\s+|also\s+)?)?"
    r"(?:estimates|estimated|projects|projected|forecasts|predicts|predicted|expects|expected"
    r"|interviewed|reviewed|analy[sz]ed|surveyed|polled|counted|tallied|obtained"
    #: a named body's own plan or list: "The US government has published a list of 1,300 exports", "whose White
    #: House laid out a schedule of tariffs: 10% on July 1 …"
    r"|published|released|unveiled|laid\s+out|set\s+out|proposed"
    #: a named body's own rule: "the DNC required that candidates hit at least 1% in three polls"
    r"|required|requires|mandated|mandates)\b"
)
#: Records and data a figure is credited to, named by their kind: "according to property records", "court filings
#: show", "census data shows".
_RECORDS = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:records|filings|documents|data|statistics|figures|tallies|"
    r"counts|estimates)\b|\baccording\s+to\s+(?:the\s+)?[A-Z]"
    r"|\b(?:court|property|public|police|census|tax|campaign|federal|state)\s+(?:records|filings|documents|data)\s+"
    r"(?:show|showed|shows|indicate|indicated|list|listed)\b",
    re.I,
)
#: A vote's tally: members counted for and against in a sentence about a vote ("passed the Senate in a party-line
#: vote, with 24 Republicans supporting it and 10 Democrats opposed"): the record of the vote, not a statistic.
_TALLY_UNIT = re.compile(
    r"\s+(?:Republicans|Democrats|senators|lawmakers|legislators|members|delegates|justices|judges|"
    r"representatives|MPs|councillors|council\s+members)\b",
    re.I,
)
_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|tally|roll\s+call|passed|approved|rejected)\b", re.I)
#: A penalty the law sets: "punishable by up to five years in prison and a $10,000 fine".
_PENALTY_AFTER = re.compile(r"\s*(?:fines?|in\s+(?:prison|jail)|prison\s+(?:sentence|term)|jail\s+term)\b", re.I)
_PENALTY_BEFORE = re.compile(r"\b(?:punishable\s+by|fined|penalty\s+of|fine\s+of)\s+(?:up\s+to\s+)?(?:a\s+)?$", re.I)
#: A credit after the figure: "…, a figure often cited by its allies", "a number given by the ministry".
_CREDITED_AFTER = re.compile(
    r"[^.;!?]*?,\s+(?:a|an|the)\s+(?:figure|number|estimate|count|tally|total)s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cited|given|used|provided|released|reported|put\s+forward|touted|quoted)\s+by\b",
    re.I,
)
#: A named poll, survey or study that the sentence before reports ("a new NPR/PBS/Marist Poll shows …"): the next
#: sentence's figures go on reporting it ("… Republican voters who lagged 10 points behind").
_POLL_WORD = re.compile(r"\b(?:[Pp]oll|[Ss]urvey|[Ss]tudy|[Rr]eport|[Aa]nalysis|[Cc]ensus)\b")
_NAME_BEFORE_POLL = re.compile(
    r"(?<![\w'’-])(?!(?:A|An|The|This|That|These|Those|One|Another|New|Our|Its|Their|His|Her|In|Recent|Latest)\s)"
    r"[A-Z][\w/&.'’-]+\s+$"
)
_POLL_SHOWS = re.compile(
    r"[^.;!?]{0,80}?\b(?:shows?|showed|found|finds|says|said|suggests|suggested|indicates|indicated|puts|put)\b"
)
#: "all" before a count, or a named owner's: the whole of a set, whose size is common knowledge ("all 32
#: franchises", "Florida's 67 counties", "all of Florida's 67 counties").
_WHOLE_SET = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
_OWNERS_SET = re.compile(r"(?<![\w'’])(?:[A-Z][\w.-]+|state|country|nation|city|county)['’]s\s+$")
_DOUBLED_DOWN = re.compile(r"[\s-]+down\b")  # "doubled down on her criticism": an idiom, no quantity
_NUMERIC_LOWER = re.compile(_NUMERIC.pattern)
_WORDED_LOWER = re.compile(_WORDED.pattern)
_WORDED_HINTS = (
    "doubl",
    "tripl",
    "quadrupl",
    "halved",
    "fold",
    "times",
    "surpass",
    "outnumber",
    "outspend",
    "exceed",
    "overtak",
    "outstrip",
)
#: Quantities in words, as a key a baseline's wording of the same quantity shares ("dozens" and "a dozen").
_WORDED_QUANTITY = re.compile(r"(?<![\d.,]\s)(?<![\d.,])\b(dozen|hundred|thousand|million|billion|trillion)s?\b", re.I)
_NAME_BEFORE = re.compile(
    r"(?:\b(?:article|section|chapter|resolution|phase|level|stage|category|no|number|group of|covid|f|su|mig|t|g|ip|p)"
    r"[\s.-]*|[A-Za-z]-?)$",
    re.I,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
_AFTER_NOT_FIGURE = re.compile(
    r"^(?:st|nd|rd|th|s\b|-day|-year|-month|-week|-hour|\s?(?:a\.m|p\.m|am\b|pm\b|o'clock))", re.I
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|(?<![\w.])\.\d+")


@register
class UnsourcedStatistic(Extractor):
    """Figures in the outlet's voice that neither a named source nor the baseline backs."""

    name = "unsourced_statistic"
    kinds = ("unsourced_statistic",)
    features = (
        FeatureSpec("per_100_words", "numbers without a source", weight=1.5, scale=0.5, colour="#009E73", hatch=".."),
        FeatureSpec("figures_per_100_words", "numbers"),
        FeatureSpec("unsourced_share", "share of numbers without a source"),
    )
    description = "Numbers and quantity claims with no source given and none in the baseline."

    def __init__(self, *, credited_weight: float = 0.7) -> None:
        """``credited_weight``: weight of a figure put in a baseline speaker's mouth that the baseline's report
        of that speaker lacks (an unsourced figure in the outlet's voice weighs 1)."""
        self.credited_weight = check_number("UnsourcedStatistic", "credited_weight", credited_weight, 0.0, 1.0)

    def prepare(self, document: Document) -> list[list[tuple[int, int]]]:
        """The figures of each sentence of the document."""
        return _figures_by_sentence(document)

    def extract(self, context: Context) -> Result:
        document = context.document
        baseline_text = context.baseline.text
        supported = _numbers(baseline_text)
        speakers = {q.speaker_key for q in context.baseline.quotes if q.speaker_key}
        findings: list[Finding] = []
        figures = 0
        by_sentence = context.prepared(self)
        speech = version_speech(context)
        reported: set[str] = set()
        for sentence in document.sentences:
            # the sentence's speaker and source, and whether the sentence before reports a named poll
            credit: tuple[str | None, SourceRef | None, bool] | None = None
            for start, end in by_sentence[sentence.index]:
                figures += 1
                numbers = _numbers(document.text[start:end])
                if numbers and _supported(numbers, supported) and not context.is_baseline:
                    continue  # the baseline gives the same figure, or this one is its round figure
                if len(numbers) == 1 and _bound_met(document.text, start, end, next(iter(numbers)), baseline_text):
                    continue  # "fewer than 1,000 votes" where the baseline counts 905
                if context.is_baseline or context.quote_at(start, end) or furniture(document, sentence.index):
                    continue
                if _WHOLE_SET.search(document.text, max(sentence.start, start - 12), start) or (
                    document.text[start].isdigit()
                    and _figure_type(document.text[start:end]) == "count"
                    and _OWNERS_SET.search(document.text, max(sentence.start, start - 30), start)
                ):
                    continue  # "all 32 franchises", "Florida's 67 counties": the size of a known set, no statistic
                if credit is None:  # once per sentence, not per figure: a long sentence holds many figures
                    source = _source(document, sentence.index, speech)
                    credited = _credited_speaker(document, sentence.index, speakers, source)
                    credit = credited, source, _poll_before(document, sentence.index)
                credited, source, polled = credit
                if polled or _poll_named(document.text, sentence.start, start):
                    continue  # "A recent NBC/WSJ poll showed 54 percent", "in a Mason-Dixon poll … 54%": the poll's
                if credited is None and source is not None:
                    continue
                if credited is not None and credited not in context.counterpart_words(sentence.index):
                    continue  # credited to a speaker the aligned baseline sentence does not report: sourced; only a
                    # figure added to the baseline's own report of what the speaker said is put in their mouth
                if _ESTIMATED_BY.search(document.text, sentence.start, start):
                    continue  # "The Congressional Budget Office estimates …": a named body's own estimate
                if _RECORDS.search(document.text, sentence.start, sentence.end):
                    continue  # "…, according to property records": a public record is a source one can check
                if _CREDITED_AFTER.match(document.text, end, sentence.end):
                    continue  # "…, a figure often cited by its allies": credited, if loosely
                if credited is None and (around := source_of_span(speech, start, end)) and around.named:
                    continue  # inside what a source is credited with: a quotation or a reported clause
                figure = document.text[start:end].lower()
                if figure in reported:
                    continue  # the same figure said again ("the 20 percent corporate rate"): one finding, the first
                reported.add(figure)
                findings.append(self._finding(context, sentence.index, start, end, credited, source))
        return Result(
            findings=tuple(findings),
            scores={
                "per_100_words": per_100_words(len(findings), document.word_count),
                "figures_per_100_words": per_100_words(figures, document.word_count),
                "unsourced_share": len(findings) / figures if figures else float("nan"),
            },
        )

    def _finding(
        self, context: Context, sentence: int, start: int, end: int, credited: str | None, source: SourceRef | None
    ) -> Finding:
        figure = context.document.text[start:end]
        kind = "claim" if not any(c.isdigit() for c in figure) else "figure"
        if credited is None:
            explanation = (
                f'The {kind} "{figure}" is given without saying where it comes from, and the baseline does not give it.'
            )
        else:
            explanation = (
                f"The {kind} \"{figure}\" is put in {credited.title()}'s mouth, but the baseline's report of what "
                f"{credited.title()} said has no such {kind}."
            )
        return context.document.finding(
            "unsourced_statistic",
            start,
            end,
            explanation,
            extractor=self.name,
            baseline_text=context.counterpart_text(sentence),
            sentence=sentence,
            weight=1.0 if credited is None else self.credited_weight,
            credited_to=credited,
            figure_type=_figure_type(figure),
            **(source.details() if credited is not None and source is not None and source.type != "unknown" else {}),
        )


def _named_polls(text: str, begin: int, end: int) -> Iterator[re.Match[str]]:
    """The words "poll", "survey", "study" … in ``text[begin:end]`` that a name stands before ("NBC News and Wall
    Street Journal poll", "Mason-Dixon poll"; not "A survey"): one look each, linear in the stretch."""
    for word in _POLL_WORD.finditer(text, begin, end):
        if _NAME_BEFORE_POLL.search(text, max(begin, word.start() - 40), word.start()) is not None:
            yield word


def _poll_named(text: str, begin: int, position: int) -> bool:
    """Whether a named poll, survey or study stands before ``position`` in its sentence ("A recent NBC News and
    Wall Street Journal poll showed 54 percent", "in a Mason-Dixon poll here the president had a 54% approval")."""
    return any(True for _ in _named_polls(text, begin, position))


def _poll_before(document: Document, sentence: int) -> bool:
    """Whether the sentence right before reports a named poll, survey or study (news copy often sets each
    sentence in a paragraph of its own)."""
    if sentence == 0:
        return False
    before, text = document.sentences[sentence - 1], document.text
    return any(_POLL_SHOWS.match(text, word.end(), before.end) for word in _named_polls(text, before.start, before.end))


def figures_in(document: Document, sentence: int) -> list[tuple[int, int]]:
    """Cleaned spans of the figures in one sentence (years, dates, ordinals and names left out)."""
    return _figures_by_sentence(document)[sentence]


def _figures_by_sentence(document: Document) -> list[list[tuple[int, int]]]:
    """The figures of each sentence, found once per document (the extractor and the attribution engine's focus
    both read them); the lists are shared: do not change them."""
    figures: list[list[tuple[int, int]]] = by_identity(_FIGURES, document, lambda: _find_figures(document))
    return figures


_FIGURES: dict[int, tuple[Any, Any]] = {}  # by identity with the document


def _find_figures(document: Document) -> list[list[tuple[int, int]]]:
    """One pass over the whole text; each figure goes to the sentence it stands in."""
    text = document.text
    starts = [s.start for s in document.sentences]
    found: list[list[tuple[int, int]]] = [[] for _ in document.sentences]
    lowered = text.lower()
    # The patterns are written in lower case: searched in the lower-cased text they need no IGNORECASE, which
    # halves the time; offsets are the same unless lower-casing changed the length (then search the text).
    source, numeric, worded_pattern = (
        (lowered, _NUMERIC_LOWER, _WORDED_LOWER) if len(lowered) == len(text) else (text, _NUMERIC, _WORDED)
    )
    worded = worded_pattern.finditer(source) if any(hint in lowered for hint in _WORDED_HINTS) else iter(())
    found_all = [*_numeric_matches(numeric, source), *worded, *_quantities(text, lowered)]
    for match in sorted(found_all, key=lambda m: m.start()):
        start, end = match.span()
        if start > 0 and text[start - 1] == "." and (start < 2 or not text[start - 2].isalnum()):
            start -= 1  # ".15 percentage points": the share begins at its point, not at "15"
        index = bisect_right(starts, start) - 1
        if index < 0 or end > document.sentences[index].end:
            continue
        if text[start].isdigit() and not _is_figure(text, start, end, text[start:end]):
            continue
        if text[start] in "$€£¥" and _CONVERTED_BEFORE.search(text, max(0, start - 30), start):
            continue  # a currency conversion of the figure before it ("$50bn (£38bn)"): the same figure
        if _MEASURE_CONVERTED.search(text, max(0, start - 40), start) or _MARGIN_BEFORE.search(
            text, max(0, start - 40), start
        ):
            continue  # "117,000 acres burned (more than 182 square miles)"; "Trump carried it by 18 points"
        if _race_margin(text, start, end, document.sentences[index]):
            continue  # "DeSantis' lead has narrowed to .41 percentage points — about 33,000 votes": a count's result
        if _DISTANCE_UNIT.search(text, start, end) and _LOCATION_AFTER.match(text, end):
            continue  # where a place is ("20 miles north of Austin", "240 miles away"): an address, not a statistic
        sentence = document.sentences[index]
        if _TALLY_UNIT.match(text, _number_end(text, start)) and _VOTE_WORDS.search(text, sentence.start, sentence.end):
            continue  # "with 24 Republicans supporting it": the record of a vote
        if _PENALTY_AFTER.match(text, end) or _PENALTY_BEFORE.search(text, max(0, start - 40), start):
            continue  # "a $10,000 fine": the penalty the law sets
        if match.re in (_NUMERIC, _NUMERIC_LOWER) and match.group("noun") and not _counted(match.group()):
            continue
        if match.group().lower().startswith("doubled") and _DOUBLED_DOWN.match(text, end):
            continue
        if match.group().lower().startswith("exceed") and not any(
            c.isdigit() for c in text[sentence.start : sentence.end]
        ):
            continue  # "exceeded expectations": a comparison with no quantity in sight
        found[index].append((start, end))
    return found


def _number_end(text: str, start: int) -> int:
    """Where the number (with a currency sign) that starts at ``start`` ends."""
    match = _NUMBER.search(text, start)
    return match.end() if match is not None else start


def _quantities(text: str, lowered: str) -> list[re.Match[str]]:
    """Quantities in words, found in windows round their key words (looked for in the lowered text where
    lower-casing kept the offsets: a search with no IGNORECASE is several times faster)."""
    found: list[re.Match[str]] = []
    keys = _QUANTITY_KEY.finditer(lowered) if len(lowered) == len(text) else _QUANTITY_KEY_ANY_CASE.finditer(text)
    for key in keys:
        start = max(key.start() - _QUANTITY_REACH, found[-1].end() if found else 0)
        match = _QUANTITY.search(text, start, key.end() + _QUANTITY_REACH)
        if match is not None and match.start() <= key.start() < match.end():
            found.append(match)
    return found


def _numeric_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for ``_NUMERIC``, in time linear in the text.

    ``finditer`` would try every digit of a long number in turn, and each try reads
    the number to its end: a run of n digits cost n² steps. Here a try that fails at
    a digit skips the rest of its run of digits and commas, where every try would
    read to the same end and fail in the same way (the money branch starts at its
    currency sign, never at a digit).
    """
    position, end = 0, len(text)
    while position < end:
        candidate = _FIGURE_START.search(text, position)
        if candidate is None:
            return
        start = candidate.start()
        match = pattern.match(text, start)
        if match is not None:
            yield match
            position = match.end()
        elif text[start] in "$€£¥":
            position = start + 1
        else:
            position = _digits_and_commas_end(text, start)


def _digits_and_commas_end(text: str, start: int) -> int:
    """Where the run of digits and commas that starts at ``start`` ends."""
    after = _NOT_DIGIT_OR_COMMA.search(text, start)
    return len(text) if after is None else after.start()


def _is_figure(text: str, start: int, end: int, figure: str) -> bool:
    before, after = text[max(0, start - 12) : start], text[end : end + 8]
    if _NAME_BEFORE.search(before) or _DATE_BEFORE.search(before) or _AFTER_NOT_FIGURE.match(after):
        return False
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-/#:"):
        return False
    if _AGE_OR_TIME_BEFORE.search(before) or _MONTH_AFTER.match(after) or text[end : end + 1] == ":":
        return False  # an age ("aged 53"), a time ("3:30"), a date ("5 May")
    if _TALLY_BEFORE.search(text[max(0, start - 32) : start]) or _TALLY_AFTER.match(text[end : end + 12]):
        return False  # a vote tally ("52-48", "68 to 32 votes")
    if "%" in figure or "ercent" in figure:
        if _VOTE_SHARE_AFTER.match(text, end) or _VOTE_SHARE_BEFORE.search(text[max(0, start - 60) : start]):
            return False  # an election's result ("42% of the vote to Espy's 40%"): a tally, not a statistic
    digits = figure.replace(",", "")
    plain = digits.isdigit()
    if plain and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return False  # a year
    # a lone small number is rarely a statistic; read digit by digit (int() refuses over 4,300 digits)
    return not (plain and not any(map(int, digits[:-1])) and figure == digits)


def _counted(figure: str) -> bool:
    """Whether a number before a plural noun outside the known units is a count: two digits or more, not a
    year ("2016 elections")."""
    number = _NUMBER.match(figure)
    if number is None:
        return False
    digits = number.group().replace(",", "")
    whole = digits.split(".")[0]
    return len(whole) >= 2 and not (len(whole) == 4 and 1800 <= int(whole) <= 2100 and "." not in digits)


@lru_cache(maxsize=4096)
def _supported(numbers: frozenset[str], baseline: frozenset[str]) -> bool:
    """Whether every number is the baseline's, or a round figure for one of the baseline's ("nearly $400
    million" for its $391 million): at most two significant digits and within
    5 % of it (a figure 8 or 10 % away is another estimate: "95,000" is not "86,000")."""
    return all(number in baseline or _rounds(number, baseline) for number in numbers)


def _bound_met(text: str, start: int, end: int, number: str, baseline: str) -> bool:
    """Whether a round figure given as a bound ("fewer than 1,000 votes", "more than 200 people") holds for a
    number the baseline gives of the same thing: its "905 votes" for "fewer than 1,000 votes", its "214 people"
    for "more than 200 people" (at most half the bound away; the counted word must follow the baseline's number
    too: "fewer than 1,000 votes" is not its "905 miles")."""
    digits = number.replace(".", "").strip("0")
    if not number.isdigit() or len(digits) > 2 or int(number) < 20:
        return False
    bound = _BOUND_BEFORE.search(text, max(0, start - 20), start)
    unit = _UNIT.search(text, start, end)
    if bound is None or unit is None:
        return False
    value, below = int(number), bound.group(1).lower().split()[0] in _BELOW
    stem = unit.group(1).lower()[:4]
    for match in _COUNTED.finditer(baseline):
        if not match.group(2).lower().startswith(stem):
            continue
        b = int(match.group(1).replace(",", ""))
        if (value / 2 <= b <= value) if below else (value <= b <= value * 1.5):
            return True
    return False


_BELOW = frozenset({"fewer", "less", "under", "nearly", "almost", "up"})
_BOUND_BEFORE = re.compile(
    r"\b(fewer\s+than|less\s+than|under|nearly|almost|up\s+to|more\s+than|over|at\s+least)\s+$", re.I
)
_UNIT = re.compile(r"\d\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})")  # the counted word: "1,000 votes", "200 National Guard"
_COUNTED = re.compile(r"(?<![\d,.])(\d[\d,]*)\s+(?:[A-Za-z-]+\s+){0,2}?([A-Za-z]{4,})")


def _rounds(number: str, baseline: frozenset[str]) -> bool:
    if _DECIMAL.fullmatch(number):
        return any(_DECIMAL.fullmatch(b) and _same_when_rounded(number, b) for b in baseline)
    digits = number.replace(".", "").strip("0")
    if not number.isdigit() or len(digits) > 2 or int(number) < 20:
        return False  # a precise figure, a small count ("3 of 5"), or a key such as "w:dozen" or "x2"
    value = int(number)
    return any(b.isdigit() and int(b) > 0 and abs(value - int(b)) <= 0.05 * int(b) for b in baseline)


_DECIMAL = re.compile(r"\d+\.\d+")


def _same_when_rounded(number: str, other: str) -> bool:
    """Whether one decimal figure is the other rounded to its places: "$1.375 billion" and the baseline's "nearly
    $1.4 billion", "6.65" and "6.7" (two figures of the same places must be equal: "3.7%" is not "3.8%")."""
    places, other_places = len(number.split(".")[1]), len(other.split(".")[1])
    if places == other_places:
        return False
    fine, coarse = (number, other) if places > other_places else (other, number)
    step = Decimal(1).scaleb(-min(places, other_places))
    return Decimal(fine).quantize(step, rounding=ROUND_HALF_UP) == Decimal(coarse)


@lru_cache(maxsize=256)
def _numbers(text: str) -> frozenset[str]:
    """The numbers of a text, with its multipliers as numbers ("halved" and "cut in half" are both 0.5) and its
    quantities in words as keys ("w:dozen"); remembered for the last texts read (every version asks twice for
    the baseline's)."""
    found = {m.group().replace(",", "") for m in _NUMBER.finditer(text)}
    found.update(_spelled_numbers(text))
    if "ozen" in text or "illion" in text or "undred" in text or "housand" in text:
        found.update("w:" + m.group(1).lower() for m in _WORDED_QUANTITY.finditer(text))
    if any(hint in text for hint in ("half", "halve", "doubl", "twice", "tripl", "fold", "quadrupl", "times")):
        found.update(_MULTIPLIERS[m.group().lower().split()[0].replace("-", "")] for m in _MULTIPLIER.finditer(text))
    return frozenset(found)


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: A number in words, as news style spells it at a sentence's start and under ten: "Thirty-two states", "nine".
_SPELLED = re.compile(
    r"\b(?:("
    + "|".join(_TENS)
    + r")(?:[-\s]("
    + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|("
    + "|".join(_UNITS)
    + r"))\b",
    re.I,
)


def _spelled_numbers(text: str) -> set[str]:
    """The numbers a text writes in words, as digits ("Thirty-two" -> "32"): the baseline's "Thirty-two states"
    supports a version's "32 states"."""
    found = set()
    for match in _SPELLED.finditer(text):
        tens, unit, alone = match.groups()
        value = _TENS[tens.lower()] + (_UNITS[unit.lower()] if unit else 0) if tens else _UNITS[alone.lower()]
        if value > 1:  # "one" is as often a pronoun ("one of the officials") as a number
            found.add(str(value))
    return found


_MULTIPLIERS = {
    "halved": "x0.5", "cut": "x0.5", "half": "x0.5", "doubled": "x2", "twice": "x2", "twofold": "x2",
    "two": "x2", "tripled": "x3", "threefold": "x3", "three": "x3", "quadrupled": "x4",
    "fourfold": "x4", "four": "x4", "five": "x5", "ten": "x10", "tenfold": "x10", "fivefold": "x5",
}  # fmt: skip
_MULTIPLIER = re.compile(
    r"\b(?:halved|cut (?:it |them )?in half|doubled|twice (?:as|the)|tripled|quadrupled|(?:two|three|four|ten)-?fold|"
    r"(?:two|three|four|five|ten) times)\b",
    re.I,
)
_TALLY_BEFORE = re.compile(
    r"\d\s*(?:-|–|to)\s*$|(?<!from )(?<![\d.])\d[\d.]*\s*(?:%|percent)\s+to\s+$|"
    r"\b\d[\d,]*\s+(?:Republicans|Democrats|Conservatives|Labour|Liberals|independents|seats|votes|ayes|yeas)\s+to\s+$",
    re.I,
)
#: A share of an election's vote: "42% of the vote", "51 percent of the popular vote", and the rival's share after
#: it ("… of the vote to Espy's 40%").
_VOTE_SHARE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:votes?|precincts)\b", re.I)
_VOTE_SHARE_BEFORE = re.compile(r"\bof\s+the\s+(?:\w+\s+)?vote,?\s+(?:to|against|for)\s+(?:\S+\s+){0,3}$", re.I)
#: A distance that says where a place is: "20 miles north of Austin", "240 miles away", "5 km off the coast".
_DISTANCE_UNIT = re.compile(r"(?:miles?|kilometres?|kilometers?|km|mi)\W*$", re.I)
_LOCATION_AFTER = re.compile(
    r"\s*(?:\(\s*\d[\d.,]*\s*(?:km|kilometres?|kilometers?|miles?)\s*\)\s*)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\b|away\b|outside\b|off\b|offshore\b|inland\b|"
    r"(?:up|down)(?:river|stream)\b|short\s+of\b|beyond\b)",
    re.I,
)
#: A money figure converted into another currency right after it, in brackets: "$50bn (£38bn", "€2 million ($2.2".
_CONVERTED_BEFORE = re.compile(
    r"[$€£¥]\s?\d[\d.,]*\s*(?:[mb]n|[mb]|bn|million|billion|trillion)?\s*\(\s*(?:about\s+)?$", re.I
)
#: A measure converted into another unit right after it, in brackets: "117,000 acres (more than 182 square miles".
_MEASURE_CONVERTED = re.compile(
    r"\d[\d.,]*\s*(?:acres|hectares|square\s+(?:miles|kilometers|kilometres)|sq\.?\s*(?:mi|km)|miles|kilometers|"
    r"kilometres|km|pounds|kilograms|kg|tons|tonnes|feet|meters|metres)\b[^()]{0,20}\(\s*(?:about\s+|more\s+than\s+|"
    r"nearly\s+|roughly\s+|almost\s+)?$",
    re.I,
)


def _race_margin(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Whether a share, points or a number of votes is a race's margin in a sentence about a count or a race: after
    "led … by", "a lead of", "narrowed to", "a margin of", "ahead by", or before "lead", "margin", "separating"
    ("Scott's lead had narrowed to .15 percentage points, or about 12,500 votes", "a 0.07 percentage point lead"):
    the result of a count, which the gold leaves out like a tally."""
    if not _MARGIN_UNIT.search(text, start, end):
        return False
    if not (_LEAD_BEFORE.search(text, max(sentence.start, start - 60), start) or _LEAD_AFTER.match(text, end)):
        return False
    return _RACE_WORDS.search(text, sentence.start, sentence.end) is not None


#: The units of a race's margin: a share, points, votes or ballots.
_MARGIN_UNIT = re.compile(r"(?:%|percent|per\s+cent|points?|votes|ballots)$", re.I)
_LEAD_BEFORE = re.compile(
    r"\b(?:(?:led|leads|leading|lead|ahead|trailed|trails|trailing|behind|topped|tops|beat|beats|defeated|won|"
    r"narrowed|shrunk|shrank|grew|widened|margin)\b[^.;:!?]{0,50}?\b(?:by|to|of|at|was|is)|margin\s+(?:of|was|is)|"
    r"lead\s+(?:of|is|was|stood\s+at|stands\s+at)|"
    # the same margin again, in votes: ".15 percentage points, or about 12,500 votes", "— about 33,000 votes"
    r"(?:points?|percent|%)\s*(?:,\s*or|—|–)\s*(?:about|roughly|nearly|some)?)\s*(?:(?:about|roughly|nearly|almost|only|just|some|a\s+mere|"
    r"more\s+than|less\s+than|fewer\s+than|a\s+little\s+(?:over|under|more\s+than)|over|under)\s+)?"
    r"(?:\.\s*)?$",
    re.I,
)
_LEAD_AFTER = re.compile(r"\s+(?:lead|margin|edge|advantage|separating|ahead)\b", re.I)
_RACE_WORDS = re.compile(
    r"\b(?:votes?|ballots?|recounts?|race|races|election|elections|electoral|primary|runoff|governor|gubernatorial|"
    r"senate|tally|counted|count|precincts|polls?|lead|led|leads|margin)\b",
    re.I,
)
#: An election's margin: "Trump carried it by 18 points", "won the state by 4 points".
_MARGIN_BEFORE = re.compile(r"\b(?:carried|won|lost|took|swept)\s+(?:[\w'’-]+\s+){0,3}by\s+$", re.I)
_TALLY_AFTER = re.compile(r"^\s*(?:-|–)\s*\d|^\s+to\s+\d")
_AGE_OR_TIME_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$|\d:$", re.I)
_MONTH_AFTER = re.compile(rf"^\s(?:{_MONTHS})\b", re.I)


def _source(document: Document, sentence: int, speech: Speech | None) -> SourceRef | None:
    """The named source of the sentence or of the next one in its paragraph ("…, the ministry said.") by the
    older patterns, else by the attribution engine (which parsed the figure's sentence and the one before it): a
    source in the sentence or the one before it in its paragraph; a vague source ("analysts say", "one source")
    does not count.
    """
    found = _pattern_source(document, sentence)
    if speech is None or found is not None:
        return found
    sentences = document.sentences
    for index in (sentence, sentence - 1):
        if 0 <= index < len(sentences) and sentences[index].paragraph == sentences[sentence].paragraph:
            span = sentences[index]
            named = [s for s in sentence_sources(speech, span.start, span.end) if s.named]
            if named:
                return named[0]
    return None


def _pattern_source(document: Document, sentence: int) -> SourceRef | None:
    for index in (sentence, sentence + 1):
        if index < len(document.sentences) and (name := document.attribution(index)) is not None:
            if index == sentence or document.sentences[index].paragraph == document.sentences[sentence].paragraph:
                span = document.sentences[index]
                return SourceRef(span.start, span.end, name, "unknown", name, name != "pronoun")
    return None


def _credited_speaker(document: Document, sentence: int, speakers: set[str], source: SourceRef | None) -> str | None:
    """A baseline speaker the sentence credits with its content ("Rutte emphasized …"), if any: the sentence's
    source must be that speaker. A speaker the sentence only mentions is not credited with its figures ("A
    Quinnipiac poll showed that Bloomberg had gained 14 points": the poll's; "Superintendent Eddie Johnson
    told …, adding that the actor paid $3,500": Johnson's, not the actor's)."""
    if source is None:
        return None
    own = {
        word.lower().strip(".,'’").removesuffix("'s").removesuffix("’s")
        for word in f"{source.text} {source.speaker}".split()
    }
    named = speakers & document.word_sets[sentence] & own
    return min(named) if named else None


def _figure_type(figure: str) -> str:
    lowered = figure.lower()
    if any(symbol in figure for symbol in "$€£¥") or "dollars" in lowered or "euros" in lowered:
        return "money"
    if "%" in figure or "percent" in lowered or "per cent" in lowered:
        return "percentage"
    if any(word in lowered for word in ("doubled", "tripled", "fold", "times", "halved", "quadrupled")):
        return "multiplier"
    return "count" if any(c.isdigit() for c in figure) else "comparison"
