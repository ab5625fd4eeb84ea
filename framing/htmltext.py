"""Main-text extraction from an HTML page, with the standard library only.

Keeps the text of block elements (paragraphs, headings, list items) that sit
outside page furniture (``nav``, ``header``, ``footer``, ``aside``, ``form``,
scripts and styles). When the page has an ``<article>`` or ``<main>`` element,
only its content is kept. Offsets of findings on an HTML version index the text
this function returns.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg"})
_BLOCK = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "br", "tr", "pre"})
_CONTAINERS = ("article", "main")
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed"})


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.container_depth = 0
        self.seen_container = False
        self.blocks: list[list[str]] = [[]]
        self.container_blocks: list[list[str]] = [[]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._break()
            return
        if tag in _SKIP:
            self.skip_depth += 1
        if tag in _CONTAINERS:
            self.container_depth += 1
            self.seen_container = True
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _CONTAINERS and self.container_depth:
            self.container_depth -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self.blocks[-1].append(data)
        if self.container_depth:
            self.container_blocks[-1].append(data)

    def _break(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])
        if self.container_blocks[-1]:
            self.container_blocks.append([])


def html_to_text(html: str) -> str:
    """The readable text of an HTML document: one paragraph per block, blank lines between."""
    parser = _MainText()
    parser.feed(html)
    parser.close()
    blocks = parser.container_blocks if parser.seen_container else parser.blocks
    paragraphs = (re.sub(r"\s+", " ", "".join(block)).strip() for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)
