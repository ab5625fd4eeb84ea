"""The work done in a Dask worker: one batch of articles read, or one batch of stories analysed.

Each task writes its own files (atomically) and returns only their names, so the
client never holds a batch's texts or reports. The same batch gives the same bytes
in any worker.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Version
from . import features as F
from .read import Article
from .store import write_atomic
from .wire import Member, choose_origin

__all__ = ["ingest_batch", "analyse_batch", "part_name", "ARTICLE_SCHEMA", "FINDING_SCHEMA", "VERSION_SCHEMA"]

ARTICLE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("line", pa.int64()),
        ("outlet", pa.string()),
        ("title", pa.string()),
        ("date", pa.string()),
        ("date_note", pa.string()),
        ("url", pa.string()),
        ("words", pa.int64()),
        ("credit", pa.string()),
        ("credit_evidence", pa.string()),
        ("text", pa.string()),
    ]
)
FINDING_SCHEMA = pa.schema(
    [
        ("story", pa.string()),
        ("version", pa.string()),
        ("outlet", pa.string()),
        ("is_baseline", pa.bool_()),
        ("kind", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("explanation", pa.string()),
        ("baseline_text", pa.string()),
        ("in_baseline", pa.bool_()),
        ("in_quote", pa.bool_()),
        ("extractor", pa.string()),
        ("sentence", pa.int64()),
        ("details", pa.string()),  # the kind's own fields, as a JSON object
    ]
)
#: Profile features of a version: (column, score it is read from, whether it is a rate to put per 100 words).
PROFILE_FEATURES: tuple[tuple[str, str], ...] = (
    ("added_framing_unattributed_per_100_words", "added_framing__unattributed_per_100_words"),
    ("unsourced_statistic_per_100_words", "unsourced_statistic__per_100_words"),
    ("loaded_word_outlet_voice_per_100_words", "loaded_word__outlet_per_100_words"),
    ("hedge_added_per_100_words", "hedge__added_per_100_words"),
    ("vague_attribution_per_100_words", "vague_attribution__per_100_words"),
    ("quote_altered_per_100_words", "quote__altered_per_100_words"),
    ("quote_unmatched_per_100_words", "quote__unmatched_per_100_words"),
    ("derived_share", "alignment__derived_share"),
)
VERSION_SCHEMA = pa.schema(
    [("story", pa.string()), ("version", pa.string()), ("outlet", pa.string()), ("origin_kind", pa.string())]
    + [("words", pa.int64()), ("divergence", pa.float64())]
    + [(name, pa.float64()) for name, _ in PROFILE_FEATURES]
    + [("attribution_dropped_per_100_words", pa.float64())]
)
_CORE = ("kind", "start", "end", "text", "explanation", "baseline_text", "in_baseline", "extractor", "sentence")


def part_name(stage: str, number: int, suffix: str) -> str:
    """``parts/<stage>-<number>.<suffix>``, the number zero-padded so that names sort as numbers."""
    return f"parts/{stage}-{number:05d}.{suffix}"


def _parquet_bytes(rows: list[dict[str, Any]], schema: pa.Schema) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer, compression="zstd")
    return buffer.getvalue()


def ingest_batch(number: int, articles: Sequence[Article], out: str) -> list[str]:
    """Features and the texts of one batch of articles, written as a Parquet and an ``.npy`` file."""
    folder = Path(out)
    rows: list[dict[str, Any]] = []
    signatures = np.zeros((len(articles), F.NUM_PERM), dtype=np.uint64)
    meanings = np.zeros((len(articles), 64), dtype=np.float32)
    for row, article in enumerate(articles):
        tokens = F.words(article.text)
        signatures[row] = F.signature(tokens)
        meanings[row] = F.meaning(article.title, tokens)
        credit, evidence = F.wire_credit(article.text)
        rows.append(
            {
                "id": article.id,
                "line": article.line,
                "outlet": article.outlet,
                "title": article.title,
                "date": article.date,
                "date_note": article.date_note,
                "url": article.url,
                "words": len(tokens),
                "credit": credit,
                "credit_evidence": evidence,
                "text": article.text,
            }
        )
    counts = F.term_counts([a.title for a in articles], [a.text for a in articles])
    names = [part_name("articles", number, "parquet"), part_name("features", number, "npz")]
    write_atomic(folder / names[0], _parquet_bytes(rows, ARTICLE_SCHEMA))
    buffer = io.BytesIO()
    np.savez(
        buffer,
        signatures=signatures,
        meanings=meanings,
        data=counts.data,
        indices=counts.indices.astype(np.int32),
        indptr=counts.indptr.astype(np.int64),
    )
    write_atomic(folder / names[1], buffer.getvalue())
    return names


def analyse_batch(number: int, stories: Sequence[dict[str, Any]], out: str) -> list[str]:
    """Choose the wire origin of each story and analyse it with :func:`framing.analyze`; write the batch's files."""
    folder = Path(out)
    texts = _read_members(folder, stories)
    lines: list[str] = []
    findings: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    for story in stories:
        record, report = _analyse_story(story, texts)
        lines.append(json.dumps(record, ensure_ascii=False, allow_nan=False, sort_keys=False))
        if report is not None:
            findings += _finding_rows(story["story"], report)
            versions += _version_rows(story["story"], record["wire_origin"]["kind"], report)
    names = [
        part_name("stories", number, "jsonl"),
        part_name("findings", number, "parquet"),
        part_name("versions", number, "parquet"),
    ]
    write_atomic(folder / names[0], ("\n".join(lines) + "\n").encode("utf-8") if lines else b"")
    write_atomic(folder / names[1], _parquet_bytes(findings, FINDING_SCHEMA))
    write_atomic(folder / names[2], _parquet_bytes(versions, VERSION_SCHEMA))
    return names


