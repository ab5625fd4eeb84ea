from extractors.helpers import run

WIRE = "The mayor opened the new bridge on Monday. It cost 4 million dollars, the city said."


def test_unattributed_cause_is_added_framing():
    result = run("added_framing", WIRE + " The opening is a response to pressure from angry voters.", WIRE)
    [finding] = result.findings
    assert finding.details["attributed"] is False and finding.details["category"] == "cause"
    assert finding.text == "The opening is a response to pressure from angry voters."
    assert result.scores["unattributed_per_100_words"] > 0


def test_attributed_addition_is_reported_apart_with_lower_weight():
    result = run("added_framing", WIRE + " The bridge will ease traffic, the transport minister told reporters.", WIRE)
    [finding] = result.findings
    assert finding.details["attributed"] is True and finding.weight < 1
    assert result.scores["unattributed_per_100_words"] == 0.0


def test_editorial_aside():
    result = run("added_framing", WIRE + " It is worth mentioning that the old bridge was built in 1901.", WIRE)
    assert [f.details["category"] for f in result.findings] == ["aside"]


def test_plain_added_fact_is_not_framing():
    assert run("added_framing", WIRE + " The bridge is 300 metres long.", WIRE).findings == ()


def test_seed_trump_sentence(seed_comparison):
    found = [
        f for f in seed_comparison.result("002").findings if f.kind == "added_framing" and not f.details["attributed"]
    ]
    assert any(f.text.startswith("Trump's visit to NATO is a response") for f in found)
    assert any(f.text.startswith("underscoring the alliance's intent") for f in found)
    assert any(f.text.startswith("It is worth mentioning") for f in found)


SENSE_WIRE = (
    "The city council canceled Thursday's budget hearing. The council did not give a reason. "
    "Mayor Ana Lopez said on Monday that the city would raise spending on buses."
)


def _own_voice(copy: str) -> list[tuple[str, str]]:
    result = run("added_framing", SENSE_WIRE + " " + copy, SENSE_WIRE)
    return [(f.text, f.details["category"]) for f in result.findings if not f.details["attributed"]]


def test_a_modal_alone_is_not_a_prediction():
    assert _own_voice("The clerk could not provide the original minutes.") == []
    assert _own_voice("She was a driver who complained that she could not see the road.") == []
    assert _own_voice("Riders who might lose their stop were not consulted.") == []
    assert _own_voice("Under the plan, drivers would have to pass a new test.") == []
    assert _own_voice("The cuts could push the city into deficit.") == [
        ("The cuts could push the city into deficit.", "prediction")
    ]


def test_the_outlets_motive_in_an_opening_adjunct_of_an_attributed_sentence():
    copy = "In a desperate bid to shore up her sagging popularity, Mayor Ana Lopez said on Monday that the city "
    copy += "would raise spending on buses."
    result = run("added_framing", copy + " The council canceled Thursday's budget hearing.", SENSE_WIRE)
    found = [(f.text, f.details["category"], f.details["attributed"]) for f in result.findings]
    assert found == [("In a desperate bid to shore up her sagging popularity", "motive", False)]


def test_a_cause_the_baseline_does_not_give():
    copy = "Her antics caused the city council to cancel Thursday's budget hearing. The council did not explain."
    result = run("added_framing", copy, SENSE_WIRE)
    assert [(f.details["category"], f.details["cue"].split()[0]) for f in result.findings] == [("cause", "caused")]
    assert _own_voice("The vaccine caused no serious side effects.") == []  # a plain effect, not a causal claim


def test_the_outlets_judgements():
    amid = "Amid outcry, the mayor has stuck to the untrue claim that drivers are to blame."
    assert _own_voice(amid) == [(amid, "cause")]
    surely = "Surely, the swing to buses is a product of an unpopular former mayor."
    assert _own_voice(surely) == [(surely, "evaluation")]
    blaming = "By blaming 'both sides', the mayor effectively endorsed her deputy's false claim."
    assert _own_voice(blaming) == [(blaming, "evaluation")]
    assert _own_voice("The vote is a blow to the drivers' union.") == [
        ("The vote is a blow to the drivers' union.", "evaluation")
    ]


