"""Records built by hand are checked once, with the parameter named."""

from __future__ import annotations

import pytest

from framing.errors import ConfigError, InputError
from framing.records import Finding, Story, Version


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Version(id="a", raw=None), "The 'raw' parameter of Version must be a str. Got NoneType instead."),
        (lambda: Version(id=1, raw="x"), "The 'id' parameter of Version must be a str. Got int instead."),
        (lambda: Version(id="a", raw="x", outlet=3), "The 'outlet' parameter of Version must be a str or None."),
        (lambda: Story(name="s", versions="ab"), "The 'versions' parameter of Story must be a tuple of"),
    ],
)
def test_wrong_types_are_config_errors(build, message):
    with pytest.raises(ConfigError, match=message):
        build()


def test_a_story_needs_two_versions_with_their_own_ids():
    with pytest.raises(InputError, match="The 'versions' parameter of Story must hold at least two versions"):
        Story(name="s", versions=(Version("a", "Text."),))
    with pytest.raises(InputError, match="must give each version its own id. Got 'a' twice instead"):
        Story(name="s", versions=(Version("a", "One."), Version("a", "Two.")))


def test_a_list_of_versions_is_taken_as_a_tuple():
    story = Story(name="s", versions=[Version("a", "One."), Version("b", "Two.")])
    assert isinstance(story.versions, tuple) and story.version("b").raw == "Two."


def test_a_detail_named_like_a_fixed_field_is_refused():
    with pytest.raises(ConfigError, match=r"must not reuse the names of its fixed fields. Got \['start', 'text'\]"):
        Finding("hedge", 0, 3, "may", "A hedge.", "hedge", details={"text": "x", "start": 9})
    finding = Finding("hedge", 0, 3, "may", "A hedge.", "hedge", details={"category": "modal"})
    assert finding.details["category"] == "modal"
