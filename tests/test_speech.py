"""framing.speech: one home for quotations, speakers and attribution, with one list of reporting verbs."""

from __future__ import annotations

from framing import speech
from framing.lexicon import load_lexicon
from framing.prepare import prepare
from framing.records import Version


def doc(text: str):
    return prepare(Version(id="t", raw=text))


def test_one_verb_list_gives_every_role():
    entries = {e.term: e.flags for e in load_lexicon("report_verbs").entries}
    assert {"quote", "name_after", "source_after", "omission"} <= entries["said"]
    assert "speech_only" in entries["according to"] and "omission" in entries["according to"]
    assert "speech_only" not in entries["slammed"] if "slammed" in entries else True
    assert speech._verbs_with("quote")[:1] and set(speech._verbs_with("name_after")) <= set(speech._verbs_with("quote"))


def test_quotes_speakers_and_sources_come_from_prepare():
    document = doc('"We will act," Mayor Anna Lopez said on Monday. Officials declared the plan finished.')
    assert [q.speaker for q in document.quotes] == ["Anna Lopez"]
    assert document.attributions[0] == "Mayor Anna Lopez"
    # "declared" marks speech (a quotation's speaker) but names no source by itself
    assert document.attributions[1] is None
    assert document.first_quotes[0] is document.quotes[0]


def test_blanking_quotes_keeps_offsets():
    text = 'He said "a b c" and left.'
    blanked = speech.blank_quotes(text, 0, len(text), [(9, 14)], marks=True)
    assert len(blanked) == len(text) and '"' not in blanked and blanked.endswith("and left.")
    inner = speech.blank_quotes(text, 0, len(text), [(9, 14)], marks=False)
    assert inner.count('"') == 2 and "a b c" not in inner


def test_says_who_reads_the_omission_role():
    assert speech.says_who("The minister said it would rain.")
    assert speech.says_who('It is "fine".')
    assert not speech.says_who("It rained all day.")


def test_vague_spans_are_typed_fields():
    document = doc("Critics say the plan will fail. The plan starts in May.")
    assert document.vague and all(isinstance(span, tuple) for spans in document.vague.values() for span in spans)
    start, end = document.vague[0][0]
    assert document.text[start:end].lower().startswith("critics say")


def test_the_name_before_an_aside_speaks():
    # an appositive or relative clause between the name and its verb is not the speaker ("the Police Department")
    text = (
        '"We found her asleep in a car," Dana Reyes, a spokesperson for the Hill Valley Police Department, '
        "told reporters.\n\n"
        "Sam Ortiz, who is leading the court challenge, says the damage will be wide.\n\n"
        '"It is 2019, yet the rules are still rolling back rights," he tweeted.'
    )
    assert [q.speaker for q in doc(text).quotes] == ["Dana Reyes", "Sam Ortiz"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in doc(text).quotes]


def test_a_description_stands_for_the_person_named_with_its_role():
    # "the governor" is Gov. Lena Park (named with that role), not the last speaker (Omar Diaz)
    text = (
        "Gov. Lena Park signed the budget on Friday.\n\n"
        '"It is a fair deal," Omar Diaz, a union leader, told reporters.\n\n'
        '"We kept every school open," the governor said.\n\n'
        '"Nobody lost a job," said the Democratic governor.'
    )
    assert _speakers(text) == ["Omar Diaz", "Lena Park", "Lena Park"]
    # a sentence that opens with the description is its subject ("The Valdorian president … said")
    text = (
        "President Ana Kovac of Valdoria met Prime Minister Ito Sato on Sunday.\n\n"
        'The Valdorian president stood firm and said her country would not "bow to pressure" from anyone.'
    )
    assert _speakers(text) == ["Ana Kovac"]


def test_she_stands_for_a_person_not_a_newspaper_and_the_paragraph_comes_first():
    text = (
        'An editorial backed the ruling, and the Daily Ledger writes that it is "vital" to wait.\n\n'
        'Mara Quinn had called the ruling "a mistake" on radio. "It will not last. It cannot last," she said.\n\n'
        '"At first I laughed," she continued.'
    )
    assert _speakers(text) == ["Daily Ledger", "Mara Quinn", "Mara Quinn", "Mara Quinn"]


def test_a_pull_quote_signature_names_its_speaker():
    text = 'Police found the car on Tuesday.\n\n"She lost everything that week." — Ravi Menon, father of the driver'
    assert _speakers(text) == ["Ravi Menon"]


def test_datelines_and_sentence_adverbs_are_not_speakers():
    text = 'SPRINGFIELD – Ten towns sued the state on Monday, calling the rule "unlawful."'
    assert _speakers(text) == [None]  # not "SPRINGFIELD"; "Ten towns" is no name
    text = 'Especially because the vote is close, it is "vital" that the count be right.'
    assert _speakers(text) == [None]  # not "Especially"
    # a suffix is not the family name a speaker is matched by
    assert speech._as_speaker("William H. Pauley III") == ("William H. Pauley III", "pauley")


def test_a_bare_title_is_the_person_named_with_the_bare_title():
    # "the president" is President Dan Ruiz, not the Valdorian president named first; "the Valdorian president" is
    text = (
        "Valdorian President Ana Kovac met President Dan Ruiz on Sunday.\n\n"
        "Talks ran late, Valdorian President Ana Kovac told reporters.\n\n"
        '"We will cut aid," the president said.\n\n'
        '"We will not bow," said the Valdorian president.'
    )
    assert _speakers(text) == ["Dan Ruiz", "Ana Kovac"]


def test_she_stands_for_the_person_a_paragraph_opens_with():
    text = (
        '"It is a disgrace," Senator Paul Grant said on Monday.\n\n'
        "Housing Secretary Mira Holt rejected the criticism on Tuesday.\n\n"
        '"We are doing none of those things," she said.\n\n'
        'Grant continued to cast blame on the city. "It is their fault," he said.'
    )
    assert _speakers(text) == ["Paul Grant", "Mira Holt", "Grant"]
    # one capitalised word the text never capitalises inside a sentence is no subject ("Criticism of …")
    text = (
        '"We act," Mira Holt said.\n\n'
        "Criticism of the plan grew on Monday, and critics said so.\n\n"
        '"It works," she said.'
    )
    assert _speakers(text) == ["Mira Holt", "Mira Holt"]


