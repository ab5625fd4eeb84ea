"""The command line: output formats, the report contract, and one clear line for every bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import framing
from framing.cli import main
from framing.examples import example_path
from framing.kinds import FINDING_KINDS

SEED = str(example_path())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_table_ranks_versions(capsys):
    status, out, _ = run(capsys, "analyze", SEED)
    assert status == 0
    ranked = [line.split()[1] for line in out.splitlines() if line[:1].isdigit()]
    assert ranked[0] == "000" and ranked[-1] == "004"
    assert "base  001" in out


def test_json_contract(capsys):
    status, out, _ = run(capsys, "analyze", SEED, "--format", "json")
    report = json.loads(out)
    assert status == 0
    assert report["schema"] == "framing.report/1"
    assert report["baseline"] == "001"
    versions = {v["id"]: v for v in report["versions"]}
    assert versions["001"]["is_baseline"] and versions["001"]["rank"] is None
    assert sorted(v["rank"] for v in report["versions"] if not v["is_baseline"]) == [1, 2, 3, 4]
    for version in report["versions"]:
        assert 0.0 <= version["divergence"] <= 1.0
        assert version["file"].startswith(version["id"] + "_")
        raw = (Path(SEED) / version["file"]).read_text(encoding="utf-8")
        baseline_raw = (Path(SEED) / versions["001"]["file"]).read_text(encoding="utf-8")
        for finding in version["findings"]:
            assert finding["kind"] in FINDING_KINDS
            assert finding["explanation"].endswith(".")
            source = baseline_raw if finding["in_baseline"] else raw
            assert source[finding["start"] : finding["end"]] == finding["text"]
    junk = {(v["id"], f["kind"]) for v in report["versions"] for f in v["findings"]}
    assert ("001", "boilerplate") in junk and ("003", "duplicate_passage") in junk


def test_json_is_byte_identical_between_runs(capsys):
    first = run(capsys, "analyze", SEED, "--format", "json")[1]
    second = run(capsys, "analyze", SEED, "--format", "json")[1]
    assert first == second


def test_csv_has_one_row_per_finding(capsys):
    report = json.loads(run(capsys, "analyze", SEED, "--format", "json")[1])
    rows = list(csv.DictReader(io.StringIO(run(capsys, "analyze", SEED, "--format", "csv")[1])))
    assert len(rows) == sum(len(v["findings"]) for v in report["versions"])
    assert {r["story"] for r in rows} == {"nato-rutte-japan-2025"}


def test_story_set_prints_one_report_per_line(tmp_path, capsys):
    record = {
        "story": "s",
        "versions": [
            {"id": "a", "outlet": "Reuters", "text": "Rain fell. Roads closed."},
            {"id": "b", "text": "Rain fell heavily. Roads closed."},
        ],
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({**record, "story": "t"}) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "analyze", str(path), "--format", "json")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert [json.loads(line)["story"] for line in lines] == ["s", "t"]
    assert json.loads(lines[0])["baseline"] == "a"


def test_out_writes_report_files(tmp_path, capsys):
    status, _, err = run(capsys, "analyze", SEED, "--out", str(tmp_path / "r"), "--no-pdf")
    assert status == 0
    assert json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))["baseline"] == "001"
    assert (tmp_path / "r" / "findings.csv").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".framing-")]


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("", encoding="utf-8")
    (empty / "b.txt").write_text("Some text.", encoding="utf-8")
    binary = tmp_path / "binary"
    binary.mkdir()
    (binary / "a.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (binary / "b.txt").write_text("Some text.", encoding="utf-8")
    undecodable = tmp_path / "undecodable"
    undecodable.mkdir()
    (undecodable / "a.txt").write_bytes(b"\x81\x8d\x90\x9d")
    (undecodable / "b.txt").write_text("Some text.", encoding="utf-8")
    single = tmp_path / "single"
    single.mkdir()
    (single / "a.txt").write_text("Only one version.", encoding="utf-8")
    manifest = tmp_path / "manifest"
    manifest.mkdir()
    (manifest / "a.txt").write_text("A text.", encoding="utf-8")
    (manifest / "b.txt").write_text("B text.", encoding="utf-8")
    (manifest / "story.toml").write_text("baseline = [", encoding="utf-8")
    jsonl = tmp_path / "set.jsonl"
    jsonl.write_text('{"story": "x"}\n', encoding="utf-8")
    weights = tmp_path / "weights.toml"
    weights.write_text("[weights]\nalignment__added_share = -1\n", encoding="utf-8")
    return {
        "empty file": ([str(empty)], "a.txt: the file is empty"),
        "binary file": ([str(binary)], "binary file"),
        "undecodable": ([str(undecodable)], "not valid UTF-8"),
        "one version": ([str(single)], "at least two versions"),
        "unknown baseline": ([SEED, "--baseline", "AP"], "no version has the id 'AP'"),
        "missing path": ([str(tmp_path / "nope")], "no such file or folder"),
        "malformed manifest": ([str(manifest)], "story.toml: not valid TOML"),
        "bad jsonl line": ([str(jsonl)], "set.jsonl:1: not a story"),
        "bad weights": ([SEED, "--weights", str(weights)], "must be a finite number ≥ 0"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty file",
        "binary file",
        "undecodable",
        "one version",
        "unknown baseline",
        "missing path",
        "malformed manifest",
        "bad jsonl line",
        "bad weights",
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, case):
    argv, message = _bad_inputs(tmp_path)[case]
    out_dir = tmp_path / "out"
    status, out, err = run(capsys, "analyze", *argv, "--out", str(out_dir))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("framing: error: ")
    assert message in err
    assert "Traceback" not in err
    assert not out_dir.exists()


def test_installed_command_runs_in_a_subprocess(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "framing", "analyze", str(tmp_path / "missing")], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.startswith("framing: error: ") and "Traceback" not in done.stderr


def test_unwritable_out_folder_is_one_line(tmp_path, capsys, monkeypatch):
    import framing.report.write as write

    def refuse(files, root):
        raise PermissionError(13, "Permission denied", str(root / "report.json"))

    monkeypatch.setattr(write, "_write_tree", refuse)
    status, out, err = run(capsys, "analyze", SEED, "--out", str(tmp_path / "locked"), "--no-pdf")
    assert status == 2 and err.count("\n") == 1
    assert "Permission denied" in err and "Traceback" not in err
    assert f"{tmp_path / 'locked' / 'report.json'}:" in err and ".framing-" not in err  # never the removed folder


def _story_set(tmp_path: Path, *, bad_line: bool = False) -> Path:
    """The seed story twice (under two names) and a small one, as a JSON Lines set."""
    seed = framing.load_story(SEED)
    versions = [{"id": v.id, "outlet": v.outlet, "text": v.raw} for v in seed.versions]
    small = {
        "story": "rain",
        "versions": [
            {"id": "a", "outlet": "Reuters", "text": "Rain fell. Roads closed."},
            {"id": "b", "text": "Rain fell heavily. Roads closed."},
        ],
    }
    lines = [json.dumps({"story": "one", "versions": versions}), json.dumps(small)]
    lines += ['{"story": "x"}'] if bad_line else []
    lines += [json.dumps({"story": "two", "versions": versions})]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_jobs_print_the_same_as_one_process(tmp_path, capsys, fmt):
    path = str(_story_set(tmp_path))
    status, alone, _ = run(capsys, "analyze", path, "--format", fmt)
    assert status == 0 and alone.count("001") >= 2  # the seed story twice
    status, together, _ = run(capsys, "analyze", path, "--format", fmt, "--jobs", "2")
    assert status == 0 and together == alone  # same bytes, stories in the file's order


def test_jobs_write_the_same_report_files(tmp_path, capsys):
    path = str(_story_set(tmp_path))
    assert run(capsys, "analyze", path, "--out", str(tmp_path / "a"), "--no-pdf")[0] == 0
    assert run(capsys, "analyze", path, "--out", str(tmp_path / "b"), "--no-pdf", "--jobs", "0")[0] == 0
    written = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert [str(p.parent) for p in written].count("one") == 4  # report.json and .html, findings.csv, ranking.txt
    for name in written:
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "a" / name).read_bytes()


def test_jobs_stop_at_a_bad_story_and_write_nothing(tmp_path, capsys):
    path = str(_story_set(tmp_path, bad_line=True))
    status, out, err = run(capsys, "analyze", path, "--out", str(tmp_path / "r"), "--jobs", "2", "--no-pdf")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "set.jsonl:3: not a story" in err
    assert not (tmp_path / "r").exists()
    # an error met inside a worker process (here: a baseline no story has) is reported the same way
    path = str(_story_set(tmp_path))
    status, out, err = run(capsys, "analyze", path, "--baseline", "nope", "--jobs", "2", "--out", str(tmp_path / "r"))
    assert status == 2 and out == "" and err.count("\n") == 1 and err.startswith("framing: error: ")
    assert "nope" in err and not (tmp_path / "r").exists()


def test_jobs_must_be_a_count(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", SEED, "--jobs", "-1"])
    assert stopped.value.code == 2
    assert "not a number of processes" in capsys.readouterr().err


def _two_story_set(tmp_path: Path, first: str, second: str) -> Path:
    versions = [
        {"id": "a", "outlet": "Reuters", "text": "Rain fell. Roads closed."},
        {"id": "b", "text": "Rain fell heavily. Roads closed."},
    ]
    path = tmp_path / "set.jsonl"
    lines = [json.dumps({"story": name, "versions": versions}) for name in (first, second)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_stories_whose_names_would_share_a_folder_get_folders_of_their_own(tmp_path, capsys):
    path = _two_story_set(tmp_path, "a/b", "a_b")
    assert run(capsys, "analyze", str(path), "--out", str(tmp_path / "r"), "--no-pdf")[0] == 0
    folders = sorted(p.name for p in (tmp_path / "r").iterdir())
    assert len(folders) == 2 and "a_b" in folders
    stories = {json.loads((tmp_path / "r" / f / "report.json").read_text(encoding="utf-8"))["story"] for f in folders}
    assert stories == {"a/b", "a_b"}


def test_two_stories_with_one_name_are_an_error(tmp_path, capsys):
    path = _two_story_set(tmp_path, "same", "same")
    status, out, err = run(capsys, "analyze", str(path), "--out", str(tmp_path / "r"), "--no-pdf")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert f"{path}:2: the story name 'same' is also the name of the story at {path}:1" in err
    assert not (tmp_path / "r").exists()


def test_errors_about_a_story_of_a_set_name_its_file_and_line(tmp_path, capsys):
    path = _two_story_set(tmp_path, "one", "two")
    status, _, err = run(capsys, "analyze", str(path), "--baseline", "nope", "--jobs", "2")
    assert status == 2 and f"{path}:1: no version has the id 'nope'" in err


def test_out_never_replaces_the_story_folder(story_dir, capsys):
    before = sorted(p.name for p in story_dir.iterdir())
    status, out, err = run(capsys, "analyze", str(story_dir), "--out", str(story_dir), "--no-pdf")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "which is not part of a framing report" in err and "never the story folder" in err
    assert sorted(p.name for p in story_dir.iterdir()) == before


def test_a_report_without_pdf_leaves_no_old_pdf_or_chart(tmp_path, capsys):
    out_dir = tmp_path / "r"
    out_dir.mkdir()
    (out_dir / "report.pdf").write_bytes(b"%PDF old")
    (out_dir / "ranking.png").write_bytes(b"\x89PNG old")
    assert run(capsys, "analyze", SEED, "--out", str(out_dir), "--no-pdf")[0] == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["findings.csv", "ranking.txt", "report.html", "report.json"]


def test_a_file_name_cannot_forge_a_second_error_line(tmp_path, capsys):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a\nframing: error: forged.txt").write_bytes(b"\x00binary")
    (folder / "b.txt").write_text("Some text.", encoding="utf-8")
    status, _, err = run(capsys, "analyze", str(folder))
    assert status == 2 and err.count("\n") == 1
    assert "a\\nframing: error: forged.txt" in err


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_console_that_is_not_utf8_gets_escapes_not_a_traceback(tmp_path, encoding, fmt):
    import os
    import subprocess
    import sys

    versions = [
        {"id": "a", "outlet": "رويترز 📰", "text": "قال الوزير إن المطر هطل 🌧. The roads closed, officials said."},
        {"id": "b", "outlet": "Blog 😀", "text": "قال الوزير إن المطر هطل بغزارة 🌧. The roads closed."},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"story": "rain", "baseline": "a", "versions": versions}) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "framing", "analyze", str(path), "--format", fmt]
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run(command, capture_output=True, env=env)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    done.stdout.decode(encoding)  # what the console was promised
    if fmt == "json":
        utf8 = subprocess.run(command, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        assert json.loads(done.stdout) == json.loads(utf8.stdout)  # escapes: the same report


def test_a_warning_naming_a_file_is_one_line(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "old\nframing: warning: forged.txt").write_bytes("Caf\u00e9 owners said rain fell.".encode("cp1252"))
    (folder / "wire.txt").write_text("Café owners said rain fell, Reuters reported.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "framing", "analyze", str(folder), "--baseline", "wire"], capture_output=True, text=True
    )
    assert done.returncode == 0
    warnings = [line for line in done.stderr.splitlines() if line.startswith("framing: warning:")]
    assert len(warnings) == 1 and "old\\nframing: warning: forged.txt is not UTF-8" in warnings[0]


def test_jobs_are_capped_at_the_stories_and_cpus(tmp_path, capsys, monkeypatch):
    import framing.workers as workers

    started = []
    real = workers.ProcessPoolExecutor

    def counting(max_workers, **kwargs):  # type: ignore[no-untyped-def]
        started.append(max_workers)
        return real(max_workers, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", counting)
    monkeypatch.setattr(workers, "available_cpus", lambda: 8)
    path = _two_story_set(tmp_path, "one", "two")
    status, out, _ = run(capsys, "analyze", str(path), "--format", "json", "--jobs", "100000")
    assert status == 0 and len(out.splitlines()) == 2
    assert started == [2]  # two stories: two workers, not 100,000
