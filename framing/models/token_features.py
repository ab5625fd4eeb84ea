"""Features of every word of a document, for the loaded-wording model (no fitting here, no data).

A word's features are of three kinds:

- **type features** depend on the lower-cased word only: its identity, a crude
  stem, its letter 3- to 5-grams, whether it is made of digits, its length,
  whether it is a stop word, and its membership (by lexicon, category and
  strength) in framing's shipped lexicons. Each is hashed (CRC-32) into
  ``2**bits`` columns. A subset of the type features of the two words before and
  the two after is used too, each offset in its own block.
- **context features** depend on where the word stands and how it is written:
  Capitalised inside a sentence (and its neighbours), ALL CAPS, inside a
  quotation, in scare quotes, before "!" or "?", in a sentence with "!", at a
  sentence start, in a heading, next to punctuation, and the share of the
  sentence's other words that framing's lexicons know.
- **static vectors** (:mod:`framing.models.static`): 64 numbers for what the word
  means, and the same for the word before and the word after, as dense columns
  after the context features.

The words are those the lexicons match (:func:`framing.lexicon.tokenize`), shared
with the extractors through the document's cache, so no text is split twice.

Type features and static vectors depend on the spelling only, so a model's contribution of a word
at each offset can be computed once per distinct word (see
:mod:`framing.models.loaded`); :func:`design_matrix` builds the same columns as a
sparse matrix for fitting.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np
from scipy import sparse

from ..lexicon import load_lexicon, tokenize
from ..records import Document
from ..segment import STOPWORDS
from .static import static_vectors

__all__ = [
    "OFFSETS",
    "STATIC_OFFSETS",
    "CONTEXT_FEATURES",
    "TYPE_LEXICONS",
    "FeatureConfig",
    "DocTokens",
    "doc_tokens",
    "type_features",
    "TypeRow",
    "type_row",
    "TypePairs",
    "type_pairs",
    "DocWords",
    "doc_words",
    "word_flags",
    "neighbour_ids",
    "sentence_starts",
    "context_matrix",
    "design_matrix",
]

OFFSETS = (-2, -1, 0, 1, 2)
STATIC_OFFSETS = (-1, 0, 1)  # whose static vectors are columns (framing.models.static), after the context features
TYPE_LEXICONS = ("loaded", "report_verbs", "hedges", "boosters", "editorial", "vague_sources")
CONTEXT_FEATURES = (
    "in_quote",
    "scare_quote",
    "before_exclamation",
    "before_question",
    "sentence_exclamation",
    "sentence_start",
    "capitalised_inside",
    "previous_capitalised_inside",
    "next_capitalised_inside",
    "all_caps",
    "heading",
    "sentence_loaded_share",
    "sentence_lexicon_share",
    "punctuation_before",
    "punctuation_after",
)
_FOLD = str.maketrans({"’": "'", "‐": "-", "‑": "-"})
_SCARE_MAX_WORDS = 3
_PUNCTUATION = ',;:.!?()[]"“”—–'
_EXCLAMATION, _QUESTION = ord("!"), ord("?")
_COLUMN = {name: k for k, name in enumerate(CONTEXT_FEATURES)}
_GRAMS = (3, 4, 5)  # letter n-gram lengths
_MIN_GRAM_WORD = 4  # words shorter than this get no n-grams
_STEM_SUFFIXES = ("ingly", "edly", "fully", "ness", "ment", "ings", "ing", "ed", "es", "ly", "s")


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How a model's columns are laid out.

    First the hashed type features of each offset, then the context features, then (when ``static_dims``
    is not 0) the static vectors of the words at :data:`STATIC_OFFSETS`, times ``static_scale``.
    """

    bits: int = 18
    offsets: tuple[int, ...] = OFFSETS
    neighbour_prefixes: tuple[str, ...] = ("w=", "stem=", "digits", "stop", "lex=")
    static_dims: int = 0
    static_scale: float = 0.1

    @property
    def width(self) -> int:
        """Columns of the hashed blocks (one block of ``2**bits`` per offset)."""
        return len(self.offsets) << self.bits

    @property
    def n_features(self) -> int:
        return self.width + len(CONTEXT_FEATURES) + len(STATIC_OFFSETS) * self.static_dims


