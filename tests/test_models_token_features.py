"""The loaded-wording model's features: type features, tokens, context, and the design matrix."""

from __future__ import annotations

import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.models.loaded import LoadedWordModel
from framing.models.token_features import (
    CONTEXT_FEATURES,
    FeatureConfig,
    context_matrix,
    design_matrix,
    doc_tokens,
    doc_words,
    neighbour_ids,
    type_features,
    type_pairs,
    type_row,
)
from framing.prepare import prepare
from framing.records import Version

SMALL = FeatureConfig(bits=10)
SMALL_STATIC = FeatureConfig(bits=10, static_dims=64)  # with the shipped static vectors' columns


def _doc(text: str):
    return prepare(Version(id="t", raw=text))


def test_type_features_of_a_loaded_word() -> None:
    features = type_features("disgraceful")
    assert {"w=disgraceful", "stem=disgraceful", "len=3", "g=<di", "g=ful>", "g=grace"} <= set(features)
    assert {"lex=loaded", "lex=loaded:evaluative", "lex=loaded:strong"} <= set(features)
    assert "stop" not in features


def test_type_features_stem_stop_and_digits() -> None:
    assert "stem=smear" in type_features("smearing")
    assert "stop" in type_features("the") and not any(f.startswith("g=") for f in type_features("the"))
    assert "digits" in type_features("2025")
    assert type_features("Smear’s") == type_features("smear's")  # case and apostrophes folded


def test_type_row_hashes_into_the_configured_width() -> None:
    row = type_row("disgraceful", SMALL)
    assert row.loaded and row.known and not row.stop
    assert all(0 <= c < 2**SMALL.bits for c in row.own) and set(row.neighbour) <= set(row.own)


def test_doc_tokens_words_case_and_sentences() -> None:
    tokens = doc_tokens(_doc("The plan is a DISASTER. Then Smith left."))
    assert list(tokens.words) == ["the", "plan", "is", "a", "disaster", "then", "smith", "left"]
    assert tokens.capitalised.tolist() == [True, False, False, False, True, True, True, False]
    assert tokens.upper.tolist() == [False, False, False, False, True, False, False, False]
    assert tokens.sentence.tolist() == [0, 0, 0, 0, 0, 1, 1, 1]
    assert tokens.first.tolist() == [True, False, False, False, False, True, False, False]


def test_neighbours_stay_in_their_sentence() -> None:
    tokens = doc_tokens(_doc("One two. Three four."))
    ids = np.arange(4)
    assert neighbour_ids(tokens, ids, 1, -1).tolist() == [1, -1, 3, -1]
    assert neighbour_ids(tokens, ids, -2, -1).tolist() == [-1, -1, -1, -1]


def test_context_features_of_a_hand_written_text() -> None:
    doc = _doc('He called the plan a "scam" and a DISASTER! Then Mr Smith left.')
    tokens = doc_tokens(doc)
    context = context_matrix(doc, tokens, doc_words(tokens, SMALL)[0])
    column = {name: context[:, k].tolist() for k, name in enumerate(CONTEXT_FEATURES)}
    words = list(tokens.words)
    assert words[5] == "scam" and column["scare_quote"][5] == 1 and column["in_quote"][5] == 1
    assert sum(column["in_quote"]) == 1
    assert column["before_exclamation"][words.index("disaster")] == 1
    assert column["all_caps"][words.index("disaster")] == 1
    assert column["sentence_exclamation"] == [1.0] * 9 + [0.0] * 4
    assert column["capitalised_inside"][words.index("smith")] == 1
    assert column["next_capitalised_inside"][words.index("then")] == 1  # "Mr", capitalised inside the sentence
    assert column["previous_capitalised_inside"][words.index("smith")] == 1
    assert column["punctuation_after"][words.index("plan")] == 0 and column["punctuation_after"][4] == 1
    assert column["sentence_start"][words.index("then")] == 1


@pytest.mark.parametrize("config", [SMALL, SMALL_STATIC])
def test_empty_text_has_no_rows(config: FeatureConfig) -> None:
    doc = _doc("")
    assert design_matrix(doc, config).shape == (0, config.n_features)


@pytest.mark.parametrize("config", [SMALL, SMALL_STATIC])
@pytest.mark.parametrize(
    "text",
    ["He said \"this is a DISGRACEFUL, shameful betrayal!\" and left. Then 'what' happened?", "One.", "A b. C d e"],
)
def test_fast_scores_equal_the_design_matrix(text: str, config: FeatureConfig) -> None:
    doc = _doc(text)
    weights = np.random.default_rng(0).normal(size=config.n_features)
    model = LoadedWordModel(config, weights, 0.3, (1.0, 0.0), 0.5, 0.2)
    assert np.allclose(design_matrix(doc, config) @ weights + 0.3, model.scores(doc))


def _rows_from_pairs(pairs, count):
    own = [[] for _ in range(count)]
    neighbour = [[] for _ in range(count)]
    for word, column in zip(pairs.own_words.tolist(), pairs.own_columns.tolist(), strict=True):
        own[word].append(column)
    for word, column in zip(pairs.neighbour_words.tolist(), pairs.neighbour_columns.tolist(), strict=True):
        neighbour[word].append(column)
    return own, neighbour


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcxyzé-'’AB09ñ", max_size=12), max_size=8))
def test_type_pairs_give_the_columns_of_type_row(words):
    config = FeatureConfig(bits=12)
    pairs = type_pairs(words, config)
    own, neighbour = _rows_from_pairs(pairs, len(words))
    for k, word in enumerate(words):
        row = type_row(word, config)
        assert tuple(own[k]) == row.own
        assert tuple(neighbour[k]) == row.neighbour
        assert tuple(pairs.flags[k]) == (row.loaded, row.known, row.stop)


def test_type_pairs_hash_letter_ngrams_as_zlib_does():
    config = FeatureConfig(bits=18)
    pairs = type_pairs(["staggering", "banana"], config)  # "banana" repeats "ana": one column, counted once
    expected = {zlib.crc32(f"g={gram}".encode()) & ((1 << 18) - 1) for gram in ("<st", "ing>", "gger", "<sta")}
    assert expected <= set(pairs.own_columns[pairs.own_words == 0].tolist())
    banana = pairs.own_columns[pairs.own_words == 1].tolist()
    assert len(banana) == len(set(banana))
