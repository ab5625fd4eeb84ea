"""What the audit of fresh real stories found called a hedge that is not one (texts written for these tests):
a status ("the unverified dossier"), a habit ("tended to stay out"), a perception ("could be heard"), a
concession ("whatever motives he may have"), a charge ("charged with allegedly staging"), a source's stance
("would not rule out the possibility"), a source's words reported after "by saying"; and a baseline hedge
the version neither carries the claim of nor keeps in other words is not removed."""

from extractors.helpers import run

WIRE = "The bridge will reopen in June."


def _added(copy: str) -> list[str]:
    return [f.text for f in run("hedge", copy, WIRE).findings if f.details["change"] == "added"]


def test_a_status_is_not_a_hedge():
    assert _added("The mayor spoke about the unverified 35-page dossier. The bridge will reopen in June.") == []
    assert _added("Parts of the report remain unconfirmed. The bridge will reopen in June.") == []
    assert _added("The bridge apparently needs new cables. It will reopen in June.") == ["apparently"]


def test_a_habit_is_not_a_hedge():
    assert _added("The mayor, who has tended to stay out of debates, spoke. The bridge will reopen in June.") == []
    assert _added("Most defendants tend to stay quiet. The bridge will reopen in June.") == []


def test_a_perception_is_an_ability_not_a_hedge():
    assert _added("Blasts that could be heard across the river shook the bridge. It will reopen in June.") == []
    assert _added("The crack could be seen from the road. The bridge will reopen in June.") == []
    assert _added("The crack could be the largest ever found. The bridge will reopen in June.") == ["could"]


def test_a_concession_is_not_a_hedge():
    copy = "Whatever other motives he may have for going, the mayor wants it open. The bridge will reopen in June."
    assert _added(copy) == []


def test_allegedly_is_a_legal_designation():
    assert _added("He was charged with fraud for allegedly staging the crash. The bridge will reopen in June.") == []
    assert _added("The jury indicted two firms that allegedly rigged bids. The bridge will reopen in June.") == []
    # outside a charge too: it marks an accusation, it does not soften the outlet's own claim
    assert _added("He allegedly warned the mayor. The bridge will reopen in June.") == []
    assert _added("He reportedly warned the mayor. The bridge will reopen in June.") == ["reportedly"]


def test_a_sources_stance_and_words_are_theirs():
    assert _added("The mayor would not rule out the possibility that it closes. It will reopen in June.") == []
    assert _added("The vote was once viewed as the possible start of a wave. The bridge will reopen in June.") == []
    assert _added("The seat has been seen by many as a possible pickup. The bridge will reopen in June.") == []
    copy = "The mayor ended by saying the engineers probably \u201cwant it shut.\u201d The bridge will reopen in June."
    assert _added(copy) == []


def test_no_hedge_removed_where_the_hedged_claim_is_not_carried_or_is_softened_otherwise():
    wire = "Two apparent supporters of the council blocked the bridge on Monday, police found."
    dropped = "The bridge was blocked on Monday and closed for hours, police found."
    removed = [f for f in run("hedge", dropped, wire).findings if f.details["change"] == "removed"]
    assert removed == []
    softened = "Two men blocked the bridge on Monday, suggesting they were supporters of the council, police found."
    removed = [f for f in run("hedge", softened, wire).findings if f.details["change"] == "removed"]
    assert removed == []
    firm = "Two supporters of the council blocked the bridge on Monday, police found."
    removed = [f for f in run("hedge", firm, wire).findings if f.details["change"] == "removed"]
    assert [f.details["baseline_word"] for f in removed] == ["apparent"]


def test_a_hedge_of_two_lexicon_words_is_one_finding():
    assert _added("The Senate seems unlikely to go along. The bridge will reopen in June.") == ["seems unlikely"]


def test_a_hedge_in_what_someone_thinks_is_theirs():
    assert _added("He now believes they may have misread the plan. The bridge will reopen in June.") == []
    assert _added("Engineers now think the cables may well need replacing. The bridge will reopen in June.") == []


def test_apparent_as_a_predicate_means_plain_to_see():
    assert _added("The damage was immediately apparent. The bridge will reopen in June.") == []
    assert _added("The crew left in apparent protest. The bridge will reopen in June.") == ["apparent"]


def test_a_hedge_in_what_a_named_source_is_said_to_say_is_theirs() -> None:
    wire = "The senate met on Tuesday. The trial went on."
    for sentence in (
        "Senator Ana Ruiz said there seems to be a growing cover-up.",
        "Police said the driver appeared to be under the influence.",
    ):
        assert run("hedge", f"{wire} {sentence}", wire).findings == ()
    # a new clause after the report is the outlet's again, and a hearsay adverb stays the writer's
    kept = run("hedge", f"{wire} Ruiz told aides in 1993, and a newly found tape appears to back her.", wire)
    assert [f.text for f in kept.findings] == ["appears to"]


def test_a_hedge_before_an_attribution_that_closes_the_sentence_is_the_sources():
    assert _added("He appeared to be in distress, according to police. The bridge will reopen in June.") == []
    assert _added("The plan may fail, the minister said. The bridge will reopen in June.") == []
    # an unnamed source credits nobody: the hedge stays the outlet's
    found = _added("He appeared to be in distress, according to some reports. The bridge will reopen in June.")
    assert found == ["appeared to"]


def test_a_hedge_in_what_any_source_is_reported_as_saying_is_the_sources():
    for copy in (
        "On a flatter trajectory, analysts say, the bridge could carry trucks.",
        "The delay has engineers warning that the bridge is likely unsafe.",
        "Gov. Ana Lopez said the contractor was apparently bankrupt.",
    ):
        assert _added(copy) == [], copy


