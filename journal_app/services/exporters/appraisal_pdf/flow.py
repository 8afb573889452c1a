"""Small building blocks shared by the parts of the PDF: headings that feed the contents
and the PDF outline, reflection titles that record their page, and page cross-references.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.doc_template import PagesOf
from journal_app.services.exporters.appraisal_pdf.markup import clean, plain


def heading(text: str, style: ParagraphStyle, level: int | None, key: str) -> Paragraph:
    """A heading; with a ``level`` it appears in the contents and the PDF's outline.

    The outline holds headings only (sections and domains), never a reflection's title, so
    nothing written in a reflection ends up in the file's navigation data.
    """
    para = Paragraph(plain(text), style)
    para.keepWithNext = True
    if level is not None:
        para.toc_level = level
        para.toc_key = key
        para.toc_text = " ".join(clean(text).split())
        para.toc_markup = plain(text)
    return para


def anchored_title(markup: str, style: ParagraphStyle, key: str) -> Paragraph:
    """A reflection's title, a link target whose page cross-references can quote."""
    para = Paragraph(f'<a name="{key}"/>{markup}', style)
    para.keepWithNext = True
    para.anchor_key = key
    return para


class PageReference(Flowable):  # type: ignore[misc]
    """A line of text naming the page another part of the document is on.

    The page comes from the previous layout pass; the document is laid out again until the
    pages stop moving, so the number printed is the real one.
    """

    def __init__(self, pages_of: PagesOf, key: str, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self._pages_of = pages_of
        self._key = key
        self._markup = markup  # with "{page}" where the page number goes
        self._style = style
        self._para: Paragraph | None = None

    def _paragraph(self) -> Paragraph:
        page = self._pages_of.last.get(self._key)
        where = f"page {page}" if page else "a later page"
        return Paragraph(self._markup.replace("{page}", where), self._style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._para = self._paragraph()
        width, height = self._para.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def getSpaceBefore(self) -> float:
        return float(self._style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self._style.spaceAfter)

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)


def ruled_table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    """A table with light rules between rows and a tinted header row that repeats."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, look.RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), look.ACCENT_TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, look.ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def gap(height: float) -> Spacer:
    return Spacer(1, height)
