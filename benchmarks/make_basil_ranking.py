"""Build a ranking story set (JSON Lines with ``human_score``) from BASIL's triplets.

    python benchmarks/make_basil_ranking.py /path/to/basil-dev out.jsonl

One story per triplet with its three versions (Fox, NYT, HuffPost). The baseline
is fixed to the New York Times article (BASIL's outlet between the other two; a
fixed choice keeps the protocol free of the labels). ``human_score`` is the number
of bias spans the annotators marked (lexical and informational) per 100 words.
The output holds the articles' text, so it stays out of the repository (licence).
Then: ``framing eval ranking out.jsonl``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from framing.evaluation.basil import ranking_records, read_basil


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("basil", type=Path, help="BASIL folder with articles/ and annotations/")
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    args = parser.parse_args(argv)
    text = ranking_records(read_basil(args.basil))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} stories to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
