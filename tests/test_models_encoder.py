"""The loaded-wording encoder: the shipped file, its tokenizer, deterministic batched inference, the fallback."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from framing.evaluation import predict
from framing.extractors.loaded_word import MODEL_CATEGORY, LoadedWord
from framing.models.encoder import (
    ENCODER_FILE,
    ENCODER_METADATA,
    MAX_LENGTH,
    SentenceReading,
    WordScore,
    decode_words,
    encoder,
    use_encoder,
    windows,
)
from framing.models.static import word_pieces

#: The shipped model file's sha256 (the metadata names it too; a retrained model changes both, and this test).
SHIPPED_SHA256 = "4d118551d18b4a2a3ef132d715cb6d1db2d6b0a36c981f5d6964812c2fd4bd55"
LOADED = "The senator's disgraceful, shameful betrayal left voters seething at the corrupt regime."
PLAIN = "The committee met on Tuesday to discuss the budget for next year."


@pytest.fixture()
def no_encoder() -> Iterator[None]:
    use_encoder(Path("/nonexistent/encoder.onnx"))
    predict.text_findings.cache_clear()
    yield
    use_encoder(None)
    predict.text_findings.cache_clear()


def test_shipped_file_is_the_one_its_metadata_names() -> None:
    data = files("framing.models").joinpath(ENCODER_FILE).read_bytes()
    metadata = json.loads(files("framing.models").joinpath(ENCODER_METADATA).read_text(encoding="utf-8"))
    digest = hashlib.sha256(data).hexdigest()
    assert digest == metadata["sha256"] == SHIPPED_SHA256
    assert len(data) < 25_000_000
    assert metadata["base_licence"] == "Apache-2.0"
    assert set(metadata["thresholds"]) == {"seed", "grow", "sentence"}


def test_tokenizer_matches_the_base_vocabulary_word_pieces() -> None:
    model = encoder()
    assert model is not None
    text = "Unbelievably, the régime's spokesman dismissed the 2,300-page report as 'nonsense'."
    encoding = model.tokenizer.encode(text)
    pieces = [model.tokenizer.id_to_token(i) for i in encoding.ids[1:-1]]
    assert encoding.ids[0] == 101 and encoding.ids[-1] == 102
    vocab = model.tokenizer.get_vocab()  # the base model's vocab.txt, as the hand-written tokenizer reads it
    expected = [p for word in text.split() for p in word_pieces(word, vocab)]
    assert pieces == expected
    assert model.tokenizer.encode("hello world").ids == [101, 7592, 2088, 102]


def test_windows_cut_between_words_and_point_back_into_the_text() -> None:
    model = encoder()
    assert model is not None
    text = " ".join(["extraordinarily"] * 40 + ["unprecedentedly"] * 30)
    cut = windows(model.tokenizer, text)
    assert len(cut) > 1
    seen = []
    for ids, offsets, numbers in cut:
        assert len(ids) <= MAX_LENGTH and ids[0] == 101 and ids[-1] == 102
        assert numbers[0] is None and numbers[-1] is None
        seen += [n for n in numbers if n is not None]
        for a, b in offsets[1:-1]:  # each piece is part of one word of the text
            assert 0 <= a < b <= len(text) and " " not in text[a:b]
    assert seen == sorted(seen)
    first_numbers = {n for n in cut[0][2] if n is not None}
    assert not first_numbers & {n for n in cut[1][2] if n is not None}  # no word in two windows


def test_decode_words_grows_runs_joined_by_spaces() -> None:
    text = "a bad, awful day"
    words = [WordScore(0, 1, 0.1, 0), WordScore(2, 5, 0.9, 0), WordScore(7, 12, 0.5, 0), WordScore(13, 16, 0.3, 0)]
    assert decode_words(words, seed=0.8, grow=0.4, text=text) == [(2, 5, 0.9)]  # the comma breaks the run
    assert decode_words(words, seed=0.45, grow=0.25, text=text) == [(2, 5, 0.9), (7, 16, 0.5)]


def test_inference_is_deterministic_whatever_the_batch() -> None:
    model = encoder()
    assert model is not None
    alone = model.read([LOADED])[0]
    together = model.read([PLAIN, LOADED, PLAIN * 3])[1]
    assert [(w.start, w.end) for w in alone.words] == [(w.start, w.end) for w in together.words]
    for a, b in zip(alone.words, together.words, strict=True):
        assert abs(a.loaded - b.loaded) < 1e-5 and abs(a.biased - b.biased) < 1e-5
    assert abs(alone.biased - together.biased) < 1e-5
    assert model.read([LOADED])[0] == alone


def test_loaded_sentence_outscores_a_plain_one() -> None:
    model = encoder()
    assert model is not None
    loaded, plain = model.read([LOADED, PLAIN])
    assert loaded.biased > plain.biased
    top = max(loaded.words, key=lambda w: w.loaded)
    assert LOADED[top.start : top.end].strip(",.") in {"disgraceful", "shameful", "betrayal", "seething", "corrupt"}
    assert max(w.loaded for w in plain.words) < model.seed


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found no weapons of mass destruction in the country.",
        "The report was sent to child welfare agencies in three states.",
        "The cut removes about 2% of international crude oil supply.",
    ],
)
def test_neutral_technical_terms_are_not_loaded(text: str) -> None:
    assert predict.loaded_spans(text) == []


def test_extractor_reports_the_encoder_words_with_their_score() -> None:
    text = "The senator torpedoed the deal in a stunning betrayal of his voters."
    found = predict.text_findings(text, "loaded_word")
    assert found is not None
    by_category = {f.text: f.details["category"] for f in found}
    assert by_category["torpedoed the deal"] == MODEL_CATEGORY  # the encoder's phrase, with its score
    assert by_category["stunning"] != MODEL_CATEGORY  # the lexicon's word, explained by its entry
    # the encoder's phrase "draconian crackdown" holds a lexicon word: one finding, the lexicon's, for the phrase
    found = predict.text_findings(
        "The mayor unveiled a draconian crackdown on protesters, sparking outrage.", "loaded_word"
    )
    assert found is not None
    assert [(f.text, f.details["category"]) for f in found][0] == ("draconian crackdown", "evaluative")
    for finding in found:
        if finding.details["category"] == MODEL_CATEGORY:
            score = finding.details["score"]
            assert 0.2 <= score <= 1.0
            assert f"the loaded-wording model gives it {score:.2f}" in finding.explanation


def test_without_the_encoder_the_linear_model_and_lexicons_still_find_loaded_words(no_encoder: None) -> None:
    assert encoder() is None
    spans = predict.loaded_spans(LOADED)
    assert spans
    assert any(LOADED[a:b].lower() in ("disgraceful", "shameful", "corrupt") for a, b in spans)
    assert LoadedWord().prepare(predict.document(LOADED)) is not None  # the linear model's reading


def test_a_changed_file_is_refused(tmp_path: Path) -> None:
    from framing.errors import ConfigError

    data = files("framing.models").joinpath(ENCODER_FILE).read_bytes()
    metadata = json.loads(files("framing.models").joinpath(ENCODER_METADATA).read_text(encoding="utf-8"))
    (tmp_path / "m.onnx").write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    (tmp_path / "m.json").write_text(json.dumps(metadata), encoding="utf-8")
    use_encoder(tmp_path / "m.onnx")
    try:
        with pytest.raises(ConfigError, match="sha256"):
            encoder()
    finally:
        use_encoder(None)


@pytest.mark.parametrize("biased", [0.2, 0.9])
def test_the_encoder_phrases_of_a_plain_sentence_are_dropped(biased: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase the token head flags counts only where the sentence head rates the sentence biased (at or above
    its threshold): in a sentence it calls plain the phrase is most often description ("the blast", "left
    terrified" of a report of an attack), not the outlet's judgement; plain_sentences=False keeps it. The
    readings are set here (the shipped model's own scores move when it is retrained)."""
    text = "The blast left residents terrified, police said."
    model = encoder()
    assert model is not None
    flagged = text.index("terrified")

    def read(texts: list[str]) -> list[SentenceReading]:
        return [
            SentenceReading(
                words=tuple(
                    WordScore(m.start(), m.end(), 0.9 if m.start() == flagged else 0.01, 0.01)
                    for m in re.finditer(r"\w+", t)
                ),
                biased=biased,
            )
            for t in texts
        ]

    monkeypatch.setattr(type(model), "read", lambda self, texts: read(texts))
    extractor = predict.extractor
    found = {}
    for plain in (True, False):
        made = LoadedWord(plain_sentences=plain, encoder_gate=0.0)
        monkeypatch.setattr(
            predict, "extractor", lambda name, made=made: made if name == "loaded_word" else extractor(name)
        )
        predict.text_findings.cache_clear()
        findings = predict.text_findings(text, "loaded_word")
        assert findings is not None
        found[plain] = [f.text for f in findings if f.details["category"] == MODEL_CATEGORY]
    predict.text_findings.cache_clear()
    assert found[False] == ["terrified"]
    assert found[True] == ([] if biased < model.sentence_threshold else ["terrified"])
