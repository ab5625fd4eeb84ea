"""Each misreading that issue 13 lists, on sentences written for these tests in the same pattern."""

from __future__ import annotations

import pytest

from framing.attribution import Attribution, analyse

FUNCTION_WORDS = {"both", "what", "by", "not", "elaborating", "his", "it's", "june's", "according", "amid", "taking"}


def attributions(text: str) -> list[Attribution]:
    return list(analyse(text).attributions)


def one(text: str, cue: str) -> Attribution:
    found = [a for a in attributions(text) if a.cue_text == cue]
    assert len(found) == 1, [(a.cue_text, a.source_text) for a in attributions(text)]
    return found[0]


def assert_no_function_word_source(text: str) -> None:
    for attribution in attributions(text):
        assert attribution.source_text.lower() not in FUNCTION_WORDS, attribution
        if attribution.source is not None:
            assert text[attribution.source[0] : attribution.source[1]] == attribution.source_text


def test_both_names_as_one_noun_phrase() -> None:
    text = "Both Beijing and Washington have said they want a trade deal before the summer."
    found = one(text, "said")
    assert found.source_text == "Both Beijing and Washington"
    assert found.source_type == "organisation"
    assert_no_function_word_source(text)


def test_axios_label_is_not_a_speaker() -> None:
    text = 'What they\'re saying: "This plan is dead on arrival," a senior Senate aide told reporters.'
    speech = analyse(text)
    assert [(a.cue_text, a.source_text, a.source_type) for a in speech.attributions] == [
        ("told", "a senior Senate aide", "unnamed")
    ]
    assert [v.kind for v in speech.voices] == ["label"]
    assert speech.quotations[0].attribution == 0


def test_byline_is_not_a_source() -> None:
    text = "By Maria Olsen\n\nThe port will close for a week, the harbour authority said on Tuesday."
    found = attributions(text)
    assert [(a.source_text, a.source_type) for a in found] == [("the harbour authority", "organisation")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“Not now, and not like this,” said Senator Ruth Adler.", "Senator Ruth Adler"),
        ("Elaborating on the plan, the minister said the tax would rise in May.", "the minister"),
        ("His spokesman said the governor had no comment.", "His spokesman"),
        ("“It's a disaster for farmers,” she said.", "she"),
        ("Amid the protests, the mayor said the curfew would stay in place.", "the mayor"),
        ("Taking questions from reporters, Mueller said the report spoke for itself.", "Mueller"),
        ("Four Minneapolis police officers were fired on Tuesday, the police chief said.", "the police chief"),
    ],
)
def test_source_is_the_noun_phrase_not_the_first_capital(text: str, source: str) -> None:
    found = [a for a in attributions(text) if a.source is not None]
    assert [a.source_text for a in found] == [source]
    assert_no_function_word_source(text)


def test_month_possessive_is_part_of_a_document_source() -> None:
    found = one("June's jobs report showed that employers added 224,000 jobs.", "showed")
    assert (found.source_text, found.source_type, found.cue_kind) == (
        "June's jobs report",
        "document_or_data",
        "finding",
    )
    assert found.content_kind == "indirect"


def test_according_to_names_the_source_not_the_word() -> None:
    text = "According to the state election board, turnout reached 61 percent."
    found = one(text, "According to")
    assert (found.source_text, found.source_type) == ("the state election board", "organisation")
    assert [text[a:b] for a, b in found.content] == ["turnout reached 61 percent"]


def test_place_in_an_apposition_is_not_the_speaker() -> None:
    text = "Rep. Gerald Connolly (D-Va.) said the contract should be cancelled."
    found = one(text, "said")
    assert found.source_text == "Rep. Gerald Connolly (D-Va.)"
    assert found.source_type == "person"


def test_quote_after_a_colon_belongs_to_its_speaker_not_the_next_name() -> None:
    text = (
        "Taking questions from reporters, Mueller said: “If we had been confident that the president did not "
        "commit a crime, we would have said so.” Jay Sekulow, a lawyer for the president, called the remarks "
        "a vindication."
    )
    speech = analyse(text)
    quote = speech.quotations[0]
    owner = speech.attributions[quote.attribution]
    assert owner.source_text == "Mueller"
    assert [a.cue_text for a in speech.attributions] == ["said", "called"]  # the nested "said so" is Mueller's


def test_act_of_war_is_credited_to_who_said_it() -> None:
    text = "Pompeo called the drone strike “an act of war.” Later, Trump said he would meet the envoy."
    speech = analyse(text)
    owner = speech.attributions[speech.quotations[0].attribution]
    assert owner.source_text == "Pompeo"


