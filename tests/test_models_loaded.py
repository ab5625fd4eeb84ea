"""The loaded-wording model: decoding phrases, cutting around lexicon hits, the shipped coefficients."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

from framing.errors import ConfigError
from framing.models.loaded import MODEL_FILE, LoadedWordModel, ModelSpan, cut, decode, loaded_word_model
from framing.models.token_features import DocTokens, FeatureConfig
from framing.prepare import prepare
from framing.records import Version

STRONG = "The senator called it a disgraceful, shameful betrayal."
PLAIN = "The committee met on Tuesday."


def _tokens(words: list[str], sentence: list[int], capitalised: list[bool] | None = None) -> DocTokens:
    n = len(words)
    starts = np.arange(n) * 10
    caps = np.array(capitalised or [False] * n)
    sentences = np.array(sentence)
    first = np.ones(n, dtype=bool)
    first[1:] = sentences[1:] != sentences[:-1]
    upper = np.zeros(n, dtype=bool)
    return DocTokens(words, starts, starts + 5, sentences, caps, upper, first, np.zeros(0), np.zeros((0, 2)))


def _flags(tokens: DocTokens, stop: list[bool]) -> np.ndarray:
    n = len(tokens.words)
    return np.column_stack((np.zeros(n), np.zeros(n), tokens.capitalised, tokens.upper, stop)).astype(bool)


def test_decode_grows_seeds_within_a_sentence() -> None:
    tokens = _tokens(list("abcdefgh"), [0, 0, 0, 0, 1, 1, 1, 1])
    p = np.array([0.1, 0.5, 0.9, 0.6, 0.7, 0.2, 0.95, 0.1])
    assert decode(tokens, p, seed=0.8, grow=0.4) == [ModelSpan(10, 35, 1, 3, 0.9), ModelSpan(60, 65, 6, 6, 0.95)]
    assert decode(tokens, p, seed=0.99, grow=0.4) == []


def test_decode_trims_stop_words_skips_names_and_stops_at_punctuation() -> None:
    tokens = _tokens(["the", "vile", "plan", "of", "Smith"], [0] * 5, [False, False, False, False, True])
    p = np.array([0.5, 0.9, 0.5, 0.5, 0.9])
    flags = _flags(tokens, [True, False, False, True, False])
    assert [(s.first, s.last) for s in decode(tokens, p, 0.8, 0.4, flags)] == [(1, 2)]  # "Smith" is a name
    breaks = np.array([False, True, False, False, False])  # "vile, plan"
    assert [(s.first, s.last) for s in decode(tokens, p, 0.8, 0.4, flags, breaks)] == [(1, 1)]


def test_stop_words_never_stand_alone_or_at_the_ends() -> None:
    tokens = _tokens(["and", "a", "smear", "of", "lies", "the"], [0] * 6)
    p = np.array([0.9, 0.9, 0.9, 0.5, 0.9, 0.9])
    flags = _flags(tokens, [True, True, False, True, False, True])
    assert [(s.first, s.last) for s in decode(tokens, p, 0.8, 0.4, flags)] == [(2, 4)]  # "smear of lies"
    only_stop = np.array([0.9, 0.9, 0.1, 0.1, 0.1, 0.1])
    assert decode(tokens, only_stop, 0.8, 0.4, flags) == []


def test_cut_removes_taken_words_and_keeps_pieces_with_a_seed() -> None:
    tokens = _tokens(["utterly", "vile", "plan", "again"], [0] * 4)
    p = np.array([0.9, 0.9, 0.3, 0.9])
    span = decode(tokens, p, 0.8, 0.2)
    assert [(s.first, s.last) for s in span] == [(0, 3)]
    pieces = cut(span, tokens, p, [(10, 15)], 0.8)  # the lexicon took "vile"
    assert [(s.first, s.last) for s in pieces] == [(0, 0), (2, 3)]
    assert cut(span, tokens, p, [(10, 25)], 0.8)[-1].first == 3  # "plan" alone holds no seed


def test_shipped_model_is_small_and_loaded_once() -> None:
    path = Path(str(files("framing.models") / MODEL_FILE))
    assert path.stat().st_size < 1_000_000
    model = loaded_word_model()
    assert model is loaded_word_model()
    assert 0 < model.grow_threshold <= model.seed_threshold < 1
    assert "PTC" in model.fitted_on


def test_shipped_model_scores_judgement_above_plain_report() -> None:
    model = loaded_word_model()
    strong = model.probabilities(prepare(Version(id="a", raw=STRONG)))
    plain = model.probabilities(prepare(Version(id="b", raw=PLAIN)))
    assert strong.max() > model.seed_threshold > plain.max()
    assert strong.max() > 3 * plain.max()


def test_scores_are_deterministic_and_survive_a_round_trip(tmp_path: Path) -> None:
    model = loaded_word_model()
    doc = prepare(Version(id="a", raw=STRONG))
    model.save(tmp_path / "m.npz")
    again = LoadedWordModel.load(tmp_path / "m.npz")
    assert np.allclose(again.scores(doc), model.scores(doc), atol=1e-5)  # float32 on disk
    assert again.seed_threshold == model.seed_threshold and again.calibration == model.calibration
    assert model.scores(doc).tolist() == model.scores(prepare(Version(id="a", raw=STRONG))).tolist()


def test_empty_document_has_no_scores_and_no_spans() -> None:
    doc = prepare(Version(id="e", raw=""))
    assert loaded_word_model().probabilities(doc).shape == (0,) and loaded_word_model().spans(doc) == []


def test_weights_of_the_wrong_length_are_refused() -> None:
    with pytest.raises(ConfigError, match="must have"):
        LoadedWordModel(FeatureConfig(bits=4), np.zeros(3), 0.0, (1.0, 0.0), 0.5, 0.1)


def test_extractor_reports_a_model_word_plainly() -> None:
    from extractors.helpers import run

    from framing.models.encoder import use_encoder

    use_encoder(Path("/nonexistent/encoder.onnx"))  # the linear model alone (the fallback of the encoder)
    try:
        wire = "Critics criticised the plan on Monday."
        result = run("loaded_word", "Critics dismissed the plan as nonsense on Monday.", wire)
        found = [f for f in result.findings if f.details["category"] == "model"]
        assert [f.text for f in found] == ["nonsense"]
        score = found[0].details["score"]
        assert score >= loaded_word_model().seed_threshold
        assert found[0].explanation == (
            '"nonsense" is a word that news writers use to stir feelings or pass judgement, used in the '
            f"outlet's own voice (the loaded-wording model gives it {score:.2f}); the baseline does not use it here."
        )
        unchanged = run("loaded_word", "Critics dismissed the plan as nonsense.", "Critics called the plan nonsense.")
        assert [f.text for f in unchanged.findings] == []  # the baseline uses the word: not flagged
    finally:
        use_encoder(None)


def test_a_words_score_does_not_depend_on_the_words_met_before_it() -> None:
    """Each word's contribution is computed alone: the scores of a text are the same bits whatever the model
    scored before (in a worker process of ``--jobs 2`` other words come first than with ``--jobs 1``)."""
    path = files("framing.models") / MODEL_FILE
    words = "scathing brutal reckless outrageous vile heroic sham appalling dire stunning".split()
    text = "The " + " and ".join(words) + " plan failed."
    alone = LoadedWordModel.load(path).scores(prepare(Version(id="a", raw=text))).tolist()
    for before in range(1, 12):  # batches of every size, so each word stands at each place of a block
        model = LoadedWordModel.load(path)
        model.scores(prepare(Version(id="b", raw=" ".join(f"word{n}" for n in range(before)) + ".")))
        shuffled = " ".join(words[before % len(words) :] + words[: before % len(words)])
        model.scores(prepare(Version(id="c", raw=f"Some {shuffled} things.")))
        assert model.scores(prepare(Version(id="a", raw=text))).tolist() == alone
