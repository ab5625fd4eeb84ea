"""``framing eval gold``: the real-story gold read against its corpora, checked, and scored (invented texts)."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_root

from framing.cli import main
from framing.errors import InputError, MissingInputError
from framing.evaluation.gold import (
    Predicted,
    _same_speaker,
    check_spans,
    evaluate_gold,
    predictions,
    read_real_gold,
    score_gold,
)
from framing.evaluation.seed import GoldItem
from framing.examples import real_gold_folder

WIRE = (
    "The council approved the new park on Tuesday, officials said. "
    "The vote was 7-2. Work starts in May.\n\n"
    '"This park is for every family," Mayor Ana Lopez said.'
)
COPY = (
    "The council rammed through a park on Tuesday. Critics say the plan is a waste. "
    '"This park is for families," Mayor Ana Lopez said. '
    '"We will fight it," said Tom Reyes. The vote was 7-2.'
)
LEFT = ["The board backed the plan in a stunning defeat for its foes.", "Experts say it may fail."]
CENTER = ["The board backed the plan on Monday.", "It takes effect next year."]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _item(version: str, kind: str, text: str, phrase: str, **extra: Any) -> dict[str, Any]:
    start = text.index(phrase)
    end = start + len(phrase)
    return {"version": version, "kind": kind, "start": start, "end": end, "span_sha256": _sha(phrase)[:16], **extra}


def _write_corpora(root: Path) -> Path:
    corpora = root / "corpora"
    (corpora / "abp-wire-stories").mkdir(parents=True)
    (corpora / "allsides-neus").mkdir()
    story = {
        "story": "abp-park",
        "baseline": "w1",
        "versions": [{"id": "w1", "outlet": "Wire", "text": WIRE}, {"id": "c1", "outlet": "Daily", "text": COPY}],
    }
    (corpora / "abp-wire-stories" / "stories.jsonl").write_text(json.dumps(story) + "\n", encoding="utf-8")
    news = {
        side: {"newsSource": side.title(), "newsTitle": "t", "newBody": body}
        for side, body in (("left", LEFT), ("center", CENTER), ("right", CENTER[:1]))
    }
    page = {"id": 7, "issue": "park", "news": news}
    path = corpora / "allsides-neus" / "headline_11_2021-10-19_crawled_all.jsonl"
    path.write_text(json.dumps(page) + "\n", encoding="utf-8")
    return corpora


def _abp_gold() -> dict[str, Any]:
    findings = [
        _item("c1", "loaded_word", COPY, "rammed through"),
        _item("c1", "vague_attribution", COPY, "Critics say"),
        _item("c1", "altered_quote", COPY, "This park is for families", speaker="Ana Lopez", severity="minor"),
        _item("c1", "unmatched_quote", COPY, "We will fight it", speaker="Tom Reyes"),
        {**_item("c1", "omission", WIRE, "Work starts in May."), "in_baseline": True},
    ]
    avoid = [_item("c1", "unsourced_statistic", COPY, "7-2")]
    texts = {"w1": {"chars": len(WIRE), "sha256": _sha(WIRE)}, "c1": {"chars": len(COPY), "sha256": _sha(COPY)}}
    return {
        "story": "abp-park",
        "half": "report",
        "corpus": "abp-wire-stories",
        "baseline": "w1",
        "versions": ["c1"],
        "texts": texts,
        "findings": findings,
        "must_not_flag": avoid,
    }


def _allsides_gold() -> dict[str, Any]:
    left, center = "\n\n".join(LEFT), "\n\n".join(CENTER)
    return {
        "story": "allsides-7",
        "half": "tune",
        "corpus": "allsides-neus",
        "baseline": "center",
        "versions": ["left"],
        "texts": {"left": {"sha256": _sha(left)}, "center": {"sha256": _sha(center)}},
        "findings": [_item("left", "added_framing", left, "in a stunning defeat for its foes")],
        "must_not_flag": [],
    }


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    corpora = _write_corpora(tmp_path)
    folder = tmp_path / "gold"
    folder.mkdir()
    for gold in (_abp_gold(), _allsides_gold()):
        (folder / f"{gold['story']}.json").write_text(json.dumps(gold), encoding="utf-8")
    return corpora, folder


def test_reads_both_corpora_and_the_halves(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    golds = read_real_gold(corpora, folder)
    assert [g.story.name for g in golds] == ["abp-park", "allsides-7"]
    assert [g.half for g in golds] == ["report", "tune"]
    assert golds[1].story.version("left").raw == "\n\n".join(LEFT)  # AllSides text: paragraphs, blank line between
    assert [g.story.name for g in read_real_gold(corpora, folder, "tune")] == ["allsides-7"]
    assert all(check_spans(g) == [] for g in golds)


def test_a_changed_text_is_refused(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    path = corpora / "abp-wire-stories" / "stories.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace("rammed", "pushed"), encoding="utf-8")
    with pytest.raises(InputError, match="changed in the corpus"):
        read_real_gold(corpora, folder)


def test_a_bad_span_or_half_is_reported(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    gold = _abp_gold()
    gold["findings"][0]["end"] += 1
    (folder / "abp-park.json").write_text(json.dumps(gold), encoding="utf-8")
    (problem,) = check_spans(read_real_gold(corpora, folder, "report")[0])
    assert "does not match its recorded hash" in problem
    gold["half"] = "dev"
    (folder / "abp-park.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(InputError, match="'half' must be"):
        read_real_gold(corpora, folder)
    with pytest.raises(MissingInputError):
        read_real_gold(corpora, folder / "none")


def _predicted(kind: str, phrase: str, speaker: str | None = None, severity: str | None = None) -> Predicted:
    text, in_baseline = (WIRE, True) if kind == "omission" else (COPY, False)
    start = text.index(phrase)
    return Predicted(GoldItem("c1", kind, start, start + len(phrase), in_baseline), speaker, severity)


def test_scores_per_kind_fields_and_must_not_flag(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    gold = read_real_gold(corpora, folder, "report")[0]
    predicted = [
        _predicted("loaded_word", "through"),  # overlaps the gold span: a match
        _predicted("loaded_word", "waste"),  # no gold item: a false positive
        _predicted("altered_quote", "park is for", "Mayor Lopez", "substantive"),  # speaker right, severity wrong
        _predicted("unmatched_quote", "We will fight", None),  # speaker missing
        _predicted("unsourced_statistic", "7-2"),  # a must-not-flag item
        _predicted("omission", "Work starts"),
    ]
    scores = score_gold([(gold, predicted)])
    assert scores["loaded_word_precision"] == 0.5 and scores["loaded_word_recall"] == 1.0
    assert scores["vague_attribution_recall"] == 0.0 and math.isnan(scores["vague_attribution_precision"])
    assert scores["unsourced_statistic_precision"] == 0.0
    assert scores["omission_recall"] == 1.0
    assert scores["micro_precision"] == pytest.approx(4 / 6) and scores["micro_recall"] == pytest.approx(4 / 5)
    assert scores["must_not_flag_hits"] == 1.0
    assert scores["speaker_accuracy"] == 0.5 and scores["speaker_matched_findings"] == 2.0
    # of the findings that name a speaker (the quote without one is left out), all name the right one
    assert scores["named_speaker_accuracy"] == 1.0 and scores["named_speaker_matched_findings"] == 1.0
    assert scores["severity_accuracy"] == 0.0 and scores["severity_matched_findings"] == 1.0


def test_a_possessive_still_names_the_speaker_and_another_name_does_not(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    gold = read_real_gold(corpora, folder, "report")[0]
    right = [_predicted("unmatched_quote", "We will fight", "Reyes's spokesman")]
    assert score_gold([(gold, right)])["speaker_accuracy"] == 1.0
    wrong = [_predicted("unmatched_quote", "We will fight", "Ana Lopez")]
    assert score_gold([(gold, wrong)])["speaker_accuracy"] == 0.0


def test_a_typographic_apostrophe_is_the_same_name() -> None:
    assert _same_speaker("James O’Neill", "O'Neill") and _same_speaker("O'Neill", "Sean O’Neill's aide")
    assert not _same_speaker("James O’Neill", "Neill")


def test_evaluate_runs_framing_on_the_annotated_versions(setup: tuple[Path, Path]) -> None:
    corpora, folder = setup
    golds = read_real_gold(corpora, folder)
    assert all(p.item.version in g.versions for g in golds for p in predictions(g))
    scores = evaluate_gold(corpora, "all", folder)
    assert scores["half"] == "all" and scores["stories"] == 2 and scores["versions"] == 2
    assert scores["gold_findings"] == 6


def test_cli_prints_json(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    corpora, folder = setup
    argv = ["eval", "gold", str(corpora), "--gold", str(folder), "--half", "tune", "--format", "json"]
    assert main(argv) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["stories"] == 1 and scores["added_framing_gold_findings"] == 1
    assert main(["eval", "gold", str(corpora / "none"), "--gold", str(folder)]) == 2


SHARED = shared_root()


@pytest.mark.shared
@pytest.mark.skipif(SHARED is None, reason="no ../shared corpora beside the checkout (or set FRAMING_SHARED)")
@pytest.mark.parametrize("half", ["tune", "report"])
def test_the_real_gold_is_sound_and_scored(half: str) -> None:
    assert SHARED is not None
    corpora = SHARED / "corpora"
    golds = read_real_gold(corpora, real_gold_folder(), half)
    assert golds and all(check_spans(g) == [] for g in golds)
    scores = evaluate_gold(corpora, half)
    assert scores["versions"] == sum(len(g.versions) for g in golds)
    assert scores["gold_findings"] == sum(len(g.findings) for g in golds)
    for key in ("micro_precision", "micro_recall", "omission_precision", "unmatched_quote_recall", "speaker_accuracy"):
        assert 0.0 <= float(scores[key]) <= 1.0
