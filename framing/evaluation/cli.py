"""``framing eval``: score framing against human labels, one public data set format per subcommand.

Each subcommand reads its data from the paths given, prints a table of metrics
(or, with ``--format json``, one flat JSON object) and exits 0; NaN means the
metric is undefined here (for example an extractor that is not installed, named
under ``missing_extractors``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from . import floors_cli as floors_module

__all__ = ["add_eval_parser", "format_table", "format_json", "REFERENCES"]

Scores = Mapping[str, float | str]

#: Published reference points printed under the tables (docs/evaluation.md has the citations).
REFERENCES: Mapping[str, str] = {
    "spans": "reference: SemEval-2020 Task 11 span identification F1 about 0.49-0.51 (all 14 techniques together).",
    "babe": "reference: BABE sentence classification macro-F1 0.804 (Spinde et al. 2021, BERT + distant supervision).",
}


def add_eval_parser(commands: Any) -> argparse.ArgumentParser:
    """Register ``eval`` and its subcommands on the ``framing`` command's subparsers."""
    parser = commands.add_parser("eval", help="score framing against human labels (public data set formats)")
    sub = parser.add_subparsers(dest="dataset", required=True)
    spans = _sub(sub, "spans", "loaded wording against PTC / SemEval-2020 Task 11 spans", _spans)
    spans.add_argument("articles", type=Path, help="folder of article<ID>.txt files")
    spans.add_argument("labels", type=Path, help="labels TSV: article_id, technique, start, end")
    spans.add_argument("--technique", action="append", help="technique to score against (default Loaded_Language)")
    _quotes_and_lexicon(spans)
    babe = _sub(sub, "babe", "sentence bias and biased words against BABE", _babe)
    babe.add_argument("csv", type=Path, help="BABE's ';'-separated CSV")
    babe.add_argument("--lexicon", type=Path, help="naive baseline: a word list, one term a line")
    basil = _sub(sub, "basil", "loaded wording (lex) and added framing (inf) against BASIL triplets", _basil)
    basil.add_argument("folder", type=Path, help="BASIL folder with articles/ and annotations/")
    _quotes_and_lexicon(basil)
    polnear = _sub(sub, "polnear", "sources, cues and attributed numbers against PolNeAR", _polnear)
    polnear.add_argument("folder", type=Path, help="PolNeAR folder with text/ and attributions/ (or its parent)")
    polnear.add_argument(
        "--engine",
        choices=("segment", "attribution"),
        default="segment",
        help="attribution detection to score: the segmenter's speakers (segment) or framing.attribution",
    )
    ranking = _sub(sub, "ranking", "Spearman of the divergence with versions' human_score", _ranking)
    ranking.add_argument("jsonl", type=Path, help="JSON Lines story set whose versions carry human_score")
    ranking.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples (seed fixed)")
    seed = _sub(sub, "seed", "precision and recall on the seed story's hand-made gold", _seed)
    seed.add_argument("--gold", type=Path, help="gold JSON (default: the seed story's)")
    seed.add_argument("--story", type=Path, help="story folder (default: the seed story)")
    gold = _sub(sub, "gold", "precision and recall per kind and field on the gold from real stories", _gold)
    gold.add_argument("corpora", type=Path, help="folder holding abp-wire-stories/ and allsides-neus/")
    gold.add_argument("--half", choices=("tune", "report", "all"), default="report", help="which half of the gold")
    gold.add_argument("--gold", type=Path, help="folder of gold files (default: framing's)")
    floors = sub.add_parser("floors", help="check the pinned floors on the development halves, or raise them")
    floors_module.add_arguments(floors)
    floors.set_defaults(handler=floors_module.run)
    return parser


def _sub(sub: Any, name: str, help_text: str, run: Callable[[argparse.Namespace], Scores]) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--format", choices=("table", "json"), default="table", help="what to print")
    parser.add_argument("--limit", type=int, help="only the first N documents (sorted), for a quick look")
    parser.set_defaults(handler=lambda args: _print(args, name, run(args)))
    return parser


def _quotes_and_lexicon(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quotes",
        choices=("include", "exclude"),
        default="include",
        help="count loaded words inside quotations (include) or the outlet's voice only",
    )
    parser.add_argument("--lexicon", type=Path, help="naive baseline word list (default: framing's 'loaded' lexicon)")


def _lexicon(path: Path | None) -> frozenset[str]:
    from .predict import default_lexicon, load_terms

    return load_terms(path) if path is not None else default_lexicon()


def _spans(args: argparse.Namespace) -> Scores:
    from .ptc import DEFAULT_TECHNIQUES, evaluate_spans, read_ptc

    articles = read_ptc(args.articles, args.labels, limit=args.limit)
    techniques = tuple(args.technique or DEFAULT_TECHNIQUES)
    return evaluate_spans(
        articles, techniques=techniques, quotes=args.quotes == "include", lexicon=_lexicon(args.lexicon)
    )


def _babe(args: argparse.Namespace) -> Scores:
    from .babe import evaluate_babe, read_babe

    return evaluate_babe(read_babe(args.csv, limit=args.limit), lexicon=_lexicon(args.lexicon))


def _basil(args: argparse.Namespace) -> Scores:
    from .basil import evaluate_basil, read_basil

    triplets = read_basil(args.folder, limit=args.limit)
    return evaluate_basil(triplets, quotes=args.quotes == "include", lexicon=_lexicon(args.lexicon))


def _polnear(args: argparse.Namespace) -> Scores:
    from .polnear import evaluate_polnear, read_polnear

    return evaluate_polnear(read_polnear(args.folder, limit=args.limit), engine=args.engine)


def _ranking(args: argparse.Namespace) -> Scores:
    from .ranking import evaluate_ranking, read_ranking

    return evaluate_ranking(read_ranking(args.jsonl, limit=args.limit), resamples=args.resamples)


def _seed(args: argparse.Namespace) -> Scores:
    from ..load import load_story
    from .seed import evaluate_seed

    return evaluate_seed(args.gold, load_story(args.story) if args.story else None)


def _gold(args: argparse.Namespace) -> Scores:
    from .gold import evaluate_gold

    return evaluate_gold(args.corpora, half=args.half, folder=args.gold, limit=args.limit)


def format_json(scores: Scores) -> str:
    """One flat JSON object; NaN becomes null."""
    clean = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in scores.items()}
    return json.dumps(clean, ensure_ascii=False, allow_nan=False)


_COUNTS = ("articles", "sentences", "stories", "versions", "triplets", "numbers", "_spans", "_findings", "_hits")


def _shown(key: str, value: float | str) -> str:
    if isinstance(value, str):
        return value
    if math.isnan(value):
        return "NaN"
    return f"{value:.0f}" if key.endswith(_COUNTS) else f"{value:.4f}"


def format_table(scores: Scores, dataset: str = "") -> str:
    """Metric and value, one a line; counts as whole numbers, NaN printed as NaN."""
    width = max((len(k) for k in scores), default=6)
    lines = [f"{'metric':<{width}}  value"]
    lines += [f"{key:<{width}}  {_shown(key, value)}" for key, value in scores.items()]
    if dataset in REFERENCES:
        lines.append(REFERENCES[dataset])
    return "\n".join(lines) + "\n"


def _print(args: argparse.Namespace, dataset: str, scores: Scores) -> int:
    sys.stdout.write(format_json(scores) + "\n" if args.format == "json" else format_table(scores, dataset))
    return 0
