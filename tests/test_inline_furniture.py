"""Furniture inside a paragraph of story text: a post's signature run on after its text, a pull quote's
signature, a broadcaster's credit, a closing page notice, a hover link's name card."""

from framing.inline_furniture import inline_furniture
from framing.prepare import prepare
from framing.records import Version


def _kinds(text: str) -> dict[str, str]:
    document = prepare(Version(id="page", raw=text))
    return {document.text[b.start : b.end]: b.kind for b in document.blocks}


def test_furniture_glued_to_story_paragraphs():
    text = (
        "The bridge reopened on Friday after two years of repairs.\n\n"
        "The bridge is safe now. pic.twitter.com/Ab12Cd34 — Ana Lopez (@analopez) June 5, 2025\n\n"
        '"We will rebuild every crossing." — Ana Lopez, mayor of the city\n\n'
        "Drivers lined up before dawn to cross it. (KTLA)\n\n"
        "The council approved the budget on Monday. Original post below.\n\n"
        "The plan was backed by Sen. Ana Lopez Ana Maria LopezCouncil passes tram budget Lopez hits rival over "
        "bridge delays MORE (D) and the mayor."
    )
    kinds = _kinds(text)
    assert kinds["— Ana Lopez (@analopez) June 5, 2025"] == "signature"
    assert kinds["— Ana Lopez, mayor of the city"] == "signature"
    assert kinds["(KTLA)"] == "byline"
    assert kinds["Original post below."] == "notice"
    assert kinds["Ana Maria LopezCouncil passes tram budget Lopez hits rival over bridge delays MORE"] == (
        "link_headline"
    )
    assert "The bridge reopened on Friday after two years of repairs." not in kinds


def test_story_text_of_the_same_shapes_is_left_alone():
    never = (
        "The mayor, Ana Lopez, said YouTube and the city had agreed. MORE than 40 people came.",
        '"We will rebuild," she said — and the council agreed.',
        "The plan was backed by the North Atlantic Treaty Organization (NATO).",
        "Drivers lined up before dawn (as they do every year).",
    )
    for line in never:
        assert inline_furniture(line, 0, None, lambda _: False) == [], line


def test_spans_are_offset_by_the_paragraph_start():
    line = "Drivers lined up before dawn. (CBS2)"
    assert inline_furniture(line, 100, None, lambda _: False) == [("byline", 130, 136)]


def test_a_posts_text_before_its_signature_and_a_named_pull_quote_are_someone_elses_words():
    text = (
        "The bridge reopened on Friday after two years of repairs.\n\n"
        "The bridge is safe now, and the tolls will go. — Ana Lopez (@analopez) June 5, 2025\n\n"
        "Our crossing just got better. This is not about money … this is about safety Ana Lopez\n\n"
        "The council approved the budget on Monday after a vote said Ana Lopez\n\n"
        "The council approved the budget on Monday."
    )
    kinds = _kinds(text)
    assert kinds["The bridge is safe now, and the tolls will go. "] == "post"
    assert kinds["Our crossing just got better. This is not about money … this is about safety Ana Lopez"] == (
        "statement"
    )
    # one sentence, or a name after a verb of saying, is no pull quote
    assert kinds.get("The council approved the budget on Monday after a vote said Ana Lopez") != "statement"
    assert "The bridge reopened on Friday after two years of repairs." not in kinds


def test_a_membership_pitch_and_a_wikimedia_credit_are_furniture():
    text = (
        "The court ruled on Wednesday.\n\n"
        "Ana Lopez (Office of the Mayor/Wikimedia)\n\n"
        "If you enjoyed this article, we have a proposition for you: Join PLUS. Members get all of our content.\n\n"
        "The judge said the case was closed."
    )
    kinds = _kinds(text)
    assert kinds["Ana Lopez (Office of the Mayor/Wikimedia)"] == "caption"
    assert (
        kinds["If you enjoyed this article, we have a proposition for you: Join PLUS. Members get all of our content."]
        == "promo"
    )
