"""The PDF report (A4, print-friendly), built with reportlab from the charts' PNGs.

Pages: a cover (title, baseline, ranking chart, what we found), a comparison page
(findings by kind, what each version is made of), one section per version
(baseline and version side by side), the baseline, and a methods page. The
document is built with reportlab's ``invariant`` option, so the same comparison
gives the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from .. import __version__
from ..divergence import DivergenceModel
from ..results import Comparison
from .pdfstyle import GREY, MARGIN, TEXT_WIDTH, a4_document, font_name, para, table, text
from .pdfversions import baseline_pages, shorten, version_pages
from .summary import (
    BASELINE_MEANING,
    DIVERGENCE_STEPS,
    LIMITS,
    PIPELINE,
    kinds_rows,
    lexicon_rows,
    weights_rows,
    what_we_found,
)
from .words import percent, version_name

__all__ = ["build_pdf"]

_WIDTH = TEXT_WIDTH


def build_pdf(comparison: Comparison, charts: Mapping[str, bytes]) -> bytes:
    """The PDF report as bytes; ``charts`` maps chart file names to PNG bytes."""
    try:
        return _build(comparison, charts, split_rows=False)
    except LayoutError:  # a sentence taller than a page: let table rows break across pages
        return _build(comparison, charts, split_rows=True)


def _build(comparison: Comparison, charts: Mapping[str, bytes], *, split_rows: bool) -> bytes:
    buffer = io.BytesIO()
    title = comparison.story.title or comparison.story.name
    document = a4_document(
        buffer,
        title=f"framing report: {title}",
        subject="Versions of one news story compared",
        bottom_margin=MARGIN + 4 * mm,
    )
    footer = _footer(shorten(title, 80))
    flow = [
        *_cover(comparison, charts),
        *_comparison_page(comparison, charts),
        *version_pages(comparison, split_rows=split_rows),
        *baseline_pages(comparison, split_rows=split_rows),
        *_methods(comparison),
    ]
    document.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _footer(title: str) -> Any:
    def draw(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font_name(), 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 10 * mm, f"framing report · {title}")
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"page {document.page}")
        canvas.restoreState()

    return draw


def _image(png: bytes) -> Image:
    """A chart across the text width, its height in proportion."""
    width, height = _png_size(png)
    return Image(io.BytesIO(png), width=_WIDTH, height=_WIDTH * height / width)


def _png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _cover(comparison: Comparison, charts: Mapping[str, bytes]) -> list[Flowable]:
    story = comparison.story
    base = comparison.baseline_result
    flow: list[Flowable] = [
        para(text(story.title or story.name), "title"),
        para(
            text(
                f"How {len(comparison.results) - 1} versions of one news story differ from its baseline. "
                f"Story “{story.name}”; report made by framing {__version__}."
            ),
            "note",
        ),
        para("The baseline", "h2"),
        para(f"<b>{text(comparison.baseline_reason)}</b> {text(BASELINE_MEANING)}"),
    ]
    if "ranking.png" in charts:
        flow += [
            para("The ranking", "h2"),
            _image(charts["ranking.png"]),
            para(
                "Each bar is one version, the closest to the baseline at the top. Its length is the "
                "divergence; its parts show what the divergence is made of, and they add up to it. "
                f"The baseline is {text(version_name(base.id, base.document.version.outlet))}.",
                "note",
            ),
        ]
    flow.append(para("What we found", "h2"))
    flow += [para(text(line), "bullet", bulletText="•") for line in what_we_found(comparison)]
    return flow


def _comparison_page(comparison: Comparison, charts: Mapping[str, bytes]) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), para("Comparing the versions", "h1")]
    if "findings_by_kind.png" in charts:
        flow += [
            para("Findings by kind", "h2"),
            _image(charts["findings_by_kind.png"]),
            para(
                "Each square counts one kind of finding in one version, per 100 words of that version, "
                "so long and short versions can be compared. Darker means more. Left-out sentences are "
                "counted per 100 words of the version too. The methods page explains each kind.",
                "note",
            ),
        ]
    if "coverage.png" in charts:
        flow += [
            para("What each version is made of", "h2"),
            _image(charts["coverage.png"]),
            para(
                "Left: how the words of each version split into sentences that are the same as in the "
                "baseline, reworded, partly shared, or new. Right: how much of the baseline each version "
                "leaves out.",
                "note",
            ),
        ]
    flow.append(KeepTogether([para("In numbers", "h2"), _numbers_table(comparison)]))
    return flow


def _numbers_table(comparison: Comparison) -> Flowable:
    rows: list[list[object]] = [
        [
            "Rank",
            "Version",
            "Words",
            "Diver\u00adgence",
            "Same",
            "Re\u00adworded",
            "Partly shared",
            "New",
            "Baseline left out",
            "Find\u00adings in its text",
        ]
    ]
    for result in comparison.results:
        coverage = result.coverage()
        divergence = "–" if math.isnan(result.divergence) else f"{result.divergence:.2f}"
        rows.append(
            [
                "baseline" if result.is_baseline else str(result.rank),
                version_name(result.id, result.document.version.outlet),
                str(result.document.word_count),
                divergence,
                *(percent(coverage.get(k, math.nan)) for k in ("same", "paraphrase", "partial", "added", "omitted")),
                str(result.findings_in_text),
            ]
        )
    widths = [16 * mm, 32 * mm, 14 * mm, 17 * mm, 13 * mm, 17 * mm, 15 * mm, 12 * mm, 17 * mm]
    return table(rows, [*widths, _WIDTH - sum(widths)], head="headsmall")


def _methods(comparison: Comparison) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        para("How framing works, and what it cannot tell", "h1"),
        para("What framing does", "h2"),
    ]
    flow += [para(text(step), "bullet", bulletText=f"{i}.") for i, step in enumerate(PIPELINE, start=1)]
    flow.append(para("How the divergence is computed", "h2"))
    flow += [para(text(step), "body") for step in DIVERGENCE_STEPS]
    weights = [
        ["Measure", "Name in report.json", "Weight", "Scale"],
        *[list(row) for row in weights_rows(comparison.model)],
    ]
    flow.append(table(weights, [44 * mm, 72 * mm, 16 * mm, _WIDTH - 132 * mm]))
    note = (
        "These are the default weights."
        if comparison.model == DivergenceModel()
        else ("These are the weights this report was made with (not the defaults).")
    )
    flow.append(
        para(
            f"{note} Measures for kinds of finding that no extractor produced are left out of a version's divergence.",
            "note",
        )
    )
    flow.append(para("What each kind of finding means", "h2"))
    kinds = [["Kind", "What it means", "What the rule cannot tell"], *[list(row) for row in kinds_rows()]]
    flow.append(table(kinds, [32 * mm, 75 * mm, _WIDTH - 107 * mm]))
    flow.append(para("Limits", "h2"))
    flow += [para(text(limit), "bullet", bulletText="•") for limit in LIMITS]
    lexicons = lexicon_rows()
    if lexicons:
        flow.append(para("Word lists and where they come from", "h2"))
        rows = [["Word list", "What it holds", "Sources"], *[list(row) for row in lexicons]]
        flow.append(table(rows, [28 * mm, 68 * mm, _WIDTH - 96 * mm]))
    return flow
