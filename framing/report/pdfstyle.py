"""Fonts, paragraph styles and small building blocks of the PDF.

The text font is DejaVu Sans, which ships with matplotlib and covers far more
characters than the PDF base fonts (curly quotes, dashes, accents, ©, ₩, …);
without it we fall back to Helvetica.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

__all__ = ["font_name", "styles", "para", "text", "table", "MARGIN", "TEXT_WIDTH", "GREY", "HIGHLIGHT_HEX", "RULE"]

MARGIN = 18 * mm
#: Width of the text: the page less its margins and the frame's padding (6 pt a side).
TEXT_WIDTH = A4[0] - 2 * MARGIN - 12
GREY = colors.HexColor("#666666")
HIGHLIGHT_HEX = "#FFE9A8"
RULE = colors.HexColor("#BBBBBB")
_FAMILY = "FramingSans"
_FACES = {
    "": "DejaVuSans",
    "-Bold": "DejaVuSans-Bold",
    "-Italic": "DejaVuSans-Oblique",
    "-BoldItalic": "DejaVuSans-BoldOblique",
}


@cache
def font_name() -> str:
    """Register DejaVu Sans (from matplotlib's data) once; the family name to use."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if not all((folder / f"{face}.ttf").is_file() for face in _FACES.values()):
        return "Helvetica"
    for suffix, face in _FACES.items():
        pdfmetrics.registerFont(TTFont(_FAMILY + suffix, str(folder / f"{face}.ttf")))
    pdfmetrics.registerFontFamily(
        _FAMILY, normal=_FAMILY, bold=f"{_FAMILY}-Bold", italic=f"{_FAMILY}-Italic", boldItalic=f"{_FAMILY}-BoldItalic"
    )
    return _FAMILY


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the report, by name."""
    font = font_name()
    bold = f"{font}-Bold" if font == _FAMILY else "Helvetica-Bold"
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, alignment=TA_LEFT, spaceAfter=5)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=19, leading=24, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", base, fontName=bold, fontSize=15, leading=19, spaceBefore=2, spaceAfter=6, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1
        ),  # a heading never stands alone at the foot of a page
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, spaceAfter=3),
        "note": ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=GREY, spaceBefore=3, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11.2, spaceAfter=0),
        "cellgrey": ParagraphStyle("cellgrey", base, fontSize=8.5, leading=11.2, spaceAfter=0, textColor=GREY),
        "label": ParagraphStyle("label", base, fontSize=7.5, leading=10, spaceAfter=0, textColor=GREY),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8.5, leading=11, spaceAfter=0),
        "headsmall": ParagraphStyle("headsmall", base, fontName=bold, fontSize=7.5, leading=9.5, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=4),
        "item": ParagraphStyle(
            "item", base, fontSize=8.5, leading=11.2, leftIndent=20, firstLineIndent=-20, spaceAfter=3
        ),
    }


def text(value: object) -> str:
    """Plain text made safe for reportlab's paragraph markup."""
    return escape(str(value))


def para(markup: str, style: str = "body", **options: object) -> Paragraph:
    """A paragraph of reportlab markup (escape plain text with :func:`text` first)."""
    return Paragraph(markup, styles()[style], **options)


def table(
    rows: Sequence[Sequence[object]],
    widths: list[float],
    *,
    header: bool = True,
    extra: list[tuple[object, ...]] | None = None,
    split_rows: bool = False,
    head: str = "head",
) -> Table:
    """A table with wrapping cells (strings become small paragraphs), ruled lightly.

    It may break between rows across pages; with ``split_rows`` also inside a row
    (needed only for a row taller than a page).
    """
    cells = [
        [para(text(c), head if header and i == 0 else "cell") if isinstance(c, str) else c for c in row]
        for i, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=int(split_rows), hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ]
    result.setStyle(TableStyle(commands + (extra or [])))
    return result


def a4_document(buffer: io.BytesIO, *, title: str, subject: str, bottom_margin: float = MARGIN) -> SimpleDocTemplate:
    """An A4 document with framing's margins and metadata, written in reportlab's invariant mode (the same
    comparison gives the same bytes)."""
    from .. import __version__

    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom_margin,
        title=title,
        author="framing",
        subject=subject,
        creator=f"framing {__version__}",
        producer="framing",
        invariant=1,
        lang="en",
    )
