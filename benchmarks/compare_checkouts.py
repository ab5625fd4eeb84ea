"""Interleaved speed comparison of framing checkouts on one story set (a script, not a test).

    python benchmarks/compare_checkouts.py CHECKOUT [CHECKOUT ...] [--stories FILE] [--rounds 3] [--every 1]

Each CHECKOUT is a directory holding a ``framing`` package (a git worktree of any commit, e.g.
``git worktree add /tmp/ref 10e6273``). Every round runs each checkout once, in turn, in a fresh process of
this Python with the checkout first on ``sys.path``: it analyses the whole story set twice and reports the CPU
seconds of the first pass (every word met for the first time) and of the second (steady state), and the
process's peak RSS. Rounds alternate the checkouts so that drift in the machine's load hits them alike; the
table keeps the best of the rounds (other load on a shared machine only ever adds time).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import framing
from framing.load import iter_stories
stories = list(iter_stories(sys.argv[2]))[:: int(sys.argv[3])]
times = []
for _ in range(2):
    start = time.process_time()
    for story in stories:
        framing.analyze(story)
    times.append(time.process_time() - start)
print(json.dumps({"file": framing.__file__, "stories": len(stories), "first": times[0], "steady": times[1],
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    default = Path(__file__).resolve().parents[1].parent / "shared/corpora/abp-wire-stories/stories.jsonl"
    parser.add_argument("--stories", type=Path, default=default)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=int, default=1, help="analyse every N-th story only")
    args = parser.parse_args(argv)
    best: dict[Path, dict] = {}
    for round_number in range(args.rounds):
        order = args.checkouts if round_number % 2 == 0 else list(reversed(args.checkouts))
        for checkout in order:
            command = [sys.executable, "-c", _CHILD, str(checkout.resolve()), str(args.stories), str(args.every)]
            result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            print(f"round {round_number + 1} {checkout}: {result}", flush=True)
            seen = best.setdefault(checkout, result)
            for key in ("first", "steady", "peak_rss_mib"):
                seen[key] = min(seen[key], result[key])
    reference = best[args.checkouts[0]]
    print(f"\n{'checkout':40} {'first pass':>11} {'steady':>9} {'x first':>8} {'x steady':>9} {'peak RSS':>9}")
    for checkout, result in best.items():
        print(
            f"{str(checkout):40} {result['first']:10.1f}s {result['steady']:8.1f}s "
            f"{result['first'] / reference['first']:7.2f}x {result['steady'] / reference['steady']:8.2f}x "
            f"{result['peak_rss_mib']:7.0f}Mi"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
