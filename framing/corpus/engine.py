"""Corpus mode: from a pile of articles to reprints, stories, wire origins, analyses and outlet profiles, on Dask.

Stages: **read** (streamed in the client, each record checked in input order) →
**features** (batches of articles in Dask workers) → **reprints** and **stories**
(in the client, on the compact features only) → **analysis** (batches of stories in
Dask workers, with :func:`framing.analyze`) → **merge** and **profiles** (client).
Batches are fixed by the input and ``batch_size``, never by the number of workers,
and merged in their order, so the output is byte-identical whatever the cluster.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..errors import ConfigError, InputError
from . import tasks
from .cluster import Progress, dask_client, worker_peaks
from .dedup import REPRINT_JACCARD, find_reprints
from .group import GroupingParams, centred, group_stories, tfidf
from .merge import write_outputs
from .read import DEFAULT_YEARS, Article, Problem, iter_records
from .store import Manifest, write_atomic

logger = logging.getLogger(__name__)

__all__ = ["corpus", "CorpusResult"]

_ON_ERROR = ("skip", "stop")


@dataclass(frozen=True)
class CorpusResult:
    """What a corpus run wrote (under ``out``) and counted."""

    out: Path
    articles: int
    problems: tuple[Problem, ...]
    reprints: int
    stories: int
    analysed: int
    batches_skipped: int  # batches found already written (a rerun after an interruption)
    batches_run: int
    seconds: dict[str, float] = field(default_factory=dict)
    worker_peak_mb: tuple[float, ...] = ()

    def profiles(self) -> Any:
        """The outlet profiles (pandas)."""
        import pandas as pd

        return pd.read_parquet(self.out / "profiles.parquet")

    def findings(self) -> Any:
        """Every finding of every analysed story (pandas)."""
        import pandas as pd

        return pd.read_parquet(self.out / "findings.parquet")

    def story_records(self) -> Iterator[dict[str, Any]]:
        """The per-story records of ``stories.jsonl``, one at a time."""
        with open(self.out / "stories.jsonl", encoding="utf-8") as stream:
            for line in stream:
                yield json.loads(line)

    @property
    def chart(self) -> Path:
        return self.out / "profiles.png"


def corpus(
    path: str | Path,
    out: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 500,
    on_error: str = "stop",
    progress: bool = False,
    grouping: GroupingParams | None = None,
    years: tuple[int, int] = DEFAULT_YEARS,
    reprint_jaccard: float = REPRINT_JACCARD,
) -> CorpusResult:
    """Run corpus mode on the pile at ``path`` and write everything under ``out``.

    Parameters
    ----------
    path : str or Path
        JSON Lines of articles (``{"id", "outlet", "title", "date", "url", "text"}``, ``.gz`` allowed), a Parquet
        file with those columns, or a folder of article files (``.json`` objects, or ``.txt``/``.md``/``.html``).
    out : str or Path
        Folder for the results; a rerun into the same folder skips the batches already written.
    workers : int, optional
        Worker processes of the local Dask cluster (one thread each); default one per CPU.
    scheduler : str, optional
        Address of an existing Dask scheduler (its workers must see ``out`` and have framing installed).
    batch_size : int
        Articles per batch (features), and about as many per batch of stories (analysis).
    on_error : "stop" or "skip"
        What a bad record does: stop the run, or be reported (with its line) and left out.
    progress : bool
        Draw a progress bar on standard error.

    The local cluster starts its workers as new Python processes, which import the calling script again:
    in a script, call ``corpus`` under ``if __name__ == "__main__":`` (a notebook or the command line need not).
    """
    settings = _check(path, out, workers, batch_size, on_error, grouping, years, reprint_jaccard)
    source, folder = Path(path), Path(out)
    grouping = grouping or GroupingParams()
    folder.mkdir(parents=True, exist_ok=True)
    stat = source.stat()
    fingerprint = {"input": str(source.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, **settings}
    manifest = Manifest(folder, fingerprint)
    bar = Progress(progress)
    seconds: dict[str, float] = {}
    with dask_client(workers, scheduler) as client:
        started = time.perf_counter()
        read = _ingest(client, source, folder, manifest, batch_size, on_error, years, bar)
        seconds["read_and_features"] = time.perf_counter() - started
        started = time.perf_counter()
        index = _load_index(folder, read.parts)
        reprints = find_reprints(
            index["id"], index["signatures"], index["outlet"], index["credit"], index["date"], reprint_jaccard
        )
        seconds["reprints"] = time.perf_counter() - started
        started = time.perf_counter()
        stories = _stories(index, reprints, grouping)
        seconds["stories"] = time.perf_counter() - started
        started = time.perf_counter()
        batches = _story_batches(stories, batch_size)
        analysed = _analyse(client, folder, manifest, batches, bar)
        seconds["analysis"] = time.perf_counter() - started
        peaks = worker_peaks(client)
    started = time.perf_counter()
    counts = write_outputs(folder, len(batches), index, reprints, stories, read.problems, settings)
    seconds["merge_and_profiles"] = time.perf_counter() - started
    bar.close()
    result = CorpusResult(
        out=folder,
        articles=len(index["id"]),
        problems=tuple(read.problems),
        reprints=len(reprints),
        stories=len(stories),
        analysed=counts["analysed"],
        batches_skipped=read.skipped + analysed[0],
        batches_run=read.run + analysed[1],
        seconds={k: round(v, 3) for k, v in seconds.items()},
        worker_peak_mb=peaks,
    )
    run = {k: v for k, v in asdict(result).items() if k not in ("out", "problems")}
    write_atomic(folder / "run.json", (json.dumps(run, indent=1) + "\n").encode("utf-8"))
    return result


def _check(
    path: Any, out: Any, workers: Any, batch_size: Any, on_error: Any, grouping: Any, years: Any, jaccard: Any
) -> dict[str, Any]:
    if isinstance(path, (list, tuple)):
        raise ConfigError(f"The 'path' parameter of corpus must be one file or folder. Got {type(path).__name__}.")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ConfigError(f"The 'workers' parameter of corpus must be 1 or more. Got {workers!r} instead.")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"The 'batch_size' parameter of corpus must be 1 or more. Got {batch_size!r} instead.")
    if on_error not in _ON_ERROR:
        raise ConfigError(f"The 'on_error' parameter of corpus must be 'skip' or 'stop'. Got {on_error!r} instead.")
    if not 0.0 < float(jaccard) <= 1.0:
        raise ConfigError(f"The 'reprint_jaccard' parameter of corpus must be in (0, 1]. Got {jaccard!r} instead.")
    if Path(out).exists() and not Path(out).is_dir():
        raise ConfigError(f"{out}: the output must be a folder; give another path with --out.")
    params = asdict(grouping or GroupingParams())
    return {
        "batch_size": batch_size,
        "grouping": params,
        "years": list(years),
        "reprint_jaccard": float(jaccard),
        "version": 1,
    }


@dataclass
class _Read:
    parts: int = 0
    skipped: int = 0
    run: int = 0
    problems: list[Problem] = field(default_factory=list)


def _ingest(
    client: Any,
    source: Path,
    folder: Path,
    manifest: Manifest,
    batch_size: int,
    on_error: str,
    years: tuple[int, int],
    bar: Progress,
) -> _Read:
    """Read the pile in input order and send full batches to the workers, a bounded number at a time."""
    from distributed import as_completed

    state = _Read()
    seen: dict[str, int] = {}
    batch: list[Article] = []
    pending: dict[Any, int] = {}
    finished = as_completed(loop=client.loop)
    limit = 2 * max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))

    def settle(future: Any) -> None:
        number = pending.pop(future)
        manifest.record(f"features/{number:05d}", future.result())
        state.run += 1
        bar.show("features", state.run + state.skipped, None)

    def submit() -> None:
        number = state.parts
        state.parts += 1
        if manifest.is_done(f"features/{number:05d}"):
            state.skipped += 1
        else:
            while len(pending) >= limit:
                settle(next(finished))
            future = client.submit(tasks.ingest_batch, number, list(batch), str(folder), pure=False)
            pending[future] = number
            finished.add(future)
        batch.clear()

    try:
        for item in iter_records(source, years):
            if isinstance(item, Article) and item.id in seen:
                item = Problem(
                    source.as_posix(), item.line, f"duplicate id {item.id!r} (first on line {seen[item.id]})"
                )
            if isinstance(item, Problem):
                state.problems.append(item)
                if on_error == "stop":
                    raise InputError(f"{item}; fix the record or rerun with --on-error skip.")
                logger.warning("%s (skipped)", item)
                continue
            seen[item.id] = item.line
            batch.append(item)
            if len(batch) >= batch_size:
                submit()
        if batch:
            submit()
        for future in finished:
            settle(future)
    except BaseException:
        client.cancel(list(pending))
        raise
    if not seen:
        raise InputError(f"{source}: no readable article in the pile; check the input (see the lines reported).")
    return state


def _load_index(folder: Path, parts: int) -> dict[str, Any]:
    """Everything the client needs of each article, in input order: its metadata and features, not its text."""
    import pyarrow.parquet as pq

    columns = ["id", "line", "outlet", "title", "date", "date_note", "credit"]
    index: dict[str, Any] = {name: [] for name in columns}
    index.update(part=[], row=[])
    signatures, meanings, counts = [], [], []
    for number in range(parts):
        table = pq.read_table(folder / tasks.part_name("articles", number, "parquet"), columns=columns)
        for name in columns:
            index[name] += table.column(name).to_pylist()
        index["part"] += [number] * table.num_rows
        index["row"] += list(range(table.num_rows))
        with np.load(folder / tasks.part_name("features", number, "npz"), allow_pickle=False) as data:
            signatures.append(data["signatures"])
            meanings.append(data["meanings"])
            counts.append(
                sp.csr_matrix(
                    (data["data"], data["indices"], data["indptr"]), shape=(table.num_rows, tasks.F.N_FEATURES)
                )
            )
    index["signatures"] = np.concatenate(signatures) if signatures else np.zeros((0, tasks.F.NUM_PERM), np.uint64)
    index["meanings"] = np.concatenate(meanings) if meanings else np.zeros((0, 64), np.float32)
    index["counts"] = sp.vstack(counts, format="csr") if counts else sp.csr_matrix((0, tasks.F.N_FEATURES))
    return index


def _stories(index: dict[str, Any], reprints: dict[int, tuple[int, float]], params: GroupingParams) -> list[dict]:
    """Stories of the representatives (reprints join their original's story), in date-then-id order."""
    keep = [i for i in range(len(index["id"])) if i not in reprints]
    days = [date.fromisoformat(index["date"][i]).toordinal() if index["date"][i] else None for i in keep]
    labels = group_stories(
        days,
        [index["id"][i] for i in keep],
        tfidf(index["counts"][keep]),
        centred(index["meanings"][keep]),
        params,
    )
    groups: dict[int, list[int]] = {}
    for article, label in zip(keep, labels, strict=True):
        groups.setdefault(label, []).append(article)
    copies: dict[int, list[int]] = {}
    for copy, (original, _) in reprints.items():
        copies.setdefault(original, []).append(copy)
    stories = []
    for members in groups.values():
        members.sort(key=lambda i: (index["date"][i] is None, index["date"][i] or "", index["id"][i]))
        dates = sorted(index["date"][i] for i in members if index["date"][i])
        reprinted = sorted((c for m in members for c in copies.get(m, [])), key=lambda c: index["id"][c])
        stories.append(
            {
                "story": f"story-{index['id'][members[0]]}",
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
                "members": [{"id": index["id"][i], "part": index["part"][i], "row": index["row"][i]} for i in members],
                "reprints": [
                    {
                        "id": index["id"][c],
                        "outlet": index["outlet"][c],
                        "reprint_of": index["id"][reprints[c][0]],
                        "jaccard": reprints[c][1],
                    }
                    for c in reprinted
                ],
            }
        )
    stories.sort(key=lambda s: (s["first_date"] is None, s["first_date"] or "", s["story"]))
    return stories


def _story_batches(stories: list[dict], batch_size: int) -> list[list[dict]]:
    batches: list[list[dict]] = [[]]
    size = 0
    for story in stories:
        if size >= batch_size:
            batches.append([])
            size = 0
        batches[-1].append(story)
        size += len(story["members"])
    return batches if batches[0] else []


def _analyse(
    client: Any, folder: Path, manifest: Manifest, batches: list[list[dict]], bar: Progress
) -> tuple[int, int]:
    """Analyse every batch of stories not yet written; returns (batches skipped, batches run)."""
    from distributed import as_completed

    todo = [n for n in range(len(batches)) if not manifest.is_done(f"analysis/{n:05d}")]
    skipped = len(batches) - len(todo)
    futures = {client.submit(tasks.analyse_batch, n, batches[n], str(folder), pure=False): n for n in todo}
    done = skipped
    bar.show("analysis", done, len(batches))
    try:
        for future in as_completed(list(futures), loop=client.loop):
            manifest.record(f"analysis/{futures[future]:05d}", future.result())
            done += 1
            bar.show("analysis", done, len(batches))
    except BaseException:
        client.cancel(list(futures))
        raise
    return skipped, len(todo)
