"""story_from_texts: a story from texts pasted into Python."""

from __future__ import annotations

import re

import pytest
from conftest import COPY, WIRE

import framing
from framing.errors import ConfigError, InputError


def test_builds_a_story_and_finds_the_wire_copy():
    story = framing.story_from_texts({"ap": WIRE, "blog": COPY}, outlets={"blog": "A blog"}, title="Bridge")
    assert [v.id for v in story.versions] == ["ap", "blog"]
    assert story.version("blog").outlet == "A blog" and story.version("ap").outlet is None
    assert story.title == "Bridge" and story.baseline is None
    comparison = framing.analyze(story)
    assert comparison.baseline == "ap"
    assert "Associated Press" in comparison.baseline_reason


def test_named_baseline():
    story = framing.story_from_texts({"ap": WIRE, "blog": COPY}, baseline="blog")
    assert framing.analyze(story).baseline == "blog"


@pytest.mark.parametrize(
    ("texts", "options", "error", "match"),
    [
        (WIRE, {}, ConfigError, "must be a dict"),
        ([WIRE, COPY], {}, ConfigError, "must be a dict"),
        ({"ap": WIRE, "blog": COPY}, {"outlets": {"paper": "X"}}, ConfigError, "not in 'texts'"),
        ({"ap": WIRE, "blog": COPY}, {"baseline": "paper"}, ConfigError, "'baseline' parameter"),
        ({"ap": WIRE}, {}, InputError, "at least two versions"),
        ({"ap": WIRE, "blog": "  "}, {}, InputError, "empty text"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(texts, options, error, match):
    with pytest.raises(error, match=match):
        framing.story_from_texts(texts, **options)


def test_is_exported():
    assert "story_from_texts" in framing.__all__


def test_texts_that_are_not_strings_name_the_parameter():
    with pytest.raises(ConfigError, match=r"The 'texts' parameter of story_from_texts must map .* Got str 'a' -> int"):
        framing.story_from_texts({"a": 1, "b": COPY})


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"weights": [1.0]}, "The 'weights' parameter of analyze must be a dict of {feature name: weight}"),
        ({"baseline": 1}, "The 'baseline' parameter of analyze must be a version id"),
        ({"model": {"a": 1}}, "The 'model' parameter of analyze must be a framing.DivergenceModel"),
    ],
)
def test_analyze_names_a_wrong_parameter(options, message):
    story = framing.story_from_texts({"ap": WIRE, "blog": COPY})
    with pytest.raises(ConfigError, match=re.escape(message)):
        framing.analyze(story, **options)
