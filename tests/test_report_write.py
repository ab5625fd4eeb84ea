"""write_reports: the folder holds the old complete report or the new one, whatever fails and whenever."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import framing.report.write as write
from framing.errors import InputError
from framing.report import build, write_report
from framing.report.write import STAGING_PREFIX, check_out_folder, sweep_stale, write_reports

FILES = {"report.json": b"{}\n", "findings.csv": b"a,b\n", "charts/ranking.png": b"\x89PNG"}
OLD = {"report.json": b"old\n", "report.pdf": b"%PDF old", "ranking.png": b"\x89PNG old", "ranking.txt": b"old\n"}


def contents(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_writes_every_file(tmp_path):
    written = write_reports(FILES, tmp_path / "out")
    assert contents(tmp_path / "out") == FILES
    assert [p.name for p in written] == ["report.json", "findings.csv", "ranking.png"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_a_new_report_replaces_the_whole_old_one(tmp_path):
    """A report without the PDF, written over one with it, leaves no old PDF or chart beside it."""
    write_reports(OLD, tmp_path / "out")
    write_reports(FILES, tmp_path / "out")
    assert contents(tmp_path / "out") == FILES
    assert leftovers(tmp_path) == []


def test_the_exchange_fallback_gives_the_same_result(tmp_path, monkeypatch):
    write_reports(OLD, tmp_path / "out")
    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    write_reports(FILES, tmp_path / "out")
    assert contents(tmp_path / "out") == FILES and leftovers(tmp_path) == []


class _Failing:
    """Counts the file-system calls of one write and fails the ``number``-th."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, number: int) -> None:
        self.calls, self.number = 0, number
        for name in ("mkdir", "open", "fsync", "rename", "replace"):
            monkeypatch.setattr(os, name, self.wrap(getattr(os, name)))
        monkeypatch.setattr(write, "open", self.wrap(open), raising=False)
        monkeypatch.setattr(write, "_exchange", self.wrap(write._exchange))

    def wrap(self, function):  # type: ignore[no-untyped-def]
        def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.calls += 1
            if self.calls == self.number:
                path = args[0] if args and isinstance(args[0], (str, os.PathLike)) else None
                raise OSError(28, "No space left on device", path)
            return function(*args, **kwargs)

        return failing


@pytest.mark.parametrize("fallback", [False, True])
def test_a_failure_at_any_step_leaves_one_complete_report(tmp_path, monkeypatch, fallback):
    out = tmp_path / "out"
    write_reports(OLD, out)
    for number in range(1, 200):
        with monkeypatch.context() as patch:
            if fallback:
                patch.setattr(write, "_exchange", lambda first, second: False)
            failing = _Failing(patch, number)
            try:
                write_reports(FILES, out)
            except OSError as error:
                assert STAGING_PREFIX not in str(error)  # the error names the report, not a removed folder
                assert str(out) in str(error)
        assert contents(out) in (OLD, FILES), number
        write_reports(OLD, out)  # a clean-up that failed too: the next write sweeps what it left
        assert leftovers(tmp_path) == [], number
        if failing.calls < number:  # every step has had its failure
            break
    else:
        pytest.fail("the write never finished")
    assert number > 8


def test_a_failure_on_a_new_folder_leaves_nothing(tmp_path, monkeypatch):
    _Failing(monkeypatch, 6)
    with pytest.raises(OSError):
        write_reports(FILES, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []


_WRITER = textwrap.dedent(
    """
    import sys
    from framing.report.write import write_reports
    files = {f"report{n}/report.json": bytes([int(sys.argv[2])]) * 200_000 for n in range(40)}
    print("ready", flush=True)
    write_reports(files, sys.argv[1])
    print("done", flush=True)
    """
)


def test_a_writer_killed_at_random_moments_leaves_one_complete_report(tmp_path):
    """SIGKILL at random moments of a write: the folder always holds one whole report, and the next run sweeps."""
    out = tmp_path / "out"
    expected = {n: {f"report{k}/report.json": bytes([n]) * 200_000 for k in range(40)} for n in range(1, 13)}
    write_reports(expected[1], out)
    chosen = random.Random(12)
    seen = set()
    for n in range(2, 10):
        child = subprocess.Popen([sys.executable, "-c", _WRITER, str(out), str(n)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(chosen.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        found = contents(out)
        matches = [k for k, files in expected.items() if files == found]
        assert len(matches) == 1, f"run {n}: the folder holds no single complete report"
        seen.add(matches[0] == n)
        sweep_stale(tmp_path)
        assert leftovers(tmp_path) == []
    assert seen  # (on a fast machine some writes finish before the kill; either way one report is there)


def test_stale_staging_folders_are_swept_and_a_cut_short_switch_finished(tmp_path):
    dead = 2**22 + 12345  # above any pid this system hands out (pid_max is at most 2**22)
    (tmp_path / f"{STAGING_PREFIX}wicda32o" / "new").mkdir(parents=True)  # an older framing's leftover
    (tmp_path / f"{STAGING_PREFIX}{dead}-0a0b").mkdir()  # killed just after making it
    alive = tmp_path / f"{STAGING_PREFIX}{os.getppid()}-0c0d"  # a run still going: kept
    alive.mkdir()
    cut = tmp_path / f"{STAGING_PREFIX}{dead}-0e0f"  # killed between the fallback's two renames
    (cut / "new").mkdir(parents=True)
    (cut / "new" / "report.json").write_bytes(b"new\n")
    (cut / "old").mkdir()
    (cut / "old" / "report.json").write_bytes(b"old\n")
    (cut / "target").write_text("out", encoding="utf-8")
    (cut / "complete").touch()
    write_reports(FILES, tmp_path / "elsewhere")
    assert leftovers(tmp_path) == [alive.name]
    assert contents(tmp_path / "out") == {"report.json": b"new\n"}


def test_refuses_a_folder_with_other_files(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "001.txt").write_text("The wire copy.", encoding="utf-8")
    with pytest.raises(InputError, match=r"holds 001.txt, which is not part of a framing report"):
        write_reports(FILES, story)
    with pytest.raises(InputError, match="not part of a framing report"):
        check_out_folder(story)
    assert contents(story) == {"001.txt": b"The wire copy."}
    empty = tmp_path / "empty"
    empty.mkdir()
    write_reports(FILES, empty)  # an empty folder is fine
    assert contents(empty) == FILES


def test_writes_through_a_link_to_a_folder(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    write_reports(FILES, tmp_path / "link")
    assert (tmp_path / "link").is_symlink() and contents(tmp_path / "real") == FILES


def test_failure_while_building_the_pdf_writes_nothing(seed_comparison, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("reportlab broke")

    monkeypatch.setattr("framing.report.pdf.build_pdf", broken)
    with pytest.raises(RuntimeError):
        write_report(seed_comparison, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []
    assert build.report_files  # the module is still importable after the failure


def test_refuses_a_file_as_folder_and_escaping_names(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        write_reports(FILES, tmp_path / "file")
    with pytest.raises(InputError, match="relative path"):
        write_reports({"../evil.txt": b"x"}, tmp_path / "out")
