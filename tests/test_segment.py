from __future__ import annotations

from framing.records import Version
from framing.segment import content_terms, prepare, segment


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
