"""Choose the weights of the divergence's meaning terms on the SemEval-2022 Task 8 development pairs.

    python benchmarks/fit_divergence_weights.py [SEMEVAL_STORIES.jsonl] [--folds 2] [--repeats 20]

Every pair is analysed once with framing's default model; the index is then recomputed
from the stored scores for each candidate set of weights (cheap: a weighted mean). The
framing terms keep their weights; searched are the weights of ``meaning__distance``,
``meaning__lexical_distance`` and ``meaning__uncovered_share`` (a small grid, so that 182
pairs choose few numbers), and the scale at which each meaning distance counts half.

Cross-validation: the stories are split at random into ``--folds`` parts (seeded), the
weights chosen on the other parts by pooled Spearman with the human scores, and scored on
the held-out part; repeated ``--repeats`` times. Printed: the mean and spread of the
held-out Spearman, how often each weight set was chosen, then the weights chosen on all
pairs (the defaults in framing/divergence.py) with their pooled Spearman, that on pairs
rated as the same story (human_score ≤ 2.5), and tf-idf's for comparison.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from framing.analysis import analyze
from framing.divergence import DEFAULT_SCALES, DEFAULT_WEIGHTS, DivergenceModel
from framing.evaluation.ranking import read_ranking, tfidf_distances

ROOT = Path(__file__).resolve().parents[1]
TERMS = ("meaning__distance", "meaning__lexical_distance", "meaning__uncovered_share")
GRID = (0.0, 5.0, 10.0, 20.0, 40.0, 80.0)
SCALES = (0.25, 0.5, 1.0, 2.0)
FRAMING = (0.25, 0.5, 1.0)  # the framing terms' weights, times this


def rows(path: Path) -> list[tuple[str, dict[str, float], float, float]]:
    """(story, scores, human score, tf-idf distance) of every scored version."""
    stories = read_ranking(path)
    comparisons = [analyze(s.story) for s in stories]
    tfidf = tfidf_distances(stories, {c.story.name: c.baseline for c in comparisons})
    out = []
    for scored, comparison in zip(stories, comparisons, strict=True):
        for result in comparison.results:
            if not result.is_baseline and result.id in scored.human:
                name = scored.story.name
                out.append((name, dict(result.scores), scored.human[result.id], tfidf[name][result.id]))
    return out


def _cached_rows(path: Path, cache: Path | None) -> list[tuple[str, dict[str, float], float, float]]:
    import pickle

    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    data = rows(path)
    if cache is not None:
        cache.write_bytes(pickle.dumps(data))
    return data


def candidates() -> list[tuple[tuple[float, ...], float, float]]:
    weights = [w for w in itertools.product(GRID, repeat=len(TERMS)) if any(w)]
    return [(w, s, f) for w in weights for s in SCALES for f in FRAMING]


def model(weights: tuple[float, ...], scale: float, framing: float) -> DivergenceModel:
    current = {name: weight * framing for name, weight in DEFAULT_WEIGHTS.items() if name not in TERMS}
    return DivergenceModel(
        {**current, **dict(zip(TERMS, weights, strict=True))},
        {**DEFAULT_SCALES, **{t: scale for t in TERMS if not t.endswith("_share")}},
    )


def indices(data: list, candidate: tuple[tuple[float, ...], float, float]) -> np.ndarray:
    chosen = model(*candidate)
    return np.asarray([chosen.index(scores) for _, scores, _, _ in data])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "stories",
        nargs="?",
        type=Path,
        default=ROOT.parent / "shared" / "eval" / "semeval2022-t8-dev" / "stories.jsonl",
    )
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--cache", type=Path, help="keep the analysed scores in this pickle between runs")
    args = parser.parse_args(argv)
    data = _cached_rows(args.stories, args.cache)
    human = np.asarray([h for _, _, h, _ in data])
    every = candidates()
    table = np.vstack([indices(data, c) for c in every])  # candidates x versions
    names = sorted({s for s, _, _, _ in data})
    held_out, picks = [], Counter()
    for repeat in range(args.repeats):
        order = names[:]
        random.Random(repeat).shuffle(order)
        for fold in range(args.folds):
            test = set(order[fold :: args.folds])
            mask = np.asarray([s in test for s, _, _, _ in data])
            fits = [spearmanr(row[~mask], human[~mask])[0] for row in table]
            best = int(np.nanargmax(fits))
            picks[best] += 1
            held_out.append(spearmanr(table[best][mask], human[mask])[0])
    print(
        f"{len(data)} pairs; {args.folds}-fold CV x {args.repeats}: held-out pooled Spearman "
        f"{statistics.mean(held_out):.3f} (sd {statistics.stdev(held_out):.3f}, min {min(held_out):.3f})"
    )
    for index, count in picks.most_common(5):
        print(
            f"  chosen {count:3d} times: weights {every[index][0]} scale {every[index][1]} framing x{every[index][2]}"
        )
    fits = [spearmanr(row, human)[0] for row in table]
    best = int(np.nanargmax(fits))
    same = human <= 2.5
    tfidf = np.asarray([t for _, _, _, t in data])
    print(
        f"all pairs: weights {dict(zip(TERMS, every[best][0], strict=True))} scale {every[best][1]} "
        f"framing x{every[best][2]}"
    )
    print(
        f"  pooled {fits[best]:.3f}  same-story (<= 2.5, n={same.sum()}) "
        f"{spearmanr(table[best][same], human[same])[0]:.3f}"
    )
    print(f"  tf-idf pooled {spearmanr(tfidf, human)[0]:.3f}  same-story {spearmanr(tfidf[same], human[same])[0]:.3f}")
    for term in TERMS:
        values = np.asarray([scores.get(term, np.nan) for _, scores, _, _ in data])
        if np.isnan(values).any():
            print(f"  {term}: undefined for {int(np.isnan(values).sum())} pairs")
            values = np.nan_to_num(values, nan=1.0)
        print(
            f"  {term} alone: pooled {spearmanr(values, human)[0]:.3f} same-story "
            f"{spearmanr(values[same], human[same])[0]:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
