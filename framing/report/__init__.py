"""The report layer: tables, JSON, CSV, HTML, charts and the PDF. Only this layer writes files.

>>> from framing.report import write_report                  # doctest: +SKIP
>>> write_report(comparison, "reports/")                      # doctest: +SKIP

matplotlib and reportlab are imported only when a chart or the PDF is asked
for, so reading tables and CSV stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .build import report_files, write_handout, write_report
from .chartdata import ranking_data
from .html import finding_html, report_html
from .notebook import classroom_examples, kind_guide, show_charts, show_finding

__all__ = [
    "write_report",
    "write_handout",
    "paste_form",
    "report_files",
    "report_html",
    "finding_html",
    "show_charts",
    "show_finding",
    "kind_guide",
    "classroom_examples",
    "ranking_data",
    "plot_ranking",
]

_CHARTS = ("plot_ranking",)


def __getattr__(name: str) -> Any:
    """The ranking chart's helper (it needs matplotlib) and the notebook form (ipywidgets), imported on first use. The
    other charts, tables and layouts are in their modules: ``framing.report.charts``, ``.tables``, ``.layout``,
    ``.chartdata``."""
    if name in _CHARTS:
        return getattr(import_module(".charts", __name__), name)
    if name == "paste_form":
        return import_module(".pasteform", __name__).paste_form
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
