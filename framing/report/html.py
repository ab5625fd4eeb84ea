"""The HTML report: baseline and version side by side, findings highlighted where they stand.

One self-contained page (inline CSS, no script) that refers to the chart PNGs
written beside it. :func:`finding_html` renders one finding in the same style,
for notebooks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from html import escape

from ..records import Document, Finding
from ..results import Comparison, VersionResult
from .layout import (
    Numbered,
    Piece,
    Row,
    SideBySide,
    Span,
    cell_pieces,
    cleaned_span,
    item_explanation,
    item_words,
    side_by_side,
)
from .summary import BASELINE_MEANING, LIMITS, PIPELINE, kinds_rows, name_of, version_facts, what_we_found
from .words import LINK_LABELS, kind_label, kind_text, percent, version_name

__all__ = ["report_html", "finding_html", "version_html", "CSS", "HtmlSnippet"]

CSS = """
.framing{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.45;
 color:#222;max-width:1100px}
.framing table{border-collapse:collapse;width:100%;margin:.5em 0}
.framing th,.framing td{border-bottom:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
.framing th{background:#eee}
.framing td.label{color:#666;font-size:.85em;white-space:nowrap}
.framing tr.omitted td{background:#f2f2f2;color:#666;font-style:italic}
.framing mark{background:#ffe9a8;color:inherit;text-decoration:underline}
.framing mark.multi{font-weight:bold}
.framing sup{font-weight:bold;font-size:.7em}
.framing .note{color:#666;font-size:.9em}
.framing img{max-width:100%}
.framing ol.findings li{margin-bottom:.3em}
"""


class HtmlSnippet:
    """HTML that Jupyter displays as HTML; ``str()`` gives the markup."""

    __slots__ = ("html",)

    def __init__(self, html: str) -> None:
        self.html = html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<HtmlSnippet: {len(self.html):,} characters of HTML; display it in Jupyter or use str()>"


def _cell(pieces: Iterable[Piece]) -> str:
    out = []
    for piece in pieces:
        chunk = escape(piece.text)
        if piece.marks:
            numbers = ",".join(str(n) for n in piece.marks)
            css = ' class="multi"' if len(piece.marks) > 1 else ""
            chunk = f'<mark{css} title="finding {numbers}">{chunk}</mark>'
        out.append(chunk)
        if piece.ends:
            out.append(f"<sup>[{','.join(str(n) for n in piece.ends)}]</sup>")
    return "".join(out)


def _row(row: Row) -> str:
    css = ' class="omitted"' if row.label == "omitted" else ""
    return (
        f'<tr{css}><td class="label">{escape(LINK_LABELS.get(row.label, row.label))}</td>'
        f"<td>{_cell(row.baseline)}</td><td>{_cell(row.version)}</td></tr>"
    )


def _item(numbered: Numbered) -> str:
    finding = numbered.finding
    where = " (in the baseline)" if finding.in_baseline else ""
    words = f"“{' '.join(finding.text.split())}”" if not numbered.also else item_words(numbered)
    text = f"<b>{escape(kind_label(finding.kind))}</b>{where}: {escape(words)} — "
    text += escape(item_explanation(numbered))
    if finding.baseline_text and not finding.in_baseline:
        text += f" <i>Baseline:</i> “{escape(finding.baseline_text)}”"
    return f'<li value="{numbered.number}">{text}</li>'


def _findings(layout: SideBySide) -> str:
    placed = [_item(n) for n in layout.findings if n.placed]
    aside = [_item(n) for n in layout.findings if not n.placed]
    parts = [
        f'<h4>Findings in the text</h4><ol class="findings">{"".join(placed)}</ol>'
        if placed
        else '<p class="note">framing marked nothing in the sentences of this version.</p>'
    ]
    if aside:
        parts.append(
            f'<h4>Set aside before comparing (not part of the story)</h4><ol class="findings">{"".join(aside)}</ol>'
        )
    return "".join(parts)


def version_html(comparison: Comparison, version_id: str) -> str:
    """The side-by-side section of one version (for the baseline: its sentences and what was set aside)."""
    layout = side_by_side(comparison, version_id)
    result = layout.result
    base = comparison.baseline_result
    head = (
        f"<tr><th></th><th>Baseline: {escape(version_name(base.id, base.document.version.outlet))}</th>"
        f"<th>This version: {escape(version_name(result.id, result.document.version.outlet))}</th></tr>"
    )
    rows = "".join(_row(row) for row in layout.rows)
    facts = escape(version_facts(comparison, result))
    return (
        f'<section id="v{escape(result.id)}"><h2>{escape(name_of(result))}</h2><p>{facts}</p>'
        f"<table>{head}{rows}</table>{_findings(layout)}</section>"
    )


def report_html(comparison: Comparison, *, charts: Iterable[str] = ()) -> str:
    """The whole report as one HTML page; ``charts`` are PNG file names written beside it."""
    story = comparison.story
    title = escape(story.title or story.name)
    found = "".join(f"<li>{escape(line)}</li>" for line in what_we_found(comparison))
    images = "".join(f'<p><img src="{escape(name)}" alt="{escape(name)}"></p>' for name in charts)
    versions = "".join(version_html(comparison, r.id) for r in comparison.results if not r.is_baseline)
    methods = "".join(f"<li>{escape(step)}</li>" for step in PIPELINE)
    kinds = "".join(
        f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in kinds_rows()
    )
    limits = "".join(f"<li>{escape(limit)}</li>" for limit in LIMITS)
    body = (
        f"<h1>{title}</h1><p><b>{escape(comparison.baseline_reason)}</b> {escape(BASELINE_MEANING)}</p>"
        f"{_ranking(comparison)}<h2>What we found</h2><ul>{found}</ul>{images}{versions}"
        f'<section id="baseline"><h2>The baseline</h2>{_baseline(comparison)}</section>'
        f"<h2>How framing works</h2><ol>{methods}</ol><table><tr><th>Kind</th><th>What it means</th>"
        f"<th>What the rule cannot tell</th></tr>{kinds}</table><h3>Limits</h3><ul>{limits}</ul>"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>framing report: {title}</title>'
        f'<style>{CSS}</style></head><body><div class="framing">{body}</div></body></html>\n'
    )


def _ranking(comparison: Comparison) -> str:
    rows = []
    for result in comparison.results:
        rank = "baseline" if result.is_baseline else str(result.rank)
        divergence = "–" if math.isnan(result.divergence) else f"{result.divergence:.2f}"
        new = percent(result.coverage().get("added", math.nan))
        rows.append(
            f'<tr><td>{rank}</td><td><a href="#v{escape(result.id)}">'
            f"{escape(version_name(result.id, result.document.version.outlet))}</a></td>"
            f"<td>{divergence}</td><td>{new}</td><td>{result.findings_in_text}</td></tr>"
        )
    head = "<tr><th>rank</th><th>version</th><th>divergence</th><th>new text</th><th>findings in its text</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _baseline(comparison: Comparison) -> str:
    layout = side_by_side(comparison, comparison.baseline)
    rows = "".join(
        f"<tr><td class='label'>{i}</td><td>{_cell(row.version)}</td></tr>"
        for i, row in enumerate(layout.rows, start=1)
    )
    return f"<table><tr><th>#</th><th>Sentence</th></tr>{rows}</table>{_findings(layout)}"


def finding_html(comparison: Comparison, version_id: str, finding: Finding, *, intro: bool = True) -> HtmlSnippet:
    """One finding shown in context: the baseline's sentences beside the version's, the finding marked.

    With ``intro`` it starts with the kind's name and what it means.
    """
    result = comparison.result(version_id)
    base = comparison.baseline_result.document
    left, right = _finding_cells(result, base, finding)
    words = kind_text(finding.kind)
    head = (
        f"<tr><th>Baseline: {escape(version_name(base.version.id, base.version.outlet))}</th>"
        f"<th>{escape(version_name(result.id, result.document.version.outlet))}</th></tr>"
    )
    opening = f"<p><b>{escape(words.label.capitalize())}</b> — {escape(words.meaning)}</p>" if intro else ""
    return HtmlSnippet(
        f'<div class="framing"><style>{CSS}</style>{opening}<table style="table-layout:fixed">{head}<tr>'
        f"<td>{left or '<span class=note>(nothing)</span>'}</td><td>{right}</td></tr></table>"
        f"<p><sup>[1]</sup> {escape(finding.explanation)}</p></div>"
    )


def _finding_cells(result: VersionResult, base: Document, finding: Finding) -> tuple[str, str]:
    """(baseline cell, version cell) of one finding, marked as finding [1]."""
    document = base if finding.in_baseline else result.document
    span = cleaned_span(document, finding)
    sentences = (
        () if span is None else tuple(s.index for s in document.sentences if s.start < span[1] and span[0] < s.end)
    )
    if span is None or not sentences:
        marked = f"<mark>{escape(' '.join(finding.text.split()))}</mark><sup>[1]</sup>"
        return "", f"{marked} <span class='note'>(set aside before comparing)</span>"
    pieces = _cell(cell_pieces(document, sentences, [Span(0, *span)], {0: 1}))
    if finding.in_baseline:
        return pieces, "<span class='note'>(not in this version)</span>"
    links = [result.alignment.link_of(i) for i in sentences] if result.alignment else []
    counterpart = sorted({b for link in links if link is not None for b in link.baseline_sentences})
    return escape(" ".join(base.sentence_text(i) for i in counterpart)), pieces
