"""Lexicons: versioned word lists with provenance, and matching them in text.

Each lexicon is one UTF-8 TSV file in ``framing/lexicons/`` (see the README
there): ``# key: value`` header lines (name, version, description, sources),
then the columns ``term, category, weight, source, flags``. Files are checked
when loaded, so a malformed list fails loudly, naming its file and line, rather
than matching the wrong words.

Matching is by whole words and case-insensitive; the words of a phrase may be
separated by any run of whitespace (so a phrase can cross a line break), and
``'``/``’`` and the hyphen variants are interchangeable. Two flags narrow a
match: ``lowercase`` (the text must be all lowercase, so "may" is not "May")
and ``phrase_start`` (only at the start of a sentence).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, KeysView, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from itertools import count
from os import PathLike, fspath
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from .errors import ConfigError

__all__ = [
    "tokenize",
    "Tokens",
    "FLAGS",
    "Entry",
    "Lexicon",
    "load_lexicon",
    "read_lexicon",
    "available_lexicons",
]

FLAGS = frozenset({"lowercase", "phrase_start", "quote", "name_after", "source_after", "omission", "speech_only"})
"""Flags a lexicon entry may carry; ``-`` (or ``none``) in a file means no flag. ``lowercase`` and
``phrase_start`` narrow where a term matches; the others give a reporting verb its roles in
:mod:`framing.speech` (see the lexicons' README)."""

_EMPTY_FLAGS = frozenset({"-", "none"})
_COLUMNS = "term\tcategory\tweight\tsource\tflags"
_HEADER_KEYS = ("name", "version", "description", "sources")
_VERSION = re.compile(r"\d+\.\d+\.\d+")
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_APOSTROPHES = "'’"
_HYPHENS = "-‐‑"
# Characters skipped when looking back for the end of the previous sentence:
# spaces, quotes, brackets, dashes and bullets may open a sentence.
_OPENERS = "\"'“”‘’«»()[]{}—–-•*"
_SENTENCE_END = ".!?…:"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True, slots=True)
class Entry:
    """One term of a lexicon, as written in its file."""

    term: str
    category: str
    weight: float
    source: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named, versioned list of entries and the sources they were taken from."""

    name: str
    version: str
    description: str
    sources: Mapping[str, str]
    entries: tuple[Entry, ...]

    def lookup(self, term: str) -> Entry | None:
        """The entry for ``term`` (case, whitespace and apostrophes ignored), if any."""
        return _compiled(self).index.get(_normalise(term))

    def pattern(self) -> re.Pattern[str]:
        """One compiled regex matching any term as whole words, longest first."""
        return _compiled(self).pattern

    def finditer(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        """``(start, end, entry)`` for every match in ``text`` that its flags allow.

        Matches are found word by word: each word is looked up among the first
        words of the terms, and the longest term whose words follow (separated
        only by white space) wins. Same matches as :meth:`pattern`, in linear time.
        """
        return self.find_in_tokens(tokenize(text), text)

    def find_in_tokens(self, tokens: Tokens, text: str) -> Iterator[tuple[int, int, Entry]]:
        """:meth:`finditer` over the :class:`Tokens` of ``text`` (one tokenisation shared by all lexicons).

        Only the places where a term's first word occurs are visited.
        """
        compiled = _compiled(self)
        words = tokens.words
        last = len(words) - 1
        starts: list[int] = []
        for word in compiled.first.keys() & tokens.vocabulary:
            if word in compiled.single:
                starts += tokens.positions(word)
            else:  # only phrases start with it ("in my view"): keep the places where a second word fits
                seconds = compiled.seconds[word]
                starts += [p for p in tokens.positions(word) if p < last and words[p + 1] in seconds]
        starts.sort()
        taken = -1
        for position in starts:
            if position <= taken:
                continue
            word = words[position]
            entry, length = compiled.single.get(word), 1
            if word in compiled.seconds:
                for term, candidate in compiled.first[word]:
                    n = len(term)
                    if n > 1 and words[position : position + n] == term and _adjacent(text, tokens, position, n):
                        entry, length = candidate, n
                        break
            if entry is None:
                continue
            start, end = tokens.span(position)[0], tokens.span(position + length - 1)[1]
            if not entry.flags or _flags_allow(entry.flags, text, start, end):
                yield start, end, entry
                taken = position + length - 1


@dataclass(frozen=True, slots=True, eq=False)
class Tokens:
    """The words of a text: lookup forms and offsets (compared by identity: it holds an array)."""

    words: list[str]  # lower case, one apostrophe, one hyphen
    offsets: np.ndarray  # int64; token i runs from offsets[2 * i] to offsets[2 * i + 1]
    # Built on first use: word -> number, tokens ordered by word number, where each number's run starts.
    index: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def span(self, position: int) -> tuple[int, int]:
        return int(self.offsets[2 * position]), int(self.offsets[2 * position + 1])

    @property
    def vocabulary(self) -> KeysView[str]:
        """The distinct words (a set-like view)."""
        return self._numbers().keys()

    def positions(self, word: str) -> list[int]:
        """Where ``word`` occurs, in order."""
        number = self._numbers().get(word)
        if number is None:
            return []
        order, bounds = self.index["order"], self.index["bounds"]
        return order[bounds[number] : bounds[number + 1]].tolist()

    def _numbers(self) -> dict[str, int]:
        """Number the words and sort the tokens by number, once; all in C loops (``map`` and numpy)."""
        index = self.index
        if not index:
            numbers: dict[str, int] = {}
            ids = np.fromiter(map(numbers.setdefault, self.words, count()), dtype=np.int64, count=len(self.words))
            dense = np.zeros(len(self.words) + 1, dtype=np.int64)  # first-seen ids -> 0, 1, 2 … in that order
            dense[list(numbers.values())] = np.arange(len(numbers))
            ids = dense[ids]
            order = np.argsort(ids, kind="stable")  # positions grouped by word, each group in text order
            bounds = np.searchsorted(ids[order], np.arange(len(numbers) + 1)).tolist()
            index.update(order=order, bounds=bounds, numbers={word: k for k, word in enumerate(numbers)})
        return index["numbers"]


_FOLD = str.maketrans({"’": "'", "‐": "-", "‑": "-"})
_FOLDS = (("’", "'"), ("‐", "-"), ("‑", "-"))
_WORD_CHAR, _JOINER = 1, 2


def tokenize(text: str) -> Tokens:
    """Tokenise ``text`` once for any number of lexicons.

    A token is what ``_TOKEN`` matches in the folded text: a run of
    word characters, with a hyphen or apostrophe inside it when word characters
    stand on both sides. The runs are found with array operations over the
    text's code points (one table look-up per character, no Python loop), which
    gives every offset at once; the regular expression is the fallback for text
    beyond the Basic Multilingual Plane.
    """
    folded = text.lower()
    for fancy, plain in _FOLDS:
        if fancy in folded:
            folded = folded.replace(fancy, plain)
    if len(folded) != len(text):  # a rare character whose lower case is longer: fold word by word
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))
    starts, ends = _runs(folded)
    bounds = zip(starts.tolist(), ends.tolist(), strict=True)
    words = [folded[start:end] for start, end in bounds]
    offsets = np.empty(2 * len(starts), dtype=np.int64)
    offsets[0::2], offsets[1::2] = starts, ends
    return Tokens(words, offsets)


def _runs(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of the tokens of ``folded``."""
    try:
        codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate: let the regular expression cope
        codes = None
    if codes is None or (len(codes) and int(codes.max()) >= 0x10000):
        found = [m.span() for m in _TOKEN.finditer(folded)]
        spans = np.array(found, dtype=np.int64).reshape(-1, 2)
        return spans[:, 0], spans[:, 1]
    kind = _char_kinds()[codes]
    inside = kind == _WORD_CHAR
    if len(inside) > 2:  # a joiner counts between two word characters
        inside[1:-1] |= (kind[1:-1] == _JOINER) & inside[:-2] & inside[2:]
    edges = np.diff(np.concatenate(([0], inside.view(np.int8), [0])))
    return np.flatnonzero(edges == 1).astype(np.int64), np.flatnonzero(edges == -1).astype(np.int64)


