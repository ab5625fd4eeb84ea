"""Charts of a comparison, drawn with matplotlib.

Plot helpers take an ``Axes`` and the frame from :mod:`framing.report.chartdata`
and return the artists they drew; figure functions put them on a page-wide
figure; :func:`chart_pngs` renders PNG bytes. Figures are made without pyplot
and rendered with the Agg canvas, so nothing here touches a display or the
global backend. Bars take their colour and hatch from :mod:`framing.report.palette`:
one style per meaning on every chart, each with its own hatching for greyscale
print; the heatmap uses one hue from light (few) to dark (many), and writes each value
in its square.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.layout_engine import ConstrainedLayoutEngine

from ..results import Comparison
from .chartdata import OTHER, coverage_data, heatmap_data, ranking_data, version_labels
from .palette import OTHER_LABEL, OTHER_STYLE, coverage_style, feature_style
from .words import COVERAGE_LABELS, feature_label, kind_label

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.container import Container

__all__ = [
    "plot_ranking",
    "plot_heatmap",
    "plot_coverage",
    "plot_omitted",
    "ranking_figure",
    "heatmap_figure",
    "coverage_figure",
    "chart_figures",
    "chart_pngs",
    "png_bytes",
    "CHART_FILES",
    "WIDTH_INCHES",
    "DPI",
]

#: (colour, hatch) of each coverage share: the same as its measure in the ranking (one meaning per style).
COVERAGE_STYLE = {name: coverage_style(name) for name in COVERAGE_LABELS}
#: File name of each chart, in the order the report shows them.
CHART_FILES = ("ranking.png", "findings_by_kind.png", "coverage.png")
WIDTH_INCHES = 8.5
DPI = 200  # 8.5 in x 200 dpi = 1700 px wide
_FONT = 10


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _labels(index: pd.Index, labels: Mapping[str, str] | None) -> list[str]:
    return [_wrap((labels or {}).get(str(key), str(key)), 26) for key in index]


def plot_ranking(ax: Axes, data: pd.DataFrame, labels: Mapping[str, str] | None = None) -> list[Artist | Container]:
    """Horizontal stacked bars: each version's divergence split into its contributions."""
    parts = [c for c in data.columns if c != "divergence"]
    rows = list(range(len(data)))
    left = [0.0] * len(data)
    artists: list[Artist | Container] = []
    for name in parts:
        values = [0.0 if math.isnan(v) else float(v) for v in data[name]]
        colour, hatch = OTHER_STYLE if name == OTHER else feature_style(name)
        label = OTHER_LABEL if name == OTHER else feature_label(name)
        bars = ax.barh(
            rows,
            values,
            left=left,
            color=colour,
            hatch=hatch,
            edgecolor="black",
            linewidth=0.6,
            label=label,
            height=0.6,
        )
        artists.append(bars)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for row, total in zip(rows, data["divergence"], strict=True):
        text = "not measured" if math.isnan(total) else f"{total:.2f}"
        x = 0.0 if math.isnan(total) else total
        artists.append(ax.text(x + 0.01, row, text, va="center", ha="left", fontsize=_FONT, fontweight="bold"))
    ax.set_yticks(rows, _labels(data.index, labels), fontsize=_FONT)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.08)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xlabel("divergence: 0 = the same as the baseline, 1 = nothing in common", fontsize=_FONT)
    ax.tick_params(axis="x", labelsize=_FONT)
    ax.spines[["top", "right"]].set_visible(False)
    return artists


def plot_heatmap(ax: Axes, data: pd.DataFrame, labels: Mapping[str, str] | None = None) -> list[Artist | Container]:
    """A grid of versions (rows) by kinds of finding (columns), shaded by findings per 100 words."""
    values = data.to_numpy(dtype=float)
    finite = values[~(values != values)]
    top = max(1.0, float(finite.max())) if finite.size else 1.0
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=top, aspect="auto")
    artists: list[Artist | Container] = [image]
    for (row, column), value in numpy.ndenumerate(values):
        shade = image.cmap(image.norm(value)) if not math.isnan(value) else (1, 1, 1, 1)
        light = 0.299 * shade[0] + 0.587 * shade[1] + 0.114 * shade[2] > 0.5
        text = "–" if math.isnan(value) else ("0" if value == 0 else f"{value:.1f}")
        artists.append(
            ax.text(column, row, text, ha="center", va="center", fontsize=_FONT, color="black" if light else "white")
        )
    columns = [kind_label(kind) for kind in data.columns]
    ax.set_xticks(range(len(columns)), columns, fontsize=_FONT - 1, rotation=35, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(data)), _labels(data.index, labels), fontsize=_FONT)
    ax.tick_params(which="both", length=0)
    ax.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(data))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.spines[:].set_visible(False)
    return artists


