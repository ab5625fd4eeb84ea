"""Refit the shipped sentence model (framing/evaluation/babe_model.json) on BABE's development half.

    python benchmarks/fit_babe_model.py /path/to/final_labels_SG2.dev.csv

Run it after the extractors change: the features are counts of their findings.
The coefficients are standardised logistic-regression weights over framing's
interpretable sentence features (see framing/evaluation/sentence_model.py); the
threshold is the one that maximises macro-F1 on the same half. The honest figure
is the out-of-fold ``cv_macro_f1`` that ``framing eval babe`` prints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from framing.evaluation.babe import read_babe
from framing.evaluation.sentence_model import MODEL_PATH, fit_model, sentence_features


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="BABE's ';'-separated CSV (development half)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    args = parser.parse_args(argv)
    sentences = read_babe(args.csv)
    rows = [sentence_features(s.text) for s in sentences]
    model = fit_model(
        rows, [s.biased for s in sentences], fitted_on=f"BABE SG2 development half, {len(rows)} sentences"
    )
    model.save(args.out)
    for name, weight in zip(model.features, model.coef, strict=True):
        print(f"{name:28} {weight:+.3f}")
    print(f"intercept {model.intercept:+.3f}, threshold {model.threshold:.3f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
