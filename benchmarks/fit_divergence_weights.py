"""Choose the divergence's meaning terms on the SemEval-2022 Task 8 development pairs, by cross-validation.

    python benchmarks/fit_divergence_weights.py [SEMEVAL_STORIES.jsonl] [--basil BASIL_DIR] [--folds 2] [--repeats 20]

Every pair is analysed once with framing's default model, keeping its scores and the word
pieces of both bodies; the meaning terms are then recomputed for each candidate and the
index is the weighted mean of :class:`framing.divergence.DivergenceModel` (vectorised here).
Searched, a small grid so that 182 pairs choose few numbers:

- ``lead``: how fast a word piece's weight falls with its place in the body
  (:func:`framing.extractors.meaning.lead_weights`; None = every piece alike), used by both
  ``meaning__distance`` (embedding) and ``meaning__lexical_distance`` (tf-idf);
- the weights of ``meaning__distance``, ``meaning__lexical_distance`` and
  ``meaning__uncovered_share`` (their sum fixed at 100), and the scale at which each
  distance counts half.

The framing terms (hedges, loaded words, unsourced figures, …) keep their relative weights
and a **fixed share of the index's weight** (``--framing-share``): that share is a design
choice, not fitted (SemEval's raters judge content, so the fit alone would drive it to 0);
its cost on SemEval and its effect on the BASIL ranking (bias spans per 100 words) are printed
for every share in ``SHARES``.

With ``--basil``, a candidate whose BASIL ranking (per-story Spearman of the index with
annotated bias spans per 100 words, the NYT article as baseline) falls below its pinned floor
(``framing/evaluation/floors.toml``, ``[ranking]``, less the tolerance) is left out before
anything is chosen: the floors gate every change, and a candidate that fails it cannot ship.

Cross-validation: the stories (one pair each) are split at random into ``--folds`` parts
(seeded), the candidate chosen on the other parts by pooled Spearman with the human scores
and scored on the held-out part; repeated ``--repeats`` times. Printed: the held-out
Spearman (mean, sd, min), how often each candidate was chosen, the candidate chosen on all
pairs with its pooled Spearman, that on pairs rated as the same story (human_score ≤ 2.5),
and tf-idf's.
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
import random
import statistics
import tempfile
from collections import Counter
from dataclasses import astuple, dataclass
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from framing.analysis import analyze
from framing.divergence import DEFAULT_SCALES, DEFAULT_WEIGHTS, DivergenceModel
from framing.evaluation.ranking import read_ranking, tfidf_distances
from framing.extractors.meaning import LEAD_PIECES, lead_embedding, lead_tfidf
from framing.meaning import body_pieces

ROOT = Path(__file__).resolve().parents[1]
TERMS = ("meaning__distance", "meaning__lexical_distance", "meaning__uncovered_share")
LEADS = (32.0, 64.0, 128.0, 256.0, None)
GRID = (0.0, 1.0, 2.0, 4.0, 8.0)
SCALES = (0.5, 1.0)
SHARES = (0.0, 0.05, 0.1, 0.2, 0.3)


@dataclass(frozen=True)
class Row:
    """One scored version: its story, scores, human score, tf-idf distance and both bodies' word pieces."""

    story: str
    scores: dict[str, float]
    human: float
    tfidf: float
    mine: tuple[int, ...]
    theirs: tuple[int, ...]


def rows(path: Path) -> list[Row]:
    stories = read_ranking(path)
    comparisons = [analyze(s.story) for s in stories]
    tfidf = tfidf_distances(stories, {c.story.name: c.baseline for c in comparisons})
    out = []
    for scored, comparison in zip(stories, comparisons, strict=True):
        baseline = next(r for r in comparison.results if r.is_baseline).document
        for result in comparison.results:
            if not result.is_baseline and result.id in scored.human:
                name = scored.story.name
                out.append(
                    Row(
                        name,
                        dict(result.scores),
                        scored.human[result.id],
                        tfidf[name][result.id],
                        tuple(body_pieces(result.document)),
                        tuple(body_pieces(baseline)),
                    )
                )
    return out


def cached(path: Path, cache: Path | None) -> list[Row]:
    if cache is not None and cache.is_file():
        return [Row(*fields) for fields in pickle.loads(cache.read_bytes())]
    data = rows(path)
    if cache is not None:  # plain tuples: the cache reads back whichever module holds Row
        cache.write_bytes(pickle.dumps([astuple(r) for r in data]))
    return data


