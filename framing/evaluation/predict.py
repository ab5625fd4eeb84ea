"""framing's predictions on a single text or a pair of texts, through the public extractors.

A labelled data set gives one article at a time, with no wire copy to compare it
with. These functions build a one-version :class:`~framing.records.Document` and
run the registered extractors on it in one of two ways:

- ``baseline="none"`` (the default): the article against an empty baseline, every
  sentence aligned as ``added``. Nothing is shared with a reference, so every
  word is the outlet's own: this measures the detectors themselves.
- ``baseline="self"``: the document as its own baseline
  (``Context(document=doc, baseline=doc, alignment=None)``). Extractors that only
  count what the baseline does not share (loaded words, added hedges) then find
  nothing by design; kept for extractors that read the text alone.

For a pair of articles, one is aligned to the other. An extractor that is not
registered gives ``None`` (the evaluation reports its metrics as NaN), never an
error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..align import align
from ..errors import ConfigError, MissingInputError
from ..extractors.base import Context, Extractor, available_extractors, get_extractor
from ..prepare import prepare
from ..records import Alignment, CleanText, Document, Finding, Link, Version
from .metrics import Span, overlaps

__all__ = [
    "document",
    "extractor",
    "single_context",
    "findings",
    "text_findings",
    "pair_findings",
    "in_quote",
    "loaded_spans",
    "load_terms",
    "default_lexicon",
    "lexicon_spans",
    "attribution_spans",
    "quote_spans",
    "sentence_spans",
    "spans_of",
    "CUE",
]

#: Extractors whose findings describe the text itself (not cleaning, not omissions).
TEXT_EXTRACTORS = ("hedge", "loaded_word", "vague_attribution", "unsourced_statistic", "added_framing", "quote")


@lru_cache(maxsize=4096)
def document(text: str, version_id: str = "text") -> Document:
    """``text`` cleaned and segmented as one version (cached: a document is immutable)."""
    return prepare(Version(id=version_id, raw=text))


@cache
def extractor(name: str) -> Extractor | None:
    """An instance of the extractor registered as ``name``; None when there is none."""
    if name not in available_extractors():
        return None
    return get_extractor(name)()


_EMPTY = Document(Version(id="no-baseline", raw=""), CleanText("", (0,)), (), (), 0)
BASELINES = ("none", "self")


def single_context(doc: Document, baseline: str = "none") -> Context:
    """A context for one article alone: against an empty baseline (``"none"``) or itself (``"self"``)."""
    if baseline == "self":
        return Context(document=doc, baseline=doc, alignment=None)
    if baseline != "none":
        raise ConfigError(f"The 'baseline' parameter must be one of {list(BASELINES)}. Got {baseline!r} instead.")
    links = tuple(Link("added", (s.index,), (), 0.0) for s in doc.sentences)
    shares = {"same": 0.0, "paraphrase": 0.0, "partial": 0.0, "added": 1.0}
    return Context(document=doc, baseline=_EMPTY, alignment=Alignment(links, (), 0.0, math.nan, shares))


def findings(doc: Document, name: str, baseline: str = "none") -> list[Finding] | None:
    """Findings of extractor ``name`` on ``doc`` alone (see :func:`single_context`); None if it is absent."""
    runner = extractor(name)
    if runner is None:
        return None
    return list(runner.extract(single_context(doc, baseline)).findings)


@lru_cache(maxsize=4096)
def text_findings(text: str, name: str, baseline: str = "none") -> tuple[Finding, ...] | None:
    """Findings of extractor ``name`` on ``text`` alone (cached); None if it is absent."""
    found = findings(document(text), name, baseline)
    return None if found is None else tuple(found)


def pair_findings(
    doc: Document, baseline: Document, name: str, *, alignment: Alignment | None = None
) -> list[Finding] | None:
    """Findings of extractor ``name`` on ``doc`` aligned to ``baseline``; None if it is absent."""
    runner = extractor(name)
    if runner is None:
        return None
    context = Context(document=doc, baseline=baseline, alignment=alignment or align(doc, baseline))
    return list(runner.extract(context).findings)


def quote_spans(doc: Document) -> list[Span]:
    """Raw spans of the reported speech framing found (marked and unmarked)."""
    return [doc.clean.to_raw(quote.start, quote.end) for quote in doc.quotes]


def in_quote(finding: Finding, doc: Document) -> bool:
    """Whether a finding stands in reported speech: the extractor's ``in_quote`` detail, else the quotes found."""
    flag = finding.details.get("in_quote")
    if isinstance(flag, bool):
        return flag
    return any(overlaps(doc.raw_span(finding), span) for span in quote_spans(doc))


