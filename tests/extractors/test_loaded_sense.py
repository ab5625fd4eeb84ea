"""Sense checks of loaded words (framing/extractors/_loaded_sense.py): names, words a source is reported as
saying or calling something, and forms of the aligned baseline sentence's words."""

from extractors.helpers import run

WIRE = "The committee met on Tuesday. The senator spoke to reporters after the vote."


def outlet(copy: str, wire: str = WIRE) -> list[str]:
    return [f.text for f in run("loaded_word", copy, wire).findings if not f.details["in_quote"]]


def reported(copy: str, wire: str = WIRE) -> list[tuple[str, str | None]]:
    return [(f.text, f.details["speaker"]) for f in run("loaded_word", copy, wire).findings if f.details["in_quote"]]


def test_a_surname_is_no_loaded_word():
    copy = "The committee met on Tuesday. She had told the reporter Ryan Grim about it. When Grim asked, she left."
    assert outlet(copy) == []
    assert outlet("The committee met on Tuesday. The mood in the room was grim.") == ["grim"]


def test_a_word_at_a_sentences_start_or_in_a_headline_is_no_name():
    assert outlet("Shocking videos emerged on Tuesday. The senator spoke to reporters after the vote.") == ["Shocking"]


def test_what_a_source_calls_something_is_the_sources_word():
    copy = "The committee met on Tuesday. Senator Ann Lee calls the inquiry a sham and wants it closed."
    assert outlet(copy) == [] and [text for text, _ in reported(copy)] == ["sham"]
    copy = "The committee met on Tuesday. Senator Ann Lee described the chairman as a liar."
    assert outlet(copy) == [] and reported(copy) == [("liar", "Senator Ann Lee")]


def test_a_word_in_reported_speech_is_the_sources_but_not_past_a_new_clause():
    copy = "The committee met on Tuesday. Critics said the chairman had run a sham inquiry."
    assert outlet(copy) == []
    copy = "The committee met on Tuesday. Senator Ann Lee spoke, referencing the sham inquiry."
    assert outlet(copy) == ["sham"]
    copy = "The committee met on Tuesday. Senator Ann Lee voiced concern over the massive backlog."
    assert outlet(copy) == ["massive"]  # "voiced concern over" takes an object the writer describes


def test_as_after_a_verb_of_judging_carries_the_word_to_the_source():
    copy = "The committee met on Tuesday. The plan was assailed by Senator Ann Lee — and others — as a betrayal."
    assert outlet(copy) == ["assailed"]  # the verb is the writer's choice; "betrayal" is what the senator said


def test_a_fixed_compound_of_plain_news_copy_is_no_loaded_word():
    copy = "The committee met on Tuesday. The senator has vehemently denied the report."
    assert outlet(copy) == []
    copy = "The committee met on Tuesday. The senator vehemently attacked the report."
    assert [w.split()[0] for w in outlet(copy)] == ["vehemently"]  # next to another word it is loaded again


def test_a_weak_report_verb_naming_an_act_is_no_loaded_word_but_a_finite_one_is():
    copy = "The committee met on Tuesday. The House passed a resolution condemning the attack."
    assert outlet(copy) == []
    copy = "The committee met on Tuesday. Her remarks were condemned by lawmakers of both parties."
    assert outlet(copy) == []
    copy = "The committee met on Tuesday. Beijing condemns the pact as a threat to the region."
    assert outlet(copy) == ["condemns"]
    # with a plain object it is the plain verb for a stated condemnation (fresh-story audits: 1 of 12 loaded)
    assert outlet("The committee met on Tuesday. Beijing condemns the pact.") == []


def test_arguing_opens_what_a_source_argues():
    copy = "The committee met on Tuesday. The senator made a case, arguing they had overwhelming evidence."
    assert outlet(copy) == []


def test_admitted_to_an_act_is_the_plain_verb_for_a_confession():
    assert outlet("The committee met on Tuesday. The senator admitted to taking the money.") == []
    assert outlet("The committee met on Tuesday. The senator admitted the plan had failed.") == ["admitted"]


def test_as_the_after_a_reporting_verb_is_a_conjunction_not_what_was_said():
    copy = "The committee met on Tuesday. The senator said it as the brutal war entered its third year."
    assert [w.split()[0] for w in outlet(copy)] == ["brutal"]