@cache
def _char_kinds() -> np.ndarray:
    """Each code point of the Basic Multilingual Plane: a word character (as ``\\w``), a joiner, or neither."""
    kinds = np.array([_WORD_CHAR if (c.isalnum() or c == "_") else 0 for c in map(chr, range(0x10000))], dtype=np.uint8)
    kinds[[ord("-"), ord("'")]] = _JOINER
    return kinds


def _adjacent(text: str, tokens: Tokens, position: int, n: int) -> bool:
    """True when the ``n`` words from ``position`` are separated by white space only."""
    return all(not text[tokens.span(k - 1)[1] : tokens.span(k)[0]].strip() for k in range(position + 1, position + n))


@dataclass(frozen=True, slots=True)
class _Compiled:
    entries: tuple[Entry, ...]
    pattern: re.Pattern[str]
    index: Mapping[str, Entry]
    first: Mapping[str, tuple[tuple[list[str], Entry], ...]]  # first word -> (words, entry), longest first
    single: Mapping[str, Entry]  # one-word terms
    seconds: Mapping[str, frozenset[str]]  # first word of a phrase -> the second words its phrases have


_TOKEN = re.compile(r"\w+(?:[-‐‑'’]\w+)*")
_SPLIT = re.compile(r"(\w+(?:[-‐‑'’]\w+)*)")


