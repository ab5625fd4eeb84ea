"""One definition of each kind of finding and of each feature of the divergence index.

A :class:`KindSpec` says what a kind of finding is called and means, in the plain
words the reports use; a :class:`FeatureSpec` says what a score is called, its
unit, its default weight and scale in the divergence index, and how charts draw
it. The records, the divergence index and the report layer read these specs and
nothing else, so adding a kind or a feature is done in one place: the built-in
kinds below, or an extractor's ``kind_specs`` and ``features`` (see
:mod:`framing.extractors.base`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import ConfigError

__all__ = [
    "KindSpec",
    "FeatureSpec",
    "BUILTIN_KINDS",
    "FINDING_KINDS",
    "kind_spec",
    "register_kind",
    "registered_kinds",
    "feature_label",
]


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How one kind of finding is named and explained (for a 16-year-old reader)."""

    name: str  # the identifier in the report contract, e.g. "hedge"
    label: str  # short name for tables and charts
    one: str  # for a count of one: "1 line of boilerplate"
    plural: str  # for other counts: "3 lines of boilerplate"
    meaning: str  # one or two plain sentences
    limits: str  # what the rule cannot tell
    question: str  # a question to ask students
    colour: str = "#999999"  # where a chart or a report draws the kind
    hatch: str = ""  # its hatching, for greyscale print

    def count_phrase(self, count: int) -> str:
        """``"1 hedge"``, ``"3 hedges"``."""
        return f"{count} {self.one if count == 1 else self.plural}"


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """A score an extractor (or the alignment) emits, and its part in the divergence index.

    ``name`` is the short name an extractor returns (``"per_100_words"``); the
    comparison prefixes it with the extractor's name (``hedge__per_100_words``).
    A feature whose name ends in ``_share`` is a share in 0..1 and is used as it
    is; any other weighted feature is a rate that saturates as ``x / (x + scale)``.
    """

    name: str
    label: str  # plain words: "added hedges"
    weight: float = 0.0  # default weight in the divergence index (0: reported, not weighted)
    scale: float | None = None  # the rate that counts half its weight (rates only)
    colour: str = "#999999"
    hatch: str = ""

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ConfigError(f"The 'name' of a FeatureSpec must be an identifier. Got {self.name!r} instead.")
        for field_name, value in (("weight", self.weight), ("scale", self.scale)):
            if value is not None and (not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0):
                raise ConfigError(
                    f"The '{field_name}' of feature {self.name!r} must be a finite number ≥ 0. Got {value!r} instead."
                )

    @property
    def is_share(self) -> bool:
        return self.name.endswith("_share")

    def unit(self, scale: float | None = None) -> str:
        """How the index reads the feature: ``"share, used as it is"`` or ``"0.5 per 100 words counts half"``."""
        if self.is_share:
            return "share, used as it is"
        value = self.scale if scale is None else scale
        value = 1.0 if value is None else value
        if "share" in self.name.split("_"):  # a share the index squeezes like a rate (omission's share_of_baseline)
            return f"share, as share / (share + {value:g})"
        return f"{value:g} per 100 words counts half"


_OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")

