"""What the audit of fresh real stories found filed as the outlet's own framing that is not (texts written for
these tests): a stance credited to its holders ("Democrats were optimistic it would fail", "have blamed her
defeat on"), a finding credited to a body ("agencies concluded that", "police detailed how"), a document's
aim ("the lawsuit seeks to reunite families"), a plan's provision told with "it would", a hypothetical
("if a parent is deported, they might want …"), a procedure ("in response to a records request"), a
describing adjective ("fleeing dangerous countries"), and a cause the baseline's sentence already links."""

from extractors.helpers import run

WIRE = (
    "The council passed the transit bill on Monday. The bill moves bus funds to the tram. "
    "Turkey has long threatened to attack the Kurdish fighters that Ankara considers terrorists allied with a "
    "Kurdish insurgency in Turkey."
)


def _unattributed(sentence: str) -> list[str]:
    found = run("added_framing", WIRE + " " + sentence, WIRE).findings
    return [f.details["category"] for f in found if not f.details["attributed"]]


def test_a_stance_or_finding_credited_to_its_holders_is_theirs():
    assert _unattributed("Democrats were optimistic it would be struck down by the courts.") == []
    assert _unattributed("Many riders have blamed the delays on the council.") == []
    assert _unattributed("The mayor continued to cast blame on the unions on Tuesday.") == []
    assert _unattributed("Two audits concluded that the depot was built to boost the contractor.") == []
    assert _unattributed("Police detailed how the driver staged the crash in an attempt to raise his profile.") == []


def test_a_documents_aim_is_no_motive():
    assert _unattributed("The lawsuit seeks to reunite riders with their refunds.") == []
    assert _unattributed("The order seeks to be able to close the depot.") == []
    assert _unattributed("It blocks a federal lawsuit seeking to overturn the fare rules.") == []
    assert _unattributed("The mayor seeks to punish the unions.") == ["motive"]


def test_a_plans_provision_and_a_hypothetical_are_no_forecast():
    copy = "The council passed the transit bill on Monday. It would also limit fares to two euros a ride."
    assert [f for f in run("added_framing", copy, WIRE).findings if not f.details["attributed"]] == []
    assert _unattributed("For instance, if a line is cut, riders might want a refund.") == []
    assert _unattributed("If the new line fails, it could suggest the ferry is in for lasting damage.") == [
        "prediction"
    ]
    assert _unattributed("The new line will doom the old ferry service.") == ["prediction"]


def test_a_procedure_and_a_describing_adjective_are_no_reading():
    copy = "The judge released the files in response to a records request by a watchdog group."
    assert _unattributed(copy) == []
    assert _unattributed("Riders include refugees fleeing dangerous countries and students.") == []
    assert _unattributed("It is dangerous to ride the tram at night.") == ["evaluation"]


def test_a_cause_the_baseline_already_links_is_not_added():
    copy = (
        "Turkey views the Kurdish YPG in Syria as terrorists because of its ties to militants waging an insurgency "
        "in Turkey."
    )
    assert _unattributed(copy) == []
    assert _unattributed("The council passed the bill because the unions threatened a strike.") == ["cause"]


def test_a_headline_line_that_credits_or_quotes_is_attributed():
    wire = "Council Passes Transit Bill\n\nThe council passed the transit bill on Monday after a long debate."
    copy = (
        "Council Passes Transit Bill\n\n"
        "Riders stranded: 'The worst commute I have ever seen in my life'\n\n"
        "Unions say the ferry strike is an enormous blow to the harbour economy\n\n"
        "The council passed the transit bill on Monday after a long debate."
    )
    found = [f for f in run("headline", copy, wire).findings if f.details["category"] == "headline"]
    assert found and all(f.details["attributed"] for f in found), [(f.text, f.details) for f in found]


def test_a_reporting_verb_with_a_plain_object_credits_no_claim():
    def attributed(sentence: str) -> list[str]:
        found = run("added_framing", WIRE + " " + sentence, WIRE).findings
        return [f.details["source"] for f in found if f.details["attributed"]]

    assert attributed("There is no sign that such a tape exists and the mayor has vehemently denied it.") == []
    assert attributed("The mayor staged a news conference outside the depot and mocked the audit on Instagram.") == []
    assert attributed("Riders have warned that the depot will flood every spring.") != []
    assert attributed("The depot will flood every spring, engineers warned.") != []
    assert _unattributed("The ferry had been poised to expand since the bridge closed in May.") == []


