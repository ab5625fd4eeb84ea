from extractors.helpers import run, texts

WIRE = "The budget rose by 4 percent, the finance ministry said. The minister will travel to Paris."


def test_pinned_on_unnamed_sources():
    result = run(
        "vague_attribution",
        "Analysts suggest the budget rose. Reports from last week suggested the minister will travel.",
        WIRE,
    )
    assert texts(result) == ["Analysts suggest", "Reports from last week suggested"]
    assert all(f.details["category"] == "vague_source" for f in result.findings)
    assert result.scores["per_100_words"] > 0


def test_according_to_unnamed_surveys():
    assert texts(run("vague_attribution", "Most voters agree, according to 2023 opinion surveys.", WIRE)) == [
        "according to 2023 opinion surveys"
    ]


def test_named_source_is_not_vague():
    result = run("vague_attribution", "The budget rose by 4 percent, the finance ministry said.", WIRE)
    assert texts(result) == []
    assert result.scores["named_sources"] == 1.0


def test_attribution_dropped():
    result = run("vague_attribution", "The budget rose by 4 percent. The minister will travel to Paris.", WIRE)
    dropped = [f for f in result.findings if f.details["category"] == "attribution_dropped"]
    assert [f.text for f in dropped] == ["The budget rose by 4 percent."]
    assert "finance ministry" in dropped[0].explanation


def test_an_attribute_or_a_group_the_sentence_is_about_is_not_a_source():
    assert texts(run("vague_attribution", "He served in an official capacity until May.", WIRE)) == []
    copy = "The affair has encircled the minister and numerous senior officials."
    assert texts(run("vague_attribution", copy, WIRE)) == []
    assert texts(run("vague_attribution", "The cuts angered some critics of the minister.", WIRE)) == []
    assert texts(run("vague_attribution", "Senior officials said the minister will travel.", WIRE)) == [
        "Senior officials"
    ]


def test_stock_phrases_of_unnamed_sources():
    found = texts(
        run("vague_attribution", "Local media said the budget rose. Critics of the plan say it is costly.", WIRE)
    )
    assert found == ["Local media said", "Critics of"]
    assert texts(run("vague_attribution", "The minister was seen as a moderate.", WIRE)) == ["was seen as"]


def test_no_source_dropped_by_a_question_or_a_sentence_naming_it():
    wire = "The budget rose by 4 percent, Finance Minister Ana Lopez said."
    assert texts(run("vague_attribution", "Did the budget rise by 4 percent?", wire)) == []
    assert texts(run("vague_attribution", "Lopez's budget rose by 4 percent.", wire)) == []
    dropped = run("vague_attribution", "The budget rose by 4 percent.", wire).findings
    assert [f.details["category"] for f in dropped] == ["attribution_dropped"]


def test_collective_sources_and_anonymity_shapes():
    copy = (
        "Rights groups saying the budget is too small went to court. Party aides insisted the minister will "
        "travel. The plan will fail, according to a person close to the minister who was not authorized to "
        "speak publicly."
    )
    assert texts(run("vague_attribution", copy, WIRE)) == [
        "groups saying",
        "aides insisted",
        "according to a person",
        "not authorized to speak",
    ]


def test_a_group_named_by_its_members_or_acting_in_the_story_is_not_a_vague_source():
    copy = (
        "Advocates like the Budget Watch Foundation say the budget rose. Officials told them to leave. "
        "The plan hit a number of people close to the minister."
    )
    assert texts(run("vague_attribution", copy, WIRE)) == []


def test_a_figure_pinned_on_unnamed_forecasters_is_vague():
    copy = WIRE + " The rise beat economists' forecasts of 3 percent."
    assert texts(run("vague_attribution", copy, WIRE)) == ["economists' forecasts"]
    # a forecast with no one behind it names no source, vague or not
    assert texts(run("vague_attribution", WIRE + " The rise beat the forecast of 3 percent.", WIRE)) == []


def test_a_source_a_named_outlet_cites_and_a_definite_group_pointing_back_are_not_vague():
    copy = "Citing unnamed officials, The Washington Post reported that the minister will resign."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = (
        "The minister said the budget was sound. The treasurer said the deficit would fall. "
        "The officials stopped short of saying that taxes would rise."
    )
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = "The budget was debated on Monday. The officials stopped short of saying that taxes would rise."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] != []


def test_a_named_sayer_inside_the_phrase_and_a_designating_participle_are_not_vague():
    copy = "The minister expelled 60 officials who Washington says are spies."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = "Over 100 diplomats alleged to be spies are being told to leave."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = "The minister, according to the officials, will travel to Paris."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] != []  # no one named before
    copy = "Officials are said to be considering new taxes."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] != []


def test_a_named_member_before_the_group_and_unnamed_as_a_description_are_not_vague():
    copy = "Hincapie and other immigration advocates have warned that the rules are in flux."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = "He said he is not the whistleblower, the still unnamed government official who filed the complaint."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == []
    copy = "An unnamed official said the minister will resign."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == ["unnamed official"]
    copy = "Immigration advocates have warned that the rules are in flux."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == ["advocates have warned"]


def test_a_refusal_reports_as_a_channel_and_a_named_leader_with_his_allies_are_not_vague():
    for copy in (
        "Officials have refused to say how many died.",
        "We learn about the talks through media reports.",
        "Trump and his Republican allies have said the probe is a sham.",
    ):
        assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == [], copy
    copy = "According to media reports, the minister resigned."
    assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == ["According to media reports"]


def test_reports_as_a_time_and_a_group_as_an_object_are_not_vague_sources():
    for copy in (
        "The minister did not resign until the night of media reports about the call.",
        "The lawsuit against South Florida elections officials warned both sides.",
    ):
        assert [f.text for f in run("vague_attribution", copy, WIRE).findings] == [], copy
