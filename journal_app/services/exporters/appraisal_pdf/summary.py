"""The one-page summary: the year in figures and words, before any detail.

An appraiser reads this page first: how many reflections, how much supervision of which
kind, which domains have evidence and which have none yet, where the actions stand, and
whether Social Work England's CPD requirement is met for the registration year.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from journal_app.core.coverage import gaps_in_words
from journal_app.core.messages import render
from journal_app.core.models import SESSION_KIND_LABELS, Status
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent
from journal_app.services.exporters.appraisal_pdf.flow import heading, ruled_table
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles

READING_GUIDE = (
    "After this summary, the coverage charts show how the reflections spread across the "
    "domains and through the year. Then each domain has its own section with the reflections "
    "that evidence it: a reflection tagged to several domains is printed in full once and "
    "pointed to from the others, with its page number. The actions and learning goals that "
    "came out of the reflections follow, with their status, and the last page is for the "
    "appraiser's comments and both signatures."
)
#: the same guide for the short document, which lists reflections instead of printing them
SHORT_READING_GUIDE = (
    "After this summary, the coverage charts show how the reflections spread across the "
    "domains and through the year. Then each domain lists the reflections that evidence it, "
    "one line each with its date (a reflection tagged to several domains is listed under "
    "each). The actions and learning goals that came out of the reflections follow, with "
    "their status, and the last page is for the appraiser's comments and both signatures."
)


def hours(minutes: int) -> str:
    """Minutes as hours for a reader: "1.5 hours", "12 hours", "45 minutes"."""
    if minutes < 60:
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    value = round(minutes / 60, 1)
    shown = f"{value:g}"
    return "1 hour" if shown == "1" else f"{shown} hours"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _key_figures(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    entries = content.entries
    drafts = sum(1 for e in entries if e.status is Status.DRAFT)
    reflections = _plural(len(entries), "reflection")
    if drafts:
        reflections += f" ({drafts} still in draft)"
    sessions = sum(s.sessions for s in content.supervision)
    minutes = sum(s.minutes for s in content.supervision)
    actions = [row.action for row in content.actions]
    done = sum(1 for a in actions if a.is_done)
    overdue = sum(1 for a in actions if a.is_overdue(content.options.produced_on))
    action_text = f"{len(actions) - done} open, {done} done"
    if overdue:
        action_text += f" ({overdue} overdue)"
    rows = [
        ["Reflections", reflections],
        ["Supervision recorded", f"{_plural(sessions, 'session')}, {hours(minutes)} in all"],
        ["Actions and learning goals", action_text if actions else "None recorded"],
    ]
    for item in content.evidence:
        rows.append(
            [
                f"Domains with evidence ({item.framework.short_title})",
                f"{item.covered} of {len(item.framework.domains)}",
            ]
        )
    cells = [
        [Paragraph(plain(a), styles.cell_head), Paragraph(plain(b), styles.cell)] for a, b in rows
    ]
    width = look.FRAME_WIDTH
    return [ruled_table(cells, [width * 0.45, width * 0.55], header=False)]


def _supervision(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph("Supervision by kind of session", styles.entry_heading)]
    if not content.supervision:
        flowables.append(
            Paragraph("No supervision sessions are recorded in these reflections.", styles.body)
        )
        return flowables
    right = styles.cell_head.clone("CellHeadRight", alignment=styles.cell_right.alignment)
    rows = [
        [
            Paragraph("Kind of session", styles.cell_head),
            Paragraph("Sessions", right),
            Paragraph("Time", right),
        ]
    ]
    for item in content.supervision:
        rows.append(
            [
                Paragraph(plain(SESSION_KIND_LABELS[item.kind]), styles.cell),
                Paragraph(str(item.sessions), styles.cell_right),
                Paragraph(
                    hours(item.minutes) if item.minutes else "not recorded", styles.cell_right
                ),
            ]
        )
    width = look.FRAME_WIDTH
    flowables.append(ruled_table(rows, [width * 0.55, width * 0.2, width * 0.25]))
    return flowables


def _coverage(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph("Domains covered and gaps", styles.entry_heading)]
    for item in content.evidence:
        framework = item.framework
        text = (
            f"<b>{plain(framework.short_title)}</b> (version {plain(framework.version)}): "
            f"{item.covered} of {len(framework.domains)} domains have evidence. "
            f"{plain(render(gaps_in_words(item.coverage)))}"
        )
        versions = item.coverage.versions_in_words()
        if versions:
            text += f" {plain(versions)}"
        source = framework.source_document
        if source is not None:
            text += (
                f" Source: {plain(source.title)} ({plain(source.publisher)}, "
                f"{plain(source.published)})."
            )
        flowables.append(Paragraph(text, styles.body))
    return flowables


def _cpd(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    status = content.cpd
    if status is None:
        return []
    shortfall = render(status.shortfall_in_words)
    text = (
        f"Registration year {plain(status.period.label)}: {plain(shortfall)} "
        "Counted from every CPD record in the journal for that year."
    )
    return [
        Paragraph("Social Work England CPD", styles.entry_heading),
        Paragraph(text, styles.body),
    ]


def summary(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The summary page."""
    options = content.options
    intro = f"{plain(options.period.label)}. {plain(options.what_is_included)}"
    return [
        heading("Summary", styles.h1, 0, "summary"),
        Paragraph(intro, styles.muted),
        *_key_figures(content, styles),
        *_supervision(content, styles),
        *_coverage(content, styles),
        *_cpd(content, styles),
        Paragraph("How this document is arranged", styles.entry_heading),
        Paragraph(
            SHORT_READING_GUIDE if content.options.short_document else READING_GUIDE,
            styles.muted,
        ),
    ]