@dataclass(frozen=True, slots=True)
class DocTokens:
    """The words of a document's cleaned text, with their offsets, sentences and case."""

    words: Sequence[str]  # lower-cased, one apostrophe, one hyphen (the lexicons' look-up form)
    starts: np.ndarray  # cleaned offsets
    ends: np.ndarray
    sentence: np.ndarray  # index of each word's sentence (-1 outside every sentence)
    capitalised: np.ndarray  # written with a capital first letter
    upper: np.ndarray  # written in capitals (its first two letters)
    first: np.ndarray  # the first word of its sentence
    codes: np.ndarray = field(repr=False)  # the text's code points (see _codes)
    sentence_bounds: np.ndarray = field(repr=False)  # sentences x 2: cleaned start and end


def doc_tokens(document: Document) -> DocTokens:
    """The words of ``document``, as arrays (from the tokens the prepare stage found)."""
    shared = document.tokens if document.tokens is not None else tokenize(document.text)
    offsets = np.asarray(shared.offsets, dtype=np.int64).reshape(-1, 2)
    starts, ends = offsets[:, 0], offsets[:, 1]
    bounds = np.array([(s.start, s.end) for s in document.sentences], dtype=np.int64).reshape(-1, 2)
    sentence = np.full(len(starts), -1, dtype=np.int64)
    if len(bounds) and len(starts):
        index = np.searchsorted(bounds[:, 0], starts, side="right") - 1
        inside = (index >= 0) & (ends <= bounds[np.maximum(index, 0), 1])
        sentence = np.where(inside, index, -1)
    first = np.ones(len(starts), dtype=bool)
    first[1:] = sentence[1:] != sentence[:-1]
    codes = _codes(document.text)
    upper_case = _upper_case()
    capitalised = upper_case[codes[starts]] if len(codes) else np.zeros(len(starts), dtype=bool)
    second = codes[np.minimum(starts + 1, np.maximum(ends - 1, starts))] if len(codes) else codes[:0]
    upper = capitalised & upper_case[second] & (ends - starts > 1)
    return DocTokens(shared.words, starts, ends, sentence, capitalised, upper, first, codes, bounds)


def _codes(text: str) -> np.ndarray:
    """The text's code points, those beyond the Basic Multilingual Plane as 0."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return np.where(codes < 0x10000, codes, 0)


@cache
def _punctuation() -> np.ndarray:
    """Which code points of the Basic Multilingual Plane are the punctuation that ends a phrase."""
    table = np.zeros(0x10000, dtype=bool)
    table[[ord(c) for c in _PUNCTUATION]] = True
    return table


@cache
def _upper_case() -> np.ndarray:
    """Which code points of the Basic Multilingual Plane are upper-case letters."""
    return np.array([chr(c).isupper() for c in range(0x10000)], dtype=bool)


@cache
def _lexicon_index() -> dict[str, tuple[str, ...]]:
    """Single-word terms of the shipped lexicons -> their type features ("lex=loaded:emotive", …)."""
    index: dict[str, list[str]] = {}
    for name in TYPE_LEXICONS:
        for entry in load_lexicon(name).entries:
            term = entry.term.translate(_FOLD).lower()
            if " " in term or "speech_only" in entry.flags:  # a speech marker only: not a word feature
                continue
            strength = "strong" if entry.weight >= 0.75 else "mild" if entry.weight > 0 else "none"
            index.setdefault(term, []).extend((f"lex={name}", f"lex={name}:{entry.category}", f"lex={name}:{strength}"))
    return {term: tuple(features) for term, features in index.items()}


def _stem(lower: str) -> str:
    """A crude stem: one common suffix off, keeping at least four letters ("smearing" -> "smear")."""
    for suffix in _STEM_SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 4:
            return lower[: -len(suffix)]
    return lower


@lru_cache(maxsize=2**16)
def type_features(word: str) -> tuple[str, ...]:
    """The named type features of one word (lower-cased as :func:`~framing.lexicon.tokenize` gives it)."""
    lower = word.translate(_FOLD).lower()
    features = _plain_features(lower)
    if len(lower) >= _MIN_GRAM_WORD:  # letter 3- to 5-grams with the word's boundaries: "<dis", "gust", "ing>"
        bounded = f"<{lower}>"
        features.extend(f"g={bounded[i : i + n]}" for n in _GRAMS for i in range(len(bounded) - n + 1))
    return tuple(features)


def _plain_features(lower: str) -> list[str]:
    """The type features of a lower-cased word other than its letter n-grams."""
    features = [f"w={lower}", f"stem={_stem(lower)}", f"len={min(len(lower), 15) // 3}"]
    if lower.isdigit():
        features.append("digits")
    if lower in STOPWORDS:
        features.append("stop")
    if "-" in lower:
        features.append("hyphenated")
    features.extend(_lexicon_index().get(lower, ()))
    return features


@dataclass(frozen=True, slots=True)
class TypeRow:
    """A word's hashed columns (as the word itself and as a neighbour) and three flags."""

    own: tuple[int, ...]
    neighbour: tuple[int, ...]
    loaded: bool  # the loaded lexicon knows it
    known: bool  # some lexicon knows it
    stop: bool


