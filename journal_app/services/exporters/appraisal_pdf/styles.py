"""The look of the appraisal PDF: one font, one accent colour, a clear hierarchy.

Everything an appraiser sees is styled here so the document stays consistent: A4, generous
margins, DejaVu Sans at 10 pt for reading, a muted blue accent for headings and charts,
greys for secondary text and thin light rules for tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from journal_app.services.exporters.appraisal_pdf.fonts import BOLD, ITALIC, REGULAR

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 24 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

ACCENT = colors.HexColor("#1F5B7A")  # muted blue: calm, prints well in greyscale
ACCENT_DARK = colors.HexColor("#163F55")
ACCENT_TINT = colors.HexColor("#E9F1F6")
TEXT = colors.HexColor("#1E2428")
MUTED = colors.HexColor("#5C6770")
RULE = colors.HexColor("#C8D1D8")
FAINT = colors.HexColor("#F4F6F8")
WARNING = colors.HexColor("#8A4B08")  # overdue: brown rather than alarm red


def markup_colour(colour: colors.Color) -> str:
    """``colour`` as paragraph mark-up writes it (``<font color="...">``): as ``rgb()``,
    which reportlab reads straight away, not "#RRGGBB", which it tries as a colour name
    and as a Python literal first (a tenth of a millisecond, in every tag)."""
    red, green, blue = (round(part * 255) for part in colour.rgb())
    return f"rgb({red},{green},{blue})"


MUTED_MARKUP = markup_colour(MUTED)
ACCENT_MARKUP = markup_colour(ACCENT)


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the document uses."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    entry_title: ParagraphStyle
    meta: ParagraphStyle
    entry_heading: ParagraphStyle
    text_heading: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]
    callout: ParagraphStyle
    cross_reference: ParagraphStyle


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 10,
        "leading": 14.5,
        "textColor": TEXT,
        "alignment": TA_LEFT,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


def make_styles() -> Styles:
    """The document's styles (the fonts must be registered first)."""
    body = _style("Body", spaceAfter=6)
    return Styles(
        body=body,
        small=_style("Small", fontSize=8.5, leading=12),
        muted=_style("Muted", fontSize=9, leading=13, textColor=MUTED, spaceAfter=4),
        title=_style("Title", fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT_DARK),
        h1=_style(
            "Heading1",
            fontName=BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT_DARK,
            spaceAfter=10,
        ),
        h2=_style(
            "Heading2",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=4,
        ),
        entry_title=_style(
            "EntryTitle", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=7, spaceAfter=1
        ),
        meta=_style("Meta", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=5),
        entry_heading=_style(
            "EntryHeading",
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT_DARK,
            spaceBefore=5,
            spaceAfter=2,
        ),
        text_heading=_style("TextHeading", fontName=BOLD, spaceBefore=4, spaceAfter=2),
        bullet=_style(
            "Bullet", leftIndent=16, bulletIndent=4, spaceAfter=3, bulletFontName=REGULAR
        ),
        quote=_style("Quote", fontName=ITALIC, leftIndent=14, textColor=MUTED, spaceAfter=6),
        cell=_style("Cell", fontSize=8.5, leading=11.5),
        cell_head=_style(
            "CellHead", fontName=BOLD, fontSize=8.5, leading=11.5, textColor=ACCENT_DARK
        ),
        cell_right=_style("CellRight", fontSize=8.5, leading=11.5, alignment=TA_RIGHT),
        cover_title=_style(
            "CoverTitle",
            fontName=BOLD,
            fontSize=28,
            leading=34,
            textColor=ACCENT_DARK,
            spaceAfter=8,
        ),
        cover_subtitle=_style(
            "CoverSubtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=26
        ),
        cover_label=_style("CoverLabel", fontSize=8.5, leading=11, textColor=MUTED),
        cover_value=_style("CoverValue", fontSize=12, leading=16, spaceAfter=10),
        toc=(
            _style("TOC1", fontName=BOLD, fontSize=10.5, leading=15, spaceBefore=7),
            _style("TOC2", fontSize=9.5, leading=13, leftIndent=14, spaceBefore=1),
        ),
        callout=_style(
            "Callout",
            fontSize=9.5,
            leading=13.5,
            backColor=ACCENT_TINT,
            leftIndent=8,
            rightIndent=8,
            borderPadding=(6, 8, 6, 8),
            spaceBefore=8,
            spaceAfter=14,
        ),
        cross_reference=_style(
            "CrossReference",
            fontSize=9.5,
            leading=13.5,
            leftIndent=14,
            firstLineIndent=-14,
            spaceBefore=10,
            spaceAfter=4,
        ),
    )


#: Every table's own font. Its cells hold paragraphs with their own fonts, but a table still
#: selects its cell font (reportlab's default: Helvetica, which is not embedded) before
#: drawing each cell, so the PDF listed a font no reader is sure to have.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
