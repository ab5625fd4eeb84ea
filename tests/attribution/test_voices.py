"""Text that is not the outlet's voice."""

from __future__ import annotations

import pytest

from framing.attribution import VOICE_KINDS, find_voices


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("More: Senate passes the farm bill after a long night", "promo"),
        ("Read more: How the tariff fight began", "promo"),
        ("RELATED: Five things to know about the vote", "promo"),
        ("Watch: The minister's full remarks", "promo"),
        ("Workers clear debris on Monday. (AP Photo/Jane Doe)", "caption"),
        ("A man walks past the bank in Lagos. REUTERS/John Roe", "caption"),
        ("Why it matters:", "label"),
        ("Great day for farmers! pic.twitter.com/abc123", "post"),
    ],
)
def test_each_kind(line: str, kind: str) -> None:
    text = f"The council met on Monday.\n\n{line}\n\nThe vote is next week."
    (voice,) = find_voices(text)
    assert (voice.kind, voice.text) == (kind, line)
    assert text[voice.span[0] : voice.span[1]] == line and voice.kind in VOICE_KINDS


def test_statement_quoted_whole_after_its_introduction() -> None:
    text = "The company said in a statement:\n\nWe regret the delay and will refund every customer.\n\nShares fell."
    assert [(v.kind, v.text) for v in find_voices(text)] == [
        ("statement", "We regret the delay and will refund every customer.")
    ]


def test_ordinary_news_has_no_other_voice() -> None:
    text = "The council voted 7-2 to raise fees.\n\nCouncillor Ann Bell said: “This is fair.”\n\nMore people came."
    assert find_voices(text) == ()


def test_a_speakers_name_alone_on_its_line_opens_what_they_said() -> None:
    # a transcript: "Mayor Lee:" then her words; a heading such as "Background:" opens no one's words
    text = (
        "The remarks were recorded in 2015.\n\nMayor Ann Lee:\n\nWe put the officers where the crime is.\n\nShe spoke."
    )
    assert [(v.kind, v.text) for v in find_voices(text)] == [
        ("label", "Mayor Ann Lee:"),
        ("statement", "We put the officers where the crime is."),
    ]
    text = "The plan was late.\n\nBackground:\n\nThe city first proposed it in 2015."
    assert [(v.kind, v.text) for v in find_voices(text)] == [("label", "Background:")]
