"""The extractor contract and the registry of extractors by name.

An extractor reads one version (with the baseline and their alignment) and
returns findings and scores. Scores are plain numbers keyed by feature name; the
comparison prefixes them with the extractor's name (``hedge__per_100_words``).
Undefined is NaN, never 0. An extractor declares the kinds of finding it reports
(``kinds``, with a :class:`~framing.kinds.KindSpec` in ``kind_specs`` for a kind
of its own) and the features it emits (``features``, :class:`~framing.kinds.FeatureSpec`),
so that a misspelt weight is an error, not silently ignored.

What an extractor works out once per document (a figure list, a quotation index)
it returns from :meth:`Extractor.prepare`; :meth:`Context.prepared` hands it back,
computed once per story, without writing into the document.
"""

from __future__ import annotations

import inspect
import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from importlib.metadata import entry_points
from pkgutil import iter_modules
from typing import Any, ClassVar

from ..errors import ConfigError
from ..kinds import FeatureSpec, KindSpec, register_kind, registered_kinds
from ..records import Alignment, Document, Finding, Quote
from ..segment import words
from ..speech import quote_at
from ..structure import OTHER_VOICE

__all__ = [
    "Context",
    "Prepared",
    "Result",
    "Extractor",
    "register",
    "get_extractor",
    "available_extractors",
    "available_features",
    "per_100_words",
    "span_words",
    "short",
    "check_number",
    "check_bool",
]


class Prepared:
    """What each extractor prepared from each document of one story: filled on first use, owned by the run.

    One store serves one story; :meth:`Context.prepared` is the only way in.
    """

    __slots__ = ("_values", "contexts")

    def __init__(self) -> None:
        self._values: dict[tuple[str, str | None], Any] = {}
        #: every version's context of the story, in the story's order, once the analysis has made them all (a
        #: stage may then work on the whole story at once, as the attribution engine's parse does); else empty
        self.contexts: tuple[Context, ...] = ()

    def set_contexts(self, contexts: tuple[Context, ...]) -> None:
        """Record the story's contexts (:func:`framing.analyze` does, before any extractor runs)."""
        self.contexts = contexts

    def get(self, extractor: str, version: str | None, compute: Callable[[], Any]) -> Any:
        """The value for an extractor's name and a version id (``None``: the whole story)."""
        key = (extractor, version)
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = compute()
            return value


def by_identity(cache: dict[int, tuple[Any, Any]], owner: Any, make: Callable[[], Any]) -> Any:
    """What ``make`` builds for ``owner``, made once and kept by identity with the owner (so a new object at a
    reused address is never given another's), for the few analyses of a story; at most 64 kept per cache."""
    found = cache.get(id(owner))
    if found is None or found[0] is not owner:
        if len(cache) > 64:
            cache.clear()
        found = cache[id(owner)] = (owner, make())
    return found[1]