def test_a_description_inside_a_clause_or_beside_a_name_is_not_the_speaker():
    text = (
        "Sen. Ron Diaz, a Democrat on the panel, dismissed the remarks, saying he takes anything "
        'the acting attorney general says with "a grain of salt."'
    )
    assert _speakers(text) == ["Sen. Ron Diaz"]
    text = 'Tom Reed, the Senate majority leader, said "every member supports the plan."'
    assert _speakers(text) == ["Tom Reed"]
    # a long title before a name is read whole, and the name is what follows the last title
    text = 'Supreme Court Justice Ruth Ann Calder called the order "a mistake" in an interview.'
    assert _speakers(text) == ["Ruth Ann Calder"]
    assert speech._as_speaker("Republican Sen. Susan Ortiz")[0] == "Sen. Susan Ortiz"
    assert speech._as_speaker("White House Press Secretary Sara Lind")[0] == "Sara Lind"


def test_person_index_gives_whom_a_later_he_or_she_stands_for():
    from framing.extractors._speech import credited_person

    text = (
        '"We will appeal," Senator Paul Grant said.\n\n'
        "Housing Secretary Mira Holt rejected the criticism on Tuesday.\n\n"
        "She said the shelters were full.\n\n"
        "Ohio has sued twice, and lawyers for Ohio expect to win.\n\n"
        "He said the state would lose."
    )
    document = doc(text)
    people = speech.PersonIndex.of(document.text, document.sentences, document.quotes)
    assert [p[0] for p in people.people] == ["Paul Grant", "Mira Holt"]  # not "Ohio": a place
    assert credited_person(document, 2, "pronoun", None) == "Mira Holt"
    assert credited_person(document, 1, "someone it reports", None) == "Mira Holt"
    assert credited_person(document, 4, "pronoun", None) == "Mira Holt"  # the last person, not the state
    assert credited_person(document, 1, "Paul Grant", None) is None  # a named source needs no one


def test_a_lone_subject_must_be_a_name_the_text_uses_and_not_a_place():
    # "Hours" opens a sentence but is no name; "the Capitol" is a place; the court is named inside a sentence
    text = (
        "The ruling came from the Supreme Court on Friday.\n\n"
        'Hours later, the Supreme Court in a brief order found the claim "faces a high bar."\n\n'
        'Capitol police watched as a man shouted "go home" at the senators.'
    )
    assert _speakers(text) == ["Supreme Court", None]
    # a pronoun subject still stands for the person the paragraph opens with
    text = 'Lee Hart, who is white, shot the driver. He initially reported "shots fired" on the radio.'
    assert _speakers(text) == ["Lee Hart"]


def test_a_phrase_of_anonymity_spans_the_source_it_hides():
    cases = {
        "A state official speaking on condition of anonymity said the plan was late.": (
            "A state official speaking on condition of anonymity"
        ),
        "The mayor denied what an unnamed city hall aide told the Ledger.": "unnamed city hall aide",
        "A Harbor Authority official who declined to be identified said 40 ships waited.": (
            "A Harbor Authority official who declined to be identified"
        ),
        "The report, he said on condition of anonymity, was late.": "on condition of anonymity",  # no source noun
    }
    for text, span in cases.items():
        document = doc(text)
        assert [text[a:b] for spans in document.vague.values() for a, b in spans] == [span]


def test_titles_after_a_body_and_appositions_still_give_the_person():
    text = (
        "His lawyer, Dana Ortiz, told reporters that he denies wrongdoing.\n\n"
        "Valley Republican Party Chairman Rob Hale said he respected the decision.\n\n"
        '"This has been a hard time for all involved," he said.\n\n'
        "Kris Carter, president and director of the Voters League, cheered the decision.\n\n"
        '"It is no surprise," she said.\n\n'
        "Earlier, Mr. Hale testified that the count was fair.\n\n"
        '"We never touched a ballot," he said.'
    )
    assert _speakers(text) == ["Chairman Rob Hale", "Kris Carter", "Mr. Hale"]


def test_an_inverted_verb_after_a_comma_and_a_party_tag_keep_the_speaker():
    text = (
        'Lawyers for the states disagreed.\n\n"There is another way to read" the 2012 Roberts\' ruling, insisted '
        "Dana Ortiz, counsel for the House. She argued that Roberts' opinion left a choice."
    )
    assert _speakers(text) == ["Dana Ortiz"]  # not "Roberts'": an owner is no subject
    text = '"We are not well served by this," Sen. Chris Moody, D-Conn., told Politico.'
    assert _speakers(text) == ["Sen. Chris Moody"]


def test_unnamed_is_vague_only_before_a_source():
    text = "In the 1993 clip, an unnamed caller talks about her daughter's problems."
    assert [text[a:b] for spans in doc(text).vague.values() for a, b in spans] == []


def test_verbs_auxiliaries_and_party_adjectives_open_no_name():
    assert speech.clean_name("Added Bondi") == "Bondi" and speech.clean_name("Said Dershowitz") == "Dershowitz"
    assert speech.clean_name("Is") is None and speech.clean_name("Does") is None
    assert speech.clean_name("Democratic") is None
    assert speech.clean_name("Democratic Sen. Jon Erpen") == "Democratic Sen. Jon Erpen"
    assert speech.clean_name("Said") == "Said"  # a family name too


def test_she_is_not_a_man_the_text_calls_he():
    # "she" is not Tom Berg, whom the text calls "he", but Dana Ruiz, "a Dayton woman", named before the quote
    text = (
        "Rep. Tom Berg said he had never met the donor. Berg said he would not resign.\n\n"
        "In messages the Ledger obtained and printed on its front page, Dana Ruiz, a Dayton woman, wrote to Berg. "
        '"You knew all along," she said.'
    )
    assert _speakers(text) == ["Dana Ruiz"]
    # nothing is guessed from first names: without a word of gender the last person named stays the answer
    assert speech._Genders(text.replace(", a Dayton woman,", "")).gender == {"berg": "m"}


def test_two_people_with_one_surname_give_it_no_gender():
    genders = speech._Genders(
        "Melania Trump said she was proud. Mrs. Trump said her work goes on. President Trump said he agreed."
    )
    assert "trump" not in genders.gender
    genders = speech._Genders("Sen. Ann Lee said she would vote no. Lee said she had read the bill.")
    assert genders.gender == {"lee": "f"}


def test_a_congresswoman_is_the_representative_named_before_and_headline_case_is_no_name():
    text = (
        "Rep. Rana Tolib Cancels Visit to Ostland\n\n"
        "Israel barred Rep. Rana Tolib from entering on Thursday.\n\n"
        '"They kept us apart," her uncle Bassam Tolib said. He added that the trip was over.\n\n'
        '"My family and I have cried together," the congresswoman said in a statement.'
    )
    assert _speakers(text)[-1] == "Rana Tolib"


