"""Corpus mode's parts, without a cluster: reading, dates, reprints, grouping, wire origin, profiles."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.corpus import features as F
from framing.corpus.dedup import find_reprints
from framing.corpus.group import GroupingParams, centred, group_stories, tfidf
from framing.corpus.profiles import chart_matrix, outlet_profiles
from framing.corpus.read import Article, Problem, iter_records, normalise_date
from framing.corpus.wire import Member, choose_origin
from framing.errors import InputError, MissingInputError


@pytest.mark.parametrize(
    ("given", "day", "note_start"),
    [
        ("2019-03-21", "2019-03-21", None),
        ("2019-03-21T10:00:00Z", "2019-03-21", None),
        ("1/21/18", "2018-01-21", "m/d/y date"),
        ("12/1/2016", "2016-12-01", "m/d/y date"),
        ("", None, "empty date"),
        (None, None, "empty date"),
        ("0001-11-30", None, "impossible year"),
        ("2050-01-01", None, "impossible year"),
        ("2019-02-30", None, "impossible date"),
        ("yesterday", None, "unreadable date"),
    ],
)
def test_dates_are_normalised_and_odd_ones_said(given, day, note_start):
    got, note = normalise_date(given)
    assert got == day
    assert (note is None) if note_start is None else note.startswith(note_start)


def _lines(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_bad_records_are_reported_with_their_line(tmp_path):
    pile = _lines(
        tmp_path / "pile.jsonl",
        [
            {"id": "a", "text": "Some words here."},
            {"id": "b", "outlet": "X"},
            {"id": "c", "text": "   "},
            "{not json",
            {"text": "no id"},
            [1, 2],
        ],
    )
    items = list(iter_records(pile))
    assert isinstance(items[0], Article) and items[0].line == 1
    problems = [(p.line, p.problem) for p in items if isinstance(p, Problem)]
    assert [line for line, _ in problems] == [2, 3, 4, 5, 6]
    assert "missing field 'text'" in problems[0][1] and "no text" in problems[1][1]
    assert "not a JSON object" in problems[2][1] and "missing field 'id'" in problems[3][1]


def test_gzip_parquet_and_folder_read_alike(tmp_path):
    rows = [{"id": "a", "outlet": "O", "title": "T", "date": "2020-01-02", "url": None, "text": "One two three."}]
    with gzip.open(tmp_path / "pile.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(rows[0]) + "\n")
    pd.DataFrame(rows).to_parquet(tmp_path / "pile.parquet")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(rows[0]), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    for path in (tmp_path / "pile.jsonl.gz", tmp_path / "pile.parquet"):
        (article,) = iter_records(path)
        assert (article.id, article.outlet, article.date, article.text) == ("a", "O", "2020-01-02", "One two three.")
    first, second = iter_records(folder)
    assert first.id == "a" and isinstance(second, Problem) and second.line == 2 and "unreadable" in second.problem


def test_unknown_or_missing_input_is_one_clear_error(tmp_path):
    with pytest.raises(MissingInputError, match="no such file"):
        list(iter_records(tmp_path / "absent.jsonl"))
    (tmp_path / "pile.csv").write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError, match="JSON Lines"):
        list(iter_records(tmp_path / "pile.csv"))


WIRE = (
    "HAMBURG (Reuters) - A fire broke out at a chemical plant in the port of Hamburg on Tuesday, injuring three "
    "workers, the fire brigade said. About 150 firefighters were at the scene. The cause was not yet known."
)
COPY = (
    "A fire broke out at a chemical plant in the port of Hamburg on Tuesday, injuring three workers, the fire "
    "brigade said. Critics blame lax rules. About 150 firefighters were at the scene."
)
OTHER = "The town council voted on Thursday to build a park with a playground on the old rail yard by next summer."


def test_wire_credit_and_outlet():
    assert F.wire_credit(WIRE)[0] == "Reuters"
    assert F.wire_credit(COPY) == (None, None)
    assert F.is_wire_outlet("Associated Press") and F.is_wire_outlet("Reuters") and not F.is_wire_outlet("Apple Daily")


def test_origin_prefers_wire_outlet_then_credit_then_derivation_else_none():
    credited = Member("w", WIRE, "Daily Planet", "2020-01-02", "Reuters", "HAMBURG (Reuters) -")
    copy = Member("c", COPY, "Metro", "2020-01-01", None, None)
    assert choose_origin([copy, credited]).kind == "wire_credit"
    agency = Member("r", WIRE + " More.", "Reuters", "2020-01-03", None, None)
    origin = choose_origin([copy, credited, agency])
    assert (origin.id, origin.kind) == ("r", "wire_outlet") and "wire agency (Reuters)" in origin.reason
    plain = Member("w", WIRE, "Daily Planet", "2020-01-02", None, None)
    derived = choose_origin([copy, plain])
    assert derived.kind == "derivation" and derived.derivation >= 0.4
    none = choose_origin(
        [Member("a", OTHER, "X", "2020-01-02", None, None), Member("b", COPY, "Y", "2020-01-01", None, None)]
    )
    assert (none.id, none.kind) == ("b", "none") and none.reason.startswith("No wire copy")


def test_exact_and_near_copies_are_reprints_of_the_wire_copy():
    long = " ".join([WIRE, COPY, OTHER, "Officials will give more details at a briefing on Wednesday afternoon."])
    texts = [long, long, long.replace("Wednesday afternoon", "Wednesday"), OTHER]
    signatures = np.array([F.signature(F.words(t)) for t in texts])
    reprints = find_reprints(["a", "b", "c", "d"], signatures, ["X", "Reuters", "Y", "Z"], [None] * 4, [None] * 4)
    assert set(reprints) == {0, 2} and all(original == 1 for original, _ in reprints.values())
    assert reprints[0][1] == 1.0 and 0.8 <= reprints[2][1] < 1.0


def _grouped(texts: list[str], days: list[int | None]) -> list[int]:
    counts = F.term_counts([None] * len(texts), texts)
    meanings = np.array([F.meaning(None, F.words(t)) for t in texts])
    return group_stories(days, [str(i) for i in range(len(texts))], tfidf(counts), centred(meanings), GroupingParams())


def test_stories_group_by_meaning_within_the_window():
    texts = [WIRE, COPY, OTHER, OTHER.replace("Thursday", "Friday")]
    labels = _grouped(texts, [10, 10, 10, 11])
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    far = _grouped(texts, [10, 30, 10, 11])  # the same words three weeks later: another story
    assert far[0] != far[1]
    undated = _grouped(texts, [10, None, 10, None])  # undated articles may join any story
    assert undated[0] == undated[1] and undated[2] == undated[3]


def test_profiles_are_seeded_and_intervals_hold_the_estimate():
    rng = np.random.default_rng(0)
    rows = [
        {
            "story": f"s{i}",
            "version": f"v{i}{o}",
            "outlet": o,
            "origin_kind": "wire_outlet",
            "words": 100,
            "divergence": rng.random(),
            **{f: rng.random() for f in __import__("framing.corpus.profiles", fromlist=["FEATURES"]).FEATURES},
        }
        for i in range(12)
        for o in ("A", "B")
    ]
    rows.append(dict(rows[0], story="s99", origin_kind="none"))  # no wire copy: left out
    frame = pd.DataFrame(rows)
    first, second = outlet_profiles(frame), outlet_profiles(frame)
    pd.testing.assert_frame_equal(first, second)
    assert first["n_stories"].tolist() == [12, 12]
    a = first.iloc[0]
    assert a["derived_share_low"] <= a["derived_share"] <= a["derived_share_high"]
    assert a["divergence"] == pytest.approx(
        frame[(frame.outlet == "A") & (frame.origin_kind != "none")]["divergence"].median()
    )
    matrix = chart_matrix(first)
    assert list(matrix.index) == ["A (n=12)", "B (n=12)"] and "divergence" in matrix.columns
