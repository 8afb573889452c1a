"""The cover and the contents page: who, what period, which frameworks, and a map.

The cover says plainly that the document is confidential and what it contains, so an
appraiser knows at a glance what they are holding and how to treat it. The contents lists
every heading with its page, filled in after the last page (see :class:`ContentsTable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from journal_app.core.messages import text
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import (
    markup,
    paragraphs,
    said,
    second_style,
)
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent
from journal_app.services.exporters.appraisal_pdf.doc_template import PagesOf, define_form
from journal_app.services.exporters.appraisal_pdf.flow import gap
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.rl_compat import (
    contained,
    current_matrix,
    text_position,
)
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import Words, date_in, period_in

#: the height a page's frame gives its flowables (the frame pads each edge by 6 points)
_PAGE_ROOM = look.PAGE_SIZE[1] - look.MARGIN_TOP - look.MARGIN_BOTTOM - 12


def _field(
    label: str, values: Sequence[str], styles: Styles, second: ParagraphStyle | None = None
) -> list[Flowable]:
    return [
        Paragraph(plain(label).upper(), styles.cover_label),
        *paragraphs([plain(value) for value in values], styles.cover_value, second=second),
    ]


def cover(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The first page."""
    options = content.options
    words = content.words
    # the version too: an appraiser should see which edition the evidence was weighed against
    frameworks = words.per_language(
        lambda language: "; ".join(
            text(
                "pdf.cover.framework_version",
                language,
                title=words.framework(item.framework.id, language).title,
                version=item.framework.version,
            )
            for item in content.evidence
        )
    )
    # a value's translation below it is a size smaller, so both fit on the cover
    second = (
        second_style(styles.cover_value).clone("CoverValueSecond", fontSize=10, leading=13)
        if words.bilingual
        else None
    )
    subtitle = styles.cover_subtitle
    if words.bilingual:  # two subtitles: less room below them
        subtitle = subtitle.clone("CoverSubtitleBoth", spaceAfter=subtitle.spaceAfter / 2)
    flowables: list[Flowable] = [
        gap((6 if words.bilingual else 28) * mm),
        *paragraphs([markup(t) for t in words.each("pdf.title")], styles.cover_title),
        *said(words, "pdf.cover.subtitle", subtitle),
    ]
    people = [
        ("pdf.cover.name", options.name),
        ("pdf.cover.role", options.role),
        ("pdf.cover.employer", options.employer),
        ("pdf.cover.appraiser", options.appraiser),
    ]
    for label, value in people:
        if value.strip():
            flowables += _field(words(label), [value], styles, second)
    flowables += _field(
        words("pdf.cover.period"),
        words.per_language(lambda language: period_in(options.period, language)),
        styles,
        second,
    )
    flowables += _field(
        words("pdf.cover.framework" if len(content.evidence) == 1 else "pdf.cover.frameworks"),
        list(dict.fromkeys(frameworks)),
        styles,
        second,
    )
    flowables += _field(
        words("pdf.cover.included"), words.render_each(options.what_is_included), styles, second
    )
    flowables += _field(
        words("pdf.cover.produced"),
        words.each(
            "pdf.cover.produced_with",
            date=date_in(options.produced_on),
            app=lambda language: text("journal.app_name", language),
        ),
        styles,
        second,
    )
    flowables += [gap((6 if words.bilingual else 10) * mm), _confidential_box(words, styles)]
    if words.bilingual:
        # the cover is one page whatever it holds: made a little smaller if it must be
        return [KeepInFrame(look.FRAME_WIDTH, _PAGE_ROOM, flowables, mode="shrink")]
    return flowables


