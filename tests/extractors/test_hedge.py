from extractors.helpers import run, texts

WIRE = "The ministry said the bridge will reopen in June. Officials said repairs may cost more."


def test_added_hedge_in_outlet_voice():
    result = run(
        "hedge",
        "The ministry said the bridge, apparently repaired, will reportedly reopen in June. Officials said repairs "
        "may cost more.",
        WIRE,
    )
    assert texts(result) == ["apparently", "reportedly"]
    assert all(f.details["change"] == "added" and not f.details["in_quote"] for f in result.findings)
    assert result.findings[0].baseline_text == "The ministry said the bridge will reopen in June."
    assert result.scores["added_per_100_words"] > 0


def test_hedge_the_baseline_shares_is_not_reported():
    assert texts(run("hedge", WIRE, WIRE)) == []


def test_removed_hedge():
    result = run(
        "hedge", "The ministry said the bridge will reopen in June. Officials said repairs will cost more.", WIRE
    )
    removed = [f for f in result.findings if f.details["change"] == "removed"]
    assert len(removed) == 1 and removed[0].details["baseline_word"] == "may"
    assert removed[0].text == "Officials said repairs will cost more."


def test_hedge_inside_a_quote_is_the_speakers():
    result = run(
        "hedge",
        'The ministry said the bridge will reopen in June. "It might have been avoided," Mayor Ana Lopez said.',
        WIRE,
    )
    quoted = [f for f in result.findings if f.text == "might"]
    assert quoted and quoted[0].details["in_quote"] and quoted[0].details["speaker"] == "Ana Lopez"


def test_month_may_is_not_a_hedge():
    assert texts(run("hedge", "The bridge will reopen in May. Officials said repairs may cost more.", WIRE)) == []


def test_seed_004_could_and_003_potentially(seed_comparison):
    hedges = {(r.id, f.text) for r in seed_comparison.results for f in r.findings if f.kind == "hedge"}
    assert ("004", "could") in hedges and ("003", "potentially") in hedges
    assert ("000", "may") not in hedges  # AP has the same "may"


def _added(copy: str) -> list[str]:
    return [f.text for f in run("hedge", copy, WIRE).findings if f.details["change"] == "added"]


def test_ability_is_not_a_hedge():
    assert _added("Kushner said he could not even remember his name. The bridge will reopen in June.") == []
    assert _added("The guard couldn't see the driver. The bridge will reopen in June.") == []


def test_possibility_of_an_event_is_not_a_hedge_but_epistemic_modals_are():
    assert _added("The plan could save the city millions. The bridge will reopen in June.") == []
    assert _added("Residents who might lose access were not told. The bridge will reopen in June.") == []
    assert _added("The collapse may have been caused by rust. The bridge will reopen in June.") == ["may"]
    assert _added("The bridge could be the oldest in the region. It will reopen in June.") == ["could"]
    assert _added("The delay may well cost the mayor his job. The bridge will reopen in June.") == ["may well"]


def test_possibility_leaned_on_unnamed_sources_is_a_hedge():
    assert _added("Analysts suggest a new toll could emerge. The bridge will reopen in June.") == ["could"]


def test_comparatives_and_attributes_are_not_hedges():
    copy = "Voters who are more likely to go to the ballot box backed the bridge. It will reopen in June."
    assert _added(copy) == []
    assert _added("Engineers worked for as long as possible. The bridge will reopen in June.") == []
    assert _added("Likely voters backed the bridge, which will reopen in June.") == []
    assert _added("A delay is likely. The bridge will reopen in June.") == ["likely"]


def test_reporting_verbs_are_not_hedges():
    assert _added("A post suggested the bridge was unsafe. The bridge will reopen in June.") == []
    assert _added("He does not believe in tolls. The bridge will reopen in June.") == []
    assert _added("A neighbour alleged that the bridge was unsafe. It will reopen in June.") == []
    assert _added("The bridge seems unsafe. The bridge will reopen in June.") == ["seems"]
    assert _added("The bridge is believed to be unsafe. It will reopen in June.") == ["is believed to"]


def test_figures_and_named_reports_are_not_hedges():
    assert _added("Roughly 200 workers repaired the bridge. It will reopen in June.") == []
    assert _added("The mayor reportedly wept. The bridge will reopen in June.") == ["reportedly"]
    copy = "The mayor told the newspaper he was sorry. He reportedly wept. The bridge will reopen in June."
    assert _added(copy) == []
    assert _added("The mayor said repairs could cost more. The bridge will reopen in June.") == []


def test_a_counterfactual_could_have_is_not_a_hedge():
    assert _added("The bridge could have opened sooner if the steel had come. It will reopen in June.") == []
    assert _added("The crack could have been caused by rust. The bridge will reopen in June.") == ["could"]


def test_indirect_questions_and_quoted_baseline_hedges():
    assert _added("Reporters asked whether there might be a vote. The bridge will reopen in June.") == []
    assert _added("Nobody knows who else he may have told. The bridge will reopen in June.") == []
    wire = 'The bridge will reopen in June. "It may cost more," the mayor said.'
    removed = [
        f for f in run("hedge", 'The bridge will reopen in June. "It will cost more," the mayor said.', wire).findings
    ]
    assert [f for f in removed if f.details["change"] == "removed"] == []


def test_legal_designations_are_not_hedges():
    assert _added("The man suspected of starting the fire was held. The bridge will reopen in June.") == []
    assert _added("Police asked him about the alleged thefts. The bridge will reopen in June.") == []
    assert _added("The bridge apparently needs new cables. It will reopen in June.") == ["apparently"]


def test_degree_adverbs_are_not_hedges():
    assert _added("The closure was caused in part by rain. The bridge will reopen in June.") == []
    assert _added("Virtually all drivers took the ferry. The bridge will reopen in June.") == []
    assert _added("The mayor remains broadly popular. The bridge will reopen in June.") == []
    assert _added("The ferry is largely empty. The bridge will perhaps reopen in June.") == ["perhaps"]


def test_a_hedge_in_the_words_a_source_is_reported_as_saying_is_the_sources():
    assert _added("He warned the council the bridge could be unsafe. It will reopen in June.") == []
    assert _added("The council told the court that repairs could possibly take years. It will reopen.") == []
    assert _added("The bridge is possibly unsafe, her husband said on Monday. It will reopen in June.") == []
    # the outlet's own distance from hearsay stays a hedge even in a reported clause
    assert _added("The mayor said the contractor had reportedly quit. The bridge will reopen in June.") == [
        "reportedly"
    ]


def test_a_forecast_credited_to_a_group_is_theirs_a_guess_pinned_on_nobody_is_a_hedge():
    assert _added("Critics of the plan point out that the bridge could close. It will reopen in June.") == []
    assert _added("Analysts suggest a new toll could emerge. The bridge will reopen in June.") == ["could"]


def test_no_hedge_removed_where_the_version_softens_in_words_of_its_own():
    wire = "The council said there is a possibility that the bridge will close."
    copy = "The council said the bridge could potentially close."
    removed = [f for f in run("hedge", copy, wire).findings if f.details["change"] == "removed"]
    assert removed == []
    firm = [f for f in run("hedge", "The council said the bridge will close.", wire).findings]
    assert [f.details["baseline_word"] for f in firm if f.details["change"] == "removed"] == ["possibility"]