def test_a_remark_in_single_quotation_marks_is_the_speakers():
    copy = (
        "The committee met on Tuesday.\n\n‘They will not “Believe Women!” but weaponize it for partisan ends.’\n\nMore."
    )
    assert "weaponize" not in outlet(copy)
    copy = "The committee met on Tuesday.\n\nGlenn Greenwald tweeted: ‘They trash his accuser as a liar.\n\nMore."
    assert outlet(copy) == [] and "liar" in [text for text, _ in reported(copy)]
    assert "massive" in outlet("The committee met on Tuesday.\n\nThe voters' massive anger grew.")  # an apostrophe


def test_what_a_source_accuses_someone_of_is_the_sources_word():
    copy = "The committee met on Tuesday. She rejected criticism accusing her department of inhuman acts."
    assert outlet(copy) == []


def test_a_word_in_another_sense_its_next_words_tell_is_no_loaded_word():
    plain = [
        "The group claimed responsibility for the bombing.",
        "The group has claimed or inspired several attacks since 2015.",
        "The former director sued the agency on Sunday, claiming she is the lawful head of it.",
        "The mayor swiftly conceded defeat.",
        "Senators overwhelmingly approved the bill on Thursday.",
        "One of his most dangerous opponents dropped out.",
        "Cadets were not told to think deeply about the war.",
        "The two economies are deeply intertwined.",
        "The country is deeply divided over the war.",
        "The fervor sweeping Europe has cooled.",
    ]
    for sentence in plain:
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    loaded = [
        ("The senator claimed the report was a lie.", "claimed"),
        ("The mayor conceded that the plan was poor.", "conceded"),
        ("The plan is overwhelmingly popular.", "overwhelmingly"),
        ("It is a dangerous plan.", "dangerous"),
        ("The town is deeply troubled.", "deeply"),
        ("The bill makes sweeping changes.", "sweeping"),
    ]
    for sentence, word in loaded:
        assert word in outlet("The committee met on Tuesday. " + sentence), sentence


def test_an_abbreviations_period_is_no_new_clause_of_the_writers():
    copy = "The committee met on Tuesday. Analysts said Mr. Trump had already taken a huge gamble."
    assert outlet(copy) == [] and [text for text, _ in reported(copy)] == ["huge"]
    copy = "The committee met on Tuesday. Analysts said so. The senator had taken a huge gamble."
    assert outlet(copy) == ["huge"]


def test_a_clause_opened_with_that_is_the_sources_to_its_end():
    copy = (
        "The committee met on Tuesday. Senator Ann Lee argued that the chairman was the winner for having secured "
        "two meetings with the president and easing his own party's pariah status."
    )
    assert outlet(copy) == [] and [text for text, _ in reported(copy)] == ["pariah"]
    copy = (
        "The committee met on Tuesday. Senator Ann Lee said the chairman was the winner for having secured "
        "two meetings with the president and easing his own party's pariah status."
    )
    assert outlet(copy) == []  # without "that", a verb of saying reaches 24 words
    copy = (
        "The committee met on Tuesday. Senator Ann Lee said the chairman was the winner for having secured two long "
        "meetings with the president of the republic and the prime minister over the summer and easing his own "
        "party's pariah status."
    )
    assert outlet(copy) == ["pariah"]  # and no further


def test_a_one_word_remnant_next_to_a_lexicon_hit_is_part_of_its_phrase():
    from framing.extractors.loaded_word import _next_to

    text = "In the stunning outcome, the brutality of many police and a gulp of sweat."
    stunning = (text.index("stunning"), text.index("stunning") + 8)
    brutality = (text.index("brutality"), text.index("brutality") + 9)
    outcome = text.index("outcome")
    many = text.index("many")
    sweat = text.index("sweat")
    assert _next_to(text, outcome, outcome + 7, [stunning])
    assert _next_to(text, many, many + 4, [brutality])
    assert not _next_to(text, sweat, sweat + 5, [stunning, brutality])
    assert _next_to(text, many, many + len("many police"), [brutality])  # two words: still the phrase's rest
    assert not _next_to(text, outcome, outcome + 7, [brutality])  # the hit after it, past a comma and "the"


