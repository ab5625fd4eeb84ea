"""What the corpus stages need of each article, computed once per article in a worker.

* a MinHash signature of its word 5-shingles (near-duplicates and reprints);
* hashed term counts of its title and text (tf-idf, once the document frequencies of the pile are known);
* a meaning vector: the mean static word-piece vector of its content words (``framing.models.static``);
* the wire credit its text carries (a wire dateline or copyright line), with the words that say so.

Everything here is a pure function of the article: the same article gives the same
numbers in any process, so the output does not depend on how the work was split.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy as np
import scipy.sparse as sp

__all__ = [
    "NUM_PERM",
    "N_FEATURES",
    "SHINGLE",
    "words",
    "signature",
    "term_counts",
    "meaning",
    "wire_credit",
    "is_wire_outlet",
]

NUM_PERM = 64  # MinHash permutations: Jaccard estimated to about ±0.06 (1/sqrt(64)/2)
SCHEME = "affine32"  # datasketch 2 hashing scheme: named, so that signatures stay comparable
SHINGLE = 5  # words per shingle: long enough that shared phrases, not shared words, make a copy
N_FEATURES = 2**20  # hashed vocabulary; collisions are rare at a news vocabulary's size
_MEANING_WORDS = 300  # content words of the title and lead that make the meaning vector
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_WIRE_OUTLET = re.compile(r"^(?:the )?(?:associated press|ap|ap news|reuters|agence france[- ]presse|afp)\b", re.I)
_CREDITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Associated Press", re.compile(r"\(AP\)\s*[-—–]|(?:©|copyright)[^\n]{0,40}Associated Press", re.I)),
    (
        "Reuters",
        re.compile(r"\(Reuters\)\s*[-—–]|(?:©|copyright)[^\n]{0,40}Reuters|^\s*\(?Reporting by\b", re.I | re.M),
    ),
    ("Agence France-Presse", re.compile(r"\(AFP\)\s*[-—–]|(?:©|copyright)[^\n]{0,40}(?:AFP|Agence France)", re.I)),
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, with an apostrophe suffix kept)."""
    return _WORD.findall(text.lower())


@cache
def _minhash_template() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def signature(tokens: list[str]) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64) of the word ``SHINGLE``-shingles of ``tokens``."""
    from datasketch import MinHash

    template = _minhash_template()
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=SCHEME)
    if len(tokens) < SHINGLE:
        shingles = [" ".join(tokens)]
    else:
        shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


@cache
def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        stop_words="english",
        token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b",
    )


def term_counts(titles: list[str | None], texts: list[str]) -> sp.csr_matrix:
    """Hashed term counts (documents x ``N_FEATURES``) of title (counted twice) and text, stop words left out.

    The title counts twice because it names the event in few words (B-cubed F1 of grouping on the
    AllSides pages 0.903 -> 0.908; docs/benchmarks.md).
    """
    documents = [f"{title or ''}\n{title or ''}\n{text}" for title, text in zip(titles, texts, strict=True)]
    return sp.csr_matrix(_vectorizer().transform(documents), dtype=np.float32)


@cache
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


class _WordVectors:
    """Static vectors of whole words, remembered per process (a word's pieces are looked up once)."""

    def __init__(self, limit: int = 200_000) -> None:
        from ..models.static import static_vectors

        self._table = static_vectors()
        self._known: dict[str, np.ndarray] = {}
        self._limit = limit

    def mean(self, tokens: list[str]) -> np.ndarray:
        new = [w for w in dict.fromkeys(tokens) if w not in self._known]
        if new:
            if len(self._known) + len(new) > self._limit:
                self._known.clear()  # bounded memory; what was cleared is recomputed identically
            for word, vector in zip(new, self._table(new), strict=True):
                self._known[word] = vector.astype(np.float32)
        if not tokens:
            return np.zeros(self._table.dims, dtype=np.float32)
        return np.mean([self._known[w] for w in tokens], axis=0).astype(np.float32)


@cache
def _word_vectors() -> _WordVectors:
    return _WordVectors()


def meaning(title: str | None, tokens: list[str]) -> np.ndarray:
    """Mean static vector of the content words of the title and the lead (64 numbers)."""
    stop = _stop_words()
    content = [w for w in words(title or "") + tokens if w not in stop and not w.isdigit()][:_MEANING_WORDS]
    return _word_vectors().mean(content)


def wire_credit(text: str) -> tuple[str | None, str | None]:
    """The wire agency the text credits (dateline or copyright line) and the words that say so."""
    lowered = text.lower()
    for agency, pattern in _CREDITS:
        if agency.split()[0].lower() not in lowered and "(ap)" not in lowered and "(afp)" not in lowered:
            continue
        match = pattern.search(text)
        if match:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            return agency, " ".join(line.split())[:120]
    return None, None


def is_wire_outlet(outlet: str | None) -> bool:
    """Whether the outlet is a wire agency (Associated Press, Reuters, AFP)."""
    return bool(outlet and _WIRE_OUTLET.match(outlet.strip()))
