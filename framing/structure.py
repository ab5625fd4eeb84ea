"""Page structure: the blocks of a text that are not running story text, each with its kind and span.

A news page is more than its story: a headline and a standfirst over it, subheads, bullets, picture captions,
a byline and a dateline, promos and link headlines ("Read more: …", "RELATED: …", "Related Coverage", a
headline in capitals that links to another story), page notices ("4 Min Read", "This article is more than 8
months old", "Our Standards: …"), and text in a voice other than the outlet's: embedded posts and statements
reproduced whole (found by :func:`framing.attribution.voices.find_voices`, reused here). Each is a
:class:`~framing.records.Block` of the prepared document, in cleaned offsets, found from the text alone
(an HTML page arrives as the text trafilatura extracted, one block a paragraph).

What the kinds mean to the rest of framing (see :data:`FURNITURE`, :data:`OTHER_VOICE`, :data:`NOT_STORY`):
furniture is not the story (reported as ``boilerplate``, never compared: no omission, no added framing);
headlines, standfirsts, subheads and labels are compared by the headline extractor, not as sentences;
posts and statements are someone else's words, never the outlet's own voice; bullets and datelines are
typed and stay story text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .attribution.text import paragraphs
from .attribution.voices import find_voices
from .inline_furniture import inline_furniture, paragraph_furniture
from .records import Block, Blocks, CleanText, Document, Sentence

__all__ = [
    "BLOCK_KINDS",
    "FURNITURE",
    "OTHER_VOICE",
    "NOT_STORY",
    "find_blocks",
    "furniture",
    "furniture_share",
    "in_furniture",
    "not_story",
    "same_words",
]

BLOCK_KINDS = (
    "headline",
    "standfirst",
    "subhead",
    "bullet",
    "caption",
    "byline",
    "dateline",
    "promo",
    "link_headline",
    "notice",
    "label",
    "post",
    "signature",
    "statement",
)
#: Not part of the story: reported as boilerplate, never compared with the baseline.
FURNITURE = frozenset({"caption", "byline", "promo", "link_headline", "notice", "signature"})
#: Text in a voice other than the outlet's (someone else's words reproduced whole).
OTHER_VOICE = frozenset({"post", "statement"})
#: Blocks whose sentences are not compared as story sentences (no omission, no added framing, no hedge).
NOT_STORY = FURNITURE | OTHER_VOICE | frozenset({"headline", "standfirst", "subhead", "label"})

#: Blocks a version need not carry over from the baseline: leaving them out is no omission.
NOT_CARRIED = FURNITURE | frozenset({"headline", "standfirst", "subhead", "label"})

_VOICE_KINDS = {"promo": "promo", "post": "post", "statement": "statement", "caption": "caption", "label": "label"}
_CAPTION = re.compile(
    r"^(?:enlarge this image|toggle caption|image (?:source|caption)\b|(?:photo|picture|image)s?\s*(?:credit)?:|"
    r"slideshow\s*\(\s*\d+\s*images?\s*\)|file photo\b|in this (?:\w+\.? \d{1,2}, \d{4},? )?(?:file )?photo\b|"
    r"close\s(?=[A-Z]))",  # "CLOSE Trump slammed Antifa on Twitter. GeoBeats": a video player's caption
    re.I,
)
#: A photographer's credit ("Mike Groll/AP", "Pavel Golovkin/AP Photo", "Jane Doe/Getty Images"), or a picture's
#: source as the agency credits it ("Police Department/Handout via REUTERS", "Jane Doe/Pool via Reuters", "KCNA/via
#: REUTERS").
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s?/\s?(?:(?:Handout|Pool|File)\s)?(?:via\s)?"
    r"(?:AP|AFP|Reuters|REUTERS|Getty|EPA|Bloomberg|Sipa|Wikimedia|Wikipedia|Flickr|Shutterstock|iStock)"
    r"(?: Photo| Images| Contributor)?\b"
)
_CAPTION_WORDS = 60  # a caption with a credit is a paragraph of a few lines; an article paragraph may quote one
_PROMO = re.compile(
    r"^[\W_]*(?:you may (?:also )?like:.{0,200}|full coverage:.{0,100}|\(graphic:.{0,160}\)|(?:https?://|www\.)\S+|"
    r"(?:follow|read|see|watch|listen|share)\b.{0,100}(?:https?://|www\.)\S+|"
    r"see also\b.{0,300}|"  # "see also Trump announces tariffs on Mexico …": a link to another story
    r"just watched\b.{0,300}|"  # CNN's video player: "JUST WATCHED <title> Replay More Videos ... MUST WATCH …"
    r"\(.{0,120}\bclick\b.{0,80}\)|follow\b.{1,60}\bon (?:twitter|x|facebook|instagram|threads|bluesky)\b.{0,40}|"
    r"send (?:us )?(?:a |news )?tips?\b.{0,120}|can['’]t see the (?:video|photo|image)s?\?.{0,60}|"
    r"visit .{1,60}\bhomepage\b.{0,60}|.{0,120}\bclick here\b.{0,60}|"
    r"sign up\b.{0,120}|subscribe\b.{0,120}|top stories|most (?:read|popular|viewed)|more on this story|"
    r"(?:share|share this (?:article|story)\b.{0,60}|share on \w+)|quick guide\b.{0,300}|"
    r".{0,120}\b(?:we['’]ve embedded|live ?stream)\b.{0,200}|"
    r"listen to (?:this |the )?(?:article|story).{0,80}|"
    r"download (?:our|the) app.{0,80}|get (?:our|the) newsletter.{0,80}|skip (?:to|advertisement).{0,40}|"
    r".{0,200}\bread more:?|.{0,200}\(opens in (?:a )?new (?:tab|window)\))$",
    re.I,
)
_NOTICE = re.compile(
    r"^[\W_]*(?:editor['’]?s['’]? note:.{0,300}|(?:correction|clarification)s?(?:,[^:\n]{1,30})?:.{0,400}|"
    r"this (?:article|story|page|content) (?:is|was) (?:more than|over) .{1,30}old|"
    r"[—–-]?\s*(?:last )?(?:updated?|published)(?:\b(?:[^:]|(?<=\d):(?=\d)){0,60}:?|:\s*(?:[^:]|(?<=\d):(?=\d)){0,60})|"
    r"this is an? (?:breaking|developing) (?:news )?(?:story|report).{0,200}|"
    r"ad|advertisement|loading\W*|story continued below|with .{1,40} wires|\{.{0,200}\}.{0,40}\bad unit|"
    r"\d+\s*min(?:ute)?s?\s+read|"
    r"original (?:post|story|article) (?:below|follows)\.?|our standards:.{0,100}|all quotes delayed.{0,120}|"
    r"content created by .{1,300}|\d+ (?:seconds?|minutes?|hours?|days?|weeks?) ago|"
    r"(?:this|the) (?:article|story|post|page) (?:has been|was) (?:updated|corrected|amended).{0,200}|"
    r"refiles? to .{0,120}|"
    r"(?:[•·*-]\s*)?(?:this|the) (?:article|story|report) (?:is based|was based|was produced|was written|contains|"
    r"includes material)\b.{0,200})$",
    re.I,
)
_NOTICE_PREFIX = re.compile(
    r"^(?:update(?:d)?\b(?:[^:!?\n]|(?<=\d):(?=\d)){0,30}|editor'?s'? note|"
    r"(?:correction|clarification)(?:,[^:\n]{1,30})?):\s",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:(?:by|written by|posted by|author:)\s+[A-Z][^.!?]{0,100}|contributing:.{1,120}|"
    r".{1,200}\bcontributed (?:reporting )?to this (?:report|story|article)\b.{0,80}|"
    r"[A-Z][\w.'’ -]{1,60} is an? [\w ,.'’-]{0,80}\b(?:columnist|reporter|correspondent|writer|editor|contributor)\b"
    r".{0,80}(?:e-?mail|@|follow).{0,80}|e-?mail: ?\S+@\S+|"
    r"(?:the )?(?:associated press|reuters|agence france-presse|afp|bloomberg news))$",
    re.I,
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ -]{0,30}){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z .-]{2,30}\))?\s*[-—–]+\s"
)
_POST_HEAD = re.compile(r"^[A-Z][\w.'’ -]{1,60} \(@\w{1,30}\)\s+\S")
#: "— Name (@handle) June 5, 2019": who posted an embedded post, and when.
_SIGNATURE = re.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
#: The head of a list of links to other stories, on a line of its own ("►READ MORE:", "Related Coverage").
_LINK_LIST_HEAD = re.compile(
    r"^[\W_]*(?:read more|more (?:coverage|stories|on this(?: story)?|from [\w ]{1,30})|related(?: coverage| stories|"
    r" articles| content| links)?|see also|also read|recommended(?: stories| reading)?|you (?:may|might) also like|"
    r"trending|what to read next)\s*:?\s*$",
    re.I,
)
_LINK_TITLE_WORDS = 20


def _link_title(line: str) -> bool:
    """Whether a line reads as a link's title: short, one line, no full stop at its end ("The reasons the French
    election is a big deal", "She's 64. He's 39 and could be France's next president")."""
    return "\n" not in line and len(line.split()) <= _LINK_TITLE_WORDS and not line.rstrip().endswith((".", '"', "”"))


