"""findings.csv: cells a spreadsheet would run as formulas are made inert."""

from __future__ import annotations

import csv
import io

import framing
from framing.report.tables import findings_csv


def test_formula_cells_are_neutralised():
    story = framing.story_from_texts(
        {
            "=wire": "Rain fell on the city, the mayor said.\nAll contents © copyright 2025 Associated Press.",
            "@copy": "Rain fell on the city, the mayor said. Critics called the disgraceful plan a 40% failure.",
        },
        outlets={"@copy": "+Blog"},
        baseline="=wire",
        name="-story",
    )
    rows = list(csv.DictReader(io.StringIO(findings_csv([framing.analyze(story)]))))
    assert rows
    for row in rows:
        assert row["story"] == "'-story" and row["version"] in ("'=wire", "'@copy")
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert any(row["outlet"] == "'+Blog" for row in rows)