def test_an_inverted_said_between_commas_names_the_speaker_after_it():
    text = 'The trial went on.\n\nGiuliani, said Raskin, was the House\'s "colorful distraction."'
    assert _speakers(text) == ["Raskin"]
    # "told" takes whom it tells after it: the name before it speaks
    text = 'The trial went on.\n\n"It is over," Katie Nelson, a police spokesperson, told BuzzFeed News.'
    assert _speakers(text) == ["Katie Nelson"]


def test_an_aside_left_without_its_closing_comma_is_not_the_speaker():
    text = 'The camp denied it.\n\n"Women have a right to tell their story," Kate Bedingfield, Biden\'s aide said.'
    assert _speakers(text) == ["Kate Bedingfield"]


def test_a_statement_from_someone_before_a_colon_is_theirs():
    text = (
        "The camp denied it.\n\nThe Lee campaign issued a statement from communications director Kate Bedingfield: "
        '"Such claims should be reviewed. It is untrue."'
    )
    assert _speakers(text) == ["Kate Bedingfield"]


def test_an_inverted_said_reads_the_whole_title_and_name_after_it():
    text = 'The camp denied it.\n\n"We are fine," said White House spokeswoman Stephanie Grisham on Sunday.'
    assert _speakers(text) == ["Stephanie Grisham"]
    text = 'The camp denied it.\n\n"We are fine," said White House Press Secretary Sarah Sanders.'
    assert _speakers(text) == ["Sarah Sanders"]


def test_single_quoted_remarks_with_apostrophes_and_open_paragraphs_are_quotations():
    from framing.speech import _quote_spans

    text = "'That's obscene! That should never be permitted,' he said. The Smiths' house burned in the '90s."
    assert [text[a:b] for a, b in _quote_spans(text, 0, len(text))] == [
        "That's obscene! That should never be permitted,"
    ]
    text = "A statement from the family read: 'We are devastated and broken. We had no idea of the darkness."
    assert [text[a:b] for a, b in _quote_spans(text, 0, len(text))] == [
        "We are devastated and broken. We had no idea of the darkness."
    ]


def test_a_place_that_opens_the_sentence_is_its_subject_so_no_later_name_speaks():
    # the states sue the president: he is the object, not the one calling the move unlawful
    text = (
        "By Jo Rand\n\nBOSTON – Ohio and 12 other states sued President Ann Lee on Tuesday over her plan, "
        'calling the move "reckless and wrong."'
    )
    assert _speakers(text) == [None]
    # a place before a role and a name is part of who speaks
    text = 'The hearing went on.\n\nWhite House counsel Mark Purl, in his reply, called it "a sham" again.'
    assert _speakers(text) == ["Mark Purl"]


def test_a_caption_from_someone_before_a_colon_is_theirs():
    text = (
        "The fair opened on Monday.\n\nA photo of Mayor Ann Jones was posted on Instagram with the caption "
        'from Jones: "Best day of the year!"'
    )
    assert _speakers(text) == ["Jones"]


def test_a_paragraph_only_quoted_continues_no_one_after_a_paragraph_of_two_speakers():
    text = (
        "Prime Minister Ruth Kale met President Omar Dale on Friday.\n\n"
        'The Ruritanian leader stood firm in a speech and said the island would not "give in" to the north. '
        'The speech came a day after Dale pushed for "unity."\n\n'
        '"Our position remains the same. We will not change."'
    )
    assert _speakers(text)[-1] is None
    text = 'Omar Dale spoke on Friday.\n\n"We will win," Dale said. "They will lose."\n\n"Our position is the same."'
    assert _speakers(text) == ["Dale", "Dale", "Dale"]


def test_an_engine_source_that_is_a_dateline_is_not_trusted():
    from framing.extractors._speech import SourceRef
    from framing.extractors.quote import _trusted

    document = doc('WASHINGTON – Ohio and 12 other states sued, calling the move "reckless and wrong."')
    quote = document.quotes[0]
    dateline = SourceRef(0, 10, "WASHINGTON – Ohio and 12 other states", "organisation", "WASHINGTON", False)
    states = SourceRef(13, 37, "Ohio and 12 other states", "organisation", "Ohio", False)
    assert not _trusted(document, quote, dateline)
    assert _trusted(document, quote, states)


def test_each_quotation_in_a_sentence_of_several_speakers_gets_the_one_beside_it():
    text = (
        'Allies criticised the policy.\n\nCritics included Pastor Dan Gray, who called it "awful", former aide '
        'Tony Scar, who said it was not "the right way", and Senator Lynn Gray, who said: "She could stop this."'
    )
    assert _speakers(text) == ["Pastor Dan Gray", "Tony Scar", "Lynn Gray"]
    # a pronoun after a name in the same sentence is that name, not the speaker before
    text = (
        'The vote was near.\n\nSen. Ron Wyde, D-Ore., said the plan was "a non-apology."\n\n'
        'Sen. Pat Leahy, D-Vt., said the world was watching the vote, which he called a "referendum on torture."'
        '\n\nHe said the methods amounted to "torture."'
    )
    assert _speakers(text) == ["Sen. Ron Wyde", "Sen. Pat Leahy", "Sen. Pat Leahy"]
    # the words someone is reported to have said are theirs; the reporting subject is whom "he" stands for next
    text = (
        'Jim Comey spoke to ABC.\n\nComey said Trump told him, "I may order you to investigate that."\n\n'
        'He advised the president to "be careful about that."'
    )
    assert _speakers(text) == ["Trump", "Comey"]


def test_a_party_label_in_an_aside_and_a_name_after_said_that_are_no_speakers():
    text = (
        "The vote came late.\n\nSen. Lisa Moore, an Alaska Republican, said in a statement: "
        '"I do not believe this will change anything."'
    )
    assert _speakers(text) == ["Sen. Lisa Moore"]
    text = (
        "Pastor Sam Jones spoke on Monday.\n\nAfter saying that Kent owes the city an apology, Jones repeated "
        'that this looked like the "fall of a star."'
    )
    assert _speakers(text) == ["Jones"]


def test_a_pronoun_stands_for_a_person_just_named_with_a_title_not_for_an_earlier_speaker():
    text = (
        'The board noted the Code of Ethics says a "judge should not endorse a candidate."\n\n'
        "Later, relief came for the judge, with Vermont Sen. Bert Sands giving support. While the candidate "
        'declined to comment, he said he agrees the man is a "total opportunist."'
    )
    assert _speakers(text)[-1] == "Sen. Bert Sands"
    text = (
        "Some Republicans floated a deal. But before the day began, Senate Minority Leader Chuck Shum, D-N.Y., "
        'dismissed that idea.\n\n"Hunter has nothing to do with this," he said at a news conference.'
    )
    assert _speakers(text) == ["Chuck Shum"]
    # named after a preposition, the titled person is no subject: the pronoun keeps the last speaker, and a
    # paragraph only quoted continues that speaker
    text = (
        'Ann Lee said "it is bad."\n\nThe bill was signed by Texas Republican Gov. Bob Rix.\n\n'
        '"It is bad," she said.\n\n"It is worse."'
    )
    assert _speakers(text) == ["Ann Lee", "Ann Lee", "Ann Lee"]