def test_a_judging_appositive_on_an_attributed_sentence():
    copy = "Lopez said the next council will pick its own auditor, a clear nod to her rival."
    assert _own_voice(copy) == [("a clear nod to her rival", "clause")]


def test_claims_credited_to_sources_are_not_the_outlets():
    assert _own_voice("Critics say that the cuts could push the city into deficit.") == []
    assert _own_voice("Lopez denied the report, attributing it to a long feud.") == []


def test_a_participle_describing_the_subject_is_not_a_reading():
    copy = "Judge Ana Lopez, presiding in the county court, noted strong arguments on both sides of the budget."
    assert _own_voice(copy) == []


def test_would_predicts_only_heading_a_main_clause():
    assert _own_voice("The mayor gave no details on how she would pay for it.") == []
    assert _own_voice("Limited seating pushed would-be observers into the hallway.") == []
    assert _own_voice("The clerk might have misplaced the minutes.") == []
    assert _own_voice("This would shift money from roads to buses.") == [
        ("This would shift money from roads to buses.", "prediction")
    ]


def test_what_is_not_the_outlets_forecast_or_judgement():
    assert _own_voice('The deputy has called the audit "completely baseless" and unfair.') == []
    assert _own_voice("When will the bridge reopen?") == []
    assert _own_voice("The measure would ban trucks from the bridge.") == []
    assert _own_voice("The mayor will attend a summit on Friday.") == []
    assert _own_voice("Most observers think the mayor could lose her seat.") == []
    assert _own_voice("The deputy was expected to be a star witness.") == []
    assert _own_voice("The mayor will lose the next election.") == [
        ("The mayor will lose the next election.", "prediction")
    ]


def test_a_question_and_answer_adjunct_is_no_reading():
    copy = (
        "In response to a question from a reporter, Mayor Ana Lopez said on Monday that the city would raise spending."
    )
    assert _own_voice(copy) == []


def test_background_causes_are_not_the_outlets_framing():
    assert _own_voice("The treasurer, who resigned because of the audit, spoke on Friday.") == []
    assert (
        _own_voice("A judge granted a request by newspapers that the minutes be released due to public interest.") == []
    )
    assert _own_voice("The audit found spending that did not result in charges.") == []
    assert _own_voice("The treasurer resigned because of the audit.") == [
        ("The treasurer resigned because of the audit.", "cause")
    ]


def test_a_crimes_name_and_a_contests_win_do_not_judge():
    assert _own_voice("The treasurer pleaded guilty to making false statements to banks.") == []
    assert _own_voice("The mayor repeated the false claim that the buses were empty.") == [
        ("The mayor repeated the false claim that the buses were empty.", "evaluation")
    ]
    wire = "Ana Lopez won Tuesday's mayoral runoff with 54 percent of the vote."
    copy = wire + " The result is a victory for the Green party."
    assert [f.details["category"] for f in run("added_framing", copy, wire).findings] == []
    ruling = "The court ruling is a victory for the drivers' union."
    assert _own_voice(ruling) == [(ruling, "evaluation")]


def test_a_depicting_participle_is_not_a_reading():
    said = SENSE_WIRE + " Treasurer Tom Reyes said on Tuesday that the port would close"
    found = [f.text for f in run("added_framing", said + ", pounding his fist on the desk.", SENSE_WIRE).findings]
    assert [text for text in found if text.startswith("pounding")] == []
    found = [f.text for f in run("added_framing", said + ", raising fears of job losses.", SENSE_WIRE).findings]
    assert "raising fears of job losses" in found


def test_a_plan_or_a_schedule_is_not_a_prediction():
    assert _own_voice("The city will provide shuttle buses to riders.") == []
    assert _own_voice("The treasurer will be eligible for parole after two years.") == []
    assert _own_voice("The deadline for the bids would be Sunday, Nov. 18.") == []
    assert _own_voice("The cuts will hurt shops along the route.") == [
        ("The cuts will hurt shops along the route.", "prediction")
    ]


