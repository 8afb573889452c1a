"""Small building blocks shared by the parts of the PDF: headings that feed the contents
and the PDF outline, reflection titles that record their page, and page cross-references.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.doc_template import PagesOf
from journal_app.services.exporters.appraisal_pdf.markup import Para, clean, plain
from journal_app.services.exporters.appraisal_pdf.rl_compat import table_rows

Row = TypeVar("Row")


def heading(text: str, style: ParagraphStyle, level: int | None, key: str) -> Paragraph:
    """A heading; with a ``level`` it appears in the contents and the PDF's outline.

    The outline holds headings only (sections and domains), never a reflection's title, so
    nothing written in a reflection ends up in the file's navigation data.
    """
    para = Para(plain(text), style)
    para.keepWithNext = True
    if level is not None:
        para.toc_level = level
        para.toc_key = key
        para.toc_text = " ".join(clean(text).split())
        para.toc_markup = plain(text)
    return para


def anchored_title(markup: str, style: ParagraphStyle, key: str) -> Paragraph:
    """A reflection's title, a link target whose page cross-references can quote."""
    para = Para(f'<a name="{key}"/>{markup}', style)
    para.keepWithNext = True
    para.anchor_key = key
    return para


class PageReference(Flowable):  # type: ignore[misc]
    """A line of text naming the page an earlier part of the document is on.

    What it points to is always placed before it (see ``content.gather``), so the page is
    known by the time this line is laid out. Only while platypus measures a group kept with
    the next flowable can it be asked early; the current page is then a stand-in of the
    right size, and the line is measured again, with the real page, just before it is drawn.
    """

    def __init__(self, pages_of: PagesOf, key: str, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self._pages_of = pages_of
        self._key = key
        # with "{page}" where the page number goes (the words around it are the document's)
        self._markup = markup
        self._style = style
        self._para: Paragraph | None = None
        self._where = ""

    def _paragraph(self) -> Paragraph:
        page = self._pages_of.page(self._key)
        if page is None:
            canvas = getattr(self, "canv", None)
            page = canvas.getPageNumber() if canvas is not None else None
        where = str(page) if page else "…"
        if self._para is None or self._where != where:
            self._para = Para(self._markup.replace("{page}", where), self._style)
            self._where = where
        return self._para

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
        look.TABLE_FONT,
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


class PagedTable(Flowable, Generic[Row]):  # type: ignore[misc]
    """A long :func:`ruled_table`, made a page at a time.

    Laid out as one table, a table of thousands of rows (every action of thousands of
    reflections) is measured whole before its first page: all its cells at once, and
    platypus adds up its row heights in a way that grows with the square of the rows. Here
    only the rows that can reach the current page are made into a table (a chunk with the
    header, split by platypus as it would split the whole table), and the rows it did not
    place go on with the rest, still as data. Every page looks as the whole table's would.
    """

    #: rows tried on the first page; later pages try a few more than the last one took
    CHUNK = 24
    MORE = 3

    def __init__(
        self,
        header: list[Flowable],
        rows: Sequence[Row],
        make_row: Callable[[Row], list[Flowable]],
        widths: list[float],
        start: int = 0,
        made: list[list[Flowable]] | None = None,
        chunk: int = CHUNK,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._header = header
        self._rows = rows
        self._make_row = make_row
        self._widths = widths
        self._next = start  # the first row not yet made
        self._made = made if made is not None else []  # made, not yet placed
        self._first_chunk = max(chunk, 1)
        self._table: Table | None = None
        self._wrapped: tuple[float, float] | None = None

    def _remaining(self) -> int:
        return len(self._made) + len(self._rows) - self._next

    def _chunk(self, count: int) -> Table:
        while len(self._made) < count and self._next < len(self._rows):
            self._made.append(self._make_row(self._rows[self._next]))
            self._next += 1
        return ruled_table([self._header, *self._made[:count]], self._widths)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        count = self._first_chunk
        while True:
            table = self._chunk(count)
            width, height = table.wrapOn(self.canv, available_width, available_height)
            # enough rows to fill the page (or all of them): platypus decides the rest
            if height > available_height or count >= self._remaining():
                break
            count *= 2
        self._table = table
        self._wrapped = (available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._table is None or self._wrapped != (available_width, available_height):
            self.wrap(available_width, available_height)
        assert self._table is not None
        parts = list(self._table.splitOn(self.canv, available_width, available_height))
        if len(parts) != 2:  # no row fits under the header here, or every row does
            return parts
        placed = table_rows(parts[0]) - 1  # the header is on every part
        rest = PagedTable(
            self._header,
            self._rows,
            self._make_row,
            self._widths,
            start=self._next,
            made=self._made[placed:],
            chunk=placed + self.MORE,
        )
        return [parts[0], rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


def gap(height: float) -> Spacer:
    return Spacer(1, height)
