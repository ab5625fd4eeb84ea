"""Check the real-story gold against the corpora: every text's SHA-256, every span's bounds and text hash.

Usage: python benchmarks/check_real_gold.py [PATH_TO_SHARED_CORPORA]   (default ../shared/corpora)
Prints one line per problem and exits 1 if there is any; otherwise prints the counts per half and exits 0.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from framing.evaluation.gold import check_spans, read_real_gold


def main(argv: list[str]) -> int:
    corpora = Path(argv[0]) if argv else Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
    golds = read_real_gold(corpora)  # refuses a changed text (SHA-256) with a one-line error
    problems = [problem for gold in golds for problem in check_spans(gold)]
    for problem in problems:
        print(problem)
    if problems:
        return 1
    for half in ("tune", "report"):
        part = [g for g in golds if g.half == half]
        kinds = Counter(item["kind"] for g in part for item in g.findings)
        versions = sum(len(g.versions) for g in part)
        avoid = sum(len(g.must_not_flag) for g in part)
        print(
            f"{half}: {len(part)} stories, {versions} versions, {sum(kinds.values())} findings, {avoid} must-not-flag"
        )
        print("  " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
