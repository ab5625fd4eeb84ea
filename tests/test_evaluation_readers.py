"""Each data set reader on the small fixtures written for it (tests/fixtures/eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import InputError, MissingInputError
from framing.evaluation.babe import read_babe
from framing.evaluation.basil import article_text, human_score, ranking_records, read_basil
from framing.evaluation.polnear import read_ann, read_polnear
from framing.evaluation.ptc import read_ptc
from framing.evaluation.ranking import read_ranking

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def test_ptc_articles_and_spans() -> None:
    articles = read_ptc(FIXTURES / "ptc" / "articles", FIXTURES / "ptc" / "labels.tsv")
    assert [a.id for a in articles] == ["1001", "1002"]
    first = articles[0]
    assert [first.text[s:e] for s, e in first.gold(["Loaded_Language"])] == ["corrupt regime", "brutal crackdown"]
    assert [first.text[s:e] for s, e in first.gold(["Doubt"])] == ["the measures were temporary"]
    assert read_ptc(FIXTURES / "ptc" / "articles", FIXTURES / "ptc" / "labels.tsv", limit=1)[0].id == "1001"


def test_ptc_labels_with_a_header_and_bad_lines(tmp_path: Path) -> None:
    labels = tmp_path / "labels.tsv"
    labels.write_text("article_id\ttechnique\tstart\tend\n1002\tLoaded_Language\t19\t31\n", encoding="utf-8")
    articles = read_ptc(FIXTURES / "ptc" / "articles", labels)
    assert articles[1].gold(["Loaded_Language"]) == [(19, 31)]
    labels.write_text("1002\tLoaded_Language\t19\n", encoding="utf-8")
    with pytest.raises(InputError, match="labels.tsv:1"):
        read_ptc(FIXTURES / "ptc" / "articles", labels)
    with pytest.raises(MissingInputError):
        read_ptc(tmp_path / "nowhere", labels)


def test_babe_sentences() -> None:
    sentences = read_babe(FIXTURES / "babe" / "babe.csv")
    assert len(sentences) == 5  # the 'No agreement' row is skipped
    assert [s.biased for s in sentences] == [True, False, True, False, False]
    third = sentences[2]
    assert third.biased_words == ("slammed", "outrageous", "shameful betrayal")
    assert [third.text[s:e] for s, e in third.gold_spans()] == ["slammed", "outrageous", "shameful", "betrayal"]


def test_babe_without_its_columns(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("text;label\nx;Biased\n", encoding="utf-8")
    with pytest.raises(InputError, match="label_bias"):
        read_babe(bad)


def test_basil_text_and_annotations() -> None:
    (triplet,) = read_basil(FIXTURES / "basil")
    assert triplet.id == "trip1"
    by_source = {a.source: a for a in triplet.articles}
    assert sorted(by_source) == ["fox", "hpo", "nyt"]
    fox = by_source["fox"]
    assert fox.text.startswith("Officials announced a new tax plan on Monday. The radical scheme")
    assert "\n\nThe vote is set for June." in fox.text
    assert [fox.text[s:e] for s, e in fox.lex] == ["radical scheme"]
    assert fox.inf_sentences() == [False, True, False]
    assert by_source["nyt"].annotations == 0
    assert human_score(fox) == pytest.approx(100 * 2 / len(fox.text.split()))


def test_basil_article_text_offsets() -> None:
    text, spans = article_text([["A b.", "C d."], ["E f."]])
    assert text == "A b. C d.\n\nE f."
    assert [text[s:e] for s, e in spans] == ["A b.", "C d.", "E f."]


def test_basil_ranking_records_use_nyt_as_baseline() -> None:
    (line,) = ranking_records(read_basil(FIXTURES / "basil")).splitlines()
    assert '"baseline": "nyt"' in line and '"human_score": 0.0' in line


def test_polnear_ann_and_texts() -> None:
    spans = read_ann(FIXTURES / "polnear" / "attributions" / "doc1_a1.ann")
    assert len(spans["Source"]) == 2 and len(spans["Cue"]) == 2 and len(spans["Content"]) == 2
    (article,) = read_polnear(FIXTURES / "polnear")
    assert [article.text[s:e] for s, e in article.spans["Source"]] == ["Mayor Ana Lopez", "she"]  # first annotator
    assert [article.text[s:e] for s, e in article.spans["Cue"]] == ["said", "told"]


def test_polnear_discontinuous_span(tmp_path: Path) -> None:
    ann = tmp_path / "x_a.ann"
    ann.write_text("T1\tContent 0 4;6 9\tab cd\nT2\tDiscuss 1 2\tz\n", encoding="utf-8")
    assert read_ann(ann)["Content"] == ((0, 4), (6, 9))


def test_ranking_story_set() -> None:
    stories = read_ranking(FIXTURES / "ranking" / "stories.jsonl")
    assert len(stories) == 3
    assert stories[0].story.baseline == "wire"
    assert stories[0].human == {"wire": 0.0, "a": 1.0, "b": 5.0, "c": 0.5}


def test_ranking_rejects_a_bad_score(tmp_path: Path) -> None:
    file = tmp_path / "s.jsonl"
    file.write_text(
        '{"story": "s", "versions": [{"id": "a", "text": "x y", "human_score": "high"}, {"id": "b", "text": "z"}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="human_score"):
        read_ranking(file)
