"""Headlines and standfirsts, compared as their own unit with the baseline's.

Much framing lives in a headline ("Activist Left Gets Monster Scalp"), and a headline
is not a sentence the aligner can match: it summarises. A document's headline is its
``title`` (the JSON Lines or manifest field of the version) or else the heading lines
that open its text (short lines without a final full stop, the first one set as a
headline); the standfirst lines under it count with it. The version's headline is
compared with the baseline's headline, in meaning (cosine of their embeddings) and in
words (Dice of content words), and with the baseline's whole text:

- scores: ``distance`` (1 − cosine with the baseline's headline, NaN when either has
  none), ``word_overlap`` (Dice of content words), ``loaded_count`` (words of framing's
  ``loaded`` lexicon in the headline that the baseline's headline does not use);
- a finding (``added_framing``, category ``headline``) for a heading line in the text
  that neither the baseline's headline nor any baseline sentence comes near in meaning:
  the headline tells a story the baseline does not. A headline given only as a ``title``
  field has no place in the text to pin a finding to, so it is scored, not flagged.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..kinds import FeatureSpec
from ..lexicon import load_lexicon
from ..meaning import sentence_embeddings, text_embedding
from ..records import Document, Finding, Sentence
from ..segment import content_terms
from ..structure import FURNITURE
from .base import Context, Extractor, Result, check_number, register

__all__ = ["Headline", "headline_text"]

OFF_STORY = 0.5  # a heading line whose best cosine with the baseline's headline and sentences is below this


def headline_text(document: Document) -> str | None:
    """The document's headline: its ``title`` field, else the heading lines that open its text."""
    if document.version.title and document.version.title.strip():
        return document.version.title.strip()
    lines = [document.sentence_text(s.index) for s in _opening_headings(document)]
    return " ".join(lines) if lines else None


def _opening_headings(document: Document) -> list[Sentence]:
    """The heading lines that open the text, less page furniture among them (a caption, a notice)."""
    found = []
    for sentence in document.sentences:
        if not sentence.heading:
            break
        block = document.blocks.at(sentence.start) if document.blocks else None
        if block is None or block.kind not in FURNITURE:
            found.append(sentence)
    return found


@register
class Headline(Extractor):
    """The version's headline against the baseline's: meaning, words, loaded wording; off-story headings."""

    name = "headline"
    kinds = ("added_framing",)
    features = (
        FeatureSpec("distance", "headline's distance in meaning"),
        FeatureSpec("word_overlap", "headline words shared with the baseline's"),
        FeatureSpec("loaded_count", "loaded words in the headline"),
    )
    description = "The headline and standfirst compared with the baseline's: meaning, shared words, loaded words."

    def __init__(self, *, off_story: float = OFF_STORY) -> None:
        """``off_story``: a heading line whose best cosine with the baseline's headline and sentences is below
        this is reported as added framing."""
        self.off_story = check_number("Headline", "off_story", off_story, 0.0, 1.0)

    def extract(self, context: Context) -> Result:
        document, baseline = context.document, context.baseline
        mine, theirs = headline_text(document), headline_text(baseline)
        nan = math.nan
        if context.alignment is None:
            return Result(
                scores={
                    "distance": 0.0 if mine else nan,
                    "word_overlap": 1.0 if mine else nan,
                    "loaded_count": 0.0 if mine else nan,
                }
            )
        if mine is None:
            return Result(scores={"distance": nan, "word_overlap": nan, "loaded_count": nan})
        scores = {"distance": nan, "word_overlap": nan, "loaded_count": float(len(_loaded(mine, theirs)))}
        if theirs is not None:
            scores["distance"] = round(max(0.0, 1.0 - float(text_embedding(mine) @ text_embedding(theirs))), 12)
            a, b = set(content_terms(mine)), set(content_terms(theirs))
            scores["word_overlap"] = 2 * len(a & b) / (len(a) + len(b)) if a or b else nan
        return Result(findings=tuple(self._off_story(document, baseline, theirs)), scores=scores)

    def _off_story(self, document: Document, baseline: Document, theirs: str | None) -> list[Finding]:
        """Heading lines of the text that nothing in the baseline comes near in meaning."""
        headings = _opening_headings(document)
        if not headings or not baseline.sentences:
            return []
        references = sentence_embeddings(baseline)
        if theirs is not None:
            references = np.vstack([references, text_embedding(theirs)[None, :]])
        mine = sentence_embeddings(document)
        found = []
        for sentence in headings:
            best = float(np.einsum("id,d->i", references, mine[sentence.index]).max())  # no BLAS threads
            if best < self.off_story and mine[sentence.index].any():
                who = _credited(document, sentence.index)
                found.append(
                    document.finding(
                        "added_framing",
                        sentence.start,
                        sentence.end,
                        "This headline line says something that neither the baseline's headline nor its text says.",
                        extractor=self.name,
                        sentence=sentence.index,
                        category="headline",
                        attributed=who is not None,
                        source=who,
                        weight=0.3 if who is not None else 1.0,
                        nearest_cosine=round(best, 4),
                    )
                )
        return found


_QUOTED_WORDS = 3  # a quotation longer than this in a headline line carries the line's claim


def _credited(document: Document, sentence: int) -> str | None:
    """Who a headline line credits its claim to: a source it names ("NGOs say reuniting families is …"), or the
    speaker of a quotation it carries ("Families divided: 'The most horrific policy I've ever seen'"); None
    when the line speaks in the outlet's own voice."""
    named = document.attribution(sentence)
    if named is not None:
        return named
    quote = document.first_quotes.get(sentence)
    if quote is not None and len(document.text[quote.start : quote.end].split()) > _QUOTED_WORDS:
        return quote.speaker or "someone it quotes"
    quotes = document.quote_lookup
    for start, end, _ in document.hits.report_verbs.get(sentence, ()):
        if quotes is None or quotes.at(start, end) is None:
            return "someone it reports"  # "Officials To Testify Giuliani Was Seen As …", "… saying he was …"
    line = document.sentence_text(sentence)
    if _HEADLINE_SAYS.search(_HEADLINE_QUOTE.sub("", line)):
        return "someone it reports"  # headline verbs of saying: "Officials To Testify …", "Mayor Warns …"
    quoted = _HEADLINE_QUOTE.search(line)  # headlines quote in single marks too
    if quoted is not None and len(quoted.group(1).split()) > _QUOTED_WORDS:
        return "someone it quotes"
    return None


_HEADLINE_SAYS = re.compile(
    r"\b(?:says?|said|saying|testif(?:y|ies|ied)|tells?|told|warns?|claims?|insists?|vows?|urges?|accuses?|denies|"
    r"admits?|argues?|believes?|thinks?|fears?|predicts?|calls? for|according to)\b",
    re.I,
)
_HEADLINE_QUOTE = re.compile(r"(?:^|(?<=[\s:—–-]))['‘\"“](.+?)['’\"”](?=$|[\s,.;:!?])")


def _loaded(mine: str, theirs: str | None) -> list[str]:
    """Loaded words of the headline that the baseline's headline does not use."""
    lexicon = load_lexicon("loaded")
    used = {text.lower() for _, _, text in _hits(lexicon, theirs)} if theirs else set()
    return [text for _, _, text in _hits(lexicon, mine) if text.lower() not in used]


def _hits(lexicon: object, text: str) -> list[tuple[int, int, str]]:
    return [(start, end, text[start:end]) for start, end, _ in lexicon.finditer(text)]  # type: ignore[attr-defined]