@lru_cache(maxsize=2**16)
def type_row(word: str, config: FeatureConfig) -> TypeRow:
    """The hashed type features of ``word`` under ``config``."""
    features = type_features(word)
    mask = (1 << config.bits) - 1
    hashed = [(zlib.crc32(f.encode("utf-8")) & mask, f) for f in features]
    own = tuple(sorted({column for column, _ in hashed}))
    neighbour = tuple(sorted({column for column, f in hashed if f.startswith(config.neighbour_prefixes)}))
    known = any(f.startswith("lex=") for f in features)
    return TypeRow(own, neighbour, "lex=loaded" in features, known, "stop" in features)


@dataclass(frozen=True, slots=True)
class TypePairs:
    """The hashed type columns of many words at once, as (word number, column) pairs without repeats."""

    own_words: np.ndarray
    own_columns: np.ndarray
    neighbour_words: np.ndarray
    neighbour_columns: np.ndarray
    flags: np.ndarray  # words x 3: loaded, known, stop


def type_pairs(words: Sequence[str], config: FeatureConfig) -> TypePairs:
    """What :func:`type_row` gives for each of ``words``, computed for all of them together.

    The letter n-grams of plain ASCII words, most of a word's features, are hashed
    with a table-driven CRC-32 run over all of them at once in numpy (the very
    CRC-32 :func:`zlib.crc32` computes, so the columns are the same); the few
    other features, and every feature of other words, go through ``zlib``.
    """
    mask = (1 << config.bits) - 1
    own: list[tuple[int, int]] = []
    neighbour: list[tuple[int, int]] = []
    flags = np.zeros((len(words), 3), dtype=bool)
    grams: list[tuple[int, str]] = []  # (word number, bounded word) of the ASCII words that get n-grams
    for number, word in enumerate(words):
        lower = word.translate(_FOLD).lower()
        if not lower.isascii():
            row = type_row(word, config)
            own += [(number, column) for column in row.own]
            neighbour += [(number, column) for column in row.neighbour]
            flags[number] = (row.loaded, row.known, row.stop)
            continue
        features = _plain_features(lower)
        for feature in features:
            column = zlib.crc32(feature.encode("utf-8")) & mask
            own.append((number, column))
            if feature.startswith(config.neighbour_prefixes):
                neighbour.append((number, column))
        known = any(feature.startswith("lex=") for feature in features)
        flags[number] = ("lex=loaded" in features, known, "stop" in features)
        if len(lower) >= _MIN_GRAM_WORD:
            grams.append((number, f"<{lower}>"))
    gram_words, gram_columns = _gram_columns(grams, mask)
    own_words, own_columns = _unique_pairs(own, gram_words, gram_columns, mask)
    neighbour_words, neighbour_columns = _unique_pairs(neighbour, np.zeros(0, np.int64), np.zeros(0, np.int64), mask)
    return TypePairs(own_words, own_columns, neighbour_words, neighbour_columns, flags)


def _gram_columns(grams: list[tuple[int, str]], mask: int) -> tuple[np.ndarray, np.ndarray]:
    """Word numbers and hashed columns of the features "g=<n-gram>" of the given bounded ASCII words."""
    if not grams:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    text = "".join(bounded for _, bounded in grams)
    data = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    lengths = np.array([len(bounded) for _, bounded in grams], dtype=np.int64)
    firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    numbers = np.array([number for number, _ in grams], dtype=np.int64)
    table, after_prefix = _crc_table(), _crc_after(b"g=")
    found_words, found_columns = [], []
    for n in _GRAMS:
        count = lengths - n + 1  # n-grams of each word (a bounded word has at least 6 characters)
        which = np.repeat(np.arange(len(grams)), count)
        starts = np.repeat(firsts, count) + (np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count))
        register = np.full(len(starts), after_prefix, dtype=np.uint32)
        for j in range(n):
            register = table[(register ^ data[starts + j]) & 0xFF] ^ (register >> np.uint32(8))
        found_words.append(numbers[which])
        found_columns.append(((register ^ np.uint32(0xFFFFFFFF)) & np.uint32(mask)).astype(np.int64))
    return np.concatenate(found_words), np.concatenate(found_columns)


