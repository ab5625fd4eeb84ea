"""Sentences and quotation pairing without a model."""

from __future__ import annotations

from framing.attribution.text import paragraphs, quotation_spans, sentences


def test_sentences_keep_abbreviations_and_initials() -> None:
    text = "Mr. Smith of the U.S. Army spoke. J. R. Jones left.\nA new line"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Mr. Smith of the U.S. Army spoke.",
        "J. R. Jones left.",
        "A new line",
    ]


def test_paragraphs_are_stripped_lines() -> None:
    text = "  one  \n\n\ttwo\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["one", "two"]


def test_quotations_pair_curly_and_straight_marks() -> None:
    text = 'He said “yes, all of it” and then "no." She said "maybe'
    assert [[text[a:b] for a, b in q] for q in quotation_spans(text)] == [["“yes, all of it”"], ['"no."'], ['"maybe']]


def test_quotation_runs_over_paragraphs_that_open_with_a_mark() -> None:
    text = "“One.\n\n“Two.\n\n“Three,” she said.\n\n“Four.”"
    quotes = quotation_spans(text)
    assert [[text[a:b] for a, b in q] for q in quotes] == [["“One.", "“Two.", "“Three,”"], ["“Four.”"]]


def test_an_open_quotation_ends_with_its_paragraph() -> None:
    text = "“Unclosed words\n\nPlain text."
    assert [[text[a:b] for a, b in q] for q in quotation_spans(text)] == [["“Unclosed words"]]
