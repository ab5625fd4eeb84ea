"""Page structure in plain text: headline, standfirst, subheads, bullets, captions, bylines, datelines, promos,
link headlines, notices, embedded posts; furniture is not compared and posts are never the outlet's voice."""

from extractors.helpers import run

from framing.align import align
from framing.extractors.base import Context, get_extractor
from framing.prepare import prepare
from framing.records import Version

PAGE = """Bridge Reopens After Two-Year Repair

Engineers finish work ahead of schedule on the city's oldest crossing

By Ana Lopez

Enlarge this image toggle caption Ana Lopez/AP Ana Lopez/AP

Update 5 p.m. ET: The mayor cut the ribbon on Friday.

LISBON, June 5 (Reuters) - The city's oldest bridge reopened on Friday after two years of repairs.

What changed

- Steel cables were replaced.

This all matters because...

READ MORE: Mayor promises new tram line

CALLS GROW FOR A SECOND BRIDGE

4 Min Read

The bridge is safe now. pic.twitter.com/Ab12Cd34

— Ana Lopez (@analopez) June 5, 2025

The council said in a statement:

The repairs will ensure the bridge serves the city for another century.

Slideshow ( 15 images )
"""


def _kinds(text: str, title: str | None = None) -> dict[str, str]:
    document = prepare(Version(id="page", raw=text, title=title))
    return {document.text[b.start : b.end]: b.kind for b in document.blocks}


def test_every_kind_of_block_in_plain_text():
    kinds = _kinds(PAGE)
    assert kinds["Bridge Reopens After Two-Year Repair"] == "headline"
    assert kinds["Engineers finish work ahead of schedule on the city's oldest crossing"] == "standfirst"
    assert kinds["Enlarge this image toggle caption Ana Lopez/AP Ana Lopez/AP"] == "caption"
    assert kinds["Update 5 p.m. ET:"] == "notice"
    assert kinds["LISBON, June 5 (Reuters) - "] == "dateline"
    assert kinds["What changed"] == "subhead"
    assert kinds["Steel cables were replaced."] == "bullet"
    assert kinds["This all matters because..."] == "subhead"
    assert kinds["READ MORE: Mayor promises new tram line"] == "promo"
    assert kinds["CALLS GROW FOR A SECOND BRIDGE"] == "link_headline"
    assert kinds["4 Min Read"] == "notice"
    assert kinds["The bridge is safe now. pic.twitter.com/Ab12Cd34"] == "post"
    assert kinds["— Ana Lopez (@analopez) June 5, 2025"] == "signature"
    assert kinds["The repairs will ensure the bridge serves the city for another century."] == "statement"
    assert kinds["Slideshow ( 15 images )"] == "caption"
    assert "The city's oldest bridge reopened on Friday after two years of repairs." not in kinds


def test_a_byline_line_cleaning_keeps_and_a_headline_repeated_from_the_title():
    kinds = _kinds("By Jane Smith\n\nBBC News, Tokyo\n\nThe bridge reopened on Friday.")
    assert kinds == {"BBC News, Tokyo": "byline"}
    kinds = _kinds("Bridge reopens!\n\nThe bridge reopened on Friday.", title="Bridge Reopens")
    assert kinds == {"Bridge reopens!": "headline"}


WIRE = "The city's oldest bridge reopened on Friday after two years of repairs. The mayor cut the ribbon."


def test_furniture_is_reported_as_boilerplate_and_never_compared():
    copy = (
        "The city's oldest bridge reopened on Friday after two years of repairs.\n\n"
        "The mayor cut the ribbon.\n\n"
        "READ MORE: Why the bridge will change the city\n\n"
        "This all matters because...\n\n"
        "Follow Ana on Twitter"
    )
    junk = run("junk", copy, WIRE)
    assert {(f.text, f.details["category"]) for f in junk.findings} == {
        ("READ MORE: Why the bridge will change the city", "promo"),
        ("Follow Ana on Twitter", "promo"),
    }
    assert run("added_framing", copy, WIRE).findings == ()


def test_a_baseline_caption_is_not_an_omission():
    wire = WIRE + "\n\nThe bridge at dawn on Friday. (AP Photo/Ana Lopez)"
    copy = "The city's oldest bridge reopened on Friday after two years of repairs. The mayor cut the ribbon."
    assert run("omission", copy, wire).findings == ()