def _read_members(folder: Path, stories: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The rows of every analysed member, read from the article parts that hold them."""
    wanted: dict[int, list[int]] = {}
    for story in stories:
        for member in story["members"]:
            wanted.setdefault(member["part"], []).append(member["row"])
    rows: dict[str, dict[str, Any]] = {}
    for part, indices in sorted(wanted.items()):
        table = pq.read_table(folder / part_name("articles", part, "parquet")).take(sorted(set(indices)))
        for row in table.to_pylist():
            rows[row["id"]] = row
    return rows


def _analyse_story(story: dict[str, Any], texts: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], Any]:
    import framing

    rows = [texts[m["id"]] for m in story["members"]]
    members = [Member(r["id"], r["text"], r["outlet"], r["date"], r["credit"], r["credit_evidence"]) for r in rows]
    origin = choose_origin(members)
    record: dict[str, Any] = {
        "schema": "framing.corpus-story/1",
        "story": story["story"],
        "first_date": story["first_date"],
        "last_date": story["last_date"],
        "members": [m["id"] for m in story["members"]],
        "reprints": story["reprints"],
        "wire_origin": {"id": origin.id, "kind": origin.kind, "reason": origin.reason, "derivation": origin.derivation},
        "report": None,
        "error": None,
    }
    if len(members) < 2:
        return record, None
    versions = tuple(
        Version(id=r["id"], raw=r["text"], outlet=r["outlet"], title=r["title"], date=r["date"], url=r["url"])
        for r in rows
    )
    try:
        comparison = framing.analyze(
            framing.Story(name=story["story"], versions=versions, title=rows[0]["title"]), baseline=origin.id
        )
    except framing.FramingError as error:  # recorded with the story, never dropped
        record["error"] = str(error)
        return record, None
    report = json.loads(comparison.to_json(indent=None))
    record["report"] = report
    return record, report


def _finding_rows(story: str, report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for version in report["versions"]:
        for finding in version["findings"]:
            details = {k: v for k, v in finding.items() if k not in _CORE and k != "in_quote"}
            row = {k: finding.get(k) for k in _CORE}
            row.update(story=story, version=version["id"], outlet=version["outlet"], is_baseline=version["is_baseline"])
            row["in_quote"] = finding.get("in_quote")
            row["details"] = json.dumps(details, ensure_ascii=False, sort_keys=True)
            rows.append(row)
    return rows


def _version_rows(story: str, origin_kind: str, report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for version in report["versions"]:
        if version["is_baseline"]:
            continue
        scores = version["scores"]
        row: dict[str, Any] = {"story": story, "version": version["id"], "outlet": version["outlet"]}
        row.update(origin_kind=origin_kind, words=version["words"], divergence=version["divergence"])
        row.update({name: scores.get(score) for name, score in PROFILE_FEATURES})
        dropped = scores.get("vague_attribution__dropped_count")
        words = version["words"]
        row["attribution_dropped_per_100_words"] = None if dropped is None or not words else 100.0 * dropped / words
        rows.append(row)
    return rows
