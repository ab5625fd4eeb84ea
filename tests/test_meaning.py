"""The static sentence model, the meaning stage, and the aligner's second signal (issue 14)."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest

from framing.align import align
from framing.extractors.base import Context, get_extractor
from framing.meaning import document_embedding, semantic_matrix, sentence_embeddings
from framing.models.sentences import sentence_encoder
from framing.prepare import prepare
from framing.records import Version


def _doc(text: str, title: str | None = None, vid: str = "v"):
    return prepare(Version(id=vid, raw=text, title=title))


def test_the_model_file_carries_its_provenance_and_reads_with_numpy():
    encoder = sentence_encoder()
    assert encoder.vectors.shape == (30522, 256) and encoder.vectors.dtype == np.float32
    assert "all-MiniLM-L6-v2" in encoder.metadata["source"] and "Apache-2.0" in encoder.metadata["licence"]
    assert "benchmarks/build_sentence_vectors.py" in encoder.metadata["recipe"]
    assert encoder.idf.shape == (30522,) and encoder.idf[encoder.index["the"]] < encoder.idf[encoder.index["nato"]]


def test_embeddings_are_unit_length_and_meaning_beats_topic():
    encoder = sentence_encoder()
    a, b, c, empty = encoder.encode(
        [
            "NATO has stepped up its ties with Japan, South Korea, Australia and New Zealand.",
            "Rutte endorsed the IP4 partnership model (Japan, South Korea, Australia, New Zealand).",
            "The city council approved a new budget for road repairs on Tuesday.",
            "",
        ]
    )
    assert np.allclose([np.linalg.norm(a), np.linalg.norm(b)], 1.0, atol=1e-5) and not empty.any()
    assert float(a @ b) > float(a @ c) + 0.3
    with pytest.raises(TypeError, match="list of texts"):
        encoder.encode("one string")


def test_encoding_is_fast_on_cpu():
    encoder = sentence_encoder()
    sentences = [f"The minister said on day {i} that the budget will grow by {i} percent." for i in range(1000)]
    encoder.encode(sentences[:10])
    start = time.perf_counter()
    encoder.encode(sentences)
    assert time.perf_counter() - start < 1.0  # about 0.05 s here: a look-up and a mean


def test_embeddings_are_made_once_in_prepare_and_read_from_the_document():
    doc = _doc("The mayor opened the bridge. Traffic was heavy.")
    assert doc.embeddings is not None and doc.embeddings.shape == (2, 256) and len(doc.pieces) == 2
    assert sentence_embeddings(doc) is doc.embeddings
    whole = document_embedding(doc)
    assert np.isclose(np.linalg.norm(whole), 1.0, atol=1e-5) and float(whole @ doc.embeddings[0]) > 0.5
    matrix = semantic_matrix(doc, doc)
    assert matrix.shape == (2, 2) and np.allclose(np.diag(matrix), 1.0, atol=1e-5)


def test_seed_004_rewrite_of_the_ip4_sentence_links_to_it_with_both_scores(seed_story):
    docs = {v.id: prepare(v) for v in seed_story.versions}
    version, baseline = docs["004"], docs["001"]
    alignment = align(version, baseline)
    ip4 = next(
        s.index for s in version.sentences if version.sentence_text(s.index).startswith("Rutte endorsed the IP4")
    )
    link = alignment.link_of(ip4)
    assert link is not None and 9 in link.baseline_sentences  # "stepped up its ties with Japan, South Korea, ..."
    assert link.label in ("paraphrase", "partial") and 0 < link.lexical < 0.5 and link.semantic > 0.5
    assert 9 not in alignment.omitted


def test_a_rewritten_sentence_that_keeps_the_meaning_is_a_paraphrase():
    baseline = _doc(
        "The government raised the minimum wage to 15 dollars an hour on Monday. "
        "Officials said the change will help two million workers."
    )
    version = _doc(
        "Workers on the lowest pay will earn 15 dollars for each hour they work from Monday, ministers decided. "
        "A new stadium will open downtown next spring."
    )
    alignment = align(version, baseline)
    first, second = alignment.link_of(0), alignment.link_of(1)
    assert first.label == "paraphrase" and first.baseline_sentences == (0,)
    assert first.lexical < 0.5 <= first.semantic  # words alone would not have linked it as a paraphrase
    assert second.label == "added" and second.lexical == 0.0 and second.semantic == 0.0
    assert alignment.omitted == (1,)


def test_a_sentence_sharing_names_but_not_meaning_is_not_linked_to_a_hedged_one():
    # the pattern of "Mueller is due to testify before two committees" set against "Trump could be indicted ..."
    baseline = _doc(
        "Special counsel Robert Mueller said President Trump could be indicted after leaving office. "
        "The report runs to 448 pages."
    )
    version = _doc(
        "Robert Mueller is due to testify before two House committees next week. The report runs to 448 pages."
    )
    alignment = align(version, baseline)
    link = alignment.link_of(0)
    assert link is None or 0 not in link.baseline_sentences
    hedges = get_extractor("hedge")().extract(Context(version, baseline, alignment))
    assert not [f for f in hedges.findings if f.details.get("direction") == "removed" or "could" in f.explanation]


def test_meaning_scores_order_copy_rewrite_and_other_story():
    wire = _doc(
        "The government raised the minimum wage to 15 dollars an hour on Monday. "
        "Officials said the change will help two million workers.",
        vid="wire",
    )
    rewrite = _doc(
        "On Monday the minimum hourly wage went up to 15 dollars by government decision. "
        "About two million workers will benefit, according to officials.",
        vid="rewrite",
    )
    other = _doc("The football club signed a new striker from Brazil for a record fee.", vid="other")
    run = get_extractor("meaning")()
    scores = {d.version.id: run.extract(Context(d, wire, align(d, wire))).scores for d in (rewrite, other)}
    assert run.extract(Context(wire, wire, None)).scores == {
        "distance": 0.0,
        "lexical_distance": 0.0,
        "uncovered_share": 0.0,
    }
    for name in ("distance", "lexical_distance", "uncovered_share"):
        assert 0 < scores["rewrite"][name] < scores["other"][name] <= 1
    empty = run.extract(Context(_doc("..."), wire, align(_doc("..."), wire))).scores
    assert all(math.isnan(v) for v in empty.values())


def test_a_rendered_sentence_is_not_omitted_but_what_it_drops_is_reported():
    # the pattern of the Vox version told it drops what it says in other words
    baseline = _doc(
        "The government raised the minimum wage to 15 dollars an hour on Monday. "
        "Officials said the change will help two million workers."
    )
    version = _doc(
        "Workers on the lowest pay will earn 15 dollars for each hour they work from Monday, ministers decided. "
        "Roughly two million employees will be better off thanks to the change."
    )
    alignment = align(version, baseline)
    result = get_extractor("omission")().extract(Context(version, baseline, alignment))
    carried = [f for f in result.findings if f.details.get("carried_by")]
    plain = [f for f in result.findings if not f.details.get("carried_by")]
    assert plain == [] and result.scores["count"] == 0.0
    [finding] = carried
    assert finding.sentence == 1 and finding.in_baseline and finding.text == baseline.sentence_text(1)
    assert finding.details["dropped"] == {"attribution": ["said"]}
    assert result.scores["dropped_count"] == 1.0


def test_headline_from_the_title_field_is_compared_with_the_baselines():
    wire = _doc(
        "The senate confirmed the nominee by 50 votes to 48 on Friday.", title="Senate confirms nominee", vid="w"
    )
    calm = _doc("The senate confirmed the nominee on Friday, 50 to 48.", title="Senate confirms the nominee", vid="a")
    loaded = _doc(
        "The senate confirmed the nominee on Friday, 50 to 48.", title="Activist Left Gets Monster Scalp", vid="b"
    )
    run = get_extractor("headline")()
    near = run.extract(Context(calm, wire, align(calm, wire))).scores
    far = run.extract(Context(loaded, wire, align(loaded, wire))).scores
    assert near["distance"] < far["distance"] and near["word_overlap"] > far["word_overlap"] == 0.0
    assert math.isnan(run.extract(Context(_doc("No title here."), wire, None)).scores["distance"])


def test_an_off_story_headline_line_in_the_text_is_added_framing():
    wire = _doc("Senate confirms nominee\n\nThe senate confirmed the nominee by 50 votes to 48 on Friday.", vid="w")
    version = _doc(
        "Football fans riot after cup final defeat\n\nThe senate confirmed the nominee on Friday, 50 to 48.", vid="v"
    )
    result = get_extractor("headline")().extract(Context(version, wire, align(version, wire)))
    [finding] = result.findings
    assert finding.kind == "added_framing" and finding.details["category"] == "headline"
    assert finding.text == "Football fans riot after cup final defeat"
    same = _doc("Senate confirms the nominee\n\nThe senate confirmed the nominee on Friday, 50 to 48.", vid="s")
    assert get_extractor("headline")().extract(Context(same, wire, align(same, wire))).findings == ()


def test_what_a_rewording_drops_reads_a_month_as_a_date_and_counts_the_baselines_hedges():
    from framing.extractors._carried import _dropped

    assert _dropped("Trump fired James Comey in May 2017.", "Comey was fired in 2017.", []) == {}
    assert _dropped("Comey was fired in May 2017 and it may matter.", "Comey was fired in 2017.", []) == {
        "qualifier": ["may"]
    }
    said = _dropped("Officials reportedly said 40 people died.", "Forty people died, officials say.", ["reportedly"])
    assert said == {"attribution": ["said"], "qualifier": ["reportedly"], "number": ["40"]}


def test_the_opening_counts_most_in_the_meaning_distances():
    from framing.extractors.meaning import LEAD_FLOOR, LEAD_PIECES, lead_weights

    weights = lead_weights(400)
    assert weights[0] == 1.0 and weights[int(LEAD_PIECES)] == pytest.approx(math.exp(-1)) and weights[-1] == LEAD_FLOOR
    # two halves of equal length: the same words count more in the opening
    opening = (
        "The central bank raised interest rates by half a point on Tuesday to fight rising prices. "
        "Shoppers in the capital said food and fuel now cost far more than a year ago. "
    )
    rest = (
        "Economists expect another increase before the end of the year, and exporters warned of lost orders. "
        "The governor will speak to parliament next month about the decision and its effect on jobs."
    )
    other_opening = (
        "A football club in the north signed a striker from Brazil for a record fee on Tuesday. "
        "The player, who is 22, scored 30 goals last season and has played twice for his country. "
    )
    other_rest = (
        "The club's manager said he had followed the young forward for three years before the deal. "
        "Fans queued outside the stadium shop on Saturday to buy shirts with his name on the back."
    )
    wire = _doc(opening + rest, vid="wire")
    same_lede = _doc(opening + other_rest, vid="lede")
    same_rest = _doc(other_opening + rest, vid="rest")
    run = get_extractor("meaning")()
    score = {d.version.id: run.extract(Context(d, wire, align(d, wire))).scores for d in (same_lede, same_rest)}
    for name in ("distance", "lexical_distance"):
        assert score["lede"][name] < score["rest"][name]
