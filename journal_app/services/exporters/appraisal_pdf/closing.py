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
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.content import ActionRow, AppraisalContent
from journal_app.services.exporters.appraisal_pdf.entry_block import action_status
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, gap, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, paragraph, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles

COMMENT_LINES = 9
PLAN_LINES = 5
LINE_GAP = 9 * mm


def actions_table(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Every action and learning goal: overdue first, then by due date, done ones last."""
    story: list[Flowable] = [
        PageBreak(),
        heading("Actions and learning goals", styles.h1, 0, "actions"),
    ]
    if not content.actions:
        story.append(
            Paragraph(
                "No actions or learning goals were recorded in these reflections.", styles.body
            )
        )
        return story
    story.append(
        Paragraph(
            "What the reflections led to. Overdue items come first, then by due date; "
            "completed items are listed last.",
            styles.muted,
        )
    )
    today = content.options.produced_on
    # a status is one colour throughout: a style of that colour, not a <font> tag
    overdue = styles.cell.clone("CellOverdue", textColor=look.WARNING)

    def cells(row: ActionRow) -> list[Flowable]:
        action = row.action
        kind = "Learning goal" if action.kind is ActionKind.LEARNING_GOAL else "Action"
        status = action_status(action, today)
        ink = overdue if status.startswith("Overdue") else styles.cell
        return [
            Para(
                f"<font color='{look.MUTED_MARKUP}'>{kind}</font><br/>{plain(action.text)}",
                styles.cell,
            ),
            Para(
                f"{plain(row.entry.title)}<br/>"
                f"<font color='{look.MUTED_MARKUP}'>{format_uk_date(row.entry.event_date)}</font>",
                styles.cell,
            ),
            paragraph(plain(status), ink),
        ]

    header: list[Flowable] = [
        Paragraph(h, styles.cell_head)
        for h in ("Action or learning goal", "From the reflection", "Status")
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


def _signature_block(role: str, name: str, styles: Styles) -> list[Flowable]:
    label = plain(f"{role}: {name}") if name.strip() else plain(role)
    return [
        Paragraph(f"<b>{label}</b>", styles.body),
        gap(12 * mm),
        Paragraph("Signature ________________________________", styles.small),
        gap(8 * mm),
        Paragraph("Date ____________________", styles.small),
    ]


def closing_page(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Space for the appraiser's comments and both signatures, on a page of its own."""
    options = content.options
    width = look.FRAME_WIDTH
    signatures = Table(
        [
            [
                _signature_block("Appraisee", options.name, styles),
                _signature_block("Appraiser", options.appraiser, styles),
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
        heading("Appraiser's comments and signatures", styles.h1, 0, "closing"),
        Paragraph(
            "To be completed at the appraisal meeting: the appraiser's view of the evidence, "
            "the learning and development agreed for the coming year, and signatures.",
            styles.muted,
        ),
        gap(4 * mm),
        Paragraph("Appraiser's comments", styles.entry_heading),
        _writing_lines(width, COMMENT_LINES),
        gap(3 * mm),
        Paragraph("Learning and development agreed for the coming year", styles.entry_heading),
        _writing_lines(width, PLAN_LINES),
        CondPageBreak(50 * mm),
        gap(8 * mm),
        KeepTogether([signatures]),
    ]