def test_the_writers_own_reading_next_to_a_reporting_verb_stays_a_hedge():
    assert _added("The mayor condemned the delay and appeared to blame the contractor.") == ["appeared to"]
    assert _added("A truck described by police as stolen appears to have hit the bridge.") == ["appears to"]
    assert _added("Police said the bridge was reportedly closed.") == ["reportedly"]


def test_a_naming_verb_reports_and_a_penalty_the_law_allowed_is_no_hedge():
    assert _added("Anchor Li Wei called it perhaps the worst day for the bridge.") == []
    assert _added("The driver could have been sentenced to up to ten years in prison.") == []
    assert _added("The driver could have been drunk.") == ["could"]


def test_purpose_a_question_a_described_situation_considering_and_a_nominees_condition_are_no_hedges():
    tail = " The bridge will reopen in June."
    assert _added("Crews cut the cables so they could reach the pier." + tail) == []
    assert _added("The leaders were cautious about whether a deal was possible." + tail) == []
    assert _added("The talks left a murky and uncertain path ahead." + tail) == []
    assert _added("The vote was made more uncertain by the storm." + tail) == []
    assert _added("Nor did I think about the names those forts carried." + tail) == []
    assert _added("Smith, if confirmed, is expected to lead the agency." + tail) == []
    # the writer's own doubt about a claim stays a hedge
    assert _added("It is unclear whether the cables were cut." + tail) == ["unclear"]
    assert _added("It was uncertain from the video who fired first." + tail) == ["uncertain"]
    assert _added("A deal is possible by Friday." + tail) == ["possible"]
    assert _added("The crews could be at the pier by Friday." + tail) == ["could"]
    assert _added("The report, if confirmed, would end the talks." + tail) == ["if confirmed"]


def test_an_act_an_option_a_presumption_a_stated_worry_and_a_view_are_no_hedges():
    tail = " The bridge will reopen in June."
    assert _added("The judge allowed the jurors to potentially apply the rule." + tail) == []
    assert (
        _added("The inquiry covers whether the firm broke laws, including potentially filing false records." + tail)
        == []
    )
    assert _added("One possibility is endorsing the compact." + tail) == []
    assert _added("Under the doctrine, the use of force is presumed reasonable." + tail) == []
    assert _added("Some lawmakers have expressed alarm that the talks appear to have stalled." + tail) == []
    assert _added("Others see a possible negotiating ploy." + tail) == []
    assert _added("They discussed a possible Moscow real estate deal." + tail) == []
    assert _added("The mayor ordered 23 suspected Russian spies to leave." + tail) == []
    # the writer's own softening stays a hedge
    assert _added("The talks appear to have stalled." + tail) == ["appear to"]
    assert _added("The cable could potentially snap." + tail) != []


def test_a_condition_an_idiom_of_failing_and_others_speculation_are_no_hedges():
    tail = " The bridge will reopen in June."
    assert _added("And if that seems like an odd rule, that is because it is." + tail) == []
    assert _added("The mayor can't seem to get out of his own way." + tail) == []
    assert _added("The closure prompted wild speculation from rival councillors." + tail) == []
    assert _added("The mayor seems to want a delay." + tail) == ["seems"]


def test_a_possibility_the_writer_states_before_a_name_stays_a_hedge():
    assert _added("It's possible Trump will veto the bill. The bridge will reopen in June.") == ["possible"]


def test_a_hedge_in_what_a_person_suggested_or_a_group_fears_or_before_a_dated_credit_is_theirs():
    tail = " The bridge will reopen in June."
    assert _added("But Lopez also suggested that the mayor may have forgotten the vote." + tail) == []
    assert _added("Many are concerned he may have used his office to win the vote." + tail) == []
    assert _added("But rider groups were concerned the council may be ready to cut the buses." + tail) == []
    assert _added('The mayor seemed "neither tolerant nor patient," Lopez said in December.' + tail) == []
    # evidence that suggests leaves the writer's hedge standing
    assert _added("Reports suggested that the mayor may resign." + tail) == ["may"]


def test_a_denial_strengthened_a_concession_and_the_baselines_own_hedge_in_another_form_are_no_added_hedges():
    tail = " The bridge will reopen in June."
    assert _added("Prosecutors could not possibly prove the case." + tail) == []
    assert _added("The deals may be new news, but they relate to old events." + tail) == []
    assert _added("Prosecutors possibly erred in the case." + tail) == ["possibly"]
    wire = "The bridge will reopen in June. The mayor made an apparent reference to the unions."
    copy = "The bridge will reopen in June. The mayor was apparently referring to the unions."
    assert [f.text for f in run("hedge", copy, wire).findings] == []


def test_a_prospect_named_an_ability_and_a_hedge_in_what_someone_called_a_thing_are_no_added_hedges():
    tail = " The bridge will reopen in June."
    assert _added("The vote demonstrated the real possibility that the mayor might ignore it." + tail) == []
    assert _added("Speculation reached a fever pitch on Monday." + tail) == []
    assert _added("He also could have been able to speak to the council." + tail) == []
    assert _added("It is possible here for two things to be true." + tail) == []
    assert _added("Lopez has called the mayor's firing perhaps the biggest mistake in history." + tail) == []
    assert _added("There is a possibility that the talks will fail." + tail) == ["possibility"]


def test_what_a_probe_looks_into_is_no_hedge():
    tail = " The bridge will reopen in June."
    assert (
        _added("The inspector testified about the probe into the campaign's possible ties with the firm." + tail) == []
    )
    assert _added("The campaign may have ties with the firm." + tail) == ["may"]
