"""Page furniture inside a paragraph of story text: what scraping glues onto the end of a paragraph or into a
sentence, found from the text's shape alone.

- an embedded post's signature line run on after the post's text ("… pic.twitter.com/x — Ana Lopez
  (@analopez) May 1, 2020");
- a pull quote's signature after its closing quotation mark (""We will rebuild." — Ana Lopez, the mayor");
- the text of such a post before its signature (someone else's words, a ``post``);
- a news agency's or broadcaster's credit after a paragraph's last sentence ("… on Friday. (CBS2)");
- a page notice as a paragraph's last sentence ("… said on Monday. Original post below.");
- a name card scraped from a hover link: the person's full name glued to the headlines of their latest stories
  and a closing "MORE" ("… Sen. Ana Lopez Ana Maria LopezSenate passes budget Lopez hits rival MORE (D) said").

Each span is in the paragraph's offsets plus ``start``; :func:`framing.structure.find_blocks` types them.

:func:`paragraph_furniture` types a whole paragraph among the story's that the page put there, whatever its
length: an explainer box or a link line closed by "Read more" ("Quick guide … Show Hide … By Ana Lopez Read
more"), a link headline under a date or a section label ("Dec. 5: …", "Opinion: …", "QUIZ: …"), a video promo
("Play Video 1:04 … – video"), a newsletter pitch ("Let our news meet your inbox."), a site's blurb for one of
its features ("The 360 is a feature designed to show you …"), and a transcript under a speaker's label
("Bloomberg:") or under a line that introduces one ("Here's the text of that portion of the interview:", "Lanier
gave the prosecution's outline of the incident:"), or a pull quote closed by its speaker's name with no
punctuation between ("… this is about a cover-up Ana Lopez"): someone else's words, a ``statement``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["inline_furniture", "paragraph_furniture"]

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
_POST_CHARS = 700  # a post's text before its signature: a post or two of a thread (280 characters each, links)
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
        if post.start() <= _POST_CHARS:
            found.append(("post", start, start + post.start()))  # the post's own text, before its signature
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
            # the sentence's own mention may itself be glued to the card's first name ("Ana LopezAna LopezCouncil")
            mention = [m.end() for m in re.finditer(rf"\b{re.escape(name)}(?![a-z'’])", before)]
            if not mention:
                continue
            at = max(0, glue.start() - _NAME_BEFORE_CHARS) + mention[-1]
            at += len(line[at:]) - len(line[at:].lstrip())
            if at < glue.start():
                cards.append((at, more.end()))
                done = more.end()
                break
    return cards


#: An explainer box or a link line that the page closes with "Read more" (and often its writer's byline).
_READ_MORE_BOX = re.compile(
    r"^(?:quick guide\b.*|.*\bshow hide\b.*|.*\bby [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s+read more)$", re.I | re.S
)
_READ_MORE_END = re.compile(r"\bread more\s*$", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
#: A link headline under a date ("Dec. 5: …", "12/5: …") or a section or format label ("Opinion: …", "QUIZ: …").
_LINK_LABEL = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}}|quiz|poll|video|watch|photos?|gallery|opinion|analysis|editorial|"
    r"commentary|column|explainer|fact check|listen|podcast|live|related|also read|see also)\s*:\s+\S",
    re.I,
)
_LINK_LABEL_WORDS = 25
#: A video or audio promo: "Play Video 1:04 …", "… – video", "… – in pictures".
_MEDIA_PROMO = re.compile(
    r"^(?:play (?:video|audio)\b.*|.+\s[–—-]\s(?:video|audio|in pictures|podcast)(?: explainer)?)$", re.I
)
_MEDIA_PROMO_WORDS = 40
#: A newsletter pitch: the reader's inbox, a captcha notice.
_NEWSLETTER = re.compile(r"\b(?:inbox|recaptcha|newsletters?)\b", re.I)
_PITCH = re.compile(r"\b(?:you|your|sign(?:ing)? up|subscribe|delivered|protected by)\b", re.I)
_PITCH_WORDS = 60
_FORM = re.compile(
    r"\b(?:enable javascript|javascript (?:is )?(?:required|disabled)|signing you up|please try again)\b", re.I
)
#: The site's blurb for one of its features, addressed to the reader.
_FEATURE_BLURB = re.compile(
    r"^(?:the|this|our)\s+[\w'’ -]{1,40}?\s+is\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}"
    r"(?:feature|series|newsletter|column|section|podcast|roundup|project|guide)\b[^.!?]{0,160}\byou\b",
    re.I,
)
#: A speaker's label on a line of its own ("Bloomberg:", "Mayor Ana Lopez:"): capitalised words and a colon.
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:$")
_NOT_SPEAKERS = frozenset(
    {"what", "why", "how", "who", "where", "when", "background", "context", "update", "updates", "note", "editor",
     "correction", "related", "more", "read", "watch", "listen", "the", "bottom", "next", "key", "latest", "quick",
     "photos", "video", "source", "sources", "by", "and"}
)  # fmt: skip
#: A line that introduces a transcript or someone's words, ending in a colon.
_TRANSCRIPT_INTRO = re.compile(
    r"\b(?:transcript|text|remarks|excerpts?|testimony|exchange|interview|said|says|wrote|writes|told|asked|reads?)\b"
    r"[^.!?]{0,80}:$",
    re.I,
)


def paragraph_furniture(line: str, previous: str | None, *, opening: bool) -> str | None:
    """The kind of a whole paragraph of page furniture among the story's (``promo``, ``link_headline``) or of a
    transcript (``statement``), a picture's credit in brackets (``caption``) or a promise to update the page
    (``notice``), if it is one; ``previous``: the paragraph before; ``opening``: whether the
    paragraph stands among the headings that open the text (a label there may be the headline's own). Each rule
    runs only where a cheap test of the paragraph's ends finds the words it needs: most paragraphs meet none."""
    lowered = line.lower()
    if line.startswith("(") and line.endswith(")") and _PHOTO_CREDIT_LINE.match(line):
        return "caption"
    if lowered.endswith("more") and _READ_MORE_END.search(lowered) and _READ_MORE_BOX.match(line):
        return "promo"
    if (lowered.startswith("play ") or lowered.endswith(_MEDIA_ENDS)) and _MEDIA_PROMO.match(line):
        if len(line.split()) <= _MEDIA_PROMO_WORDS and _one_sentence(line):
            return "promo"
    if ("javascript" in lowered or "signing you up" in lowered) and _FORM.search(line):
        if len(line.split()) <= _PITCH_WORDS * 2:
            return "promo"  # a sign-up form's text: "We encountered an issue signing you up. Please try again."
    if ("inbox" in lowered or "recaptcha" in lowered or "newsletter" in lowered) and _PITCH.search(line):
        if len(line.split()) <= _PITCH_WORDS:
            return "promo"
    if lowered.startswith(("the ", "this ", "our ")) and "you" in lowered and _FEATURE_BLURB.match(line):
        if _one_sentence(line):
            return "promo"
    if lowered.startswith("we will") and _UPDATE_NOTICE.match(line):
        return "notice"
    if not opening and ":" in line[:_LABEL_CHARS] and not line.endswith("."):
        label = _LINK_LABEL.match(line)
        if label is not None and len(line.split()) <= _LINK_LABEL_WORDS and _one_sentence(line[label.end() - 1 :]):
            return "link_headline"
    if "enjoyed this" in lowered and _ENJOYED_PITCH.search(line):
        return "promo"  # "Something to Consider If you enjoyed this article, we have a proposition for you: Join …"
    if line[-1:].isalpha() and len(line) <= _PULL_QUOTE_CHARS and _NAMED_PULL_QUOTE.match(line):
        return "statement"  # "Our case just got better. This is about a cover-up Michael Avenatti": a pull quote
    if previous is not None and previous.rstrip().endswith(":") and not line.startswith(("“", '"', "‘", "'")):
        if _transcript_intro(previous.strip()):
            return "statement"
    return None


#: A pull quote set apart with its speaker's name after it and no punctuation between ("Our case just got better.
#: This is not about sex … this is about a cover-up Michael Avenatti"): a full sentence first, then words closed by
#: a name after a lower-case word that is no verb of saying or preposition (story text ends with a full stop).
_NAMED_PULL_QUOTE = re.compile(
    r"^[^\"“”\n]{8,}?[.!?…]\s+[^\"“”\n]*?\b(?!(?:said|says|told|by|to|with|and|or|of|for|from|at|in|on|the|a|an|"
    r"about|against|as|than|like|via)\b)[a-z][\w'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$"
)
_PULL_QUOTE_CHARS = 300
#: A pitch to the reader for a membership or subscription, after "If you enjoyed this article".
_ENJOYED_PITCH = re.compile(
    r"\bif you enjoyed this (?:article|story|piece|post)\b.{0,200}?\b(?:join|subscribe|sign up|become a member|"
    r"support us|donate|membership)\b",
    re.I,
)
#: A picture's credit on a line of its own, in brackets: "(Reuters photo: Ana Lopez)", "(AP Photo/Ana Lopez)".
_PHOTO_CREDIT_LINE = re.compile(
    r"^\([^()\n]{0,60}\b(?:photo|image|picture|video|file|graphic)s?\b[^()\n]{0,80}\)$", re.I
)
#: The page's promise to update itself: "We will continue to update this article as warranted."
_UPDATE_NOTICE = re.compile(
    r"^we will (?:continue to )?update (?:this|the) (?:article|story|page|post)\b[^.!?]{0,60}[.!]?$", re.I
)
_MEDIA_ENDS = ("video", "audio", "in pictures", "podcast", "video explainer")
_LABEL_CHARS = 30  # a link's label ("Dec. 5:", "Opinion:") opens the line


#: A line that hands the next paragraph to someone's account ("Lanier gave the prosecution's outline of the
#: incident:"): a verb of giving and a noun of account, ending in a colon.
_ACCOUNT_INTRO = re.compile(
    r"\b(?:gave|gives|give|offered|offers|provided|provides|laid out|lays out|presented|presents|read out|released)\b"
    r"[^.!?]{0,80}\b(?:outline|account|summary|timeline|version|description|explanation|chronology)\b[^.!?]{0,60}:$",
    re.I,
)


def _transcript_intro(previous: str) -> bool:
    """Whether a paragraph introduces the next as someone's words: a speaker's label ("Bloomberg:") or a line that
    names a transcript or a saying and ends in a colon."""
    if not previous.endswith(":"):
        return False
    if _SPEAKER_LABEL.match(previous):
        return previous.split()[0].lower().strip(":") not in _NOT_SPEAKERS
    return _TRANSCRIPT_INTRO.search(previous) is not None or _ACCOUNT_INTRO.search(previous) is not None


def _one_sentence(line: str) -> bool:
    return not any(mark in line[:-3] for mark in (". ", "? ", "! "))
