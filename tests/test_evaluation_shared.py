"""The real development halves against the pinned floors (needs ../shared or $FRAMING_SHARED)."""

from __future__ import annotations

import pytest

from framing.evaluation.floors import PINNED, check, measure, read_floors, shared_root

SHARED = shared_root()
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        SHARED is None, reason="no evaluation data: ../shared/eval beside the checkout, or set FRAMING_SHARED"
    ),
]


@pytest.mark.parametrize("dataset", sorted(PINNED))
def test_dev_results_hold_their_floors(dataset: str) -> None:
    assert SHARED is not None
    floors, tolerance = read_floors()
    measured = measure(dataset, SHARED)
    failed = [
        f"{c.metric} {c.value:.4f} < floor {c.floor:.3f}"
        for c in check(measured, floors[dataset], dataset, tolerance)
        if not c.passed
    ]
    assert not failed, f"{dataset}: {failed}; if the drop is intended, lower with --update --allow-lower and say why"