def test_a_passive_naming_with_no_agent_is_no_ones_words_and_who_has_said_names_the_speaker():
    text = (
        "Beto Rourke spoke.\n\nRourke organized a march to Tornillo, Texas, and what has been described as a "
        '"tent structure" for teens.'
    )
    assert _speakers(text) == [None]
    assert _speakers('The plan passed.\n\nThe plan was dubbed "a disaster" by Sen. Ann Lee.') == ["Sen. Ann Lee"]
    assert _speakers('The plan passed.\n\nSen. Ann Lee, who has said "it is fine," voted yes.') == ["Sen. Ann Lee"]


def test_after_a_sentence_reporting_someone_elses_words_he_or_she_stands_for_its_subject():
    text = (
        "Tara Rede spoke to a podcast.\n\nRede said Bidden said to her, 'Come on, I heard you liked me.'\n\n"
        "'He implied that I had done this,' she told the host."
    )
    document = doc(text)
    people = speech.PersonIndex.of(document.text, document.sentences, document.quotes)
    assert people.before(document.sentences[-1].start) == ("Rede", "rede")
    # an inverted "said X" after the subject: the subject is who the sentence is about, X who speaks
    text = 'Juliano, said Rask, was a "shiny object."\n\nShe said he was outrageous.'
    document = doc(text)
    people = speech.PersonIndex.of(document.text, document.sentences, document.quotes)
    assert people.before(document.sentences[-1].start) == ("Rask", "rask")


def test_a_linked_name_printed_twice_is_one_name():
    # a page prints a linked name, then the link's own text glued to the next words
    text = (
        '"We will wait for the vote," Sen. Ann Corby Ann Marie CorbyGOP senators balk at a long trial (R-Texas) said.'
    )
    assert _speakers(text) == ["Sen. Ann Corby"]
    assert speech.clean_name("Tom Ridley Tom Ridley") == "Tom Ridley"
    assert speech._as_speaker("Gov. Ed Morse Ed Morse") == ("Gov. Ed Morse", "morse")


def test_page_words_owners_and_nation_adjectives_are_no_names():
    assert speech.clean_name("CLOSE Ed Morse's Democratic") is None  # "… Democratic opponent …": the owner is not it
    assert speech.clean_name("CLOSE Ed Morse") == "Ed Morse"
    assert speech.clean_name("South Korean") is None and speech.clean_name("British") is None
    assert speech.clean_name("Leandra English") == "Leandra English"
    text = 'A South Korean diplomat who asked not to be named called it a shock. "We are still looking into it."'
    assert _speakers(text) == [None]


def test_a_month_that_is_a_family_name_still_names():
    text = 'The office of the British prime minister, Theresa May, said "we look forward to working together".'
    assert _speakers(text) == ["Theresa May"]
    assert speech.clean_name("Last May") is None and speech.clean_name("May") is None


def test_a_body_named_with_a_preposition_then_its_head_speaks():
    text = '"The bill is the next step in our plan," Iowa Right to Life President Jan Voss told reporters last month.'
    assert _speakers(text) == ["Jan Voss"]


def test_the_name_after_a_lower_case_role_speaks_not_whose_ally():
    text = '"The country has sent a message to the world," said Lenoir ally Paul Berard, a former minister.'
    assert _speakers(text) == ["Paul Berard"]


def test_a_term_a_noun_phrase_names_is_no_ones_remark():
    text = (
        'Gov. Tom Reed signed his state\'s anti-abortion "heartbeat bill." The state\'s "heartbeat bill," which '
        'has no exceptions, was signed in March by Gov. Ann Cole. These include "trigger bans" that apply later; '
        '"method bans" that bar a procedure.'
    )
    assert _speakers(text) == [None, None, None, None]
    # a remark in reported speech, or one a speaker is named for after it, keeps its speaker
    said = 'Sen. Joe Marsh said on Friday that he will back her, calling her a "qualified jurist."'
    assert _speakers(said) == ["Sen. Joe Marsh"]
    after = 'It is the "worst deal ever," Tom Reed said.'
    assert _speakers(after) == ["Tom Reed"]
    tweeted = 'President Tom Reed tweeted that he was "very proud" of the vote.'
    assert _speakers(tweeted) == ["Tom Reed"]


def test_a_full_name_after_a_conjunction_and_an_age_is_the_subject_he_stands_for():
    text = (
        '"This is a very important day," said Ana Brill, 25, a student.\n\n'
        'But Pierre Tallon, 66, a retired officer, was disappointed. "It\'s more of the same," he said.'
    )
    assert _speakers(text) == ["Ana Brill", "Pierre Tallon"]


def test_a_quote_without_its_own_speaker_continues_the_paragraphs_last():
    text = (
        'Ben Ruiz: Ruiz voted for the bill on Friday. "I\'ve long backed it," he said.\n\n'
        "Nora Vance: In a surprising turn, Vance voted against the bill. She spoke to reporters after the vote. "
        '"I believe it is a good bill," she said. "It just may be the wrong time."'
    )
    assert _speakers(text) == ["Ruiz", "Vance", "Vance"]


def test_they_is_no_one_person_and_a_nations_people_name_no_one_later():
    text = (
        '"We found his devices," said Director Carl Hume.\n\nOmar Saleh, 21, fired on a class.\n\n'
        'Officers stopped short of a motive, but they said the links were "significant" to them.'
    )
    assert _speakers(text)[-1] is None
    said = 'South Korean officials said Mr. Moon encouraged Mr. Reed to go on with the "historic feat" of peace.'
    assert _speakers(said) == [None]


def test_a_body_then_a_persons_name_opening_a_sentence_is_that_person():
    text = (
        "Senate Finance Committee Ruth Hale released a statement on Monday about the report.\n\n"
        '"I have read the report," she said in a statement. "It holds nothing new."'
    )
    assert _speakers(text) == ["Ruth Hale", "Ruth Hale"]
    assert speech._as_speaker("Senate Finance Committee Ruth Hale") == ("Ruth Hale", "hale")
    assert speech._as_speaker("Facebook Twitter Pinterest Macron")[0] == "Facebook Twitter Pinterest Macron"


