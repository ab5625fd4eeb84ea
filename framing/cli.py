"""The ``framing`` command: a thin layer over the same functions the Python API uses."""

from __future__ import annotations

import argparse
import errno
import logging
import socket
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from . import __version__
from .analysis import analyze
from .console import OneLineFormatter, console_safe, one_line
from .corpus.cli import add_corpus_parser
from .divergence import DivergenceModel
from .errors import ConfigError, FramingError
from .evaluation.cli import add_eval_parser
from .filters import SEVERITIES, FindingFilter
from .kinds import FINDING_KINDS
from .load import iter_stories, load_story
from .records import Story
from .report.folders import story_folders
from .report.tables import findings_csv, ranking_table
from .report.write import check_out_folder, write_reports
from .serve import DEFAULT_PORT, page_url, serve
from .workers import available_cpus, map_in_processes

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
    run.add_argument("--handout", action="store_true", help="with --out: also write handout.pdf (two pages)")
    add_filter_arguments(run)
    run.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="for a story set: analyse N stories at a time in separate processes (0: one per CPU; never more "
        "than the CPUs or the stories); the output is the same as with 1",
    )
    add_eval_parser(commands)
    add_serve_parser(commands)
    add_corpus_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    console_safe(json_output=getattr(args, "format", None) == "json")
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("framing: warning: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])  # (as before: a no-op where logging is set up)
    try:
        if args.command in ("eval", "serve", "corpus"):
            return args.handler(args)
        return _analyze(args)
    except FramingError as error:
        print(f"framing: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:  # a file that cannot be read or written: permissions, a full disk
        where = error.filename or getattr(args, "out", None) or getattr(args, "path", None) or "the input"
        reason = error.strerror or error
        print(one_line(f"framing: error: {where}: {reason}; check the path and its permissions."), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _stories(path: Path) -> Iterator[Story]:
    if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from iter_stories(path)
    else:
        yield load_story(path)


def _jobs(value: str) -> int:
    """``--jobs``: a number of processes, 0 meaning one per CPU this process may use."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes: give 1 or more, or 0 for all CPUs")
    return jobs or available_cpus()  # more than the CPUs or the stories are not started (see framing.workers)


@dataclass(frozen=True)
class _Task:
    """What one story's analysis must produce for the command line (the same in a worker process)."""

    model: DivergenceModel | None
    baseline: str | None  # --baseline: the user's choice, over the story's own
    is_set: bool
    output: str  # "table", "json" or "csv"
    files: bool  # report files wanted
    with_pdf: bool
    shown: FindingFilter = FindingFilter()  # which findings the outputs show
    handout: bool = False


@dataclass(frozen=True)
class _Outputs:
    """One story's share of what the command prints and writes."""

    text: str  # its JSON line, ranking table or CSV rows (without the header)
    files: dict[str, bytes]


def _story_outputs(item: tuple[Story, str], task: _Task) -> _Outputs:
    """Analyse one story and render what ``task`` asks for (run in a worker process when --jobs > 1).

    ``item``: the story and the folder of its report files under ``--out`` ("" for a lone story).
    """
    story, folder = item
    comparison = task.shown.apply(analyze(story, model=task.model, baseline=task.baseline))
    if task.output == "json":
        text = comparison.to_json(indent=None) + "\n" if task.is_set else comparison.to_json() + "\n"
    elif task.output == "csv":
        text = findings_csv([comparison]).split("\n", 1)[1]  # the rows; the header is printed once
    else:
        text = ranking_table(comparison)
    files: dict[str, bytes] = {}
    if task.files:
        from .report.build import report_files  # charts and PDF: imported only when asked for

        prefix = f"{folder}/" if folder else ""
        files = {
            prefix + name: content
            for name, content in report_files(comparison, with_pdf=task.with_pdf, handout=task.handout).items()
        }
    return _Outputs(text, files)


def _analyze(args: argparse.Namespace) -> int:
    model = DivergenceModel.from_toml(args.weights) if args.weights else None
    is_set = args.path.is_file() and args.path.suffix.lower() in (".jsonl", ".ndjson")
    shown = FindingFilter.make(args.kinds, args.min_severity, args.hide_attributed)
    task = _Task(model, args.baseline, is_set, args.format, args.out is not None, not args.no_pdf, shown, args.handout)
    if args.out is not None:
        check_out_folder(args.out)  # before any work: a wrong --out costs nothing
    stories = list(_stories(args.path))  # every story read and checked before any is analysed
    folders = [""] * len(stories)
    if is_set and args.out is not None:
        folders = story_folders([s.name for s in stories], [str(s.source or s.name) for s in stories])
    items = list(zip(stories, folders, strict=True))
    outputs = map_in_processes(partial(_story_outputs, task=task), items, args.jobs, what="story")
    if args.out is not None:
        write_reports({name: content for o in outputs for name, content in o.files.items()}, args.out)
    if args.format == "csv":
        sys.stdout.write(findings_csv([]) + "".join(o.text for o in outputs))
    elif args.format == "json" or args.out is None or not is_set:
        sys.stdout.write(("" if args.format == "json" else "\n").join(o.text for o in outputs))
    if args.out is not None:
        print(f"framing: wrote the report to {args.out}", file=sys.stderr)
    return 0


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """``--kinds``, ``--min-severity`` and ``--hide-attributed``: which findings the outputs show."""
    parser.add_argument(
        "--kinds", metavar="KIND,KIND", help=f"show only these kinds of finding ({', '.join(FINDING_KINDS)})"
    )
    parser.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        help="'substantive' hides minor findings (small quote changes, text set aside)",
    )
    parser.add_argument("--hide-attributed", action="store_true", help="hide added sentences that say who claims them")


def add_serve_parser(commands: Any) -> None:
    """Add the ``serve`` command to the CLI's subcommands."""
    page = commands.add_parser("serve", help="open the paste-and-compare page in your web browser")
    page.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: only this computer can open the page)",
    )
    page.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    page.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    page.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    """The ``serve`` command: say where the page is (the command line's one message), then serve it."""
    _check_port(args.host, args.port)
    print(f"framing: the page is at {page_url(args.host, args.port)} (press Ctrl+C to stop)", file=sys.stderr)
    serve(args.host, args.port, open_browser=not args.no_browser)
    return 0


def _check_port(host: str, port: int) -> None:
    """Refuse a port another program holds with one clear line (the server itself would exit with a traceback-like
    message of its own)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            reason = "is already in use" if error.errno == errno.EADDRINUSE else f"cannot be opened ({error.strerror})"
            raise ConfigError(
                f"port {port} on {host} {reason}; give another with --port, e.g. --port {port + 1}."
            ) from error


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
