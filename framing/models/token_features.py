"""Features of every word of a document, for the loaded-wording model (no fitting here, no data).

A word's features are of two kinds:

- **type features**, which depend on the word's spelling only: its lower-cased
  identity, its last three and four letters, its shape (Capitalised, ALL CAPS,
  digits), its length, whether it is a stop word, and its membership (by
  lexicon and category) in framing's shipped lexicons. Each is hashed (CRC-32)
  into ``2**bits`` columns. The same type features of the two words before and
  the two after are used too, each offset in its own block of columns.
- **context features**, which depend on where the word stands: inside a
  quotation, in scare quotes, before "!" or "?", at a sentence start, in a
  heading, and the share of the sentence's words that framing's lexicons know.

Because type features depend on the spelling only, a word's contribution at each
offset is computed once per distinct word of a document (one sparse product),
and the score of every token is a sum of shifted gathers: no loop over tokens.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

import numpy as np
from scipy import sparse

from ..lexicon import load_lexicon
from ..records import Document
from ..segment import STOPWORDS

__all__ = [
    "OFFSETS",
    "CONTEXT_FEATURES",
    "TYPE_LEXICONS",
    "DocTokens",
    "doc_tokens",
    "type_features",
    "FeatureConfig",
    "TypeTable",
    "type_table",
    "neighbour_ids",
    "context_matrix",
    "design_matrix",
    "linear_scores",
]

OFFSETS = (-2, -1, 0, 1, 2)
TYPE_LEXICONS = ("loaded", "report_verbs", "hedges", "boosters", "editorial", "vague_sources")
CONTEXT_FEATURES = (
    "in_quote",
    "scare_quote",
    "before_exclamation",
    "before_question",
    "sentence_exclamation",
    "sentence_question",
    "sentence_start",
    "capitalised_inside",
    "all_caps",
    "heading",
    "sentence_loaded_share",
    "sentence_lexicon_share",
    "sentence_words_log",
)
_SPLIT = re.compile(r"(\w+(?:[-‐‑'’]\w+)*)")
_FOLD = str.maketrans({"’": "'", "‐": "-", "‑": "-"})
_QUOTE_CHARS = frozenset("\"'“”‘’«»")
_SCARE_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class DocTokens:
    """The words of a document's cleaned text, with what the features need."""

    words: tuple[str, ...]  # as written
    starts: np.ndarray  # cleaned offsets
    ends: np.ndarray
    sentence: np.ndarray  # index of each word's sentence (-1 outside every sentence)


def doc_tokens(document: Document) -> DocTokens:
    """The words of ``document`` (computed once per document)."""
    return document.cached(("models", "tokens"), lambda: _tokens(document))


def _tokens(document: Document) -> DocTokens:
    parts = _SPLIT.split(document.text)
    offsets = np.fromiter(accumulate(map(len, parts[:-1])), dtype=np.int64, count=len(parts) - 1)
    starts, ends = offsets[0::2], offsets[1::2]
    sentence_starts = np.array([s.start for s in document.sentences], dtype=np.int64)
    sentence_ends = np.array([s.end for s in document.sentences], dtype=np.int64)
    index = np.searchsorted(sentence_starts, starts, side="right") - 1
    inside = (index >= 0) & (ends <= sentence_ends[np.maximum(index, 0)]) if len(sentence_starts) else index < -1
    return DocTokens(tuple(parts[1::2]), starts, ends, np.where(inside, index, -1))


@cache
def _lexicon_index() -> dict[str, tuple[str, ...]]:
    """Single-word terms of the shipped lexicons -> their type features ("lex=loaded:emotive", …)."""
    index: dict[str, list[str]] = {}
    for name in TYPE_LEXICONS:
        for entry in load_lexicon(name).entries:
            term = entry.term.translate(_FOLD).lower()
            if " " in term:
                continue
            strength = "strong" if entry.weight >= 0.75 else "mild" if entry.weight > 0 else "none"
            index.setdefault(term, []).extend(
                (f"lex={name}", f"lex={name}:{entry.category}", f"lex={name}:{strength}")
            )
    return {term: tuple(features) for term, features in index.items()}


def _shape(word: str) -> str:
    if word.isdigit():
        return "digits"
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "capitalised"
    return "lower"