def test_a_pronoun_source_is_whom_the_sentences_quotation_was_resolved_to():
    from framing.extractors._speech import credited_person

    text = (
        '"We did not agree to that," said Sen. Tom Reed after the report.\n\n'
        "Speaking to reporters, Press Secretary Sara Lund pushed back.\n\n"
        '"Anybody who says so has been living in a cave," she said.'
    )
    document = doc(text)
    last = len(document.sentences) - 1
    assert document.quotes[-1].speaker == "Sara Lund"
    assert credited_person(document, last, "pronoun", None) == "Sara Lund"


def test_a_body_named_by_its_kind_is_the_body_named_last_with_it():
    text = (
        "The Norwood Institute, a nonprofit group, finds the debate is heated.\n\n"
        "The institute says bills are under way in 25 states.\n\n"
        "The Saudi Embassy in Washington issued a statement.\n\n"
        "The embassy said it would help. The agency said nothing."
    )
    assert doc(text).attributions == (None, "Norwood Institute", None, "Saudi Embassy", "agency")
    assert speech.attribution("A spokesman for Pakistan's military said a guard had been killed.") == (
        "spokesman for Pakistan's military"
    )


def test_a_party_tag_in_brackets_and_a_role_aside_leave_the_person_the_source():
    assert speech.attribution("However, Sen. Ann Hale (D-ND) has said she will vote no.") == "Sen. Ann Hale"
    text = "Jo Marsh, president of the Plain Law Center, a legal group, said in a statement it was clear."
    assert speech.attribution(text) == "Jo Marsh"
    assert speech.attribution("The head of the World Bank said it was fine.") == "World Bank"


def test_they_credits_no_one_person_and_a_participle_opens_no_subject():
    from framing.extractors._speech import credited_person

    text = (
        '"We found his devices," said Director Carl Hume.\n\nOmar Saleh, 21, fired on a class.\n\n'
        "Mr. Hume and Attorney General Ann Bell stopped short of a motive, but they said the links were deep."
    )
    document = doc(text)
    assert credited_person(document, len(document.sentences) - 1, "pronoun", None) is None
    assert speech.clean_name("Saying Le Pen") == "Le Pen"
    said = 'Saying Ruth Orr voters were angry, he pledged: "I will do everything to win them back."'
    assert _speakers(said) == [None]


def test_speaker_and_whip_are_titles_before_a_name():
    assert speech._as_speaker("House Speaker Nora Pell") == ("Nora Pell", "pell")
    assert speech._as_speaker("Senate Minority Whip Dan Durr") == ("Dan Durr", "durr")


def test_a_statement_that_speaks_is_its_issuers():
    text = (
        "The Norland Embassy in Washington issued a statement Monday evening.\n\n"
        '"We have fully cooperated with the inquiry," the statement read.\n\n'
        '"We will keep working with them," the embassy said.'
    )
    assert _speakers(text) == ["Norland Embassy", "Norland Embassy"]
    assert _speakers('"We are here," the statement read.') == [None]


def test_the_senator_is_the_senator_named_last_and_the_president_the_first():
    text = (
        'Sen. Cal Orr said on Monday, "We wait."\n\nSen. Bea Vann\n\nSen. Bea Vann, R-Neb., called it sad.\n\n'
        'The senator then warned that he would "no longer be a donor to it."\n\n'
        "President Tom Reed met Brazilian President Ana Luz.\n\n"
        'The president said, "It went well."'
    )
    assert _speakers(text) == ["Sen. Cal Orr", "Bea Vann", "Tom Reed"]
    assert speech.clean_name("Sen. Ben Sasse Sen. Ben Sasse") == "Sen. Ben Sasse"


def test_an_adverb_of_time_between_a_name_and_its_verb():
    text = 'The talks ended early, and the White House soon announced a "schedule change."'
    assert _speakers(text) == ["White House"]


def test_words_someone_calls_a_thing_as_are_theirs_a_thing_known_as_is_named():
    text = 'Ann Bates, a spokesman for the campaign, characterized the talk as a "conspiracy theory" on Monday.'
    assert _speakers(text) == ["Ann Bates"]
    known = 'Congress ended the tax penalty – known as the "individual mandate" – in 2017.'
    assert _speakers(known) == [None]
    prosecutor = (
        'Prosecutor Mia Lund filed charges.\n\nThe prosecutor highlighted the "extraordinary speed" of the case.'
    )
    assert _speakers(prosecutor) == ["Mia Lund"]


def test_a_role_in_the_possessive_is_not_the_persons_role():
    text = (
        "Rep. Nadia Tell said she would go.\n\nSami Tell, the congresswoman's uncle, told NPR the village waited.\n\n"
        '"We cried together," the congresswoman said in her statement.'
    )
    assert _speakers(text)[-1] == "Nadia Tell"


def test_a_sentence_end_inside_a_name_run_and_more_verbs_of_saying():
    assert speech.clean_name("California. Congressional Budget") == "Congressional Budget"
    assert speech.clean_name("Donald Trump. The") == "Donald Trump"
    said = 'Later, Ben Moss apologized for the "overzealous" policy.'
    assert _speakers(said) == ["Ben Moss"]


def test_he_after_a_described_unnamed_subject_credits_no_one():
    from framing.extractors._speech import credited_person

    text = (
        '"We made some progress," Secretary of State Ann Poole said.\n\n'
        "But in a sign of trouble, North Korea's top diplomat held a rare briefing of his own. "
        "He said the leader had made no such demands."
    )
    document = doc(text)
    assert credited_person(document, len(document.sentences) - 1, "pronoun", None) is None
    aside = (
        '"I feared for my life," Officer Tom Slade said.\n\nIn that case, the officer actually said that smoke had '
        "scared him. No, really. He stated the smoke was a risk to him."
    )
    document = doc(aside)
    assert credited_person(document, len(document.sentences) - 1, "pronoun", None) is None
    named = 'Secretary Ann Poole held a briefing. "We made progress," she said.\n\nShe said talks would go on.'
    document = doc(named)
    assert credited_person(document, len(document.sentences) - 1, "pronoun", None) == "Ann Poole"


def test_a_role_after_whose_it_is_names_the_person_after_it():
    # "said CNN global affairs analyst Joseph Yun": the analyst speaks and is the source, not CNN
    text = '"I see a gap," said WBC global affairs analyst Tomas Reyna, a former envoy.'
    document = doc(text)
    assert _speakers(text) == ["Tomas Reyna"]
    assert document.attributions[0] == "Tomas Reyna"


