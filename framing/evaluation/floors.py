"""Pinned floors: development-half results that framing must not fall below.

``floors.toml`` (next to this module) holds, per data set, the floor of each
pinned metric and one ``tolerance``. A check fails when a metric is more than
the tolerance below its floor, or is undefined (NaN) where its floor is a number.
A floor of ``nan`` is not yet pinned.

Raising floors is one command, which never lowers one silently::

    python -m framing.evaluation.floors --update          # raise floors to today's results
    python -m framing.evaluation.floors --update --allow-lower   # also lower them (say why in the commit)

The data sets are read from the ``shared`` folder beside the checkout, or from
``$FRAMING_SHARED``, or from ``--shared``.
"""

from __future__ import annotations

import math
import os
import tempfile
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, MissingInputError

__all__ = [
    "FLOORS_PATH",
    "PINNED",
    "Check",
    "shared_root",
    "measure",
    "read_floors",
    "write_floors",
    "check",
    "raise_floors",
    "main",
]

FLOORS_PATH = Path(__file__).with_name("floors.toml")
DEFAULT_TOLERANCE = 0.01
#: The metrics pinned for each data set.
PINNED: Mapping[str, tuple[str, ...]] = {
    "spans": ("token_f1", "span_recall"),
    "babe": ("macro_f1", "cv_macro_f1", "words_token_f1"),
    "basil": ("lex_token_f1", "inf_any_f1"),
    "polnear": ("source_span_f1", "cue_span_f1", "number_agreement"),
    "ranking": ("spearman_per_story", "spearman_pooled"),
    "seed": ("micro_precision", "micro_recall"),
}
Floors = dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class Check:
    """One metric compared with its floor."""

    dataset: str
    metric: str
    value: float
    floor: float
    passed: bool


def shared_root(explicit: str | Path | None = None) -> Path | None:
    """The evaluation data's root: ``explicit``, else ``$FRAMING_SHARED``, else ``shared`` beside the checkout."""
    candidate = explicit or os.environ.get("FRAMING_SHARED") or Path(__file__).resolve().parents[3] / "shared"
    path = Path(candidate)
    return path if (path / "eval").is_dir() else None


def _ranking(eval_dir: Path) -> dict[str, float | str]:
    from .basil import ranking_records, read_basil
    from .ranking import evaluate_ranking, read_ranking

    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "basil-ranking.jsonl"
        file.write_text(ranking_records(read_basil(eval_dir / "basil-dev")), encoding="utf-8")
        return evaluate_ranking(read_ranking(file))


def _runners() -> dict[str, Callable[[Path], dict[str, float | str]]]:
    from .babe import evaluate_babe, read_babe
    from .basil import evaluate_basil, read_basil
    from .polnear import evaluate_polnear, read_polnear
    from .predict import default_lexicon
    from .ptc import evaluate_spans, read_ptc
    from .seed import evaluate_seed

    lexicon = default_lexicon()  # the naive baseline, reported beside framing's numbers
    return {
        "spans": lambda e: evaluate_spans(
            read_ptc(e / "ptc2020-train" / "articles", e / "ptc2020-train" / "labels.tsv"), lexicon=lexicon
        ),
        "babe": lambda e: evaluate_babe(read_babe(e / "babe-dev" / "final_labels_SG2.dev.csv"), lexicon=lexicon),
        "basil": lambda e: evaluate_basil(read_basil(e / "basil-dev"), lexicon=lexicon),
        "polnear": lambda e: evaluate_polnear(read_polnear(e / "polnear-train")),
        "ranking": _ranking,
        "seed": lambda e: evaluate_seed(),
    }


def measure(dataset: str, shared: Path) -> dict[str, float | str]:
    """All metrics of one data set, run the way its floors were measured (the whole development half)."""
    runners = _runners()
    if dataset not in runners:
        raise ConfigError(f"There is no data set named {dataset!r}; choose from {list(runners)}.")
    return runners[dataset](shared / "eval")


def read_floors(path: str | Path = FLOORS_PATH) -> tuple[Floors, float]:
    """The floors by data set and metric, and the tolerance."""
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(f"{file}: no floors file; create it with --update.")
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    tolerance = float(data.pop("tolerance", DEFAULT_TOLERANCE))
    floors = {name: {k: float(v) for k, v in table.items()} for name, table in data.items() if isinstance(table, dict)}
    return floors, tolerance


def write_floors(floors: Floors, tolerance: float, path: str | Path = FLOORS_PATH) -> None:
    """Write the floors file (TOML; ``nan`` marks a metric not yet pinned)."""
    lines = [
        "# Floors of framing's results on the development halves (docs/evaluation.md).",
        "# Written by `python -m framing.evaluation.floors --update`; never lowered without --allow-lower.",
        f"tolerance = {tolerance}",
    ]
    for name in sorted(floors):
        lines += ["", f"[{name}]"]
        lines += [f"{metric} = {_toml_number(value)}" for metric, value in sorted(floors[name].items())]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _toml_number(value: float) -> str:
    return "nan" if math.isnan(value) else f"{math.floor(value * 1000) / 1000:.3f}"


def check(
    measured: Mapping[str, float | str], floors: Mapping[str, float], dataset: str, tolerance: float
) -> list[Check]:
    """Each floored metric of one data set against its floor."""
    checks = []
    for metric, floor in sorted(floors.items()):
        value = measured.get(metric, math.nan)
        value = value if isinstance(value, float) else math.nan
        passed = math.isnan(floor) or (not math.isnan(value) and value >= floor - tolerance)
        checks.append(Check(dataset, metric, value, floor, passed))
    return checks


def raise_floors(
    current: Mapping[str, float], measured: Mapping[str, float | str], metrics: Sequence[str], *, allow_lower: bool
) -> tuple[dict[str, float], list[str]]:
    """New floors for one data set, and the metrics whose floor would have gone down (kept unless allowed)."""
    new: dict[str, float] = dict(current)
    refused = []
    for metric in metrics:
        value = measured.get(metric, math.nan)
        value = (
            float(math.floor(value * 1000) / 1000) if isinstance(value, float) and not math.isnan(value) else math.nan
        )
        old = current.get(metric, math.nan)
        lower = not math.isnan(old) and (math.isnan(value) or value < old)
        if lower and not allow_lower:
            refused.append(metric)
            continue
        new[metric] = value
    return new, refused


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m framing.evaluation.floors``: see :mod:`framing.evaluation.floors_cli`."""
    from .floors_cli import main as run_main

    return run_main(argv)


if __name__ == "__main__":  # pragma: no cover
    from .floors_cli import console

    console()