def _unique_pairs(
    pairs: list[tuple[int, int]], more_words: np.ndarray, more_columns: np.ndarray, mask: int
) -> tuple[np.ndarray, np.ndarray]:
    """(word, column) pairs without repeats, ordered by word then column."""
    words = np.concatenate((np.array([w for w, _ in pairs], dtype=np.int64), more_words))
    columns = np.concatenate((np.array([c for _, c in pairs], dtype=np.int64), more_columns))
    keys = np.sort(words * (mask + 1) + columns)
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys // (mask + 1), keys % (mask + 1)


@cache
def _crc_table() -> np.ndarray:
    """The byte table of the reflected CRC-32 (polynomial 0xEDB88320) that zlib uses."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> np.uint32(1)) ^ np.uint32(0xEDB88320), table >> np.uint32(1))
    return table.astype(np.uint32)


@cache
def _crc_after(prefix: bytes) -> np.uint32:
    """The CRC-32 register (before the final inversion) after reading ``prefix``."""
    table, register = _crc_table(), np.uint32(0xFFFFFFFF)
    for byte in prefix:
        register = table[(register ^ np.uint32(byte)) & np.uint32(0xFF)] ^ (register >> np.uint32(8))
    return np.uint32(register)


@dataclass(frozen=True, slots=True)
class DocWords:
    """Each token's word as a row number, and five flags per token."""

    ids: np.ndarray  # row of each token's word; ``missing`` stands for "no word here"
    flags: np.ndarray  # tokens x 5 booleans: loaded, known, capitalised, upper, stop word
    missing: int


def word_flags(tokens: DocTokens, type_flags: np.ndarray) -> np.ndarray:
    """Tokens x 5 flags from the per-token rows of (loaded, known, stop) and the tokens' case."""
    return np.column_stack(
        (type_flags[:, 0], type_flags[:, 1], tokens.capitalised, tokens.upper, type_flags[:, 2])
    ).astype(bool)


def doc_words(tokens: DocTokens, config: FeatureConfig) -> tuple[DocWords, tuple[str, ...]]:
    """The document's words numbered by first occurrence, and the distinct words in that order."""
    rows: dict[str, int] = {}
    ids = np.fromiter((rows.setdefault(w, len(rows)) for w in tokens.words), dtype=np.int64, count=len(tokens.words))
    distinct = tuple(rows)
    rows_flags = [(r.loaded, r.known, r.stop) for r in (type_row(w, config) for w in distinct)]
    type_flags = np.array(rows_flags, dtype=bool).reshape(-1, 3)
    return DocWords(ids, word_flags(tokens, type_flags[ids]), len(distinct)), distinct


def neighbour_ids(tokens: DocTokens, ids: np.ndarray, offset: int, missing: int) -> np.ndarray:
    """Row ids of the word ``offset`` places away in the same sentence; ``missing`` where there is none."""
    if offset == 0:
        return ids
    n = len(ids)
    positions = np.arange(n) + offset
    clipped = np.clip(positions, 0, max(n - 1, 0))
    valid = (positions >= 0) & (positions < n) & (tokens.sentence[clipped] == tokens.sentence)
    return np.where(valid, ids[clipped], missing)


def sentence_starts(tokens: DocTokens) -> np.ndarray:
    """Whether each word is the first of its sentence."""
    return tokens.first


