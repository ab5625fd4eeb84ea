"""HTML main text (trafilatura) and headline, on pages written in the shape of real BBC and Reuters pages."""

from pathlib import Path

import pytest

from framing.htmltext import html_page, html_title, html_to_text
from framing.load import load_story
from framing.prepare import prepare
from framing.records import Version

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def bbc() -> str:
    return (PAGES / "bbc_shape.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reuters() -> str:
    return (PAGES / "reuters_shape.html").read_text(encoding="utf-8")


def test_bbc_page_keeps_the_story_and_drops_the_menus(bbc):
    text = html_to_text(bbc)
    paragraphs = text.split("\n\n")
    assert "Speaking in Tokyo on Wednesday, Mr Rutte said China's military build-up" in text
    assert paragraphs[-1].startswith("Beijing has criticised Nato's growing ties")
    for furniture in ("iPlayer", "Top Stories", "Live: Markets fall", "Terms of Use", "Share", "Copyright", "Save"):
        assert furniture not in text
    assert "Defence spending" in paragraphs  # a subhead stays, as its own paragraph


def test_reuters_page_drops_share_buttons_and_slideshow(reuters):
    text = html_to_text(reuters)
    assert text.count("\n\n") >= 4
    for furniture in ("Linkedin", "Slideshow ( 15 images )", "4 Min Read", "All quotes delayed", "Asia Pacific"):
        assert furniture not in text
    assert '"We cannot be naive, and we really have to work together," Rutte told reporters.' in text


def test_what_trafilatura_keeps_of_the_furniture_is_typed(reuters):
    page = html_page(reuters)
    document = prepare(Version(id="reuters", raw=page.text, title=page.title))
    kinds = {document.text[b.start : b.end]: b.kind for b in document.blocks}
    assert kinds["Related Coverage"] == "promo"
    assert kinds["Our Standards: The Thomson Reuters Trust Principles."] == "notice"
    assert kinds["TOKYO, April 9 (Reuters) - "] == "dateline"
    assert kinds["NATO chief Rutte urges closer ties with Japan"] == "headline"


def test_headline_from_og_title_h1_or_title():
    assert html_title('<head><meta property="og:title" content="Bridge &amp; road reopen"></head>') == (
        "Bridge & road reopen"
    )
    assert html_title("<title>Ignored - BBC News</title><h1>Bridge <b>to</b> reopen</h1>") == "Bridge to reopen"
    assert html_title("<title>Bridge to reopen | Reuters</title>") == "Bridge to reopen"
    assert html_title("<p>No headline here.</p>") is None


def test_headline_lookups_stay_linear():
    assert html_title("<meta " * 20_000 + "<h1" * 20_000) is None


def test_story_folder_html_version_gets_the_page_headline(tmp_path, bbc):
    (tmp_path / "bbc.html").write_text(bbc, encoding="utf-8")
    (tmp_path / "wire.txt").write_text("Rutte said Nato and Japan must work together.", encoding="utf-8")
    story = load_story(tmp_path)
    assert story.version("bbc").title == "Rutte says Nato must work with Japan"
    assert story.version("wire").title is None


def test_a_fragment_with_no_main_text_gives_all_its_text():
    assert html_to_text("<p>The ministry said it.</p>") == "The ministry said it."


def test_extraction_never_reaches_the_network(monkeypatch, bbc):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("html_to_text tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert html_page(bbc).title == "Rutte says Nato must work with Japan"
