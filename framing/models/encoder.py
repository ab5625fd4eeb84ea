"""The fine-tuned loaded-wording encoder, run on CPU with onnxruntime and tokenised with ``tokenizers``.

A small transformer (the first layers of all-MiniLM-L6-v2, Apache-2.0, fine-tuned by
``benchmarks/train_encoder.py``) reads a sentence and gives three probabilities: for
each word, that annotators would mark it as loaded language (PTC's Loaded_Language);
for each word, that BABE's annotators would mark it as a biased word; and for the
sentence, that it is biased (BABE). The graph is ``loaded_encoder.onnx`` beside this
module, int8-quantised; ``loaded_encoder.json`` carries its provenance, licence,
thresholds and sha256, and ``loaded_encoder_tokenizer.json`` the word-piece tokenizer
(the base model's, unchanged).

The model is read once, on first use (:func:`encoder`), and scores many sentences in
one call (one window at a time: see ``BATCH``). It is optional: where onnxruntime or tokenizers is not
installed, or the model file is missing, :func:`encoder` gives ``None`` and framing
falls back on its lexicons and linear model.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..segment import STOPWORDS

__all__ = [
    "ENCODER_FILE",
    "ENCODER_METADATA",
    "TOKENIZER_FILE",
    "MAX_LENGTH",
    "WordScore",
    "SentenceReading",
    "LoadedEncoder",
    "encoder",
    "windows",
    "decode_words",
    "use_encoder",
    "model_bytes",
]

ENCODER_FILE = "loaded_encoder.onnx"
ENCODER_METADATA = "loaded_encoder.json"
TOKENIZER_FILE = "loaded_encoder_tokenizer.json"
MAX_LENGTH = 64  # word pieces a window holds, [CLS] and [SEP] included (the training length)
#: Windows scored in one onnxruntime call. One: the int8 graph quantises its activations dynamically, over the
#: whole input tensor, so a window's scores would depend on the other windows of its batch (0.007 apart, measured);
#: alone, a sentence scores the same whatever story it is read with. On one core it costs no more (0.146 s of CPU
#: per 1,000 words alone, 0.154 in batches of 64 padded to the longest).
BATCH = 1
CLS, SEP, PAD = 101, 102, 0
_log = logging.getLogger("framing")

Window = tuple[list[int], list[tuple[int, int]], list[int | None]]


@dataclass(frozen=True, slots=True)
class WordScore:
    """A word of a scored text: its offsets in the text and its two probabilities."""

    start: int
    end: int
    loaded: float  # PTC's Loaded_Language
    biased: float  # BABE's biased words


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What the encoder makes of one text: its words' scores and the probability that the text is biased."""

    words: tuple[WordScore, ...]
    biased: float


def windows(tokenizer: Any, text: str, length: int = MAX_LENGTH) -> list[Window]:
    """``text``'s word pieces as windows of at most ``length`` pieces with [CLS] and [SEP], cut between words.

    Each window: piece ids, each piece's character offsets in ``text`` ((0, 0) for [CLS] and [SEP]), each
    piece's word number (None for [CLS] and [SEP]). Training and inference both cut text with this function.
    """
    encoding = tokenizer.encode(text)
    ids, offsets, words = encoding.ids[1:-1], encoding.offsets[1:-1], encoding.word_ids[1:-1]
    out: list[Window] = []
    start, room = 0, length - 2
    while start < len(ids) or not out:
        end = min(start + room, len(ids))
        while end < len(ids) and end > start + 1 and words[end] == words[end - 1]:
            end -= 1  # do not cut a word in two
        out.append(
            (
                [CLS, *ids[start:end], SEP],
                [(0, 0), *offsets[start:end], (0, 0)],
                [None, *words[start:end], None],
            )
        )
        start = end
    return out


def decode_words(words: Sequence[WordScore], seed: float, grow: float, text: str) -> list[tuple[int, int, float]]:
    """Phrases: runs of words at or above ``grow`` (next to each other, apart by spaces only, never past
    punctuation) that hold a word at or above ``seed``, without stop words or punctuation at their ends; each
    with its highest probability."""
    spans: list[tuple[int, int, float]] = []
    run: list[WordScore] = []
    for word in [*words, None]:
        joined = (
            word is not None
            and bool(run)
            and not text[run[-1].end : word.start].strip()
            and text[run[-1].end - 1].isalnum()  # not past a comma
        )
        if run and (word is None or word.loaded < grow or not joined):
            phrase = _phrase(text, run, seed)
            if phrase is not None:
                spans.append(phrase)
            run = []
        if word is not None and word.loaded >= grow:
            run.append(word)
    return spans


def _phrase(text: str, run: list[WordScore], seed: float) -> tuple[int, int, float] | None:
    """The run less the stop words at its ends and the punctuation at its edges; None if no word is a seed."""
    first, last = 0, len(run) - 1
    while first <= last and _bare(text, run[first]) in STOPWORDS:
        first += 1
    while last >= first and _bare(text, run[last]) in STOPWORDS:
        last -= 1
    if first > last:
        return None
    top = max(w.loaded for w in run[first : last + 1])
    if top < seed:
        return None
    start, end = run[first].start, run[last].end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return (start, end, top) if start < end else None


def _bare(text: str, word: WordScore) -> str:
    return "".join(c for c in text[word.start : word.end].lower() if c.isalnum() or c == "'")


