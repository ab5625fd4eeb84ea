"""Train framing's cue tagger (``framing/attribution/cue_tagger.json``) on PolNeAR, and measure it half to half.

Protocol (deterministic: no random state anywhere):

1. Articles of PolNeAR's training folder, sorted by name; half A = even positions, half B = odd positions.
2. Vocabulary: word forms (lower case) that lie inside a gold Cue span at least ``--min-count`` times with a cue
   rate of at least ``--min-rate`` in the training articles.
3. Examples: every cue the rules read, and every vocabulary word no rule takes, in the sentences the engine
   parses (:func:`framing.attribution.engine.candidate_features`); label 1 when it overlaps a gold Cue span.
4. Model: L2 logistic regression (scikit-learn, lbfgs) over the binary features of
   :func:`framing.attribution.tagger.token_features` seen at least twice, for the rules' cues and the other
   words together; the thresholds (adding a word; vetoing a rule's cue) are those with the best cue span F1
   (rules plus tagger) out of fold in a 2-fold split of the training articles (even/odd again).
5. ``--evaluate``: train on A, score B with ``framing eval polnear``'s engine scores, and the other way round.
   ``--write``: train on all articles and write the shipped model with its provenance and these numbers.

    python benchmarks/train_cues.py ../shared/eval/polnear-train --evaluate --write
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from framing.attribution import analyse_many, engine  # noqa: E402
from framing.attribution.tagger import MODEL_FILE, CueTagger  # noqa: E402
from framing.evaluation.metrics import overlaps, spans_touched  # noqa: E402
from framing.evaluation.polnear import AttributedText, evaluate_polnear, read_polnear  # noqa: E402

_WORD = re.compile(r"[A-Za-z]+")
THRESHOLDS = [round(0.2 + 0.05 * k, 2) for k in range(13)]
VETOES = [0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]


def vocabulary(articles: list[AttributedText], min_count: int, min_rate: float) -> frozenset[str]:
    cue, seen = Counter(), Counter()
    for article in articles:
        gold = article.spans["Cue"]
        for match in _WORD.finditer(article.text):
            word = match.group().lower()
            seen[word] += 1
            if any(overlaps(match.span(), g) for g in gold):
                cue[word] += 1
    return frozenset(w for w, n in cue.items() if n >= min_count and n / seen[w] >= min_rate)


Row = tuple[tuple[int, int], list[str], bool, int]  # span, features, a rule reads it as a cue, gold label


def examples(articles: list[AttributedText], vocab: frozenset[str]) -> list[list[Row]]:
    found = engine.candidate_features([a.text for a in articles], vocab)
    return [
        [(span, f, fired, int(any(overlaps(span, g) for g in article.spans["Cue"]))) for span, f, fired in items]
        for article, items in zip(articles, found, strict=True)
    ]


def fit(rows: list[list[Row]], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    flat = [item for items in rows for item in items]
    counts = Counter(f for _, features, _, _ in flat for f in set(features))
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1 for f in features if counts[f] >= 2} for _, features, _, _ in flat])
    y = np.array([label for *_, label in flat])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    model.fit(x, y)
    return vectorizer, model


def tagger(
    vectorizer: DictVectorizer,
    model: LogisticRegression,
    vocab: frozenset[str],
    thresholds: tuple[float, float],
    meta: dict,
) -> CueTagger:
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-5}
    return CueTagger(vocab, weights, round(float(model.intercept_[0]), 5), thresholds[0], meta, thresholds[1])


def rule_cues(articles: list[AttributedText]) -> list[list[tuple[int, int]]]:
    return [sorted({a.cue for a in s.attributions}) for s in analyse_many([a.text for a in articles], tagged=False)]


def span_f1(articles, rules, rows, probabilities, threshold: float, veto: float) -> float:  # noqa: ANN001
    found = n_gold = correct = n_pred = 0
    for article, cues, items, probs in zip(articles, rules, rows, probabilities, strict=True):
        vetoed = {item[0] for item, p in zip(items, probs, strict=True) if item[2] and p < veto}
        added = [item[0] for item, p in zip(items, probs, strict=True) if not item[2] and p >= threshold]
        predicted = sorted([c for c in cues if c not in vetoed] + added)
        a, b = spans_touched(article.spans["Cue"], predicted)
        c, d = spans_touched(predicted, article.spans["Cue"])
        found, n_gold, correct, n_pred = found + a, n_gold + b, correct + c, n_pred + d
    p, r = correct / max(n_pred, 1), found / max(n_gold, 1)
    return 2 * p * r / max(p + r, 1e-9)


def choose_thresholds(articles: list[AttributedText], args: argparse.Namespace) -> tuple[tuple[float, float], dict]:
    """The (add, veto) thresholds with the best span F1 out of fold in an even/odd split of ``articles``."""
    halves = [articles[0::2], articles[1::2]]
    scores: Counter = Counter()
    for k in (0, 1):
        train, test = halves[k], halves[1 - k]
        vocab = vocabulary(train, args.min_count, args.min_rate)
        vectorizer, model = fit(examples(train, vocab), args.c)
        rows = examples(test, vocab)
        rules = rule_cues(test)
        probs = []
        for items in rows:
            x = vectorizer.transform([{f: 1 for f in features} for _, features, _, _ in items]) if items else None
            probs.append(list(model.predict_proba(x)[:, 1]) if items else [])
        for t in THRESHOLDS:
            for v in VETOES:
                scores[(t, v)] += span_f1(test, rules, rows, probs, t, v) / 2
    best = max(scores, key=lambda key: (round(scores[key], 4), key))
    return best, {f"{t} {v}": round(s, 4) for (t, v), s in sorted(scores.items())}


def train(articles: list[AttributedText], args: argparse.Namespace, meta: dict) -> CueTagger:
    thresholds, curve = choose_thresholds(articles, args)
    vocab = vocabulary(articles, args.min_count, args.min_rate)
    vectorizer, model = fit(examples(articles, vocab), args.c)
    meta = {**meta, "threshold_curve": curve, "training_articles": len(articles), "vocabulary_size": len(vocab)}
    return tagger(vectorizer, model, vocab, thresholds, meta)


def score(articles: list[AttributedText], model: CueTagger | None) -> dict[str, float]:
    original = engine.cue_tagger
    if model is not None:
        engine.cue_tagger = lambda: model  # type: ignore[assignment]
    try:
        scores = evaluate_polnear(articles, engine="attribution")
    finally:
        engine.cue_tagger = original  # type: ignore[assignment]
    keys = ("cue_span_precision", "cue_span_recall", "cue_span_f1", "source_span_f1", "number_kappa")
    return {k: round(float(scores[k]), 4) for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-rate", type=float, default=0.05)
    parser.add_argument("--c", type=float, default=0.25)
    parser.add_argument("--quick", action="store_true", help="with --evaluate: train on A, score B only")
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    articles = read_polnear(args.folder)
    halves = {"A": articles[0::2], "B": articles[1::2]}
    settings = {"min_count": args.min_count, "min_rate": args.min_rate, "C": args.c}
    results = {}
    if args.evaluate:
        for name, other in (("A", "B"),) if args.quick else (("A", "B"), ("B", "A")):
            started = time.perf_counter()
            model = train(halves[name], args, {})
            results[f"train {name} -> {other}"] = {
                **score(halves[other], model),
                "threshold": model.threshold,
                "veto": model.veto,
            }
            print(
                name,
                "->",
                other,
                results[f"train {name} -> {other}"],
                f"{time.perf_counter() - started:.0f} s",
                flush=True,
            )
    if args.write:
        meta = {
            "name": "framing cue tagger",
            "version": "1.0.0",
            "source": "trained by benchmarks/train_cues.py on PolNeAR (Newell, Margolin & Ruths, LREC 2018), "
            f"training split, {len(articles)} articles, settings {settings}",
            "licence": "weights derived from PolNeAR, which ships with no licence file (research use): "
            "research use; the code that trains them is framing's (MIT)",
            "half_to_half": {k: v for k, v in results.items() if v is not None},
        }
        model = train(articles, args, meta)
        data = {
            "meta": model.meta,
            "bias": model.bias,
            "threshold": model.threshold,
            "veto": model.veto,
            "vocabulary": sorted(model.vocabulary),
            "weights": dict(sorted(model.weights.items())),
        }
        out = Path(__file__).resolve().parents[1] / "framing" / "attribution" / MODEL_FILE
        out.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        print("wrote", out, len(model.weights), "weights", len(model.vocabulary), "words", "threshold", model.threshold)


if __name__ == "__main__":
    main()
