"""The Dask side of corpus mode: a client of a local cluster (or of an existing scheduler), and what is read back.

The local cluster has one single-threaded worker process per core, listens on 127.0.0.1 only and has no
dashboard; the scheduler's own health page listens on 127.0.0.1 at a free port.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["dask_client", "worker_peaks", "Progress"]


@contextmanager
def dask_client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler``, else of a local cluster on 127.0.0.1, dashboard off."""

    import dask
    from distributed import Client, LocalCluster

    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the cluster's start and stop are not the user's business
    settings = {"distributed.diagnostics.nvml": False, "distributed.admin.system-monitor.gil.enabled": False}
    with dask.config.set(settings), _restored_level(quiet, level):
        if scheduler is not None:
            with Client(scheduler, set_as_default=False) as client:
                yield client
            return
        n = workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
        with (
            LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,  # no dashboard; the scheduler's health page listens on 127.0.0.1 only
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster, set_as_default=False) as client,
        ):
            yield client


@contextmanager
def _restored_level(logger: logging.Logger, level: int) -> Iterator[None]:
    try:
        yield
    finally:
        logger.setLevel(level)


def worker_peaks(client: Any) -> tuple[float, ...]:
    """Peak resident memory of each worker process, in MiB."""

    def peak() -> float:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    return tuple(round(v, 1) for _, v in sorted(client.run(peak).items()))


class Progress:
    """A one-line progress bar on standard error (drawn only when asked for)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.drawn = False

    def show(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if total:
            filled = int(30 * done / total)
            line = f"framing corpus: {stage:<9} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} batches"
        else:
            line = f"framing corpus: {stage:<9} {done} batches"
        sys.stderr.write("\r" + line.ljust(79))
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
