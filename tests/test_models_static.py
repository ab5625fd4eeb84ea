"""The static word vectors (framing.models.static) and their place in the loaded-wording model."""

from __future__ import annotations

import numpy as np
import pytest

from framing.models.loaded import loaded_word_model
from framing.models.static import StaticVectors, static_vectors, word_pieces
from framing.models.token_features import STATIC_OFFSETS, FeatureConfig

# Checked against the Hugging Face tokenizer of all-MiniLM-L6-v2 (BertTokenizerFast, uncased): the same pieces
# for 8,739 distinct words of PTC articles and these edge cases.
PIECES = {
    "staggering": ["staggering"],
    "don't": ["don", "'", "t"],
    "café": ["cafe"],
    "crybullying": ["cry", "##bu", "##lly", "##ing"],
    "u.s.": ["u", ".", "s", "."],
    "well-known": ["well", "-", "known"],
    "☃": ["[UNK]"],
    "a" * 101: ["[UNK]"],
    "": [],
}


@pytest.mark.parametrize(("word", "pieces"), PIECES.items())
def test_word_pieces_as_berts_tokenizer_finds_them(word: str, pieces: list[str]) -> None:
    assert word_pieces(word, static_vectors().index) == pieces


def test_a_word_is_the_mean_of_its_pieces() -> None:
    table = StaticVectors(["[UNK]", "cry", "##ing", "x"], np.array([[9.0, 9.0], [1.0, 3.0], [3.0, 5.0], [0, 1]]), {})
    got = table(["crying", "", "zzz", "cry"])
    np.testing.assert_allclose(got, [[2.0, 4.0], [0.0, 0.0], [9.0, 9.0], [1.0, 3.0]])


def cosine(a: str, b: str) -> float:
    u, v = static_vectors()([a, b])
    return float(u @ v / np.linalg.norm(u) / np.linalg.norm(v))


def test_the_shipped_vectors_put_words_of_like_meaning_together() -> None:
    vectors = static_vectors()
    assert vectors.dims == 64 and len(vectors.index) == 30522
    assert "Apache-2.0" in vectors.metadata["licence"] and "all-MiniLM-L6-v2" in vectors.metadata["source"]
    assert cosine("massive", "huge") > 0.6 > 0.1 > cosine("massive", "said")
    assert cosine("disastrous", "catastrophic") > 0.6 > 0.1 > cosine("disastrous", "table")


def test_the_shipped_model_uses_them_and_they_move_its_scores() -> None:
    model = loaded_word_model()
    assert model.config.static_dims == static_vectors().dims
    static = model.weights[-len(STATIC_OFFSETS) * model.config.static_dims :]
    assert np.count_nonzero(static) == static.size  # a dense block: every column has a weight
    assert np.abs(static).max() > 0.01


def test_a_model_fitted_without_them_has_no_such_columns() -> None:
    assert FeatureConfig().n_features + 3 * 64 == FeatureConfig(static_dims=64).n_features