def test_a_creating_clause_reads_only_when_it_names_a_state_of_affairs():
    def clauses(sentence: str) -> list[str]:
        found = run("added_framing", WIRE + " " + sentence, WIRE).findings
        return [f.text for f in found if f.details["category"] == "clause"]

    jets = "Jets struck the depot, the army said, creating booming explosions that could be heard across the river."
    assert clauses(jets) == []
    lapse = "Riders carried phones into the depot, the guards said, creating a potential security lapse at the site."
    assert clauses(lapse) == ["creating a potential security lapse at the site"]


def test_the_writers_verdict_in_an_impersonal_frame_is_a_judgement():
    assert _unattributed("It is unusual for a mayor to so directly attack the unions.") == ["evaluation"]
    assert _unattributed("It's no surprise that the ferry lost riders.") == ["evaluation"]
    assert _unattributed("It is unclear when the ferry will sail again.") == []
    assert _unattributed("The ferry's return is a huge sigh of relief for the harbour.") == ["evaluation"]
    assert _unattributed("The jobs report is an indication that firms are keeping their workers.") == ["evaluation"]


def test_options_records_credited_lines_and_appositives_are_no_framing():
    assert _unattributed("Lawmakers could also formally ask the courts to step in.") == []
    assert _unattributed("Friday's ballot would be the first on the depot since 2010.") == []
    copy = "The delays raised the cost by four million euros, according to the audit office's filing Monday."
    assert _unattributed(copy) == []
    copy = "Riders also weigh the fare — something that typically results in fewer trips at night."
    assert _unattributed(copy) == []
    assert _unattributed("The strike could cripple the harbour for years.") == ["prediction"]


def test_a_caption_line_and_a_headline_with_a_reporting_verb():
    wire = "Council Passes Transit Bill\n\nThe council passed the transit bill on Monday after a long debate."
    copy = (
        "Council Passes Transit Bill\n\n"
        "(Reuters photo: Ana Lopez)\n\n"
        "Officials To Testify Ferry Chief Was Seen As Obstacle On Harbour Deal\n\n"
        "The council passed the transit bill on Monday after a long debate."
    )
    found = [f for f in run("headline", copy, wire).findings if f.details["category"] == "headline"]
    assert all(f.details["attributed"] for f in found) and "(Reuters photo" not in " ".join(f.text for f in found)


def test_match_ups_exposure_speech_adjuncts_and_described_criticism_are_no_framing():
    assert _unattributed("In the north, the mayor will face the harbour chief, Ana Lopez, in May.") == []
    assert _unattributed("The ferry will face steep consequences for the delays.") == ["prediction"]
    assert _unattributed("The driver could face up to 10 years in prison.") == []
    assert _unattributed("Saying riders backed her because they were angry, the mayor vowed reform.") == []
    assert _unattributed("Union leaders have been openly critical of the ferry operator.") == []
    assert _unattributed("One race was the depot vote, the result of which was too close to call.") == []


def test_single_quoted_speech_framed_views_and_findings_are_credited():
    assert (
        _unattributed("The critic tweeted: 'The council is destroying the harbour in order to protect the mayor.'")
        == []
    )
    assert _unattributed("'We urge them to look again, because these claims are false.") == []
    assert _unattributed("Unions, though, framed the move as cutting pay in order to give the port a windfall.") == []
    copy = "The city commissioned a study that found the tram would have a negligible impact on traffic."
    assert _unattributed(copy) == []


def test_a_question_an_attempt_a_refusal_a_condition_and_a_bans_grounds_are_no_claims():
    assert _unattributed("The two sides disagreed over what led to the breakdown of the talks.") == []
    assert _unattributed("Negotiators spent months trying to pave the way for a deal on the depot.") == []
    assert _unattributed("China refused to assign blame for the failed talks.") == []
    assert _unattributed("The measure would also ban trams altogether should the court overturn the ruling.") == []
    assert _unattributed("The bill also bans all evictions because of race or religion.") == []
    # the same cues in the writer's own claims still count
    assert _unattributed("The strike led to the breakdown of the talks.") == ["consequence"]
    assert _unattributed("The council should scrap the tram.") != []


