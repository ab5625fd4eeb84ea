"""The extractors against the seed story's hand-made gold: precision and recall per kind, with pinned floors.

The floors sit a little under today's scores; raising one is editing this table, lowering one needs a reason
in the commit message. Omissions are the weak kind: framing's bag-of-words alignment counts a baseline
sentence as dropped when a version rewrites it beyond shared words (004's "IP4 partnership model" for AP's
"NATO has also stepped up its ties with Japan, South Korea, Australia and New Zealand").
"""

from __future__ import annotations

import pytest

from framing.evaluation.seed import evaluate_seed

FLOORS = {
    "added_framing": (0.9, 0.9),
    "altered_quote": (0.9, 0.9),
    "boilerplate": (0.9, 0.9),
    "duplicate_passage": (0.9, 0.9),
    "hedge": (0.9, 0.9),
    "loaded_word": (0.75, 0.9),
    "omission": (0.6, 0.9),
    "unmatched_quote": (0.9, 0.9),
    # recall 1.0 -> 0.89: a figure credited to a named speaker in a sentence the baseline does not report them in
    # is sourced (fresh-story audits judged 13 of 14 such "put in their mouth" findings wrong or partly); 004's
    # "now surpasses", credited to Rutte, is now an attributed addition only
    "unsourced_statistic": (0.9, 0.85),
    "vague_attribution": (0.9, 0.9),
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float | str]:
    return evaluate_seed()


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_precision_and_recall_per_kind(scores, kind):
    precision, recall = FLOORS[kind]
    assert scores[f"{kind}_precision"] >= precision, f"{kind} precision {scores[f'{kind}_precision']:.2f}"
    assert scores[f"{kind}_recall"] >= recall, f"{kind} recall {scores[f'{kind}_recall']:.2f}"


def test_nothing_on_the_must_not_flag_list(scores):
    assert scores["must_not_flag_hits"] == 0.0
