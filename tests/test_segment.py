from __future__ import annotations

from framing.prepare import prepare
from framing.records import Version
from framing.segment import content_terms, segment


def test_sentences_respect_abbreviations():
    text = "Gen. Nakatani met U.S. officials on Tuesday. They talked for an hour! Was it enough? Nobody said."
    sentences = [text[s.start : s.end] for s in segment(text)]
    assert sentences == [
        "Gen. Nakatani met U.S. officials on Tuesday.",
        "They talked for an hour!",
        "Was it enough?",
        "Nobody said.",
    ]


def test_paragraphs_end_sentences_and_headings_are_marked():
    text = "Bridge to reopen in June\n\nThe bridge will reopen. Work is on time"
    sentences = segment(text)
    assert [(s.paragraph, s.heading) for s in sentences] == [(0, True), (1, False), (1, False)]


def test_seed_quotes_and_speakers(seed_story):
    doc = prepare(seed_story.version("001"))
    quotes = [(doc.text[q.start : q.end][:30], q.speaker_key, q.marked) for q in doc.quotes]
    assert quotes == [
        ("China is supporting Russia's e", "rutte", True),
        ("We cannot be naive, and we rea", "rutte", True),
        ("we follow them very closely.", "rutte", True),
        ("The United States wants NATO m", "rutte", False),
    ]


def test_speech_without_quotation_marks(seed_story):
    doc = prepare(seed_story.version("004"))
    unmarked = [q for q in doc.quotes if not q.marked]
    assert len(unmarked) == 1
    assert doc.text[unmarked[0].start : unmarked[0].end] == (
        "When security in Europe and Asia becomes interdependent, complacency becomes dangerous"
    )
    assert unmarked[0].speaker_key == "rutte"


def test_pronoun_and_description_resolve_to_last_speaker(seed_story):
    doc = prepare(seed_story.version("002"))
    last = doc.quotes[-1]
    assert doc.text[last.start : last.end].startswith("We have to move beyond")
    assert last.speaker_key == "rutte"  # "said the Dutchman"


def test_quote_in_headline_has_no_invented_speaker(seed_story):
    doc = prepare(seed_story.version("002"))
    assert doc.sentences[0].heading
    assert doc.quotes[0].speaker is None


def test_content_terms_drop_stopwords_and_stem():
    assert content_terms("The ministers said they were meeting allies") == ["minister", "meet", "ally"]


def test_word_count():
    assert prepare(Version(id="a", raw="One two, three. Four")).word_count == 4


def _speakers(raw: str) -> list[tuple[str, str | None]]:
    doc = prepare(Version(id="a", raw=raw))
    return [(doc.text[q.start : q.end], q.speaker_key) for q in doc.quotes]


def test_the_speaker_is_read_before_a_reporting_verb_among_the_words():
    assert _speakers('"We will stay the course," Foreign Minister Anna Berg said on Monday.') == [
        ("We will stay the course,", "berg")
    ]


def test_according_to_names_the_speaker():
    assert _speakers('The plan is "a first step towards peace," according to Maria Lopez.') == [
        ("a first step towards peace,", "lopez")
    ]


def test_a_verb_inside_the_quotation_does_not_name_anyone():
    # "Smith said" stands inside the quotation, so it names no speaker; the subject of the sentence speaks.
    assert _speakers('Jonas Weber called it "the deal Smith said was dead".') == [
        ("the deal Smith said was dead", "weber")
    ]


def test_reporting_verbs_count_in_lower_case_only():
    # "Said" opens a name ("Said Hassan") here, not speech; the verb that counts is "told".
    assert _speakers('"It is over," Said Hassan told reporters.') == [("It is over,", "hassan")]


def test_words_of_the_sentences_make_the_word_count_and_terms():
    doc = prepare(Version(id="a", raw="Ministers met. They agreed on ministers' pay!"))
    assert doc.word_count == 7
    assert doc.terms[0] == frozenset({"minister", "met"})


def test_word_memo_computes_each_word_once_and_stays_bounded():
    from framing.segment import WordMemo

    calls = []
    memo = WordMemo(lambda word: calls.append(word) or len(word), limit=3)
    assert [memo[w] for w in ("a", "bb", "a", "ccc")] == [1, 2, 1, 3]
    assert calls == ["a", "bb", "ccc"]
    assert memo["dddd"] == 4 and len(memo) == 1  # full: started afresh before remembering the new word
