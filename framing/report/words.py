"""Plain words for the report: what each kind of finding and each measure means.

Everything a reader sees is written for a 16-year-old: plain words, no jargon
without an explanation, and no verdict on any outlet — the report describes
texts. Kinds and measures that are not listed here (new extractors) still get a
readable name made from their identifier.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "KindText",
    "KINDS",
    "kind_text",
    "kind_label",
    "count_phrase",
    "feature_label",
    "LINK_LABELS",
    "COVERAGE_LABELS",
    "version_name",
    "percent",
]


@dataclass(frozen=True, slots=True)
class KindText:
    """How the report names and explains one kind of finding."""

    label: str  # short name for tables and charts
    one: str  # for a count of one: "1 line of boilerplate"
    plural: str  # for other counts: "3 lines of boilerplate"
    meaning: str  # one or two plain sentences
    limits: str  # what the rule cannot tell
    question: str  # a question to ask students


KINDS: dict[str, KindText] = {
    "boilerplate": KindText(
        "boilerplate", "line of boilerplate", "lines of boilerplate",
        "Text on the page that is not part of the story: copyright lines, bylines, the date a page was saved, "
        "error messages. framing sets it aside before comparing.",
        "Found by patterns; an unusual notice can slip through, and a real sentence that looks like a notice "
        "can be set aside.",
        "Why is this text on the page? Who put it there, and does a reader need it?",
    ),
    "duplicate_passage": KindText(
        "repeated passage", "repeated passage", "repeated passages",
        "A paragraph that appears twice in the same version, often a copy-and-paste slip.",
        "Only exact or near-exact repeats of a whole paragraph are found.",
        "Does the repeat change what a reader remembers from the story?",
    ),
    "omission": KindText(
        "left out", "baseline sentence left out", "baseline sentences left out",
        "A sentence of the baseline that this version does not contain, in the same or other words.",
        "A sentence said in very different words may count as left out; leaving things out is normal when a "
        "story is shortened.",
        "What does a reader of this version not learn? Does the missing sentence say who said something, or "
        "give background or a limit?",
    ),
    "hedge": KindText(
        "hedge", "hedge", "hedges",
        "A word that makes a claim less certain, such as 'may', 'reportedly' or 'could'.",
        "Found from a word list; it cannot tell whether the doubt is fair.",
        "Is the claim more or less certain than in the baseline? Who decided that?",
    ),
    "vague_attribution": KindText(
        "vague source", "vague source", "vague sources",
        "A claim credited to people who are not named, such as 'experts say' or 'critics argue'.",
        "Found from a list of phrases; sometimes a source cannot be named for good reasons.",
        "Who might these people be? Could a reader check what they said?",
    ),
    "loaded_word": KindText(
        "loaded word", "loaded word", "loaded words",
        "A word that carries a feeling or a judgement, for example 'slammed' where 'criticised' would do.",
        "Found from a word list and a model trained on news articles marked by people; whether a word is "
        "loaded depends on context, which neither sees fully.",
        "Which plainer word could be used here? How does the feeling of the sentence change?",
    ),
    "unsourced_statistic": KindText(
        "number without a source", "number without a source", "numbers without a source",
        "A figure (a percentage, an amount, a count) with no source named near it.",
        "It looks for a source in the same or next sentence only; a source given elsewhere is missed.",
        "Where could this number come from? How would you check it?",
    ),
    "added_framing": KindText(
        "added framing", "sentence of added framing", "sentences of added framing",
        "A sentence that is not in the baseline and tells the reader how to see the story (background, an "
        "opinion or a prediction) without saying who says so.",
        "It cannot tell true background from opinion; it only notices that nobody is named as the source.",
        "Is this a fact, an opinion or a prediction? Who is speaking?",
    ),
    "altered_quote": KindText(
        "changed quotation", "changed quotation", "changed quotations",
        "A quotation whose words differ from the same person's quotation in the baseline.",
        "Small changes (spelling, a shortened quote) count too; the meaning may or may not change.",
        "Compare the two wordings. Does the meaning change?",
    ),
    "unmatched_quote": KindText(
        "quotation not in the baseline", "quotation not in the baseline", "quotations not in the baseline",
        "A quotation that the baseline does not have. It may come from other reporting; it cannot be checked "
        "against the baseline.",
        "A quotation reworded beyond recognition also lands here.",
        "Where could this quotation come from? Can you find it anywhere else?",
    ),
}

#: Plain names of the alignment labels (rows of the side-by-side pages).
LINK_LABELS = {
    "same": "same",
    "paraphrase": "reworded",
    "partial": "partly shared",
    "added": "new",
    "omitted": "left out",
}

#: Plain names of the coverage shares.
COVERAGE_LABELS = {
    "same": "same wording",
    "paraphrase": "reworded",
    "partial": "partly shared",
    "added": "new text",
    "omitted": "baseline text left out",
}

_FEATURES = {
    "alignment__added_share": "new text",
    "alignment__derived_share": "text taken from the baseline",
    "alignment__kept_share": "baseline text kept",
    "omission__share_of_baseline": "baseline text left out",
    "added_framing__unattributed_per_100_words": "added framing with no source",
    "unsourced_statistic__per_100_words": "numbers without a source",
    "loaded_word__outlet_per_100_words": "loaded words",
    "loaded_word__swaps_per_100_words": "words swapped for loaded ones",
    "hedge__added_per_100_words": "added hedges",
    "vague_attribution__per_100_words": "vague sources",
    "quote__altered_per_100_words": "changed quotations",
    "quote__unmatched_per_100_words": "quotations not in the baseline",
}


def kind_text(kind: str) -> KindText:
    """The words for ``kind``; an unknown kind gets a name made from its identifier."""
    known = KINDS.get(kind)
    if known is not None:
        return known
    name = kind.replace("_", " ")
    return KindText(name, f"{name} finding", f"{name} findings", f"Findings of the kind '{name}'.", "",
                    "What do you notice here?")


def kind_label(kind: str) -> str:
    return kind_text(kind).label


def count_phrase(kind: str, count: int) -> str:
    """``"1 hedge"``, ``"3 hedges"``."""
    words = kind_text(kind)
    return f"{count} {words.one if count == 1 else words.plural}"


def feature_label(name: str) -> str:
    """A plain name for a score such as ``hedge__added_per_100_words``."""
    if name in _FEATURES:
        return _FEATURES[name]
    extractor, _, feature = name.partition("__")
    feature = feature.replace("per_100_words", "per 100 words").replace("_", " ")
    return f"{extractor.replace('_', ' ')}: {feature}" if feature else extractor.replace("_", " ")


def version_name(version_id: str, outlet: str | None) -> str:
    """``"version 003 (MENAFN)"`` or ``"version 004"``."""
    return f"version {version_id} ({outlet})" if outlet else f"version {version_id}"


def percent(share: float) -> str:
    """A share as a whole percentage; ``"n/a"`` when undefined."""
    if share != share:  # NaN
        return "n/a"
    value = round(100 * share)
    if value == 0 and share > 0:
        return "under 1%"
    return f"{value}%"
