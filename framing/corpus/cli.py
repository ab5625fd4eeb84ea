"""``framing corpus INPUT --out DIR``: the command line of corpus mode, over :func:`framing.corpus`."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from .engine import corpus
from .profiles import NOTE

__all__ = ["add_corpus_parser"]


def add_corpus_parser(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser(
        "corpus", help="a pile of articles: reprints, stories, wire origins, analyses and outlet profiles (Dask)"
    )
    run.add_argument("path", type=Path, help="JSON Lines of articles (.jsonl, .jsonl.gz), a .parquet file or a folder")
    run.add_argument("--out", type=Path, required=True, help="folder for the results (a rerun resumes there)")
    run.add_argument("--workers", type=int, metavar="N", help="local Dask worker processes (default: one per CPU)")
    run.add_argument("--scheduler", metavar="ADDRESS", help="use the Dask scheduler at ADDRESS instead")
    run.add_argument("--batch-size", type=int, default=500, metavar="N", help="articles per batch (default 500)")
    run.add_argument(
        "--on-error", choices=("skip", "stop"), default="stop", help="a bad record: stop (default) or report and skip"
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar on the terminal")
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, _interrupted)  # a kill stops the cluster cleanly, as Ctrl-C does; rerun to resume
    result = corpus(
        args.path,
        args.out,
        workers=args.workers,
        scheduler=args.scheduler,
        batch_size=args.batch_size,
        on_error=args.on_error,
        progress=not args.no_progress and sys.stderr.isatty(),
    )
    left_out = f", {len(result.problems)} records left out (errors.jsonl)" if result.problems else ""
    resumed = f", {result.batches_skipped} batches already written" if result.batches_skipped else ""
    print(
        f"framing: {result.articles} articles, {result.reprints} reprints, {result.stories} stories, "
        f"{result.analysed} analysed{left_out}{resumed}; wrote {result.out}",
        file=sys.stderr,
    )
    print(f"framing: {NOTE}", file=sys.stderr)
    return 0


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
