"""Throughput, memory, time per stage and scaling of framing's analysis (a script, not a test).

    python benchmarks/run.py [STORIES.jsonl] [--out results.json] [--profile profile.txt]

STORIES defaults to ../shared/corpora/abp-wire-stories/stories.jsonl beside the
checkout (or $FRAMING_SHARED). Everything runs in-process on one core:

1. the whole analysis (``framing.analyze`` per story): copies per second, for the
   first pass (the process meets every word for the first time) and for the best
   of three further passes (steady state; the best, because other load on a shared
   machine only ever adds time);
2. peak memory: tracemalloc's peak during a second pass, and the process's peak RSS;
3. time per stage, calling the stage functions directly: load, clean + segment
   (``framing.segment.prepare``), align (``framing.align.align``), each extractor's
   ``extract``, compare (``DivergenceModel.index``);
4. a reference aligner of the kind news-diff tools use: ``difflib.SequenceMatcher``
   over the words of each version sentence against every baseline sentence, pruned
   with ``real_quick_ratio`` and ``quick_ratio`` (best of three runs); and the ratio
   of its time to framing's whole analysis (goal ≥ 5);
5. scaling: time against the number of versions of a story (2 → 64, perturbed
   copies of a real story's versions) and against article length (×1 → ×16, the
   texts of several stories joined), with the log-log slope (1 = linear);
6. the seed story analysed warm (goal < 200 ms);
7. on a machine with several CPUs, what ``framing analyze STORIES.jsonl --jobs N`` gains: the set analysed
   (and its CSV rows rendered) in one process, then in one worker process per CPU.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import platform
import pstats
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path

import numpy as np

import framing
from framing.align import Aligner, alignment_scores
from framing.analysis import _cycle_collector_paused, _peers
from framing.baseline import choose_baseline
from framing.cli import _story_outputs, _Task
from framing.divergence import DivergenceModel
from framing.extractors.base import Context, Prepared, available_extractors, get_extractor
from framing.prepare import prepare
from framing.records import Story, Version
from framing.segment import words
from framing.workers import map_in_processes

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 3  # timed runs of the steady state and of the reference aligner; the best is reported


def default_stories() -> Path:
    shared = Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared"))
    return shared / "corpora" / "abp-wire-stories" / "stories.jsonl"


def machine() -> dict[str, str]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"nproc": str(os.cpu_count()), "cpu": model, "python": platform.python_version(), "os": platform.platform()}


def whole_analysis(stories: list[Story], repeat: int = REPEAT) -> dict[str, float]:
    """Passes over the set: the first pays for what a process learns once per word (the loaded-wording
    model's word table, syllables, stems); the best of ``repeat`` more is the steady state of a
    long-running process (the best, as timeit reports: other load on the machine only adds time)."""
    versions = sum(len(s.versions) for s in stories)
    framing.analyze(stories[0])  # warm: extractors registered, lexicons compiled, dictionaries read
    passes = []
    for _ in range(1 + repeat):
        start = time.perf_counter()
        for story in stories:
            framing.analyze(story)
        passes.append(time.perf_counter() - start)
    seconds, second = passes[0], min(passes[1:])
    return {
        "stories": len(stories),
        "versions": versions,
        "seconds": seconds,
        "copies_per_second": versions / seconds,
        "second_pass_seconds": second,  # best of the steady-state passes
        "second_pass_copies_per_second": versions / second,
    }


def peak_memory(stories: list[Story]) -> dict[str, float]:
    tracemalloc.start()
    for story in stories:
        framing.analyze(story)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"tracemalloc_peak_mib": peak / 2**20, "peak_rss_mib": rss_kib / 1024}


def stages(stories: list[Story]) -> dict[str, float]:
    """Seconds per stage over all stories, calling each stage directly as ``framing.analyze`` does
    (the cycle collector paused for each story, as there)."""
    runners = [get_extractor(name)() for name in available_extractors()]
    model = DivergenceModel()
    spent: dict[str, float] = defaultdict(float)
    for story in stories:
        with _cycle_collector_paused():
            _story_stages(story, runners, model, spent)
    return dict(spent)


def _story_stages(story: Story, runners: list, model: DivergenceModel, spent: dict[str, float]) -> None:
    clock = time.perf_counter()
    documents = {v.id: prepare(v) for v in story.versions}
    spent["clean+segment (prepare)"] += time.perf_counter() - clock
    clock = time.perf_counter()
    base = documents[choose_baseline(story, documents, None).id]
    spent["baseline choice"] += time.perf_counter() - clock
    clock = time.perf_counter()
    aligner, store = Aligner(base), Prepared()  # as analyze does: built once per story
    spent["align"] += time.perf_counter() - clock
    for doc in documents.values():
        clock = time.perf_counter()
        alignment = None if doc is base else aligner.align(doc)
        spent["align"] += time.perf_counter() - clock
        peers = _peers(documents, doc, base)
        context = Context(document=doc, baseline=base, alignment=alignment, peers=peers, store=store)
        scores = alignment_scores(alignment)
        for runner in runners:
            clock = time.perf_counter()
            result = runner.extract(context)
            spent[f"extract: {runner.name}"] += time.perf_counter() - clock
            scores.update({f"{runner.name}__{k}": float(v) for k, v in result.scores.items()})
        clock = time.perf_counter()
        model.index(scores)
        model.contributions(scores)
        spent["compare (divergence)"] += time.perf_counter() - clock


def reference_align(version_sentences: list[list[str]], baseline_sentences: list[list[str]]) -> list[float]:
    """Best difflib ratio of each version sentence against every baseline sentence, with the cheap bounds first."""
    best_ratios = []
    for sentence in version_sentences:
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(sentence)  # seq2 is the one SequenceMatcher indexes: reuse it
        best = 0.0
        for other in baseline_sentences:
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            best = max(best, matcher.ratio())
        best_ratios.append(best)
    return best_ratios


def reference_aligner(stories: list[Story], repeat: int = REPEAT) -> float:
    """Seconds the reference aligner spends over all stories (segmentation given, not timed); best of ``repeat``."""
    pairs = []
    for story in stories:
        documents = {v.id: prepare(v) for v in story.versions}
        base = documents[choose_baseline(story, documents, None).id]
        base_words = [words(base.sentence_text(s.index)) for s in base.sentences]
        for doc in documents.values():
            if doc is not base:
                pairs.append(([words(doc.sentence_text(s.index)) for s in doc.sentences], base_words))
    runs = []
    for _ in range(repeat):
        clock = time.perf_counter()
        for mine, theirs in pairs:
            reference_align(mine, theirs)
        runs.append(time.perf_counter() - clock)
    return min(runs)


def _perturb(text: str, rng: random.Random) -> str:
    """A copy that differs a little: one paragraph dropped, two swapped, a sentence added."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(len(paragraphs)))
        i, j = rng.sample(range(len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    paragraphs.insert(
        rng.randrange(len(paragraphs) + 1), f"Observers described the move number {rng.randrange(10**6)} as remarkable."
    )
    return "\n\n".join(paragraphs)


def _timed(story: Story, repeat: int = 3) -> float:
    framing.analyze(story)
    runs = []
    for _ in range(repeat):
        clock = time.perf_counter()
        framing.analyze(story)
        runs.append(time.perf_counter() - clock)
    return min(runs)


def _slope(xs: list[float], ys: list[float]) -> float:
    return float(np.polyfit(np.log(xs), np.log(ys), 1)[0])


def scaling_versions(story: Story) -> dict[str, object]:
    rng = random.Random(0)
    base = story.version(story.baseline) if story.baseline else story.versions[0]
    others = [v for v in story.versions if v.id != base.id]
    points = []
    for n in (2, 4, 8, 16, 32, 64):
        copies = [Version(id=f"v{i}", raw=_perturb(others[i % len(others)].raw, rng)) for i in range(n - 1)]
        grown = Story(name=f"{story.name}-x{n}", versions=(base, *copies), baseline=base.id)
        points.append((n, _timed(grown)))
    return {"points": points, "loglog_slope": _slope([p[0] for p in points], [p[1] for p in points])}


def scaling_length(stories: list[Story]) -> dict[str, object]:
    """Stories of 3 versions made k times longer by joining the texts of k real stories."""
    triples = [s for s in stories if len(s.versions) >= 3 and s.baseline][:16]
    points = []
    for k in (1, 2, 4, 8, 16):
        chosen = triples[:k]
        baseline = "\n\n".join(s.version(s.baseline or "").raw for s in chosen)
        copies = ["\n\n".join([v for v in s.versions if v.id != s.baseline][j].raw for s in chosen) for j in range(2)]
        versions = (Version("base", baseline), Version("c1", copies[0]), Version("c2", copies[1]))
        story = Story(name=f"long-x{k}", versions=versions, baseline="base")
        words_total = sum(len(v.raw.split()) for v in versions)
        points.append((k, words_total, _timed(story, repeat=2)))
    return {"points": points, "loglog_slope": _slope([p[1] for p in points], [p[2] for p in points])}


def seed_warm() -> dict[str, float]:
    story = framing.example_story()
    framing.analyze(story)
    runs = []
    for _ in range(20):
        clock = time.perf_counter()
        framing.analyze(story)
        runs.append(time.perf_counter() - clock)
    return {"median_ms": 1000 * statistics.median(runs), "best_ms": 1000 * min(runs)}


def processes(stories: list[Story], jobs: int) -> dict[str, float]:
    """``framing analyze STORIES.jsonl --format csv --jobs N`` in-process: every story analysed and its CSV
    rows rendered, in one process and then in ``jobs`` worker processes (start-up included); best of two."""
    task = _Task(model=None, baseline=None, is_set=True, output="csv", files=False, with_pdf=False)
    items = [(story, "") for story in stories]
    timings = {}
    for label, run in (
        ("one_process", lambda: [_story_outputs(item, task) for item in items]),
        (f"{jobs}_processes", lambda: map_in_processes(partial(_story_outputs, task=task), items, jobs)),
    ):
        best = math.inf
        for _ in range(2):
            clock = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - clock)
        timings[f"{label}_seconds"] = best
    versions = sum(len(s.versions) for s in stories)
    timings[f"{jobs}_processes_copies_per_second"] = versions / timings[f"{jobs}_processes_seconds"]
    timings["speed_up"] = timings["one_process_seconds"] / timings[f"{jobs}_processes_seconds"]
    return timings


def profile(stories: list[Story], out: Path) -> list[str]:
    profiler = cProfile.Profile()
    profiler.enable()
    for story in stories:
        framing.analyze(story)
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(25)
    out.write_text(buffer.getvalue(), encoding="utf-8")
    return buffer.getvalue().splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", type=Path, nargs="?", default=default_stories(), help="a JSON Lines story set")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--profile", type=Path, help="write cProfile's top functions (by own time) here")
    args = parser.parse_args(argv)
    clock = time.perf_counter()
    stories = list(framing.iter_stories(args.stories))
    load_seconds = time.perf_counter() - clock
    results: dict[str, object] = {"machine": machine(), "load_seconds": load_seconds}
    whole = whole_analysis(stories)
    results["whole_analysis"] = whole
    results["memory"] = peak_memory(stories)
    results["stages"] = stages(stories)
    reference = reference_aligner(stories)
    results["reference_aligner"] = {
        "seconds": reference,
        "ratio_to_whole_analysis": reference / whole["seconds"],
        "ratio_to_steady_state": reference / whole["second_pass_seconds"],
    }
    median_story = sorted((s for s in stories if len(s.versions) >= 3), key=lambda s: len(s.versions[0].raw))
    results["scaling_versions"] = scaling_versions(median_story[len(median_story) // 2])
    results["scaling_length"] = scaling_length(stories)
    results["seed_warm"] = seed_warm()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cpus > 1:
        results["processes"] = processes(stories, cpus)
    if args.profile:
        profile(stories, args.profile)
    _report(results)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _report(results: dict[str, object]) -> None:
    def show(value: object) -> str:
        return f"{value:.4g}" if isinstance(value, float) and not math.isnan(value) else str(value)

    for section, value in results.items():
        if isinstance(value, dict):
            print(f"{section}:")
            for key, item in sorted(value.items(), key=lambda kv: -kv[1] if isinstance(kv[1], float) else 0):
                print(f"  {key}: {show(item) if not isinstance(item, list) else [tuple(map(show, p)) for p in item]}")
        else:
            print(f"{section}: {show(value)}")


if __name__ == "__main__":
    sys.exit(main())
