"""Frozen records that flow through the pipeline.

Nothing here copies text around: sentences, quotes and findings refer to a
version's text by character offsets. ``Document`` holds the cleaned text and the
map back to the raw text, so every finding can be shown where it stands in the
file the user gave.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, InputError
from .kinds import FINDING_KINDS

if TYPE_CHECKING:
    import numpy as np

    from .lexicon import Entry, Tokens
    from .speech import QuoteSpans

__all__ = [
    "FINDING_KINDS",
    "Hit",
    "LexiconHits",
    "Version",
    "Story",
    "Removal",
    "CleanText",
    "Sentence",
    "Quote",
    "Document",
    "Block",
    "Blocks",
    "Link",
    "Alignment",
    "Finding",
]

Hit = tuple[int, int, "Entry"]  # a lexicon match: cleaned start, end, and the entry it matched


@dataclass(frozen=True, slots=True)
class Version:
    """One outlet's version of a story, as read from its file."""

    id: str
    raw: str
    outlet: str | None = None
    file: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        _check_fields(self, "Version", ("id", "raw"), ("outlet", "file", "title", "date", "url"))

    @property
    def label(self) -> str:
        """A display name: the outlet where known, else the version id."""
        return self.outlet or f"version {self.id}"


@dataclass(frozen=True, slots=True)
class Story:
    """Several versions of one story, and the baseline if one was named."""

    name: str
    versions: tuple[Version, ...]
    title: str | None = None
    baseline: str | None = None  # the version the story itself names as its baseline (a manifest, a story set)
    source: Path | None = None
    baseline_named_by: str | None = None  # who names it, for the reason a report gives ("the story's manifest …")

    def __post_init__(self) -> None:
        _check_fields(self, "Story", ("name",), ("title", "baseline"))
        if isinstance(self.versions, list):
            object.__setattr__(self, "versions", tuple(self.versions))
        if not isinstance(self.versions, tuple) or not all(isinstance(v, Version) for v in self.versions):
            raise ConfigError(
                "The 'versions' parameter of Story must be a tuple of framing.records.Version. "
                f"Got {type(self.versions).__name__} of {sorted({type(v).__name__ for v in self.versions})} instead."
            )
        ids = [v.id for v in self.versions]
        if len(ids) < 2:
            raise InputError(
                f"The 'versions' parameter of Story must hold at least two versions to compare. Got {len(ids)} "
                f"instead ({ids}); add the other outlets' versions."
            )
        if len(set(ids)) != len(ids):
            twice = sorted({i for i in ids if ids.count(i) > 1})
            raise InputError(
                f"The 'versions' parameter of Story must give each version its own id. Got {twice[0]!r} twice "
                "instead; rename one of them."
            )

    def version(self, version_id: str) -> Version:
        for version in self.versions:
            if version.id == version_id:
                return version
        raise KeyError(version_id)


