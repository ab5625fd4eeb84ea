"""``framing eval``: every subcommand prints a table, or a flat JSON object with --format json."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from framing.cli import main
from framing.evaluation.cli import format_json, format_table
from framing.examples import gold_path

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["eval", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_spans_json_has_the_metric_keys(capsys: pytest.CaptureFixture[str]) -> None:
    scores = _json(capsys, "spans", str(FIXTURES / "ptc" / "articles"), str(FIXTURES / "ptc" / "labels.tsv"))
    for key in ("token_precision", "token_recall", "token_f1", "span_recall", "lexicon_token_f1"):
        assert key in scores
    assert scores["articles"] == 2 and scores["gold_spans"] == 3
    assert all(not isinstance(v, (dict, list)) for v in scores.values())  # flat


def test_spans_table_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["eval", "spans", str(FIXTURES / "ptc" / "articles"), str(FIXTURES / "ptc" / "labels.tsv")]
    assert main(argv + ["--technique", "Doubt", "--quotes", "exclude", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["metric", "value"]
    assert "gold_spans" in out and "SemEval-2020" in out


@pytest.mark.parametrize(
    ("argv", "keys"),
    [
        (["babe", "babe/babe.csv"], ("macro_f1", "accuracy", "words_token_f1", "lexicon_macro_f1")),
        (["basil", "basil"], ("lex_token_f1", "inf_any_f1", "inf_all_f1", "aligned_added_inf_f1")),
        (["polnear", "polnear"], ("source_span_f1", "cue_span_f1", "number_agreement", "number_kappa")),
        (["ranking", "ranking/stories.jsonl", "--resamples", "20"], ("spearman_per_story", "spearman_pooled")),
    ],
)
def test_each_format(capsys: pytest.CaptureFixture[str], argv: list[str], keys: tuple[str, ...]) -> None:
    scores = _json(capsys, argv[0], str(FIXTURES / argv[1]), *argv[2:])
    assert set(keys) <= set(scores)


def test_seed_json(capsys: pytest.CaptureFixture[str]) -> None:
    scores = _json(capsys, "seed")
    assert scores["gold_findings"] == len(json.loads(gold_path().read_text(encoding="utf-8"))["findings"])
    assert {"micro_precision", "micro_recall", "micro_f1", "boilerplate_recall"} <= set(scores)


def test_a_missing_path_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["eval", "babe", str(tmp_path / "none.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error:") and err.count("\n") == 1


def test_formats_show_nan_plainly() -> None:
    scores = {"articles": 2.0, "token_f1": math.nan, "missing_extractors": "loaded_word"}
    assert json.loads(format_json(scores)) == {"articles": 2.0, "token_f1": None, "missing_extractors": "loaded_word"}
    table = format_table(scores)
    assert "token_f1" in table and "NaN" in table and "articles            2\n" in table