def test_source_said_about_someone_else() -> None:
    found = one("One source said Sean Hannity is happy with the new schedule.", "said")
    assert (found.source_text, found.source_type) == ("One source", "unnamed")
    assert "Sean Hannity is happy with the new schedule" in "".join(
        "One source said Sean Hannity is happy with the new schedule."[a:b] for a, b in found.content
    )


def test_background_sentence_has_no_source() -> None:
    assert attributions("The European Union imposed sanctions on the company in 2014.") == []


def test_multi_sentence_quotation_to_its_closing_mark() -> None:
    text = (
        "“We owe these children a safe place to learn. Every one of them deserves it. No excuses,” "
        "Laura Bush said in the interview."
    )
    found = one(text, "said")
    assert found.source_text == "Laura Bush"
    quote_end = text.index("”") + 1
    assert found.content == ((0, quote_end),)
    assert found.content_kind == "direct"


def test_quotation_over_paragraphs_and_a_new_paragraph_carries_the_speaker_on() -> None:
    text = (
        "Ms. Reyes said: “The first part of the plan is simple. We build the clinics.\n\n"
        "“The second part is harder. We have to staff them.”\n\n"
        "“And then we wait,” she added."
    )
    speech = analyse(text)
    first = speech.quotations[0]
    assert len(first.spans) == 2 and text[first.spans[1][0] : first.spans[1][1]].endswith("staff them.”")
    assert speech.attributions[first.attribution].source_text == "Ms. Reyes"
    added = one(text, "added")
    assert (added.source_type, added.resolved, added.antecedent_text) == ("pronoun", True, "Ms. Reyes")


def test_named_official_with_an_apposition_is_a_person() -> None:
    text = (
        "Steven Wagner, an official with the Department of Health and Human Services, said the agency lost track "
        "of 1,475 children."
    )
    found = one(text, "said")
    assert found.source_text == "Steven Wagner, an official with the Department of Health and Human Services"
    assert found.source_type == "person" and found.named


def test_she_said_children_had_said_is_attributed() -> None:
    text = "Nurse Carla Ruiz said the shelter was full in May. She said children had said they were afraid at night."
    outer = [a for a in attributions(text) if a.source_text == "She"][0]
    assert (outer.source_type, outer.resolved, outer.antecedent_text) == ("pronoun", True, "Nurse Carla Ruiz")
    assert any("children had said they were afraid" in text[a:b] for a, b in outer.content)
    inner = [a for a in attributions(text) if a.source_text == "children"][0]
    assert inner.source_type == "unnamed"


def test_pronoun_with_no_referent_stays_unresolved() -> None:
    found = one("He said the vote would be close.", "said")
    assert (found.source_type, found.resolved, found.antecedent) == ("pronoun", False, None)


def test_poll_found_sources_its_figure() -> None:
    text = "A recent Monmouth poll found that just 29 percent of voters back the plan."
    found = one(text, "found")
    assert (found.source_text, found.source_type) == ("A recent Monmouth poll", "document_or_data")
    figure = text.index("29")
    assert any(a <= figure < b for a, b in found.content)


def test_government_figures_source_a_number() -> None:
    text = "About 1,038,600 people were out of work in May, according to government figures."
    found = one(text, "according to")
    assert (found.source_text, found.source_type) == ("government figures", "document_or_data")
    assert any(a <= text.index("1,038,600") < b for a, b in found.content)


def test_police_found_a_car_is_not_an_attribution() -> None:
    assert attributions("Police found the stolen car near the river on Sunday.") == []


def test_embedded_tweet_and_promo_line_are_not_the_outlet() -> None:
    text = (
        "The president attacked the report on Twitter.\n\n"
        "The Crooked media is lying again. Sad!\n\n"
        "— Example President (@ExamplePres) June 5, 2019\n\n"
        "More: Minister says a border tax is 'not an option we could consider'\n\n"
        "Aides said the post was written by the president himself."
    )
    speech = analyse(text)
    kinds = [(v.kind, v.text[:20]) for v in speech.voices]
    assert kinds == [
        ("post", "The Crooked media is"),
        ("post", "— Example President "),
        ("promo", "More: Minister says "),
    ]
    assert [a.source_text for a in speech.attributions] == ["Aides"]
    assert all(q.attribution is None for q in speech.quotations)


def test_tweeted_colon_introduces_a_post() -> None:
    text = "The senator tweeted:\n\nThis bill is a disgrace and I will vote no.\n\nHer office did not comment."
    speech = analyse(text)
    assert [(v.kind, v.text) for v in speech.voices] == [("post", "This bill is a disgrace and I will vote no.")]
