"""The final files of a corpus run, put together from the batches' parts in batch order.

``stories.jsonl`` (one record per story, with its framing report), ``findings.parquet``,
``articles.parquet`` (every article: its line, date as read, story, and the original
it reprints), ``profiles.csv``/``.parquet``/``.png``, ``errors.jsonl`` (every record
left out, with its line) and ``summary.json`` (counts, settings and what was done to
odd dates). All are the same bytes whatever the number of workers.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .profiles import NOTE, chart_matrix, outlet_profiles, save_chart
from .read import Problem
from .store import write_atomic
from .tasks import FINDING_SCHEMA, VERSION_SCHEMA, part_name

__all__ = ["write_outputs"]

_INDEX_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("line", pa.int64()),
        ("outlet", pa.string()),
        ("date", pa.string()),
        ("date_note", pa.string()),
        ("story", pa.string()),
        ("reprint_of", pa.string()),
        ("reprint_jaccard", pa.float64()),
        ("credit", pa.string()),
    ]
)


def write_outputs(
    folder: Path,
    batches: int,
    index: dict[str, Any],
    reprints: dict[int, tuple[int, float]],
    stories: list[dict],
    problems: list[Problem],
    settings: dict[str, Any],
) -> dict[str, int]:
    lines = b"".join((folder / part_name("stories", n, "jsonl")).read_bytes() for n in range(batches))
    write_atomic(folder / "stories.jsonl", lines)
    findings = _concat(folder, "findings", batches, FINDING_SCHEMA)
    write_atomic(folder / "findings.parquet", _parquet(findings))
    versions = _concat(folder, "versions", batches, VERSION_SCHEMA)
    profiles = outlet_profiles(versions.to_pandas())
    table = pa.Table.from_pandas(profiles, preserve_index=False).replace_schema_metadata({"note": NOTE})
    write_atomic(folder / "profiles.parquet", _parquet(table))
    write_atomic(folder / "profiles.csv", profiles.to_csv(index=False, float_format="%.6g").encode("utf-8"))
    buffer = io.BytesIO()
    save_chart(chart_matrix(profiles), buffer)
    write_atomic(folder / "profiles.png", buffer.getvalue())
    write_atomic(folder / "articles.parquet", _parquet(_index_table(index, reprints, stories)))
    errors = "".join(json.dumps({"source": p.source, "line": p.line, "problem": p.problem}) + "\n" for p in problems)
    write_atomic(folder / "errors.jsonl", errors.encode("utf-8"))
    analysed = sum(1 for line in lines.splitlines() if json.loads(line)["report"] is not None)
    summary = _summary(index, reprints, stories, problems, settings, analysed, findings.num_rows, len(profiles))
    write_atomic(folder / "summary.json", (json.dumps(summary, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    return {"analysed": analysed}


def _concat(folder: Path, stage: str, batches: int, schema: pa.Schema) -> pa.Table:
    tables = [pq.read_table(folder / part_name(stage, n, "parquet"), schema=schema) for n in range(batches)]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _parquet(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def _index_table(index: dict[str, Any], reprints: dict[int, tuple[int, float]], stories: list[dict]) -> pa.Table:
    story_of: dict[str, str] = {}
    for story in stories:
        for member in story["members"]:
            story_of[member["id"]] = story["story"]
        for copy in story["reprints"]:
            story_of[copy["id"]] = story["story"]
    rows = []
    for i, article in enumerate(index["id"]):
        original = reprints.get(i)
        rows.append(
            {
                "id": article,
                "line": index["line"][i],
                "outlet": index["outlet"][i],
                "date": index["date"][i],
                "date_note": index["date_note"][i],
                "story": story_of[article],
                "reprint_of": index["id"][original[0]] if original else None,
                "reprint_jaccard": original[1] if original else None,
                "credit": index["credit"][i],
            }
        )
    return pa.Table.from_pylist(rows, schema=_INDEX_SCHEMA)


def _summary(
    index: dict[str, Any],
    reprints: dict[int, tuple[int, float]],
    stories: list[dict],
    problems: list[Problem],
    settings: dict[str, Any],
    analysed: int,
    findings: int,
    outlets: int,
) -> dict[str, Any]:
    notes = Counter(_note_kind(note) for note in index["date_note"] if note)
    sizes = Counter(len(s["members"]) for s in stories)
    return {
        "schema": "framing.corpus-summary/1",
        "articles": len(index["id"]),
        "left_out": len(problems),
        "reprints": len(reprints),
        "stories": len(stories),
        "stories_analysed": analysed,
        "single_article_stories": sizes.get(1, 0),
        "largest_story": max(sizes) if sizes else 0,
        "findings": findings,
        "outlets_profiled": outlets,
        "dates": {
            "undated_articles": sum(1 for d in index["date"] if d is None),
            "handling": dict(sorted(notes.items())),
            "what_was_done": (
                "ISO dates kept (time of day dropped); m/d/y dates read as month/day/year (two-digit years as "
                "strptime's %y); empty, unreadable and impossible dates (outside the years allowed) left undated. "
                "Undated articles are grouped after the dated ones and may join any story (no time window)."
            ),
        },
        "settings": settings,
        "note": NOTE,
    }


def _note_kind(note: str) -> str:
    """The kind of a date note: "empty date", "m/d/y date", "impossible year in", ..."""
    return note.split(" '")[0].split(":")[0]