_BYLINE_WORDS = 30
_BULLET_MARKS = ("- ", "* ", "• ", "· ")
_ELLIPSIS = ("...", "…")
_SUBHEAD_ELLIPSIS_WORDS = 8
_LINK_WORDS = 5


def _one_sentence(line: str) -> bool:
    return not any(mark in line[:-3] for mark in (". ", "? ", "! "))


def find_blocks(
    raw: str, clean: CleanText, sentences: Sequence[Sentence], title: str | None = None, outlet: str | None = None
) -> Blocks:
    """The typed blocks of a cleaned text (offsets into ``clean.text``; ``raw`` the text it was cleaned from),
    in order; ``title``: the version's headline given apart (a JSON Lines or manifest ``title``, an HTML
    page's), to tell it when it is repeated."""
    text = clean.text
    found: dict[tuple[int, int], Block] = {}
    for voice in find_voices(text):
        start, end = voice.span
        voice_kind = "signature" if voice.kind == "post" and _SIGNATURE.match(voice.text) else _VOICE_KINDS[voice.kind]
        found[voice.span] = Block(voice_kind, start, end)
    starts = [s.start for s in sentences]
    bylines = [r.end for r in clean.removals if r.category in ("byline", "dateline")]
    opening = True
    previous: str | None = None
    previous_span: tuple[int, int] | None = None
    recent: list[tuple[int, int]] = []  # the paragraphs just before, nearest last
    reprint = False  # after "Here is the full text of …:": every paragraph to the end is someone else's words
    links = False  # inside a list of links under "READ MORE:" or "Related:"
    for start, end in paragraphs(text):
        line = text[start:end]
        heading = _is_heading(sentences, starts, start, end)
        kind = _paragraph_kind(line, heading, raw, clean, start)
        if kind in (None, "subhead") and (start, end) not in found:
            kind = paragraph_furniture(line, previous, opening=opening and heading) or kind
        reprint = reprint or (previous is not None and _REPRINT_INTRO.search(previous.rstrip()) is not None)
        if reprint and kind is None and (start, end) not in found:
            kind = "statement"  # the rest of a text the page reprints whole ("Here is the full text of …:")
        if links and kind in (None, "subhead", "statement") and _link_title(line):
            kind = "link_headline"  # "He's 39 and could be France's next president" under "READ MORE:"
        links = _LINK_LIST_HEAD.match(line) is not None or links and kind == "link_headline"
        if kind is None and previous is not None and _continued(previous, line) and (start, end) not in found:
            kind = "post"  # "These agreements are....." then "...very common among …": a post thread run on
            before = previous_span
            if before is not None and before not in found:
                found[before] = Block("post", *before)
        if kind == "promo":
            _pitch_before(text, recent, found)  # "Looking for a quick way …? Host Ana Lopez will guide you …"
        previous = line
        previous_span = (start, end)
        recent = [*recent, (start, end)][-_PITCH_PARAGRAPHS:]
        if kind not in FURNITURE and opening:
            if heading and (_after_byline(raw, clean, start, bylines) or _credit_line(line, outlet)):
                kind = "byline"  # "BBC News, Tokyo" under "By Jane Smith"; "Ana Lopez and Li Wei"; "USA TODAY"
            elif heading:
                kind = "headline" if not any(b.kind == "headline" for b in found.values()) else "standfirst"
            opening = heading
        if (start, end) not in found and kind is not None:
            found[(start, end)] = Block(kind, start, end)
        elif (start, end) not in found:
            for extra in _prefixes(line, start):
                found.setdefault((extra.start, extra.end), extra)
        if kind not in FURNITURE:
            last = _last_sentence(starts, start, end)
            for inline_kind, a, b in inline_furniture(line, start, last, _notice):
                found.setdefault((a, b), Block(inline_kind, a, b))
    if title:
        _mark_repeated_title(text, title, found)
    return Blocks(tuple(sorted(found.values(), key=lambda b: (b.start, b.end))))


