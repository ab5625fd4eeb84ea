from __future__ import annotations

import dataclasses
import json

import pytest

import framing
from framing.errors import BaselineError


def test_manifest_baseline_and_reason(seed_comparison):
    assert seed_comparison.baseline == "001"
    assert "manifest" in seed_comparison.baseline_reason


def test_wire_copy_is_detected_without_manifest(seed_story):
    story = dataclasses.replace(seed_story, baseline=None)
    comparison = framing.analyze(story)
    assert comparison.baseline == "001"
    assert "Associated Press" in comparison.baseline_reason
    assert "All contents © copyright 2025 Associated Press" in comparison.baseline_reason


def test_named_baseline_overrides(seed_story):
    assert framing.analyze(seed_story, baseline="000").baseline == "000"


def test_unknown_baseline_lists_versions(seed_story):
    with pytest.raises(BaselineError, match=r"no version has the id 'AP'.*'000', '001'"):
        framing.analyze(seed_story, baseline="AP")


def test_no_wire_credit_stops_with_the_list(small_story):
    plain = dataclasses.replace(
        small_story,
        versions=tuple(
            dataclasses.replace(v, outlet=None, raw=v.raw.replace("Associated Press", "Daily"))
            for v in small_story.versions
        ),
    )
    with pytest.raises(BaselineError, match=r"cannot tell which version is the wire copy.*--baseline"):
        framing.analyze(plain)


def test_outlet_field_names_the_wire(small_story):
    assert framing.analyze(small_story).baseline == "wire"


def test_the_reason_says_who_chose_the_baseline(seed_story, tmp_path):
    # --baseline over a manifest that names another version: the user chose it, not the manifest
    assert framing.analyze(seed_story, baseline="000").baseline_reason == (
        "Version 000 is the baseline because you chose it."
    )
    story_set = tmp_path / "set.jsonl"
    line = {
        "story": "s",
        "baseline": "a",
        "versions": [{"id": "a", "text": "One two three."}, {"id": "b", "text": "One two four."}],
    }
    story_set.write_text(json.dumps(line) + "\n", encoding="utf-8")
    story = next(framing.iter_stories(story_set))
    assert framing.analyze(story).baseline_reason == "Version a is the baseline because the story set names it."
    assert framing.analyze(story, baseline="b").baseline_reason == "Version b is the baseline because you chose it."
    pasted = framing.story_from_texts({"a": "One two three.", "b": "One two four."}, baseline="a")
    assert "it was named when the story was made" in framing.analyze(pasted).baseline_reason


def test_the_command_line_says_you_chose_it(capsys):
    from framing.cli import main
    from framing.examples import example_path

    assert main(["analyze", str(example_path()), "--baseline", "000"]) == 0
    assert "Version 000 is the baseline because you chose it." in capsys.readouterr().out
