"""Corpus mode: from a pile of articles to reprints, stories, wire origins, analyses and outlet profiles.

>>> import framing
>>> result = framing.corpus(framing.corpus_sample_path(), "corpus-out", workers=1)   # doctest: +SKIP
>>> result.profiles()                                                                # doctest: +SKIP

The engine is Dask (a local cluster on 127.0.0.1 with one single-threaded worker
process per core, or an existing scheduler); see :func:`corpus`.
"""

from __future__ import annotations

from pathlib import Path

from .engine import CorpusResult, corpus
from .group import GroupingParams
from .profiles import NOTE

__all__ = ["corpus", "CorpusResult", "GroupingParams", "NOTE", "sample_path"]


def sample_path() -> Path:
    """A small pile of made-up articles shipped with framing (three wire stories, rewrites, a reprint)."""
    return Path(__file__).resolve().parent / "sample.jsonl"
