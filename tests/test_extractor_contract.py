"""The conformance suite every registered extractor passes (like scikit-learn's check_estimator)."""

from __future__ import annotations

import pytest

from framing.errors import ConfigError
from framing.extractors.base import Context, Extractor, Result, available_extractors, get_extractor, register
from framing.testing import check_extractor


def test_registry_finds_every_extractor():
    assert set(available_extractors()) == {
        "added_framing",
        "headline",
        "hedge",
        "junk",
        "loaded_word",
        "meaning",
        "omission",
        "quote",
        "readability",
        "unsourced_statistic",
        "vague_attribution",
    }


@pytest.mark.parametrize("name", available_extractors())
def test_every_registered_extractor_passes_the_public_contract(name):
    check_extractor(get_extractor(name)())


def test_the_contract_catches_a_broken_extractor():
    class Sloppy(Extractor):
        name = "sloppy"
        kinds = ("hedge",)

        def extract(self, context: Context) -> Result:
            finding = context.document.finding("hedge", 0, 3, "lower case, no full stop", extractor=self.name)
            return Result(findings=(finding,), scores={"per_100_words": 0.0})

    with pytest.raises(AssertionError, match="must open a sentence"):
        check_extractor(Sloppy())


def test_the_contract_catches_an_undeclared_score():
    class Undeclared(Extractor):
        name = "undeclared"

        def extract(self, context: Context) -> Result:
            return Result(scores={"per_100_words": float("nan")})

    with pytest.raises(AssertionError, match="not declared in 'features'"):
        check_extractor(Undeclared())


def test_registering_a_clashing_name_is_refused():
    class Clash(Extractor):
        name = "hedge"

        def extract(self, context: Context) -> Result:
            return Result()

    with pytest.raises(ConfigError, match="E003: an extractor named 'hedge' is already registered"):
        register(Clash)


def test_unknown_kind_is_refused():
    class Odd(Extractor):
        name = "odd_kind"
        kinds = ("sarcasm",)

        def extract(self, context: Context) -> Result:
            return Result()

    with pytest.raises(ConfigError, match="E002"):
        register(Odd)


def test_unknown_extractor_name():
    with pytest.raises(ConfigError, match="E004: no extractor is named 'sentiment'"):
        get_extractor("sentiment")


def test_importing_one_extractor_first_does_not_hide_the_others():
    import subprocess
    import sys

    code = "import framing.extractors.loaded_word\nfrom framing.extractors.base import available_extractors\n"
    code += "print(len(available_extractors()))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "11"
