"""The data behind each chart: pure functions of a comparison that return pandas frames.

Tests check these numbers; :mod:`framing.report.charts` only draws them. Rows are
the versions other than the baseline, in rank order (closest to the baseline
first), indexed by version id.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..records import FINDING_KINDS
from ..results import Comparison
from .words import version_name

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ranking_data", "heatmap_data", "coverage_data", "version_labels", "OTHER", "COVERAGE_COLUMNS"]

#: Column of :func:`ranking_data` that sums the contributions not shown on their own.
OTHER = "other"
#: Columns of :func:`coverage_data`: shares of the version's words, then of the baseline's left out.
COVERAGE_COLUMNS = ("same", "paraphrase", "partial", "added", "omitted")
_MAX_FEATURES = 7


def version_labels(comparison: Comparison) -> dict[str, str]:
    """Display name of every version, e.g. ``{"003": "version 003 (MENAFN)"}``."""
    return {r.id: version_name(r.id, r.document.version.outlet) for r in comparison.results}


def ranking_data(comparison: Comparison, n_top: int = 3) -> pd.DataFrame:
    """Divergence of each version and the contributions it is made of.

    Columns: ``divergence``, then one column per measure that is among the
    ``n_top`` largest contributions of some version (largest overall first), then
    ``other`` with the rest (only when some version has a rest). The
    contribution columns of a row add up to its divergence (NaN divergence: all
    NaN).
    """
    import pandas as pd

    others = [r for r in comparison.results if not r.is_baseline]
    totals: dict[str, float] = {}
    for result in others:
        for name, _ in result.top_contributions(n_top):
            totals[name] = totals.get(name, 0.0) + result.contributions[name]
    shown = sorted(totals, key=lambda name: (-totals[name], name))[:_MAX_FEATURES]
    rows = {}
    for result in others:
        if math.isnan(result.divergence):
            rows[result.id] = {"divergence": math.nan, **{name: math.nan for name in [*shown, OTHER]}}
            continue
        row = {"divergence": result.divergence, **{name: result.contributions.get(name, 0.0) for name in shown}}
        row[OTHER] = max(0.0, math.fsum(v for k, v in result.contributions.items() if k not in shown))
        rows[result.id] = row
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=["divergence", *shown, OTHER])
    return frame if (frame[OTHER] > 0).any() else frame.drop(columns=OTHER)


def heatmap_data(comparison: Comparison) -> pd.DataFrame:
    """Findings per 100 words of the version, one column per kind of finding.

    Columns are :data:`framing.records.FINDING_KINDS`, then any other kind found,
    alphabetically. A version with no words has NaN everywhere (undefined, not 0).
    """
    import pandas as pd

    others = [r for r in comparison.results if not r.is_baseline]
    extra = sorted({f.kind for r in others for f in r.findings} - set(FINDING_KINDS))
    kinds = [*FINDING_KINDS, *extra]
    rows = {}
    for result in others:
        words = result.document.word_count
        counts = {kind: 0 for kind in kinds}
        for finding in result.findings:
            counts[finding.kind] += 1
        rows[result.id] = {kind: 100 * n / words if words else math.nan for kind, n in counts.items()}
    return pd.DataFrame.from_dict(rows, orient="index", columns=kinds)


def coverage_data(comparison: Comparison) -> pd.DataFrame:
    """Shares of each version's words that are the same, reworded, partly shared or new.

    The first four columns add up to 1 (shares of the version's words);
    ``omitted`` is the share of the baseline's words the version leaves out.
    """
    import pandas as pd

    rows = {}
    for result in comparison.results:
        if not result.is_baseline:
            coverage = result.coverage()
            rows[result.id] = {name: coverage.get(name, math.nan) for name in COVERAGE_COLUMNS}
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(COVERAGE_COLUMNS))