def basil_rows(folder: Path, cache: Path | None) -> list[Row]:
    from framing.evaluation.basil import ranking_records, read_basil

    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "basil-ranking.jsonl"
        file.write_text(ranking_records(read_basil(folder)), encoding="utf-8")
        return cached(file, cache)


def meaning_terms(data: list[Row], lead: float | None) -> np.ndarray:
    """Versions x 3: the meaning terms with this lead (NaN where a body has no piece)."""
    out = np.full((len(data), 3), np.nan)
    for number, row in enumerate(data):
        out[number, 2] = row.scores.get(TERMS[2], np.nan)
        if row.mine and row.theirs:
            out[number, 0] = min(
                1.0, max(0.0, 1.0 - float(lead_embedding(row.mine, lead) @ lead_embedding(row.theirs, lead)))
            )
            mine, theirs = lead_tfidf(row.mine, lead), lead_tfidf(row.theirs, lead)
            out[number, 1] = min(1.0, max(0.0, 1.0 - math.fsum(w * theirs.get(p, 0.0) for p, w in mine.items())))
    return out


def framing_part(data: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    """Per version: Σ w·s over the framing terms at their default weights, and Σ w over those defined."""
    model = DivergenceModel()
    sums, totals = np.zeros(len(data)), np.zeros(len(data))
    for number, row in enumerate(data):
        for name, weight in DEFAULT_WEIGHTS.items():
            value = row.scores.get(name, math.nan)
            if name not in TERMS and not math.isnan(value):
                sums[number] += weight * model.normalise(name, value)
                totals[number] += weight
    return sums, totals


def framing_total() -> float:
    return math.fsum(w for name, w in DEFAULT_WEIGHTS.items() if name not in TERMS)


Candidate = tuple[float | None, tuple[float, ...], float]


def candidates() -> list[Candidate]:
    weights = [w for w in itertools.product(GRID, repeat=3) if any(w)]
    return [(lead, w, s) for lead in LEADS for w in weights for s in SCALES]


def index_table(data: list[Row], every: list[Candidate], share: float) -> np.ndarray:
    """Candidates x versions: the index each candidate gives, the framing terms holding ``share`` of the weight."""
    terms = {lead: meaning_terms(data, lead) for lead in LEADS}
    framing_sum, framing_weight = framing_part(data)
    table = np.empty((len(every), len(data)))
    for number, (lead, weights, scale) in enumerate(every):
        meaning = 100.0 * np.asarray(weights) / sum(weights)
        factor = share / (1.0 - share) * 100.0 / framing_total()
        values = terms[lead].copy()
        values[:, :2] = values[:, :2] / (values[:, :2] + scale)
        defined = ~np.isnan(values)
        top = np.nansum(values * meaning, axis=1) + factor * framing_sum
        bottom = (defined * meaning).sum(axis=1) + factor * framing_weight
        table[number] = np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1.0), np.nan)
    return table


def cross_validate(data: list[Row], table: np.ndarray, folds: int, repeats: int) -> tuple[list[float], Counter]:
    human = np.asarray([r.human for r in data])
    names = sorted({r.story for r in data})
    held_out: list[float] = []
    picks: Counter = Counter()
    for repeat in range(repeats):
        order = names[:]
        random.Random(repeat).shuffle(order)
        for fold in range(folds):
            test = set(order[fold::folds])
            mask = np.asarray([r.story in test for r in data])
            fits = [_rho(row[~mask], human[~mask]) for row in table]
            best = int(np.nanargmax(fits))
            picks[best] += 1
            held_out.append(_rho(table[best][mask], human[mask]))
    return held_out, picks


def _rho(x: np.ndarray, y: np.ndarray) -> float:
    keep = ~np.isnan(x)
    if keep.sum() < 3:
        return math.nan
    return float(spearmanr(x[keep], y[keep])[0])


def floor_mask(basil: list[Row], every: list[Candidate], share: float) -> np.ndarray:
    """Which candidates keep the BASIL ranking's per-story Spearman at or above its pinned floor."""
    from framing.evaluation.floors import read_floors

    floors, tolerance = read_floors()
    floor = floors["ranking"]["spearman_per_story"] - tolerance
    table = index_table(basil, every, share)
    return np.asarray([per_story(basil, row) >= floor - 1e-9 for row in table])