def test_asides_of_circumstance_and_of_role_leave_the_speaker():
    text = 'The Rights League, in a statement backing WBC, said "it is unlawful to expel a reporter."'
    assert _speakers(text) == ["Rights League"]
    text = (
        "Lawmakers met on Monday.\n\n"
        '"I stressed the importance of ending the leaks," Gowan, chairman of the House Committee on Oversight and '
        "Budget Reform, told reporters."
    )
    assert _speakers(text) == ["Gowan"]


def test_a_capitalised_qualifier_of_an_unnamed_official_is_no_speaker():
    text = "A senior US official said the move answered “a reckless attempt to harm a citizen”."
    assert _speakers(text) == [None]


def test_a_surname_after_but_with_a_relative_clause_is_the_subject_for_he():
    text = (
        '"It is fine," said Omar Diaz.\n\n'
        "But Pompeo, who has staked his future on the talks, had little to say. "
        'He did say that "some progress" had been made.'
    )
    assert _speakers(text) == ["Omar Diaz", "Pompeo"]


def test_attribution_first_person_trailing_source_objects_and_documents():
    # the writer's own "As I've argued" credits no one
    assert speech.attribution("As I’ve argued before, lawyers twist the legal standard into an argument.") is None
    # a source and verb closing the sentence speak it all, not the subject of an inner verb of ruling
    text = "Courts have ruled that a president can be sued over earlier conduct, Marrera pointed out."
    assert speech.attribution(text) == "Marrera"
    assert speech.attribution("Rutte said the alliance would act, officials said.") == "Rutte"
    assert speech.attribution("Hatch said the president had no choice, Bloomberg reported.") == "Hatch"
    # a name after a preposition is an object, not the source
    assert (
        speech.attribution("Officials familiar with the work on North Korea had told WBC they saw cause for worry.")
        is None
    )
    # the justices, the judges, the jury of a court speak as a body does
    text = "The term does not establish that electors must have discretion, the justices wrote in the opinion."
    assert speech.attribution(text) == "the justices"
    # a body opening the sentence says what its participle of saying after a comma says
    refused = "The administration has refused, saying lawmakers have no legitimate interest in the returns."
    assert speech.attribution(refused) == "the administration"
    assert speech.attribution("The talks failed, saying nothing.") is None
    inside = "By the close of the day a small group inside the EU had indicated to the UK that they would not act."
    assert speech.attribution(inside) is None
    # a document speaks for its owner
    assert speech.attribution("That reason is not sufficient as a matter of law, WBC's lawsuit asserts.") == "WBC"


def test_a_body_named_by_its_kind_opening_the_sentence_is_no_later_name():
    # "The network sought "…" forcing the White House …": not the White House; the body if named with its kind
    text = (
        "WBC sued on Tuesday, the cable news network announced.\n\n"
        'The network sought "an immediate order" forcing the White House to return Reyna\'s White House pass.'
    )
    assert _speakers(text) == [None]
    named = 'The Guttmark Institute, a research group, tracks laws.\n\nThe institute found "a record number" of bans.'
    assert _speakers(named) == ["Guttmark Institute"]
    # a body that reports what a named thing says leaves the thing the speaker
    cited = 'The board noted the Code of Conduct for judges says that a "judge should not endorse a candidate."'
    assert _speakers(cited) == ["Code"]  # the thing cited (as the name cleaner cuts it), not None


def test_a_statement_is_its_issuers_named_in_lower_case_or_by_in_a_statement():
    text = (
        "The Ruritanian foreign ministry issued a statement denouncing the expulsions.\n\n"
        "“The gesture is a continuation of the policy,” the statement said."
    )
    assert _speakers(text) == ["Ruritanian ministry"]
    text = (
        'The White House dismissed the lawsuit as "more grandstanding" in a statement Tuesday.\n\n'
        "The administration argued that Reyna is no more special.\n\n"
        '"The White House cannot run an orderly press conference," the statement said. "The First Amendment is not '
        'served."'
    )
    assert _speakers(text)[1:] == ["White House", "White House"]


def test_a_one_sentence_paragraphs_she_is_the_person_it_opens_with():
    text = (
        'Judge Tamara Kell wiped away tears. She said "it was hard" later.\n\n'
        "Dee Crane, the mother of Tavis Crane, a young man who was shot by an officer, cried as she asked: "
        '"How many of us does it take?"'
    )
    assert _speakers(text) == ["Tamara Kell", "Dee Crane"]
    # a man of the same surname ("Tavis Crane, a young man") gives Dee Crane no gender
    genders = speech._Genders("Tavis Crane, a young man, was shot. Crane said he ran. " + text)
    assert genders.agree("she", ("Dee Crane", "crane"), len(genders.text)) == ("Dee Crane", "crane")


def test_a_sentence_credited_to_no_one_plain_is_its_quotations_speaker():
    from framing.extractors._speech import credited_person

    text = (
        "The trial ended on Wednesday.\n\n"
        '"If you are sorry," Botham\'s 18-year-old brother, Brant Jeanne, told Gray from the stand, "I forgive you."'
    )
    document = doc(text)
    assert credited_person(document, len(document.sentences) - 1, "someone it reports", None) == "Brant Jeanne"


def test_a_name_before_its_verb_past_an_age_an_auxiliary_or_a_bracketed_state():
    assert _speakers('Tax recipient Min Ho Park, 41, said they were "pawns in a game".') == ["Min Ho Park"]
    text = 'The hearing opened.\n\n"We agreed on the importance of patience," Halvorsen will tell investigators.'
    assert _speakers(text) == ["Halvorsen"]
    text = '"The only reason given was the order," Brannigan is expected to tell House lawmakers.'
    assert _speakers(text) == ["Brannigan"]
    text = (
        "Sen. Joe Marlin (D-WV), who earlier crossed the aisle to vote for Kellerman, confirmed Friday that he "
        'will support Kellerman, calling him a "qualified jurist."'
    )
    assert _speakers(text) == ["Sen. Joe Marlin"]
    text = '"Most of us have read it," Sen. John Thorn (S.D.), the No. 3 Republican senator, told reporters.'
    assert _speakers(text) == ["Sen. John Thorn"]


def test_an_owners_document_a_quoted_person_and_a_month_name_speak():
    text = '"Blaming illness is simplistic," Arthur Evers\' statement said. "The one difference? Access to guns."'
    assert _speakers(text) == ["Arthur Evers", "Arthur Evers"]
    text = '"Police treated people with patience," state media quoted Rahmani as saying.'
    assert _speakers(text) == ["Rahmani"]
    text = (
        "British Prime Minister Theresa May spoke on Saturday.\n\n"
        '"We have a very good relationship with President Trump," May said. "We work with President Trump."'
    )
    assert _speakers(text) == ["Theresa May", "Theresa May"]


