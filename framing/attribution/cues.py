"""The cue lexicon (``cues.tsv``): word forms of reporting verbs and nouns, by kind."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..errors import ConfigError

__all__ = ["CUE_KINDS", "cue_forms", "candidate_pattern", "cue_positions", "word_positions"]

CUE_KINDS = ("speech", "belief", "finding", "nominal")


@cache
def cue_forms() -> dict[str, dict[str, str]]:
    """``{kind: {word form: lemma}}`` from the shipped lexicon."""
    forms: dict[str, dict[str, str]] = {kind: {} for kind in CUE_KINDS}
    lines = resources.files(__package__).joinpath("cues.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line == "lemma\tkind\tforms":
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in forms:
            raise ConfigError(f"cues.tsv:{number}: expected 'lemma<TAB>kind<TAB>forms' with a kind of {CUE_KINDS}.")
        for form in fields[2].split(","):
            forms[fields[1]][form] = fields[0]
    return forms


@cache
def candidate_pattern() -> re.Pattern[str]:
    """Words that make a sentence worth parsing: any cue form, or "according"."""
    words = sorted({form for kind in cue_forms().values() for form in kind} | {"according"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


_WORD = re.compile(r"[A-Za-z]+")


@cache
def _candidate_words() -> frozenset[str]:
    return frozenset({form for kind in cue_forms().values() for form in kind} | {"according"})


def cue_positions(text: str) -> list[int]:
    """Offsets of the words of ``text`` that could be cues (a set look-up per word: linear and fast)."""
    return word_positions(text, _candidate_words())


def word_positions(text: str, words: frozenset[str]) -> list[int]:
    """Offsets of the words of ``text`` (lower-cased) in ``words``."""
    return [m.start() for m in _WORD.finditer(text) if m.group().lower() in words]