def per_story(data: list[Row], values: np.ndarray) -> float:
    """Mean per-story Spearman (2 × share of stories ordered right − 1 with two versions a story)."""
    by_story: dict[str, list[tuple[float, float]]] = {}
    for row, value in zip(data, values, strict=True):
        by_story.setdefault(row.story, []).append((value, row.human))
    rhos = [
        spearmanr([v for v, _ in pairs], [h for _, h in pairs])[0]
        for pairs in by_story.values()
        if len(pairs) > 1 and len({v for v, _ in pairs}) > 1 and len({h for _, h in pairs}) > 1
    ]
    return float(np.mean(rhos))


def describe(candidate: Candidate, share: float) -> str:
    lead, weights, scale = candidate
    total = sum(weights)
    named = {t.split("__")[1]: round(100 * w / total, 1) for t, w in zip(TERMS, weights, strict=True)}
    return f"lead {lead} weights {named} scale {scale} framing share {share}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "stories",
        nargs="?",
        type=Path,
        default=ROOT.parent / "shared" / "eval" / "semeval2022-t8-dev" / "stories.jsonl",
    )
    parser.add_argument("--basil", type=Path, help="BASIL folder (basil-dev): print its ranking for every share")
    parser.add_argument("--framing-share", type=float, default=0.1, help="the framing terms' share of the weight")
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--cache", type=Path, help="keep the analysed pairs in this pickle between runs")
    parser.add_argument("--basil-cache", type=Path, help="the same for the BASIL set")
    args = parser.parse_args(argv)
    data = cached(args.stories, args.cache)
    human = np.asarray([r.human for r in data])
    same = human <= 2.5
    every = candidates()
    basil = basil_rows(args.basil, args.basil_cache) if args.basil else None
    for share in sorted({*SHARES, args.framing_share}):
        table = index_table(data, every, share)
        if basil is not None:
            passed = floor_mask(basil, every, share)
            table[~passed] = np.nan
        held_out, picks = cross_validate(data, table, args.folds, args.repeats)
        best = int(np.nanargmax([_rho(row, human) for row in table]))
        line = (
            f"[{int(passed.sum())} of {len(every)} candidates hold the BASIL floor] " if basil is not None else ""
        ) + (
            f"framing share {share:.2f}: {args.folds}-fold CV x {args.repeats} held-out pooled Spearman "
            f"{statistics.mean(held_out):.3f} (sd {statistics.stdev(held_out):.3f}, min {min(held_out):.3f}); "
            f"all pairs {_rho(table[best], human):.3f}, same story {_rho(table[best][same], human[same]):.3f}"
        )
        if basil is not None:
            values = index_table(basil, [every[best]], share)[0]
            bhuman = np.asarray([r.human for r in basil])
            line += f"; BASIL per-story {per_story(basil, values):.3f} pooled {_rho(values, bhuman):.3f}"
        print(line)
        if share == args.framing_share:
            chosen = (held_out, picks, best)
    held_out, picks, best = chosen
    print(f"\nframing share {args.framing_share}: candidates chosen most often in the folds")
    for index, count in picks.most_common(5):
        print(f"  {count:3d} times: {describe(every[index], args.framing_share)}")
    print(f"on all pairs: {describe(every[best], args.framing_share)}")
    tfidf = np.asarray([r.tfidf for r in data])
    rho_same = _rho(tfidf[same], human[same])
    print(f"  tf-idf pooled {_rho(tfidf, human):.3f}  same story (n={int(same.sum())}) {rho_same:.3f}")
    for lead in LEADS:
        terms = meaning_terms(data, lead)
        parts = [
            f"{t.split('__')[1]} {_rho(np.nan_to_num(terms[:, i], nan=1.0), human):.3f}" for i, t in enumerate(TERMS)
        ]
        print(f"  alone, lead {lead}: " + ", ".join(parts))
    print(f"  shipped model (framing.divergence defaults): {_rho(_shipped(data), human):.3f}")
    return 0


def _shipped(data: list[Row]) -> np.ndarray:
    """The index with framing's defaults, the meaning distances made afresh (a cache may hold older ones)."""
    model = DivergenceModel(dict(DEFAULT_WEIGHTS), dict(DEFAULT_SCALES))
    terms = meaning_terms(data, LEAD_PIECES)
    fresh = [{**r.scores, TERMS[0]: t[0], TERMS[1]: t[1]} for r, t in zip(data, terms, strict=True)]
    return np.asarray([model.index(scores) for scores in fresh])


if __name__ == "__main__":
    raise SystemExit(main())
