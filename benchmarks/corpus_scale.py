"""Corpus mode at scale on the whole Article-Bias-Prediction pile (a script, not a timed test).

1. A sample (the first N articles of the pile, written to a temporary file) with 1 worker, then with 2 workers:
   articles per second, the speed-up, and whether the outputs are byte-identical.
2. The whole pile with 2 workers, interrupted (SIGINT, as Ctrl-C) once half of its feature batches are written,
   then run again into the same folder: how many batches the rerun skipped and how many it ran.
Per run: seconds per stage, peak memory of each worker and of the client.

    nice -n 10 python benchmarks/corpus_scale.py [--pile PATH] [--sample 6000] [--out results.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUTPUTS = (
    "stories.jsonl",
    "findings.parquet",
    "articles.parquet",
    "profiles.csv",
    "profiles.parquet",
    "profiles.png",
    "summary.json",
    "errors.jsonl",
)


def run(pile: Path, out: Path, workers: int, stop_after_batches: int | None = None) -> dict[str, object]:
    """One corpus run in a child process (its own memory), optionally interrupted; returns its figures."""
    command = [
        sys.executable,
        "-c",
        (
            "import json, resource, signal, sys, framing\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # a child of a background job ignores Ctrl-C
            "r = framing.corpus(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), on_error='skip')\n"
            "print(json.dumps({'articles': r.articles, 'stories': r.stories, 'analysed': r.analysed,"
            " 'reprints': r.reprints, 'left_out': len(r.problems), 'skipped': r.batches_skipped, 'run': r.batches_run,"
            " 'seconds': r.seconds, 'worker_peak_mb': r.worker_peak_mb,"
            " 'client_peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))"
        ),
        str(pile),
        str(out),
        str(workers),
    ]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if stop_after_batches is not None:
        manifest = out / "manifest.json"
        while child.poll() is None:
            time.sleep(1.0)
            try:
                done = json.loads(manifest.read_text())["done"]
            except (OSError, ValueError, KeyError):
                continue
            if sum(1 for key in done if key.startswith("features/")) >= stop_after_batches:
                child.send_signal(signal.SIGINT)
                child.wait(timeout=600)
                return {
                    "interrupted_after_s": round(time.perf_counter() - started, 1),
                    "batches_written": len(json.loads(manifest.read_text())["done"]),
                }
    output, _ = child.communicate()
    figures = json.loads(output.strip().splitlines()[-1])
    figures["wall_s"] = round(time.perf_counter() - started, 1)
    return figures


def sample(pile: Path, path: Path, n: int) -> None:
    with gzip.open(pile, "rt", encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        for number, line in enumerate(lines):
            if number >= n:
                break
            out.write(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(os.environ.get("FRAMING_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--pile", type=Path, default=shared / "corpora" / "abp-articles" / "articles.jsonl.gz")
    parser.add_argument("--sample", type=int, default=6000)
    parser.add_argument("--skip-full", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        small = folder / "sample.jsonl"
        sample(args.pile, small, args.sample)
        one = run(small, folder / "one", 1)
        two = run(small, folder / "two", 2)
        same = all((folder / "one" / f).read_bytes() == (folder / "two" / f).read_bytes() for f in OUTPUTS)
        results["sample"] = {
            "articles": args.sample,
            "one_worker": one,
            "two_workers": two,
            "speedup": round(one["wall_s"] / two["wall_s"], 2),
            "byte_identical": same,
        }
        print(json.dumps(results, indent=1), flush=True)
        if not args.skip_full:
            full = folder / "full"
            total_batches = -(-sum(1 for _ in gzip.open(args.pile, "rb")) // 500)
            first = run(args.pile, full, 2, stop_after_batches=total_batches // 2)
            second = run(args.pile, full, 2)
            results["full"] = {"feature_batches": total_batches, "interrupted": first, "rerun": second}
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
