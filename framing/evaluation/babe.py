"""BABE (Bias Annotations By Experts): sentence-level bias and biased words.

The file is ``;``-separated with a header naming at least ``text``, ``label_bias``
(``Biased`` / ``Non-biased``; other values are skipped) and ``biased_words`` (a
Python-style list of the words annotators marked).
"""

from __future__ import annotations

import ast
import csv
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MissingInputError
from ..models.encoder import encoder
from .metrics import TOKEN, TokenCounts, binary_scores, macro_f1, token_counts
from .predict import document, lexicon_spans, text_findings
from .sentence_model import SentenceModel, cross_validated_predictions, sentence_features

__all__ = ["Sentence", "read_babe", "evaluate_babe"]

_LABELS = {"Biased": True, "Non-biased": False}
_REQUIRED = ("text", "label_bias", "biased_words")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One labelled sentence."""

    text: str
    biased: bool
    biased_words: tuple[str, ...]
    outlet: str | None = None
    group: str | None = None  # the article the sentence comes from (BABE's news_link): folds keep it together

    def gold_spans(self) -> list[tuple[int, int]]:
        """Tokens of the sentence that are among the marked words (case-insensitive)."""
        marked = {token.lower() for word in self.biased_words for token in TOKEN.findall(word)}
        return [m.span() for m in TOKEN.finditer(self.text) if m.group().lower() in marked]


def read_babe(path: str | Path, *, limit: int | None = None) -> list[Sentence]:
    """Labelled sentences in file order (the first ``limit`` of them)."""
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(f"{file}: no such file; give BABE's ';'-separated CSV (final_labels_SG2...csv).")
    with file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        missing = [name for name in _REQUIRED if name not in (reader.fieldnames or ())]
        if missing:
            raise InputError(f"{file}: no column {missing[0]!r}; expected BABE's header {', '.join(_REQUIRED)}, ….")
        sentences = [_sentence(row, file, n) for n, row in enumerate(reader, start=2) if row["label_bias"] in _LABELS]
    return sentences[:limit]


def _sentence(row: dict[str, str], file: Path, line: int) -> Sentence:
    try:
        words = ast.literal_eval(row["biased_words"] or "[]")
    except (ValueError, SyntaxError):
        raise InputError(
            f"{file}:{line}: biased_words must be a list such as ['word']; got {row['biased_words']!r}."
        ) from None
    return Sentence(
        row["text"], _LABELS[row["label_bias"]], tuple(map(str, words)), row.get("outlet"), row.get("news_link")
    )


def _loaded(text: str) -> list[tuple[int, int]] | None:
    found = text_findings(text, "loaded_word")
    doc = document(text)
    return None if found is None else [doc.raw_span(f) for f in found if f.kind == "loaded_word"]


def evaluate_babe(
    sentences: Sequence[Sentence], *, model: SentenceModel | None = None, lexicon: frozenset[str] | None = None
) -> dict[str, float | str]:
    """Sentence classification and biased words.

    ``macro_f1``: the shipped sentence score (the encoder's sentence head where it is installed, else the linear
    model; ``sentence_model`` says which; on BABE's development half the encoder is in-sample, its out-of-fold
    numbers are in docs/evaluation.md); ``linear_macro_f1`` and ``cv_macro_f1``: the linear model shipped and
    refitted out of fold (grouped by article); the one-loaded-word rule; the biased words against loaded_word.
    """
    linear = model or SentenceModel.load()
    gold = [s.biased for s in sentences]
    rows = [sentence_features(s.text) for s in sentences]
    texts = [s.text for s in sentences]
    predicted = linear.predict(rows, texts)
    scores: dict[str, float | str] = {"sentences": float(len(sentences)), "biased_share": sum(gold) / len(gold)}
    scores["linear_macro_f1"] = macro_f1(gold, predicted)
    fine_tuned = encoder() if model is None else None  # a model passed in is the one scored
    if fine_tuned is not None:  # the encoder's sentence head, at its shipped threshold
        predicted = [r.biased >= fine_tuned.sentence_threshold for r in fine_tuned.read(texts)]
    scores["sentence_model"] = "encoder" if fine_tuned is not None else "linear"
    scores.update({"macro_f1": macro_f1(gold, predicted), "accuracy": binary_scores(gold, predicted)["accuracy"]})
    groups = [s.group or f"sentence {k}" for k, s in enumerate(sentences)]
    out_of_fold = cross_validated_predictions(rows, texts, gold, groups)
    scores["cv_macro_f1"] = math.nan if out_of_fold is None else macro_f1(gold, out_of_fold)
    loaded = [_loaded(s.text) for s in sentences]
    if any(spans is None for spans in loaded):
        scores["missing_extractors"] = "loaded_word"
        scores.update({k: math.nan for k in ("rule_macro_f1", "rule_accuracy")})
        scores.update({f"words_token_{k}": math.nan for k in ("precision", "recall", "f1")})
    else:
        rule = [bool(spans) for spans in loaded]
        scores.update({"rule_macro_f1": macro_f1(gold, rule), "rule_accuracy": binary_scores(gold, rule)["accuracy"]})
        counts = sum(
            (token_counts(s.text, s.gold_spans(), p or []) for s, p in zip(sentences, loaded, strict=True)),
            TokenCounts(),
        )
        scores.update(counts.scores("words_token_"))
    if lexicon is not None:
        matched = [lexicon_spans(s.text, lexicon) for s in sentences]
        flagged = [bool(spans) for spans in matched]
        scores["lexicon_macro_f1"] = macro_f1(gold, flagged)
        scores["lexicon_accuracy"] = binary_scores(gold, flagged)["accuracy"]
        counts = sum(
            (token_counts(s.text, s.gold_spans(), m) for s, m in zip(sentences, matched, strict=True)), TokenCounts()
        )
        scores.update(counts.scores("lexicon_words_token_"))
    return scores
