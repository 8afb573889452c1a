"""The appraisal conversation in the PDF: the person's self-assessment beside each domain's
evidence, last period's objectives and what became of them, the plan for the next period,
and feedback received.

These come from the appraisal workspace for the period (see :mod:`journal_app.core.appraisal`);
a PDF made without one has none of these sections and reads as before. The person's text is
printed as written (plain text, paragraphs kept), never interpreted as mark-up.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from journal_app.core.appraisal import (
    Appraisal,
    FeedbackSource,
    Objective,
    ObjectiveOutcome,
    SelfAssessment,
)
from journal_app.core.follow_up import FollowUp
from journal_app.core.frameworks import Framework
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent, PdfCatalogue
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, gap, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles

OUTCOME_WORDS = {
    ObjectiveOutcome.MET: "Met",
    ObjectiveOutcome.PARTLY_MET: "Partly met",
    ObjectiveOutcome.NOT_MET: "Not met",
}
SOURCE_WORDS = {
    FeedbackSource.SUPERVISEE: "A supervisee",
    FeedbackSource.COLLEAGUE: "A colleague",
    FeedbackSource.MANAGER: "A manager",
    FeedbackSource.FAMILY: "A family member",
    FeedbackSource.CHILD_OR_YOUNG_PERSON: "A child or young person",
    FeedbackSource.PARTNER_AGENCY: "A partner agency",
    FeedbackSource.OTHER: "Someone",
}


def _paragraphs(text: str, style: object) -> list[Flowable]:
    """The person's text as written: a paragraph per blank-line-separated block, line
    breaks kept, no mark-up interpreted."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return [Para("<br/>".join(plain(line) for line in b.split("\n")), style) for b in blocks]


def self_assessment_block(item: SelfAssessment, styles: Styles) -> list[Flowable]:
    """ "My view of this domain" before the domain's evidence."""
    story: list[Flowable] = [Paragraph("My self-assessment", styles.entry_heading)]
    for label, text in (("Strengths", item.strengths), ("To develop", item.to_develop)):
        if text.strip():
            story.append(Paragraph(f"<b>{label}</b>", styles.small))
            story += _paragraphs(text, styles.body)
    return [KeepTogether(story)]


def follow_up_block(follow_up: FollowUp, styles: Styles) -> list[Flowable]:
    """ "What changed since", written some weeks later, right after its reflection."""
    when = f" ({format_uk_date(follow_up.written_on)})" if follow_up.written_on is not None else ""
    return [
        KeepTogether(
            [
                Paragraph(plain(f"What changed since{when}"), styles.entry_heading),
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


def _framework(catalogue: PdfCatalogue, appraisal: Appraisal) -> Framework | None:
    try:
        return catalogue.framework(appraisal.framework_id)
    except Exception:  # a framework since removed: show the codes alone
        return None


def _objective_cells(
    objective: Objective, framework: Framework | None, styles: Styles, reviewed: bool
) -> list[Flowable]:
    what = plain(objective.text)
    if objective.how.strip():
        what += f"<br/><font color='{look.MUTED_MARKUP}'>How: {plain(objective.how)}</font>"
    domains = _domain_labels(framework, objective.domain_codes) or "—"
    when = format_uk_date(objective.by_when) if objective.by_when is not None else "—"
    cells: list[Flowable] = [
        Para(what, styles.cell),
        Para(plain(domains), styles.cell),
        Para(plain(when), styles.cell),
    ]
    if reviewed:
        outcome = OUTCOME_WORDS.get(objective.outcome, "") if objective.outcome else ""
        text = f"<b>{outcome or 'Not reviewed'}</b>"
        if objective.outcome_note.strip():
            text += f"<br/>{plain(objective.outcome_note)}"
        cells.append(Para(text, styles.cell))
    return cells


def objectives_review(
    content: AppraisalContent, catalogue: PdfCatalogue, styles: Styles
) -> list[Flowable]:
    """Last period's objectives and what became of each (nothing if there were none)."""
    previous = content.previous
    if previous is None or not previous.plan:
        return []
    framework = _framework(catalogue, previous)
    width = look.FRAME_WIDTH
    header: list[Flowable] = [
        Paragraph(h, styles.cell_head) for h in ("Objective", "Domains", "By", "Outcome")
    ]
    return [
        PageBreak(),
        heading("Last period's objectives", styles.h1, 0, "objectives-review"),
        Paragraph(
            plain(f"Planned for {previous.period.label}, and what became of each."),
            styles.muted,
        ),
        PagedTable(
            header,
            previous.plan,
            lambda o: _objective_cells(o, framework, styles, reviewed=True),
            [width * 0.38, width * 0.22, width * 0.14, width * 0.26],
        ),
    ]


def development_plan(
    content: AppraisalContent, catalogue: PdfCatalogue, styles: Styles
) -> list[Flowable]:
    """The objectives planned for the next period (nothing if the plan is empty)."""
    appraisal = content.appraisal
    if appraisal is None or not appraisal.plan:
        return []
    framework = _framework(catalogue, appraisal)
    width = look.FRAME_WIDTH
    header: list[Flowable] = [
        Paragraph(h, styles.cell_head) for h in ("Objective", "Domains", "By")
    ]
    story: list[Flowable] = [
        PageBreak(),
        heading("Development plan", styles.h1, 0, "development-plan"),
        Paragraph("What I plan to develop next, and how.", styles.muted),
        PagedTable(
            header,
            appraisal.plan,
            lambda o: _objective_cells(o, framework, styles, reviewed=False),
            [width * 0.52, width * 0.30, width * 0.18],
        ),
    ]
    if appraisal.appraisal_date is not None:
        story.append(
            Paragraph(
                plain(f"Appraisal meeting: {format_uk_date(appraisal.appraisal_date)}."),
                styles.muted,
            )
        )
    return story


def feedback_section(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """Feedback received in the period, as quotes with who (a role) and when."""
    appraisal = content.appraisal
    if appraisal is None or not appraisal.feedback:
        return []
    # beside the plan when there is room: both are short
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        gap(6 * mm),
        heading("Feedback received", styles.h1, 0, "feedback"),
        Paragraph("What others said about my practice this period, anonymised.", styles.muted),
    ]
    for item in appraisal.feedback:
        said = [SOURCE_WORDS[item.source]]
        if item.context.strip():
            said.append(item.context.strip())
        if item.received_on is not None:
            said.append(format_uk_date(item.received_on))
        story.append(
            KeepTogether(
                [
                    *_paragraphs(f"“{item.quote.strip()}”", styles.quote),
                    Paragraph(plain("— " + ", ".join(said)), styles.meta),
                ]
            )
        )
    return story
