"""Assemble the files of one story's report (written by :func:`framing.report.write_reports`)."""

from __future__ import annotations

from ..compare import Comparison
from .tables import findings_csv, ranking_table

__all__ = ["report_files"]


def report_files(comparison: Comparison, *, with_pdf: bool = True) -> dict[str, bytes]:
    """``{file name: content}`` of the report: JSON contract, findings CSV, ranking table."""
    files = {
        "report.json": (comparison.to_json() + "\n").encode("utf-8"),
        "findings.csv": findings_csv([comparison]).encode("utf-8"),
        "ranking.txt": ranking_table(comparison).encode("utf-8"),
    }
    return files