@lru_cache(maxsize=2**17)
def type_features(word: str) -> tuple[str, ...]:
    """The named type features of one word as written."""
    lower = word.translate(_FOLD).lower()
    features = [f"w={lower}", f"shape={_shape(word)}", f"len={min(len(lower), 15) // 3}"]
    if len(lower) >= 5:
        features.append(f"s3={lower[-3:]}")
    if len(lower) >= 6:
        features.append(f"s4={lower[-4:]}")
    if lower in STOPWORDS:
        features.append("stop")
    if "-" in lower:
        features.append("hyphenated")
    features.extend(_lexicon_index().get(lower, ()))
    return tuple(features)


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How a model's columns are laid out: hashed type features of each offset, then the context features."""

    bits: int = 16
    offsets: tuple[int, ...] = OFFSETS
    neighbour_prefixes: tuple[str, ...] = ("w=", "shape=", "len=", "s3=", "s4=", "stop", "hyphenated", "lex=")

    @property
    def width(self) -> int:
        return len(self.offsets) << self.bits

    @property
    def n_features(self) -> int:
        return self.width + len(CONTEXT_FEATURES)


@dataclass(frozen=True, slots=True)
class _TypeRow:
    own: tuple[int, ...]  # hashed columns of the word's type features
    neighbour: tuple[int, ...]  # the subset used when the word is a neighbour
    loaded: bool  # the loaded lexicon knows it
    known: bool  # some lexicon knows it
    capitalised: bool
    upper: bool


@lru_cache(maxsize=2**17)
def _type_row(word: str, bits: int, neighbour_prefixes: tuple[str, ...]) -> _TypeRow:
    features = type_features(word)
    mask = (1 << bits) - 1
    own = tuple(sorted({zlib.crc32(f.encode("utf-8")) & mask for f in features}))
    neighbour = tuple(
        sorted({zlib.crc32(f.encode("utf-8")) & mask for f in features if f.startswith(neighbour_prefixes)})
    )
    shape = _shape(word)
    return _TypeRow(
        own,
        neighbour,
        "lex=loaded" in features,
        any(f.startswith("lex=") for f in features),
        shape == "capitalised",
        shape == "upper",
    )


@dataclass(frozen=True, slots=True)
class TypeTable:
    """The distinct words of a document as two sparse matrices (own and neighbour features), and per-token ids."""

    own: sparse.csr_matrix  # distinct words x 2**bits, plus an all-zero last row for "no word"
    neighbour: sparse.csr_matrix
    ids: np.ndarray  # each token's row
    flags: np.ndarray  # tokens x 4: loaded, known, capitalised, upper


def _csr(rows: list[tuple[int, ...]], width: int) -> sparse.csr_matrix:
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    indptr = np.concatenate(([0], np.cumsum(lengths), [lengths.sum()]))
    indices = np.fromiter((c for row in rows for c in row), dtype=np.int32, count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows) + 1, width))


def type_table(tokens: DocTokens, config: FeatureConfig) -> TypeTable:
    """The type features of a document's words, once per distinct word."""
    distinct: dict[str, int] = {}
    ids = np.fromiter((distinct.setdefault(w, len(distinct)) for w in tokens.words), dtype=np.int64,
                      count=len(tokens.words))
    rows = [_type_row(w, config.bits, config.neighbour_prefixes) for w in distinct]
    flags = np.array([(r.loaded, r.known, r.capitalised, r.upper) for r in rows], dtype=bool).reshape(-1, 4)
    width = 1 << config.bits
    return TypeTable(_csr([r.own for r in rows], width), _csr([r.neighbour for r in rows], width), ids, flags[ids])


def neighbour_ids(tokens: DocTokens, ids: np.ndarray, offset: int, missing: int) -> np.ndarray:
    """Row ids of the word ``offset`` places away in the same sentence; ``missing`` where there is none."""
    n = len(ids)
    if offset == 0:
        return ids
    positions = np.arange(n) + offset
    valid = (positions >= 0) & (positions < n)
    clipped = np.clip(positions, 0, max(n - 1, 0))
    valid &= tokens.sentence[clipped] == tokens.sentence
    return np.where(valid, ids[clipped], missing)