def test_credited_views_promos_and_compounds_are_not_the_outlets_framing():
    assert _own_voice("The hearing had been expected to be an easy win for the council.") == []
    assert _own_voice("The race was seen as a test that could decide the budget.") == []
    assert _own_voice("To critics, the cuts led to the cancellation.") == []
    assert _own_voice("The victim-impact statement was read aloud.") == []
    assert _own_voice("Sign up for our newsletter and you will never miss a council story.") == []


def _attributed(copy: str, wire: str = SENSE_WIRE) -> list[str]:
    return [f.text for f in run("added_framing", wire + " " + copy, wire).findings if f.details["attributed"]]


def test_a_reporting_verb_that_credits_no_claim_leaves_the_outlets_voice():
    # negated, in a relative clause of its own or of time, or passive: the sentence is the outlet's narration
    assert _attributed("None of the council members accused the mayor of wrongdoing.") == []
    assert _attributed("No one answered when a reporter knocked on the mayor's door.") == []
    assert _attributed("Not a single member asked Lopez about the budget.") == []
    assert _attributed("The mayor, who has been accused by rivals of favouritism, opened the hearing.") == []
    assert _attributed("Lopez was first confirmed as mayor in 2019.") == []
    # ... and its framing is the outlet's own
    collapse = "The hearing collapsed after Lopez announced a review, a blow to the unions."
    assert _own_voice(collapse) == [(collapse, "evaluation")]


def test_a_reporting_verb_that_governs_a_clause_still_credits_it():
    copy = "Lopez, who argued that the cuts would hurt riders, voted against the plan."
    assert _attributed(copy) == [copy]
    assert _attributed("The plan was described as a hoax by critics.") == [
        "The plan was described as a hoax by critics."
    ]


def test_the_outlets_odds_and_readings_in_added_sentences():
    assert _own_voice("Lopez is almost certain to win the vote.") == [
        ("Lopez is almost certain to win the vote.", "prediction")
    ]
    greens = "The plan was backed by Green members, whose voters are unlikely to support the mayor."
    assert _own_voice(greens) == [(greens, "prediction")]
    raid = "Police raided the council archive, marking the first public sign of an inquiry."
    assert [(f.text, f.details["cue"]) for f in run("added_framing", SENSE_WIRE + " " + raid, SENSE_WIRE).findings] == [
        (raid, "marking")
    ]


def test_a_judging_phrase_or_an_aside_in_a_rendered_sentence():
    rest = SENSE_WIRE[SENSE_WIRE.index(" The council did not") :]
    for copy, category in (
        (
            "The city council's canceling of Thursday's budget hearing was a huge sigh of relief for the mayor.",
            "evaluation",
        ),
        ("Wouldn't you know, the city council canceled Thursday's budget hearing.", "aside"),
    ):
        result = run("added_framing", copy + rest, SENSE_WIRE)
        assert [(f.text, f.details["category"]) for f in result.findings] == [(copy, category)]


def test_a_forecast_does_not_hide_a_motive_and_in_effect_is_not_a_judgement():
    copy = "While the budget is unlikely to pass, the council canceled Thursday's budget hearing in a bid to delay it."
    assert [c for _, c in _own_voice(copy)] == ["motive"]
    law = "In a strongly worded statement Thursday, the mayor reacted to the ruling to let the law remain in effect."
    assert _own_voice(law) == []


def test_the_reason_a_stated_admission_gives_is_not_the_outlets():
    from framing.extractors.added_framing import _background_cause

    text = "Critics seized on her admission that she canceled the hearing because the budget was late."
    assert _background_cause(text, text.index("because"))


def test_the_writers_verdict_and_a_procedure_told_ahead():
    satisfying = "It's both satisfying and demoralizing to look back on the old council."
    assert _own_voice(satisfying) == [(satisfying, "evaluation")]
    celebrate = "Two weeks before the vote, the unions had a legitimate reason to celebrate."
    assert _own_voice(celebrate) == [(celebrate, "evaluation")]
    assert _own_voice("The timing for the new hearing will be announced soon.") == []
    assert _own_voice("An autopsy will be performed to determine if the crash led to the death.") == []


