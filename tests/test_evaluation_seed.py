"""The seed story's gold: locating items and the matching rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.evaluation.seed import GoldItem, evaluate_seed, match, read_gold
from framing.examples import example_story, gold_path


def test_gold_items_are_located_in_the_raw_files() -> None:
    story = example_story()
    baseline, gold, avoid = read_gold(gold_path(), story)
    data = json.loads(gold_path().read_text(encoding="utf-8"))
    assert baseline == "001" and len(gold) == len(data["findings"]) and len(avoid) == len(data["must_not_flag"])
    for item in gold:
        raw = story.version("001" if item.in_baseline else item.version).raw
        assert 0 <= item.start < item.end <= len(raw)
    staggering = [
        g
        for g in gold
        if g.version == "002" and g.kind == "loaded_word" and story.version("002").raw[g.start : g.end] == "staggering"
    ]
    assert len(staggering) == 2 and staggering[0].start < staggering[1].start  # occurrence 1 and 2


def test_matching_is_one_to_one_by_version_kind_and_overlap() -> None:
    gold = [GoldItem("a", "hedge", 10, 20), GoldItem("a", "hedge", 30, 40)]
    predicted = [
        GoldItem("a", "hedge", 15, 16),
        GoldItem("a", "hedge", 18, 19),  # the first gold item is taken: a false positive
        GoldItem("b", "hedge", 30, 40),  # another version
        GoldItem("a", "loaded_word", 30, 40),  # another kind
        GoldItem("a", "hedge", 39, 45),
    ]
    assert match(gold, predicted) == [(0, 0), (4, 1)]


def test_evaluate_seed_on_a_tiny_gold(tmp_path: Path) -> None:
    gold = {
        "baseline": "001",
        "findings": [{"version": "001", "kind": "boilerplate", "text": "___"}],
        "must_not_flag": [],
    }
    file = tmp_path / "gold.json"
    file.write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate_seed(file)
    assert scores["gold_findings"] == 1.0
    assert scores["boilerplate_recall"] == 1.0 and scores["micro_recall"] == 1.0
    assert scores["micro_precision"] == pytest.approx(1 / scores["predicted_findings"])


def test_a_gold_text_not_in_the_file(tmp_path: Path) -> None:
    file = tmp_path / "gold.json"
    file.write_text(json.dumps({"baseline": "001", "findings": [{"version": "000", "kind": "hedge", "text": "zzz"}]}))
    with pytest.raises(InputError, match="'zzz' is not in version '000'"):
        evaluate_seed(file)