def context_matrix(document: Document, tokens: DocTokens, flags: np.ndarray) -> np.ndarray:
    """Tokens x CONTEXT_FEATURES, as floats."""
    n = len(tokens.words)
    out = np.zeros((n, len(CONTEXT_FEATURES)))
    if n == 0:
        return out
    text = document.text
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    column = {name: k for k, name in enumerate(CONTEXT_FEATURES)}
    quote_of, scare = _quotes(document, tokens)
    out[:, column["in_quote"]] = quote_of >= 0
    out[:, column["scare_quote"]] = scare
    after = codes[np.minimum(tokens.ends, len(codes) - 1)]
    out[:, column["before_exclamation"]] = (after == ord("!")) & (tokens.ends < len(codes))
    out[:, column["before_question"]] = (after == ord("?")) & (tokens.ends < len(codes))
    sentence = tokens.sentence
    first = np.ones(n, dtype=bool)
    first[1:] = sentence[1:] != sentence[:-1]
    out[:, column["sentence_start"]] = first
    out[:, column["capitalised_inside"]] = flags[:, 2] & ~first
    out[:, column["all_caps"]] = flags[:, 3]
    if document.sentences:
        bang = np.array([("!" in document.sentence_text(s.index)) for s in document.sentences] + [False])
        ask = np.array([("?" in document.sentence_text(s.index)) for s in document.sentences] + [False])
        heading = np.array([s.heading for s in document.sentences] + [False])
        out[:, column["sentence_exclamation"]] = bang[sentence]
        out[:, column["sentence_question"]] = ask[sentence]
        out[:, column["heading"]] = heading[sentence]
        groups = np.where(sentence >= 0, sentence, len(document.sentences))
        size = np.bincount(groups, minlength=len(document.sentences) + 1).astype(float)
        for name, flag in (("sentence_loaded_share", flags[:, 0]), ("sentence_lexicon_share", flags[:, 1])):
            total = np.bincount(groups, weights=flag.astype(float), minlength=len(size))
            others = np.maximum(size[groups] - 1, 1)
            out[:, column[name]] = (total[groups] - flag) / others
        out[:, column["sentence_words_log"]] = np.log1p(size[groups])
    return out


def _quotes(document: Document, tokens: DocTokens) -> tuple[np.ndarray, np.ndarray]:
    """Index of the quotation holding each token (-1 for none), and whether that quotation is a scare quote."""
    n = len(tokens.words)
    quotes = sorted((q.start, q.end) for q in document.quotes)
    if not quotes:
        return np.full(n, -1), np.zeros(n, dtype=bool)
    starts = np.array([s for s, _ in quotes])
    ends = np.array([e for _, e in quotes])
    index = np.searchsorted(starts, tokens.starts, side="right") - 1
    inside = (index >= 0) & (tokens.ends <= ends[np.maximum(index, 0)])
    index = np.where(inside, index, -1)
    words_in = np.bincount(index[inside], minlength=len(quotes))
    scare = inside & (words_in[np.maximum(index, 0)] <= _SCARE_MAX_WORDS)
    return index, scare


def design_matrix(document: Document, config: FeatureConfig) -> sparse.csr_matrix:
    """Tokens x ``config.n_features``: the hashed type blocks of each offset, then the context features."""
    tokens = doc_tokens(document)
    table = type_table(tokens, config)
    missing = table.own.shape[0] - 1
    blocks = []
    for offset in config.offsets:
        source = table.own if offset == 0 else table.neighbour
        blocks.append(source[neighbour_ids(tokens, table.ids, offset, missing)])
    blocks.append(sparse.csr_matrix(context_matrix(document, tokens, table.flags)))
    return sparse.hstack(blocks, format="csr")


def linear_scores(document: Document, config: FeatureConfig, weights: np.ndarray, intercept: float) -> np.ndarray:
    """Each token's linear score ``x · weights + intercept`` without building the design matrix.

    ``weights`` has ``config.n_features`` entries, laid out as :func:`design_matrix`'s columns.
    """
    tokens = doc_tokens(document)
    if not tokens.words:
        return np.zeros(0)
    table = type_table(tokens, config)
    missing = table.own.shape[0] - 1
    width = 1 << config.bits
    blocks = weights[: config.width].reshape(len(config.offsets), width).T  # 2**bits x offsets
    own, neighbour = table.own @ blocks, table.neighbour @ blocks
    score = np.full(len(tokens.words), intercept)
    for k, offset in enumerate(config.offsets):
        source = own if offset == 0 else neighbour
        score += source[neighbour_ids(tokens, table.ids, offset, missing), k]
    score += context_matrix(document, tokens, table.flags) @ weights[config.width :]
    return score
