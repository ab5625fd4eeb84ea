"""Quote fidelity on the four misreadings an independent reader found on real stories (issue 15), each on text
written for the tests: an ellipsis the version fills in, indirect speech taken for a quotation stripped of
its marks, a quotation the baseline lacks called altered, and spelling or contractions called a change."""

from extractors.helpers import run


def _altered(copy: str, wire: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.text, f.details.get("change"), f.details.get("severity"))
        for f in run("quote", copy, wire).findings
        if f.kind == "altered_quote"
    ]


def _kinds(copy: str, wire: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in run("quote", copy, wire).findings]


# (1) An ellipsis in either quotation stands for any run of words.

ELLIPSIS_WIRE = (
    '"A bridge ... that carries ten thousand cars a day must stay open, whatever it costs. And that is not a '
    'question of money," Mayor Ana Lopez said on Monday. Work starts in June.'
)


def test_the_version_filling_in_the_baselines_ellipsis_is_no_change():
    copy = (
        '"A bridge that was built in 1950, that carries ten thousand cars a day must stay open, whatever it '
        'costs," Mayor Ana Lopez said on Monday. Work starts in June.'
    )
    assert _altered(copy, ELLIPSIS_WIRE) == []


def test_an_ellipsis_of_the_versions_own_is_no_change_unless_it_hides_a_negation():
    wire = '"The bridge will not close this winter, and the ferry will run as usual," Mayor Ana Lopez said.'
    elided = '"The bridge will not close this winter … the ferry will run as usual," Mayor Ana Lopez said.'
    assert _altered(elided, wire) == []
    hiding = '"The bridge will … close this winter, and the ferry will run as usual," Mayor Ana Lopez said.'
    assert _altered(hiding, wire) == [
        ("The bridge will … close this winter, and the ferry will run as usual,", "altered", "substantive")
    ]


def test_a_cut_at_a_sentence_end_changes_nothing_the_quoted_sentence_says():
    from framing.extractors._quote_cuts import compare_quotes
    from framing.extractors._quote_words import quote_words

    # The baseline's quotation runs on into a sentence with a negation; the version quotes the first one only.
    copy = (
        '"A bridge that carries ten thousand cars a day must stay open, whatever it costs," Mayor Ana Lopez '
        "said on Monday. Work starts in June."
    )
    assert _altered(copy, ELLIPSIS_WIRE) == []
    cut = compare_quotes(quote_words("We will stay. That is not negotiable."), quote_words("We will stay."))
    assert cut.change is None and cut.removed == ["that", "is", "not", "negotiable"]
    inside = compare_quotes(
        quote_words("We will not stay in the city this year"), quote_words("stay in the city this year")
    )
    assert (inside.change, inside.severity) == ("trimmed", "substantive")
    clause = compare_quotes(quote_words("No justice, no peace; no racist police"), quote_words("no justice, no peace"))
    assert clause.change is None  # the clause after the semicolon is another one
    phrase = compare_quotes(
        quote_words("I did not suggest a 'secret back channel'"), quote_words("secret back channel")
    )
    assert phrase.change is None  # a phrase quoted ("denied suggesting a 'secret back channel'"), not a cut remark
    longer = compare_quotes(
        quote_words("every expert agrees that premiums will go up"),
        quote_words("If the president refuses to pay, every expert agrees that premiums will go up"),
    )
    assert longer.change is None  # words the baseline does not quote are not its words changed


# (2) Only text inside quotation marks is a quotation; indirect speech credits the words to the speaker.

STRIPPED_WIRE = '"I inherited the practice of stop and frisk," Mayor Ana Lopez said on Tuesday. She left.'


def test_indirect_speech_is_not_a_quotation_stripped_of_its_marks():
    copy = (
        "Mayor Ana Lopez issued a statement on Tuesday, saying she had inherited the police practice of stop "
        "and frisk. She left."
    )
    assert _altered(copy, STRIPPED_WIRE) == []
    told = "Mayor Ana Lopez said she inherited the practice of stop and frisk. She left."
    assert _altered(told, STRIPPED_WIRE) == []


def test_a_transcript_under_the_speakers_name_is_not_a_quotation_stripped_of_its_marks():
    copy = "Mayor Ana Lopez spoke on Tuesday.\n\nLopez:\n\nI inherited the practice of stop and frisk.\n\nShe left."
    assert _altered(copy, STRIPPED_WIRE) == []
    labelled = "Mayor Ana Lopez spoke on Tuesday.\n\nLOPEZ: I inherited the practice of stop and frisk.\n\nShe left."
    assert _altered(labelled, STRIPPED_WIRE) == []


def test_the_outlets_own_sentence_with_the_quotations_words_is_still_stripped():
    copy = "The mayor spoke on Tuesday. Years ago the city inherited the practice of stop and frisk. She left."
    [finding] = run("quote", copy, STRIPPED_WIRE).findings
    assert finding.kind == "altered_quote" and finding.details["marks_removed"] is True


# (3) A quotation is altered only when it is clearly the same remark; else it is unmatched, or nothing.