def test_an_embedded_post_is_never_the_outlets_voice():
    copy = WIRE + "\n\nThe mayor tweeted:\n\nThis bridge will surely be a disaster, because of rampant corruption."
    assert [f for f in run("added_framing", copy, WIRE).findings if not f.details["attributed"]] == []
    hedges = run("hedge", copy.replace("surely", "probably"), WIRE).findings
    assert hedges == ()


def test_credit_lines_link_headlines_and_sourcing_notices():
    text = (
        "Ana Lopez and Li Wei\n\nDAILY NEWS\n\nThe bridge reopened on Friday.\n\n"
        "What will the bridge mean for the city? Read more\n\n"
        "• This article is based in part on wire service reports."
    )
    assert _kinds(text) == {
        "Ana Lopez and Li Wei": "byline",
        "DAILY NEWS": "byline",
        "What will the bridge mean for the city? Read more": "promo",
        "This article is based in part on wire service reports.": "notice",
    }
    outlet = prepare(Version(id="page", raw="Metro Herald\n\nThe bridge reopened.", outlet="Metro Herald"))
    assert [b.kind for b in outlet.blocks] == ["byline"]


def test_short_capital_subheads_and_question_subheads_stay_subheads():
    text = "The bridge reopened on Friday.\n\nTRAFFIC RETURNS\n\nWill the tolls rise?\n\nThe mayor did not say."
    assert _kinds(text) == {"TRAFFIC RETURNS": "subhead", "Will the tolls rise?": "subhead"}


def test_update_stamps_and_reader_prompts():
    text = (
        "The bridge reopened on Friday.\n\nUpdated at 4:08 p.m.\n\n—Last updated at 11:49 a.m.\n\n"
        "This post has been updated.\n\nCan't see the video? Click here.\n\nSend a tip to the news team."
    )
    kinds = _kinds(text)
    assert kinds == {
        "Updated at 4:08 p.m.": "notice",
        "—Last updated at 11:49 a.m.": "notice",
        "This post has been updated.": "notice",
        "Can't see the video? Click here.": "promo",
        "Send a tip to the news team.": "promo",
    }


def test_photo_credits_and_a_reworded_headline_in_the_text():
    kinds = _kinds("The bridge reopened on Friday.\n\nThe mayor at the ribbon. | Ana Lopez/AP Photo\n\nIt cost a lot.")
    assert kinds == {"The mayor at the ribbon. | Ana Lopez/AP Photo": "caption"}
    raw = "Death Toll In Floods Climbs To 44\n\nThe death toll rose on Friday."
    document = prepare(Version(id="page", raw=raw, title="Death Toll In Floods Climbs To At Least 31"))
    baseline = prepare(Version(id="wire", raw="The death toll rose on Friday."))
    junk = get_extractor("junk")().extract(Context(document, baseline, align(document, baseline)))
    assert [(f.text, f.details["category"]) for f in junk.findings] == [
        ("Death Toll In Floods Climbs To 44", "headline")
    ]


def test_a_see_also_line_and_a_video_players_text_are_links_to_other_stories():
    see = "see also Mayor announces escalating tolls on the bridge The mayor said…"
    video = "JUST WATCHED Mayor: This stinks Replay More Videos ... MUST WATCH Mayor: This stinks 01:10"
    assert _kinds(f"The bridge reopened on Friday.\n\n{see}\n\n{video}\n\nIt cost a lot.") == {
        see: "promo",
        video: "promo",
    }


def test_writers_with_a_bare_middle_initial_and_a_stations_credit_are_bylines():
    for line in ("John Bacon and John C Moritz", "KSDK-TV, St. Louis"):
        document = prepare(Version(id="page", raw=f"{line}\n\nThe bridge reopened on Friday.\n\nIt cost a lot."))
        assert [(b.kind, document.text[b.start : b.end]) for b in document.blocks] == [("byline", line)]


def test_picture_sources_credited_via_an_agency_are_captions():
    text = (
        "The bridge reopened on Friday.\n\n"
        "Ana Lopez appears in a handout photo provided by the city, June 5, 2024. City of Lisbon/Handout via REUTERS"
        "\n\nThe mayor at the ribbon, June 5, 2024. Li Wei/Pool via Reuters\n\n"
        "A launch in this undated photo released by KCNA, June 5, 2024. KCNA/via REUTERS\n\n"
        "The city said the repairs had been paid for by the state, the mayor told Reuters."
    )
    assert _kinds(text) == {
        "Ana Lopez appears in a handout photo provided by the city, June 5, 2024. City of Lisbon/Handout via REUTERS": (
            "caption"
        ),
        "The mayor at the ribbon, June 5, 2024. Li Wei/Pool via Reuters": "caption",
        "A launch in this undated photo released by KCNA, June 5, 2024. KCNA/via REUTERS": "caption",
    }
    wire = "The bridge reopened on Friday.\n\nThe bridge at dawn, June 5, 2024. City of Lisbon/Handout via REUTERS"
    assert run("omission", "The bridge reopened on Friday.", wire).findings == ()


