"""The engine's records: offsets, content kinds, batching and determinism."""

from __future__ import annotations

import dataclasses

import pytest

from framing.attribution import SOURCE_TYPES, analyse, analyse_many
from framing.errors import InputError

TEXT = (
    "The ministry said on Monday that exports fell 4 percent.\n\n"
    "“We expected worse,” a senior trade official told reporters. “This is manageable.”\n\n"
    "Analysts at the bank believe the slide will continue.\n\n"
    "The minister denied the report."
)


def test_records_are_frozen_and_offsets_point_into_the_text() -> None:
    speech = analyse(TEXT)
    assert len(speech.attributions) == 4
    for found in speech.attributions:
        assert TEXT[found.cue[0] : found.cue[1]] == found.cue_text
        assert found.source is not None and TEXT[found.source[0] : found.source[1]] == found.source_text
        assert found.source_type in SOURCE_TYPES
        assert all(0 <= a < b <= len(TEXT) for a, b in found.content)
    with pytest.raises(dataclasses.FrozenInstanceError):
        speech.attributions[0].cue_text = "x"  # type: ignore[misc]


def test_content_kinds() -> None:
    kinds = [(a.cue_text, a.source_text, a.content_kind) for a in analyse(TEXT).attributions]
    assert kinds == [
        ("said", "The ministry", "indirect"),
        ("told", "a senior trade official", "direct"),
        ("believe", "Analysts at the bank", "indirect"),
        ("denied", "The minister", "paraphrase"),
    ]
    told = analyse(TEXT).attributions[1]
    assert [TEXT[a:b] for a, b in told.content] == ["“We expected worse,”", "“This is manageable.”"]


def test_batched_equals_one_by_one() -> None:
    other = "Police said two people were hurt."
    assert analyse_many([TEXT, other]) == [analyse(TEXT), analyse(other)]


def test_empty_text() -> None:
    speech = analyse("")
    assert speech.attributions == () and speech.quotations == () and speech.voices == ()


def test_focus_parses_only_what_is_asked_about() -> None:
    figure = TEXT.index("4 percent")
    focused = analyse(TEXT, focus=((figure, figure + 9),))
    assert [a.source_text for a in focused.attributions] == ["The ministry"]
    assert [q.spans for q in focused.quotations] == [q.spans for q in analyse(TEXT).quotations]
    assert [q.attribution for q in focused.quotations] == [None, None]  # their cue sentence was not asked about


def test_focus_on_a_quotation_reaches_its_cue() -> None:
    text = "Ms. Reyes said:\n\n“We build the clinics first. Then we staff them.”\n\nThe council said nothing."
    start = text.index("Then")
    focused = analyse(text, focus=((start, start + 4),))
    assert [a.source_text for a in focused.attributions] == ["Ms. Reyes"]
    assert focused.quotations[0].attribution == 0


def test_long_reported_clauses_map_back_whole() -> None:
    after = (
        "The regional health director said on Tuesday that the hospital had run out of beds for the second time "
        "this winter and that patients were being sent to clinics in three neighbouring towns."
    )
    found = analyse(after).attributions[0]
    assert found.source_text == "The regional health director"
    assert after[found.content[0][0] : found.content[-1][1]].startswith("that the hospital had run out of beds")
    assert found.content[-1][1] == len(after) - 1
    before = (
        "Exports of grain fell by a quarter in the first half of the year as the drought cut harvests across the "
        "south and the port strike held up shipments for weeks, the agriculture ministry said on Friday."
    )
    found = analyse(before).attributions[0]
    assert (found.source_text, found.source_type) == ("the agriculture ministry", "organisation")
    assert before[found.content[0][0] : found.content[0][1]].startswith("Exports of grain fell by a quarter")


def test_one_text_not_a_list() -> None:
    with pytest.raises(InputError, match="analyse_many"):
        analyse(["a", "b"])  # type: ignore[arg-type]


def test_focus_accepts_any_sequence_of_spans() -> None:
    figure = TEXT.index("4 percent")
    assert analyse(TEXT, focus=[(figure, figure + 9)]) == analyse(TEXT, focus=((figure, figure + 9),))
