"""Refit the shipped sentence model (framing/evaluation/babe_model.npz) on BABE's development half.

    python benchmarks/fit_babe_model.py /path/to/final_labels_SG2.dev.csv [--out PATH] [--no-write]

Run it after the extractors or the loaded-wording model change: some features are
counts of their findings. What is fitted on what:

1. Out-of-fold probabilities (5 folds, stratified by label, grouped by article
   so that sentences of one article never sit on both sides; seed 0) give the
   honest scores, printed at the untuned threshold 0.5 and at the best one.
2. The shipped threshold is the one that maximises macro-F1 on those
   out-of-fold probabilities (a 0.01 grid from 0.3 to 0.7).
3. The shipped coefficients and idf are fitted on the whole development half.

Also printed: a two-halves check (articles split by position, even and odd, each
half fitted and measured on the other) and leave-one-outlet-out, the harder
question of whether the wording carries over to an outlet the model never saw.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from framing.evaluation.babe import Sentence, read_babe
from framing.evaluation.metrics import macro_f1
from framing.evaluation.sentence_model import (
    MODEL_PATH,
    best_threshold,
    cross_validated_probabilities,
    fit_model,
    sentence_features,
)


def _halves(sentences: Sequence[Sentence]) -> list[np.ndarray]:
    groups = sorted({s.group or s.text for s in sentences})
    side = {g: k % 2 for k, g in enumerate(groups)}
    labels = np.array([side[s.group or s.text] for s in sentences])
    return [np.flatnonzero(labels == 0), np.flatnonzero(labels == 1)]


def _fit_measure(rows: list, texts: list, labels: list, train: np.ndarray, test: np.ndarray) -> float:
    model = fit_model([rows[i] for i in train], [texts[i] for i in train], [labels[i] for i in train])
    predicted = model.predict([rows[i] for i in test], [texts[i] for i in test])
    return macro_f1([labels[i] for i in test], predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="BABE's ';'-separated CSV (development half)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    args = parser.parse_args(argv)
    sentences = read_babe(args.csv)
    rows = [sentence_features(s.text) for s in sentences]
    texts = [s.text for s in sentences]
    labels = [s.biased for s in sentences]
    groups = [s.group or f"sentence {k}" for k, s in enumerate(sentences)]
    probabilities = cross_validated_probabilities(rows, texts, labels, groups)
    assert probabilities is not None
    threshold = best_threshold(probabilities.tolist(), labels)
    print(f"5-fold grouped out-of-fold macro-F1 at 0.5: {macro_f1(labels, list(probabilities >= 0.5)):.4f}")
    print(f"  at the chosen threshold {threshold}: {macro_f1(labels, list(probabilities >= threshold)):.4f}")
    for k, (train, test) in enumerate((_halves(sentences), _halves(sentences)[::-1])):
        score = _fit_measure(rows, texts, labels, train, test)
        print(f"half {'AB'[k]} -> half {'BA'[k]} (held out, threshold 0.5): {score:.4f}")
    outlets = np.array([s.outlet or "" for s in sentences])
    predicted = np.zeros(len(sentences), dtype=bool)
    for outlet in sorted(set(outlets)):
        test, train = np.flatnonzero(outlets == outlet), np.flatnonzero(outlets != outlet)
        model = fit_model([rows[i] for i in train], [texts[i] for i in train], [labels[i] for i in train])
        predicted[test] = model.predict([rows[i] for i in test], [texts[i] for i in test])
    print(f"leave-one-outlet-out macro-F1 (threshold 0.5): {macro_f1(labels, list(predicted)):.4f}")
    model = fit_model(
        rows, texts, labels, threshold=threshold, fitted_on=f"BABE SG2 development half, {len(rows)} sentences"
    )
    print(f"in-sample macro-F1 of the shipped model: {macro_f1(labels, model.predict(rows, texts)):.4f}")
    for name, weight in zip(model.features, model.coef, strict=True):
        print(f"{name:34} {weight:+.3f}")
    if not args.no_write:
        model.save(args.out)
        print(f"threshold {model.threshold:.2f}; wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
