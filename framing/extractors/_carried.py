"""What a version's rendering of a baseline sentence leaves out: its attribution, a qualifier, a number.

A version that rewrites a baseline sentence in its own words (a ``paraphrase`` link below
``REWRITTEN`` in shared words: one that the aligner's meaning signal made, where words
alone would have left the sentence omitted) keeps its content, so the sentence is not
omitted; but the
rewriting may drop who said it ("…, Rutte said"), a word that limits the claim ("may",
"about", "not") or a figure. Each such loss is an ``omission`` finding on the baseline
sentence, with ``carried_by`` (the version sentences that render it) and ``dropped``. A
baseline sentence that two links reach (rendered twice, or also copied) is left alone.
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import Finding, Link
from ..segment import words
from ._quote_cuts import MEANING_WORDS
from .base import Context

__all__ = ["carried_with_losses", "reworded", "REWRITTEN"]

REWRITTEN = 0.5  # links whose Dice of content words is below this were rewritten, not copied
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|according to|stated|noted|warned|stressed|announced)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")  # 73, 3.4, 1,200; not the 4 of "IP4"
_MONTH = re.compile(r"\bmay(?= \d| of \d)", re.I)  # the month: "May 2017", "May 5", "May of 2019"
_QUALIFIERS = MEANING_WORDS["qualifier"] | MEANING_WORDS["negation"]


def reworded(link: Link | None) -> bool:
    """True for a link the aligner's meaning signal made: a ``paraphrase`` with few words in common.

    What such a rewording drops from its baseline sentences (who said it, a qualifier
    or hedge, a figure) is reported once, here, as an omission with ``carried_by``; the
    hedge and vague-attribution extractors leave those sentences' losses to it.
    """
    return link is not None and link.label == "paraphrase" and link.lexical < REWRITTEN


def carried_with_losses(context: Context, extractor: str) -> list[Finding]:
    """One finding per rewritten baseline sentence whose rendering drops an attribution, qualifier or number."""
    if context.alignment is None:
        return []
    baseline, document = context.baseline, context.document
    reached = Counter(b for link in context.alignment.links for b in link.baseline_sentences)
    found, seen = [], {b for b, links in reached.items() if links > 1}  # rendered twice, or copied elsewhere too
    for link in context.alignment.links:
        if not reworded(link):  # only what the meaning signal linked
            continue
        mine = " ".join(document.sentence_text(v) for v in link.version_sentences)
        for b in link.baseline_sentences:
            if baseline.sentences[b].heading or b in seen:
                continue
            seen.add(b)
            hedges = [baseline.text[start:end].lower() for start, end, _ in baseline.hits.hedges.get(b, ())]
            dropped = _dropped(baseline.sentence_text(b), mine, hedges)
            if dropped:
                found.append(_finding(context, extractor, b, link.version_sentences, dropped))
    return found


def _dropped(theirs: str, mine: str, hedges: list[str]) -> dict[str, list[str]]:
    """The baseline sentence's attribution, qualifiers (its hedges among them) and numbers that the version's
    text lacks."""
    dropped: dict[str, list[str]] = {}
    said = _ATTRIBUTION.search(theirs)
    if said and not _ATTRIBUTION.search(mine):
        dropped["attribution"] = [said.group(0)]
    own = set(words(mine))
    undated = _MONTH.sub(" ", theirs)  # "in May 2017" is a date, not a qualifier
    qualifiers = [w for w in dict.fromkeys(words(undated)) if w in _QUALIFIERS and w not in own]
    qualifiers += [h for h in dict.fromkeys(hedges) if h not in qualifiers and not set(words(h)) <= own]
    if qualifiers:
        dropped["qualifier"] = qualifiers
    numbers = set(_NUMBER.findall(mine))
    figures = [n for n in dict.fromkeys(_NUMBER.findall(theirs)) if n.rstrip(".,") and n not in numbers]
    if figures:
        dropped["number"] = figures
    return dropped


def _finding(
    context: Context, extractor: str, index: int, carriers: tuple[int, ...], dropped: dict[str, list[str]]
) -> Finding:
    baseline = context.baseline
    sentence = baseline.sentences[index]
    text = baseline.sentence_text(index)
    parts = {"attribution": "who said it", "qualifier": "a word that limits the claim", "number": "a figure"}
    lost = ", ".join(f"{parts[k]} ({', '.join(v)})" for k, v in dropped.items())
    return baseline.finding(
        "omission",
        sentence.start,
        sentence.end,
        f"This version says this in its own words but leaves out {lost}.",
        extractor=extractor,
        baseline_text=text,
        sentence=index,
        weight=1.0 if "attribution" in dropped else 0.5,
        in_baseline=True,
        carried_attribution="attribution" in dropped,
        carried_context=False,
        carried_by=list(carriers),
        dropped=dropped,
    )
