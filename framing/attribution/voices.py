"""Text that is not the outlet's voice: embedded posts, statements reproduced whole, promo lines, captions, labels.

Each rule reads one paragraph (a non-blank line) and the one before it:

- ``promo``: a line that opens with a link label ("More:", "Read more", "RELATED:", "Watch:", "See also"…);
- ``post``: an embed left as markup (``<tweet …>…</tweet>``, ``<blockquote>``), a tweet's signature line
  ("— Name (@handle) June 5, 2019"), with the post text before it when the signature stands alone, a line
  with ``pic.twitter.com`` or "A post shared by", and the paragraph after an introduction that ends in a colon
  and names a post ("tweeted:", "wrote on Facebook:");
- ``statement``: the paragraph after an introduction ending in a colon that names a statement or release, or
  after a speaker's name alone on its line, as a transcript gives it ("Bloomberg:", "Sen. Ann Lee:");
- ``caption``: a line carrying a picture credit ("(AP Photo/…)", "REUTERS/Name", "Getty Images", "Photo:");
- ``label``: a short heading line that ends in a colon ("What they're saying:", "Why it matters:").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import candidate_pattern
from .records import Span, Voice
from .text import paragraphs

__all__ = ["find_voices"]

_PROMO = re.compile(
    r"(?:more|read more|related|related coverage|watch|see also|also read|read also|read|listen|click here|"
    r"sign up|subscribe|go deeper|recommended|advertisement|you may also like|also on|trending)"
    r"\s*(?:[:|»›>\-–—]|$)",
    re.I,
)
_SIGNATURE = re.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
_POST_MARK = re.compile(
    r"pic\.twitter\.com/|\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}|A post shared by|twitter\.com/\w+/status"
)
_POST_INTRO = re.compile(
    r"\b(?:tweet(?:ed|s)?|posted|wrote on (?:twitter|facebook|instagram)|on (?:twitter|facebook|instagram|x))\b", re.I
)
_STATEMENT_INTRO = re.compile(r"\b(?:statement|release|read(?:s)? in (?:full|part)|full text|letter)\b", re.I)
_CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters|Getty)[^)]*(?:Photo|Images)[^)]*\)|\b(?:REUTERS|AFP|AP Photo|Getty Images|EPA-EFE)/\s*[A-Z]"
    r"|^(?:Photo|Image|Caption|FILE PHOTO|FILE)\s*[:\-–—]|\bImage caption\b|\bPhoto(?:graph)?:\s|\(Photo by [^)]*\)",
)
_LABEL = re.compile(r"^[A-Z][^.!?:\n]{0,40}:$")
_LABEL_START = re.compile(r"^(?:What|Why|How|Where|Who)\b[^:]*\b(?:saying|said|says)\s*:$", re.I)


def _kind(text: str, line: str, previous: str | None) -> str | None:
    if _PROMO.match(line):
        return "promo"
    if _SIGNATURE.match(line) or _POST_MARK.search(line):
        return "post"
    if _CAPTION.search(line):
        return "caption"
    if (
        _LABEL.match(line)
        and len(line.split()) <= 6
        and (_LABEL_START.match(line) or not candidate_pattern().search(line))
    ):
        return "label"  # "Why it matters:", and "What they're saying:" though it holds a cue word
    if previous is not None and previous.rstrip().endswith(":") and not line.startswith(("“", '"')):
        if _POST_INTRO.search(previous):
            return "post"
        if _STATEMENT_INTRO.search(previous) or _SPEAKER_LABEL.match(previous.strip()):
            return "statement"
    return None


#: A speaker's name alone on its line before what they said, as a transcript gives it: capitalised words (a
#: title's full stop allowed), at most four, not a heading word ("Background:", "Update:").
_SPEAKER_LABEL = re.compile(
    r"(?!(?:Update|Updated|Note|Background|Context|Analysis|Correction|Transcript|Video|Audio|Photo|Timeline|"
    r"Summary|Watch|Related|More|Editor|Key|Read|Listen|Sources?|Credits?)\b)"
    r"[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,3}:"
)


def _label_prefix(text: str, start: int, end: int) -> Span | None:
    """An inline label that opens a paragraph ("What they're saying: …"), short and title-like."""
    match = re.match(r"([A-Z][\w'’ ]{2,40}):\s", text[start:end])
    if match and len(match.group(1).split()) <= 5 and not any(ch.isdigit() for ch in match.group(1)):
        return start, start + match.end(1) + 1
    return None


_EMBED = re.compile(r"<(?P<tag>tweet|blockquote|iframe)\b[^>]*>.*?</(?P=tag)>", re.S | re.I)


#: What :func:`find_voices` needs to find anything, searched once over the text: a
#: line that opens with a promo word or a capitalised label and a colon, a line that ends with a colon (an
#: introduction, a label), a handle, a post's marks or markup, a picture credit. A text with none of these has
#: no voice to find (about four texts in five), and the paragraph-by-paragraph search is skipped.
_MAY_HOLD = re.compile(
    r"(?mi:^\s*(?:more|read|related|watch|see also|also read|listen|click here|sign up|subscribe|go deeper|"
    r"recommended|advertisement|you may also like|also on|trending))|(?m::[ \t]*$|^[A-Z][\w'’ ]{2,40}:\s)|\(@|"
    r"pic\.twitter|A post shared by|twitter\.com/|(?i:<(?:tweet|blockquote|iframe)\b)|"
    r"\((?:AP|AFP|Reuters|Getty|Photo by)|(?:REUTERS|AFP|AP Photo|Getty Images|EPA-EFE)/|Image caption|"
    r"Photo(?:graph)?:|(?m:^(?:Photo|Image|Caption|FILE))"
)


@lru_cache(maxsize=16)
def find_voices(text: str) -> tuple[Voice, ...]:
    """Spans of ``text`` in a voice other than the outlet's, in order, each with its kind (remembered for the last
    few texts: the page structure and the attribution engine both ask for each version's, the engine for the
    baseline's once per version that drops one of its sources)."""
    if not _MAY_HOLD.search(text):
        return ()
    found: list[Voice] = [Voice(m.span(), "post", m.group()) for m in _EMBED.finditer(text)]
    previous: str | None = None
    for start, end in paragraphs(text):
        line = text[start:end]
        kind = None if any(v.span[0] <= start < v.span[1] for v in found) else _kind(text, line, previous)
        if kind is not None:
            found.append(Voice((start, end), kind, line))
        else:
            label = _label_prefix(text, start, end)
            if label is not None and _LABEL_WORDS.search(text[label[0] : label[1]]):
                found.append(Voice(label, "label", text[label[0] : label[1]]))
        previous = line
    return tuple(_with_post_text(text, sorted(found, key=lambda v: v.span)))


_LABEL_WORDS = re.compile(
    r"\b(?:saying|matters|picture|lines|deeper|background|context|catch|up|next|reality|check|bottom|line|"
    r"numbers|glance|driving|news|details|happened|know|flashback|yes|but|state of play|the latest)\b",
    re.I,
)


def _with_post_text(text: str, found: list[Voice]) -> list[Voice]:
    """A tweet signature on its own line claims the paragraph before it (the post's text)."""
    blocks = paragraphs(text)
    extra: list[Voice] = []
    for voice in found:
        if voice.kind == "post" and _SIGNATURE.match(voice.text):
            number = blocks.index(voice.span)
            if number > 0 and not any(v.span == blocks[number - 1] for v in found):
                a, b = blocks[number - 1]
                extra.append(Voice((a, b), "post", text[a:b]))
    return sorted(found + extra, key=lambda v: v.span)
