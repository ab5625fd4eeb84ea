"""Evaluation of framing against human labels (``framing eval``), and the pinned floors.

One module per public data set format (:mod:`.ptc`, :mod:`.babe`, :mod:`.basil`,
:mod:`.polnear`, :mod:`.ranking`, :mod:`.seed`), the metrics they share
(:mod:`.metrics`), framing's predictions on a lone article (:mod:`.predict`) and
the floors check (:mod:`.floors`). Nothing here is imported by the analysis.
"""

from __future__ import annotations

from .metrics import TokenCounts, bootstrap_interval, macro_f1, spearman, token_counts
from .predict import attribution_spans, loaded_spans

__all__ = [
    "TokenCounts",
    "token_counts",
    "macro_f1",
    "spearman",
    "bootstrap_interval",
    "loaded_spans",
    "attribution_spans",
]
