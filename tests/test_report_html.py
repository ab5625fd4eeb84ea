"""The HTML report and the notebook snippets: every version shown, findings numbered, text escaped."""

from __future__ import annotations

import pytest

import framing
from framing.errors import ConfigError
from framing.records import FINDING_KINDS, Story, Version
from framing.report import classroom_examples, finding_html, kind_guide, report_html, show_charts, show_finding


def test_report_html_has_every_version_and_finding(seed_comparison):
    page = report_html(seed_comparison, charts=("ranking.png",))
    assert page.startswith("<!DOCTYPE html>")
    assert '<img src="ranking.png"' in page
    for result in seed_comparison.results:
        assert f'id="v{result.id}"' in page or result.is_baseline
    for result in seed_comparison.results[1:]:
        assert page.count("<li value=") >= len(result.findings)
    assert "MENAFN" in page and "Associated Press" in page


def test_text_is_escaped():
    story = Story(
        name="escape",
        versions=(
            Version(
                "wire",
                "Profits rose 5% at A&B Corp, the company said on Monday.\n"
                "All contents © copyright 2025 Associated Press. All rights reserved.\n",
                "Associated Press",
            ),
            Version("copy", "Profits rose <b>5%</b> at A&B Corp, the company said on Monday.\n"),
        ),
    )
    page = report_html(framing.analyze(story))
    assert "<b>5%</b>" not in page
    assert "&lt;b&gt;5%&lt;/b&gt;" in page and "A&amp;B" in page


def test_finding_html_shows_baseline_beside_version(seed_comparison):
    for version_id, finding in seed_comparison.findings():
        snippet = str(finding_html(seed_comparison, version_id, finding))
        assert "<mark" in snippet and "[1]" in snippet
        assert snippet.count("<td>") == 2


def test_show_finding_picks_and_checks(seed_comparison):
    snippet = show_finding(seed_comparison, version="003")
    assert "<table" in snippet._repr_html_()
    assert "HtmlSnippet" in repr(snippet)
    with pytest.raises(ConfigError, match="'kind' parameter"):
        show_finding(seed_comparison, kind="nonsense")
    with pytest.raises(ConfigError, match="'version' parameter"):
        show_finding(seed_comparison, version="999")
    with pytest.raises(ConfigError, match="ask for n from 0"):
        show_finding(seed_comparison, version="003", n=10_000)


def test_kind_guide_and_classroom_examples(seed_comparison):
    guide = kind_guide(seed_comparison)
    assert list(guide.index) == list(FINDING_KINDS)
    assert guide["question for students"].str.endswith("?").all()
    assert guide.loc["omission", "in this story"] > 0
    assert list(kind_guide().columns) == ["name", "what it means", "limits", "question for students"]
    page = str(classroom_examples(seed_comparison))
    assert page.count("<h3>") == len(FINDING_KINDS)


def test_show_charts_embeds_pngs(seed_comparison):
    assert str(show_charts(seed_comparison)).count("data:image/png;base64,") == 3