CHILDREN_WIRE = (
    'Mayor Ana Lopez "hates to see children separated from their families," her spokesman said. '
    '"As a mother, as somebody who has got a conscience, I will tell you that nobody likes this policy," '
    "Lopez told reporters on Sunday. She said the plan would let the city council off the hook."
)


def test_another_remark_on_the_same_subject_is_unmatched_not_altered():
    copy = (
        'A spokesman said: "We do not have a policy of separating families at the border." '
        '"Nobody likes seeing babies ripped from their mothers." Lopez told reporters on Sunday.'
    )
    kinds = [kind for kind, _ in _kinds(copy, CHILDREN_WIRE)]
    assert "altered_quote" not in kinds and kinds.count("unmatched_quote") == 2


def test_a_quotation_the_baseline_carries_verbatim_without_marks_is_nothing():
    copy = 'Lopez said the plan "would let the city council off the hook." She spoke on Sunday.'
    assert _kinds(copy, CHILDREN_WIRE) == []


def test_the_same_remark_with_a_word_dropped_is_altered_and_minor():
    copy = (
        '"As a mother, as somebody who has a conscience, I will tell you that nobody likes this policy," '
        "Lopez told reporters on Sunday."
    )
    assert _altered(copy, CHILDREN_WIRE) == [
        (
            "As a mother, as somebody who has a conscience, I will tell you that nobody likes this policy,",
            "altered",
            "minor",
        )
    ]


def test_a_reworded_remark_of_the_same_speaker_is_substantive():
    wire = '"Our mission is to prevent the creation of a terror corridor across our southern border," Erdan said.'
    copy = '"Our aim is to destroy the terror corridor on our southern border," Erdan said.'
    assert _altered(copy, wire) == [
        ("Our aim is to destroy the terror corridor on our southern border,", "altered", "substantive")
    ]


def test_shared_wording_counts_words_in_order():
    from framing.extractors._quote_cuts import shared_wording
    from framing.extractors._quote_words import quote_words

    shared = shared_wording(
        quote_words("hates to see children separated from their families"),
        quote_words("we do not have a policy of separating families at the border"),
    )
    assert (shared.content, shared.in_runs, shared.shorter_content) == (2, 0, 4)


# (4) Contractions, apostrophes, spelling and small numbers are no change; severity follows the gold's rule.


def test_contractions_and_typographic_variants_are_no_change():
    wire = (
        '"I should have done it faster, and he is right that the colour of the 95% plan is not three '
        'shades," Mayor Ana Lopez said.'
    )
    copy = (
        "“I should’ve done it faster, and he’s right that the color of the 95 percent plan isn’t 3 "
        "shades,” Mayor Ana Lopez said."
    )
    assert _kinds(copy, wire) == []


def test_a_word_added_or_dropped_is_minor_a_word_replaced_or_a_number_changed_is_substantive():
    wire = '"Bloomberg\'s a racist who ran the city for 12 years," Ortiz wrote on Monday.'
    total = '"Bloomberg is a total racist who ran the city for 12 years," Ortiz wrote on Monday.'
    assert [severity for *_, severity in _altered(total, wire)] == ["minor"]
    number = '"Bloomberg\'s a racist who ran the city for 20 years," Ortiz wrote on Monday.'
    assert [severity for *_, severity in _altered(number, wire)] == ["substantive"]
    replaced = '"Bloomberg\'s a racist who wrecked the city for 12 years," Ortiz wrote on Monday.'
    assert [severity for *_, severity in _altered(replaced, wire)] == ["substantive"]


def test_a_qualifier_cut_at_the_edge_is_a_fragment_and_a_negation_kept_outside_the_marks_is_carried():
    wire = (
        'Lanny Ortiz said the release "only furthers his interest in continuing to cooperate with the '
        'inquiry." He left.'
    )
    copy = 'Lanny Ortiz said the release "furthers his interest in continuing to cooperate with the inquiry." He left.'
    assert _altered(copy, wire) == []
    taxes = '"We will not raise taxes on working families this year," Governor Maria Diaz said on Tuesday.'
    outside = 'Governor Maria Diaz said she will not "raise taxes on working families this year," on Tuesday.'
    assert _altered(outside, taxes) == []


def test_a_longer_quotation_that_holds_the_baselines_nearly_whole_is_compared_with_it():
    wire = '"Ohioans know me and they know my heart," Senator Jo Park said in her victory speech. She thanked staff.'
    copy = (
        '"The reason we won is because Ohio knows me and knows my heart, and thank you for stepping up, Ohio," '
        "Senator Jo Park told the crowd. She thanked staff."
    )
    assert [(change, severity) for _, change, severity in _altered(copy, wire)] == [("altered", "minor")]
    # a short phrase the baseline quotes, met again in another, longer remark, is not that remark
    wars = 'Trump said on Twitter that the troops would leave the "endless, senseless wars." He left.'
    speech = (
        '"We have been there for many, many years and we are getting out of the endless wars, and I think the '
        'country feels that too," Trump told reporters. He left.'
    )
    assert _altered(speech, wars) == []