def _check_fields(record: Any, kind: str, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
    """Refuse a record built by hand with a field of the wrong type, naming the field."""
    for name in required + optional:
        value = getattr(record, name)
        if not isinstance(value, str) and not (value is None and name in optional):
            expected = "a str" if name in required else "a str or None"
            got = type(value).__name__
            raise ConfigError(f"The {name!r} parameter of {kind} must be {expected}. Got {got} instead.")


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of the raw text that cleaning set aside (raw offsets)."""

    kind: str  # "boilerplate" or "duplicate_passage"
    start: int
    end: int
    reason: str
    category: str  # metadata, error_page, copyright, disclaimer, byline, ...
    original_start: int | None = None  # for a duplicate: where it first stood


@dataclass(frozen=True, slots=True)
class CleanText:
    """Cleaned text with, for each of its characters, the raw offset it came from."""

    text: str
    # len(text) + 1 raw offsets, the last the raw end: an array of machine integers (8 bytes a character, where a
    # tuple of int objects takes 36); any sequence of ints will do for a hand-made CleanText
    raw_index: Sequence[int] = field(hash=False)  # (an array cannot be hashed; equality still compares it)
    removals: tuple[Removal, ...] = ()
    credit: str | None = None  # a wire credit found in the text, e.g. "Associated Press"
    credit_evidence: str | None = None

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """A span of the cleaned text without the white space at its edges."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text to the raw text (white space at its edges left out)."""
        start, end = self.trim(start, end)
        if end <= start:
            position = self.raw_index[start]
            return position, position
        return self.raw_index[start], self.raw_index[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text (offsets into ``CleanText.text``)."""

    index: int
    start: int
    end: int
    paragraph: int
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: a quotation, or speech attributed without quotation marks."""

    start: int  # the words spoken, quotation marks excluded (cleaned offsets)
    end: int
    sentence: int
    speaker: str | None = None  # as written, e.g. "Mark Rutte"
    speaker_key: str | None = None  # for matching, e.g. "rutte"
    marked: bool = True  # False: speech without quotation marks


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the cleaned text that is not running story text: a headline, a caption, a promo, an
    embedded post… (kinds and what they mean: :mod:`framing.structure`)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Blocks:
    """A document's blocks in text order, with a look-up by position."""

    items: tuple[Block, ...] = ()
    starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.starts) != len(self.items):
            object.__setattr__(self, "starts", tuple(b.start for b in self.items))

    def __iter__(self) -> Iterator[Block]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def at(self, start: int, end: int | None = None) -> Block | None:
        """A block holding the span ``start:end`` (the character at ``start`` when no end)."""
        end = start + 1 if end is None else end
        index = bisect_right(self.starts, start) - 1
        # blocks nest at most one deep (an inline label or dateline inside a post), so two steps back suffice
        for block in self.items[max(0, index - 1) : index + 1][::-1]:
            if block.start <= start and end <= block.end:
                return block
        return None


_NO_HITS: Mapping[int, tuple[Hit, ...]] = {}


@dataclass(frozen=True, slots=True)
class LexiconHits:
    """Matches of the shipped lexicons, by sentence (only sentences that have one), found once per document.

    Extractors loop over these sentences rather than over every sentence: most
    sentences hold no hedge or loaded word at all. ``report_verbs`` holds the
    verbs that can credit a source (not the ``speech_only`` markers).
    """

    hedges: Mapping[int, tuple[Hit, ...]] = field(default_factory=dict)
    loaded: Mapping[int, tuple[Hit, ...]] = field(default_factory=dict)
    report_verbs: Mapping[int, tuple[Hit, ...]] = field(default_factory=dict)
    vague_sources: Mapping[int, tuple[Hit, ...]] = field(default_factory=dict)
    editorial: Mapping[int, tuple[Hit, ...]] = field(default_factory=dict)

    @staticmethod
    def names() -> tuple[str, ...]:
        """The lexicons matched (the field names)."""
        return ("hedges", "loaded", "report_verbs", "vague_sources", "editorial")


@dataclass(frozen=True, slots=True)
class Document:
    """A version cleaned and segmented, with everything later stages read from its text.

    Made by :func:`framing.prepare.prepare`, in one place; nothing later writes into it.
    Every field is derived from ``version.raw``; all offsets index ``clean.text``.
    """

    version: Version
    clean: CleanText
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]  # reported speech (framing.speech), in text order
    word_count: int
    terms: tuple[frozenset[str], ...] = ()  # stemmed content words of each sentence (the unit of alignment)
    tokens: Tokens | None = field(default=None, compare=False, repr=False)  # the lexicons' words of the text
    sentence_words: tuple[Sequence[str], ...] = field(default=(), compare=False, repr=False)  # lower-cased words
    word_sets: tuple[frozenset[str], ...] = field(default=(), compare=False, repr=False)  # the same, as sets
    hits: LexiconHits = field(default_factory=LexiconHits, compare=False, repr=False)
    attributions: tuple[str | None, ...] = field(default=(), compare=False, repr=False)  # source each sentence names
    first_quotes: Mapping[int, Quote] = field(default_factory=dict, compare=False, repr=False)  # by sentence
    vague: Mapping[int, tuple[tuple[int, int], ...]] = field(default_factory=dict, compare=False, repr=False)
    quote_lookup: QuoteSpans | None = field(default=None, compare=False, repr=False)  # quotes by position
    # the word pieces of each sentence in the sentence model (framing.models.sentences), and the sentences'
    # embeddings made from them (sentences x dims, unit length; framing.meaning reads them)
    pieces: tuple[tuple[int, ...], ...] = field(default=(), compare=False, repr=False)
    embeddings: np.ndarray | None = field(default=None, compare=False, repr=False)
    # headline, standfirst, subheads, captions, promos, notices, embedded posts… (framing.structure)
    blocks: Blocks = field(default_factory=Blocks, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the text, lower-cased."""
        return frozenset().union(*self.word_sets)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.clean.text[sentence.start : sentence.end]

    def attribution(self, sentence: int) -> str | None:
        """The source sentence ``sentence`` names ("pronoun" for he/she/they), if any."""
        return self.attributions[sentence] if sentence < len(self.attributions) else None

    def raw_span(self, finding: Finding) -> tuple[int, int]:
        """Where a finding on this document stands in the file as read (raw offsets)."""
        return finding.removed or self.clean.to_raw(finding.start, finding.end)

    def sentence_at(self, position: int) -> int | None:
        """Index of the sentence holding cleaned offset ``position``, if any."""
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence.index
        return None

    def finding(
        self,
        kind: str,
        start: int,
        end: int,
        explanation: str,
        *,
        extractor: str,
        baseline_text: str | None = None,
        sentence: int | None = None,
        weight: float = 1.0,
        in_baseline: bool = False,
        **details: Any,
    ) -> Finding:
        """A finding on the cleaned span ``start:end`` (white space at its edges left out); ``in_baseline``
        when this document is the baseline and the finding is about what a version leaves out of it."""
        start, end = self.clean.trim(start, end)
        return Finding(
            kind=kind,
            start=start,
            end=end,
            text=self.clean.text[start:end],
            explanation=explanation,
            baseline_text=baseline_text,
            extractor=extractor,
            sentence=self.sentence_at(start) if sentence is None else sentence,
            weight=weight,
            in_baseline=in_baseline,
            details=details,
        )


@dataclass(frozen=True, slots=True)
class Link:
    """Version sentences and the baseline sentences they derive from."""

    label: str  # same, paraphrase, partial, added
    version_sentences: tuple[int, ...]
    baseline_sentences: tuple[int, ...]
    score: float  # similarity in 0..1 (0 for added)
    lexical: float = 0.0  # Dice of the content words of the linked sentences (0 for added)
    semantic: float = 0.0  # cosine of their sentence embeddings (framing.meaning; 0 for added)


@dataclass(frozen=True, slots=True)
class Alignment:
    """How one version's sentences map onto the baseline's."""

    links: tuple[Link, ...]
    omitted: tuple[int, ...]  # baseline sentences with no counterpart
    derived_share: float  # share of the version's words in sentences derived from the baseline
    kept_share: float  # share of the baseline's words kept in the version
    label_shares: Mapping[str, float] = field(default_factory=dict)  # share of version words per label
    by_sentence: Mapping[int, Link] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.by_sentence:
            index = {v: link for link in self.links for v in link.version_sentences}
            object.__setattr__(self, "by_sentence", index)

    def link_of(self, version_sentence: int) -> Link | None:
        """The link that holds a version sentence."""
        return self.by_sentence.get(version_sentence)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing framing noticed, pinned to exact characters of a document.

    ``start``/``end`` index the cleaned text of the version (of the baseline for an
    omission, where ``in_baseline`` is true) and ``text`` is that stretch of it.
    Text that cleaning set aside (boilerplate, a repeated passage) is not in the
    cleaned text: such a finding has ``removed``, its raw span, and stands at the
    cleaned position where it was. Raw offsets into the file as read are derived
    once, where a report is written (:meth:`to_dict`, :meth:`Document.raw_span`).
    """

    kind: str
    start: int
    end: int
    text: str
    explanation: str
    extractor: str
    baseline_text: str | None = None
    sentence: int | None = None
    weight: float = 1.0
    in_baseline: bool = False
    details: Mapping[str, Any] = field(default_factory=dict)
    removed: tuple[int, int] | None = None  # raw span of text cleaning set aside

    def __post_init__(self) -> None:
        clash = sorted(set(self.details) & _FIXED_FIELDS)
        if clash:
            raise ConfigError(
                f"The details of a {self.kind!r} finding must not reuse the names of its fixed fields. "
                f"Got {clash} instead; rename them."
            )

    def to_dict(self, document: Document) -> dict[str, Any]:
        """The report contract's shape, in raw offsets of ``document`` (the one the finding points into):
        fixed fields, then kind-specific ones."""
        start, end = document.raw_span(self)
        record: dict[str, Any] = {
            "kind": self.kind,
            "start": start,
            "end": end,
            "text": document.version.raw[start:end],
            "explanation": self.explanation,
            "baseline_text": self.baseline_text,
            "extractor": self.extractor,
            "sentence": self.sentence,
            "in_baseline": self.in_baseline,
        }
        for key in sorted(self.details):
            record[key] = self.details[key]
        if "source_span" in record:  # the source an attribution finding used, in the same raw offsets
            record["source_span"] = list(document.clean.to_raw(*record["source_span"]))
        return record


_FIXED_FIELDS = frozenset(
    {"kind", "start", "end", "text", "explanation", "baseline_text", "extractor", "sentence", "in_baseline"}
)
