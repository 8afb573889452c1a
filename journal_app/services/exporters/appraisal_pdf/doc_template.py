"""The page layout of the appraisal PDF and the passes that make its numbers right.

Every page but the cover has a running header (the user's name, "Confidential", the period)
and a "Page N of M" footer. The document is laid out more than once (reportlab's
``multiBuild``): each pass learns where headings and reflections fell, the next prints those
page numbers in the contents and cross-references, and building stops once nothing moved.
The total page count is learnt the same way, so M always equals the pages in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import IndexingFlowable

from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.fonts import BOLD, REGULAR

#: ``on_entry(laid_out, pass_number)``: called as each reflection is placed on a page
EntryPlaced = Callable[[int, int], None]


class PageTotal(IndexingFlowable):  # type: ignore[misc]
    """Remembers how many pages the last pass made; satisfied once the count is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.previous = 0
        self.current = 0

    def count(self, pages: int) -> None:
        self.current = pages

    def afterBuild(self) -> None:
        self._stable = self.current == self.previous
        self.previous = self.current

    def isSatisfied(self) -> bool:
        return bool(getattr(self, "_stable", False))

    def draw(self) -> None:
        pass


class PagesOf(IndexingFlowable):  # type: ignore[misc]
    """Which page each reflection (by anchor key) was placed on, pass after pass."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.last: dict[str, int] = {}
        self._this_pass: dict[str, int] = {}
        self._stable = False

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "EntryPage":
            key, page = stuff
            self._this_pass.setdefault(key, page)

    def beforeBuild(self) -> None:
        self._this_pass = {}

    def afterBuild(self) -> None:
        self._stable = self._this_pass == self.last
        self.last = self._this_pass

    def isSatisfied(self) -> bool:
        return self._stable

    def draw(self) -> None:
        pass


class AppraisalDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: a plain cover, then pages with the running header and footer."""

    def __init__(
        self,
        buffer: Any,
        header_left: str,
        header_right: str,
        footer_left: str,
        on_entry: EntryPlaced,
        check_cancelled: Callable[[], None],
        **metadata: Any,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=look.PAGE_SIZE,
            leftMargin=look.MARGIN_LEFT,
            rightMargin=look.MARGIN_RIGHT,
            topMargin=look.MARGIN_TOP,
            bottomMargin=look.MARGIN_BOTTOM,
            lang="en-GB",
            displayDocTitle=1,
            initialFontName=REGULAR,
            initialFontSize=10,
            initialLeading=14,
            **metadata,
        )
        self.header_left = header_left
        self.header_right = header_right
        self.footer_left = footer_left
        self.page_total = PageTotal()
        self.pages_of = PagesOf()
        self._on_entry = on_entry
        self._check_cancelled = check_cancelled
        self._pass = 0
        self._placed = 0
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._draw_cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_running_parts),
            ]
        )

    # -- the passes -------------------------------------------------------------------------

    def beforeDocument(self) -> None:
        self._pass += 1
        self._placed = 0

    def afterPage(self) -> None:
        self.page_total.count(self.page)
        self._check_cancelled()

    def afterFlowable(self, flowable: Flowable) -> None:
        toc_level = getattr(flowable, "toc_level", None)
        if toc_level is not None:
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.toc_text, key, level=toc_level, closed=toc_level > 0
            )
            self.notify("TOCEntry", (toc_level, flowable.toc_markup, self.page, key))
        anchor = getattr(flowable, "anchor_key", None)
        if anchor is not None:
            self.notify("EntryPage", (anchor, self.page))
            self._placed += 1
            self._on_entry(self._placed, self._pass)

    # -- what every page shows --------------------------------------------------------------

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(look.ACCENT)
        canvas.rect(0, look.PAGE_SIZE[1] - 14 * mm, look.PAGE_SIZE[0], 14 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_running_parts(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = look.PAGE_SIZE
        left, right = look.MARGIN_LEFT, width - look.MARGIN_RIGHT
        top = height - look.MARGIN_TOP + 9 * mm
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(look.ACCENT_DARK)
        room = (right - left) - stringWidth(self.header_right, REGULAR, 8) - 12
        canvas.drawString(left, top, _fit(self.header_left, BOLD, 8, room))
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(look.MUTED)
        canvas.drawRightString(right, top, self.header_right)
        canvas.setStrokeColor(look.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 3 * mm, right, top - 3 * mm)
        bottom = look.MARGIN_BOTTOM - 12 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.drawString(left, bottom, self.footer_left)
        total = self.page_total.previous or self.page
        canvas.setFillColor(look.TEXT)
        canvas.drawRightString(right, bottom, f"Page {doc.page} of {total}")
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` (a long name in the header)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