def _confidential_box(words: Words, styles: Styles) -> Table:
    title = styles.body.clone("ConfTitle", textColor=look.ACCENT_DARK)
    body = [
        Paragraph(f"<b>{plain(words('pdf.cover.confidential'))}</b>", title),
        *said(words, "pdf.cover.confidential_note", styles.small),
    ]
    box = Table([[body]], colWidths=[look.FRAME_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                look.TABLE_FONT,
                ("BOX", (0, 0), (-1, -1), 0.8, look.ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), look.ACCENT_TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return box


#: between a contents line and its page number, from this level down (0 is a framework)
DOTS_FROM_LEVEL = 1
DOT = " . "


@dataclass(frozen=True)
class ContentsLine:
    """One heading in the contents: its level, its mark-up and the key it links to."""

    level: int
    markup: str
    key: str


def headings_in(story: Sequence[Flowable]) -> list[ContentsLine]:
    """The headings of ``story`` that go in the contents (those with a ``toc_level``)."""
    found: list[ContentsLine] = []
    for flowable in story:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            found.append(ContentsLine(level, flowable.toc_markup, flowable.toc_key))
        found += headings_in(contained(flowable))
    return found


class ContentsTable(Flowable):  # type: ignore[misc]
    """The contents: one line per heading, with dot leaders and the heading's page.

    The lines are known before layout, so the table's size never depends on the page
    numbers. Each number is a form XObject the line draws where its text ends; the forms
    are defined once every heading has been placed (:meth:`define_forms`).
    """

    def __init__(self, styles: Sequence[ParagraphStyle], pages_of: PagesOf) -> None:
        super().__init__()
        self._styles = list(styles)
        self._pages_of = pages_of
        self._lines: list[ContentsLine] = []
        self._table: Table | None = None
        self._width = 0.0
        # line index -> (x, y) where its text ended and x of the right edge, on the page
        self._ends: dict[int, tuple[float, float, float]] = {}

    def set_lines(self, lines: Sequence[ContentsLine]) -> None:
        self._lines = list(lines)

    def _style(self, level: int) -> ParagraphStyle:
        return self._styles[min(level, len(self._styles) - 1)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.canv.setNamedCB(_CALLBACK, self._line_end)
        rows: list[list[Flowable]] = []
        for index, line in enumerate(self._lines):
            style = self._style(line.level)
            text = (
                f'<a href="#{line.key}">{line.markup}</a>'
                f'<onDraw name="{_CALLBACK}" label="{index}"/>'
            )
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(text, style)])
        if not rows:
            rows.append([Spacer(1, 0)])
        self._table = Table(rows, colWidths=(available_width,), style=_TABLE_STYLE)
        self._width = available_width
        self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        assert self._table is not None
        return list(self._table.splitOn(self.canv, available_width, available_height))

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)

    def _line_end(self, canvas: Canvas, kind: str, label: str) -> None:
        """Where a line's text ends: draw its (future) page number there, and link it."""
        index = int(label)
        x, y = text_position(canvas)
        line = self._lines[index]
        leading = self._style(line.level).leading
        canvas.linkRect("", line.key, (x, y, self._width, y + leading), relative=1)
        # the form is drawn, and defined, in page coordinates: text extractors that do not
        # follow the transformation into a form still place the number on its line
        end_x, end_y = canvas.absolutePosition(x, y)
        right, _ = canvas.absolutePosition(self._width, y)
        self._ends[index] = (float(end_x), float(end_y), float(right))
        canvas.saveState()
        canvas.transform(*_inverse(current_matrix(canvas)))
        canvas.doForm(_number_form(index))
        canvas.restoreState()

    def define_forms(self, canvas: Canvas, pages: int) -> None:
        """Define every line's page number (with its dot leader), now that all are known."""
        for index, (x, y, right) in self._ends.items():
            line = self._lines[index]
            page = self._pages_of.page(line.key)
            draw = partial(
                _draw_number,
                style=self._style(line.level),
                number=str(page or ""),
                x=x,
                y=y,
                right=right,
                dots=line.level >= DOTS_FROM_LEVEL,
            )
            define_form(canvas, _number_form(index), draw)


_CALLBACK = "contentsLineEnd"
_TABLE_STYLE = TableStyle(
    [
        look.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _inverse(matrix: Sequence[float]) -> tuple[float, ...]:
    """The inverse of a PDF transformation matrix ``(a, b, c, d, e, f)``."""
    a, b, c, d, e, f = matrix
    det = a * d - b * c
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _number_form(index: int) -> str:
    return f"ContentsPage{index}"


def _draw_number(
    canvas: Canvas,
    style: ParagraphStyle,
    number: str,
    x: float,
    y: float,
    right: float,
    dots: bool,
) -> None:
    """``number`` right-aligned at ``right`` on the line ending at ``x``, dots between."""
    size = float(style.fontSize)
    width = stringWidth(number, style.fontName, size)
    while width > right - x and size >= 1.0:  # too long for the room left: smaller
        size *= 0.9
        width = stringWidth(number, style.fontName, size)
    leader = ""
    start = right - width
    if dots:
        dot_width = stringWidth(DOT, style.fontName, size)
        count = max(0, int((right - x - width) / dot_width))
        leader = DOT * count
        start -= count * dot_width
    text = canvas.beginText(start, y)
    text.setFont(style.fontName, size)
    text.setFillColor(style.textColor)
    text.textLine(leader + number)
    canvas.drawText(text)


def contents(
    words: Words, styles: Styles, pages_of: PagesOf
) -> tuple[list[Flowable], ContentsTable]:
    """The contents page, and its table (to be given its lines once the story is known)."""
    table = ContentsTable(styles.toc, pages_of)
    return [Paragraph(plain(words("pdf.contents")), styles.h1), gap(2 * mm), table], table
