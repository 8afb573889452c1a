"""The appraisal conversation in the PDF: the person's self-assessment beside each domain's
evidence, last period's objectives and what became of them, the plan for the next period,
and feedback received.

These come from the appraisal workspace for the period (see :mod:`journal_app.core.appraisal`);
a PDF made without one has none of these sections and reads as before. The person's text is
printed as written (plain text, paragraphs kept), never interpreted as mark-up.
"""

from __future__ import annotations

from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from journal_app.core.appraisal import FeedbackSource, Objective, SelfAssessment
from journal_app.core.follow_up import FollowUp
from journal_app.core.frameworks import Framework
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import said
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent, PdfCatalogue
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, gap, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import Words, date_in, period_in

#: who feedback came from, to its words
FEEDBACK_SOURCES = {
    FeedbackSource.SUPERVISEE: "pdf.feedback_source.from_supervisee",
    FeedbackSource.COLLEAGUE: "pdf.feedback_source.from_colleague",
    FeedbackSource.MANAGER: "pdf.feedback_source.from_manager",
    FeedbackSource.FAMILY: "pdf.feedback_source.from_family",
    FeedbackSource.CHILD_OR_YOUNG_PERSON: "pdf.feedback_source.from_child_or_young_person",
    FeedbackSource.PARTNER_AGENCY: "pdf.feedback_source.from_partner_agency",
    FeedbackSource.OTHER: "pdf.feedback_source.from_other",
}


def _paragraphs(text: str, style: object) -> list[Flowable]:
    """The person's text as written: a paragraph per blank-line-separated block, line
    breaks kept, no mark-up interpreted."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return [Para("<br/>".join(plain(line) for line in b.split("\n")), style) for b in blocks]


def self_assessment_block(item: SelfAssessment, words: Words, styles: Styles) -> list[Flowable]:
    """ "My view of this domain" before the domain's evidence."""
    story: list[Flowable] = [
        Paragraph(plain(words("pdf.appraisal.self_assessment")), styles.entry_heading)
    ]
    for label, written in (
        ("pdf.appraisal.strengths", item.strengths),
        ("pdf.appraisal.to_develop", item.to_develop),
    ):
        if written.strip():
            story.append(Paragraph(f"<b>{plain(words(label))}</b>", styles.small))
            story += _paragraphs(written, styles.body)
    return [KeepTogether(story)]


def follow_up_block(follow_up: FollowUp, words: Words, styles: Styles) -> list[Flowable]:
    """ "What changed since", written some weeks later, right after its reflection."""
    if follow_up.written_on is not None:
        title = words("pdf.appraisal.what_changed_on", date=date_in(follow_up.written_on))
    else:
        title = words("pdf.appraisal.what_changed")
    return [
        KeepTogether(
            [
                Paragraph(plain(title), styles.entry_heading),
                *_paragraphs(follow_up.text, styles.body),
            ]
        )
    ]


def self_assessment_for(
    content: AppraisalContent, framework_id: str, domain_code: str
) -> SelfAssessment | None:
    """The self-assessment the PDF shows under a domain, if the person wrote one."""
    appraisal = content.appraisal
    if appraisal is None or appraisal.framework_id != framework_id:
        return None
    item = appraisal.self_assessment(domain_code)
    return None if item.is_empty else item


def _domain_labels(framework: Framework | None, codes: tuple[str, ...]) -> str:
    if framework is None:
        return ", ".join(codes)
    labels = []
    for code in codes:
        domain = framework.domain(code)
        labels.append(f"{code} {domain.title}" if domain is not None else code)
    return "; ".join(labels)


def _framework(catalogue: PdfCatalogue, framework_id: str) -> Framework | None:
    try:
        return catalogue.framework(framework_id)
    except Exception:  # a framework since removed: show the codes alone
        return None


