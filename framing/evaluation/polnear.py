"""PolNeAR attribution relations (brat standoff), and framing's attribution detection scored against them.

``text/<name>.txt`` holds an article; ``attributions/<name>_<annotator>.ann``
its brat annotations, one text-bound annotation a line:
``T<n><TAB><Type> <start> <end>[;<start> <end>…]<TAB><words>``, with types
``Source``, ``Cue``, ``Content`` (and ``Attribution``, ``Discuss``…, ignored
here). Relation (``E``), note (``#``) and continuation lines are skipped. Where
several annotators marked one article, the first annotation file by name is used.

Numbers: a number (a token holding a digit) is *attributed* in the gold when it
lies inside a ``Content`` span; framing attributes it when it lies in reported
speech or in a sentence where framing finds a source, unless the
``unsourced_statistic`` extractor flags it (without that extractor, by speech and
sources alone).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, InputError, MissingInputError
from .metrics import Span, TokenCounts, cohen_kappa, overlaps, ratio, spans_touched, token_counts
from .predict import CUE, attribution_spans, document, quote_spans, sentence_spans, spans_of, text_findings

__all__ = ["AttributedText", "read_polnear", "read_ann", "evaluate_polnear", "NUMBER", "ENGINES"]

NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*%?")
_TYPES = ("Source", "Cue", "Content")


@dataclass(frozen=True, slots=True)
class AttributedText:
    """One article and its gold attribution spans by type."""

    name: str
    text: str
    spans: Mapping[str, tuple[Span, ...]]


def read_ann(path: str | Path) -> dict[str, tuple[Span, ...]]:
    """Source, Cue and Content spans of a brat ``.ann`` file (each fragment of a discontinuous span apart)."""
    found: dict[str, list[Span]] = {kind: [] for kind in _TYPES}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("\t")
        if not line.startswith("T") or len(fields) < 2:
            continue
        kind, _, offsets = fields[1].partition(" ")
        if kind not in found:
            continue
        try:
            pairs = [part.split() for part in offsets.split(";")]
            found[kind] += [(int(a), int(b)) for a, b in pairs]
        except ValueError:
            raise InputError(
                f"{path}:{number}: expected 'T<n><TAB>{kind} START END<TAB>words'; got {line!r}."
            ) from None
    return {kind: tuple(sorted(spans)) for kind, spans in found.items()}


def read_polnear(folder: str | Path, *, limit: int | None = None) -> list[AttributedText]:
    """Annotated articles sorted by name (the first ``limit``); ``folder`` holds ``text/`` and ``attributions/``."""
    root = Path(folder)
    if (root / "train").is_dir() and not (root / "text").is_dir():
        root = root / "train"
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        raise MissingInputError(f"{root}: expected PolNeAR's 'text' and 'attributions' folders inside.")
    annotations: dict[str, Path] = {}
    for file in sorted((root / "attributions").glob("*.ann")):
        annotations.setdefault(file.stem.rsplit("_", 1)[0], file)
    texts = []
    for name in sorted(annotations)[:limit]:
        text_file = root / "text" / f"{name}.txt"
        if not text_file.is_file():
            raise InputError(f"{annotations[name]}: no text file {text_file.name} beside it in {root / 'text'}.")
        with text_file.open(encoding="utf-8", newline="") as handle:
            texts.append(AttributedText(name, handle.read(), read_ann(annotations[name])))
    return texts


def _span_scores(gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[int, int, int, int]:
    found, n_gold = spans_touched(gold, predicted)
    correct, n_predicted = spans_touched(predicted, gold)
    return found, n_gold, correct, n_predicted


def _numbers(article: AttributedText, sources: Sequence[Span]) -> tuple[list[bool], list[bool]]:
    """Gold and predicted 'attributed' for each number of the article."""
    unsourced = text_findings(article.text, "unsourced_statistic")
    doc = document(article.text)
    speech = quote_spans(doc)
    attributed_sentences = [s for s in sentence_spans(doc) if any(overlaps(s, source) for source in sources)]
    flagged = spans_of(unsourced, "unsourced_statistic", doc)
    gold, predicted = [], []
    for match in NUMBER.finditer(article.text):
        span = match.span()
        gold.append(any(overlaps(span, content) for content in article.spans["Content"]))
        said = any(overlaps(span, s) for s in speech + attributed_sentences)
        predicted.append(said and not any(overlaps(span, f) for f in flagged))
    return gold, predicted


ENGINES = ("segment", "attribution")


def _engine_predictions(articles: Sequence[AttributedText]) -> list[tuple[dict[str, list[Span]], list[bool]]]:
    """Sources, cues and each number's 'attributed' by :mod:`framing.attribution` (one batched parse), with the
    trained cue tagger (PolNeAR's cues include attitudes: "supports", "called for")."""
    from ..attribution import analyse_many

    results = []
    for article, speech in zip(articles, analyse_many([a.text for a in articles], tagged=True), strict=True):
        sources = sorted({a.source for a in speech.attributions if a.source is not None})
        cues = sorted({a.cue for a in speech.attributions})
        content = [span for a in speech.attributions for span in a.content]
        content += [span for q in speech.quotations if q.attribution is not None for span in q.spans]
        numbers = [any(overlaps(m.span(), c) for c in content) for m in NUMBER.finditer(article.text)]
        results.append(({"source": sources, "cue": cues}, numbers))
    return results


def evaluate_polnear(articles: Sequence[AttributedText], *, engine: str = "segment") -> dict[str, float | str]:
    """Token and span scores for sources and cues; agreement on whether each number is attributed.

    ``engine="segment"`` scores the segmenter's speakers and ``vague_attribution``
    (framing's first attribution detection); ``engine="attribution"`` scores
    :mod:`framing.attribution`, where a number is attributed when it lies in an
    attribution's content.
    """
    if engine not in ENGINES:
        raise ConfigError(f"The 'engine' parameter must be one of {list(ENGINES)}. Got {engine!r} instead.")
    engine_results = _engine_predictions(articles) if engine == "attribution" else None
    tokens = {"source": TokenCounts(), "cue": TokenCounts(), "cue_lexicon": TokenCounts()}
    spans = {"source": [0, 0, 0, 0], "cue": [0, 0, 0, 0]}
    gold_numbers: list[bool] = []
    predicted_numbers: list[bool] = []
    absent = False
    for number, article in enumerate(articles):
        predicted = attribution_spans(article.text) if engine_results is None else engine_results[number][0]
        for kind, gold_kind in (("source", "Source"), ("cue", "Cue")):
            tokens[kind] += token_counts(article.text, article.spans[gold_kind], predicted[kind])
            spans[kind] = [
                a + b for a, b in zip(spans[kind], _span_scores(article.spans[gold_kind], predicted[kind]), strict=True)
            ]
        cues = [m.span() for m in CUE.finditer(article.text)]
        tokens["cue_lexicon"] += token_counts(article.text, article.spans["Cue"], cues)
        if engine_results is None:
            absent = absent or text_findings(article.text, "unsourced_statistic") is None
            gold, said = _numbers(article, predicted["source"])
        else:
            gold = [any(overlaps(m.span(), c) for c in article.spans["Content"]) for m in NUMBER.finditer(article.text)]
            said = engine_results[number][1]
        gold_numbers += gold
        predicted_numbers += said
    scores: dict[str, float | str] = {"articles": float(len(articles)), "engine": engine}
    for kind in ("source", "cue"):
        found, n_gold, correct, n_predicted = spans[kind]
        precision, recall = ratio(correct, n_predicted), ratio(found, n_gold)
        scores.update(tokens[kind].scores(f"{kind}_token_"))
        scores.update({f"{kind}_span_precision": precision, f"{kind}_span_recall": recall})
        scores[f"{kind}_span_f1"] = ratio(2 * precision * recall, precision + recall)
        scores[f"{kind}_gold_spans"] = float(n_gold)
    scores.update(tokens["cue_lexicon"].scores("lexicon_cue_token_"))
    agree = sum(g == p for g, p in zip(gold_numbers, predicted_numbers, strict=True))
    scores["numbers"] = float(len(gold_numbers))
    scores["number_gold_attributed_share"] = ratio(sum(gold_numbers), len(gold_numbers))
    scores["number_agreement"] = ratio(agree, len(gold_numbers))
    scores["number_kappa"] = cohen_kappa(gold_numbers, predicted_numbers)
    if absent:  # numbers are then judged by reported speech and sources alone
        scores["missing_extractors"] = "unsourced_statistic"
    return scores