def context_matrix(document: Document, tokens: DocTokens, words: DocWords) -> np.ndarray:
    """Tokens x :data:`CONTEXT_FEATURES`, as floats."""
    n = len(tokens.words)
    out = np.zeros((len(CONTEXT_FEATURES), n))  # a feature a row while filling: contiguous writes
    if n == 0:
        return out.T
    codes, first, column = tokens.codes, tokens.first, _COLUMN
    out[column["in_quote"]], out[column["scare_quote"]] = _quotes(document, tokens)
    after = codes[np.minimum(tokens.ends, len(codes) - 1)] * (tokens.ends < len(codes))
    out[column["before_exclamation"]] = after == _EXCLAMATION
    out[column["before_question"]] = after == _QUESTION
    marks = np.cumsum(_punctuation()[codes])
    between = marks[tokens.starts[1:] - 1] > marks[tokens.ends[:-1] - 1]  # punctuation between word i and i+1
    out[column["punctuation_before"], 1:] = between
    out[column["punctuation_after"], :-1] = between
    out[column["sentence_start"]] = first
    inside = words.flags[:, 2] & ~first
    out[column["capitalised_inside"]] = inside
    out[column["previous_capitalised_inside"], 1:] = inside[:-1] & ~first[1:]
    out[column["next_capitalised_inside"], :-1] = inside[1:] & ~first[1:]
    out[column["all_caps"]] = words.flags[:, 3]
    if len(tokens.sentence_bounds):
        _sentence_context(document, tokens, words, out)
    return out.T


def _sentence_context(document: Document, tokens: DocTokens, words: DocWords, out: np.ndarray) -> None:
    bounds, codes, column = tokens.sentence_bounds, tokens.codes, _COLUMN
    count = len(bounds)
    groups = np.where(tokens.sentence >= 0, tokens.sentence, count)  # words outside sentences: a group apart
    where = np.flatnonzero(codes == _EXCLAMATION)
    index = np.searchsorted(bounds[:, 0], where, side="right") - 1
    flagged = np.zeros(count + 1, dtype=bool)
    flagged[index[(index >= 0) & (where < bounds[np.maximum(index, 0), 1])]] = True
    out[column["sentence_exclamation"]] = flagged[groups]
    out[column["heading"]] = np.array([s.heading for s in document.sentences] + [False])[groups]
    size = np.bincount(groups, minlength=count + 1).astype(float)
    others = np.maximum(size[groups] - 1, 1)
    for name, flag in (("sentence_loaded_share", words.flags[:, 0]), ("sentence_lexicon_share", words.flags[:, 1])):
        total = np.bincount(groups, weights=flag, minlength=count + 1)
        out[column[name]] = (total[groups] - flag) / others


def _quotes(document: Document, tokens: DocTokens) -> tuple[np.ndarray, np.ndarray]:
    """Whether each token stands in a quotation, and whether that quotation is a scare quote (≤ 3 words)."""
    n = len(tokens.words)
    quotes = sorted((q.start, q.end) for q in document.quotes)
    if not quotes:
        return np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    starts = np.array([s for s, _ in quotes])
    ends = np.array([e for _, e in quotes])
    index = np.searchsorted(starts, tokens.starts, side="right") - 1
    inside = (index >= 0) & (tokens.ends <= ends[np.maximum(index, 0)])
    size = np.bincount(index[inside], minlength=len(quotes))
    return inside, inside & (size[np.maximum(index, 0)] <= _SCARE_MAX_WORDS)


def _rows(columns: Sequence[tuple[int, ...]], width: int) -> sparse.csr_matrix:
    """Binary rows, plus an all-zero last row for "no word"."""
    lengths = np.fromiter(map(len, columns), dtype=np.int64, count=len(columns))
    indptr = np.concatenate(([0], np.cumsum(lengths), [lengths.sum()]))
    indices = np.fromiter((c for row in columns for c in row), dtype=np.int32, count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(columns) + 1, width))


def design_matrix(document: Document, config: FeatureConfig) -> sparse.csr_matrix:
    """Tokens x ``config.n_features``: the hashed type block of each offset, the context features, the static
    vectors."""
    tokens = doc_tokens(document)
    words, distinct = doc_words(tokens, config)
    rows = [type_row(w, config) for w in distinct]
    own = _rows([r.own for r in rows], 1 << config.bits)
    neighbour = _rows([r.neighbour for r in rows], 1 << config.bits)
    blocks = [
        (own if offset == 0 else neighbour)[neighbour_ids(tokens, words.ids, offset, words.missing)]
        for offset in config.offsets
    ]
    blocks.append(sparse.csr_matrix(context_matrix(document, tokens, words)))
    if config.static_dims:  # the static vectors of the word before, the word and the word after
        table = np.vstack([static_vectors()(distinct), np.zeros((1, config.static_dims))]) * config.static_scale
        for offset in STATIC_OFFSETS:
            blocks.append(sparse.csr_matrix(table[neighbour_ids(tokens, words.ids, offset, words.missing)]))
    return sparse.hstack(blocks, format="csr")
