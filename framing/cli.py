"""The ``framing`` command: a thin layer over the same functions the Python API uses."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .analysis import analyze
from .compare import Comparison
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
    add_eval_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="framing: warning: %(message)s")
    try:
        if args.command == "eval":
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


def _analyze(args: argparse.Namespace) -> int:
    model = DivergenceModel.from_toml(args.weights) if args.weights else None
    is_set = args.path.is_file() and args.path.suffix.lower() in (".jsonl", ".ndjson")
    comparisons = [analyze(story, model=model) for story in _stories(args.path, args.baseline)]
    if args.out is not None:
        files = _report_files(comparisons, is_set, with_pdf=not args.no_pdf)
        write_reports(files, args.out)
    if args.format == "json":
        if is_set:
            sys.stdout.write("".join(c.to_json(indent=None) + "\n" for c in comparisons))
        else:
            sys.stdout.write(comparisons[0].to_json() + "\n")
    elif args.format == "csv":
        sys.stdout.write(findings_csv(comparisons))
    elif args.out is None or not is_set:
        sys.stdout.write("\n".join(ranking_table(c) for c in comparisons))
    if args.out is not None:
        print(f"framing: wrote the report to {args.out}", file=sys.stderr)
    return 0


def _report_files(comparisons: list[Comparison], is_set: bool, *, with_pdf: bool) -> dict[str, bytes]:
    from .report.build import report_files  # charts and PDF: imported only when asked for

    files: dict[str, bytes] = {}
    for comparison in comparisons:
        prefix = f"{_safe(comparison.story.name)}/" if is_set else ""
        for name, content in report_files(comparison, with_pdf=with_pdf).items():
            files[prefix + name] = content
    return files


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:100] or "story"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
