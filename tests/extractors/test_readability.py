import math

import textstat

from extractors.helpers import run

SIMPLE = " ".join(["The cat sat on the mat."] * 8)
HARD = " ".join(
    ["Intergovernmental deliberations necessitated comprehensive reconsideration of multilateral obligations."] * 4
)


def test_scores_match_textstat_where_sentences_agree():
    result = run("readability", SIMPLE, SIMPLE)
    assert abs(result.scores["flesch_reading_ease"] - textstat.flesch_reading_ease(SIMPLE)) < 1.0
    assert result.scores["flesch_reading_ease_delta"] == 0.0


def test_harder_text_scores_lower_than_baseline():
    result = run("readability", HARD, SIMPLE)
    assert result.scores["flesch_reading_ease_delta"] < -50
    assert result.scores["flesch_kincaid_grade"] > 15


def test_short_text_is_nan_not_zero():
    result = run("readability", "Too short.", SIMPLE)
    assert math.isnan(result.scores["flesch_reading_ease"]) and math.isnan(result.scores["words_per_sentence"])