#: A line that introduces a text reprinted whole, to the page's end: "Here is the full text of Ford's testimony, which
#: she submitted to the committee:", "Read the statement in full:".
_REPRINT_INTRO = re.compile(
    r"\b(?:full|complete|entire)\s+(?:text|transcript|statement|testimony|letter|remarks|speech)\b[^.!?]{0,120}:$|"
    r"\bin\s+full\s*:$",
    re.I,
)


#: An ellipsis that ends a paragraph and one that opens the next: a post split over several, as a thread is
#: reproduced ("… These agreements are....." / "...very common among …"); story text is never broken so.
_ENDS_BROKEN = re.compile(r"(?:\.{3,}|…)\s*$")
_OPENS_BROKEN = re.compile(r"^(?:\.{3,}|…)\s*[a-z]")


#: A promo's pitch to the reader in the short paragraphs right before it ("Looking for a quick way to keep up with
#: the news? Host Ana Lopez will guide you through …" over "Subscribe on Apple Podcasts …"): it speaks to "you" or
#: asks the reader a question.
_PITCH_PARAGRAPHS = 2
_PITCH_WORDS = 40
_ADDRESSED = re.compile(r"\b(?:you|your)\b|\?$", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _pitch_before(text: str, recent: list[tuple[int, int]], found: dict[tuple[int, int], Block]) -> None:
    """Mark as promo the paragraphs right before a promo that pitch it to the reader, nearest first, stopping at
    the first that does not."""
    for span in reversed(recent):
        line = text[span[0] : span[1]].strip()
        if (
            span in found
            or len(line.split()) > _PITCH_WORDS
            or not _ADDRESSED.search(line)
            or _QUOTE_MARKS.search(line)
        ):
            return  # a quotation speaks to someone in the story ('"You can't do that," she said'), not to the reader
        found[span] = Block("promo", *span)


def _continued(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with a post the paragraph before it broke off with an ellipsis."""
    return _OPENS_BROKEN.match(line) is not None and _ENDS_BROKEN.search(previous) is not None


def _paragraph_kind(line: str, heading: bool, raw: str, clean: CleanText, start: int) -> str | None:
    kind = _furniture(line) if len(line) <= _FURNITURE_CHARS else None
    if kind is not None:
        return kind
    if heading and _writers(line):
        return "byline"
    if heading:
        letters = [c for c in line if c.isalpha()]
        # a headline in capitals linking to another story ("CALLS GROW FOR MAYOR TO RESIGN"); a short one is a
        # wire subhead ("MILITARY DANGER REMAINS")
        shouting = len(line.split()) >= _LINK_WORDS and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
        return "link_headline" if shouting else "subhead"
    if line.endswith((*_ELLIPSIS, "?")) and len(line.split()) <= _SUBHEAD_ELLIPSIS_WORDS and _one_sentence(line):
        return "subhead"  # "This all matters because...", "Will anyone change their mind?" over the paragraphs
    if _bullet(raw, clean, start):
        return "bullet"
    return None


def _furniture(line: str) -> str | None:
    """The kind of furniture a short paragraph is, if any. Each rule runs only where the words it needs occur
    (one scan of the paragraph for them first): most paragraphs are story text and meet none."""
    lowered = line.lower()
    if "(@" in line and _POST_HEAD.match(line):
        return "post"  # "Ana Lopez (@analopez) The bridge is open!": a post as a page embeds it
    if _CAPTION_HINTS.search(lowered) and _CAPTION.match(line):
        return "caption"
    if "/" in line and len(line.split()) <= _CAPTION_WORDS and _PHOTO_CREDIT.search(line):
        return "caption"
    if _PROMO_HINTS.search(lowered) and _PROMO.match(line):
        return "promo"
    if (lowered == "ad" or _NOTICE_HINTS.search(lowered)) and _NOTICE.match(line):
        return "notice"
    if len(line.split()) <= _BYLINE_WORDS and _BYLINE_HINTS.search(lowered) and _BYLINE.match(line):
        return "byline"
    return None


def _last_sentence(starts: list[int], start: int, end: int) -> int | None:
    """Where the paragraph ``start:end``'s last sentence starts (paragraph offsets), when it has two or more."""
    index = bisect_right(starts, end - 1) - 1
    return starts[index] - start if index >= 0 and start < starts[index] < end else None


def _notice(line: str) -> bool:
    """Whether a line is a page notice ("Original post below.", "This story has been updated.")."""
    if len(line) > _CLOSING_NOTICE_CHARS:
        return False
    lowered = line.lower()
    return bool(_NOTICE_HINTS.search(lowered)) and _NOTICE.match(line) is not None and lowered != "ad"


_CLOSING_NOTICE_CHARS = 120  # a notice that closes a paragraph is a short sentence ("Original post below.")


def _hints(*words: str) -> re.Pattern[str]:
    """One pattern for the words a rule needs, searched in the lower-cased paragraph (one scan in C)."""
    return re.compile("|".join(map(re.escape, words)))


#: Longer than this, a paragraph is story text (the longest furniture: a caption, a licensing notice).
_FURNITURE_CHARS = 600
_CAPTION_HINTS = _hints("enlarge", "caption", "image", "photo", "picture", "slideshow", "file", "close ")
_PROMO_HINTS = _hints(
    "follow", "read", "see", "watch", "listen", "share", "click", "sign up", "subscribe", "top stories", "most ",
    "more on", "download", "newsletter", "skip", "opens in", "you may", "full coverage", "graphic", "http", "www.",
    "send", "can't see", "can’t see", "visit", "quick guide", "embedded", "stream",
)  # fmt: skip
_NOTICE_HINTS = _hints(
    "editor", "correction", "clarification",
    "old", "updat", "publish", "min", "original", "standards", "quotes delayed", "content created",
    "ago", "corrected", "amended", "refile", "based", "produced", "written", "contains", "includes", "breaking",
    "developing", "advert", "loading", "continued", "wires", "ad unit",
)  # fmt: skip
_BYLINE_HINTS = _hints(
    "by ", "author", "contribut", "associated press", "reuters", "agence", "afp", "bloomberg", " is a", "mail",
)  # fmt: skip


def _prefixes(line: str, start: int) -> list[Block]:
    """A notice or a dateline that opens a paragraph of story text ("Update 5 p.m. ET: …", "TOKYO (Reuters) - ")."""
    found = []
    notice = _NOTICE_PREFIX.match(line)
    if notice is not None:
        found.append(Block("notice", start, start + notice.end() - 1))
    dateline = _DATELINE.match(line)
    if dateline is not None and dateline.end() < len(line):
        found.append(Block("dateline", start, start + dateline.end()))
    return found


def _writers(line: str) -> bool:
    """A heading line that only names writers ("Bart Jansen", "-- Nicholas Wu", "Ana Lopez and Li Wei"), as live
    pages credit each entry."""
    body = line.lstrip("-—– ")
    words = body.split()
    if _NAMES.match(body):
        return True
    return 2 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() and w.isalpha() for w in words)


def _credit_line(line: str, outlet: str | None) -> bool:
    """A line of writers' names alone ("Ana Lopez and Li Wei"), the outlet's name ("USA TODAY"), or a station's
    credit ("KSDK-TV, St. Louis")."""
    if outlet and same_words(line, outlet):
        return True
    words = line.split()
    if len(words) <= 3 and all(w.isupper() for w in words if w.isalpha()) and any(w.isalpha() for w in words):
        return len(words) <= 2  # an outlet's name in capitals; three words in capitals may be a headline
    return _NAMES.match(line) is not None or _STATION.match(line) is not None


#: Two or more names (capitalised words) joined by "and" or commas, nothing else.
#: A middle initial may stand without its point ("John C Moritz").
_NAMES = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*)+(?:(?:,| and|, and) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*)+)+$")
#: A station's credit under the headline: its call sign, then its city ("KSDK-TV, St. Louis", "WFAA, Dallas").
_STATION = re.compile(r"^[A-Z]{3,5}(?:-(?:TV|FM|AM|DT))?, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$")


