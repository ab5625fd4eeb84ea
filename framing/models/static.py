"""Static word vectors: what a word means, in 64 numbers, for the loaded-wording model.

The vectors come from the word pieces of the all-MiniLM-L6-v2 encoder (Apache-2.0),
each piece run through it on its own and reduced to 64 dimensions
(``benchmarks/build_static_vectors.py`` builds ``static_vectors.npz`` and documents
how). A word's vector is the mean of its pieces' vectors, the pieces found as BERT's
uncased tokenizer finds them: accents stripped, split at punctuation, then the longest
piece of the vocabulary first. No encoder runs here: numpy and a table of 30,522 rows.

With them, the loaded-wording model can score a word it never saw in training by what
it has learnt about words of similar meaning ("catastrophic" near "disastrous").
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Container, Sequence
from functools import cache
from importlib.resources import as_file, files
from typing import Any

import numpy as np

__all__ = ["STATIC_FILE", "StaticVectors", "static_vectors", "word_pieces"]

STATIC_FILE = "static_vectors.npz"
_MAX_WORD = 100  # BERT's limit: a longer word is one unknown piece
_UNKNOWN = "[UNK]"


class StaticVectors:
    """The piece table, and the mean vector of each word's pieces."""

    def __init__(self, pieces: Sequence[str], vectors: np.ndarray, metadata: dict[str, Any]) -> None:
        self.index = {piece: row for row, piece in enumerate(pieces)}
        self.vectors = vectors
        self.dims = int(vectors.shape[1])
        self.metadata = metadata

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        """Words x dims: each word's mean piece vector (zeros for a word with no piece, such as "")."""
        rows: list[int] = []
        owners: list[int] = []
        for number, word in enumerate(words):
            pieces = [self.index[p] for p in word_pieces(word, self.index)]
            rows += pieces
            owners += [number] * len(pieces)
        out = np.zeros((len(words), self.dims))
        if rows:
            np.add.at(out, np.asarray(owners), self.vectors[np.asarray(rows)])
            counts = np.bincount(np.asarray(owners), minlength=len(words))
            out /= np.maximum(counts, 1)[:, None]
        return out


def word_pieces(word: str, vocabulary: Container[str]) -> list[str]:
    """BERT's uncased word pieces of ``word`` (``[UNK]`` for a part no piece spells)."""
    pieces: list[str] = []
    for token in _basic_tokens(word):
        if len(token) > _MAX_WORD:
            pieces.append(_UNKNOWN)
            continue
        found: list[str] = []
        start = 0
        while start < len(token):
            end = len(token)
            while end > start:
                piece = token[start:end] if start == 0 else "##" + token[start:end]
                if piece in vocabulary:
                    break
                end -= 1
            else:
                found = [_UNKNOWN]
                break
            found.append(piece)
            start = end
        pieces += found
    return pieces


def _basic_tokens(word: str) -> list[str]:
    """Lower case, accents stripped, split at white space and punctuation (BERT's basic tokenizer)."""
    text = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
    tokens: list[str] = []
    current = ""
    for char in text:
        if char.isspace():
            tokens, current = tokens + ([current] if current else []), ""
        elif _is_punctuation(char):
            tokens += ([current] if current else []) + [char]
            current = ""
        else:
            current += char
    return tokens + ([current] if current else [])


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


@cache
def static_vectors() -> StaticVectors:
    """The shipped vectors, read on first use."""
    with as_file(files("framing.models") / STATIC_FILE) as path, np.load(path, allow_pickle=False) as data:
        vectors = data["vectors"].astype(np.float64) * data["scale"].astype(np.float64)
        return StaticVectors(str(data["pieces"]).split("\n"), vectors, json.loads(str(data["metadata"])))
