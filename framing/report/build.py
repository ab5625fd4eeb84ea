"""Assemble the files of one story's report (written by :func:`framing.report.write_reports`)."""

from __future__ import annotations

from pathlib import Path

from ..results import Comparison
from .html import report_html
from .tables import findings_csv, ranking_table
from .write import write_reports

__all__ = ["report_files", "write_report", "write_handout"]


def report_files(comparison: Comparison, *, with_pdf: bool = True, handout: bool = False) -> dict[str, bytes]:
    """``{file name: content}`` of the report.

    Always: ``report.json`` (the contract), ``findings.csv``, ``ranking.txt`` and
    ``report.html`` (side by side, findings highlighted). With ``with_pdf``: the
    chart PNGs and ``report.pdf`` as well (matplotlib and reportlab are imported
    only then). With ``handout``: ``handout.pdf`` too, two pages for a class.
    """
    files = {
        "report.json": (comparison.to_json() + "\n").encode("utf-8"),
        "findings.csv": findings_csv([comparison]).encode("utf-8"),
        "ranking.txt": ranking_table(comparison).encode("utf-8"),
    }
    charts: dict[str, bytes] = {}
    if with_pdf:
        from .charts import chart_pngs
        from .pdf import build_pdf

        charts = chart_pngs(comparison)
        files.update(charts)
        files["report.pdf"] = build_pdf(comparison, charts)
    if handout:
        from .handout import build_handout

        files["handout.pdf"] = build_handout(comparison)
    files["report.html"] = report_html(comparison, charts=tuple(charts)).encode("utf-8")
    return files


def write_report(
    comparison: Comparison, out_dir: str | Path, *, with_pdf: bool = True, handout: bool = False
) -> list[Path]:
    """Build the report of ``comparison`` and write it into ``out_dir``, all files or none.

    Returns the paths written: ``report.pdf``, the chart PNGs, ``report.html``,
    ``report.json``, ``findings.csv``, ``ranking.txt`` (and ``handout.pdf`` with ``handout``).
    """
    return write_reports(report_files(comparison, with_pdf=with_pdf, handout=handout), out_dir)


def write_handout(comparison: Comparison, out_dir: str | Path = ".") -> Path:
    """Write the two-page ``handout.pdf`` into ``out_dir`` (by default the current folder: in Jupyter, the
    notebook's own folder), leaving the folder's other files alone; returns its path."""
    from .handout import build_handout
    from .write import write_one

    return write_one(Path(out_dir) / "handout.pdf", build_handout(comparison))
