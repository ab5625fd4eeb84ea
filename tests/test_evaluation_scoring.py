"""The evaluators on the fixtures: exact values with controlled predictions, NaN when an extractor is absent."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from framing.evaluation import predict
from framing.evaluation.babe import evaluate_babe, read_babe
from framing.evaluation.basil import evaluate_basil, read_basil
from framing.evaluation.polnear import evaluate_polnear, read_polnear
from framing.evaluation.ptc import evaluate_spans, read_ptc
from framing.evaluation.ranking import evaluate_ranking, read_ranking
from framing.evaluation.sentence_model import (
    FEATURES,
    SentenceModel,
    best_threshold,
    cross_validated_probabilities,
    fit_model,
    sentence_features,
)

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
SENTENCES = [
    "The radical senator rammed through a disastrous, shameful scheme that betrays every hard-working family.",
    "The committee met on Tuesday to discuss the budget.",
]
LEXICON = frozenset({"corrupt", "brutal", "shameful", "disastrous", "reckless", "outrageous", "radical scheme"})


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    predict.text_findings.cache_clear()
    predict.extractor.cache_clear()
    yield
    predict.text_findings.cache_clear()
    predict.extractor.cache_clear()


@pytest.fixture
def no_extractors(fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(predict, "extractor", lambda name: None)


def _ptc() -> list:
    return read_ptc(FIXTURES / "ptc" / "articles", FIXTURES / "ptc" / "labels.tsv")


def test_spans_with_controlled_predictions(monkeypatch: pytest.MonkeyPatch) -> None:
    # 'corrupt' in article 1001 and 'Voters' in 1002: 1 of 2 predicted tokens right; 1 of 6 gold tokens found.
    fake = {"The corrupt": [(4, 11)], "Voters were": [(0, 6)]}
    monkeypatch.setattr("framing.evaluation.ptc.loaded_spans", lambda text, quotes: fake[text[:11]])
    scores = evaluate_spans(_ptc(), lexicon=LEXICON)
    assert scores["token_precision"] == 0.5
    assert scores["token_recall"] == pytest.approx(1 / 6)
    assert scores["token_f1"] == pytest.approx(0.25)
    assert scores["span_recall"] == pytest.approx(1 / 3)
    # the lexicon finds corrupt, brutal, shameful: 3 of 6 gold tokens, all right, touching all 3 spans
    assert scores["lexicon_token_precision"] == 1.0 and scores["lexicon_token_recall"] == 0.5
    assert scores["lexicon_span_recall"] == 1.0
    assert scores["gold_spans"] == 3.0


def test_spans_other_techniques(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("framing.evaluation.ptc.loaded_spans", lambda text, quotes: [])
    scores = evaluate_spans(_ptc(), techniques=["Doubt"])
    assert scores["gold_spans"] == 1.0 and scores["token_recall"] == 0.0 and math.isnan(scores["token_precision"])


def test_spans_without_the_loaded_word_extractor(no_extractors: None) -> None:
    scores = evaluate_spans(_ptc(), lexicon=LEXICON)
    assert math.isnan(scores["token_f1"]) and math.isnan(scores["span_recall"])
    assert scores["missing_extractors"] == "loaded_word"
    assert scores["lexicon_token_recall"] == 0.5  # the naive baseline still runs


def test_babe_without_extractors(no_extractors: None) -> None:
    scores = evaluate_babe(read_babe(FIXTURES / "babe" / "babe.csv"), lexicon=LEXICON)
    assert scores["missing_extractors"] == "loaded_word"
    assert math.isnan(scores["words_token_f1"]) and math.isnan(scores["rule_macro_f1"])
    assert 0.0 <= scores["macro_f1"] <= 1.0  # the model still scores quotes and length
    assert scores["lexicon_macro_f1"] == 1.0  # the two biased sentences, and only they, hold a listed word
    assert scores["lexicon_words_token_precision"] == 1.0
    assert scores["lexicon_words_token_recall"] == pytest.approx(4 / 6)


def test_babe_model_decides_by_threshold() -> None:
    zeros = tuple(0.0 for _ in FEATURES)
    model = SentenceModel(FEATURES, zeros, tuple(1.0 for _ in FEATURES), (10.0,) + zeros[1:], 0.0, 0.6)
    # dense_weight 0.1 scales the named part: z = 0.1 * 10 * x; the n-gram weights are zero
    assert model.probabilities([{"loaded_word__outlet_count": 0.0}], ["a"])[0] == 0.5
    assert model.predict([{"loaded_word__outlet_count": 0.0}], ["a"]) == [False]
    assert model.predict([{"loaded_word__outlet_count": 1.0}], ["a"]) == [True]  # σ(1) = 0.73
    assert model.probabilities([{"loaded_word__outlet_count": math.nan}], ["a"])[0] == 0.5  # NaN counts as the mean


def test_shipped_model_matches_the_features() -> None:
    model = SentenceModel.load()
    assert model.features == FEATURES and len(model.coef) == len(FEATURES) and 0 < model.threshold < 1
    assert model.text_coef.shape == model.idf.shape and "BABE" in model.fitted_on


def test_babe_model_round_trip(tmp_path: Path) -> None:
    model = SentenceModel.load()
    model.save(tmp_path / "m.npz")
    again = SentenceModel.load(tmp_path / "m.npz")
    rows = [sentence_features(t) for t in SENTENCES]
    assert np.allclose(again.probabilities(rows, SENTENCES), model.probabilities(rows, SENTENCES), atol=1e-5)


def test_shipped_babe_model_ranks_a_slanted_sentence_above_a_plain_one() -> None:
    model = SentenceModel.load()
    probability = model.probabilities([sentence_features(t) for t in SENTENCES], SENTENCES)
    assert probability[0] > model.threshold > probability[1]


def test_fitting_and_grouped_folds_on_the_fixture() -> None:
    sentences = read_babe(FIXTURES / "babe" / "babe.csv")
    rows = [sentence_features(s.text) for s in sentences]
    texts, labels = [s.text for s in sentences], [s.biased for s in sentences]
    model = fit_model(rows, texts, labels, threshold=0.4)
    assert model.threshold == 0.4 and len(model.predict(rows, texts)) == len(sentences)
    assert cross_validated_probabilities(rows, texts, labels, [s.group for s in sentences]) is None  # one article
    out_of_fold = cross_validated_probabilities(rows, texts, labels)  # each sentence its own group: two folds
    assert out_of_fold is not None and out_of_fold.shape == (len(sentences),)
    assert best_threshold([0.2, 0.8, 0.6, 0.4], [False, True, True, False]) == 0.5


def test_basil_with_controlled_predictions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "framing.evaluation.basil.loaded_spans", lambda text, quotes: predict.lexicon_spans(text, LEXICON)
    )
    scores = evaluate_basil(read_basil(FIXTURES / "basil"))
    assert scores["lex_spans"] == 2.0
    assert scores["lex_token_precision"] == 1.0 and scores["lex_token_recall"] == pytest.approx(2 / 3)
    assert scores["lex_span_recall"] == 0.5
    assert scores["sentences"] == 9.0 and scores["inf_sentence_share"] == pytest.approx(1 / 9)
    # framing's aligner labels fox's and hpo's extra sentences (and nyt's 'Economists…') added
    assert scores["aligned_added_inf_recall"] == 1.0 and scores["aligned_added_inf_precision"] == pytest.approx(1 / 3)


def test_basil_without_extractors(no_extractors: None) -> None:
    scores = evaluate_basil(read_basil(FIXTURES / "basil"))
    assert scores["missing_extractors"] == "added_framing,loaded_word"
    assert math.isnan(scores["inf_any_f1"]) and math.isnan(scores["lex_token_f1"])
    assert scores["aligned_added_inf_recall"] == 1.0


def test_polnear_with_controlled_predictions(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(text: str) -> dict[str, list[tuple[int, int]]]:
        return {"source": [(0, 15), (60, 66)], "cue": [(16, 20)]}  # 'Mayor Ana Lopez', a wrong span; 'said'

    monkeypatch.setattr("framing.evaluation.polnear.attribution_spans", fake)
    scores = evaluate_polnear(read_polnear(FIXTURES / "polnear"))
    assert scores["source_span_precision"] == 0.5 and scores["source_span_recall"] == 0.5
    assert scores["source_span_f1"] == 0.5
    assert scores["cue_span_precision"] == 1.0 and scores["cue_span_recall"] == 0.5
    assert scores["cue_token_f1"] == pytest.approx(2 / 3)
    assert scores["lexicon_cue_token_f1"] == 1.0  # 'said' and 'told' are both reporting verbs
    assert scores["numbers"] == 2.0 and scores["number_gold_attributed_share"] == 0.5


def test_polnear_real_attribution_finds_the_named_speaker(fresh_caches: None) -> None:
    text = (FIXTURES / "polnear" / "text" / "doc1.txt").read_text(encoding="utf-8")
    spans = predict.attribution_spans(text)
    assert (0, 15) in spans["source"] or any(text[s:e].endswith("Lopez") for s, e in spans["source"])


def test_ranking_on_the_fixture() -> None:
    scores = evaluate_ranking(read_ranking(FIXTURES / "ranking" / "stories.jsonl"), resamples=100)
    assert scores["stories"] == 3.0 and scores["versions"] == 9.0
    # tf-idf: c is the wire copy (distance 0), a adds one sentence, b rewrites: the order people gave
    assert scores["tfidf_spearman_per_story"] == pytest.approx(1.0)
    assert scores["spearman_per_story_low"] <= scores["spearman_per_story"] <= scores["spearman_per_story_high"]
    assert -1.0 <= scores["spearman_pooled"] <= 1.0
