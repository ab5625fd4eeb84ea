"""framing: compare outlets' versions of one news story with the wire copy they start from.

>>> import framing
>>> story = framing.load_story("data/stories/nato-rutte-japan-2025")   # doctest: +SKIP
>>> comparison = framing.analyze(story)                                 # doctest: +SKIP
>>> comparison.to_frame()                                               # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .analysis import analyze
from .compare import SCHEMA, Comparison, VersionResult
from .corpus import CorpusResult, corpus
from .corpus import sample_path as corpus_sample_path
from .divergence import DivergenceModel
from .errors import BaselineError, ConfigError, FramingError, InputError, ManifestError, MissingInputError
from .examples import example_path, example_story
from .extractors.base import Extractor, available_extractors, register
from .load import iter_stories, load_story, story_from_texts
from .records import FINDING_KINDS, Finding, Story, Version

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "corpus",
    "corpus_sample_path",
    "CorpusResult",
    "load_story",
    "iter_stories",
    "story_from_texts",
    "example_story",
    "example_path",
    "Comparison",
    "VersionResult",
    "DivergenceModel",
    "Story",
    "Version",
    "Finding",
    "FINDING_KINDS",
    "SCHEMA",
    "Extractor",
    "register",
    "available_extractors",
    "FramingError",
    "InputError",
    "MissingInputError",
    "ManifestError",
    "BaselineError",
    "ConfigError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