def _after_byline(raw: str, clean: CleanText, start: int, bylines: list[int]) -> bool:
    """Whether only white space stands in the file between a byline cleaning set aside and ``start``."""
    at = clean.raw_index[start]
    return any(end <= at and not raw[end:at].strip() for end in bylines)


def _is_heading(sentences: Sequence[Sentence], starts: list[int], start: int, end: int) -> bool:
    """Whether the paragraph ``start:end`` is one heading sentence (short, no final full stop, alone)."""
    index = bisect_right(starts, start) - 1
    if index < 0:
        return False
    sentence = sentences[index]
    return sentence.heading and sentence.start <= start and sentence.end >= end


def _bullet(raw: str, clean: CleanText, start: int) -> bool:
    """Whether the paragraph opened with a bullet mark in the file (cleaning drops a "- " or "* " mark)."""
    if clean.text.startswith(("•", "·"), start):
        return True
    at = clean.raw_index[start]
    return at >= 2 and raw[at - 2 : at] in _BULLET_MARKS and (at == 2 or raw[at - 3] == "\n")


def _mark_repeated_title(text: str, title: str, found: dict[tuple[int, int], Block]) -> None:
    """The first paragraph, or a heading, that repeats the headline given apart is the headline set in the text."""
    spans = [span for span, block in found.items() if block.kind in ("standfirst", "subhead", "link_headline")]
    first = paragraphs(text[: text.find("\n") if "\n" in text else len(text)])
    for span in spans + first:
        if same_words(text[slice(*span)], title):
            found[span] = Block("headline", *span)