def test_a_shout_in_capitals_and_a_names_exclamation_mark_are_no_asides():
    assert _unattributed("CALLING ALL RIDERS!") == []
    assert _unattributed("He prefers the words of his base, STRENGTH!") == []
    assert _unattributed("His movement En Marche! (On the Move!) needs a majority in June.") == []
    assert _unattributed("And they call this a plan!") == ["aside"]


def test_an_agentless_passive_of_thought_and_an_impersonal_stance_credit_nobody():
    found = run("added_framing", WIRE + " The deal is already being seen as a boost for the port.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [False]
    found = run("added_framing", WIRE + " The deal is seen by many traders as a boost for the port.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [True]
    found = run("added_framing", WIRE + " There are some reasons to think that the strike led to the delays.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [False]
    found = run("added_framing", WIRE + " Riders think that the strike led to the delays.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [True]


def test_a_bare_said_opens_a_clause_with_it_and_a_verb_but_not_said_it():
    found = run("added_framing", WIRE + " The union followed suit and said it would end the strike.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [True]


def test_a_schedule_a_rules_terms_and_the_reason_a_plea_or_praise_gives_are_no_claims():
    assert _unattributed("Soon after, the drills are due to start up again.") == []
    assert _unattributed("The state requires candidates to reveal their taxes in order to appear on ballots.") == []
    assert _unattributed("He implored jurors not to punish his client harshly because of other shootings.") == []
    assert _unattributed("The union applauded the mayor for making a bigger move than the council.") == []
    assert _unattributed("The talks collapsed due to the strike.") == ["cause"]
    found = run("added_framing", WIRE + " Porto and Braga have indicated action will be taken after the vote.", WIRE)
    assert [f.details["attributed"] for f in found.findings] == [True]


def test_a_participle_going_on_with_a_reported_forecast_and_an_accused_motive_are_the_sources():
    copy = "Professor Ana Lopez said one of those cases will end up at the top court, forcing the judges to rule."
    assert _unattributed(copy) == []
    assert _unattributed("Riders accused the mayor of seeking to punish the union.") == []
    # a statement's effect on its hearers stays the outlet's reading
    copy = "Treasurer Tom Reyes said on Tuesday that the port would close, raising fears of job losses."
    assert _unattributed(copy) == ["clause"]


def test_a_one_word_feeling_or_a_request_in_a_quoted_post_is_no_claim():
    from framing.extractors.added_framing import _NO_CLAIM

    assert _NO_CLAIM.match("Numb.") and _NO_CLAIM.match("“Please stop asking for interviews.”")
    assert not _NO_CLAIM.match("Editors died.") and not _NO_CLAIM.match("Pleased voters cheered.")


def _sources(sentence: str) -> list[object]:
    found = run("added_framing", WIRE + " " + sentence, WIRE).findings
    return [f.details["source"] if f.details["attributed"] else f.details["category"] for f in found]


def test_a_clause_opened_without_that_after_any_reporting_verb_is_credited():
    # "announced it would", "noting the ruling will": the claim is the announcer's, not the outlet's forecast
    assert _sources("Lisbon this month announced it would stop paying the tram subsidy, which riders had won.") == [
        "someone it reports"
    ]
    assert _sources("Rail unions picked up on that theme, noting the ruling will not affect the bus lines.") == [
        "someone it reports"
    ]
    # a longer subject before "is … because" still opens a bare clause after "argue"
    assert _sources("Riders argue the confusion and delay from Lisbon on fares is because it skips the vote.") == [
        "someone it reports"
    ]
    # an object and a second verb are no clause: the outlet's own cause stays
    assert _sources(
        "Rail unions quickly condemned the mayor's decision but were left waiting because of the vote."
    ) == ["cause"]


def test_a_worry_with_its_clause_is_its_holders_and_alone_it_credits_nothing():
    assert _sources("Many riders are concerned the council may have used the fund to boost the contractor.") == [
        "someone it reports"
    ]
    # "was afraid" with no clause after it credits no claim: the sentence's cause stays the outlet's
    assert _sources("The driver was afraid, because the council had cut the night buses.") == ["cause"]
    # a stance verb's words run on through "about" and "who" are no clause of its own
    assert _sources("Riders were not encouraged to think deeply about the cause for which they had fought.") == []


def test_a_record_a_devices_function_and_a_continued_ruling_are_no_reading():
    assert (
        _unattributed("The council voted 24-17 on the fares, marking the first time the council voted on fares.") == []
    )
    assert _unattributed("The mayor ordered a ban on devices designed to convert buses into trucks.") == []
    assert _unattributed("The mayor made a ban designed to punish the unions.") == ["motive"]
    copy = "Judge Ana Lopez also said the tram should keep running, allowing riders already approved to renew passes."
    assert _unattributed(copy) == []


def test_the_engines_source_names_a_reporting_verb_only_when_it_is_that_verbs_subject():
    assert _sources("A recent Gallup poll found that 69% of riders have lost trust in the council.") == [
        "A recent Gallup poll"
    ]
    # a relative clause's subject is not the sentence's source: the verb's source stays unnamed
    copy = "Two officers responded to a call from a neighbor who said the depot doors were open, police said."
    assert _sources(copy) == ["police"]


def test_a_denied_thought_a_view_of_something_and_pointing_out_are_their_holders():
    assert _sources("Tony Maglio doesn't think the boycott will cause fares to rise because riders are loyal.") == [
        "Tony Maglio"
    ]
    assert _sources("Many riders see the fare rise as crucial because the tram is failing.") == ["someone it reports"]
    assert _sources("Economists point out that the fares are low because of the subsidy.") == ["Economists"]
    # a view in a relative or a subordinate clause leaves the sentence's claim to the outlet
    assert _sources("The mayor pushed the tram, which he sees as a winner, in a bid to win votes.") == ["motive"]
    assert _sources("The rushed plan comes as some riders view the tram as the city's last chance.") == []
    # "the suspect's" is a noun, no stance
    assert _sources("The suspect's mother was at the station because of the feud.") == ["cause"]


def test_what_one_of_the_bills_named_before_would_do_is_its_provision():
    copy = (
        "The council passed two transit bills last week. One would require tickets for all riders. "
        "The other would extend the hours trams must run."
    )
    assert [f for f in run("added_framing", copy, WIRE).findings if not f.details["attributed"]] == []


def test_a_contracted_view_a_studys_count_and_a_plans_contents_are_no_outlets_claims():
    assert _sources("Merritt, a former pilot, thinks it's absurd for the union to strike because fares are low.") == [
        "someone it reports"
    ]
    assert _sources("An Associated Press analysis counted as many as 200 false reports because of the strike.") == [
        "someone it reports"
    ]
    assert _unattributed("The plan calls for cutting fares, creating incentives for riders to return.") == []
    assert _unattributed("The strike ended, creating chaos for riders.") == ["consequence"]


def test_a_breakdowns_cause_a_suits_aim_a_rule_spelled_out_and_a_named_or_argued_claim_are_no_outlets_claims():
    assert _unattributed("The count was delayed for hours because of glitches with a tabulation machine.") == []
    assert _unattributed("The campaign sued the state, in an effort to count late ballots.") == []
    copy = (
        "The council passed the transit bill on Monday. The recount must be done by Thursday. "
        "If it is not, a hand count will be ordered."
    )
    assert [f for f in run("added_framing", copy, WIRE).findings if not f.details["attributed"]] == []
    assert _sources('The federation called the fares "a self-inflicted wound" that will lead to higher prices.') == [
        "someone it reports"
    ]
    assert _sources("He knocked the mayor over fares, arguing that his position paved the way for the strike.") == [
        "someone it reports"
    ]
    # the outlet's own cause stays
    assert _unattributed("The count was delayed because of the mayor's feud with the clerk.") == ["cause"]


def test_a_cases_origin_an_announced_intention_and_a_lawyers_bid_are_no_outlets_readings():
    assert _unattributed("The charges stem from the mayor's lobbying in Lisbon.") == []
    assert _unattributed("In a memo announcing his intention to issue the subpoena, the mayor named the firm.") == []
    assert _unattributed("His lawyers cited the distance in a bid to postpone the trial.") == []
    assert _unattributed("The mayor cut the fares in a bid to win votes.") == ["motive"]
