"""The last two parts: every action and learning goal with its status, and the page the
appraiser completes at the meeting (comments, and signatures for both of them).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from journal_app.core.models import ActionKind
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import said
from journal_app.services.exporters.appraisal_pdf.content import ActionRow, AppraisalContent
from journal_app.services.exporters.appraisal_pdf.entry_block import action_status
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, gap, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, paragraph, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import Words

SIGNATURE_LINE = "_" * 32
#: shorter after a label in two languages, so the line stays in its half of the page
BILINGUAL_SIGNATURE_LINE = "_" * 24
DATE_LINE = "_" * 20
COMMENT_LINES = 9
#: a bilingual page's headings and notes take two lines: fewer lines to write on keep the
#: signatures on the same page
BILINGUAL_COMMENT_LINES = 7
PLAN_LINES = 5
LINE_GAP = 9 * mm


def actions_table(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Every action and learning goal: overdue first, then by due date, done ones last."""
    words = content.words
    story: list[Flowable] = [
        PageBreak(),
        heading(words("pdf.actions.heading"), styles.h1, 0, "actions"),
    ]
    if not content.actions:
        story += said(words, "pdf.actions.none", styles.body)
        return story
    story += said(words, "pdf.actions.intro", styles.muted)
    today = content.options.produced_on
    # a status is one colour throughout: a style of that colour, not a <font> tag
    overdue = styles.cell.clone("CellOverdue", textColor=look.WARNING)
    kinds = {
        ActionKind.LEARNING_GOAL: plain(words("pdf.entry.learning_goal")),
        ActionKind.ACTION: plain(words("pdf.entry.action")),
    }

    def cells(row: ActionRow) -> list[Flowable]:
        action = row.action
        kind = kinds.get(action.kind, kinds[ActionKind.ACTION])
        status = action_status(action, today, words)
        ink = overdue if action.is_overdue(today) else styles.cell
        return [
            Para(
                f"<font color='{look.MUTED_MARKUP}'>{kind}</font><br/>{plain(action.text)}",
                styles.cell,
            ),
            Para(
                f"{plain(row.entry.title)}<br/>"
                f"<font color='{look.MUTED_MARKUP}'>"
                f"{plain(words.date(row.entry.event_date))}</font>",
                styles.cell,
            ),
            paragraph(plain(status), ink),
        ]

    header: list[Flowable] = [
        Paragraph(plain(words(code)), styles.cell_head)
        for code in (
            "pdf.actions.action_or_goal",
            "pdf.actions.from_reflection",
            "pdf.actions.status",
        )
    ]
    width = look.FRAME_WIDTH
    story.append(
        PagedTable(header, content.actions, cells, [width * 0.44, width * 0.31, width * 0.25])
    )
    return story


def _writing_lines(width: float, lines: int) -> Drawing:
    height = lines * LINE_GAP + 4
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=look.RULE, strokeWidth=0.6))
    for n in range(1, lines):
        y = height - n * LINE_GAP
        drawing.add(Line(6, y, width - 6, y, strokeColor=look.RULE, strokeWidth=0.3))
    return drawing


def _signature_block(role: str, name: str, words: Words, styles: Styles) -> list[Flowable]:
    label = plain(f"{words(role)}: {name}" if name.strip() else words(role))
    line = BILINGUAL_SIGNATURE_LINE if words.bilingual else SIGNATURE_LINE
    return [
        Paragraph(f"<b>{label}</b>", styles.body),
        gap(12 * mm),
        Paragraph(f"{plain(words('pdf.closing.signature'))} {line}", styles.small),
        gap(8 * mm),
        Paragraph(f"{plain(words('pdf.closing.date'))} {DATE_LINE}", styles.small),
    ]


def closing_page(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Space for the appraiser's comments and both signatures, on a page of its own."""
    options = content.options
    words = content.words
    width = look.FRAME_WIDTH
    signatures = Table(
        [
            [
                _signature_block("pdf.closing.appraisee", options.name, words, styles),
                _signature_block("pdf.closing.appraiser", options.appraiser, words, styles),
            ]
        ],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
    )
    signatures.setStyle(
        TableStyle(
            [
                look.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        PageBreak(),
        heading(words("pdf.closing.heading"), styles.h1, 0, "closing"),
        *said(words, "pdf.closing.intro", styles.muted),
        gap(4 * mm),
        Paragraph(plain(words("pdf.closing.comments")), styles.entry_heading),
        _writing_lines(width, BILINGUAL_COMMENT_LINES if words.bilingual else COMMENT_LINES),
        gap(3 * mm),
        Paragraph(plain(words("pdf.closing.agreed")), styles.entry_heading),
        _writing_lines(width, PLAN_LINES),
        CondPageBreak(50 * mm),
        gap(8 * mm),
        KeepTogether([signatures]),
    ]