def test_a_name_after_a_description_after_the_verb_is_the_speaker():
    text = '"I love the state," said former NBA basketball star Charles Barkman, a Leeds native.'
    assert _speakers(text) == ["Charles Barkman"]
    text = '"The laws have failed," said Stoneman Douglas student Laurence Prado, referring to the state law.'
    assert _speakers(text) == ["Laurence Prado"]
    # the person after a title, also one spelt in capitals or with a field after "of"
    assert _speakers('"Viewers leave," — Nine Line Apparel CEO Tyler Merrit') == ["Tyler Merrit"]
    text = '"There is a special place for them." — White House Director of Trade Policy Peter Navarra'
    assert _speakers(text) == ["Peter Navarra"]


def test_a_sayer_described_but_not_named_leaves_the_quote_unresolved():
    # no later or earlier name stands in: "a federal judge", "the source", an ambassador to a country
    text = 'But Democrats got good news as a federal judge wrote he has a "grave concern" about the law.'
    assert _speakers(text) == [None]
    text = 'A source told Axios the team will write to the court. "What they did is illegal," the source said.'
    assert _speakers(text)[-1] is None
    text = 'The Palestinian ambassador to the United Kingdom told CNN that Trump "killed the prospect of a deal."'
    assert _speakers(text) == [None]
    assert _speakers('"Pretty much want to burn my shoes," one current NFL employee told Fox News.') == [None]
    # but a named person's group is theirs, a body's by its kind is left to the body, and an adverbial is no sayer
    assert _speakers('The Mueller team said the inquiry did not assemble "a complete picture".') == ["Mueller"]
    assert _speakers('As Trump spoke, Trump at one point said he wants a "bill of love".') == ["Trump"]


def test_the_fallback_subject_stays_in_its_sentence_and_skips_objects():
    text = 'Under the plan, "there shall be no right of return." Rather, up to 50,000 Palestinians may be accepted.'
    assert _speakers(text) == [None]
    text = 'Those included working with Congress and "working with the White House to confirm the nominee."'
    assert _speakers(text) == [None]
    text = (
        "Russia's government denied that Wednesday, with Foreign Ministry spokeswoman Maria Zakharovna telling "
        'CNN the U.S. was using "fakes as a part of an information war."'
    )
    assert _speakers(text) == ["Maria Zakharovna"]
    text = 'The agreement between Graham and Blumenfeld will be made into law "in the near future."'
    assert _speakers(text) == [None]


def test_signs_brackets_and_terms_after_a_possessive_noun_are_no_ones_words():
    assert _speakers('Some wore T-shirts and carried signs reading: "We call B.S.," one of the slogans.') == [None]
    assert _speakers('The law bars direct ("hard money") contributions to candidates.') == [None]
    text = 'The president\'s tweets came one day after an emotional "listening session" with the survivors.'
    assert _speakers(text) == [None]
    text = 'In a tweet, President Trump congratulated Jones on his "hard fought victory."'
    assert _speakers(text) == ["Trump"]


def test_a_nations_description_is_no_one_and_a_closing_credit_speaks_for_the_sentence():
    text = (
        "Mahmoud Abbas spoke in Ramallah.\n\n"
        '"We say no," he added.\n\n'
        '"It is a circus," the Palestinian ambassador said.'
    )
    assert _speakers(text)[-1] is None
    text = 'Alsharani also wrote a "final will" that was saved on his phone, Mr. Ray said.'
    assert _speakers(text) == ["Mr. Ray"]


def test_a_party_description_is_the_person_named_with_it():
    text = (
        "Rep. Jerrold Nadlin, New York Democrat, opened the meeting.\n\n"
        '"There is no legal difference between these terms," the New York Democrat said.'
    )
    assert _speakers(text) == ["Jerrold Nadlin"]
    document = doc(
        "House Speaker Nancy Pelosa, California Democrat, urged Republicans to act.\n\n"
        "The law requires him to turn over the complaint, she said, and failing would be grave.\n\n"
        "The panel met, the California Democrat said."
    )
    assert document.attributions[-1] == "Nancy Pelosa"


def test_attribution_reads_past_asides_auxiliaries_and_descriptions():
    text = "Rep. Doug Collard, R-Ga., the panel's ranking member, emphasized that the inquiry found no plot."
    assert speech.attribution(text) == "Rep. Doug Collard"
    assert (
        speech.attribution("The problems appear related to cloud provider Fastlane, which said a fix was applied.")
        == "Fastlane"
    )
    assert speech.attribution("Anderton will tell investigators the aid was held.") == "Anderton"
    text = (
        '"Not at all," James Esser, director of the LGBT Project at the American Civil Liberties Union, who '
        "represented the couple, told reporters."
    )
    assert speech.attribution(text) == "James Esser"
    text = "Spain's acting prime minister's office on Wednesday confirmed that Lopes was in the residence."
    assert speech.attribution(text) == "Spain's acting prime minister's office"
    text = "Lopes entered the residence, according to that country's foreign minister, Roberto Amparo."
    assert speech.attribution(text) == "Roberto Amparo"
    # "Mr. Moon's office" is still Moon's (read from the sentence's subject), no source by the patterns here
    assert speech.attribution("Mr. Moon's office said in a statement that it regretted the outcome.") is None
    document = doc("Butte County Sheriff Kory Honeyman spoke.\n\nThe sheriff said he has requested three teams.")
    assert document.attributions[-1] == "Kory Honeyman"


def test_credited_person_skips_a_subject_the_sentence_credits_to_someone_else():
    from framing.extractors._speech import credited_person

    document = doc("In the afternoon, Lopes entered the residence, according to officials there.")
    assert credited_person(document, 0, "someone it reports", None) is None
    document = doc("Health professionals I spoke to said that candidates should stop shaking hands.")
    assert credited_person(document, 0, "someone it reports", None) is None
    document = doc(
        "Taking questions for the first time about his two-year inquiry, Mueller challenged the criticism, "
        "telling lawmakers that it was serious."
    )
    assert credited_person(document, 0, "someone it reports", None) == "Mueller"


def _said(text: str) -> list[tuple[str, str | None]]:
    found = doc(text)
    return [(found.text[q.start : q.end], q.speaker) for q in found.quotes]


def test_a_participle_aside_between_the_name_and_its_verb():
    # ", wearing a grey coat," stands between the speaker and "told": the speaker is not the clause's subject
    assert _said('After Novak left office, "it fell", Helen Brandt, wearing a grey coat, told the court.') == [
        ("it fell", "Helen Brandt")
    ]


def test_one_of_a_group_as_an_aside_and_whom_someone_told():
    # "told Radio Nord": the station heard it; the speaker is named before the aside
    assert _said('"She was kind," Lena Ortiz, one of her cousins, told Radio Nord.') == [
        ("She was kind,", "Lena Ortiz")
    ]


