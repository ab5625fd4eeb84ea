"""write_reports: all files or none, whatever fails and wherever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.report import build, write_report
from framing.report.write import write_reports

FILES = {"report.json": b"{}\n", "findings.csv": b"a,b\n", "charts/ranking.png": b"\x89PNG"}


def contents(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_writes_every_file(tmp_path):
    written = write_reports(FILES, tmp_path / "out")
    assert contents(tmp_path / "out") == FILES
    assert [p.name for p in written] == ["report.json", "findings.csv", "ranking.png"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def fail_on_call(monkeypatch, number: int) -> None:
    real = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] == number:
            raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr("framing.report.write.os.replace", replace)


@pytest.mark.parametrize("failing_call", [1, 2, 3, 4])
def test_failure_midway_leaves_an_existing_report_as_it_was(tmp_path, monkeypatch, failing_call):
    out = tmp_path / "out"
    write_reports({"report.json": b"old\n", "keep.txt": b"mine\n"}, out)
    before = contents(out)
    fail_on_call(monkeypatch, failing_call)
    with pytest.raises(OSError, match="disk full"):
        write_reports(FILES, out)
    assert contents(out) == before
    assert not (out / "charts").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_failure_midway_leaves_no_new_folder(tmp_path, monkeypatch):
    fail_on_call(monkeypatch, 2)
    with pytest.raises(OSError):
        write_reports(FILES, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []


def test_failure_while_staging_writes_nothing(tmp_path, monkeypatch):
    real = Path.write_bytes

    def write_bytes(self, data):
        if self.name == "findings.csv":
            raise OSError("no space")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    with pytest.raises(OSError):
        write_reports(FILES, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


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
