"""The pipeline: load → prepare (clean, segment, speech) → baseline → align → extract → compare."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from .align import Aligner, alignment_scores
from .baseline import choose_baseline
from .compare import compare, ranked
from .divergence import DivergenceModel
from .errors import ConfigError, InputError
from .extractors.base import Context, Extractor, Prepared, available_extractors, get_extractor
from .prepare import prepare
from .records import Document, Finding, Story
from .results import Comparison, VersionResult

__all__ = ["analyze", "MAX_VERSIONS"]

#: The most versions of one story: each version's quotes are looked up in every other version (the
#: ``also_in`` lists of the report), which grows with the square of the versions (1,000: about 10 s).
MAX_VERSIONS = 1_000


def analyze(
    story: Story,
    *,
    baseline: str | None = None,
    extractors: Sequence[str | Extractor] | None = None,
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
    extractors : sequence of str or Extractor, optional
        The extractors to run, by name or as instances with their parameters
        (``[Hedge(quoted_weight=0.3), "quote"]``); default: every registered one.
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
    _check_parameters(baseline, model, weights)
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
        aligner, store = Aligner(base), Prepared()  # built once per story, dropped with it
        contexts = tuple(
            _context(doc, base, _peers(documents, doc, base), aligner, store) for doc in documents.values()
        )
        store.set_contexts(contexts)  # what a stage may read for the whole story at once (the parser's batch)
        try:
            results = [_analyze_one(context, runners, model) for context in contexts]
        finally:
            store.set_contexts(())  # the contexts hold the store: no cycle is left for the collector
    return Comparison(
        story=story, baseline=choice.id, baseline_reason=choice.reason, results=ranked(results), model=model
    )


def _check_parameters(baseline: object, model: object, weights: object) -> None:
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(
            f"The 'baseline' parameter of analyze must be a version id (str) or None. Got {type(baseline).__name__} "
            "instead."
        )
    if model is not None and not isinstance(model, DivergenceModel):
        raise ConfigError(
            f"The 'model' parameter of analyze must be a framing.DivergenceModel or None. Got {type(model).__name__} "
            "instead."
        )
    if weights is not None and (not isinstance(weights, Mapping) or not all(isinstance(k, str) for k in weights)):
        raise ConfigError(
            "The 'weights' parameter of analyze must be a dict of {feature name: weight}, such as "
            f"{{'alignment__added_share': 1.0}}. Got {type(weights).__name__} instead."
        )


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


def _instantiate(chosen: Sequence[str | Extractor] | None) -> list[Extractor]:
    if isinstance(chosen, str):
        raise ConfigError(
            f"The 'extractors' parameter of analyze must be a list of names or extractors. Got the string "
            f"{chosen!r} instead; write [{chosen!r}]."
        )
    runners = []
    for item in available_extractors() if chosen is None else tuple(chosen):
        if isinstance(item, Extractor):
            runners.append(item)
        elif isinstance(item, str):
            runners.append(get_extractor(item)())
        else:
            raise ConfigError(
                f"The 'extractors' parameter of analyze must hold extractor names or Extractor instances. "
                f"Got {item!r} instead."
            )
    names = [runner.name for runner in runners]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ConfigError(f"The 'extractors' parameter of analyze names {twice} more than once; keep one of each.")
    return runners


def _peers(documents: dict[str, Document], document: Document, baseline: Document) -> tuple[Document, ...]:
    return tuple(d for d in documents.values() if d is not document and d is not baseline)


def _context(
    document: Document, baseline: Document, peers: tuple[Document, ...], aligner: Aligner, store: Prepared
) -> Context:
    alignment = None if document is baseline else aligner.align(document)
    return Context(document=document, baseline=baseline, alignment=alignment, peers=peers, store=store)


def _analyze_one(context: Context, runners: Iterable[Extractor], model: DivergenceModel) -> VersionResult:
    document, baseline, alignment = context.document, context.baseline, context.alignment
    findings: list[Finding] = []
    scores = alignment_scores(alignment)
    for runner in runners:
        result = runner.extract(context)
        findings.extend(result.findings)
        scores.update({f"{runner.name}__{name}": float(value) for name, value in result.scores.items()})
    return compare(document, baseline, alignment, findings, scores, model)
