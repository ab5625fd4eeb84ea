"""The pipeline: load → clean → segment → align → extract → compare."""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from .align import align
from .baseline import choose_baseline
from .compare import Comparison, VersionResult
from .divergence import DivergenceModel
from .errors import ConfigError, InputError
from .extractors.base import Context, Extractor, available_extractors, get_extractor
from .records import Alignment, Document, Finding, Story
from .segment import prepare

__all__ = ["analyze", "alignment_scores", "MAX_VERSIONS"]

#: The most versions of one story: each version's quotes are looked up in every other version (the
#: ``also_in`` lists of the report), which grows with the square of the versions (1,000: about 10 s).
MAX_VERSIONS = 1_000


def analyze(
    story: Story,
    *,
    baseline: str | None = None,
    extractors: Sequence[str] | None = None,
    model: DivergenceModel | None = None,
    weights: Mapping[str, float] | None = None,
) -> Comparison:
    """Compare every version of ``story`` with its baseline.

    Parameters
    ----------
    story : Story
        From :func:`framing.load_story` or :func:`framing.iter_stories`.
    baseline : str, optional
        Id of the baseline version; by default the manifest's, else the wire copy.
    extractors : sequence of str, optional
        Names of the extractors to run (default: all registered).
    model : DivergenceModel, optional
        Weights and scales of the divergence index.
    weights : mapping, optional
        Weights to change in the default model (``{"alignment__added_share": 1.0}``).
    """
    if isinstance(story, (str, bytes)) or not isinstance(story, Story):
        raise ConfigError(
            f"The 'story' parameter of analyze must be a framing.Story (from framing.load_story). "
            f"Got {type(story).__name__} instead."
        )
    if model is not None and weights is not None:
        raise ConfigError("Pass either 'model' or 'weights' to analyze, not both.")
    if len(story.versions) > MAX_VERSIONS:
        raise InputError(
            f"{story.name}: {len(story.versions):,} versions, more than framing compares in one story "
            f"({MAX_VERSIONS:,}); split the versions into several stories, each with the baseline."
        )
    model = model or DivergenceModel.with_overrides(weights=weights)
    runners = _instantiate(extractors)
    with _cycle_collector_paused():
        documents = {version.id: prepare(version) for version in story.versions}
        choice = choose_baseline(story, documents, baseline)
        base = documents[choice.id]
        results = [_analyze_one(doc, base, _peers(documents, doc, base), runners, model) for doc in documents.values()]
        for document in documents.values():  # the stages' caches: half the memory a kept result holds,
            document.memo.clear()  # and freed here, not walked by the collector when it runs again
    return Comparison(story=story, baseline=choice.id, baseline_reason=choice.reason, results=_ranked(results))


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one story is analysed, and restore it after.

    An analysis allocates hundreds of thousands of small objects (words, offsets,
    findings) and makes no reference cycles, so each collection the allocations
    trigger walks every live object for nothing: about 5% of the run time on a
    large story set. Reference counting still frees everything as usual; any
    cycle is collected once the collector runs again.

    Not done, though measured: handing the objects made meanwhile straight to the
    oldest generation on the way out (``gc.freeze()`` then ``gc.unfreeze()``),
    which saves the first young collection after re-enabling (0.45 s over the
    294-story benchmark set). It also promotes the caller's young objects and
    resets the counts that schedule full collections, so a loop of analyses
    never collected the caller's reference cycles (a test guards this).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _instantiate(names: Sequence[str] | None) -> list[Extractor]:
    if isinstance(names, str):
        raise ConfigError(
            f"The 'extractors' parameter of analyze must be a list of names. Got the string {names!r} instead; "
            f"write [{names!r}]."
        )
    chosen = available_extractors() if names is None else tuple(names)
    return [get_extractor(name)() for name in chosen]


def _peers(documents: dict[str, Document], document: Document, baseline: Document) -> tuple[Document, ...]:
    return tuple(d for d in documents.values() if d is not document and d is not baseline)


def _analyze_one(
    document: Document,
    baseline: Document,
    peers: tuple[Document, ...],
    runners: Iterable[Extractor],
    model: DivergenceModel,
) -> VersionResult:
    is_baseline = document is baseline
    alignment = None if is_baseline else align(document, baseline)
    context = Context(document=document, baseline=baseline, alignment=alignment, peers=peers)
    findings: list[Finding] = []
    scores = alignment_scores(alignment)
    for runner in runners:
        result = runner.extract(context)
        findings.extend(result.findings)
        scores.update({f"{runner.name}__{name}": float(value) for name, value in result.scores.items()})
    findings.sort(key=lambda f: (f.in_baseline, f.start, f.end, f.kind, f.text))
    divergence = 0.0 if is_baseline else model.index(scores)
    contributions = {} if is_baseline else model.contributions(scores)
    return VersionResult(document, alignment, tuple(findings), scores, divergence, contributions, None)


def alignment_scores(alignment: Alignment | None) -> dict[str, float]:
    """Alignment features of a version (the baseline against itself: all kept, nothing added)."""
    if alignment is None:
        return {"alignment__added_share": 0.0, "alignment__derived_share": 1.0, "alignment__kept_share": 1.0}
    return {
        "alignment__added_share": alignment.label_shares.get("added", math.nan),
        "alignment__derived_share": alignment.derived_share,
        "alignment__kept_share": alignment.kept_share,
    }


def _ranked(results: list[VersionResult]) -> tuple[VersionResult, ...]:
    baseline = [r for r in results if r.is_baseline]
    others = sorted((r for r in results if not r.is_baseline), key=lambda r: (_sort_key(r.divergence), r.id))
    ranked = [
        VersionResult(r.document, r.alignment, r.findings, r.scores, r.divergence, r.contributions, position)
        for position, r in enumerate(others, start=1)
    ]
    return tuple(baseline + ranked)


def _sort_key(value: float) -> float:
    return math.inf if math.isnan(value) else value