def test_credit_and_prompt_lines_of_wire_and_web_copy():
    text = (
        "LISBON (Reuters) - The bridge reopened on Friday.\n\nIt cost a lot.\n\n"
        "In this June 5, 2025, photo, the mayor cuts the ribbon.\n\n"
        "CLOSE The mayor cuts the ribbon. CityTV\n\n"
        "(To view a graphic on the bridge, click tmsnrt.rs/2yRHHDI)\n\n"
        "___ Follow Ana at www.twitter.com/analopez\n\n"
        "Follow AP coverage of the city at https://apnews.com/city\n\n"
        "Editor's note: The headline on this story has been changed.\n\n"
        "Associated Press writers Li Wei in Porto and Ana Lopez in Lisbon contributed to this report.\n\n"
        "Contributing: The Associated Press"
    )
    kinds = _kinds(text)
    assert "The bridge reopened on Friday." not in kinds  # a dateline set aside is no bullet mark
    assert kinds == {
        "In this June 5, 2025, photo, the mayor cuts the ribbon.": "caption",
        "CLOSE The mayor cuts the ribbon. CityTV": "caption",
        "(To view a graphic on the bridge, click tmsnrt.rs/2yRHHDI)": "promo",
        "___ Follow Ana at www.twitter.com/analopez": "promo",
        "Follow AP coverage of the city at https://apnews.com/city": "promo",
        "Editor's note: The headline on this story has been changed.": "notice",
        "Associated Press writers Li Wei in Porto and Ana Lopez in Lisbon contributed to this report.": "byline",
        "Contributing: The Associated Press": "byline",
    }


def test_update_notes_bios_credits_and_posts_with_their_handle():
    text = (
        "The bridge reopened on Friday.\n\n►READ MORE:\n\nUpdated: 4:17 p.m.\n\n"
        "Updated at 9:20 p.m.: Revised to include the mayor's reaction.\n\n"
        "This is a breaking story, stay tuned for updates.\n\n"
        "Ana Lopez is a Daily Herald columnist. Email: alopez@example.com\n\n"
        "The mayor at the ribbon. Li Wei / Getty Contributor\n\n"
        "Ana Lopez (@analopez) The bridge is open at last!"
    )
    kinds = _kinds(text)
    assert kinds == {
        "►READ MORE:": "promo",
        "Updated: 4:17 p.m.": "notice",
        "Updated at 9:20 p.m.:": "notice",
        "This is a breaking story, stay tuned for updates.": "notice",
        "Ana Lopez is a Daily Herald columnist. Email: alopez@example.com": "byline",
        "The mayor at the ribbon. Li Wei / Getty Contributor": "caption",
        "Ana Lopez (@analopez) The bridge is open at last!": "post",
    }


def test_live_page_credits_ads_and_link_lines():
    text = (
        "The bridge reopened on Friday.\n\nBart Jansen\n\n-- Nicholas Wu\n\nAD\n\nLoading...\n\n"
        "Story Continued Below\n\nWith Post wires\n\n(GRAPHIC: The bridge - here)\n\n"
        "You may like: The mayor's ten best ribbons\n\nhttps://www.example.com/watch?v=abc\n\nTraffic returns"
    )
    kinds = _kinds(text)
    assert kinds == {
        "Bart Jansen": "byline",
        "-- Nicholas Wu": "byline",
        "AD": "notice",
        "Loading...": "notice",
        "Story Continued Below": "notice",
        "With Post wires": "notice",
        "(GRAPHIC: The bridge - here)": "promo",
        "You may like: The mayor's ten best ribbons": "promo",
        "https://www.example.com/watch?v=abc": "promo",
        "Traffic returns": "subhead",
    }