def test_a_stance_verb_with_a_plain_object_or_a_negative_one_credits_no_view():
    assert _attributed("Lopez herself argued the opposite view during the last budget.") == []
    assert (
        _attributed("Most drivers stay quiet for fear of angering the council, but Lopez opted for a new tack.") == []
    )
    assert _attributed("The third judge asked no questions during the hearing.") == []
    assert _attributed("Asked whether the plan would work, Lopez recited a list of bus routes.") == []
    assert _attributed("For the report to be true, Lopez would have lied about having complained to the council.") == []
    # a clause after the verb is the view credited, whatever stands between subject and verb
    for copy in (
        "Democrats and other opponents argued the measure provided inadequate coverage.",
        "Ana Lopez, N.Y., argued that the plan failed.",
        "Asked about the plan, Lopez said it would fail.",
        "Reports from last year suggested that the council is planning a new depot.",
    ):
        assert _attributed(copy) == [copy]


def test_creating_a_depicted_thing_is_no_consequence():
    pounded = "Jets pounded hiding spots in the town, creating booming explosions that could be heard across the river."
    assert _own_voice(pounded) == []
    crisis = "The cuts closed two depots, creating a crisis for riders."
    assert _own_voice(crisis) == [(crisis, "consequence")]


def test_a_rank_the_outlet_gives():
    first = "Lopez is far from the first mayor to cut buses."
    assert _own_voice(first) == [(first, "evaluation")]
    latest = "The council's lawsuit is only the latest."
    assert _own_voice(latest) == [(latest, "evaluation")]
    assert _own_voice("Lopez is the first mayor to ride the new bus.") == []


def test_the_pages_notice_and_thanks_are_no_asides():
    assert _own_voice("We will continue to update this article as warranted.") == []
    assert _own_voice("Thank you for posting.") == []


def test_words_a_label_gives_to_someone_are_theirs():
    copy = "Democratic question for council members: The mayor's book states that the council wanted the debunked plan."
    result = run("added_framing", SENSE_WIRE + " " + copy, SENSE_WIRE)
    assert [(f.text, f.details["attributed"]) for f in result.findings] == [(copy, True)]
    assert _own_voice("The senator had a sharply worded question for the mayor, a blow to the council.") != []
    bare = ": The mayor's book states that the council wanted the debunked plan."
    result = run("added_framing", SENSE_WIRE + "\n\n" + bare, SENSE_WIRE)
    assert [f.details["attributed"] for f in result.findings] == [True]


def test_the_outlets_verdict_without_a_cue_word():
    # a verdict in the predicate, a turn read into events, a characterisation, a contest read as a vote on a record
    for copy in (
        "It was an almost cartoonish end to a long campaign.",
        "The race has become a referendum on her record.",
        "The race has collapsed into a referendum of sorts on her record.",
        "It was a desperate bid to save her job.",
        "Her sagging popularity has hurt the party.",
        "The intervention by the governor was extraordinary enough.",
        "The dispute finally hit a breaking point on Monday.",
        "The decision amounted to a reversal of the council's position.",
        "This is a politician who has voted to cut every bus route.",
        "The memo also calls into question the credibility of the council's denial.",
        "What the memo shows is that the council knew.",
        "There is no obvious reason Lopez would lie.",
        "Such is the mess the council must be facing.",
    ):
        assert [category for _, category in _own_voice(copy)] in (["evaluation"], ["motive"]), copy
    assert _own_voice("The damages amounted to a total of 4 million dollars.") == []
    assert _own_voice("The vote was a tie.") == []
    assert _own_voice("The county was a federal disaster area.") == []
    assert _own_voice("The crash was a mechanical failure.") == []


def test_what_ought_to_be_in_the_outlets_voice():
    assert _own_voice("Lopez needs to find someone to blame.") == [
        ("Lopez needs to find someone to blame.", "evaluation")
    ]
    assert _own_voice("The council should resign.") == [("The council should resign.", "evaluation")]
    # a rule, a procedure, a noun, a relative or subordinate clause, a bill's course: no verdict
    assert _own_voice("Applicants need to show a passport.") == []
    assert _own_voice("The form should be filed by Friday.") == []
    assert _own_voice("Lopez has voiced doubts about the need to hold a hearing.") == []
    assert _own_voice("The bill, which needs to pass the Senate, was delayed.") == []
    assert _own_voice("Officials are deciding what the city should do.") == []
    assert _own_voice("The bill needs to pass the Senate.") == []
    assert _own_voice("(RELATED: The Council Should Resign)") == []  # a link line, not the story


