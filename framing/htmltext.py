"""An HTML page's main text and headline.

The main text comes from trafilatura (Barbaresi 2021; Apache-2.0), a maintained extractor that drops
navigation menus, share buttons, "Top Stories" lists, footers and comments and keeps the article's
paragraphs, headings, lists and tables. It runs offline: no download, no network, about 3 ms a page. What
it keeps of the page's furniture ("4 Min Read", "Related Coverage", a byline) is typed later, in the
prepare stage (:mod:`framing.structure`). A page where trafilatura finds no main text (a fragment of a few
words) gives all its text.

Offsets of findings on an HTML version index the text :func:`html_to_text` returns (the version's ``raw``):
one paragraph per block, blank lines between.

The headline is the page's ``og:title``, else its first ``<h1>``, else its ``<title>`` without the site's
name ("Rutte visits Japan - BBC News").
"""

from __future__ import annotations

import html as html_module
import logging
import re
from dataclasses import dataclass

__all__ = ["html_to_text", "html_page", "HtmlPage"]

logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# Bounded repetitions: time stays linear whatever the page holds (a thousand unclosed tags).
_META = re.compile(r"<meta\s[^<>]{0,2000}>", re.I)
_OG_CONTENT = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)
_OG_PROPERTY = re.compile(r"\bproperty\s*=\s*[\"']og:title[\"']", re.I)
_H1 = re.compile(r"<h1\b[^<>]{0,2000}>(.{0,2000}?)</h1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^<>]{0,2000}>(.{0,2000}?)</title\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
#: " - BBC News", " | Reuters": a site's name after the headline in <title>.
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{1,40}$")
_MAX_TITLE = 300


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A page's main text (one paragraph per block, blank lines between) and its headline, if it has one."""

    text: str
    title: str | None


def html_page(html: str) -> HtmlPage:
    """The main text and the headline of an HTML document."""
    return HtmlPage(html_to_text(html), html_title(html))


def html_to_text(html: str) -> str:
    """The readable main text of an HTML document: one paragraph per block, blank lines between."""
    text = _main_text(html)
    if not text and "<body" not in html.lower():
        text = _main_text(f"<html><body>{html}</body></html>")  # a fragment: lxml wants a document
    lines = (" ".join(line.split()) for line in (text or "").split("\n"))
    return "\n\n".join(line for line in lines if line)


def _main_text(html: str) -> str | None:
    import trafilatura  # imported on first use: it loads lxml and its helpers

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,  # a repeated paragraph is reported by cleaning (duplicate_passage), not dropped
        with_metadata=False,
    )
    return text or trafilatura.html2txt(html)


def html_title(html: str) -> str | None:
    """The page's headline: ``og:title``, else the first ``<h1>``, else ``<title>`` less the site's name."""
    for meta in _META.finditer(html):
        content = _OG_CONTENT.search(meta.group())
        if content is not None and _OG_PROPERTY.search(meta.group()):
            title = _plain(content.group(1) if content.group(1) is not None else content.group(2))
            if title:
                return title
    for pattern, strip_site in ((_H1, False), (_TITLE, True)):
        found = pattern.search(html)
        if found is not None:
            title = _plain(found.group(1))
            if strip_site:
                title = _SITE_SUFFIX.sub("", title)
            if title:
                return title
    return None


def _plain(markup: str) -> str:
    return " ".join(html_module.unescape(_TAG.sub(" ", markup)).split())[:_MAX_TITLE]
