"""Clean a version's raw text, keeping a map from every cleaned character back to the raw file.

What is set aside becomes a :class:`~framing.records.Removal` (reported later as a
``boilerplate`` or ``duplicate_passage`` finding): collection metadata, error-page
text, copyright and rights lines, legal disclaimers, comment widgets, bylines and
"X reported from Y" trailers, photo credits, agency datelines and paragraphs that
repeat an earlier one. Hard-wrapped lines are joined, curly quotes straightened
and a missing space after a comma or full stop restored; none of these moves a
character away from where it stands in the raw file.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from .records import CleanText, Removal

__all__ = ["clean_text", "detect_credit"]

_METADATA = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}\b[ \t]*")
_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("error_page", re.compile(r"^(?:\d{3}|sorry!*|error!?|oops!*|page not found|access denied|forbidden)$", re.I)),
    ("error_page", re.compile(r"page you (?:were|are) looking for|page (?:cannot|can't|could not) be found", re.I)),
    ("copyright", re.compile(r"©|\(c\) ?\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)),
    ("separator", re.compile(r"^[\W_]{1,40}$")),
    ("trailer", re.compile(r"^[A-Z][\w.'’ -]{1,60} (?:reported|contributed)(?: reporting)? (?:from|to)\b.{0,80}$")),
    ("trailer", re.compile(r"^(?:\(?(?:reporting|writing|editing|additional reporting) by\b.{0,200})$", re.I)),
    ("byline", re.compile(r"^by [A-Z][\w.'’-]*(?:[ ,]+(?:and )?[A-Z][\w.'’-]*){0,5}$", re.I)),
    (
        "widget",
        re.compile(
            r"^(?:comments?\s*(?:no comments?(?: yet)?)?|leave a (?:comment|reply)|share this(?: article)?:?|"
            r"follow us\b.*|sign up for\b.{0,80}|click here\b.{0,80}|read more:?|related:?|advertisement)$",
            re.I,
        ),
    ),
    ("caption", re.compile(r"\b(?:REUTERS|AP Photo|AFP|Getty Images)/[A-Z]|^FILE - |^In this .{0,80}\bfile photo\b")),
)
_DISCLAIMER_HEAD = re.compile(r"^(?:legal )?disclaimer:?$", re.I)
_DISCLAIMER_BODY = re.compile(r"warrant|liabilit|responsib|provides the information|views expressed", re.I)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,'’-]{0,60}\s)?\((?P<credit>AP|Reuters|AFP|MENAFN|UPI|Xinhua|dpa|CNN)\)(?:\s*[-—–:]\s*|\s+)"
)
_DATELINE_REACH = 64  # the latest a dateline's "(" can stand: 1 + 60 + 1 characters of place name, then "("
_WIRE_CREDITS = (
    ("Associated Press", re.compile(r"(?:©|copyright)[^\n]{0,40}Associated Press|\(AP\)\s*[-—–]|AP Photo/", re.I)),
    (
        "Reuters",
        re.compile(
            r"\(Reuters\)\s*[-—–]|(?:©|copyright)[^\n]{0,40}Reuters|^\s*\(?(?:reporting|writing|editing) by\b",
            re.I | re.M,
        ),
    ),
    ("Agence France-Presse", re.compile(r"\(AFP\)\s*[-—–]|(?:©|copyright)[^\n]{0,40}(?:AFP|Agence France)", re.I)),
)
_CREDIT_HINTS = {
    "Associated Press": ("associated press", "(ap)", "ap photo/"),
    "Reuters": ("reuters", "reporting by", "writing by", "editing by"),
    "Agence France-Presse": ("afp", "agence france"),
}
_TYPOGRAPHY = (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("\u00a0", " "), ("\t", " "), ("\r", " "))


def _typography(text: str) -> str:
    """Straight quotes and plain spaces; one character for one, so offsets do not move."""
    for fancy, plain in _TYPOGRAPHY:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


# "dangerous,Rutte": punctuation glued to the next word. It starts with the punctuation, not a look-behind,
# so the scan jumps from one punctuation mark to the next.
_MISSING_SPACE = re.compile(r"[,;](?<=[a-z]{2}[,;])(?=[A-Za-z])|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_SPACES = re.compile(r"  +")
_TERMINAL = (".", "!", "?", ":", '"', "'", "”", "’", ")")
_MIN_DUPLICATE_CHARS = 40


@dataclass(slots=True)
class _Line:
    start: int  # raw offset of the first character kept
    end: int  # raw offset just past the last character kept
    text: str


@dataclass(frozen=True, slots=True)
class _RuleHit:
    category: str
    reason: str


_REASONS = {
    "metadata": "This is collection data (the date the page was saved), not part of the article.",
    "error_page": "This is text from a website error page that was saved along with the article by mistake.",
    "copyright": "This is a copyright or rights notice, not part of the news story.",
    "separator": "This line is only a separator or stray symbols, not part of the story.",
    "trailer": "This line says who reported or wrote the story; it is not part of the story itself.",
    "byline": "This is the byline (who wrote the story), not part of the story itself.",
    "widget": "This is text from the page's comment box or buttons, not part of the article.",
    "caption": "This is a photo caption or photo credit, not part of the story's text.",
    "disclaimer": "This is the website's legal disclaimer, not part of the news story.",
    "dateline": "This tag names the news agency or outlet; it is not part of what the story says.",
}


def clean_text(raw: str) -> CleanText:
    """Clean ``raw`` and return the text with its offset map and what was set aside."""
    removals: list[Removal] = []
    lines = _split_lines(raw, removals)
    lowered = raw.lower()
    lines = _drop_junk_lines(lines, removals, lowered)
    paragraphs = _paragraphs(raw, lines)
    paragraphs = _drop_duplicates(paragraphs, removals)
    text, index = _assemble(raw, paragraphs, removals)
    credit, evidence = detect_credit(raw, lowered)
    return CleanText(
        text=text,
        raw_index=array("q", index),
        removals=tuple(sorted(removals, key=lambda r: (r.start, r.end))),
        credit=credit,
        credit_evidence=evidence,
    )


def detect_credit(raw: str, lowered: str | None = None) -> tuple[str | None, str | None]:
    """The wire agency a text credits (copyright line, dateline), and the words that say so.

    ``lowered`` is ``raw.lower()``, when the caller has it already.
    """
    lowered = raw.lower() if lowered is None else lowered
    for agency, pattern in _WIRE_CREDITS:
        if not any(hint in lowered for hint in _CREDIT_HINTS[agency]):
            continue
        match = pattern.search(raw)
        if match:
            line_start = raw.rfind("\n", 0, match.start()) + 1
            line_end = raw.find("\n", match.end())
            line = raw[line_start : len(raw) if line_end < 0 else line_end]
            return agency, " ".join(line.split())[:120]
    return None, None


def _split_lines(raw: str, removals: list[Removal]) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    metadata = _METADATA.match(raw)
    if metadata:
        removals.append(_removal(raw, metadata.start(), metadata.end(), "metadata"))
        position = metadata.end()
    for piece in raw[position:].split("\n"):
        start, end = position, position + len(piece)
        position = end + 1
        stripped = piece.strip()
        if stripped:
            offset = piece.index(stripped[0])
            lines.append(_Line(start + offset, start + offset + len(stripped), stripped))
    return lines


def _one_pattern(rules: tuple[tuple[str, re.Pattern[str]], ...]) -> re.Pattern[str]:
    """All line rules as one pattern (one search per line); the group name says which rule matched."""
    parts = []
    for number, (category, pattern) in enumerate(rules):
        flags = "i" if pattern.flags & re.IGNORECASE else ""
        body = f"(?{flags}:{pattern.pattern})" if flags else f"(?:{pattern.pattern})"
        parts.append(f"(?P<{category}__{number}>{body})")
    return re.compile("|".join(parts))


_ANY_RULE = _one_pattern(_LINE_RULES)
_SHORT_LINE = 80
#: Substrings without which no rule can match a line longer than ``_SHORT_LINE`` (the rules that are not
#: anchored to a short line: error pages, rights notices, photo credits, trailers, reporting credits).
_LONG_LINE_HINTS = (
    "page you",
    "page cannot",
    "page can't",
    "page could not",
    "©",
    "(c)",
    "copyright",
    "all rights reserved",
    "reuters/",
    "ap photo/",
    "afp/",
    "getty images/",
    " reported ",
    " contributed ",
    "reporting by",
    "writing by",
    "editing by",
    "additional reporting",
    "follow us",
    "sign up for",
    "click here",
)


def _classify(line: str, hints: tuple[str, ...] = _LONG_LINE_HINTS) -> _RuleHit | None:
    """The junk rule a line matches, if any; ``hints``: the long-line hints present in the whole text."""
    if len(line) > _SHORT_LINE:
        lowered = line.lower()
        if not any(hint in lowered for hint in hints):  # substring tests: faster than one pattern
            return None  # only these rules can match a long line; most long lines are article text
    match = _ANY_RULE.search(line)
    if match is None or match.lastgroup is None:
        return None
    category = match.lastgroup.split("__")[0]
    if category == "copyright" and len(line.split()) > 40:
        return None  # a long paragraph that merely mentions copyright is article text
    return _RuleHit(category, _REASONS[category])


def _drop_junk_lines(lines: list[_Line], removals: list[Removal], lowered: str) -> list[_Line]:
    kept: list[_Line] = []
    disclaimer = False
    hints = tuple(hint for hint in _LONG_LINE_HINTS if hint in lowered)  # usually none or one
    for line in lines:
        hit = _classify(line.text, hints)
        if _DISCLAIMER_HEAD.match(line.text) or (disclaimer and _DISCLAIMER_BODY.search(line.text)):
            hit, disclaimer = _RuleHit("disclaimer", _REASONS["disclaimer"]), True
        else:
            disclaimer = False
        if hit is None and _continues_notice(line, removals, lines):
            hit = _RuleHit("copyright", _REASONS["copyright"])
        if hit is None:
            kept.append(_strip_dateline(line, removals))
        elif (
            removals
            and hit.category in (removals[-1].category, "separator")
            and _only_space_between(lines, removals[-1], line)
        ):
            last = removals.pop()
            removals.append(Removal("boilerplate", last.start, line.end, last.reason, last.category))
        else:
            removals.append(Removal("boilerplate", line.start, line.end, hit.reason, hit.category))
    return kept


def _continues_notice(line: _Line, removals: list[Removal], lines: list[_Line]) -> bool:
    """A short line that ends a rights notice broken over two lines ("All rights / reserved")."""
    if not removals or removals[-1].category != "copyright" or len(line.text.split()) > 4:
        return False
    return _only_space_between(lines, removals[-1], line)


def _only_space_between(lines: list[_Line], removal: Removal, line: _Line) -> bool:
    return not any(removal.end <= other.start < line.start for other in lines)


def _strip_dateline(line: _Line, removals: list[Removal]) -> _Line:
    if line.text.find("(", 0, _DATELINE_REACH) < 0:
        return line  # the agency's bracket stands within the first words, or there is no dateline
    match = _DATELINE.match(line.text)
    if not match or match.end() >= len(line.text):
        return line
    removals.append(Removal("boilerplate", line.start, line.start + match.end(), _REASONS["dateline"], "dateline"))
    return _Line(line.start + match.end(), line.end, line.text[match.end() :])


def _is_hard_wrapped(lines: list[_Line]) -> bool:
    if len(lines) < 4:
        return False
    lengths = sorted(len(line.text) for line in lines)
    open_ended = sum(not line.text.endswith(_TERMINAL) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))] <= 100 and open_ended >= 0.4 * len(lines)


def _paragraphs(raw: str, lines: list[_Line]) -> list[list[_Line]]:
    """Group lines into paragraphs: one per line, unless the text is hard-wrapped.

    In a hard-wrapped text a paragraph ends at a line ending a sentence, or before a line that follows a blank
    line or a line set aside as junk: more than one line break between the two (white space on the lines,
    Windows' "\\r" included, does not count).
    """
    if not _is_hard_wrapped(lines):
        return [[line] for line in lines]
    paragraphs: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if current and raw.count("\n", current[-1].end, line.start) > 1:
            paragraphs.append(current)
            current = []
        current.append(line)
        if line.text.endswith(_TERMINAL):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _normalise(paragraph: list[_Line]) -> str:
    return " ".join(_typography(" ".join(line.text for line in paragraph)).lower().split())


def _drop_duplicates(paragraphs: list[list[_Line]], removals: list[Removal]) -> list[list[_Line]]:
    first_seen: dict[str, int] = {}
    kept: list[list[_Line]] = []
    previous_duplicate = False
    for paragraph in paragraphs:
        key = _normalise(paragraph)
        original = first_seen.get(key)
        if original is None or len(key) < _MIN_DUPLICATE_CHARS:
            first_seen.setdefault(key, paragraph[0].start)
            kept.append(paragraph)
            previous_duplicate = False
            continue
        start, end = paragraph[0].start, paragraph[-1].end
        if previous_duplicate:
            last = removals.pop()
            start, original = last.start, last.original_start or original
        reason = "This passage repeats, word for word, text that already appears earlier in the article."
        removals.append(Removal("duplicate_passage", start, end, reason, "duplicate", original_start=original))
        previous_duplicate = True
    return kept


def _assemble(raw: str, paragraphs: list[list[_Line]], removals: list[Removal]) -> tuple[str, list[int]]:
    chars: list[str] = []
    index: list[int] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            chars.append("\n\n")
            index += [index[-1], index[-1]]
        for position, line in enumerate(paragraph):
            if position:
                chars.append(" ")
                index.append(line.start - 1)
            _append_line(raw, line, chars, index)
    index.append(index[-1] + 1 if index else 0)
    return "".join(chars), index


def _append_line(raw: str, line: _Line, chars: list[str], index: list[int]) -> None:
    """Append a line's text (typography fixed, runs of spaces folded, missing spaces restored)."""
    text = _typography(line.text)
    if text.startswith(("- ", "* ", "• ")):
        text, start = text[2:], line.start + 2
    else:
        start = line.start
    # Events: ("insert", p) puts a space before offset p; ("skip", p, q) drops text[p:q].
    events = [(m.end(), m.end(), True) for m in _MISSING_SPACE.finditer(text)]
    events += [(m.start() + 1, m.end(), False) for m in _SPACES.finditer(text)]
    position = 0
    for cut, resume, insert in sorted(events):
        chars.append(text[position:cut])
        index.extend(range(start + position, start + cut))
        if insert:
            chars.append(" ")
            index.append(start + cut)
        position = resume
    chars.append(text[position:])
    index.extend(range(start + position, start + len(text)))


def _removal(raw: str, start: int, end: int, category: str) -> Removal:
    while end > start and raw[end - 1].isspace():
        end -= 1
    while start < end and raw[start].isspace():
        start += 1
    return Removal("boilerplate", start, end, _REASONS[category], category)