class LoadedEncoder:
    """The onnxruntime session, the tokenizer, and the thresholds the model was shipped with."""

    def __init__(self, model: bytes, tokenizer_json: str, metadata: dict[str, Any]) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # framing runs stories in parallel workers; one thread each
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_str(tokenizer_json)
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.metadata = metadata
        thresholds = metadata["thresholds"]
        self.seed = float(thresholds["seed"])
        self.grow = float(thresholds["grow"])
        self.sentence_threshold = float(thresholds["sentence"])

    def read(self, texts: Sequence[str]) -> list[SentenceReading]:
        """Each text's word scores and sentence probability (all texts batched together, longest first)."""
        cut = [windows(self.tokenizer, text) for text in texts]
        flat = [(k, w) for k, pieces in enumerate(cut) for w in pieces]
        order = sorted(range(len(flat)), key=lambda j: (-len(flat[j][1][0]), j))
        loaded: list[np.ndarray] = [np.zeros(0)] * len(flat)
        biased: list[np.ndarray] = [np.zeros(0)] * len(flat)
        sentence = np.zeros(len(flat))
        for begin in range(0, len(order), BATCH):
            rows = order[begin : begin + BATCH]
            width = len(flat[rows[0]][1][0])
            ids = np.full((len(rows), width), PAD, dtype=np.int64)
            for r, j in enumerate(rows):
                piece_ids = flat[j][1][0]
                ids[r, : len(piece_ids)] = piece_ids
            mask = (ids != PAD).astype(np.int64)
            out_loaded, out_biased, out_sentence = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            for r, j in enumerate(rows):
                n = len(flat[j][1][0])
                loaded[j], biased[j], sentence[j] = out_loaded[r, :n], out_biased[r, :n], out_sentence[r]
        readings: list[SentenceReading] = []
        j = 0
        for text, pieces in zip(texts, cut, strict=True):
            found: dict[tuple[int, int], list[float]] = {}  # (window, word) -> start, end, loaded, biased
            top = 0.0
            for w, (_, offsets, numbers) in enumerate(pieces):
                for (a, b), number, p_loaded, p_biased in zip(
                    offsets, numbers, loaded[j + w], biased[j + w], strict=True
                ):
                    if number is None:
                        continue
                    key = (w, number)
                    if key in found:
                        found[key][1] = b  # a later piece of the same word: the word runs on
                    else:
                        found[key] = [a, b, float(p_loaded), float(p_biased)]  # the word's first piece scores it
                top = max(top, float(sentence[j + w]))
            readings.append(SentenceReading(_text_words(text, found.values()), top))
            j += len(pieces)
        return readings


def _text_words(text: str, parts: Any) -> tuple[WordScore, ...]:
    """The tokenizer's words joined into the text's words (no space between: "senator's", "anti-war",
    "reckless,"), each scored by its highest part of two letters or more (its first part if none is)."""
    words: list[WordScore] = []
    group: list[list[float]] = []
    for part in [*parts, None]:
        if group and (part is None or text[int(group[-1][1]) : int(part[0])] != ""):
            scored = [g for g in group if sum(c.isalnum() for c in text[int(g[0]) : int(g[1])]) >= 2] or group[:1]
            best_loaded = max(g[2] for g in scored)
            best_biased = max(g[3] for g in scored)
            words.append(WordScore(int(group[0][0]), int(group[-1][1]), best_loaded, best_biased))
            group = []
        if part is not None:
            group.append(part)
    return tuple(words)


def _metadata(path: Path | None = None) -> dict[str, Any]:
    resource = files(__package__).joinpath(ENCODER_METADATA) if path is None else path
    return json.loads(resource.read_text(encoding="utf-8"))


def model_bytes(path: Path | None = None) -> bytes | None:
    """The shipped ONNX file's bytes (``None`` when it is not there)."""
    resource = files(__package__).joinpath(ENCODER_FILE) if path is None else path
    try:
        return resource.read_bytes()
    except FileNotFoundError:
        return None


_chosen: list[Path] = []  # an ONNX file used instead of the shipped one (benchmarks: a fold's model)


def use_encoder(path: Path | None) -> None:
    """Run the ONNX file ``path`` (its metadata beside it, same name with .json) instead of the shipped one;
    ``None``: the shipped one again. For benchmarks that score a fold's model through the extractors."""
    _chosen.clear()
    if path is not None:
        _chosen.append(Path(path))
    encoder.cache_clear()


def _loaded_sha256(model: bytes, metadata: dict[str, Any], name: str) -> None:
    digest = hashlib.sha256(model).hexdigest()
    if digest != metadata["sha256"]:
        raise ConfigError(
            f"{name}: sha256 {digest[:12]}… is not the {metadata['sha256'][:12]}… its metadata names; reinstall "
            "framing or rebuild the model with benchmarks/train_encoder.py."
        )


@cache
def encoder() -> LoadedEncoder | None:
    """The shipped encoder, read once; ``None`` where onnxruntime, tokenizers or the model file is missing."""
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        _log.debug("onnxruntime or tokenizers is not installed: loaded wording falls back on the linear model")
        return None
    path = _chosen[0] if _chosen else None
    model = model_bytes(path)
    if model is None:
        return None
    metadata = _metadata(None if path is None else path.with_suffix(".json"))
    _loaded_sha256(model, metadata, str(path or f"framing/models/{ENCODER_FILE}"))
    tokenizer_json = files(__package__).joinpath(TOKENIZER_FILE).read_text(encoding="utf-8")
    return LoadedEncoder(model, tokenizer_json, metadata)
