"""The data behind each chart (real values for the seed story), the plot helpers and the PNGs."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from matplotlib.figure import Figure

import framing
from framing.records import FINDING_KINDS, Story, Version
from framing.report.chartdata import OTHER, coverage_data, heatmap_data, ranking_data, version_labels
from framing.report.charts import (
    CHART_FILES,
    chart_pngs,
    plot_coverage,
    plot_heatmap,
    plot_omitted,
    plot_ranking,
)


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def others(comparison: framing.Comparison) -> list[str]:
    return [r.id for r in comparison.results if not r.is_baseline]


def test_ranking_rows_are_versions_in_rank_order(seed_comparison):
    data = ranking_data(seed_comparison)
    assert list(data.index) == others(seed_comparison)
    assert data.index[0] == "000" and data.index[-1] == "004"
    assert list(data["divergence"]) == sorted(data["divergence"])


def test_ranking_contributions_add_up_to_divergence(seed_comparison):
    data = ranking_data(seed_comparison)
    parts = data.drop(columns="divergence")
    for version_id, row in parts.iterrows():
        result = seed_comparison.result(version_id)
        assert row.sum() == pytest.approx(result.divergence, abs=1e-9)
        assert data.loc[version_id, "divergence"] == result.divergence


def test_ranking_shows_each_versions_largest_contributions(seed_comparison):
    data = ranking_data(seed_comparison, n_top=3)
    shown = set(data.columns) - {"divergence", OTHER}
    for result in seed_comparison.results[1:]:
        for name, value in result.top_contributions(3):
            assert name in shown
            assert data.loc[result.id, name] == pytest.approx(value)


def test_ranking_groups_the_rest_as_other(seed_comparison):
    data = ranking_data(seed_comparison, n_top=1)
    assert OTHER in data.columns
    assert (data[OTHER] >= 0).all()
    assert data.drop(columns="divergence").sum(axis=1).tolist() == pytest.approx(data["divergence"].tolist())


def test_heatmap_rows_are_versions_and_columns_kinds(seed_comparison):
    data = heatmap_data(seed_comparison)
    assert list(data.index) == others(seed_comparison)
    assert list(data.columns[: len(FINDING_KINDS)]) == list(FINDING_KINDS)


def test_heatmap_counts_findings_per_100_words(seed_comparison):
    data = heatmap_data(seed_comparison)
    for version_id in data.index:
        result = seed_comparison.result(version_id)
        for kind in data.columns:
            count = sum(f.kind == kind for f in result.findings)
            assert data.loc[version_id, kind] == pytest.approx(100 * count / result.document.word_count)
    assert data.loc["003", "boilerplate"] > 0  # the MENAFN page carries an error page and a disclaimer


def test_coverage_shares(seed_comparison):
    data = coverage_data(seed_comparison)
    assert list(data.index) == others(seed_comparison)
    assert data[["same", "paraphrase", "partial", "added"]].sum(axis=1).tolist() == pytest.approx([1.0] * len(data))
    for version_id in data.index:
        coverage = seed_comparison.result(version_id).coverage()
        assert data.loc[version_id, "omitted"] == pytest.approx(coverage["omitted"])
    assert data.loc["004", "added"] > 0.5 > data.loc["000", "added"]


def test_version_labels_name_outlets(seed_comparison):
    labels = version_labels(seed_comparison)
    assert labels["003"] == "version 003 (MENAFN)"
    assert labels["004"] == "version 004"


def test_undefined_version_gives_nan_not_zero():
    story = Story(
        name="empty",
        versions=(
            Version(
                "wire",
                "The bridge will reopen in June, the mayor said.\n"
                "All contents © copyright 2025 Associated Press. All rights reserved.\n",
                "Associated Press",
            ),
            Version("junk", "All contents © copyright 2025 Associated Press. All rights reserved.\n"),
        ),
    )
    comparison = framing.analyze(story)
    heat = heatmap_data(comparison)
    assert comparison.result("junk").document.word_count == 0
    assert heat.loc["junk"].isna().all()
    assert set(chart_pngs(comparison)) == set(CHART_FILES)


def test_plot_helpers_return_their_artists(seed_comparison):
    figure = Figure()
    ax = figure.add_subplot()
    data = ranking_data(seed_comparison)
    artists = plot_ranking(ax, data, version_labels(seed_comparison))
    bars = [a for a in artists if hasattr(a, "patches")]
    assert len(bars) == len(data.columns) - 1  # one stack layer per contribution column
    hatches = [container.patches[0].get_hatch() or "" for container in bars]
    assert len(set(hatches)) == len(hatches)  # each layer readable in greyscale too
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "version 000"


def test_heatmap_and_coverage_helpers(seed_comparison):
    figure = Figure()
    left, middle, right = figure.subplots(1, 3)
    heat = heatmap_data(seed_comparison)
    image, *texts = plot_heatmap(left, heat)
    assert image.get_array().shape == heat.shape
    assert len(texts) == heat.size
    coverage = coverage_data(seed_comparison)
    assert len(plot_coverage(middle, coverage)) == 4
    assert plot_omitted(right, coverage)[0].patches[-1].get_width() == pytest.approx(coverage["omitted"].iloc[-1])


def test_pngs_are_wide_enough_and_stable(seed_comparison):
    first, second = chart_pngs(seed_comparison), chart_pngs(seed_comparison)
    assert list(first) == list(CHART_FILES)
    for name, png in first.items():
        width, height = png_size(png)
        assert width >= 1600 and 0 < height < width
        assert len(png) < 2_000_000
        assert png == second[name]
        assert b"Software" not in png[:200]


def test_analysis_never_imports_matplotlib_or_reportlab():
    code = (
        "import sys, framing\n"
        "comparison = framing.analyze(framing.example_story())\n"
        "comparison.to_frame(); comparison.to_json()\n"
        "import framing.report; framing.report.report_files(comparison, with_pdf=False)\n"
        "print(sorted(m for m in ('matplotlib', 'reportlab') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_nan_divergence_draws_as_not_measured():
    import pandas as pd

    data = pd.DataFrame({"divergence": [0.2, math.nan], "alignment__added_share": [0.2, math.nan]}, index=["a", "b"])
    ax = Figure().add_subplot()
    texts = [a.get_text() for a in plot_ranking(ax, data) if hasattr(a, "get_text")]
    assert texts == ["0.20", "not measured"]


def test_one_meaning_per_colour_and_hatch_on_every_chart(seed_comparison):
    from matplotlib.colors import to_hex

    from framing.divergence import DEFAULT_WEIGHTS
    from framing.report.charts import COVERAGE_STYLE, ranking_figure
    from framing.report.palette import COVERAGE_ONLY, OTHER_STYLE, feature_style

    styles = [*(feature_style(name) for name in DEFAULT_WEIGHTS), *COVERAGE_ONLY.values(), OTHER_STYLE]
    colours, hatches = [c for c, _ in styles], [h for _, h in styles]
    assert len(set(colours)) == len(colours) and len(set(hatches)) == len(hatches)
    seen: dict[tuple[str, str], str] = {}
    for bars in ranking_figure(seed_comparison).axes[0].containers:
        face = bars.patches[0]
        key = (to_hex(face.get_facecolor()).upper(), face.get_hatch() or "")
        assert seen.setdefault(key, bars.get_label()) == bars.get_label()
    # the added and omitted shares are no longer among the seed's largest contributions (the meaning terms are):
    # when drawn, each is drawn in its coverage style
    assert seen.get(COVERAGE_STYLE["added"], "new text") == "new text"
    assert seen.get(COVERAGE_STYLE["omitted"], "baseline text left out") == "baseline text left out"
    assert not {COVERAGE_STYLE[k] for k in ("same", "paraphrase", "partial")} & set(seen)
