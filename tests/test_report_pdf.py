"""The PDF report: its pages, what they say, and that it builds for awkward texts too."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

import framing
from framing.records import Story, Version
from framing.report.charts import chart_pngs
from framing.report.pdf import build_pdf
from framing.report.summary import what_we_found


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seed_pdf(seed_comparison) -> PdfReader:
    return PdfReader(io.BytesIO(build_pdf(seed_comparison, chart_pngs(seed_comparison))))


@pytest.fixture(scope="module")
def seed_text(seed_pdf) -> str:
    return flat(" ".join(page.extract_text() for page in seed_pdf.pages))


def test_pages_are_a4_and_in_order(seed_pdf, seed_comparison):
    n_versions = len(seed_comparison.results) - 1
    assert 3 + n_versions + 1 <= len(seed_pdf.pages) <= 40
    for page in seed_pdf.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    first = flat(seed_pdf.pages[0].extract_text())
    assert seed_comparison.story.title in first and "What we found" in first
    assert "Comparing the versions" in flat(seed_pdf.pages[1].extract_text())
    assert "How framing works" in flat(seed_pdf.pages[-1].extract_text()) or "How framing works" in flat(
        " ".join(p.extract_text() for p in seed_pdf.pages[-4:])
    )


def test_cover_names_the_baseline_and_why(seed_text, seed_comparison):
    assert flat(seed_comparison.baseline_reason) in seed_text
    for line in what_we_found(seed_comparison):
        assert flat(line) in seed_text


def test_every_version_and_outlet_is_named(seed_text, seed_comparison):
    for result in seed_comparison.results:
        assert f"Version {result.id}" in seed_text
        if result.document.version.outlet:
            assert result.document.version.outlet in seed_text


def test_every_finding_is_explained(seed_text, seed_comparison):
    from framing.report.layout import item_explanation, side_by_side

    for result in seed_comparison.results:
        for numbered in side_by_side(seed_comparison, result.id).findings:
            assert flat(item_explanation(numbered)) in seed_text
            if not numbered.also:
                assert flat(numbered.finding.explanation) in seed_text
    assert "The baseline has these 7 sentences; this version leaves them out. 4 of them say who said what." in seed_text


def test_methods_explain_divergence_and_kinds(seed_text):
    assert "How the divergence is computed" in seed_text
    assert "alignment__added_share" in seed_text
    assert "What each kind of finding means" in seed_text
    assert "Word lists and where they come from" in seed_text


def test_no_verdicts_on_outlets(seed_text):
    lowered = seed_text.lower()
    for verdict in ("biased outlet", "fake news", "propaganda", "untrustworthy", "dishonest"):
        assert verdict not in lowered


def test_awkward_text_builds():
    """Markup characters, symbols outside Latin-1 and a sentence longer than a page."""
    long_sentence = "The council said " + ", and ".join(["the road needs repairs"] * 400) + " at the very end."
    story = Story(
        name="awkward",
        title="Prices <rise> & fall — “quotes”, ₩ and Москва",
        versions=(
            Version(
                "wire",
                "Profits rose 5% at A&B <Corp>, the company said on Monday in Москва.\n"
                "All contents © copyright 2025 Associated Press. All rights reserved.\n",
                "Associated Press",
            ),
            Version("copy", f"Profits rose 5% at A&B <Corp>, the firm said on Monday — “a record”.\n{long_sentence}\n"),
        ),
    )
    comparison = framing.analyze(story)
    reader = PdfReader(io.BytesIO(build_pdf(comparison, chart_pngs(comparison))))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert "A&B <Corp>" in text and "Москва" in text and "at the very end." in text


def test_without_charts_the_pdf_still_builds(seed_comparison):
    reader = PdfReader(io.BytesIO(build_pdf(seed_comparison, {})))
    assert "The ranking" not in flat(reader.pages[0].extract_text())


def test_methods_page_prints_the_weights_the_run_used(seed_story):
    comparison = framing.analyze(seed_story, weights={"alignment__added_share": 0.1})
    text = flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(build_pdf(comparison, {}))).pages))
    assert "new text alignment__added_share 0.1 share" in text
    assert "new text alignment__added_share 3 share" not in text
    assert "the weights this report was made with (not the defaults)" in text


def test_one_findings_count_in_every_view(seed_comparison, seed_text):
    from framing.report.html import report_html
    from framing.report.tables import ranking_table

    counts = {r.id: r.findings_in_text for r in seed_comparison.results}
    assert counts["004"] == sum(not f.in_baseline for f in seed_comparison.result("004").findings)
    table = ranking_table(seed_comparison)
    html = report_html(seed_comparison)
    assert "findings in its text" in table and "findings in its text" in html and "Findings in its text" in seed_text
    for version_id, count in counts.items():
        assert f"<td>{count}</td></tr>" in html
        row = next(line for line in table.splitlines() if f"  {version_id}  " in line)
        assert f"  {count}  " in row
