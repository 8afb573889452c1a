"""One reflection in the PDF: title, a line of facts, the text (or summary) and its actions.

A reflection tagged to several domains is printed in full once, under the first of them;
every other domain it evidences gets a one-line cross-reference with the page number.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from journal_app.core.errors import InvalidInputError
from journal_app.core.models import SESSION_KIND_LABELS, Action, ActionKind, Entry, Status, Tag
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf.content import PdfCatalogue
from journal_app.services.exporters.appraisal_pdf.doc_template import PagesOf
from journal_app.services.exporters.appraisal_pdf.flow import PageReference, anchored_title
from journal_app.services.exporters.appraisal_pdf.markup import (
    markdown_flowables,
    paragraph,
    plain,
)
from journal_app.services.exporters.appraisal_pdf.styles import (
    ACCENT_MARKUP,
    MUTED_MARKUP,
    RULE,
    Styles,
)
from journal_app.services.exporters.summaries import summarise

CHECK = "✓"


def anchor_key(entry: Entry) -> str:
    return f"entry-{entry.id}"


def template_title(catalogue: PdfCatalogue, template_id: str) -> str:
    try:
        return catalogue.template(template_id).title
    except InvalidInputError:
        return template_id  # a template this installation does not have: show its id


def facts_line(entry: Entry, catalogue: PdfCatalogue) -> str:
    """Date · reflective model · kind of session (length, with whom by role) · draft."""
    facts = [format_uk_date(entry.event_date), template_title(catalogue, entry.template_id)]
    context = entry.supervision
    if context is not None:
        session = SESSION_KIND_LABELS[context.session_kind]
        if context.duration_minutes:
            session += f", {_duration(context.duration_minutes)}"
        if context.other_party_role.strip():
            session += f", with {context.other_party_role.strip()}"
        facts.append(session)
    if entry.status is Status.DRAFT:
        facts.append("Draft")
    return plain(" · ".join(facts))


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def _tag_label(tag: Tag, catalogue: PdfCatalogue, with_title: bool) -> tuple[str, str]:
    """(framework's short title, how to name the domain) for one tag."""
    try:
        framework = catalogue.framework(tag.framework_id)
    except InvalidInputError:
        return tag.framework_id, f"{tag.domain_code} (framework not installed)"
    title = catalogue.domain_title(tag)  # names an older version, e.g. "(2015 version)"
    if with_title or framework.domain(tag.domain_code) is None:
        return framework.short_title, f"{tag.domain_code} {title}"
    if tag.framework_version and tag.framework_version != framework.version:
        return framework.short_title, f"{tag.domain_code} ({tag.framework_version} version)"
    return framework.short_title, tag.domain_code


def tags_line(entry: Entry, catalogue: PdfCatalogue, shown: Collection[str] = ()) -> str:
    """Every domain the reflection evidences, grouped by framework. Domains of frameworks
    in ``shown`` (headings elsewhere in the document) are named by code only."""
    groups: dict[str, list[str]] = {}
    for tag in entry.tags:
        framework, domain = _tag_label(tag, catalogue, tag.framework_id not in shown)
        groups.setdefault(framework, []).append(domain)
    if not groups:
        return ""
    listed = "; ".join(
        f"{framework} {', '.join(domains)}" for framework, domains in groups.items()
    )
    return plain(f"Evidences: {listed}")


def action_status(action: Action, today: date) -> str:
    """ "✓ Done 3 May 2026", "Overdue (due 1 June 2026)", "Due 1 June 2026" or "Open"."""
    if action.done_date is not None:
        return f"{CHECK} Done {format_uk_date(action.done_date)}"
    if action.due_date is None:
        return "Open"
    if action.due_date < today:
        return f"Overdue (due {format_uk_date(action.due_date)})"
    return f"Due {format_uk_date(action.due_date)}"


def _actions(entry: Entry, styles: Styles, today: date) -> list[Flowable]:
    if not entry.actions:
        return []
    flowables: list[Flowable] = [paragraph("Actions and learning goals", styles.entry_heading)]
    flowables[0].keepWithNext = True
    for action in entry.actions:
        kind = "Learning goal: " if action.kind is ActionKind.LEARNING_GOAL else ""
        status = action_status(action, today)
        markup = (
            f"{plain(kind)}{plain(action.text)} "
            f"<font color='{MUTED_MARKUP}'>— {plain(status)}</font>"
        )
        flowables.append(paragraph(markup, styles.bullet, bullet="•"))
    return flowables


def _text(entry: Entry, styles: Styles, full_text: bool) -> list[Flowable]:
    flowables: list[Flowable] = []
    if full_text:
        flowables += markdown_flowables(entry.body, styles)
        sections = [s for s in entry.sections if s.text.strip()]
    else:
        summary = summarise(entry)
        if summary.opening:
            flowables += markdown_flowables(summary.opening, styles)
        sections = list(summary.sections)
    for section in sections:
        title = paragraph(plain(section.title or section.key), styles.entry_heading)
        title.keepWithNext = True
        flowables += [title, *markdown_flowables(section.text, styles)]
    return flowables


def entry_flowables(
    entry: Entry,
    catalogue: PdfCatalogue,
    styles: Styles,
    full_text: bool,
    today: date,
    shown: Collection[str] = (),
) -> list[Flowable]:
    """A reflection in full (or as a summary), with its facts, domains and actions."""
    title = anchored_title(plain(entry.title), styles.entry_title, anchor_key(entry))
    lines = [facts_line(entry, catalogue), tags_line(entry, catalogue, shown)]
    facts = paragraph("<br/>".join(line for line in lines if line), styles.meta)
    facts.keepWithNext = True
    rule = HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=10, spaceAfter=0)
    rule.keepWithNext = True
    flowables: list[Flowable] = [rule, title, facts]
    return [*flowables, *_text(entry, styles, full_text), *_actions(entry, styles, today)]


def cross_reference(
    entry: Entry, home_label: str, pages_of: PagesOf, styles: Styles
) -> PageReference:
    """A line pointing to where the reflection is printed in full."""
    key = anchor_key(entry)
    markup = (
        f"<font color='{MUTED_MARKUP}'>See also</font>&nbsp;&nbsp;"
        f'<a href="#{key}" color="{ACCENT_MARKUP}"><b>{plain(entry.title)}</b></a> '
        f"<font color='{MUTED_MARKUP}'>({format_uk_date(entry.event_date)}), printed in full "
        f"under {plain(home_label)} on {{page}}.</font>"
    )
    return PageReference(pages_of, key, markup, styles.cross_reference)
