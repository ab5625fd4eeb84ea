from __future__ import annotations

import math

import pytest

import framing
from framing.divergence import DEFAULT_WEIGHTS, DivergenceModel
from framing.errors import ConfigError, MissingInputError


def test_contributions_add_up_to_the_index(seed_comparison):
    for result in seed_comparison.results:
        if result.is_baseline:
            assert result.divergence == 0.0 and result.rank is None
            continue
        assert 0.0 < result.divergence < 1.0
        assert math.isclose(sum(result.contributions.values()), result.divergence, abs_tol=1e-12)


def test_seed_ranking(seed_comparison):
    ranked = [r.id for r in seed_comparison.results if not r.is_baseline]
    assert ranked == ["000", "003", "002", "004"]
    assert seed_comparison.result("000").divergence < 0.15
    assert seed_comparison.result("004").divergence > 0.25  # the meaning terms carry most of the index now
    top = [name for name, _ in seed_comparison.result("004").top_contributions()]
    assert top[0] == "meaning__lexical_distance" and set(top[1:3]) == {"meaning__distance", "meaning__uncovered_share"}
    contributions = seed_comparison.result("004").contributions
    assert contributions["unsourced_statistic__per_100_words"] > 0 and contributions["alignment__added_share"] > 0


def test_framing_terms_hold_a_tenth_of_the_weight():
    # the meaning terms carry content distance; the framing terms keep a fixed share (docs/evaluation.md)
    weights = DivergenceModel().weights
    meaning = sum(w for name, w in weights.items() if name.startswith("meaning__"))
    assert meaning == pytest.approx(112.5) and sum(weights.values()) == pytest.approx(125.0)


def test_normalise_shares_and_rates():
    model = DivergenceModel()
    assert model.normalise("alignment__added_share", 0.3) == 0.3
    scale = model.scales["unsourced_statistic__per_100_words"]
    assert model.normalise("unsourced_statistic__per_100_words", scale) == 0.5
    assert model.normalise("unsourced_statistic__per_100_words", 0.0) == 0.0


def test_nan_features_leave_the_sums():
    model = DivergenceModel(weights={"alignment__added_share": 1.0, "omission__share_of_baseline": 3.0}, scales={})
    assert model.index({"alignment__added_share": 0.5, "omission__share_of_baseline": math.nan}) == 0.5
    assert math.isnan(model.index({"alignment__added_share": math.nan}))


def test_weights_change_the_index(seed_story):
    only_added = {name: 0.0 for name in DEFAULT_WEIGHTS} | {"alignment__added_share": 1.0}
    comparison = framing.analyze(seed_story, weights=only_added)
    result = comparison.result("004")
    assert math.isclose(result.divergence, result.scores["alignment__added_share"])


def test_weights_toml(tmp_path):
    path = tmp_path / "w.toml"
    path.write_text("[weights]\nalignment__added_share = 1.0\n[scales]\nhedge__added_per_100_words = 2.0\n")
    model = DivergenceModel.from_toml(path)
    assert model.weights["alignment__added_share"] == 1.0
    assert model.scales["hedge__added_per_100_words"] == 2.0
    assert model.weights["omission__share_of_baseline"] == DEFAULT_WEIGHTS["omission__share_of_baseline"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("[weights]\nalignment__added_share = 'big'\n", "must be a finite number"),
        ("[weights]\nalignment_added_share = 2\n", "Unknown divergence feature name.*'alignment_added_share'"),
        ("[scales]\nhedge__added = 2\n", "Unknown divergence feature name.*hedge__added_per_100_words"),
        ("[other]\n", "only \\[weights\\] and \\[scales\\]"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_bad_weights_file(tmp_path, content, error):
    path = tmp_path / "w.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=error):
        DivergenceModel.from_toml(path)


def test_missing_weights_file(tmp_path):
    with pytest.raises(MissingInputError):
        DivergenceModel.from_toml(tmp_path / "none.toml")


def test_all_zero_weights_refused():
    with pytest.raises(ConfigError, match="At least one"):
        DivergenceModel(weights={"alignment__added_share": 0.0})


def test_a_misspelt_weight_is_an_error_that_lists_the_names(seed_story):
    with pytest.raises(ConfigError, match=r"Unknown divergence feature name\(s\) \['alignment_added_share'\]"):
        framing.analyze(seed_story, weights={"alignment_added_share": 2})
    with pytest.raises(ConfigError, match="must be a (mapping|dict)"):
        framing.analyze(seed_story, weights=[("alignment__added_share", 1.0)])  # type: ignore[arg-type]


def test_default_weights_come_from_the_feature_specs():
    from framing.divergence import feature_specs

    specs = feature_specs()
    assert dict(DEFAULT_WEIGHTS) == {name: spec.weight for name, spec in specs.items() if spec.weight > 0}
    assert DEFAULT_WEIGHTS["alignment__added_share"] == 3.0 and DEFAULT_WEIGHTS["quote__altered_per_100_words"] == 0.75
    assert "hedge__per_100_words" in specs and "hedge__per_100_words" not in DEFAULT_WEIGHTS


def test_model_and_weights_together_refused(seed_story):
    with pytest.raises(ConfigError, match="either 'model' or 'weights'"):
        framing.analyze(seed_story, model=DivergenceModel(), weights={})
