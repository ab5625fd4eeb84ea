"""Worker processes of ``--jobs``: capped, in order, tied to their parent, and a dead one is one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import framing
from framing.errors import InputError, WorkerError
from framing.workers import available_cpus, map_in_processes, worker_count

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
two_cpus = pytest.mark.skipif(available_cpus() < 2, reason="needs two CPUs for two workers")


def _square_or_fail(item: int) -> tuple[int, int]:
    if item < 0:
        raise InputError(f"item {item} is negative")
    return item * item, os.getpid()


def _die(item: int) -> int:
    if item == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.2)
    return item


def test_worker_count_is_capped_by_cpus_and_items() -> None:
    assert worker_count(100_000, 3) == min(3, available_cpus())
    assert worker_count(100_000, 10_000) == available_cpus()
    assert worker_count(4, 0) == 1 and worker_count(1, 50) == 1


@two_cpus
def test_results_come_back_in_order_from_other_processes() -> None:
    results = map_in_processes(_square_or_fail, list(range(20)), 2)
    assert [value for value, _ in results] == [n * n for n in range(20)]
    assert os.getpid() not in {pid for _, pid in results}


def test_one_job_runs_here() -> None:
    assert {pid for _, pid in map_in_processes(_square_or_fail, [1, 2], 1)} == {os.getpid()}


@two_cpus
def test_an_error_in_a_worker_is_raised_as_it_is() -> None:
    with pytest.raises(InputError, match="item -3 is negative"):
        map_in_processes(_square_or_fail, [1, 2, -3, 4], 2)


@two_cpus
def test_a_dead_worker_is_a_worker_error() -> None:
    with pytest.raises(WorkerError, match=r"a worker process stopped unexpectedly .* item \d of 6") as raised:
        map_in_processes(_die, list(range(6)), 2)
    assert "\n" not in str(raised.value)


def _children(pid: int) -> set[int]:
    """Living processes whose parent is ``pid`` (zombies count as ended)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _wait_for(condition, seconds: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


@linux_only
@two_cpus
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_their_parent(how: signal.Signals) -> None:
    script = "import time; from framing.workers import map_in_processes; map_in_processes(time.sleep, [60] * 4, 2)"
    parent = subprocess.Popen([sys.executable, "-c", script])
    workers: set[int] = set()
    try:
        workers = _wait_for(lambda: len(_children(parent.pid)) == 2 and _children(parent.pid))
        assert len(workers) == 2
        parent.send_signal(how)
        parent.wait(10)
        assert _wait_for(lambda: not _alive(workers), 10) and not _alive(workers)
    finally:
        parent.kill()
        parent.wait()
        for pid in _alive(workers):  # only when the test fails: leave no process behind
            os.kill(pid, signal.SIGKILL)


@linux_only
@two_cpus
def test_the_command_reports_a_killed_worker_in_one_line(tmp_path: Path) -> None:
    seed = framing.example_story()
    versions = [{"id": v.id, "outlet": v.outlet, "text": v.raw} for v in seed.versions]
    lines = [json.dumps({"story": f"copy-{n}", "versions": versions}) for n in range(12)]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "framing", "analyze", str(path), "--format", "json", "--jobs", "2"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        workers = _wait_for(lambda: _children(run.pid))
        os.kill(min(workers), signal.SIGKILL)
        out, err = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 2 and out == ""
    assert err.startswith("framing: error: a worker process stopped unexpectedly") and err.count("\n") == 1
    assert "Traceback" not in err


def _slow_or_fail(item: int) -> int:
    if item == 0:
        raise InputError("the first item is bad")
    time.sleep(60)
    return item


@two_cpus
def test_an_error_does_not_wait_for_the_other_workers() -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match="the first item is bad"):
        map_in_processes(_slow_or_fail, [0, 1, 2, 3], 2)
    assert time.monotonic() - started < 30
