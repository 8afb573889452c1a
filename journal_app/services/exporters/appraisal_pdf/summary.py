"""The one-page summary: the year in figures and words, before any detail.

An appraiser reads this page first: how many reflections, how much supervision of which
kind, which domains have evidence and which have none yet, where the actions stand, and
whether Social Work England's CPD requirement is met for the registration year.
"""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable, Paragraph

from journal_app.core.coverage import gaps_in_words
from journal_app.core.cpd import CpdStatus
from journal_app.core.localised import long_date
from journal_app.core.messages import Message, render, text
from journal_app.core.models import Status
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import markup, paragraphs, said
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    FrameworkEvidence,
)
from journal_app.services.exporters.appraisal_pdf.entry_block import SESSION_KINDS
from journal_app.services.exporters.appraisal_pdf.flow import heading, ruled_table
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import PerLanguage, Words, period_in


def hours(minutes: int, language: str = "en") -> str:
    """Minutes as hours for a reader: "1.5 hours", "12 hours", "45 minutes"."""
    if minutes < 60:
        return text("pdf.time.minutes", language, count=minutes)
    value = round(minutes / 60, 1)
    if value == int(value):
        return text("pdf.time.hours", language, count=int(value))
    return text("pdf.time.hours_and_part", language, hours=f"{value:g}")