def plot_coverage(ax: Axes, data: pd.DataFrame, labels: Mapping[str, str] | None = None) -> list[Artist | Container]:
    """Stacked bars: the share of each version's words that is the same, reworded, partly shared or new."""
    rows = list(range(len(data)))
    left = [0.0] * len(data)
    artists: list[Artist | Container] = []
    for name in ("same", "paraphrase", "partial", "added"):
        values = [0.0 if math.isnan(v) else float(v) for v in data[name]]
        colour, hatch = COVERAGE_STYLE[name]
        artists.append(
            ax.barh(
                rows,
                values,
                left=left,
                color=colour,
                hatch=hatch,
                edgecolor="black",
                linewidth=0.6,
                height=0.6,
                label=COVERAGE_LABELS[name],
            )
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(rows, _labels(data.index, labels), fontsize=_FONT)
    ax.invert_yaxis()
    _percent_axis(ax, "share of the version's words")
    return artists


def plot_omitted(ax: Axes, data: pd.DataFrame, labels: Mapping[str, str] | None = None) -> list[Artist | Container]:
    """Bars: the share of the baseline's words each version leaves out."""
    rows = list(range(len(data)))
    values = [0.0 if math.isnan(v) else float(v) for v in data["omitted"]]
    colour, hatch = COVERAGE_STYLE["omitted"]
    bars = ax.barh(
        rows,
        values,
        color=colour,
        hatch=hatch,
        edgecolor="black",
        linewidth=0.6,
        height=0.6,
        label=COVERAGE_LABELS["omitted"],
    )
    artists: list[Artist | Container] = [bars]
    for row, value in zip(rows, data["omitted"], strict=True):
        text = "n/a" if math.isnan(value) else f"{round(100 * value)}%"
        artists.append(ax.text((0 if math.isnan(value) else value) + 0.02, row, text, va="center", fontsize=_FONT))
    ax.set_yticks(rows, [""] * len(rows))
    ax.invert_yaxis()
    _percent_axis(ax, "share of the baseline's words", ticks=(0, 0.5, 1.0))
    return artists


def _percent_axis(ax: Axes, label: str, ticks: tuple[float, ...] = (0, 0.25, 0.5, 0.75, 1.0)) -> None:
    ax.set_xlim(0, 1)
    ax.set_xticks(list(ticks), [f"{round(100 * t)}%" for t in ticks], fontsize=_FONT)
    ax.set_xlabel(label, fontsize=_FONT)
    ax.spines[["top", "right"]].set_visible(False)


def _figure(rows: int, extra: float) -> Figure:
    return Figure(figsize=(WIDTH_INCHES, 1.2 + extra + 0.42 * max(rows, 1)), dpi=DPI, layout="constrained")


def ranking_figure(comparison: Comparison) -> Figure:
    """The ranking: how far each version strays from the baseline, and why."""
    data = ranking_data(comparison)
    figure = _figure(len(data), 0.3 * math.ceil((len(data.columns) - 1) / 3))
    ax = figure.add_subplot()
    plot_ranking(ax, data, version_labels(comparison))
    ax.set_title("How far each version strays from the baseline, and what adds to it", fontsize=_FONT + 2, loc="left")
    figure.legend(loc="outside lower center", ncols=3, fontsize=_FONT - 1, frameon=False)
    return figure


def heatmap_figure(comparison: Comparison) -> Figure:
    """Findings per 100 words, by version and kind."""
    data = heatmap_data(comparison)
    figure = _figure(len(data), 1.0)
    ax = figure.add_subplot()
    artists = plot_heatmap(ax, data, version_labels(comparison))
    ax.set_title("Findings per 100 words of each version, by kind", fontsize=_FONT + 2, loc="left")
    image = artists[0]
    assert isinstance(image, AxesImage)  # plot_heatmap returns the image first
    bar = figure.colorbar(image, ax=ax, shrink=0.9, pad=0.01)
    bar.set_label("findings per 100 words", fontsize=_FONT - 1)
    bar.ax.tick_params(labelsize=_FONT - 1)
    return figure


def coverage_figure(comparison: Comparison) -> Figure:
    """What each version's words are made of, and how much of the baseline it leaves out."""
    data = coverage_data(comparison)
    figure = _figure(len(data), 0.3)
    figure.set_layout_engine(ConstrainedLayoutEngine(wspace=0.08))
    words, omitted = figure.subplots(1, 2, width_ratios=(3, 1.3))
    plot_coverage(words, data, version_labels(comparison))
    plot_omitted(omitted, data)
    words.set_title("What each version is made of", fontsize=_FONT + 2, loc="left")
    omitted.set_title("Left out of the baseline", fontsize=_FONT + 2, loc="left")
    figure.legend(loc="outside lower center", ncols=5, fontsize=_FONT - 1, frameon=False)
    return figure


def chart_figures(comparison: Comparison) -> dict[str, Figure]:
    """``{file name: figure}`` of every chart of the report."""
    builders = (ranking_figure, heatmap_figure, coverage_figure)
    return {name: build(comparison) for name, build in zip(CHART_FILES, builders, strict=True)}


def png_bytes(figure: Figure) -> bytes:
    """The figure as PNG bytes, without metadata that would change from run to run."""
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer, metadata={"Software": None})
    return buffer.getvalue()


def chart_pngs(comparison: Comparison) -> dict[str, bytes]:
    """``{file name: PNG bytes}`` of every chart (at least 1600 pixels wide)."""
    return {name: png_bytes(figure) for name, figure in chart_figures(comparison).items()}
