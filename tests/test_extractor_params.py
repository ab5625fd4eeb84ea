"""Extractors take keyword parameters, checked once, and run by name or as instances."""

from __future__ import annotations

import pytest

import framing
from framing.errors import ConfigError
from framing.extractors import AddedFraming, Hedge, QuoteFidelity, Readability


def test_parameters_are_stored_listed_and_shown():
    hedge = Hedge(quoted_weight=0.2)
    assert hedge.get_params() == {"quoted_weight": 0.2, "removed_weight": 0.5}
    assert repr(hedge) == "Hedge(quoted_weight=0.2)" and repr(Hedge()) == "Hedge()"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Hedge(quoted_weight=2), "The 'quoted_weight' parameter of Hedge must be a number from 0 to 1. Got 2"),
        (lambda: QuoteFidelity(match="high"), "The 'match' parameter of QuoteFidelity must be a number"),
        (lambda: AddedFraming(report_attributed="no"), "must be True or False. Got 'no' instead"),
        (lambda: Readability(min_words=0), "The 'min_words' parameter of Readability"),
    ],
)
def test_bad_parameters_are_refused_when_made(make, message):
    with pytest.raises(ConfigError, match=message):
        make()


def test_instances_and_names_mix_in_analyze(seed_story):
    default = framing.analyze(seed_story, extractors=["added_framing"])
    hidden = framing.analyze(seed_story, extractors=[AddedFraming(report_attributed=False)])
    attributed = [f for f in default.result("002").findings if f.details.get("attributed")]
    assert attributed and not [f for f in hidden.result("002").findings if f.details.get("attributed")]
    # the score counts attributed additions either way; only the findings shown differ
    assert default.result("002").scores == hidden.result("002").scores
    with pytest.raises(ConfigError, match=r"names \['hedge'\] more than once"):
        framing.analyze(seed_story, extractors=["hedge", Hedge()])
    with pytest.raises(ConfigError, match="must hold extractor names or Extractor instances"):
        framing.analyze(seed_story, extractors=[3])  # type: ignore[list-item]


def test_a_parameter_changes_what_is_found():
    wire = "The council approved the budget on Monday. The mayor said the plan was ready."
    copy = 'The council approved the budget on Monday. "The plan may be ready," the mayor said.'
    story = framing.story_from_texts({"wire": wire, "copy": copy}, baseline="wire")
    quoted = [f for f in framing.analyze(story, extractors=[Hedge(quoted_weight=0.1)]).result("copy").findings]
    default = [f for f in framing.analyze(story, extractors=["hedge"]).result("copy").findings]
    assert [(f.text, f.details["in_quote"], f.weight) for f in quoted] == [("may", True, 0.1)]
    assert [(f.text, f.weight) for f in default] == [("may", 0.5)]
