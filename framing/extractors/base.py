"""The extractor contract and the registry of extractors by name.

An extractor reads one version (with the baseline and their alignment) and
returns findings and scores. Scores are plain numbers keyed by feature name; the
comparison prefixes them with the extractor's name (``hedging__per_100_words``).
Undefined is NaN, never 0.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import entry_points
from pkgutil import iter_modules
from typing import ClassVar

from ..errors import ConfigError
from ..records import FINDING_KINDS, Alignment, Document, Finding

__all__ = [
    "Context",
    "Result",
    "Extractor",
    "register",
    "get_extractor",
    "available_extractors",
    "per_100_words",
]

ENTRY_POINT_GROUP = "framing.extractors"


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may read: a version, the baseline, and their alignment."""

    document: Document
    baseline: Document
    alignment: Alignment | None  # None when ``document`` is the baseline itself
    peers: tuple[Document, ...] = ()  # the story's other versions (neither this one nor the baseline)

    @property
    def is_baseline(self) -> bool:
        return self.alignment is None

    def counterpart_text(self, sentence: int) -> str | None:
        """The baseline text a version sentence was aligned with, if any."""
        if self.alignment is None:
            return self.baseline.sentence_text(sentence)
        link = self.alignment.link_of(sentence)
        if link is None or not link.baseline_sentences:
            return None
        return " ".join(self.baseline.sentence_text(i) for i in link.baseline_sentences)

    def counterpart_sentences(self, sentence: int) -> tuple[int, ...]:
        """Baseline sentence indices a version sentence was aligned with."""
        if self.alignment is None:
            return (sentence,)
        link = self.alignment.link_of(sentence)
        return () if link is None else link.baseline_sentences


@dataclass(frozen=True, slots=True)
class Result:
    """Findings and scores of one extractor on one version."""

    findings: tuple[Finding, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)


class Extractor(ABC):
    """Base class: subclasses set ``name`` and ``kinds`` and implement ``extract``.

    Constructors only store keyword parameters; an extractor holds no state that
    changes while it runs, so one instance serves every version of every story.
    """

    name: ClassVar[str]
    kinds: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str] = ""

    @abstractmethod
    def extract(self, context: Context) -> Result:
        """Findings and scores for ``context.document``."""


_REGISTRY: dict[str, type[Extractor]] = {}


def register(cls: type[Extractor]) -> type[Extractor]:
    """Class decorator that registers an extractor under ``cls.name``."""
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name.isidentifier():
        raise ConfigError(
            f"E001: extractor {cls.__qualname__} must set a class attribute 'name' that is a "
            f"Python identifier; got {name!r} instead."
        )
    unknown = sorted(set(cls.kinds) - set(FINDING_KINDS))
    if unknown:
        raise ConfigError(
            f"E002: extractor {name!r} declares finding kinds {unknown} that are not in the report "
            f"contract; use one of {list(FINDING_KINDS)}."
        )
    existing = _REGISTRY.get(name)
    if existing is not None and existing is not cls:
        raise ConfigError(
            f"E003: an extractor named {name!r} is already registered by {existing.__module__}; "
            f"give {cls.__module__}.{cls.__qualname__} another name."
        )
    _REGISTRY[name] = cls
    return cls


def _discover() -> None:
    """Import every module of this package, then plug-ins from the entry-point group."""
    package = __name__.rsplit(".", 1)[0]
    for module in iter_modules(import_module(package).__path__):
        if not module.name.startswith("_") and module.name != "base":
            import_module(f"{package}.{module.name}")
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        entry.load()


_DISCOVERED: list[bool] = []  # set once every module and plug-in has been imported


def available_extractors() -> tuple[str, ...]:
    """Names of all registered extractors, in a fixed order."""
    if not _DISCOVERED:  # not "if the registry is empty": one extractor imported early must not hide the others
        _discover()
        _DISCOVERED.append(True)
    return tuple(sorted(_REGISTRY))


def get_extractor(name: str) -> type[Extractor]:
    """The extractor class registered under ``name``."""
    names = available_extractors()
    if name not in _REGISTRY:
        raise ConfigError(f"E004: no extractor is named {name!r}; choose from {list(names)}.")
    return _REGISTRY[name]


def per_100_words(count: int, words: int) -> float:
    """A rate per 100 words; NaN for a text with no words."""
    return math.nan if words == 0 else 100.0 * count / words
