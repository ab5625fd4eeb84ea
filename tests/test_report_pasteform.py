"""The notebook form: boxes start with the texts given; what is in the boxes becomes the story."""

from __future__ import annotations

import pytest
from conftest import COPY, WIRE

import framing
from framing.errors import ConfigError
from framing.report import paste_form, write_handout


def test_form_defaults_give_the_story_and_edits_are_read(tmp_path):
    form = paste_form({"wire": WIRE, "copy": COPY}, outlets={"copy": "A blog"})
    story = form.story(title="Bridge")
    assert [v.id for v in story.versions] == ["wire", "copy"] and story.version("copy").outlet == "A blog"
    assert story.baseline is None and framing.analyze(story).baseline == "wire"
    form._texts[2].value = COPY.replace("staggering", "huge")
    form._baseline.value = "version 3"
    assert form.story().baseline == "version 3" and len(form.story().versions) == 3
    path = write_handout(framing.analyze(form.story()), tmp_path)
    assert path == (tmp_path / "handout.pdf").resolve() and path.read_bytes().startswith(b"%PDF")


def test_empty_baseline_box_is_refused():
    form = paste_form({"wire": WIRE, "copy": COPY})
    form._baseline.value = "version 3"
    with pytest.raises(ConfigError, match="has an empty box"):
        form.story()