def loaded_spans(text: str, *, quotes: bool = True, baseline: str = "none") -> list[Span] | None:
    """Raw spans of the ``loaded_word`` findings in ``text`` (None when that extractor is absent).

    With ``quotes=False`` words inside reported speech are left out: the outlet's
    own voice only. ``baseline`` as in :func:`single_context`.
    """
    doc = document(text)
    found = text_findings(text, "loaded_word", baseline)
    if found is None:
        return None
    return sorted(
        doc.raw_span(f)
        for f in found
        if f.kind == "loaded_word" and not f.in_baseline and (quotes or not in_quote(f, doc))
    )


def load_terms(path: str | Path) -> frozenset[str]:
    """A word list: one term a line, ``#`` starts a comment, lower-cased."""
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(f"{file}: no such word list; give a text file with one term a line.")
    terms = (line.split("#", 1)[0].strip().lower() for line in file.read_text(encoding="utf-8").splitlines())
    return frozenset(term.split("\t", 1)[0] for term in terms if term)


def default_lexicon(name: str = "loaded") -> frozenset[str]:
    """The terms of one of framing's shipped lexicons (the naive baseline's word list)."""
    from ..lexicon import load_lexicon

    return frozenset(" ".join(entry.term.lower().split()) for entry in load_lexicon(name).entries)


@dataclass(frozen=True, slots=True)
class _Matcher:
    single: frozenset[str]
    phrases: re.Pattern[str] | None


@lru_cache(maxsize=8)
def _matcher(terms: frozenset[str]) -> _Matcher:
    phrases = sorted((t for t in terms if not re.fullmatch(r"\w+", t)), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I) if phrases else None
    return _Matcher(frozenset(t for t in terms if re.fullmatch(r"\w+", t)), pattern)


def lexicon_spans(text: str, terms: frozenset[str]) -> list[Span]:
    """Spans of ``text`` that match a term of the list (the naive baseline)."""
    matcher = _matcher(terms)
    spans = [m.span() for m in re.finditer(r"\w+", text) if m.group().lower() in matcher.single]
    if matcher.phrases is not None:
        spans += [m.span() for m in matcher.phrases.finditer(text)]
    return sorted(set(spans))


CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|wrote|writes|asked|argued|claimed|claims|"
    r"insisted|declared|warned|announced|explained|acknowledged|admitted|reported|suggested|suggests|believes?|"
    r"thinks?|according to)\b",
    re.I,
)
_WINDOW = 60


def attribution_spans(text: str) -> dict[str, list[Span]]:
    """Predicted ``source`` and ``cue`` spans of attributions in ``text`` (raw offsets).

    Sources are the speakers framing's segmenter pins to reported speech, found
    next to the quote, and the spans of ``vague_attribution`` findings ("officials
    said"); cues are the reporting verbs within a few words of a source.
    """
    doc = document(text)
    raw = doc.version.raw
    sources: list[Span] = []
    for quote, (q_start, q_end) in zip(doc.quotes, quote_spans(doc), strict=True):
        if quote.speaker:
            span = _nearest(raw, quote.speaker, q_start, q_end)
            if span is not None:
                sources.append(span)
    sources += [doc.raw_span(f) for f in text_findings(text, "vague_attribution") or () if not f.in_baseline]
    cues = [cue for source in sources if (cue := _cue_near(raw, source)) is not None]
    return {"source": sorted(set(sources)), "cue": sorted(set(cues))}


def _nearest(raw: str, name: str, start: int, end: int) -> Span | None:
    """The occurrence of ``name`` closest to the quote ``start:end`` (outside it), within a sentence's reach."""
    candidates = [m.span() for m in re.finditer(re.escape(name), raw) if not (start <= m.start() < end)]
    near = [c for c in candidates if c[1] >= start - 2 * _WINDOW and c[0] <= end + 2 * _WINDOW]
    return min(near, key=lambda c: min(abs(c[0] - end), abs(c[1] - start)), default=None)


def _cue_near(raw: str, source: Span) -> Span | None:
    after = CUE.search(raw, source[1], min(len(raw), source[1] + _WINDOW))
    if after is not None and after.start() - source[1] <= 25:
        return after.span()
    before = [m for m in CUE.finditer(raw, max(0, source[0] - 25), source[0])]
    return before[-1].span() if before else (after.span() if after else None)


def sentence_spans(doc: Document) -> list[Span]:
    """Raw spans of a document's sentences."""
    return [doc.clean.to_raw(s.start, s.end) for s in doc.sentences]


def spans_of(found: Sequence[Finding] | None, kind: str, doc: Document) -> list[Span]:
    """Raw spans of the findings of one kind on ``doc`` (empty for an absent extractor)."""
    return [doc.raw_span(f) for f in found or () if f.kind == kind and not f.in_baseline]
