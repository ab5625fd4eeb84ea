"""Folders of a story set's reports: one per story, never shared, never hidden."""

from __future__ import annotations

import pytest

from framing.errors import InputError
from framing.report.folders import safe_name, story_folders

WHERES = [f"set.jsonl:{n}" for n in range(1, 10)]


def test_plain_names_are_kept() -> None:
    assert story_folders(["nato-rutte", "abp-02kOFBr1"], WHERES[:2]) == ["nato-rutte", "abp-02kOFBr1"]


def test_names_that_would_share_a_folder_are_told_apart() -> None:
    folders = story_folders(["a/b", "a_b", "a:b"], WHERES[:3])
    assert folders[1] == "a_b"  # the story whose name is its folder keeps it
    assert folders[0].startswith("a_b-") and folders[2].startswith("a_b-") and len(set(folders)) == 3
    assert folders[0] == "a_b-c14cddc0"  # as the README says
    assert story_folders(["a/b"], WHERES[:1]) == ["a_b"]  # alone, nothing to tell apart
    assert story_folders(["a/b", "a_b", "a:b"], WHERES[:3]) == folders  # the same names, the same folders


def test_folders_differing_only_in_case_are_told_apart() -> None:
    lower, upper = story_folders(["rain", "Rain"], WHERES[:2])
    assert lower.casefold() != upper.casefold()


def test_the_same_name_twice_is_an_error_naming_both_lines() -> None:
    with pytest.raises(InputError, match=r"set.jsonl:3: the story name 'same' is also the name of the story at set"):
        story_folders(["same", "other", "same"], WHERES[:3])


def test_safe_names_are_never_hidden_nor_empty_nor_long() -> None:
    assert safe_name("..") == "_." and safe_name(".framing-1-ab") == "_framing-1-ab"
    assert safe_name("") == "story" and len(safe_name("x" * 500)) == 100
    assert safe_name("a\nb/c") == "a_b_c"
