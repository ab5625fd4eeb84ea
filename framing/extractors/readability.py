"""Readability: Flesch reading ease and Flesch–Kincaid grade of each version, and the change from the baseline.

Syllables are counted by textstat (CMU dictionary, then pyphen), once per distinct
word; words and sentences are framing's own, so that a headline or a hard-wrapped
line counts as what it is. The formulas are textstat's:

    reading ease = 206.835 − 1.015 · words/sentences − 84.6 · syllables/words
    grade        = 0.39 · words/sentences + 11.8 · syllables/words − 15.59

Reading ease runs from about 0 (very hard) to 100 (very easy); 60–70 is plain
English. The grade is the US school grade a reader needs. Texts under 30 words
get NaN: the formulas say nothing useful about them.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from itertools import chain
from operator import mul
from typing import Any

import textstat

from ..kinds import FeatureSpec
from ..records import Document
from ..segment import WordMemo
from .base import Context, Extractor, Result, check_number, register

MIN_WORDS = 30


@register
class Readability(Extractor):
    """Reading ease, grade level and sentence length, and their change from the baseline."""

    name = "readability"
    kinds = ()
    features = (
        FeatureSpec("flesch_reading_ease", "reading ease"),
        FeatureSpec("flesch_kincaid_grade", "school grade needed"),
        FeatureSpec("words_per_sentence", "words per sentence"),
        FeatureSpec("flesch_reading_ease_delta", "change in reading ease"),
        FeatureSpec("flesch_kincaid_grade_delta", "change in school grade"),
    )
    description = (
        "How hard each version is to read (Flesch reading ease, grade level), and the change from the baseline."
    )

    def __init__(self, *, min_words: int = MIN_WORDS) -> None:
        """``min_words``: shorter texts get NaN, the formulas say nothing useful about them."""
        self.min_words = int(check_number("Readability", "min_words", min_words, 1, 10_000))

    def prepare(self, document: Document) -> dict[str, float]:
        """The document's reading ease, grade and words per sentence."""
        return measures(document, self.min_words)

    def extract(self, context: Context) -> Result:
        mine, base = context.prepared(self), context.prepared(self, context.baseline)
        scores = dict(mine)
        for name in ("flesch_reading_ease", "flesch_kincaid_grade"):
            scores[f"{name}_delta"] = mine[name] - base[name]
        return Result(scores=scores)


def measures(document: Document, min_words: int = MIN_WORDS) -> dict[str, float]:
    """Reading ease, grade and words per sentence of a document (NaN under ``min_words`` words)."""
    body = [s for s in document.sentences if not s.heading]
    lists = document.sentence_words
    tokens = Counter(chain.from_iterable(lists[s.index] for s in body))
    total = sum(tokens.values())
    if total < min_words or not body:
        return {"flesch_reading_ease": math.nan, "flesch_kincaid_grade": math.nan, "words_per_sentence": math.nan}
    per_sentence = total / len(body)
    per_word = sum(map(mul, tokens.values(), map(_SYLLABLES.__getitem__, tokens))) / total
    return {
        "flesch_reading_ease": round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 4),
        "flesch_kincaid_grade": round(0.39 * per_sentence + 11.8 * per_word - 15.59, 4),
        "words_per_sentence": round(per_sentence, 4),
    }


def _count(word: str) -> int:
    """textstat's syllable count of one word, with its dictionaries read directly for plain lower-case words.

    textstat looks the word up in the CMU dictionary (vowel phones carry a stress
    digit) and falls back on pyphen's hyphenation points; for a word of plain
    letters that is exactly what is done here, without textstat's per-call word
    splitting. Anything else goes through textstat itself.
    """
    dictionaries = _dictionaries()
    if dictionaries is not None and word.isascii() and word.isalpha() and word.islower():
        cmu, hyphenator = dictionaries
        phones = cmu.get(word)
        if phones:
            return max(1, sum(1 for phone in phones[0] if phone[-1].isdigit()))
        return max(1, len(hyphenator.positions(word)) + 1)
    return max(1, int(textstat.syllable_count(word)))


_SYLLABLES = WordMemo(_count)  # syllables of each word seen so far


@cache
def _dictionaries() -> tuple[Any, Any] | None:
    """The CMU dictionary and pyphen hyphenator textstat itself uses (None if this textstat hides them)."""
    try:
        from textstat.backend.utils._get_cmudict import get_cmudict
        from textstat.backend.utils._get_pyphen import get_pyphen
    except ImportError:  # another textstat layout: count through its public function
        return None
    cmu = get_cmudict("en_US")
    return (cmu, get_pyphen("en_US")) if cmu is not None else None