def same_words(a: str, b: str) -> bool:
    """Whether two lines hold the same words (case, punctuation and spacing aside)."""
    return _words(a) == _words(b)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def furniture(document: Document, sentence: int) -> bool:
    """Whether the sentence opens inside page furniture (:data:`FURNITURE`: a caption, a byline, a promo, a link
    headline, a notice, a post's signature line): no word of it is the story's."""
    block = document.blocks.at(document.sentences[sentence].start) if document.blocks else None
    return block is not None and block.kind in FURNITURE


def not_story(document: Document, sentence: int, *, compared: bool = False) -> bool:
    """Whether the sentence opens inside a block that is not running story text in the outlet's voice
    (:data:`NOT_STORY`); ``compared``: whether it opens inside one a version need not carry (:data:`NOT_CARRIED`:
    an embedded post left out is still left out)."""
    block = document.blocks.at(document.sentences[sentence].start) if document.blocks else None
    return block is not None and block.kind in (NOT_CARRIED if compared else NOT_STORY)


def in_furniture(document: Document, start: int, end: int) -> bool:
    """Whether the span ``start:end`` lies inside page furniture (:data:`FURNITURE`), such as a name card glued
    into a sentence of story text."""
    block = document.blocks.at(start, end) if document.blocks else None
    return block is not None and block.kind in FURNITURE


def furniture_share(document: Document, start: int, end: int) -> float:
    """The share of the characters of ``start:end`` that lie in page furniture (:data:`FURNITURE`)."""
    if not document.blocks or end <= start:
        return 0.0
    index = max(0, bisect_right(document.blocks.starts, start) - 2)
    covered = 0
    for block in document.blocks.items[index:]:
        if block.start >= end:
            break
        if block.kind in FURNITURE:
            covered += max(0, min(end, block.end) - max(start, block.start))
    return covered / (end - start)
