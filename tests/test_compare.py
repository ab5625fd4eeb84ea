from __future__ import annotations

import json

import pytest

import framing
from framing.errors import ConfigError
from framing.kinds import FINDING_KINDS


def test_frame_has_one_row_per_version(seed_comparison):
    frame = seed_comparison.to_frame()
    assert list(frame.index) == ["001", "000", "003", "002", "004"]
    assert frame.loc["004", "rank"] == 4 and frame.loc["001", "is_baseline"]
    assert "hedge__added_per_100_words" in frame.columns and "coverage__omitted" in frame.columns


def test_findings_frame_matches_json(seed_comparison):
    frame = seed_comparison.findings_frame()
    report = json.loads(seed_comparison.to_json())
    assert len(frame) == sum(len(v["findings"]) for v in report["versions"])
    assert set(frame["kind"]) <= set(FINDING_KINDS)


def test_every_kind_is_found_in_the_seed_story(seed_comparison):
    kinds = {f.kind for _, f in seed_comparison.findings()}
    assert kinds == set(FINDING_KINDS)


def test_html_repr_ranks_versions(seed_comparison):
    html = seed_comparison._repr_html_()
    assert html.index("MENAFN") < html.index("<td>4</td>")
    # plain words, as in the table (the meaning terms carry most of the index since issue 14)
    assert "distance in wording 0.17, distance in meaning 0.03" in html and "meaning__lexical_distance" not in html


def test_story_string_is_refused():
    with pytest.raises(ConfigError, match="must be a framing.Story"):
        framing.analyze("data/stories/nato-rutte-japan-2025")


def test_extractors_as_a_string_is_refused(seed_story):
    with pytest.raises(ConfigError, match="write \\['hedge'\\]"):
        framing.analyze(seed_story, extractors="hedge")


def test_choosing_extractors(seed_story):
    comparison = framing.analyze(seed_story, extractors=["junk"])
    assert {f.kind for _, f in comparison.findings()} == {"boilerplate", "duplicate_passage"}


def test_analysis_leaves_the_cycle_collector_as_it_found_it(seed_story):
    import gc
    import weakref

    assert gc.isenabled()
    framing.analyze(seed_story)
    assert gc.isenabled()
    gc.disable()
    try:
        framing.analyze(seed_story)
        assert not gc.isenabled()  # a caller that paused the collector keeps it paused
    finally:
        gc.enable()

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    # The caller's reference cycles are still collected in a loop of analyses (a pause that handed every
    # young object to the oldest generation on the way out kept them all alive).
    dropped = []
    for _ in range(5):
        cycle = Cycle()
        dropped.append(weakref.ref(cycle))
        del cycle
        framing.analyze(seed_story)
    assert sum(ref() is None for ref in dropped) >= 3


def test_documents_carry_no_hidden_cache(seed_story):
    # What stages hand on is typed fields of frozen records; what an extractor prepares lives in a per-story
    # store dropped with the analysis, so a kept result holds nothing that can change.
    comparison = framing.analyze(seed_story)
    for result in comparison.results:
        document = result.document
        assert not hasattr(document, "memo") and not hasattr(document, "__dict__")
        assert len(document.word_sets) == len(document.sentences) == len(document.attributions)
    again = framing.analyze(seed_story)
    assert again.to_json() == comparison.to_json()
