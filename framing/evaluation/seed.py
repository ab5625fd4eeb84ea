"""The seed story's hand-made gold: precision and recall of every kind of finding.

The gold file (``data/gold/<story>.json``) lists ``findings`` and ``must_not_flag``
items, each with ``version``, ``kind`` and ``text`` (an exact substring of the
version's raw file, or of the baseline's for an omission, ``in_baseline``), and
``occurrence`` (1-based) when the text occurs more than once. Its notes give the
matching rule used here: a prediction matches a gold item when version and kind
are equal and their raw-character spans overlap (in the baseline's file for
omissions); each gold item matches at most one prediction. Attributed additions
(``added_framing`` findings with ``attributed: true``) are left out: the gold lists
only unattributed framing, and framing reports attributed additions apart; so are omissions with
``carried_by`` (what a version's rewording of a baseline sentence drops from it: the gold lists
sentences left out). Every prediction that
matches no gold item is a false positive, and ``must_not_flag_hits`` counts those
that overlap a must-not-flag item of the same version and kind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import analyze
from ..errors import InputError, MissingInputError
from ..examples import example_story, gold_path
from ..records import FINDING_KINDS, Story
from .metrics import f1, overlaps, ratio

__all__ = ["GoldItem", "read_gold", "evaluate_seed", "match"]


@dataclass(frozen=True, slots=True)
class GoldItem:
    """A gold (or must-not-flag) finding located in the raw text."""

    version: str
    kind: str
    start: int
    end: int
    in_baseline: bool = False


def read_gold(path: str | Path, story: Story) -> tuple[str, list[GoldItem], list[GoldItem]]:
    """The gold's baseline id, its findings and its must-not-flag items, located in ``story``'s raw texts."""
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(f"{file}: no such gold file; give a JSON file with 'findings' and 'must_not_flag'.")
    data = json.loads(file.read_text(encoding="utf-8"))
    baseline = str(data.get("baseline") or story.baseline or "")
    found = [_locate(item, story, baseline, file) for item in data.get("findings", [])]
    avoid = [_locate(item, story, baseline, file) for item in data.get("must_not_flag", [])]
    return baseline, found, avoid


def _locate(item: dict[str, Any], story: Story, baseline: str, file: Path) -> GoldItem:
    in_baseline = bool(item.get("in_baseline", False))
    where = baseline if in_baseline else str(item["version"])
    try:
        raw = story.version(where).raw
    except KeyError:
        raise InputError(f"{file}: item {item['text']!r} names version {where!r}, which the story lacks.") from None
    start = -1
    for _ in range(int(item.get("occurrence", 1))):
        start = raw.find(item["text"], start + 1)
        if start < 0:
            raise InputError(
                f"{file}: {item['text']!r} is not in version {where!r} (occurrence {item.get('occurrence', 1)})."
            )
    return GoldItem(str(item["version"]), str(item["kind"]), start, start + len(item["text"]), in_baseline)


def match(gold: Sequence[GoldItem], predicted: Sequence[GoldItem]) -> list[tuple[int, int]]:
    """One-to-one matches ``(prediction index, gold index)``: the first free overlapping gold item, in order."""
    used: set[int] = set()
    pairs = []
    for p, prediction in enumerate(predicted):
        for g, item in enumerate(gold):
            if g not in used and _same(item, prediction):
                used.add(g)
                pairs.append((p, g))
                break
    return pairs


def _same(a: GoldItem, b: GoldItem) -> bool:
    return a.version == b.version and a.kind == b.kind and overlaps((a.start, a.end), (b.start, b.end))


def reported_apart(kind: str, details: Mapping[str, Any]) -> bool:
    """Findings framing reports apart from what the seed's gold lists: added framing credited to a named
    source, and what a rewording drops from a baseline sentence it renders (``carried_by``)."""
    if kind == "added_framing":
        return bool(details.get("attributed"))
    return kind == "omission" and bool(details.get("carried_by"))


def evaluate_seed(gold_file: str | Path | None = None, story: Story | None = None) -> dict[str, float | str]:
    """Precision and recall per kind and micro-averaged over all kinds, for the seed story by default."""
    story = story or example_story()
    baseline, gold, avoid = read_gold(gold_file or gold_path(), story)
    comparison = analyze(story, baseline=baseline or None)
    # The gold lists added framing nobody is named as making and baseline sentences left out; additions a
    # version credits to a named source (``attributed: true``) and what a version's rewording of a baseline
    # sentence drops from it (an omission with ``carried_by``) are reported apart and not scored against it.
    predicted = [
        GoldItem(result.id, f.kind, *result.raw_span(f), f.in_baseline)
        for result in comparison.results
        for f in result.findings
        if f.kind in FINDING_KINDS and not reported_apart(f.kind, f.details)
    ]
    pairs = match(gold, predicted)
    matched = {p for p, _ in pairs}
    scores: dict[str, float | str] = {"gold_findings": float(len(gold)), "predicted_findings": float(len(predicted))}
    for kind in sorted({g.kind for g in gold} | {p.kind for p in predicted}):
        tp = sum(predicted[p].kind == kind for p in matched)
        n_pred = sum(p.kind == kind for p in predicted)
        n_gold = sum(g.kind == kind for g in gold)
        scores.update({f"{kind}_precision": ratio(tp, n_pred), f"{kind}_recall": ratio(tp, n_gold)})
    scores["micro_precision"] = ratio(len(pairs), len(predicted))
    scores["micro_recall"] = ratio(len(pairs), len(gold))
    scores["micro_f1"] = f1(len(pairs), len(predicted), len(gold))
    unmatched = [predicted[p] for p in range(len(predicted)) if p not in matched]
    scores["must_not_flag_hits"] = float(sum(any(_same(a, p) for a in avoid) for p in unmatched))
    return scores
