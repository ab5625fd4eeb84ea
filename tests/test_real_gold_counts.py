"""The real gold's counts (data/gold/real) against docs/gold.md's tables and its halves' rule; gold files only,
no corpus needed."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from framing.examples import real_gold_folder

DOC = Path(__file__).resolve().parents[1] / "docs" / "gold.md"
# The stories of each round of annotation (docs/gold.md, "How it was made"); each round split its own stories.
SECOND_ROUND = {
    "abp-QM2CSygexF4Eabjn", "abp-54oaebT3XrUkmfsa", "abp-cssuPo5rClJIhvff", "abp-JLqDqF7OERwRAhcE",
    "abp-y4jI6oOPwP4U2sGy", "abp-0LlVPvRYJetFCOZb", "allsides-5868", "allsides-5631",
}  # fmt: skip
THIRD_ROUND = {
    "abp-KjYTv2De2xfz8N9e", "abp-kifYcbIkfjbB7J0n", "abp-rsjI4VWJEqN20NEp", "abp-YD8coOlrms1KM67S",
    "abp-r9cPRYTKeZDpQiXJ", "abp-q1TITk8wok3Zjlxo", "allsides-5618", "allsides-5789",
}  # fmt: skip


def _golds() -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(real_gold_folder().glob("*.json"))]


def _row(title: str) -> list[str]:
    """The cells of the docs table row whose first cell is ``title``."""
    if not DOC.is_file():
        pytest.skip("docs/gold.md is not beside the tests (an installed package)")
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] == title:
            return cells[1:]
    raise AssertionError(f"docs/gold.md has no table row {title!r}")


def test_the_gold_has_33_stories_in_two_halves_as_documented() -> None:
    golds = _golds()
    assert len(golds) == 33
    for half in ("tune", "report"):
        part = [g for g in golds if g["half"] == half]
        corpora = Counter(g["corpus"] for g in part)
        stories, versions, findings, avoid = _row(half)
        assert stories == f"{len(part)} ({corpora['abp-wire-stories']} abp, {corpora['allsides-neus']} AllSides)"
        assert int(versions) == sum(len(g["versions"]) for g in part)
        assert int(findings) == sum(len(g["findings"]) for g in part)
        assert int(avoid) == sum(len(g["must_not_flag"]) for g in part)


@pytest.mark.parametrize(
    "kind",
    [
        "hedge", "vague_attribution", "loaded_word", "unsourced_statistic", "added_framing", "altered_quote",
        "unmatched_quote", "omission", "boilerplate",
    ],
)  # fmt: skip
def test_the_per_kind_counts_are_the_documented_ones(kind: str) -> None:
    counts = [
        sum(item["kind"] == kind for g in _golds() if g["half"] == half for item in g[field])
        for field in ("findings", "must_not_flag")
        for half in ("tune", "report")
    ]
    assert [int(cell) for cell in _row(kind)] == counts
    assert counts[1] >= 4  # every kind has at least four items in the report half


def test_each_round_split_its_stories_by_the_hash_of_their_ids() -> None:
    golds = _golds()
    assert SECOND_ROUND | THIRD_ROUND <= {g["story"] for g in golds}
    for round_ in (SECOND_ROUND, THIRD_ROUND, {g["story"] for g in golds} - SECOND_ROUND - THIRD_ROUND):
        for corpus in ("abp-wire-stories", "allsides-neus"):
            ordered = sorted(
                (g for g in golds if g["story"] in round_ and g["corpus"] == corpus),
                key=lambda g: hashlib.sha256(g["story"].encode("utf-8")).hexdigest(),
            )
            assert [g["half"] for g in ordered] == [("tune", "report")[i % 2] for i in range(len(ordered))]


def test_no_article_text_is_kept() -> None:
    """Labels are a few words of the annotator's, never a quoted stretch of an article."""
    for gold in _golds():
        for item in (*gold["findings"], *gold["must_not_flag"]):
            assert len(item["label"].split()) <= 8 and not re.search(r"[“”\"]", item["label"]), item
            assert set(item) <= {"version", "kind", "start", "end", "in_baseline", "label", "speaker", "severity",
                                 "span_sha256"}  # fmt: skip