def test_told_never_names_the_hearer_as_the_speaker():
    # the aside is not one the reader knows, so no one is named rather than the hearer
    assert _said('"She was kind," Lena Ortiz, cousin and neighbour since youth, told Radio Nord.')[0][1] != "Radio Nord"


def test_it_before_the_verb_is_a_body_the_sentence_does_not_name():
    # "it claimed": the party speaks; the supervisor it blamed and the county are no speakers
    assert _said(
        'The Green party criticised Dorset\'s registrar, Paul Vane, for what it claimed was "gross neglect".'
    ) == [("gross neglect", None)]


def test_a_name_ending_in_ing_opens_a_sentence_as_its_subject():
    # "Fleming" is a name the text capitalises mid-sentence, not a participle like "Saying"
    assert _said(
        'Moss spoke as Fleming questioned him.\n\nFleming wondered aloud why Moss had shown "perfect memory" before.'
    ) == [("perfect memory", "Fleming")]


def test_an_aside_naming_an_organisation_before_its_noun():
    # ", a BBC legal analyst who once worked at the Home Office,": the speaker is named before the aside
    assert _said('Tom Reed, a BBC legal analyst who once worked at the Home Office, said: "It is a risky step."') == [
        ("It is a risky step.", "Tom Reed")
    ]


def test_a_person_of_a_body_speaks_not_the_body():
    assert _said('"It raises questions," Nora Hale of the Civic Values Council told a radio show.') == [
        ("It raises questions,", "Nora Hale")
    ]


def test_a_quotation_left_open_runs_on_into_the_next_paragraph():
    text = (
        '"It depends," Kraus said. "If they think it is open, that is one response.\n\n'
        '"If not, that is another." He did not elaborate.'
    )
    assert [who for _, who in _said(text)] == ["Kraus", "Kraus", "Kraus"]


def test_a_closing_pronoun_is_not_the_person_the_sentence_opens_with():
    # "Ann" opens what he said; "he" is the man who said it before (one sentence or two in the paragraph)
    before = 'Her mother called them the "A-Team," Omar Reyes said. He spoke of Ann and her sisters.\n\n'
    assert [who for _, who in _said(before + 'Ann was important to the "A-Team," he said.')] == ["Omar Reyes"] * 2
    two = before + 'Their aunt spoke first. Ann was important to the "A-Team," he said.'
    assert [who for _, who in _said(two)] == ["Omar Reyes"] * 2
    # "as she asked": the person the sentence opens with still asks
    assert _said('Dee Crane, the mother of Ann, cried as she asked: "Why?"') == [("Why?", "Dee Crane")]


def test_a_body_named_with_of_is_not_read_as_a_person_of_it():
    # "Reserve Bank" ends in a body's word: the rule for "Nora Hale of the … Council" leaves it alone
    assert _said('"Rates will hold," Federal Reserve Bank of Ohio said.') == [
        ("Rates will hold,", "Federal Reserve Bank")
    ]


def test_he_never_stands_for_a_party_or_nation_plural():
    text = (
        "Dana Wirth spoke first.\n\n"
        'Democrats said the plan was "a failure" on Monday.\n\n"Maybe worse than that," he said.'
    )
    assert _speakers(text) == ["Democrats", "Dana Wirth"]
    assert not speech._person_like(("Democrats", "democrats")) and not speech._person_like(("Russians", "russians"))
    assert speech._person_like(("Sanders", "sanders"))  # a surname ending in s is a person


def test_a_law_part_or_a_thing_referred_back_to_speaks_no_quote():
    from framing.extractors._speech import _closing_described, no_one

    assert _speakers('The authors meant the Excessive Fines Clause to curb "harsh fines that ruin people."') == [None]
    assert _speakers('The law is old. The Second Amendment says "the right of the people" holds.') == [None]
    assert [
        no_one(n) for n in ("won't", "the Excessive Fines Clause", "that lifestyle", "Anna Lopez", "Clause Meyer")
    ] == [
        True,
        True,
        True,
        False,
        False,
    ]
    # "…, won't say it erred.": a negated verb closes the sentence, no one who says it
    assert _closing_described("CNN, which ran the story, won't say it erred.") is None
    assert _closing_described("The plan failed, officials said.") == "officials"
    assert speech.attribution("The network, which ran the story, won't say it erred.") is None


def test_a_name_after_the_description_after_the_verb_speaks():
    text = (
        "Rep. Mike Bishop, a congressman, spoke first.\n\n"
        '"It was a slam dunk," said the congressman Ben Ray Lujan, chairman of the committee.'
    )
    assert _speakers(text) == ["Ben Ray Lujan"]  # not the congressman the text named before


def test_a_name_inside_a_time_phrase_is_no_subject():
    text = (
        "The Ledger handled it differently.\n\n"
        'As the paper recounts, the day after the CNN story, "The Ledger reported that he saw it."'
    )
    assert _speakers(text) == [None]  # "after the CNN story": CNN is no one who speaks here
    assert _speakers('After Trump spoke, Ann Moe said "it was fine."') == ["Ann Moe"]


def test_a_participle_aside_with_a_preposition_stands_between_name_and_verb():
    text = (
        'Rod Rosenstein said, "no one is charged here."\n\n'
        'He also said, "There is no claim of that. The inquiry goes on.”\n\n'
        "Director of National Intelligence Dan Coats, reacting to the charges and the wider threat on Friday, said "
        "there is “not yet” such meddling – but warned it could come.\n\n"
        "“In regards to states, Russia leads. No question,” he said. “We are not yet seeing it.”"
    )
    # ", reacting to the charges …,": an aside; "he" is Coats, not the Rosenstein of the paragraphs before
    assert _speakers(text)[2:] == ["Dan Coats", "Dan Coats", "Dan Coats"]


def test_a_quote_inside_a_name_cards_link_headline_has_no_speaker():
    from framing.extractors.quote import _in_link, _unlinked

    text = (
        "The budget passed on Monday after a long night.\n\n"
        "Asked about the vote, Sen. Ana Lopez Ana Maria LopezSenate passes budget Lopez calls rival 'a fraud' on "
        'radio MORE (D-Ore.) said she was "very pleased" with it.\n'
    )
    document = doc(text)
    card, own = document.quotes
    assert document.text[card.start : card.end] == "a fraud" and _in_link(document, card)
    assert _unlinked(document, card).speaker is None  # another story's headline: not what Lopez says here
    assert not _in_link(document, own) and _unlinked(document, own).speaker == "Sen. Ana Lopez"