def _first_words(index: Mapping[str, Entry]) -> dict[str, tuple[tuple[list[str], Entry], ...]]:
    grouped: dict[str, list[tuple[list[str], Entry]]] = {}
    for key, entry in index.items():
        words = key.split()
        grouped.setdefault(words[0], []).append((words, entry))
    return {w: tuple(sorted(c, key=lambda item: -len(item[0]))) for w, c in grouped.items()}


# Keyed by lexicon name; an entry is reused only for the very same entries
# tuple, so a hand-built Lexicon that reuses a name never gets a stale pattern.
_COMPILED: dict[str, _Compiled] = {}


def _compiled(lexicon: Lexicon) -> _Compiled:
    hit = _COMPILED.get(lexicon.name)
    if hit is None or hit.entries is not lexicon.entries:
        index = {_normalise(entry.term): entry for entry in lexicon.entries}
        single = {key: entry for key, entry in index.items() if " " not in key}
        seconds: dict[str, set[str]] = {}
        for key in index:
            if " " in key:
                first, second = key.split()[:2]
                seconds.setdefault(first, set()).add(second)
        hit = _Compiled(
            lexicon.entries,
            _build_pattern(lexicon.entries),
            index,
            _first_words(index),
            single,
            {first: frozenset(words) for first, words in seconds.items()},
        )
        _COMPILED[lexicon.name] = hit
    return hit


def _normalise(term: str) -> str:
    """The lookup key of a term or of matched text."""
    for apostrophe in _APOSTROPHES[1:]:
        term = term.replace(apostrophe, _APOSTROPHES[0])
    for hyphen in _HYPHENS[1:]:
        term = term.replace(hyphen, _HYPHENS[0])
    return " ".join(term.casefold().split())


def _word_pattern(word: str) -> str:
    parts = []
    for char in word:
        if char in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        elif char in _HYPHENS:
            parts.append(f"[{_HYPHENS}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _build_pattern(entries: tuple[Entry, ...]) -> re.Pattern[str]:
    terms = sorted({_normalise(entry.term) for entry in entries}, key=lambda t: (-len(t), t))
    alternatives = [r"\s+".join(_word_pattern(word) for word in term.split()) for term in terms]
    # (?!) matches nothing: an empty lexicon must not match the empty string.
    body = "|".join(alternatives) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _flags_allow(flags: frozenset[str], text: str, start: int, end: int) -> bool:
    if "lowercase" in flags and text[start:end] != text[start:end].lower():
        return False
    return "phrase_start" not in flags or _at_sentence_start(text, start)


def _at_sentence_start(text: str, start: int) -> bool:
    """True at the start of the text, after a blank line, or after . ! ? … or :."""
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _OPENERS):
        i -= 1
    # A single newline may be a hard wrap inside a sentence; a blank line is not.
    return i == 0 or text[i - 1] in _SENTENCE_END or _BLANK_LINE.search(text, i, start) is not None


@cache
def _directory() -> Traversable:
    return files("framing") / "lexicons"


@cache
def available_lexicons() -> tuple[str, ...]:
    """Names of the lexicons shipped with framing, sorted."""
    names = (item.name for item in _directory().iterdir())
    return tuple(sorted(name.removesuffix(".tsv") for name in names if name.endswith(".tsv")))


def load_lexicon(name: str) -> Lexicon:
    """The shipped lexicon called ``name`` (read once, then cached)."""
    if not isinstance(name, str):
        raise ConfigError(f"The 'name' parameter of load_lexicon must be a str. Got {type(name).__name__} instead.")
    if name not in available_lexicons():
        raise ConfigError(f"There is no lexicon named {name!r}; choose from {list(available_lexicons())}.")
    return _load_shipped(name)


@cache
def _load_shipped(name: str) -> Lexicon:
    resource = _directory() / f"{name}.tsv"
    return _parse(resource.read_text(encoding="utf-8"), f"framing/lexicons/{name}.tsv", name)


def read_lexicon(path: str | PathLike[str]) -> Lexicon:
    """A lexicon from a TSV file of your own, in the format of the shipped ones."""
    path = Path(fspath(path))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read lexicon file {path}: {error}; pass a UTF-8 TSV file.") from error
    return _parse(text, str(path), path.stem)