def test_condemning_an_act_is_the_formal_reaction_and_nothing_alarming_denies_the_judgement():
    for sentence in (
        "The president condemned the missile launch on Twitter.",
        "Governments were quick to condemn the newly installed missile defense system.",
        "The neighbour recalled nothing alarming about him.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    found = outlet("The committee met on Tuesday. All of them condemned comments the senator made as racist.")
    assert "condemned" in found
    assert "alarming" in outlet("The committee met on Tuesday. The rise is alarming.")
    assert outlet("The committee met on Tuesday. Beijing condemns the ties as a Cold War mentality.") == ["condemns"]


def test_feelings_said_of_people_a_term_introduced_and_technical_regimes_are_no_loaded_words():
    for sentence in (
        "Outraged by the sentence, some supporters chanted outside.",
        "Some lawmakers have expressed alarm that the talks stalled.",
        "Tear gas sent the protesters fleeing in panic.",
        "It was a loss for so-called “faithless electors” in the case.",
        "The United States was not relaxing the sanctions regime.",
        "The mayor decried the leak as “so disgraceful.”",
        "InfoWars spread an assertion that the shooting was a hoax.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    assert "fury" in " ".join(
        outlet("The committee met on Tuesday. The mayor, in his growing fury over the vote, left.")
    )
    assert outlet("The committee met on Tuesday. The regime jailed its critics.") == ["regime"]


def test_what_believers_hold_a_closing_credit_and_a_claimed_identity_are_not_the_outlets():
    for sentence in (
        "Many critics believe he has a rose-tinted recollection of the vicious fights.",
        "It led to terrible consequences, he added.",
        "Someone claiming to be from the church emailed a request.",
        "The minister decried what he called the council's disrespect.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    assert "vicious" in outlet("The committee met on Tuesday. I think the fights were vicious.")


def test_a_scale_denied_escalating_a_conflict_and_condemning_a_quoted_label_are_not_the_outlets():
    for sentence in (
        "This ruling is far from a sweeping victory for the unions.",
        "The decision did not provide the sweeping victory that some riders hoped for.",
        "The strike began on Monday, escalating the standoff between the union and the city.",
        "The mayor took to Twitter to denounce the audit as a “sham.”",
        "The council condemned the resolution as a “scam” and renewed its attacks.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    assert outlet("The committee met on Tuesday. It was a sweeping victory for the unions.") == ["sweeping"]
    # a label denied still uses the label
    assert "coward" in outlet("The committee met on Tuesday. The mayor is not a coward.")


def test_a_race_conceded_a_confessed_act_false_stories_and_a_grievance_are_plain():
    for sentence in (
        "With every vote counted, the mayor refused to concede.",
        "The mayor admitted wearing a costume at the party.",
        "The campaign spawned a steady stream of fake news stories.",
        "The union filed a grievance claiming that the owners conspired.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    # a point not conceded, with no race about, keeps the verb's loading
    assert outlet("The committee met on Tuesday. The lawyer pressed the aide, but the aide refused to concede.") == [
        "concede"
    ]
    assert outlet("The committee met on Tuesday. The paper ran fake news about the mayor.") == ["fake news"]


def test_what_a_report_found_is_the_reports():
    assert outlet("The committee met on Tuesday. The report found that Russia ran a campaign of propaganda.") == []


def test_an_admission_under_oath_a_quoted_allegation_a_comparison_credited_and_link_cards_are_not_the_outlets():
    for sentence in (
        "At the trial, the aide admitted in testimony that he had lied to the accountant.",
        "The party faulted the clerk for what it claimed was “gross mismanagement”.",
        "The state party has compared the governor to a dictator.",
        "The book renewed concerns that the primary was rigged against the senator.",
        "Their Democratic opponents, with votes still being counted, are unwilling to concede.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    assert "nefarious" not in outlet("The committee met on Tuesday. There is nothing at all nefarious about the count.")
    assert outlet("The committee met on Tuesday. The aide admitted that he had lied.") == ["admitted"]


def test_a_nomination_claimed_a_term_of_art_a_sounded_alarm_and_the_baselines_word_in_another_form():
    for sentence in (
        "In Missouri, the senator claimed her party's nomination on Tuesday.",
        "Voters will also decide on a so-called right-to-work referendum.",
        "The governor endorsed him even as he sounded an alarm over the tactics.",
    ):
        assert outlet("The committee met on Tuesday. " + sentence) == [], sentence
    wire = "The committee met on Tuesday. Voters overwhelmingly rejected the law."
    assert outlet("The committee met on Tuesday. Voters delivered an overwhelming rejection of the law.", wire) == []
    assert outlet("The committee met on Tuesday. The so-called reform failed.") == ["so-called"]
