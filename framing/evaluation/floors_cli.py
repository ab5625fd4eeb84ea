"""The floors command (``framing eval floors``, ``python -m framing.evaluation.floors``): its output is printed here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import FramingError, MissingInputError
from . import floors as floors_module
from .floors import (
    DEFAULT_TOLERANCE,
    FLOORS_PATH,
    PINNED,
    check,
    raise_floors,
    read_floors,
    shared_root,
    write_floors,
)

__all__ = ["main", "add_arguments", "run", "console"]


def main(argv: Sequence[str] | None = None) -> int:
    """Check (or with --update raise) the floors; the exit status is 1 when a floor fails or was not lowered."""
    parser = argparse.ArgumentParser(
        prog="python -m framing.evaluation.floors",
        description="Check (or raise) the pinned floors on the development halves.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--update", action="store_true", help="raise the floors to today's results")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: lower floors too")
    parser.add_argument("--shared", type=Path, help="folder holding eval/ (default: $FRAMING_SHARED or ../shared)")
    parser.add_argument("--floors", type=Path, default=FLOORS_PATH, help="the floors file")
    parser.add_argument("--only", action="append", choices=sorted(PINNED), help="only this data set (repeatable)")


def run(args: argparse.Namespace) -> int:
    shared = shared_root(args.shared)
    if shared is None:
        raise MissingInputError("no evaluation data found; pass --shared PATH or set FRAMING_SHARED.")
    floors, tolerance = read_floors(args.floors) if args.floors.is_file() else ({}, DEFAULT_TOLERANCE)
    status = 0
    for dataset in args.only or sorted(PINNED):
        measured = floors_module.measure(dataset, shared)  # looked up on the module: tests replace it
        if args.update:
            floors[dataset], refused = raise_floors(
                floors.get(dataset, {}), measured, PINNED[dataset], allow_lower=args.allow_lower
            )
            for metric in refused:
                print(f"{dataset}.{metric}: {measured.get(metric)} is below the floor; kept it (use --allow-lower).")
                status = 1
        for result in check(measured, floors.get(dataset, {}), dataset, tolerance):
            mark = "ok" if result.passed else "BELOW FLOOR"
            print(f"{dataset:8} {result.metric:22} {result.value:8.4f}  floor {result.floor:7.3f}  {mark}")
            status = status or int(not result.passed)
    if args.update:
        write_floors(floors, tolerance, args.floors)
        print(f"wrote {args.floors}")
    return status


def console() -> None:
    """Run :func:`main` as a program: one line and exit 2 on bad input."""
    try:
        sys.exit(main())
    except FramingError as error:
        print(f"framing: error: {error}", file=sys.stderr)
        sys.exit(2)