def _parse(text: str, where: str, expected_name: str) -> Lexicon:
    lines = text.splitlines()
    header, body_start = _parse_header(lines, where)
    sources = _check_header(header, where, expected_name)
    entries: list[Entry] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines[body_start:], start=body_start + 1):
        if not line.strip() or line.startswith("#"):
            continue
        entry = _parse_row(line, f"{where}, line {number}", sources)
        key = _normalise(entry.term)
        if key in first_line:
            raise ConfigError(
                f"{where}, line {number}: the term {entry.term!r} is already on line "
                f"{first_line[key]}; keep one of the two."
            )
        first_line[key] = number
        entries.append(entry)
    if not entries:
        raise ConfigError(f"{where}: the lexicon has no entries; add rows below the column line.")
    values = {key: value for key, (_, value) in header.items()}
    return Lexicon(values["name"], values["version"], values["description"], sources, tuple(entries))


def _parse_header(lines: list[str], where: str) -> tuple[dict[str, tuple[int, str]], int]:
    """Each ``# key: value`` line as ``key -> (line number, value)``, and the column line's number."""
    header: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines, start=1):
        if line == _COLUMNS:
            missing = [key for key in _HEADER_KEYS if key not in header]
            if missing:
                raise ConfigError(
                    f"{where}, line {number}: the header lacks {missing}; add a "
                    f"'# key: value' line for each before the column line."
                )
            return header, number
        key, colon, value = line.removeprefix("#").partition(":")
        key = key.strip()
        if not line.startswith("#") or not colon or key not in _HEADER_KEYS or key in header:
            raise ConfigError(
                f"{where}, line {number}: expected one '# key: value' line for each of "
                f"{list(_HEADER_KEYS)} and then the column line {_COLUMNS!r}. Got {line!r} instead."
            )
        header[key] = (number, value.strip())
    raise ConfigError(f"{where}: the column line {_COLUMNS!r} is missing; add it after the header.")


def _check_header(header: dict[str, tuple[int, str]], where: str, expected_name: str) -> Mapping[str, str]:
    """Check the name, version and description; return the declared sources."""
    line, name = header["name"]
    if name != expected_name:
        raise ConfigError(
            f"{where}, line {line}: the header names the lexicon {name!r} but the file is "
            f"called {expected_name!r}; make the '# name:' line match the file name."
        )
    line, version = header["version"]
    if not _VERSION.fullmatch(version):
        raise ConfigError(f"{where}, line {line}: the version must read MAJOR.MINOR.PATCH. Got {version!r} instead.")
    line, description = header["description"]
    if not description:
        raise ConfigError(f"{where}, line {line}: the description is empty; say what the list is.")
    line, sources = header["sources"]
    return _parse_sources(sources, f"{where}, line {line}")


def _parse_sources(value: str, where: str) -> Mapping[str, str]:
    """``key = description; key = description`` from the ``# sources:`` line."""
    sources: dict[str, str] = {}
    for item in value.split(";"):
        key, equals, description = (part.strip() for part in item.partition("="))
        if not equals or not _KEY.fullmatch(key) or not description or key in sources:
            raise ConfigError(
                f"{where}: the '# sources:' line must read 'key = description; ...' with "
                f"distinct lowercase keys. Got {item.strip()!r} instead."
            )
        sources[key] = description
    return MappingProxyType(sources)


def _parse_row(line: str, where: str, sources: Mapping[str, str]) -> Entry:
    fields = line.split("\t")
    if len(fields) != 5 or any(field != field.strip() or not field for field in fields):
        raise ConfigError(
            f"{where}: expected 5 non-empty tab-separated columns ({_COLUMNS!r}) without "
            f"surrounding spaces. Got {line!r} instead."
        )
    term, category, weight_text, source, flags_text = fields
    if not _KEY.fullmatch(category):
        raise ConfigError(f"{where}: the category must be a lowercase_identifier. Got {category!r} instead.")
    try:
        weight = float(weight_text)
    except ValueError:
        weight = math.nan
    if not 0.0 <= weight <= 1.0:
        raise ConfigError(f"{where}: the weight must be a number from 0 to 1. Got {weight_text!r} instead.")
    if source not in sources:
        raise ConfigError(
            f"{where}: the source {source!r} is not declared in the '# sources:' header "
            f"({sorted(sources)}); declare it there or use a declared key."
        )
    flags = frozenset() if flags_text in _EMPTY_FLAGS else frozenset(flags_text.split(","))
    if not flags <= FLAGS:
        raise ConfigError(
            f"{where}: flags must be '-' or a comma-separated subset of {sorted(FLAGS)}. Got {flags_text!r} instead."
        )
    return Entry(term, category, weight, source, flags)
