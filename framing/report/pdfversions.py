"""The PDF's pages per version: baseline and version side by side, findings numbered below."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..results import Comparison, VersionResult
from .layout import Numbered, Piece, SideBySide, item_explanation, item_words, side_by_side
from .pdfstyle import HIGHLIGHT_HEX as HIGHLIGHT
from .pdfstyle import TEXT_WIDTH, para, table, text
from .summary import name_of, version_facts
from .words import LINK_LABELS, feature_label, kind_label, version_name

__all__ = [
    "version_pages",
    "baseline_pages",
    "piece_markup",
    "finding_item",
    "item_words",
    "item_explanation",
    "shorten",
    "quoted",
]

_GREY_ROW = colors.HexColor("#F0F0F0")
_QUOTES = "\"'“”‘’ \n"
_KEY = (
    "How to read this page: each row puts a sentence of this version beside the baseline sentence it comes from. "
    "Rows marked <b>left out</b> (grey, in italics) are baseline sentences this version does not have; rows marked "
    "<b>new</b> have no match in the baseline. <u>Underlined</u> text followed by a number such as "
    "<super><b>[1]</b></super> is a finding, explained in the numbered list below the table."
)


def shorten(value: str, limit: int = 160) -> str:
    """``value`` on one line, cut at a word boundary with an ellipsis past ``limit`` characters."""
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def quoted(value: str, limit: int = 160) -> str:
    """``value`` shortened and set in curly quotes (its own quotation marks at either end dropped)."""
    return f"“{shorten(value.strip().strip(_QUOTES), limit)}”"


def piece_markup(pieces: tuple[Piece, ...]) -> str:
    """Reportlab markup of a cell: findings shaded and underlined, their numbers in superscript."""
    out = []
    for piece in pieces:
        chunk = text(piece.text)
        if piece.marks:
            chunk = f'<font backColor="{HIGHLIGHT}"><u>{chunk}</u></font>'
            chunk = f"<b>{chunk}</b>" if len(piece.marks) > 1 else chunk
        out.append(chunk)
        if piece.ends:
            out.append(f"<super><b>[{','.join(str(n) for n in piece.ends)}]</b></super>")
    return "".join(out)


def finding_item(numbered: Numbered) -> Paragraph:
    """One entry of the numbered list: kind, the words, the explanation and the baseline's words."""
    finding = numbered.finding
    where = " (in the baseline)" if finding.in_baseline else ""
    parts = [
        f"<b>[{numbered.number}]</b>&nbsp;&nbsp;<b>{text(kind_label(finding.kind))}</b>{where}: "
        f"{text(item_words(numbered))} — {text(item_explanation(numbered))}"
    ]
    if finding.baseline_text and not finding.in_baseline:
        parts.append(f" <i>Baseline:</i> {text(quoted(finding.baseline_text))}")
    return para("".join(parts), "item")


def _side_table(comparison: Comparison, layout: SideBySide, split_rows: bool) -> Flowable:
    base = comparison.baseline_result
    width = TEXT_WIDTH
    label = 17 * mm
    rows: list[list[object]] = [
        [
            "",
            f"Baseline: {version_name(base.id, base.document.version.outlet)}",
            f"This version: {version_name(layout.result.id, layout.result.document.version.outlet)}",
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for number, row in enumerate(layout.rows, start=1):
        grey = row.label == "omitted"
        style = "cellgrey" if grey else "cell"
        baseline = piece_markup(row.baseline)
        rows.append(
            [
                para(text(LINK_LABELS.get(row.label, row.label)), "label"),
                para(f"<i>{baseline}</i>" if grey else baseline, style),
                para(piece_markup(row.version), "cell"),
            ]
        )
        if grey:
            extra.append(("BACKGROUND", (0, number), (-1, number), _GREY_ROW))
    return table(rows, [label, (width - label) / 2, (width - label) / 2], extra=extra, split_rows=split_rows)


def _findings_list(layout: SideBySide) -> list[Flowable]:
    placed = [n for n in layout.findings if n.placed]
    aside = [n for n in layout.findings if not n.placed]
    flow: list[Flowable] = []
    if placed:
        flow.append(para("Findings in the text", "h2"))
        flow.extend(finding_item(n) for n in placed)
    else:
        flow.append(para("framing marked nothing in the sentences of this version.", "note"))
    if aside:
        flow.append(para("Set aside before comparing (not part of the story)", "h2"))
        flow.extend(finding_item(n) for n in aside)
    return flow


def _contributions(result: VersionResult) -> str:
    top = result.top_contributions(3)
    if not top:
        return ""
    parts = ", ".join(f"{feature_label(name)} {value:.2f}" for name, value in top)
    return f"Largest contributions to the divergence: {parts}."


def version_pages(comparison: Comparison, *, split_rows: bool = False) -> list[Flowable]:
    """One section per version other than the baseline, closest first; each starts on a new page.

    ``split_rows`` lets a row of the side-by-side table break across pages (for
    sentences too long for one page).
    """
    flow: list[Flowable] = []
    for result in comparison.results:
        if result.is_baseline:
            continue
        layout = side_by_side(comparison, result.id)
        flow += [
            PageBreak(),
            para(text(name_of(result)), "h1"),
            para(text(f"{version_facts(comparison, result)} {_contributions(result)}"), "body"),
            para(_KEY, "note"),
            _side_table(comparison, layout, split_rows),
        ]
        flow += _findings_list(layout)
    return flow


def baseline_pages(comparison: Comparison, *, split_rows: bool = False) -> list[Flowable]:
    """The baseline's own text, sentence by sentence, and what was set aside from it."""
    result = comparison.baseline_result
    layout = side_by_side(comparison, result.id)
    width = TEXT_WIDTH
    rows: list[list[object]] = [["#", "Sentence"]]
    rows += [
        [para(str(i), "label"), para(piece_markup(row.version), "cell")] for i, row in enumerate(layout.rows, start=1)
    ]
    flow: list[Flowable] = [
        PageBreak(),
        para(text(f"The baseline: {name_of(result)}"), "h1"),
        para(
            text(
                f"{comparison.baseline_reason} It has {result.document.word_count} words in "
                f"{len(result.document.sentences)} sentences, shown here as framing compared them (a quotation "
                "cut in two stays in one row)."
            ),
            "body",
        ),
        table(rows, [10 * mm, width - 10 * mm], split_rows=split_rows),
    ]
    return flow + _findings_list(layout)
