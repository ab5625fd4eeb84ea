"""Floors: a drop below a floor fails; raising never lowers a floor without --allow-lower."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from framing.evaluation import floors
from framing.evaluation.floors import check, raise_floors, read_floors, write_floors


def test_a_drop_beyond_the_tolerance_fails() -> None:
    results = check({"f1": 0.485, "recall": 0.495, "p": 0.1}, {"f1": 0.5, "recall": 0.5, "p": math.nan}, "x", 0.01)
    by_metric = {r.metric: r.passed for r in results}
    assert by_metric == {"f1": False, "recall": True, "p": True}  # a nan floor is not pinned yet


def test_tolerance_boundaries() -> None:
    assert check({"m": 0.49}, {"m": 0.5}, "x", 0.01)[0].passed
    assert not check({"m": 0.4899}, {"m": 0.5}, "x", 0.01)[0].passed
    assert not check({"m": math.nan}, {"m": 0.5}, "x", 0.01)[0].passed  # undefined where a number was pinned
    assert not check({}, {"m": 0.5}, "x", 0.01)[0].passed  # a metric that vanished


def test_raise_never_lowers_without_the_flag() -> None:
    current = {"a": 0.5, "b": 0.5}
    new, refused = raise_floors(current, {"a": 0.61234, "b": 0.4, "c": 0.2}, ("a", "b", "c"), allow_lower=False)
    assert new == {"a": 0.612, "b": 0.5, "c": 0.2} and refused == ["b"]
    new, refused = raise_floors(current, {"a": 0.6, "b": 0.4}, ("a", "b"), allow_lower=True)
    assert new == {"a": 0.6, "b": 0.4} and refused == []
    new, refused = raise_floors(current, {"a": math.nan}, ("a",), allow_lower=False)
    assert new["a"] == 0.5 and refused == ["a"]


def test_floors_file_round_trip(tmp_path: Path) -> None:
    file = tmp_path / "floors.toml"
    write_floors({"spans": {"token_f1": 0.1239, "span_recall": math.nan}}, 0.01, file)
    loaded, tolerance = read_floors(file)
    assert tolerance == 0.01 and loaded["spans"]["token_f1"] == 0.123 and math.isnan(loaded["spans"]["span_recall"])


def test_shipped_floors_pin_every_metric() -> None:
    loaded, tolerance = read_floors()
    assert 0 < tolerance <= 0.02
    for dataset, metrics in floors.PINNED.items():
        assert set(metrics) <= set(loaded[dataset]), dataset


@pytest.fixture
def fake_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "eval").mkdir()
    measured = {"spans": {"token_f1": 0.3, "span_recall": 0.2}}
    monkeypatch.setattr(floors, "measure", lambda dataset, shared: measured[dataset])
    return tmp_path


def _run(*argv: str) -> int:
    return floors.main(list(argv))


def test_update_and_check_commands(fake_shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "floors.toml"
    write_floors({"spans": {"token_f1": 0.25, "span_recall": 0.5}}, 0.01, file)
    common = ["--shared", str(fake_shared), "--floors", str(file), "--only", "spans"]
    assert _run(*common) == 1  # span_recall 0.2 is below 0.5
    assert "BELOW FLOOR" in capsys.readouterr().out
    assert _run(*common, "--update") == 1  # raised token_f1, refused to lower span_recall
    assert read_floors(file)[0]["spans"] == {"token_f1": 0.3, "span_recall": 0.5}
    assert _run(*common, "--update", "--allow-lower") == 0
    assert read_floors(file)[0]["spans"] == {"token_f1": 0.3, "span_recall": 0.2}
    assert _run(*common) == 0


def test_shared_root_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMING_SHARED", str(tmp_path))
    assert floors.shared_root() is None  # no eval/ inside
    (tmp_path / "eval").mkdir()
    assert floors.shared_root() == tmp_path
