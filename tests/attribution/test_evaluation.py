"""``framing eval polnear --engine attribution`` scores the new engine with the old metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.cli import main
from framing.errors import ConfigError
from framing.evaluation.polnear import evaluate_polnear, read_polnear

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "polnear"


def test_engine_scores_on_the_fixture() -> None:
    scores = evaluate_polnear(read_polnear(FIXTURES), engine="attribution")
    # gold: "Mayor Ana Lopez" and "she" (sources), "said" and "told" (cues), "4" inside a content span, "12" not
    assert scores["engine"] == "attribution"
    assert scores["source_span_recall"] == 1.0 and scores["source_span_precision"] == 1.0
    assert scores["cue_span_f1"] == 1.0
    assert scores["numbers"] == 2 and scores["number_agreement"] == 1.0


def test_old_engine_stays_the_default() -> None:
    assert evaluate_polnear(read_polnear(FIXTURES))["engine"] == "segment"


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ConfigError, match="'engine' parameter"):
        evaluate_polnear(read_polnear(FIXTURES), engine="regex")


def test_cli_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "polnear", str(FIXTURES), "--engine", "attribution", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cue_span_f1"] == 1.0
