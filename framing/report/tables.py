"""Plain-text and CSV renderings of a comparison."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from ..results import Comparison
from .words import feature_label

__all__ = ["ranking_table", "findings_csv", "CSV_COLUMNS"]

CSV_COLUMNS = (
    "story",
    "version",
    "outlet",
    "kind",
    "start",
    "end",
    "text",
    "explanation",
    "baseline_text",
    "in_baseline",
    "extractor",
    "sentence",
    "details",
)
_FORMULA_STARTS = frozenset("=+-@\t\r")
_FIXED = {"kind", "start", "end", "text", "explanation", "baseline_text", "in_baseline", "extractor", "sentence"}


def ranking_table(comparison: Comparison) -> str:
    """The terminal table: rank, version, outlet, divergence and the three largest contributions, in plain words."""
    rows = [
        ("rank", "version", "outlet", "divergence", "from baseline", "findings in its text", "largest contributions")
    ]
    for result in comparison.results:
        rank = "base" if result.is_baseline else str(result.rank)
        derived = result.scores.get("alignment__derived_share", float("nan"))
        parts = ", ".join(f"{feature_label(name)} {value:.2f}" for name, value in result.top_contributions(3)) or "-"
        rows.append(
            (
                rank,
                result.id,
                result.document.version.outlet or "-",
                f"{result.divergence:.2f}",
                f"{derived:.0%}",
                str(result.findings_in_text),
                parts,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in rows
    ]
    title = comparison.story.title or comparison.story.name
    header = f"{title}\n{comparison.baseline_reason}\n"
    note = "\ndivergence: 0 = same as the baseline, 1 = nothing in common; it describes texts, not outlets."
    return header + "\n".join(line.rstrip() for line in lines) + note + "\n"


def findings_csv(comparisons: Iterable[Comparison]) -> str:
    """One row per finding of every comparison."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for comparison in comparisons:
        for result in comparison.results:
            outlet = result.document.version.outlet or ""
            for record in map(result.finding_dict, result.findings):
                details = {k: v for k, v in record.items() if k not in _FIXED}
                writer.writerow(
                    [_inert(comparison.story.name), _inert(result.id), _inert(outlet)]
                    + [_cell(record[name]) for name in CSV_COLUMNS[3:-1]]
                    + [json.dumps(details, ensure_ascii=False, sort_keys=True)]
                )
    return buffer.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _inert(value) if isinstance(value, str) else str(value)


def _inert(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: ``'`` before a leading ``=``, ``+``, ``-``, ``@``,
    tab or carriage return, as OWASP advises against CSV injection (the apostrophe shows the cell is text)."""
    return "'" + text if text[:1] in _FORMULA_STARTS else text
