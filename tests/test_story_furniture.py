"""Page furniture that sits among a story's paragraphs and is never the outlet's voice: an explainer box and a
link line closed by "Read more", dated and labelled link headlines, a video promo, a newsletter pitch, a
site's feature blurb, a quiz promo, a transcript under a speaker's label, a hover link's name card glued
twice. Texts written for these tests, in the shapes real pages have."""

from extractors.helpers import run, texts

from framing.prepare import prepare
from framing.records import Version

STORY = """Council Backs Tram Plan

The city council approved the tram budget on Monday after a long debate.

The plan adds two lines and a depot in the north of the city.

Quick guide What is in the tram plan? Show Hide What does it cost? The plan costs 2 billion euros over ten years. Who pays? The city and the region share the cost, and critics condemn what they call a giveaway. By Ana Lopez Read more

Dec. 5: Council members clash over tram depot: What you need to know

Opinion: The tram plan is a reckless gamble with the city's money

Play Video 1:04 Riders react to the tram vote – video

Let our news meet your inbox. The news that matters, delivered weekday mornings.

The Brief is a feature designed to show you what the papers say about the day's top stories.

QUIZ: Can you guess the city from its tram map?

Mayor Lopez:

You have to build where the people are. That is where the money should go, and it may be the only way.

Here's the text of that portion of the interview:

I think the depot is in the wrong place, and I have said so from the start.

The prosecutor gave the state's outline of the case:

The contractor met the clerk in May. The depot was moved because the clerk was paid.

The vote was backed by Sen. Ana LopezAna LopezCouncil passes tram budget Lopez hits rival over delays MORE and the mayor.
"""


def _kinds(text: str) -> dict[str, str]:
    document = prepare(Version(id="page", raw=text))
    return {document.text[b.start : b.end]: b.kind for b in document.blocks}


def test_furniture_among_story_paragraphs_is_typed():
    kinds = _kinds(STORY)
    explainer = next(k for k in kinds if k.startswith("Quick guide"))
    assert kinds[explainer] == "promo" and explainer.endswith("Read more")
    assert kinds["Dec. 5: Council members clash over tram depot: What you need to know"] == "link_headline"
    assert kinds["Opinion: The tram plan is a reckless gamble with the city's money"] == "link_headline"
    assert kinds["Play Video 1:04 Riders react to the tram vote – video"] == "promo"
    assert kinds["Let our news meet your inbox. The news that matters, delivered weekday mornings."] == "promo"
    blurb = "The Brief is a feature designed to show you what the papers say about the day's top stories."
    assert kinds[blurb] == "promo"
    assert kinds["QUIZ: Can you guess the city from its tram map?"] == "link_headline"
    assert kinds[
        "You have to build where the people are. That is where the money should go, and it may be the only way."
    ] == ("statement")
    assert kinds["I think the depot is in the wrong place, and I have said so from the start."] == "statement"
    assert kinds["The contractor met the clerk in May. The depot was moved because the clerk was paid."] == "statement"
    assert kinds["Ana LopezCouncil passes tram budget Lopez hits rival over delays MORE"] == "link_headline"
    assert "The city council approved the tram budget on Monday after a long debate." not in kinds
    assert "The plan adds two lines and a depot in the north of the city." not in kinds


def test_story_paragraphs_of_similar_shapes_stay_story():
    text = (
        "Council Backs Tram Plan\n\n"
        "The council approved the plan on Monday.\n\n"
        "The mayor said:\n\n"
        "\u201cWe will build it.\u201d\n\n"
        "Opinion polls show most residents back the plan, which the council will review in May.\n\n"
        "Readers can find the full plan on the council's site, which lists every stop.\n"
    )
    kinds = _kinds(text)
    assert "Opinion polls show most residents back the plan, which the council will review in May." not in kinds
    assert "\u201cWe will build it.\u201d" not in kinds
    assert "Readers can find the full plan on the council's site, which lists every stop." not in kinds


def test_nothing_in_furniture_is_reported_in_the_outlets_voice():
    baseline = "Council Backs Tram Plan\n\nThe city council approved the tram budget on Monday after a long debate.\n"
    for name in ("hedge", "added_framing", "vague_attribution", "loaded_word"):
        for text in texts(run(name, STORY, baseline)):
            for furniture in (
                "condemn",
                "you need to know",
                "reckless",
                "the only way",
                "I think",
                "inbox",
                "show you",
            ):
                assert furniture not in text, (name, text)


def test_a_promise_to_update_the_page_is_a_notice():
    kinds = _kinds(
        "Council Backs Tram Plan\n\nThe council approved the plan.\n\nWe will continue to update this article as warranted.\n"
    )
    assert kinds["We will continue to update this article as warranted."] == "notice"
