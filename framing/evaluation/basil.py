"""BASIL (Bias Annotation Spans on the Informational Level): triplets of one event from three outlets.

``articles/<year>/<triplet>_<n>.json`` holds ``source`` and ``body-paragraphs`` (a
list of paragraphs, each a list of sentences); ``annotations/<year>/<triplet>_<n>_ann.json``
holds ``phrase-level-annotations`` with ``bias`` (``lex`` or ``inf``), ``id`` = ``p<k>``
(the k-th sentence counting from 0, paragraphs flattened) and ``start``/``end``
inside that sentence. An article's text is its paragraphs joined by blank lines,
the sentences of a paragraph by one space.

Protocol for informational bias: each article of a triplet is aligned with each
of the other two as its baseline; a sentence is predicted ``inf`` when framing
flags it as ``added_framing`` under any pairing (``inf_any_*``) or under both
(``inf_all_*``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import permutations
from pathlib import Path

from ..align import align
from ..errors import InputError, MissingInputError
from .metrics import Span, TokenCounts, binary_scores, overlaps, ratio, spans_touched, token_counts
from .predict import document, lexicon_spans, loaded_spans, pair_findings, spans_of

__all__ = ["BasilArticle", "Triplet", "read_basil", "evaluate_basil", "article_text", "human_score", "ranking_records"]


@dataclass(frozen=True, slots=True)
class BasilArticle:
    """One outlet's article: its text, sentence spans and the annotated bias."""

    key: str
    source: str  # fox, nyt or hpo
    text: str
    sentences: tuple[Span, ...]
    lex: tuple[Span, ...]
    inf: tuple[Span, ...]
    words: int

    @property
    def annotations(self) -> int:
        return len(self.lex) + len(self.inf)

    def inf_sentences(self) -> list[bool]:
        return [any(overlaps(sentence, span) for span in self.inf) for sentence in self.sentences]


@dataclass(frozen=True, slots=True)
class Triplet:
    id: str
    articles: tuple[BasilArticle, ...]


def article_text(paragraphs: Sequence[Sequence[str]]) -> tuple[str, tuple[Span, ...]]:
    """The text of ``body-paragraphs`` and the span of each sentence in it."""
    parts: list[str] = []
    spans: list[Span] = []
    position = 0
    for p, paragraph in enumerate(paragraphs):
        for s, sentence in enumerate(paragraph):
            separator = ("\n\n" if p else "") if s == 0 else " "
            if parts or separator == " ":
                parts.append(separator)
                position += len(separator)
            spans.append((position, position + len(sentence)))
            parts.append(sentence)
            position += len(sentence)
    return "".join(parts), tuple(spans)


def read_basil(folder: str | Path, *, limit: int | None = None) -> list[Triplet]:
    """Triplets sorted by id (the first ``limit``), each with its annotated articles."""
    root = Path(folder)
    if not (root / "articles").is_dir() or not (root / "annotations").is_dir():
        raise MissingInputError(f"{root}: expected BASIL's 'articles' and 'annotations' folders inside.")
    files = sorted((root / "articles").glob("*/*.json"))
    grouped: dict[str, list[Path]] = {}
    for file in files:
        grouped.setdefault(file.stem.rsplit("_", 1)[0], []).append(file)
    triplets = []
    for triplet_id in sorted(grouped)[:limit]:
        articles = tuple(_article(root, file) for file in sorted(grouped[triplet_id]))
        triplets.append(Triplet(triplet_id, articles))
    if not triplets:
        raise InputError(f"{root / 'articles'}: no <year>/<triplet>_<n>.json files; give BASIL's folder.")
    return triplets


def _article(root: Path, file: Path) -> BasilArticle:
    data = json.loads(file.read_text(encoding="utf-8"))
    annotation_file = root / "annotations" / file.parent.name / f"{file.stem}_ann.json"
    annotations = json.loads(annotation_file.read_text(encoding="utf-8")) if annotation_file.is_file() else {}
    text, sentences = article_text(data.get("body-paragraphs", []))
    spans: dict[str, list[Span]] = {"lex": [], "inf": []}
    for item in annotations.get("phrase-level-annotations", []):
        span = _locate(item, text, sentences)
        if span is not None and item.get("bias") in spans:
            spans[item["bias"]].append(span)
    words = len(text.split())
    source = str(data.get("source", "")).lower()
    return BasilArticle(
        file.stem, source, text, sentences, tuple(sorted(spans["lex"])), tuple(sorted(spans["inf"])), words
    )


def _locate(item: dict[str, object], text: str, sentences: tuple[Span, ...]) -> Span | None:
    """The annotation's span in the article text; by its words when the offsets disagree; None for the title."""
    sentence_id = str(item.get("id", ""))
    if not sentence_id.startswith("p") or not sentence_id[1:].isdigit() or int(sentence_id[1:]) >= len(sentences):
        return None
    base, end_of_sentence = sentences[int(sentence_id[1:])]
    start, end, words = int(item.get("start", 0)), int(item.get("end", 0)), str(item.get("txt", ""))  # type: ignore[call-overload]
    if text[base + start : base + end] == words:
        return base + start, base + end
    found = text.find(words, base, end_of_sentence) if words else -1
    return (found, found + len(words)) if found >= 0 else None