def test_editorial_insertions_spelling_forms_and_variants_are_no_change_or_minor():
    from framing.extractors._quote_cuts import compare_quotes
    from framing.extractors._quote_words import quote_words

    inserted = compare_quotes(
        quote_words("I hope you are able to find the 30,000 (Clinton) emails that are missing"),
        quote_words("I hope you're able to find the 30,000 emails that are missing"),
    )
    assert inserted.change is None
    forms = compare_quotes(
        quote_words("We reserve the right to defend our personnel, facilities and interests"),
        quote_words("We reserve the right to defend our personnel, our facilities and interest"),
    )
    assert (forms.change, forms.severity) == ("altered", "minor")
    again = compare_quotes(
        quote_words("in no way diminishes the urgency of solving the issue"),
        quote_words("in no way diminishes the urgency of resolving the issue"),
    )
    assert again.change is None  # another form of a word alone: the outlet fitting the quotation to its sentence
    replaced = compare_quotes(
        quote_words("I did not collude with Russia, nor do I know of anyone else who did"),
        quote_words("I did not collude, nor know of anyone else who colluded"),
    )
    assert (replaced.change, replaced.severity) == ("altered", "substantive")  # "Russia" and more words go


def test_marks_removed_needs_the_outlets_own_sentence_with_the_remarks_words_in_order():
    wire = (
        'The plan "would end the practice of stop and frisk in every borough," Mayor Ana Lopez said. '
        'She called it the "Green New Deal." She left.'
    )
    own = "The mayor spoke. By next year the plan would end the practice of stop and frisk in every borough. She left."
    alone = "The mayor spoke. The plan would end the practice of stop and frisk in every borough. She left."
    assert [f.details["marks_removed"] for f in run("quote", own, wire).findings] == [True]
    credited = (
        "The mayor spoke. The plan would end the practice of stop and frisk in every borough, according to "
        "Mayor Ana Lopez. She left."
    )
    reworded = "The mayor spoke. In every borough, the practice of frisk and stop would end with the plan. She left."
    excerpt = "The mayor spoke.\n\n...would end the practice of stop and frisk in every borough.\n\nShe left."
    name = "The mayor spoke. The Green New Deal was hers. She left."
    for copy in (credited, reworded, excerpt, name, alone):
        assert [f for f in run("quote", copy, wire).findings if f.details.get("marks_removed")] == [], copy


def test_words_the_story_repeats_do_not_make_two_quotations_one_remark():
    wire = (
        "The group defends the Second Amendment and individual freedom. Its chief spoke on Monday. "
        '"Their goal is to eliminate the Second Amendment and our firearms freedoms so they can eradicate all '
        'individual freedom," LaPierre said. Individual freedom was the theme of the Second Amendment rally.'
    )
    copy = (
        "The group defends the Second Amendment and individual freedom. Its chief spoke on Monday. "
        '"They hate the NRA. They hate the Second Amendment. They hate individual freedom," LaPierre said. '
        "Individual freedom was the theme of the Second Amendment rally."
    )
    assert _altered(copy, wire) == []
    reworded = wire.replace("eliminate", "abolish")  # the same remark, one word changed
    assert [severity for *_, severity in _altered(reworded, wire)] == ["substantive"]


def test_a_moved_word_or_a_quantity_word_is_minor_and_a_title_is_no_remark():
    from framing.extractors._quote_cuts import compare_quotes
    from framing.extractors._quote_words import quote_words

    moved = compare_quotes(
        quote_words("The judge's decision to unilaterally re-impose a program Congress rejected is a usurpation"),
        quote_words("The judge's decision unilaterally to re-impose a program Congress rejected is a usurpation"),
    )
    assert (moved.change, moved.severity) == ("altered", "minor")
    some = compare_quotes(
        quote_words("And we're going to have tanks stationed outside."),
        quote_words("We're going to have some tanks stationed outside"),
    )
    assert (some.change, some.severity) == ("altered", "minor")
    may = compare_quotes(
        quote_words("We're going to have tanks stationed outside"), quote_words("We may have tanks stationed outside")
    )
    assert (may.change, may.severity) == ("altered", "substantive")
    wire = 'His book, "A Higher Loyalty: Truth, Lies and Leadership," came out on Tuesday. He left.'
    copy = "His book came out on Tuesday, and in A Higher Loyalty: Truth, Lies and Leadership he tells it all. He left."
    assert [f for f in run("quote", copy, wire).findings if f.details.get("marks_removed")] == []


def test_a_title_or_slogan_in_quotation_marks_is_no_remark_to_check() -> None:
    wire = "The caller phoned a talk show in 1993. The campaign denied the claim."
    copy = (
        'The caller phoned "Larry Kane Live" in 1993. Protesters held signs reading "Make Towns Great Again." '
        'The campaign denied the claim. "It never happened, and we have said so," a spokesman said.'
    )
    found = [(f.kind, f.text) for f in run("quote", copy, wire).findings]
    assert found == [("unmatched_quote", "It never happened, and we have said so,")]
    from framing.extractors.quote import _title

    assert _title("Larry King Live") and _title("Affordable Care Act") and _title("Secretary of State")
    assert not _title("BE AWARE") and not _title("Fake news!") and not _title("We Are Done. Go")
