"""The cover and the contents page: who, what period, which frameworks, and a map.

The cover says plainly that the document is confidential and what it contains, so an
appraiser knows at a glance what they are holding and how to treat it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent
from journal_app.services.exporters.appraisal_pdf.flow import gap
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.options import APP_NAME
from journal_app.services.exporters.appraisal_pdf.styles import Styles

CONFIDENTIAL_NOTE = (
    "This document holds reflective writing about professional practice, shared for "
    "appraisal. Please keep it secure and do not copy or pass it on without the author's "
    "agreement. Reflections are written about learning, not about the people in any case."
)


def _field(label: str, value: str, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(plain(label).upper(), styles.cover_label),
        Paragraph(plain(value), styles.cover_value),
    ]


def cover(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The first page."""
    options = content.options
    frameworks = [item.framework.title for item in content.evidence]
    subtitle = (
        "Reflections on supervision and practice leadership, with the evidence they give "
        "against the professional standards below."
    )
    flowables: list[Flowable] = [
        gap(28 * mm),
        Paragraph("Appraisal evidence", styles.cover_title),
        Paragraph(subtitle, styles.cover_subtitle),
    ]
    people = [
        ("Name", options.name),
        ("Role", options.role),
        ("Employer", options.employer),
        ("Appraiser", options.appraiser),
    ]
    for label, value in people:
        if value.strip():
            flowables += _field(label, value, styles)
    flowables += _field("Period", options.period.label, styles)
    flowables += _field(
        "Framework" if len(frameworks) == 1 else "Frameworks", "; ".join(frameworks), styles
    )
    flowables += _field("What is included", options.what_is_included, styles)
    flowables += _field(
        "Produced", f"{format_uk_date(options.produced_on)} with {APP_NAME}", styles
    )
    flowables += [gap(10 * mm), _confidential_box(styles)]
    return flowables


def _confidential_box(styles: Styles) -> Table:
    body = [
        Paragraph(
            "<b>CONFIDENTIAL</b>", styles.body.clone("ConfTitle", textColor=look.ACCENT_DARK)
        ),
        Paragraph(CONFIDENTIAL_NOTE, styles.small),
    ]
    box = Table([[body]], colWidths=[look.FRAME_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
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


def contents(styles: Styles) -> list[Flowable]:
    """The contents page: headings with their page numbers (filled in by the later passes)."""
    toc = TableOfContents(levelStyles=list(styles.toc), dotsMinLevel=1)
    return [Paragraph("Contents", styles.h1), gap(2 * mm), toc]
