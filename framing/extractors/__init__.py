"""Extractors: one file each, registered by name (see :mod:`framing.extractors.base` for the contract).

Use them by name (``framing.analyze(story, extractors=["hedge", "quote"])``) or as
instances with their parameters (``extractors=[Hedge(quoted_weight=0.3), "quote"]``).
A plug-in registers its own with :func:`register` or the ``framing.extractors``
entry-point group, and checks it with :func:`framing.testing.check_extractor`.
"""

from __future__ import annotations

from .added_framing import AddedFraming
from .base import Context, Extractor, Result, available_extractors, get_extractor, register
from .hedge import Hedge
from .junk import Junk
from .loaded_word import LoadedWord
from .omissions import Omissions
from .quote import QuoteFidelity
from .readability import Readability
from .unsourced_statistic import UnsourcedStatistic
from .vague_attribution import VagueAttribution

__all__ = [
    "Extractor",
    "Context",
    "Result",
    "register",
    "get_extractor",
    "available_extractors",
    "AddedFraming",
    "Hedge",
    "Junk",
    "LoadedWord",
    "Omissions",
    "QuoteFidelity",
    "Readability",
    "UnsourcedStatistic",
    "VagueAttribution",
]
