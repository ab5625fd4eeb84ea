"""What a document's sentences mean: their embeddings, made once per document in the prepare stage.

The embeddings come from the static sentence model of :mod:`framing.models.sentences`
(numpy only). :func:`sentence_pieces` is called by :func:`framing.prepare.prepare`, which
keeps the result as the document's ``pieces`` and ``embeddings``; every stage that compares
meaning — the aligner's second signal, the meaning terms of the divergence, the headline
comparison — reads them from the document, so a document is embedded once whatever asks.
Nothing here remembers anything per document: a matrix of cosines between two documents
is one product of their embeddings, made by whoever needs it (the aligner once per version).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models.sentences import cosine_matrix, sentence_encoder
from .records import Document, Sentence

__all__ = ["sentence_pieces", "sentence_embeddings", "document_embedding", "semantic_matrix", "text_embedding"]


def sentence_pieces(text: str, sentences: Sequence[Sentence]) -> tuple[tuple[tuple[int, ...], ...], np.ndarray]:
    """The word-piece rows of each sentence of ``text``, and the sentences' embeddings (unit length)."""
    encoder = sentence_encoder()
    pieces = tuple(tuple(encoder.rows(text[s.start : s.end])) for s in sentences)
    return pieces, encoder.embed_rows(pieces)


def sentence_embeddings(document: Document) -> np.ndarray:
    """Sentences x dims, unit length (zeros for a sentence with no word piece)."""
    if document.embeddings is not None and len(document.embeddings) == len(document.sentences):
        return document.embeddings
    return sentence_pieces(document.text, document.sentences)[1]  # a document made by hand, without them


def _pieces(document: Document) -> tuple[tuple[int, ...], ...]:
    if len(document.pieces) == len(document.sentences):
        return document.pieces
    return sentence_pieces(document.text, document.sentences)[0]


def document_embedding(document: Document, *, body_only: bool = False) -> np.ndarray:
    """The whole text's embedding: the mean of all its word pieces (headings left out with ``body_only``)."""
    chosen = [r for s, r in zip(document.sentences, _pieces(document), strict=True) if not (body_only and s.heading)]
    return sentence_encoder().embed_rows([[p for r in chosen for p in r]])[0]


def body_pieces(document: Document) -> list[int]:
    """The word-piece rows of the document's sentences other than headings, in order."""
    return [p for s, r in zip(document.sentences, _pieces(document), strict=True) if not s.heading for p in r]


def text_embedding(text: str) -> np.ndarray:
    """One text's embedding (a title, say)."""
    return sentence_encoder().encode([text])[0]


def semantic_matrix(version: Document, baseline: Document) -> np.ndarray:
    """Version sentences x baseline sentences: the cosine of their embeddings."""
    return cosine_matrix(sentence_embeddings(version), sentence_embeddings(baseline))
