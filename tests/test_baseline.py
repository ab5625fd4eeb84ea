from __future__ import annotations

import dataclasses

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