def _flagged(article: BasilArticle, spans: Sequence[Span]) -> list[bool]:
    return [any(overlaps(sentence, span) for span in spans) for sentence in article.sentences]


def _inf_predictions(triplet: Triplet) -> tuple[dict[str, list[list[bool]]] | None, dict[str, list[list[bool]]]]:
    """Per article and pairing, the sentences flagged added_framing (None if absent) and those aligned as added."""
    framing: dict[str, list[list[bool]]] | None = {a.key: [] for a in triplet.articles}
    added: dict[str, list[list[bool]]] = {a.key: [] for a in triplet.articles}
    for article, other in permutations(triplet.articles, 2):
        doc, base = document(article.text, article.source), document(other.text, other.source)
        alignment = align(doc, base)
        added_spans = [
            doc.clean.to_raw(doc.sentences[v].start, doc.sentences[v].end)
            for link in alignment.links
            if link.label == "added"
            for v in link.version_sentences
        ]
        added[article.key].append(_flagged(article, added_spans))
        found = pair_findings(doc, base, "added_framing", alignment=alignment)
        if found is None or framing is None:
            framing = None
            continue
        framing[article.key].append(_flagged(article, spans_of(found, "added_framing", doc)))
    return framing, added


def evaluate_basil(
    triplets: Sequence[Triplet], *, quotes: bool = True, lexicon: frozenset[str] | None = None
) -> dict[str, float | str]:
    """Loaded wording against ``lex`` spans; added framing against ``inf`` sentences (protocol above)."""
    articles = [a for t in triplets for a in t.articles]
    scores: dict[str, float | str] = {"triplets": float(len(triplets)), "articles": float(len(articles))}
    scores.update(_lex_scores(articles, quotes, lexicon))
    scores.update(_inf_scores(triplets))
    missing = sorted({str(v) for k, v in scores.items() if k.startswith("_missing")})
    scores = {k: v for k, v in scores.items() if not k.startswith("_missing")}
    if missing:
        scores["missing_extractors"] = ",".join(missing)
    return scores


def _lex_scores(
    articles: Sequence[BasilArticle], quotes: bool, lexicon: frozenset[str] | None
) -> dict[str, float | str]:
    counts, lexicon_counts, touched, gold = TokenCounts(), TokenCounts(), 0, 0
    absent = False
    for article in articles:
        predicted = loaded_spans(article.text, quotes=quotes)
        absent = absent or predicted is None
        counts += token_counts(article.text, article.lex, predicted or [])
        touched += spans_touched(article.lex, predicted or [])[0]
        gold += len(article.lex)
        if lexicon is not None:
            lexicon_counts += token_counts(article.text, article.lex, lexicon_spans(article.text, lexicon))
    scores: dict[str, float | str] = {"lex_spans": float(gold)}
    if absent:
        scores.update({f"lex_{k}": math.nan for k in ("token_precision", "token_recall", "token_f1", "span_recall")})
        scores["_missing_lex"] = "loaded_word"
    else:
        scores.update(counts.scores("lex_token_"))
        scores["lex_span_recall"] = ratio(touched, gold)
    if lexicon is not None:
        scores.update(lexicon_counts.scores("lexicon_lex_token_"))
    return scores


def _inf_scores(triplets: Sequence[Triplet]) -> dict[str, float | str]:
    gold: list[bool] = []
    flags: dict[str, list[bool]] = {"inf_any_": [], "inf_all_": [], "aligned_added_inf_": []}
    absent = False
    for triplet in triplets:
        framing, added = _inf_predictions(triplet)
        absent = absent or framing is None
        for article in triplet.articles:
            gold += article.inf_sentences()
            flags["aligned_added_inf_"] += [any(col) for col in zip(*added[article.key], strict=True)]
            if framing is not None:
                flags["inf_any_"] += [any(col) for col in zip(*framing[article.key], strict=True)]
                flags["inf_all_"] += [all(col) for col in zip(*framing[article.key], strict=True)]
    scores: dict[str, float | str] = {"sentences": float(len(gold)), "inf_sentence_share": ratio(sum(gold), len(gold))}
    if absent:
        scores.update({f"inf_{w}_{k}": math.nan for w in ("any", "all") for k in ("precision", "recall", "f1")})
        scores["_missing_inf"] = "added_framing"
    for name, predicted in flags.items():
        if len(predicted) == len(gold):
            scores.update({k: v for k, v in binary_scores(gold, predicted, name).items() if not k.endswith("accuracy")})
    return scores


#: The version every BASIL ranking story is compared with (a fixed choice, free of the labels).
RANKING_BASELINE = "nyt"


def human_score(article: BasilArticle) -> float:
    """Annotated bias spans (lexical and informational) per 100 words."""
    return round(100.0 * article.annotations / article.words, 6) if article.words else math.nan


def ranking_records(triplets: Sequence[Triplet]) -> str:
    """A JSON Lines ranking story set: one story per triplet, NYT as baseline, ``human_score`` per version."""
    lines = []
    for triplet in triplets:
        if RANKING_BASELINE not in {a.source for a in triplet.articles}:
            continue
        versions = [
            {"id": a.source, "outlet": a.source, "text": a.text, "human_score": human_score(a)}
            for a in sorted(triplet.articles, key=lambda a: a.source)
            if a.text.strip()
        ]
        record = {"story": f"basil-{triplet.id}", "baseline": RANKING_BASELINE, "versions": versions}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)
