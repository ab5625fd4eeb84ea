"""The ``framing`` command: a thin layer over the same functions the Python API uses."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .analysis import analyze
from .corpus.cli import add_corpus_parser
from .divergence import DivergenceModel
from .errors import FramingError
from .evaluation.cli import add_eval_parser
from .load import iter_stories, load_story
from .records import Story
from .report.tables import findings_csv, ranking_table
from .report.write import write_reports

__all__ = ["main"]

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Compare outlets' versions of one news story with the wire copy (the baseline).",
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("analyze", help="analyse a story folder or a JSON Lines story set")
    run.add_argument("path", type=Path, help="a story folder, or a .jsonl file with one story per line")
    run.add_argument("--format", choices=("table", "json", "csv"), default="table", help="what to print")
    run.add_argument("--out", type=Path, help="write the report files into this folder")
    run.add_argument("--baseline", help="id of the baseline version (default: manifest, else the wire copy)")
    run.add_argument("--weights", type=Path, help="TOML file with [weights] and [scales] of the divergence index")
    run.add_argument("--no-pdf", action="store_true", help="with --out: skip the PDF and charts (faster)")
    run.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="for a story set: analyse N stories at a time in separate processes (0: one per CPU); "
        "the output is the same as with 1",
    )
    add_eval_parser(commands)
    add_corpus_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="framing: warning: %(message)s")
    try:
        if args.command in ("eval", "corpus"):
            return args.handler(args)
        return _analyze(args)
    except FramingError as error:
        print(f"framing: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:  # a file that cannot be read or written: permissions, a full disk
        where = error.filename or "a file"
        reason = error.strerror or error
        print(f"framing: error: {where}: {reason}; check the path and its permissions.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _stories(path: Path, baseline: str | None) -> Iterator[Story]:
    if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from iter_stories(path, baseline=baseline)
    else:
        yield load_story(path, baseline=baseline)


def _jobs(value: str) -> int:
    """``--jobs``: a number of processes, 0 meaning one per CPU this process may use."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes: give 1 or more, or 0 for all CPUs")
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return jobs


@dataclass(frozen=True)
class _Task:
    """What one story's analysis must produce for the command line (the same in a worker process)."""

    model: DivergenceModel | None
    is_set: bool
    output: str  # "table", "json" or "csv"
    files: bool  # report files wanted
    with_pdf: bool


@dataclass(frozen=True)
class _Outputs:
    """One story's share of what the command prints and writes."""

    text: str  # its JSON line, ranking table or CSV rows (without the header)
    files: dict[str, bytes]


def _story_outputs(story: Story, task: _Task) -> _Outputs:
    """Analyse one story and render what ``task`` asks for (run in a worker process when --jobs > 1)."""
    comparison = analyze(story, model=task.model)
    if task.output == "json":
        text = comparison.to_json(indent=None) + "\n" if task.is_set else comparison.to_json() + "\n"
    elif task.output == "csv":
        text = findings_csv([comparison]).split("\n", 1)[1]  # the rows; the header is printed once
    else:
        text = ranking_table(comparison)
    files: dict[str, bytes] = {}
    if task.files:
        from .report.build import report_files  # charts and PDF: imported only when asked for

        prefix = f"{_safe(comparison.story.name)}/" if task.is_set else ""
        files = {prefix + name: content for name, content in report_files(comparison, with_pdf=task.with_pdf).items()}
    return _Outputs(text, files)


def _analyze(args: argparse.Namespace) -> int:
    model = DivergenceModel.from_toml(args.weights) if args.weights else None
    is_set = args.path.is_file() and args.path.suffix.lower() in (".jsonl", ".ndjson")
    task = _Task(model, is_set, args.format, args.out is not None, not args.no_pdf)
    stories = _stories(args.path, args.baseline)
    outputs = (
        _in_processes(stories, task, args.jobs)
        if is_set and args.jobs > 1
        else [_story_outputs(s, task) for s in stories]
    )
    if args.out is not None:
        write_reports({name: content for o in outputs for name, content in o.files.items()}, args.out)
    if args.format == "csv":
        sys.stdout.write(findings_csv([]) + "".join(o.text for o in outputs))
    elif args.format == "json" or args.out is None or not is_set:
        sys.stdout.write(("" if args.format == "json" else "\n").join(o.text for o in outputs))
    if args.out is not None:
        print(f"framing: wrote the report to {args.out}", file=sys.stderr)
    return 0


def _in_processes(stories: Iterator[Story], task: _Task, jobs: int) -> list[_Outputs]:
    """``_story_outputs`` of every story, ``jobs`` at a time in worker processes, in the stories' order.

    Stories are read (and checked) in this process; an error in any story stops the
    rest and is raised here, so nothing is written.
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        try:
            for story in stories:
                pending.append(pool.submit(_story_outputs, story, task))
            return [future.result() for future in pending]
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:100] or "story"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