ENTRY_POINT_GROUP = "framing.extractors"


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may read: a version, the baseline, and their alignment."""

    document: Document
    baseline: Document
    alignment: Alignment | None  # None when ``document`` is the baseline itself
    peers: tuple[Document, ...] = ()  # the story's other versions (neither this one nor the baseline)
    store: Prepared = field(default_factory=Prepared, compare=False, repr=False)  # one per story

    @property
    def is_baseline(self) -> bool:
        return self.alignment is None

    def prepared(self, extractor: Extractor, document: Document | None = None) -> Any:
        """``extractor.prepare(document)`` (default: this context's document), once per story."""
        target = self.document if document is None else document
        return self.store.get(extractor.name, target.version.id, lambda: extractor.prepare(target))

    def prepared_story(self, extractor: Extractor) -> Any:
        """``extractor.prepare_story`` of this version and its peers (ordered by id), once per story."""

        def members() -> tuple[Document, ...]:  # sorted only when first asked for, not on every look-up
            return tuple(sorted((self.document, *self.peers), key=lambda d: d.version.id))

        return self.store.get(extractor.name, None, lambda: extractor.prepare_story(members()))

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quotation of this version holding its span ``start:end``; an embedded post or a statement
        reproduced whole counts as one (someone else's words, never the outlet's own voice)."""
        lookup = self.document.quote_lookup
        found = quote_at(self.document.quotes, start, end) if lookup is None else lookup.at(start, end)
        if found is None and self.document.blocks:
            block = self.document.blocks.at(start, end)
            if block is not None and block.kind in OTHER_VOICE:
                sentence = self.document.sentence_at(start)
                found = Quote(block.start, block.end, -1 if sentence is None else sentence, marked=False)
        return found

    def counterpart_words(self, sentence: int) -> frozenset[str]:
        """Lower-cased words of the baseline sentences a version sentence was aligned with."""
        sets = self.baseline.word_sets
        found: frozenset[str] = frozenset()
        for index in self.counterpart_sentences(sentence):
            found |= sets[index]
        return found

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
    """Base class: subclasses set ``name``, ``kinds`` and ``features`` and implement ``extract``.

    As in scikit-learn, a constructor only stores its keyword parameters (checked
    once, with :func:`check_number` and :func:`check_bool`); an extractor holds no
    state that changes while it runs, so one instance serves every version of
    every story. :meth:`get_params` lists the parameters and their values.
    """

    name: ClassVar[str]
    kinds: ClassVar[tuple[str, ...]] = ()
    kind_specs: ClassVar[tuple[KindSpec, ...]] = ()  # kinds of its own, beyond the built-in ones
    features: ClassVar[tuple[FeatureSpec, ...]] = ()  # the scores it emits (short names)
    description: ClassVar[str] = ""

    @abstractmethod
    def extract(self, context: Context) -> Result:
        """Findings and scores for ``context.document``."""

    def prepare(self, document: Document) -> Any:
        """What this extractor works out once per document (handed back by :meth:`Context.prepared`)."""
        return None

    def prepare_story(self, documents: Sequence[Document]) -> Any:
        """What this extractor works out once per story from its versions other than the baseline."""
        return None

    def get_params(self) -> dict[str, Any]:
        """The constructor's keyword parameters and their values."""
        signature = inspect.signature(type(self).__init__)
        return {
            name: getattr(self, name)
            for name, parameter in signature.parameters.items()
            if name != "self" and parameter.kind is parameter.KEYWORD_ONLY
        }

    def __repr__(self) -> str:
        defaults = {
            name: parameter.default
            for name, parameter in inspect.signature(type(self).__init__).parameters.items()
            if parameter.kind is parameter.KEYWORD_ONLY
        }
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if defaults.get(k) != v]
        return f"{type(self).__name__}({', '.join(changed)})"


def check_number(owner: str, name: str, value: object, low: float, high: float) -> float:
    """A number parameter in ``low..high``, or a :class:`ConfigError` in the usual shape."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ConfigError(
            f"The {name!r} parameter of {owner} must be a number from {low:g} to {high:g}. Got {value!r} instead."
        )
    return float(value)


def check_bool(owner: str, name: str, value: object) -> bool:
    """A true/false parameter, or a :class:`ConfigError` in the usual shape."""
    if not isinstance(value, bool):
        raise ConfigError(f"The {name!r} parameter of {owner} must be True or False. Got {value!r} instead.")
    return value


_REGISTRY: dict[str, type[Extractor]] = {}


def register(cls: type[Extractor]) -> type[Extractor]:
    """Class decorator that registers an extractor under ``cls.name``."""
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name.isidentifier():
        raise ConfigError(
            f"E001: extractor {cls.__qualname__} must set a class attribute 'name' that is a "
            f"Python identifier; got {name!r} instead."
        )
    for spec in cls.kind_specs:
        register_kind(spec)
    unknown = sorted(set(cls.kinds) - set(registered_kinds()))
    if unknown:
        raise ConfigError(
            f"E002: extractor {name!r} declares finding kinds {unknown} that are not defined; use one of "
            f"{list(registered_kinds())} or define them in its 'kind_specs'."
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


def available_features() -> dict[str, FeatureSpec]:
    """Every feature a comparison can hold, by full name (``extractor__feature``): the alignment's and
    those every registered extractor declares."""
    from ..align import ALIGNMENT_FEATURES  # the alignment stage's own scores

    found = {f"alignment__{spec.name}": spec for spec in ALIGNMENT_FEATURES}
    for name in available_extractors():
        for spec in _REGISTRY[name].features:
            found[f"{name}__{spec.name}"] = spec
    return found


def per_100_words(count: int, words: int) -> float:
    """A rate per 100 words; NaN for a text with no words."""
    return math.nan if words == 0 else 100.0 * count / words


@lru_cache(maxsize=65536)
def span_words(text: str) -> frozenset[str]:
    """Lower-cased words of a short span (a lexicon hit), remembered across documents."""
    return frozenset(words(text))


def short(text: str, limit: int = 70) -> str:
    """A quotable excerpt for an explanation."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
