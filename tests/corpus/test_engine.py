"""Corpus mode end to end on a Dask local cluster: the shipped sample pile (made-up articles)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.corpus import sample_path
from framing.errors import ConfigError

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


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory) -> framing.CorpusResult:
    return framing.corpus(sample_path(), tmp_path_factory.mktemp("one") / "out", workers=1, batch_size=4)


def test_stories_reprints_and_wire_origins(one_worker):
    records = {r["story"]: r for r in one_worker.story_records()}
    assert list(records) == ["story-bridge-ap", "story-fire-planet", "story-park-planet", "story-owl-herald"]
    bridge = records["story-bridge-ap"]
    assert bridge["members"] == ["bridge-ap", "bridge-planet", "bridge-herald"]  # 5/6/25 read as 2025-05-06
    assert [(r["id"], r["reprint_of"], r["jaccard"]) for r in bridge["reprints"]] == [
        ("bridge-valley", "bridge-ap", 1.0)
    ]
    assert bridge["wire_origin"]["kind"] == "wire_outlet" and bridge["report"]["baseline"] == "bridge-ap"
    fire = records["story-fire-planet"]
    assert fire["wire_origin"]["id"] == "fire-reuters" and fire["report"]["baseline"] == "fire-reuters"
    assert records["story-park-planet"]["wire_origin"]["kind"] == "none"
    owl = records["story-owl-herald"]
    assert owl["members"] == ["owl-herald"] and owl["report"] is None and owl["first_date"] is None
    assert (one_worker.articles, one_worker.reprints, one_worker.stories, one_worker.analysed) == (10, 1, 4, 3)


def test_findings_and_profiles(one_worker):
    findings = one_worker.findings()
    planet = findings[(findings.story == "story-bridge-ap") & (findings.version == "bridge-planet")]
    assert "staggering" in set(planet[planet.kind == "loaded_word"]["text"])
    assert {"story", "version", "outlet", "kind", "start", "end", "details"} <= set(findings.columns)
    profiles = one_worker.profiles()
    assert profiles["outlet"].tolist() == ["Daily Planet", "Metro Herald"]  # stories with a wire origin only
    assert profiles["n_stories"].tolist() == [2, 2]
    summary = json.loads((one_worker.out / "summary.json").read_text())
    assert summary["dates"]["handling"] == {"empty date": 1, "m/d/y date": 1}
    assert "never verdicts on outlets" in summary["note"]
    assert (one_worker.out / "profiles.png").read_bytes()[:4] == b"\x89PNG"


def test_two_workers_write_the_same_bytes(one_worker, tmp_path):
    two = framing.corpus(sample_path(), tmp_path / "two", workers=2, batch_size=4)
    for name in OUTPUTS:
        assert (one_worker.out / name).read_bytes() == (two.out / name).read_bytes(), name


def test_rerun_after_an_interruption_does_only_the_rest(one_worker, tmp_path):
    out = tmp_path / "resumed"
    shutil.copytree(one_worker.out, out)
    manifest = json.loads((out / "manifest.json").read_text())
    lost = ["features/00001", "analysis/00001"]  # as if the run had died before these batches were recorded
    for key in lost:
        for name in manifest["done"].pop(key):
            (out / name).unlink()
    (out / "manifest.json").write_text(json.dumps(manifest))
    (out / "parts" / "stories-00000.jsonl").write_text("torn\n")  # a file whose checksum no longer matches
    for name in OUTPUTS:
        (out / name).unlink()
    again = framing.corpus(sample_path(), out, workers=1, batch_size=4)
    assert (again.batches_skipped, again.batches_run) == (2, 3)  # features 0 and 2 kept; 1 and both analyses redone
    for name in OUTPUTS:
        assert (one_worker.out / name).read_bytes() == (out / name).read_bytes(), name


def _pile_with_problems(tmp_path: Path) -> Path:
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    lines.insert(2, json.dumps({"id": "no-text", "outlet": "X"}))
    lines.insert(5, "{broken")
    pile = tmp_path / "pile.jsonl"
    pile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pile


def test_on_error_skip_reports_every_bad_line(tmp_path, caplog):
    result = framing.corpus(_pile_with_problems(tmp_path), tmp_path / "out", workers=1, on_error="skip")
    assert [(p.line, p.problem.split(" (")[0]) for p in result.problems] == [
        (3, "missing field 'text'"),
        (6, "not a JSON object"),
    ]
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [e["line"] for e in errors] == [3, 6]
    assert "line 3: missing field 'text' (skipped)" in caplog.text  # a warning of the framing logger
    assert result.articles == 10


def test_on_error_stop_names_the_line(tmp_path, capsys):
    pile = _pile_with_problems(tmp_path)
    assert main(["corpus", str(pile), "--out", str(tmp_path / "out"), "--workers", "1", "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"framing: error: {pile}: line 3: missing field 'text'; fix the record or rerun with --on-error skip."
    ]


def test_bad_parameters_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="'on_error' parameter"):
        framing.corpus(sample_path(), tmp_path, on_error="ignore")
    with pytest.raises(ConfigError, match="'workers' parameter"):
        framing.corpus(sample_path(), tmp_path, workers=0)


def test_parquet_input_gives_the_same_stories(one_worker, tmp_path):
    frame = pd.read_json(sample_path(), lines=True, dtype=False)
    frame.to_parquet(tmp_path / "pile.parquet")
    result = framing.corpus(tmp_path / "pile.parquet", tmp_path / "out", workers=1, batch_size=4)
    assert (result.out / "stories.jsonl").read_bytes() == (one_worker.out / "stories.jsonl").read_bytes()
