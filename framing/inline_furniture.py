"""Page furniture inside a paragraph of story text: what scraping glues onto the end of a paragraph or into a
sentence, found from the text's shape alone.

- an embedded post's signature line run on after the post's text ("… pic.twitter.com/x — Ana Lopez
  (@analopez) May 1, 2020");
- a pull quote's signature after its closing quotation mark (""We will rebuild." — Ana Lopez, the mayor");
- a news agency's or broadcaster's credit after a paragraph's last sentence ("… on Friday. (CBS2)");
- a page notice as a paragraph's last sentence ("… said on Monday. Original post below.");
- a name card scraped from a hover link: the person's full name glued to the headlines of their latest stories
  and a closing "MORE" ("… Sen. Ana Lopez Ana Maria LopezSenate passes budget Lopez hits rival MORE (D) said").

Each span is in the paragraph's offsets plus ``start``; :func:`framing.structure.find_blocks` types them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["inline_furniture"]

#: A post's signature at the end of a paragraph that holds the post's text before it.
_SIGNATURE_END = re.compile(r"[—–]\s*[^()\n—–]{1,80}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}\s*$")
#: "— Name, what they are" after a closing quotation mark, closing a paragraph that opens with the quotation.
_PULL_QUOTE_SIGNATURE = re.compile(r"(?<=[”\"])\s+([—–]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:,[^—–\n]{1,100})?)$")
#: "(CBS2)", "(AP)", "(KTLA)": a credit in capitals after a paragraph's last full stop.
_CREDIT_END = re.compile(r"(?<=[.!?”\"])\s+(\([A-Z][A-Z0-9&-]{1,9}(?: [A-Z][A-Za-z0-9&-]{1,12}){0,2}\))\s*$")
#: The name card's glue: the last word of a full name run into the first headline ("LopezSenate").
_GLUE = re.compile(r"(?<=[\s)])([A-Z][A-Za-z'’-]*?[a-z]{2})(?=[A-Z])")
_CARD_END = re.compile(r" MORE\b")
_CARD_CHARS = 400  # a name card holds the name and two or three headlines
_NAME_BEFORE_CHARS = 120  # where the sentence names the person the card repeats


def inline_furniture(
    line: str, start: int, last_sentence: int | None, notice: Callable[[str], bool]
) -> list[tuple[str, int, int]]:
    """The furniture inside one paragraph (``line``, starting at ``start``): (kind, start, end) triples.
    ``last_sentence``: where the paragraph's last sentence starts, when it has two or more; ``notice``: whether
    a line is a page notice."""
    found: list[tuple[str, int, int]] = []
    if "(@" in line and (post := _SIGNATURE_END.search(line)) and post.start() > 0:
        found.append(("signature", start + post.start(), start + len(line.rstrip())))
    if line.startswith(("“", '"')) and (pull := _PULL_QUOTE_SIGNATURE.search(line)):
        found.append(("signature", start + pull.start(1), start + pull.end(1)))
    if line.endswith(")") and (credit := _CREDIT_END.search(line)):
        found.append(("byline", start + credit.start(1), start + credit.end(1)))
    if last_sentence is not None and notice(line[last_sentence:].strip()):
        found.append(("notice", start + last_sentence, start + len(line.rstrip())))
    if " MORE" in line:
        found.extend(("link_headline", start + a, start + b) for a, b in _name_cards(line))
    return found


def _name_cards(line: str) -> list[tuple[int, int]]:
    """Name cards: from the card's full name (after the sentence's own mention of the person, whose last name
    the card's name glues to its first headline) to "MORE"."""
    cards = []
    done = 0
    for more in _CARD_END.finditer(line):
        window = max(done, more.start() - _CARD_CHARS)
        for glue in _GLUE.finditer(line, window, more.start()):
            name = glue.group(1)
            before = line[max(0, glue.start() - _NAME_BEFORE_CHARS) : glue.start()]
            mention = [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", before)]
            if not mention:
                continue
            at = max(0, glue.start() - _NAME_BEFORE_CHARS) + mention[-1]
            at += len(line[at:]) - len(line[at:].lstrip())
            if at < glue.start():
                cards.append((at, more.end()))
                done = more.end()
                break
    return cards
