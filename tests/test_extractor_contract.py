"""The conformance suite every registered extractor passes (like scikit-learn's check_estimator)."""

from __future__ import annotations

import copy
import math

import pytest

import framing
from framing.align import align
from framing.errors import ConfigError
from framing.extractors.base import Context, Extractor, Result, available_extractors, get_extractor, register
from framing.prepare import prepare
from framing.records import FINDING_KINDS, Version

ADDED_KINDS = set(FINDING_KINDS) - {"boilerplate", "duplicate_passage"}  # all but junk


@pytest.fixture(scope="module")
def seed_docs():
    story = framing.example_story()
    return {v.id: prepare(v) for v in story.versions}


def test_registry_finds_every_extractor():
    assert set(available_extractors()) == {
        "added_framing",
        "hedge",
        "junk",
        "loaded_word",
        "omission",
        "quote",
        "readability",
        "unsourced_statistic",
        "vague_attribution",
    }


@pytest.mark.parametrize("name", available_extractors())
def test_contract_on_seed(name, seed_docs):
    extractor = get_extractor(name)()
    base = seed_docs["001"]
    for doc in seed_docs.values():
        alignment = None if doc is base else align(doc, base)
        peers = tuple(d for d in seed_docs.values() if d is not doc and d is not base)
        before = copy.deepcopy((doc.version, doc.sentences, doc.quotes, alignment))
        first = extractor.extract(Context(doc, base, alignment, peers))
        second = extractor.extract(Context(doc, base, alignment, peers))
        assert first.findings == second.findings and repr(first.scores) == repr(second.scores), "deterministic"
        assert (doc.version, doc.sentences, doc.quotes, alignment) == before, "inputs are not mutated"
        assert isinstance(first, Result)
        for finding in first.findings:
            assert finding.kind in extractor.kinds and finding.kind in FINDING_KINDS
            source = base.version.raw if finding.in_baseline else doc.version.raw
            assert 0 <= finding.start <= finding.end <= len(source)
            assert source[finding.start : finding.end] == finding.text
            opening = finding.explanation.lstrip('"')
            assert opening[:1].isupper() or finding.explanation.startswith('"'), finding.explanation
            assert finding.explanation.endswith(".")
            assert finding.explanation.count(". ") == 0 or finding.kind == "boilerplate", "one sentence"
            assert finding.extractor == name
        for key, value in first.scores.items():
            assert "__" not in key and isinstance(value, float)


@pytest.mark.parametrize("name", available_extractors())
def test_baseline_against_itself_adds_nothing(name, seed_docs):
    base = seed_docs["001"]
    result = get_extractor(name)().extract(Context(base, base, None))
    assert not [f for f in result.findings if f.kind in ADDED_KINDS]


@pytest.mark.parametrize("name", available_extractors())
def test_empty_text_gives_nan_rates(name):
    doc = prepare(Version(id="empty", raw="..."))
    base = prepare(Version(id="base", raw="The minister said the budget will grow next year."))
    result = get_extractor(name)().extract(Context(doc, base, align(doc, base)))
    assert result.findings == () or all(f.kind in ("boilerplate", "omission") for f in result.findings)
    for key, value in result.scores.items():
        if key.endswith("per_100_words"):
            assert math.isnan(value), f"{name}__{key} must be NaN for a text with no words"


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
    assert done.stdout.strip() == "9"
