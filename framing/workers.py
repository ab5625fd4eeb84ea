"""Worker processes for ``--jobs``: bounded in number, tied to their parent, and failing in one line.

* At most one worker a CPU this process may use, and never more than there are items.
* A worker ends with its parent, however the parent ends (SIGKILL included): on Linux
  the kernel sends it SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``), and
  everywhere a watch thread ends it once its parent process id changes.
* A worker that dies (killed, out of memory) surfaces as :class:`~framing.errors.WorkerError`,
  which the command line prints as one line with exit status 2.
* Results come back in the items' order, so the output does not depend on the number of
  workers.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from .errors import WorkerError

__all__ = ["available_cpus", "worker_count", "map_in_processes"]

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WATCH_SECONDS = 0.5


def available_cpus() -> int:
    """The number of CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1


def worker_count(jobs: int, items: int) -> int:
    """Processes to start for ``jobs`` asked and ``items`` to do: capped at the CPUs and the items."""
    return max(min(jobs, available_cpus(), items), 1)


def map_in_processes(function: Callable[[T], R], items: Sequence[T], jobs: int, *, what: str = "item") -> list[R]:
    """``[function(item) for item in items]``, with up to ``jobs`` worker processes, in the items' order.

    ``function`` must be importable by name (a module-level function). An error raised
    by ``function`` in a worker is raised here, the first in the items' order; a worker
    that dies raises :class:`WorkerError` naming the first ``what`` left undone.
    """
    workers = worker_count(jobs, len(items))
    if workers == 1:
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_tie_to_parent, initargs=(os.getpid(),))
    futures: list[Future[R]] = []
    try:
        futures = [pool.submit(function, item) for item in items]
        results = []
        for number, future in enumerate(futures, start=1):
            try:
                results.append(future.result())
            except BrokenProcessPool:
                raise WorkerError(
                    f"a worker process stopped unexpectedly (killed, or out of memory?) before {what} {number} of "
                    f"{len(items)} was done; run again, with fewer --jobs if memory is short."
                ) from None
        pool.shutdown(wait=True)
        return results
    except BaseException:  # an error, Ctrl-C: the other workers' stories are not waited for
        _stop(pool)
        raise


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers now, not after their current item."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # (no public way to reach them)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(10)


def _tie_to_parent(parent: int) -> None:
    """In a worker: end when ``parent`` ends, and leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool; no traceback from each worker
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watch below still ends the worker
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="framing-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """End this worker as soon as its parent is gone (it is then adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)
