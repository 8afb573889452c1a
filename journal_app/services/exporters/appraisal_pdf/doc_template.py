"""The page layout of the appraisal PDF, laid out in one pass.

Every page but the cover has a running header (the user's name, "Confidential", the period)
and a "Page N of M" footer; in a bilingual document their words are two lines, Welsh above.
The document is laid out once (``build``, not ``multiBuild``):

* numbers that are only known at the end (the total M, the contents' page numbers) are PDF
  form XObjects: each page or contents line draws its form by name as it is laid out, and
  the forms are defined after the last page, before the file is written (a form may be used
  before it is defined, as long as it is defined by ``canvas.save()``);
* a cross-reference always points back to a reflection already placed (its home is the
  first place it appears), so its page is known when the cross-reference is laid out;
* each reflection's flowables are made just in time (:class:`Deferred`), as it reaches the
  head of the story, and dropped once it is on a page, so only a few reflections' flowables
  exist at any time (multiBuild kept every flowable of the story for its next pass).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from copy import copy, deepcopy
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.fonts import BOLD, REGULAR
from journal_app.services.exporters.appraisal_pdf.rl_compat import (
    QuickFrame,
    QuickKeepTogether,
    QuickStateCanvas,
    RepeatedDrawing,
    compress_finished_page,
    end_text_form,
    keep_open_after_build,
)

#: ``on_entry(laid_out)``: called as each reflection's title is placed on a page
EntryPlaced = Callable[[int], None]
#: ``finish(canvas, pages)``: defines late forms once the page count is known
Finisher = Callable[[Canvas, int], None]
#: ``page_of(page, pages)``: the footer's "Page N of M", a line per language
PageOf = Callable[[int, int], Sequence[str]]

#: how many of the story's next flowables platypus is given at a time (see ``build_once``)
_WINDOW = 16
#: the baseline of the footer's text
_FOOTER_Y = look.MARGIN_BOTTOM - 12 * mm
#: from one line of the running header or footer to the next (a bilingual document's)
_LINE = 10
#: a form's bounding box is a clip: make it generous, whatever coordinates it is drawn in
_FORM_BOX = (
    -look.PAGE_SIZE[0],
    -look.PAGE_SIZE[1],
    2 * look.PAGE_SIZE[0],
    2 * look.PAGE_SIZE[1],
)


def define_form(canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
    """Define the form XObject ``name`` (already used by ``canvas.doForm``) as ``draw`` draws."""
    canvas.beginForm(name, *_FORM_BOX)
    draw(canvas)
    # a line of text: not worth compressing, and no images (a smaller resource list)
    end_text_form(canvas)


class PagesOf:
    """Which page each heading and reflection (by key) was placed on, as they are placed."""

    def __init__(self) -> None:
        self._pages: dict[str, int] = {}

    def record(self, key: str, page: int) -> None:
        self._pages.setdefault(key, page)

    def page(self, key: str) -> int | None:
        return self._pages.get(key)


class Deferred(Flowable):  # type: ignore[misc]
    """Stands in the story for flowables that are made only when layout reaches them.

    The document template replaces it, in place, with what ``make()`` returns. It is never
    laid out itself.
    """

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._make = make

    def expand(self) -> list[Flowable]:
        return self._make()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("a deferred part of the PDF reached the page without being made")


def expand_deferred(flowables: list[Flowable], rest: deque[Flowable] | None = None) -> None:
    """Make the deferred flowables at the head of ``flowables``, and any further ones that
    a chain of ``keepWithNext`` reaches (platypus groups that chain before laying it out).
    ``rest`` is what follows ``flowables`` in the story, if it is not all there: as much of
    it is moved to the end of ``flowables`` as the chain needs, and one flowable more."""
    i = 0
    while True:
        if i == len(flowables):
            if not rest:
                return
            flowables.append(rest.popleft())
        item = flowables[i]
        if isinstance(item, Deferred):
            flowables[i : i + 1] = item.expand()
            continue
        if item is None or not item.getKeepWithNext():
            return
        i += 1


class _Frame(QuickFrame):
    """The body frame. Platypus deep-copies the frame to measure every group of flowables
    kept together (a reflection's title with its first lines): thousands of copies of an
    object of numbers and strings, through ``copy.deepcopy``'s general machinery. This copy
    is the same for such an object, made directly: its lists and dicts are copied, not
    shared."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        twin = copy(self)
        for name, value in vars(self).items():
            if isinstance(value, (list, dict)):
                setattr(twin, name, deepcopy(value, memo))
        return twin


class _Canvas(QuickStateCanvas):
    """A canvas that compresses each page as it is finished (see
    :func:`.rl_compat.compress_finished_page`), so a long document takes less memory, and
    saves and restores its state with less work (see :class:`.rl_compat.QuickStateCanvas`)."""

    def showPage(self) -> None:
        super().showPage()
        compress_finished_page(self)


class AppraisalDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: a plain cover, then pages with the running header and footer."""

    def __init__(
        self,
        buffer: Any,
        header_left: str,
        header_right: Sequence[str],
        footer_left: Sequence[str],
        page_of: PageOf,
        on_entry: EntryPlaced,
        check_cancelled: Callable[[], None],
        lang: str = "en-GB",
        **metadata: Any,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=look.PAGE_SIZE,
            leftMargin=look.MARGIN_LEFT,
            rightMargin=look.MARGIN_RIGHT,
            topMargin=look.MARGIN_TOP,
            bottomMargin=look.MARGIN_BOTTOM,
            lang=lang,
            displayDocTitle=1,
            initialFontName=REGULAR,
            initialFontSize=10,
            initialLeading=14,
            # groups kept together (a reflection's title with its first lines) measured
            # without a copy of the frame when nothing in them can add to it
            keepTogetherClass=QuickKeepTogether,
            **metadata,
        )
        self.header_left = header_left
        self.header_right = header_right
        self.footer_left = footer_left
        self._header_fitted: str | None = None
        # the same on every page: copied once known (see RepeatedDrawing)
        self._header_and_footer = RepeatedDrawing(self._draw_header_and_footer)
        self.page_of = page_of
        self.pages_of = PagesOf()
        self.pages = 0
        self._on_entry = on_entry
        self._check_cancelled = check_cancelled
        self._placed = 0
        self._footers: list[int] = []
        self._finishers: list[Finisher] = [self._define_footers]
        # the head of the story that platypus lays out, and the rest after it
        self._head: list[Flowable] = []
        self._rest: deque[Flowable] = deque()
        frame = _Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._draw_cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_running_parts),
            ]
        )

    # -- the one pass -----------------------------------------------------------------------

    def at_end(self, finish: Finisher) -> None:
        """Call ``finish(canvas, pages)`` after the last page, before the file is written."""
        self._finishers.append(finish)

    def build_once(self, story: list[Flowable]) -> None:
        """Lay ``story`` out once, define the late forms, then write the PDF."""
        keep_open_after_build(self)  # platypus would save straight after the last page
        # Platypus takes each flowable from the head of the list it is given, and puts
        # groups and the parts of split ones back there: with the whole story (thousands of
        # flowables) each of those moves every flowable after it. It is given the next few
        # at a time instead; the rest waits here, in order, and is moved up as the list
        # shortens, and as far ahead as a chain kept with the next flowable needs (see
        # ``handle_flowable``), so platypus sees what it would see in the whole story.
        self._head = story[:_WINDOW]
        self._rest = deque(story[_WINDOW:])
        story.clear()  # as platypus empties the list it lays out: what is placed can go
        self.build(self._head, canvasmaker=_Canvas)
        canvas = self.canv
        for finish in self._finishers:
            finish(canvas, self.pages)
        canvas.save()

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        # (platypus hands its own list of postponed page and frame actions here too)
        rest = self._rest if flowables is self._head else None
        expand_deferred(flowables, rest)
        if flowables:
            super().handle_flowable(flowables)
        while rest and len(flowables) < _WINDOW:
            flowables.append(rest.popleft())

    def afterPage(self) -> None:
        self.pages = self.page
        self._check_cancelled()

    def afterFlowable(self, flowable: Flowable) -> None:
        toc_level = getattr(flowable, "toc_level", None)
        if toc_level is not None:
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.toc_text, key, level=toc_level, closed=toc_level > 0
            )
            self.pages_of.record(key, self.page)
        anchor = getattr(flowable, "anchor_key", None)
        if anchor is not None:
            self.pages_of.record(anchor, self.page)
            self._placed += 1
            self._on_entry(self._placed)

    # -- what every page shows --------------------------------------------------------------

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(look.ACCENT)
        canvas.rect(0, look.PAGE_SIZE[1] - 14 * mm, look.PAGE_SIZE[0], 14 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_running_parts(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._header_and_footer(canvas)
        # "Page N of M": M is known only after the last page, so the words are a form
        canvas.doForm(_footer_form(doc.page))
        self._footers.append(doc.page)
        canvas.restoreState()

    def _draw_header_and_footer(self, canvas: Canvas) -> None:
        """The running header and the footer's words, but for the page number."""
        width, height = look.PAGE_SIZE
        left, right = look.MARGIN_LEFT, width - look.MARGIN_RIGHT
        top = height - look.MARGIN_TOP + 9 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(look.ACCENT_DARK)
        if self._header_fitted is None:  # the same on every page: worked out once
            widest = max(stringWidth(line, REGULAR, 8) for line in self.header_right)
            room = (right - left) - widest - 12
            self._header_fitted = _fit(self.header_left, BOLD, 8, room)
        canvas.drawString(left, top, self._header_fitted)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(look.MUTED)
        # the last line sits on the rule, the lines before it above
        for above, line in enumerate(reversed(self.header_right)):
            canvas.drawRightString(right, top + above * _LINE, line)
        canvas.setStrokeColor(look.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 3 * mm, right, top - 3 * mm)
        bottom = _FOOTER_Y
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        for below, line in enumerate(self.footer_left):
            canvas.drawString(left, bottom - below * _LINE, line)

    def _define_footers(self, canvas: Canvas, pages: int) -> None:
        for page in self._footers:
            lines = self.page_of(page, pages)
            define_form(canvas, _footer_form(page), partial(_draw_page_of, lines=lines))
        self._footers = []


def _draw_page_of(canvas: Canvas, lines: Sequence[str]) -> None:
    """The footer's "Page N of M", right-aligned at the right margin (as a form); a second
    language's line below the first, in grey."""
    canvas.setFont(REGULAR, 8)
    for below, line in enumerate(lines):
        canvas.setFillColor(look.TEXT if below == 0 else look.MUTED)
        canvas.drawRightString(
            look.PAGE_SIZE[0] - look.MARGIN_RIGHT, _FOOTER_Y - below * _LINE, line
        )


def _footer_form(page: int) -> str:
    return f"PageOf{page}"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` (a long name in the header)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