def _key_figures(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    words = content.words
    entries = content.entries
    drafts = sum(1 for e in entries if e.status is Status.DRAFT)
    if drafts:
        reflections = words(
            "pdf.summary.reflections_with_drafts", count=len(entries), drafts=drafts
        )
    else:
        reflections = words("pdf.summary.reflections", count=len(entries))
    sessions = sum(s.sessions for s in content.supervision)
    minutes = sum(s.minutes for s in content.supervision)
    actions = [row.action for row in content.actions]
    done = sum(1 for a in actions if a.is_done)
    overdue = sum(1 for a in actions if a.is_overdue(content.options.produced_on))
    if not actions:
        action_text = words("pdf.summary.none_recorded")
    elif overdue:
        action_text = words(
            "pdf.summary.actions_overdue", open=len(actions) - done, done=done, overdue=overdue
        )
    else:
        action_text = words("pdf.summary.actions_open_done", open=len(actions) - done, done=done)
    rows = [
        [words("pdf.summary.reflections_label"), reflections],
        [
            words("pdf.summary.supervision_label"),
            words(
                "pdf.summary.sessions_in_all",
                count=sessions,
                time=partial(hours, minutes),
            ),
        ],
        [words("pdf.actions.heading"), action_text],
    ]
    for item in content.evidence:
        rows.append(
            [
                words(
                    "pdf.summary.domains_label",
                    framework=_short_title(content, item.framework.id),
                ),
                words(
                    "pdf.summary.domains_covered",
                    covered=item.covered,
                    count=len(item.framework.domains),
                ),
            ]
        )
    cells = [
        [Paragraph(plain(a), styles.cell_head), Paragraph(plain(b), styles.cell)] for a, b in rows
    ]
    width = look.FRAME_WIDTH
    return [ruled_table(cells, [width * 0.45, width * 0.55], header=False)]


def _subheading(words: Words, code: str, styles: Styles) -> Flowable:
    """A heading within the summary; in a bilingual summary, which runs to a second page,
    kept with what follows it. (An English summary lays out exactly as it always has.)"""
    para = Paragraph(plain(words(code)), styles.entry_heading)
    para.keepWithNext = words.bilingual
    return para


def _short_title(content: AppraisalContent, framework_id: str) -> PerLanguage:
    """A framework's short title, for a sentence in one language."""
    return lambda language: content.words.framework(framework_id, language).short_title


def _supervision(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    words = content.words
    flowables: list[Flowable] = [_subheading(words, "pdf.summary.supervision_heading", styles)]
    if not content.supervision:
        flowables += said(words, "pdf.summary.no_supervision", styles.body)
        return flowables
    right = styles.cell_head.clone("CellHeadRight", alignment=styles.cell_right.alignment)
    rows = [
        [
            Paragraph(plain(words("pdf.summary.kind_of_session")), styles.cell_head),
            Paragraph(plain(words("pdf.summary.sessions")), right),
            Paragraph(plain(words("pdf.summary.time")), right),
        ]
    ]
    for item in content.supervision:
        time = (
            words.join(words.per_language(partial(hours, item.minutes)))
            if item.minutes
            else words("pdf.summary.not_recorded")
        )
        rows.append(
            [
                Paragraph(plain(words(SESSION_KINDS[item.kind])), styles.cell),
                Paragraph(str(item.sessions), styles.cell_right),
                Paragraph(plain(time), styles.cell_right),
            ]
        )
    width = look.FRAME_WIDTH
    flowables.append(ruled_table(rows, [width * 0.55, width * 0.2, width * 0.25]))
    return flowables


def _framework_coverage(item: FrameworkEvidence, words: Words, language: str) -> str:
    """What a framework's coverage comes to, in one language, as mark-up."""
    item = item.in_language(words, language)
    framework = item.framework
    parts = [
        markup(
            text(
                "pdf.summary.framework_coverage",
                language,
                framework=framework.short_title,
                version=framework.version,
                covered=item.covered,
                count=len(framework.domains),
            )
        ),
        plain(render(gaps_in_words(item.coverage), language)),
    ]
    versions = item.coverage.tags_by_version
    if not all(version == item.coverage.framework_version for version, _ in versions):
        listed = ", ".join(f"{version} ({count})" for version, count in versions)
        parts.append(plain(text("pdf.summary.tags_by_version", language, versions=listed)))
    source = framework.source_document
    if source is not None:
        parts.append(
            plain(
                text(
                    "pdf.summary.source",
                    language,
                    title=source.title,
                    publisher=source.publisher,
                    published=source.published,
                )
            )
        )
    return " ".join(parts)


def _coverage(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    words = content.words
    flowables: list[Flowable] = [_subheading(words, "pdf.summary.coverage_heading", styles)]
    for item in content.evidence:
        flowables += paragraphs(
            words.per_language(partial(_framework_coverage, item, words)), styles.body
        )
    return flowables


def _shortfall(status: CpdStatus, language: str) -> str:
    """What CPD is still needed, in ``language``, its last day in that language too."""
    message = status.shortfall_in_words
    time_left = message.params.get("time_left")
    if isinstance(time_left, Message) and "until" in time_left.params:
        until = long_date(status.period.end, language)
        time_left = Message(time_left.code, **{**time_left.params, "until": until})
        message = Message(message.code, **{**message.params, "time_left": time_left})
    return render(message, language)


def _cpd(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    status = content.cpd
    if status is None:
        return []
    words = content.words
    return [
        _subheading(words, "pdf.summary.cpd_heading", styles),
        *said(
            words,
            "pdf.summary.cpd",
            styles.body,
            period=partial(period_in, status.period),
            shortfall=partial(_shortfall, status),
        ),
    ]


def summary(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The summary page."""
    options = content.options
    words = content.words
    guide = (
        "pdf.summary.reading_guide_short"
        if options.short_document
        else "pdf.summary.reading_guide"
    )
    return [
        heading(words("pdf.summary.heading"), styles.h1, 0, "summary"),
        *paragraphs(
            [
                plain(f"{period_in(options.period, language)}. {included}")
                for language, included in zip(
                    words.languages, words.render_each(options.what_is_included), strict=True
                )
            ],
            styles.muted,
        ),
        *_key_figures(content, styles),
        *_supervision(content, styles),
        *_coverage(content, styles),
        *_cpd(content, styles),
        _subheading(words, "pdf.summary.arranged_heading", styles),
        *said(words, guide, styles.muted),
    ]
