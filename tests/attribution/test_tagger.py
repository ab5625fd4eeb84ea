"""The trained cue tagger: the shipped model, what it adds, what it vetoes, and what it leaves to speech."""

from __future__ import annotations

import json

import pytest

from framing.attribution import analyse
from framing.attribution.tagger import CueTagger, cue_tagger
from framing.attribution.text import quotation_spans, sentences
from framing.errors import ConfigError


def test_shipped_model_carries_provenance_and_sane_settings() -> None:
    model = cue_tagger()
    assert "PolNeAR" in model.meta["source"] and "research use" in model.meta["licence"]
    assert 500 < len(model.vocabulary) < 3000 and {"said", "wants", "support"} <= model.vocabulary
    assert 0.0 < model.veto < model.threshold < 1.0
    halves = model.meta["half_to_half"]
    assert set(halves) == {"train A -> B", "train B -> A"}
    assert all(0.70 < scores["cue_span_f1"] <= 1.0 for scores in halves.values())


def test_attitudes_are_cues_of_their_own_kind() -> None:
    text = "Senator Jane Roe supports the bill. The mayor appeared to rely on a memo, citing a 2002 report."
    cues = [(a.cue_text, a.source_text, a.cue_kind) for a in analyse(text, tagged=True).attributions]
    assert cues == [
        ("supports", "Senator Jane Roe", "attitude"),
        ("appeared", "The mayor", "attitude"),
        ("citing", "The mayor", "attitude"),
    ]
    assert analyse(text).attributions == ()  # by default (and in the extractors) speech alone


def test_an_attitude_never_owns_a_quotation() -> None:
    text = "“We will win the recount,” said Mayor Ana Lopez, who wants every ballot counted again."
    speech = analyse(text, tagged=True)
    owner = speech.attributions[speech.quotations[0].attribution]  # type: ignore[index]
    assert (owner.cue_text, owner.source_text) == ("said", "Mayor Ana Lopez, who wants every ballot counted again")


def test_the_veto_drops_a_reporting_word_that_reports_nothing() -> None:
    for text in ("The governor maintains a commanding lead over her rivals.", "Hiring continues to defy the slowdown."):
        assert len(analyse(text).attributions) == 1  # the rules read "maintains" and "continues" as speech
        assert analyse(text, tagged=True).attributions == ()
    text = "She frequently reports live from the field. Cook said the rules were clear."
    assert [a.cue_text for a in analyse(text, tagged=True).attributions] == ["reports", "said"]


def test_a_long_sentence_keeps_an_earlier_cue_when_its_end_is_cut() -> None:
    # the clause before "…, he could answer" was read as a placeholder, and took "said" with it
    text = (
        "Jane Roe, who covered the city council for twenty years for a local paper, said she almost always "
        "treated the meeting as a crucial, although brief, chance to ask the mayor a question only he could answer."
    )
    found = [(a.cue_text, a.source_text) for a in analyse(text).attributions]
    assert ("said", "Jane Roe, who covered the city council for twenty years for a local paper") in found


def test_two_apostrophes_quote_like_a_quotation_mark() -> None:
    text = "Members pay more ''because they expect service,'' Mr. Chipok said. ''But others may not.'' He left."
    quotes = [text[a:b] for quote in quotation_spans(text) for a, b in quote]
    assert quotes == ["''because they expect service,''", "''But others may not.''"]
    assert [text[a:b] for a, b in sentences(text)][1] == "''But others may not.''"
    said = analyse(text).attributions[0]
    assert said.source_text == "Mr. Chipok" and said.content_kind == "direct"


def test_probability_is_an_exact_sum() -> None:
    model = CueTagger(frozenset({"x"}), {"a": 0.1, "b": 0.2, "c": -0.3}, 0.0, 0.5, {})
    assert model.probability(["a", "b", "c"]) == model.probability(["c", "b", "a"]) == 0.5
    assert model.is_cue(["a", "b", "c"]) and not model.is_cue(["c"])


def test_a_broken_model_file_says_how_to_rebuild_it() -> None:
    with pytest.raises(ConfigError, match="train_cues.py"):
        CueTagger.from_json(json.loads('{"vocabulary": ["said"], "weights": {}}'))


@pytest.mark.shared
def test_on_polnear_the_tagger_adds_what_the_rules_miss() -> None:
    """A regression guard on 80 PolNeAR articles (in the model's training data, so not a result: the
    half-to-half numbers are in the model's metadata and framing/attribution/README.md)."""
    from framing.evaluation.floors import shared_root
    from framing.evaluation.polnear import evaluate_polnear, read_polnear

    root = shared_root()
    if root is None or not (root / "eval" / "polnear-train").is_dir():
        pytest.skip("no evaluation data: ../shared/eval/polnear-train beside the checkout, or set FRAMING_SHARED")
    articles = read_polnear(root / "eval" / "polnear-train", limit=80)
    tagged = evaluate_polnear(articles, engine="attribution")
    assert float(tagged["cue_span_f1"]) >= 0.75 and float(tagged["cue_span_precision"]) >= 0.78
    assert float(tagged["source_span_f1"]) >= 0.70 and float(tagged["number_kappa"]) >= 0.55