BUILTIN_KINDS: tuple[KindSpec, ...] = (
    KindSpec(
        "boilerplate",
        "boilerplate",
        "line of boilerplate",
        "lines of boilerplate",
        "Text on the page that is not part of the story: copyright lines, bylines, the date a page was saved, "
        "error messages. framing sets it aside before comparing.",
        "Found by patterns; an unusual notice can slip through, and a real sentence that looks like a notice "
        "can be set aside.",
        "Why is this text on the page? Who put it there, and does a reader need it?",
        "#BBBBBB",
        "---",
    ),
    KindSpec(
        "duplicate_passage",
        "repeated passage",
        "repeated passage",
        "repeated passages",
        "A paragraph that appears twice in the same version, often a copy-and-paste slip.",
        "Only exact or near-exact repeats of a whole paragraph are found.",
        "Does the repeat change what a reader remembers from the story?",
        "#DDDDDD",
        "|||",
    ),
    KindSpec(
        "omission",
        "left out",
        "baseline sentence left out",
        "baseline sentences left out",
        "A sentence of the baseline that this version does not contain, in the same or other words.",
        "A sentence said in very different words may count as left out; leaving things out is normal when a "
        "story is shortened.",
        "What does a reader of this version not learn? Does the missing sentence say who said something, or "
        "give background or a limit?",
        "#999999",
        "\\\\\\",
    ),
    KindSpec(
        "hedge",
        "hedge",
        "hedge",
        "hedges",
        "A word that makes a claim less certain, such as 'may', 'reportedly' or 'could'.",
        "Found from a word list; it cannot tell whether the doubt is fair.",
        "Is the claim more or less certain than in the baseline? Who decided that?",
        _OKABE_ITO[6],
        "+++",
    ),
    KindSpec(
        "vague_attribution",
        "vague source",
        "vague source",
        "vague sources",
        "A claim credited to people who are not named, such as 'experts say' or 'critics argue'.",
        "Found from a list of phrases; sometimes a source cannot be named for good reasons.",
        "Who might these people be? Could a reader check what they said?",
        _OKABE_ITO[3],
        "ooo",
    ),
    KindSpec(
        "loaded_word",
        "loaded word",
        "loaded word",
        "loaded words",
        "A word that carries a feeling or a judgement, for example 'slammed' where 'criticised' would do.",
        "Found from a word list and a model trained on news articles marked by people; whether a word is "
        "loaded depends on context, which neither sees fully.",
        "Which plainer word could be used here? How does the feeling of the sentence change?",
        _OKABE_ITO[5],
        "xxx",
    ),
    KindSpec(
        "unsourced_statistic",
        "number without a source",
        "number without a source",
        "numbers without a source",
        "A figure (a percentage, an amount, a count) with no source named near it.",
        "It looks for a source in the same or next sentence only; a source given elsewhere is missed.",
        "Where could this number come from? How would you check it?",
        _OKABE_ITO[2],
        "...",
    ),
    KindSpec(
        "added_framing",
        "added framing",
        "sentence of added framing",
        "sentences of added framing",
        "A sentence that is not in the baseline and tells the reader how to see the story (background, an "
        "opinion or a prediction) without saying who says so.",
        "It cannot tell true background from opinion; it only notices that nobody is named as the source.",
        "Is this a fact, an opinion or a prediction? Who is speaking?",
        _OKABE_ITO[0],
        "///",
    ),
    KindSpec(
        "altered_quote",
        "changed quotation",
        "changed quotation",
        "changed quotations",
        "A quotation whose words differ from the same person's quotation in the baseline.",
        "Small changes (spelling, a shortened quote) count too; the meaning may or may not change.",
        "Compare the two wordings. Does the meaning change?",
        _OKABE_ITO[4],
        "\\\\",
    ),
    KindSpec(
        "unmatched_quote",
        "quotation not in the baseline",
        "quotation not in the baseline",
        "quotations not in the baseline",
        "A quotation that the baseline does not have. It may come from other reporting; it cannot be checked "
        "against the baseline.",
        "A quotation reworded beyond recognition also lands here.",
        "Where could this quotation come from? Can you find it anywhere else?",
        _OKABE_ITO[1],
        "oo",
    ),
)

_KINDS: dict[str, KindSpec] = {spec.name: spec for spec in BUILTIN_KINDS}

#: The kinds of finding of the report contract (``framing.report/1``), in report order.
FINDING_KINDS: tuple[str, ...] = tuple(_KINDS)


def register_kind(spec: KindSpec) -> KindSpec:
    """Add a kind (from a plug-in extractor's ``kind_specs``); a second, different spec for a name is refused."""
    existing = _KINDS.get(spec.name)
    if existing is not None and existing != spec:
        raise ConfigError(
            f"E005: the kind {spec.name!r} is already defined ({existing.label!r}); give the new kind another name."
        )
    _KINDS[spec.name] = spec
    return spec


def registered_kinds() -> tuple[str, ...]:
    """Every kind: the built-in ones in report order, then those plug-ins added, by name."""
    extra = sorted(set(_KINDS) - set(FINDING_KINDS))
    return (*FINDING_KINDS, *extra)


def kind_spec(kind: str) -> KindSpec:
    """The spec of ``kind``; a kind nobody defined gets one made from its identifier."""
    known = _KINDS.get(kind)
    if known is not None:
        return known
    name = kind.replace("_", " ")
    return KindSpec(
        kind,
        name,
        f"{name} finding",
        f"{name} findings",
        f"Findings of the kind '{name}'.",
        "",
        "What do you notice here?",
    )


def feature_label(name: str, specs: Mapping[str, FeatureSpec] | None = None) -> str:
    """Plain words for a full feature name such as ``hedge__added_per_100_words``."""
    spec = (specs or {}).get(name)
    if spec is not None:
        return spec.label
    extractor, _, feature = name.partition("__")
    feature = feature.replace("per_100_words", "per 100 words").replace("_", " ")
    return f"{extractor.replace('_', ' ')}: {feature}" if feature else extractor.replace("_", " ")
