"""The Propaganda Techniques Corpus (SemEval-2020 Task 11) format, and loaded wording scored against it.

``articles/article<ID>.txt`` holds one article; ``labels.tsv`` has one labelled
span a line: ``article_id, technique, start, end`` (character offsets into the
file as it is, end exclusive), with or without a header line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MissingInputError
from .metrics import Span, TokenCounts, ratio, spans_touched, token_counts
from .predict import lexicon_spans, loaded_spans

__all__ = ["Article", "read_ptc", "evaluate_spans", "DEFAULT_TECHNIQUES"]

DEFAULT_TECHNIQUES = ("Loaded_Language",)


@dataclass(frozen=True, slots=True)
class Article:
    """One article and its labelled spans by technique."""

    id: str
    text: str
    spans: Mapping[str, tuple[Span, ...]]

    def gold(self, techniques: Sequence[str]) -> list[Span]:
        return sorted(span for technique in techniques for span in self.spans.get(technique, ()))


def read_ptc(articles_dir: str | Path, labels_tsv: str | Path, *, limit: int | None = None) -> list[Article]:
    """Articles sorted by id (the first ``limit`` of them), each with its labelled spans."""
    folder, labels = Path(articles_dir), Path(labels_tsv)
    for path in (folder, labels):
        if not path.exists():
            raise MissingInputError(f"{path}: no such file or folder; give the PTC articles folder and labels.tsv.")
    spans = _read_labels(labels)
    files = sorted(folder.glob("article*.txt"), key=lambda p: p.stem)
    if not files:
        raise InputError(f"{folder}: no article<ID>.txt files; give the PTC 'articles' folder.")
    articles = []
    for file in files[:limit]:
        article_id = file.stem.removeprefix("article")
        with file.open(encoding="utf-8", newline="") as handle:  # offsets count '\r' too
            text = handle.read()
        articles.append(Article(article_id, text, spans.get(article_id, {})))
    return articles


def _read_labels(path: Path) -> dict[str, dict[str, tuple[Span, ...]]]:
    found: dict[str, dict[str, list[Span]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("\t")
        if not line.strip() or (number == 1 and not fields[-1].strip().isdigit()):
            continue  # a blank line, or the header
        if len(fields) != 4 or not (fields[2].isdigit() and fields[3].isdigit()):
            raise InputError(f"{path}:{number}: expected 'article_id<TAB>technique<TAB>start<TAB>end'; got {line!r}.")
        found.setdefault(fields[0], {}).setdefault(fields[1], []).append((int(fields[2]), int(fields[3])))
    return {a: {t: tuple(sorted(s)) for t, s in by.items()} for a, by in found.items()}


def evaluate_spans(
    articles: Sequence[Article],
    *,
    techniques: Sequence[str] = DEFAULT_TECHNIQUES,
    quotes: bool = True,
    lexicon: frozenset[str] | None = None,
) -> dict[str, float | str]:
    """Token and span scores of framing's loaded wording (and of a plain word list) against the gold spans."""
    counts, lexicon_counts = TokenCounts(), TokenCounts()
    touched = lexicon_touched = gold_total = predicted_total = 0
    absent = False
    for article in articles:
        gold = article.gold(techniques)
        predicted = loaded_spans(article.text, quotes=quotes)
        absent = absent or predicted is None
        predicted = predicted or []
        counts += token_counts(article.text, gold, predicted)
        touched += spans_touched(gold, predicted)[0]
        gold_total += len(gold)
        predicted_total += len(predicted)
        if lexicon is not None:
            matched = lexicon_spans(article.text, lexicon)
            lexicon_counts += token_counts(article.text, gold, matched)
            lexicon_touched += spans_touched(gold, matched)[0]
    scores: dict[str, float | str] = {"articles": float(len(articles)), "gold_spans": float(gold_total)}
    if absent:
        scores.update({k: math.nan for k in ("token_precision", "token_recall", "token_f1", "span_recall")})
        scores["missing_extractors"] = "loaded_word"
    else:
        scores.update(counts.scores())
        scores.update({"span_recall": ratio(touched, gold_total), "predicted_spans": float(predicted_total)})
    if lexicon is not None:
        scores.update(lexicon_counts.scores("lexicon_token_"))
        scores["lexicon_span_recall"] = ratio(lexicon_touched, gold_total)
    return scores