def _objective_cells(
    objective: Objective, words: Words, framework_id: str, styles: Styles, reviewed: bool
) -> list[Flowable]:
    what = plain(objective.text)
    if objective.how.strip():
        how = f"{words('pdf.appraisal.how')}: {objective.how}"
        what += f"<br/><font color='{look.MUTED_MARKUP}'>{plain(how)}</font>"
    domains = words.join(
        [
            _domain_labels(_framework_in(words, framework_id, language), objective.domain_codes)
            for language in words.languages
        ]
    )
    when = words.date(objective.by_when) if objective.by_when is not None else "—"
    cells: list[Flowable] = [
        Para(what, styles.cell),
        Para(plain(domains or "—"), styles.cell),
        Para(plain(when), styles.cell),
    ]
    if reviewed:
        if objective.outcome:
            outcome = words(f"pdf.outcome.{objective.outcome.value}")
        else:
            outcome = words("pdf.appraisal.not_reviewed")
        shown = f"<b>{plain(outcome)}</b>"
        if objective.outcome_note.strip():
            shown += f"<br/>{plain(objective.outcome_note)}"
        cells.append(Para(shown, styles.cell))
    return cells


def _framework_in(words: Words, framework_id: str, language: str) -> Framework | None:
    return _framework(words.catalogue(language), framework_id)


def _header(words: Words, codes: tuple[str, ...], styles: Styles) -> list[Flowable]:
    return [Paragraph(plain(words(code)), styles.cell_head) for code in codes]


def objectives_review(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Last period's objectives and what became of each (nothing if there were none)."""
    previous = content.previous
    if previous is None or not previous.plan:
        return []
    words = content.words
    width = look.FRAME_WIDTH
    header = _header(
        words,
        (
            "pdf.appraisal.objective",
            "pdf.appraisal.domains",
            "pdf.appraisal.by",
            "pdf.appraisal.outcome",
        ),
        styles,
    )
    return [
        PageBreak(),
        heading(words("pdf.appraisal.objectives_heading"), styles.h1, 0, "objectives-review"),
        *said(
            words,
            "pdf.appraisal.objectives_intro",
            styles.muted,
            period=partial(period_in, previous.period),
        ),
        PagedTable(
            header,
            previous.plan,
            lambda o: _objective_cells(o, words, previous.framework_id, styles, reviewed=True),
            [width * 0.38, width * 0.22, width * 0.14, width * 0.26],
        ),
    ]


def development_plan(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The objectives planned for the next period (nothing if the plan is empty)."""
    appraisal = content.appraisal
    if appraisal is None or not appraisal.plan:
        return []
    words = content.words
    width = look.FRAME_WIDTH
    header = _header(
        words, ("pdf.appraisal.objective", "pdf.appraisal.domains", "pdf.appraisal.by"), styles
    )
    story: list[Flowable] = [
        PageBreak(),
        heading(words("pdf.appraisal.plan_heading"), styles.h1, 0, "development-plan"),
        *said(words, "pdf.appraisal.plan_intro", styles.muted),
        PagedTable(
            header,
            appraisal.plan,
            lambda o: _objective_cells(o, words, appraisal.framework_id, styles, reviewed=False),
            [width * 0.52, width * 0.30, width * 0.18],
        ),
    ]
    if appraisal.appraisal_date is not None:
        story += said(
            words,
            "pdf.appraisal.meeting",
            styles.muted,
            date=date_in(appraisal.appraisal_date),
        )
    return story


def feedback_section(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Feedback received in the period, as quotes with who (a role) and when."""
    appraisal = content.appraisal
    if appraisal is None or not appraisal.feedback:
        return []
    # beside the plan when there is room: both are short
    words = content.words
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        gap(6 * mm),
        heading(words("pdf.appraisal.feedback_heading"), styles.h1, 0, "feedback"),
        *said(words, "pdf.appraisal.feedback_intro", styles.muted),
    ]
    for item in appraisal.feedback:
        who = [words(FEEDBACK_SOURCES[item.source])]
        if item.context.strip():
            who.append(item.context.strip())
        if item.received_on is not None:
            who.append(words.date(item.received_on))
        story.append(
            KeepTogether(
                [
                    *_paragraphs(f"“{item.quote.strip()}”", styles.quote),
                    Paragraph(plain("— " + ", ".join(who)), styles.meta),
                ]
            )
        )
    return story
