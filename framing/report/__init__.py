"""The report layer: tables, JSON, CSV, HTML, charts and the PDF. Only this layer writes files.

>>> from framing.report import write_report                  # doctest: +SKIP
>>> write_report(comparison, "reports/")                      # doctest: +SKIP

matplotlib and reportlab are imported only when a chart or the PDF is asked
for, so reading tables and CSV stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .build import report_files, write_report
from .chartdata import coverage_data, heatmap_data, ranking_data, version_labels
from .html import finding_html, report_html
from .layout import side_by_side
from .notebook import classroom_examples, kind_guide, show_charts, show_finding
from .tables import findings_csv, ranking_table
from .write import write_reports

__all__ = [
    "write_report",
    "report_files",
    "write_reports",
    "findings_csv",
    "ranking_table",
    "report_html",
    "finding_html",
    "side_by_side",
    "ranking_data",
    "heatmap_data",
    "coverage_data",
    "version_labels",
    "plot_ranking",
    "plot_heatmap",
    "plot_coverage",
    "plot_omitted",
    "chart_pngs",
    "show_charts",
    "show_finding",
    "kind_guide",
    "classroom_examples",
]

_CHARTS = ("plot_ranking", "plot_heatmap", "plot_coverage", "plot_omitted", "chart_pngs")


def __getattr__(name: str) -> Any:
    """Chart helpers, imported on first use (they need matplotlib)."""
    if name in _CHARTS:
        return getattr(import_module(".charts", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
