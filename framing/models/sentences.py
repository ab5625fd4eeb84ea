"""Sentence embeddings on CPU with numpy alone: what a sentence means, in 256 numbers.

A static model distilled from the all-MiniLM-L6-v2 sentence encoder (Apache-2.0) in the
manner of model2vec: every BERT word piece has one vector (the encoder's pooled output for
the piece alone, reduced by PCA and weighted down when frequent); a sentence's embedding is
the mean of its pieces' vectors, unit-normalised. ``benchmarks/build_sentence_vectors.py``
builds ``sentence_vectors.npz`` and the file carries its provenance, licence and recipe
(``sentence_encoder().metadata``). The pieces are found as BERT's uncased tokenizer finds
them (:func:`framing.models.static.word_pieces`). Two sentences that say the same thing in
other words ("stepped up its ties with Japan, South Korea, Australia and New Zealand" and
"the IP4 partnership model") have a cosine well above two that do not.

No encoder runs here: a table lookup and a mean, about 20,000 sentences a second.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib.resources import as_file, files
from typing import Any

import numpy as np

from .static import word_pieces

__all__ = ["SENTENCE_FILE", "SentenceEncoder", "sentence_encoder", "cosine_matrix"]

SENTENCE_FILE = "sentence_vectors.npz"
_CACHE_LIMIT = 200_000  # distinct words remembered with their pieces; past it the memo starts afresh


class SentenceEncoder:
    """The piece table of the distilled model, and the embedding of a text."""

    def __init__(
        self, pieces: Sequence[str], vectors: np.ndarray, metadata: dict[str, Any], idf: np.ndarray | None = None
    ) -> None:
        self.index = {piece: row for row, piece in enumerate(pieces)}
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        #: each piece's inverse document frequency, log((1 + N) / (1 + df)) + 1 over the build corpus's articles
        self.idf = np.ones(len(pieces)) if idf is None else np.asarray(idf, dtype=np.float64)
        self.dims = int(vectors.shape[1])
        self.metadata = metadata
        self._rows: dict[str, tuple[int, ...]] = {}

    def rows(self, text: str) -> list[int]:
        """The table rows of the word pieces of ``text``, in order."""
        memo, out = self._rows, list[int]()
        for token in text.split():
            found = memo.get(token)
            if found is None:
                if len(memo) >= _CACHE_LIMIT:
                    memo.clear()
                found = memo[token] = tuple(self.index[p] for p in word_pieces(token, self.index) if p in self.index)
            out.extend(found)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Texts x dims: each text's mean piece vector, unit length (a row of zeros for a text with no piece)."""
        if isinstance(texts, str):
            raise TypeError("SentenceEncoder.encode takes a list of texts; got one string: write [text].")
        row_lists = [self.rows(text) for text in texts]
        return self.embed_rows(row_lists)

    def embed_rows(self, row_lists: Sequence[Sequence[int]]) -> np.ndarray:
        """Like :meth:`encode`, from the piece rows of each text."""
        out = np.zeros((len(row_lists), self.dims), dtype=np.float32)
        lengths = np.fromiter((len(r) for r in row_lists), dtype=np.int64, count=len(row_lists))
        if lengths.sum() == 0:
            return out
        flat = np.fromiter((r for rows in row_lists for r in rows), dtype=np.int64, count=int(lengths.sum()))
        filled = lengths > 0
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        out[filled] = np.add.reduceat(self.vectors[flat], starts, axis=0)
        norms = np.linalg.norm(out, axis=1)
        out[norms > 0] /= norms[norms > 0, None]
        return out


def cosine_matrix(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Cosine of every pair of unit-length rows (0 where either row is zeros).

    ``einsum``'s own loop, not a BLAS product: the matrices are small (sentences x sentences), and a BLAS
    product starts threads that cost more CPU time than the product itself (twice the user time on the
    ABP set with two cores)."""
    return np.clip(np.einsum("id,jd->ij", left, right), -1.0, 1.0).astype(np.float64)


@cache
def sentence_encoder() -> SentenceEncoder:
    """The shipped model, read on first use."""
    with as_file(files("framing.models") / SENTENCE_FILE) as path, np.load(path, allow_pickle=False) as data:
        vectors = data["vectors"].astype(np.float32) * data["scale"].astype(np.float32)
        metadata = json.loads(str(data["metadata"]))
        return SentenceEncoder(str(data["pieces"]).split("\n"), vectors, metadata, data["idf"].astype(np.float64))