def test_consequences_and_causes_without_the_usual_cue():
    assert _own_voice("The move risks alienating her base.") == [("The move risks alienating her base.", "consequence")]
    threat = "The cuts threatened to derail years of careful planning."
    assert _own_voice(threat) == [(threat, "consequence")]
    assert _own_voice("Lopez threatened to sue the council.") == []  # a threat someone made: an act, reported
    culminated = "The inquiry culminated this month when the council voted to censure her."
    assert _own_voice(culminated) == [(culminated, "consequence")]
    combined = "Combined with warmer weather, the cuts were far less painful."
    assert _own_voice(combined) == [(combined, "cause")]
    comes = "The hearing comes after Lopez changed her story several times."
    assert _own_voice(comes) == [(comes, "cause")]
    removed = "Her posts were removed for violating the site's rules."
    assert _own_voice(removed) == [(removed, "cause")]
    assert _own_voice("The vote came two days after the hearing.") == []  # a timeline


def test_evidence_weighed_by_people_is_their_stance():
    assert _own_voice("Numerous officials have cast doubt on that promise.") == []
    assert _own_voice("Other former staffers have emerged to cast doubt on Lopez's account.") == []


def test_what_credits_no_claim_leaves_the_outlets_voice():
    # a noun of claiming with its clause, a request, a possessive source of a figure, a stance word as a noun
    buttress = "New evidence has emerged buttressing the credibility of Lopez's claim that she told the council."
    assert _own_voice(buttress) == [(buttress, "evaluation")]
    scoop = "Such is the sensation the reporters must be feeling after the scoop: Lopez asked a clerk to shred a file."
    assert _own_voice(scoop) == [(scoop, "evaluation")]
    figure = "The number beat economists' forecasts of 300, and is an indication that the cuts are working."
    assert _own_voice(figure) == [(figure, "evaluation")]
    assert _own_voice("The dispute finally hit a breaking point on Monday.") == [
        ("The dispute finally hit a breaking point on Monday.", "evaluation")
    ]
    # still credited: a request with its reason, a stance verb, a question asked
    assert _own_voice("Officials dispute that the buses were full.") == []
    assert _own_voice("Lopez asked whether the buses would be cut because riders would suffer.") == []


def test_a_reading_of_an_act_and_a_report_inside_an_opening_adjunct():
    remarkable = "Lopez announced Thursday she was cutting the routes, a remarkable step to punish her rivals."
    found = [
        (f.text, f.details["category"], f.details["attributed"])
        for f in run("added_framing", SENSE_WIRE + " " + remarkable, SENSE_WIRE).findings
    ]
    assert ("a remarkable step to punish her rivals", "clause", False) in found
    surge = "With cases doubling and officials warning of a surge, the dispute finally hit a breaking point on Monday."
    assert _own_voice(surge) == [(surge, "evaluation")]
    # the adjunct's claim is still the officials': no cue of the outlet's in the main clause, nothing flagged
    assert _own_voice("With officials saying the plan will fail, the council voted it down.") == []
    assert _own_voice("Lopez said Thursday she was cutting routes, a step she called overdue.") == []


def test_a_verb_of_weighing_evidence_in_a_reworded_sentence():
    wire = "A recording of the call has emerged. " + SENSE_WIRE
    copy = "A recording has emerged buttressing Lopez's account of the call. " + SENSE_WIRE
    found = [(f.details["category"], f.details["cue"]) for f in run("added_framing", copy, wire).findings]
    assert ("evaluation", "buttressing") in found


def test_a_forecast_a_finding_or_a_ruling_credited_to_its_source_is_attributed():
    wire = "The bridge reopened on Friday."
    for sentence in (
        "Mayor Ana Lopez predicted that the tolls would ruin the city.",
        "The appeals court had ruled that the tolls would ruin the city.",
    ):
        found = [f for f in run("added_framing", f"{wire} {sentence}", wire).findings]
        assert found and all(f.details["attributed"] for f in found), sentence
