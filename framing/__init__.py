"""framing: compare outlets' versions of one news story with the wire copy they start from.

>>> import framing
>>> story = framing.load_story("data/stories/nato-rutte-japan-2025")   # doctest: +SKIP
>>> comparison = framing.analyze(story)                                 # doctest: +SKIP
>>> comparison.to_frame()                                               # doctest: +SKIP

The rest lives in its stage's module: ``framing.extractors`` (the extractors and
their registry), ``framing.kinds`` (what each kind of finding and feature means),
``framing.report`` (files, charts, notebook helpers), ``framing.testing`` (the
extractor contract), ``framing.errors`` (the error family).
"""

from __future__ import annotations

import logging
from typing import Any

from . import corpus
from .analysis import analyze
from .divergence import DivergenceModel
from .errors import FramingError
from .examples import example_story
from .extractors.base import Extractor
from .load import iter_stories, load_story, story_from_texts
from .records import Finding, Story
from .results import Comparison

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "corpus",
    "load_story",
    "iter_stories",
    "story_from_texts",
    "example_story",
    "Story",
    "Comparison",
    "Finding",
    "Extractor",
    "DivergenceModel",
    "FramingError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def corpus_sample_path() -> Any:
    """A small pile of made-up articles shipped with framing (the same as ``framing.corpus.sample_path()``)."""
    return corpus.sample_path()


def __getattr__(name: str) -> Any:
    if name == "CorpusResult":  # corpus mode's result (imported on first use: it needs Dask and pyarrow)
        return corpus.CorpusResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
