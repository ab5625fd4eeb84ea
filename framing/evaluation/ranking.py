"""Ranking against human scores: does framing's divergence order versions as people do?

The input is a JSON Lines story set (the format :func:`framing.iter_stories`
reads) whose versions carry a number ``human_score`` (higher = more biased, or
strays further from the baseline). Each story is analysed with
:func:`framing.analyze`; its baseline is left out of the correlations (its
divergence is 0 by construction), as are versions with no ``human_score``.

``spearman_per_story`` is the mean of the per-story rho over the stories where it
is defined (at least two scored versions, neither side constant); with two
versions a story's rho is +1 or −1, so the mean is ``2·(share of stories ordered
as people order them) − 1``. ``spearman_pooled`` is rho over all versions of all
stories. Both come with a 95 % bootstrap interval over stories (fixed seed).
The naive baseline is the tf-idf cosine distance of each version to the baseline.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..analysis import analyze
from ..errors import InputError, ManifestError, MissingInputError
from ..load import story_from_mapping
from ..records import Story
from .metrics import bootstrap_interval, spearman_scores

__all__ = ["ScoredStory", "read_ranking", "evaluate_ranking", "tfidf_distances"]


@dataclass(frozen=True, slots=True)
class ScoredStory:
    """A story and the human score of each version that has one."""

    story: Story
    human: Mapping[str, float]


def read_ranking(path: str | Path, *, limit: int | None = None) -> list[ScoredStory]:
    """Stories in file order (the first ``limit``), with their versions' ``human_score``."""
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(f"{file}: no such file; give a .jsonl story set whose versions have 'human_score'.")
    stories: list[ScoredStory] = []
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if limit is not None and len(stories) >= limit:
                break
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ManifestError(f"{file}:{number}: not a JSON object ({error.msg}); one story a line.") from None
            story = story_from_mapping(record, f"{file}:{number}")
            stories.append(ScoredStory(story, _human_scores(record, f"{file}:{number}")))
    if not stories:
        raise InputError(f"{file}: holds no story; a story set has one JSON story per line.")
    return stories


def _human_scores(record: dict[str, object], where: str) -> dict[str, float]:
    scores = {}
    for item in record["versions"]:  # type: ignore[attr-defined]
        value = item.get("human_score")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ManifestError(f"{where}: version {item['id']!r} has human_score {value!r}; give a finite number.")
        scores[str(item["id"])] = float(value)
    return scores


def tfidf_distances(stories: Sequence[ScoredStory], baselines: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Per story, 1 − tf-idf cosine similarity of each version to the baseline (idf over the whole set)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    texts = [v.raw for s in stories for v in s.story.versions]
    vectors = TfidfVectorizer(sublinear_tf=True).fit(texts)
    distances: dict[str, dict[str, float]] = {}
    for scored in stories:
        story = scored.story
        matrix = vectors.transform([v.raw for v in story.versions])
        base = [v.id for v in story.versions].index(baselines[story.name])
        similarity = cosine_similarity(matrix, matrix[base]).ravel()
        distances[story.name] = {v.id: 1.0 - float(similarity[i]) for i, v in enumerate(story.versions)}
    return distances


def evaluate_ranking(stories: Sequence[ScoredStory], *, resamples: int = 1000, seed: int = 0) -> dict[str, float | str]:
    """Spearman between framing's divergence (and the tf-idf baseline) and the human scores."""
    framing_pairs: dict[str, list[tuple[float, float]]] = {}
    tfidf_pairs: dict[str, list[tuple[float, float]]] = {}
    comparisons = [analyze(scored.story) for scored in stories]
    distances = tfidf_distances(stories, {c.story.name: c.baseline for c in comparisons})
    for position, (scored, comparison) in enumerate(zip(stories, comparisons, strict=True)):
        key, human = f"{position}:{scored.story.name}", scored.human
        others = [r for r in comparison.results if not r.is_baseline and r.id in human]
        framing_pairs[key] = [(r.divergence, human[r.id]) for r in others]
        tfidf_pairs[key] = [(distances[scored.story.name][r.id], human[r.id]) for r in others]
    scores: dict[str, float | str] = {
        "stories": float(len(stories)),
        "versions": float(sum(len(p) for p in framing_pairs.values())),
    }
    scores.update(_scores(framing_pairs, "", resamples, seed))
    scores.update(_scores(tfidf_pairs, "tfidf_", resamples, seed))
    return scores


def _scores(pairs: dict[str, list[tuple[float, float]]], prefix: str, resamples: int, seed: int) -> dict[str, float]:
    per_story, pooled = spearman_scores(pairs)
    interval = bootstrap_interval(pairs, resamples=resamples, seed=seed)
    return {
        f"{prefix}spearman_per_story": per_story,
        f"{prefix}spearman_per_story_low": interval["spearman_per_story"][0],
        f"{prefix}spearman_per_story_high": interval["spearman_per_story"][1],
        f"{prefix}spearman_pooled": pooled,
        f"{prefix}spearman_pooled_low": interval["spearman_pooled"][0],
        f"{prefix}spearman_pooled_high": interval["spearman_pooled"][1],
    }
