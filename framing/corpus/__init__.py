"""Corpus mode: from a pile of articles to reprints, stories, wire origins, analyses and outlet profiles.

>>> import framing
>>> result = framing.corpus(framing.corpus.sample_path(), "corpus-out", workers=1)   # doctest: +SKIP
>>> result.profiles()                                                                # doctest: +SKIP

The engine is Dask (a local cluster on 127.0.0.1 with one single-threaded worker
process per core, or an existing scheduler); see :func:`framing.corpus.engine.corpus`.
This package is itself callable (``framing.corpus(...)``), and imports Dask and
pyarrow only when it runs, so ``import framing`` stays light.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

__all__ = ["corpus", "CorpusResult", "GroupingParams", "NOTE", "sample_path"]


def sample_path() -> Path:
    """A small pile of made-up articles shipped with framing (three wire stories, rewrites, a reprint)."""
    return Path(__file__).resolve().parent / "sample.jsonl"


def __getattr__(name: str) -> Any:
    """The engine's names, imported on first use (they need Dask and pyarrow)."""
    if name in ("corpus", "CorpusResult"):
        from . import engine

        return getattr(engine, name)
    if name == "GroupingParams":
        from .group import GroupingParams

        return GroupingParams
    if name == "NOTE":
        from .profiles import NOTE

        return NOTE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CallableModule(types.ModuleType):
    """``framing.corpus(...)`` runs corpus mode, whether ``framing.corpus`` is reached as this package or not."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from .engine import corpus

        return corpus(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