def test_voice_prefilter_never_hides_what_find_voices_finds():
    from framing.attribution.voices import _MAY_HOLD as _MAY_HOLD_VOICES
    from framing.attribution.voices import find_voices

    texts = [
        "The mayor tweeted:\n\nThe bridge is open.",
        "More: the bridge story\n\nIt opened.",
        "What they're saying: the bridge is open.",
        "It opened. pic.twitter.com/abc\n\n— Ana (@ana) June 5, 2025",
        "The mayor cut the ribbon. (AP Photo/Ana Lopez)",
        "<tweet>The bridge is open.</tweet>",
        "The council said in a statement:\n\nThe bridge is open.",
    ]
    for text in texts:
        assert find_voices(text) and _MAY_HOLD_VOICES.search(text), text
    assert not _MAY_HOLD_VOICES.search("The bridge reopened on Friday.\n\nIt cost 4 million dollars.")


def test_a_list_of_links_under_read_more_and_a_correction_note_are_furniture():
    text = (
        "The bridge reopened on Friday after two years of work on its cables.\n\n►READ MORE:\n\n"
        "Bridge works: What you should know\n\nThe reasons the bridge is a big deal\n\n"
        "She's 64. He's 39 and could be the next mayor\n\n"
        "The mayor said the bridge would carry 40,000 cars a day.\n\n"
        "Correction, June 10, 2020: Due to an error, this post misspelled Porto."
    )
    kinds = _kinds(text)
    assert kinds["Bridge works: What you should know"] == "link_headline"
    assert kinds["The reasons the bridge is a big deal"] == "link_headline"
    assert kinds["She's 64. He's 39 and could be the next mayor"] == "link_headline"
    assert "The mayor said the bridge would carry 40,000 cars a day." not in kinds  # the list has ended
    assert kinds["Correction, June 10, 2020: Due to an error, this post misspelled Porto."] == "notice"


def test_a_sign_up_forms_text_is_a_promo():
    text = (
        "The bridge reopened on Friday after two years of work on its cables.\n\n"
        "Subscribe to the Daily Bridge A daily email. We encountered an issue signing you up. Please try again. "
        "Please enable javascript to use form. Email address:\n\nThe mayor cut the ribbon."
    )
    assert (
        _kinds(text)[
            "Subscribe to the Daily Bridge A daily email. We encountered an issue signing you up. Please try again. "
            "Please enable javascript to use form. Email address:"
        ]
        == "promo"
    )


def test_a_post_thread_broken_by_ellipses_is_someone_elses_words():
    text = (
        "The bridge reopened on Friday after two years of work on its cables.\n\n"
        "The tolls were never needed for the works. These agreements are.....\n\n"
        "...very common among cities of our size. Money from the budget played no role.\n\n"
        "The mayor said the bridge would carry 40,000 cars a day."
    )
    kinds = _kinds(text)
    assert kinds["The tolls were never needed for the works. These agreements are....."] == "post"
    assert kinds["...very common among cities of our size. Money from the budget played no role."] == "post"
    assert "The mayor said the bridge would carry 40,000 cars a day." not in kinds


def test_a_podcast_pitch_before_its_subscribe_line_and_a_listen_widget_are_promos():
    text = (
        "The bridge reopened on Friday after two years of work on its cables.\n\n"
        '"You can cross it now," the mayor told drivers.\n\n'
        "Looking for a quick way to keep up with the news?\n\n"
        "Host Ana Lopez will guide you through the most important stories at the end of each day.\n\n"
        "Subscribe on Apple Podcasts, Spotify, or wherever you listen to podcasts.\n\n"
        "LISTEN TO ARTICLE 6:09 SHARE THIS ARTICLE Share Tweet Post Email\n\n"
        "The mayor said the bridge would carry 40,000 cars a day."
    )
    kinds = _kinds(text)
    assert kinds["Looking for a quick way to keep up with the news?"] == "promo"
    assert kinds["Host Ana Lopez will guide you through the most important stories at the end of each day."] == "promo"
    assert kinds["LISTEN TO ARTICLE 6:09 SHARE THIS ARTICLE Share Tweet Post Email"] == "promo"
    assert '"You can cross it now," the mayor told drivers.' not in kinds  # a quotation is the story's


def test_a_text_reprinted_in_full_is_someone_elses_words_to_the_end():
    text = (
        "The bridge reopened on Friday after two years of work on its cables.\n\n"
        "Here is the full text of the mayor's statement, which she gave to the council on Monday:\n\n"
        "Members of the council. My name is Ana Lopez.\n\n"
        "I am terrified that the bridge will fail again.\n\n"
        "I am here because it is my duty."
    )
    kinds = _kinds(text)
    assert kinds["I am terrified that the bridge will fail again."] == "statement"
    assert kinds["I am here because it is my duty."] == "statement"
    assert "The bridge reopened on Friday after two years of work on its cables." not in kinds
