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
from journal_app.core.messages import text
from journal_app.core.models import Action, ActionKind, Entry, SessionKind, Status, Tag
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
from journal_app.services.exporters.appraisal_pdf.words import PerLanguage, Words, date_in
from journal_app.services.exporters.summaries import summarise

#: each kind of supervision session, to its words
SESSION_KINDS = {
    SessionKind.ONE_TO_ONE: "pdf.session.kind_one_to_one",
    SessionKind.GROUP: "pdf.session.kind_group",
    SessionKind.PEER: "pdf.session.kind_peer",
    SessionKind.REFLECTIVE_CASE_DISCUSSION: "pdf.session.kind_reflective_case_discussion",
    SessionKind.LEADERSHIP_MEETING: "pdf.session.kind_leadership_meeting",
    SessionKind.TRAINING: "pdf.session.kind_training",
    SessionKind.OTHER: "pdf.session.kind_other",
}


def anchor_key(entry: Entry) -> str:
    return f"entry-{entry.id}"


def template_title(catalogue: PdfCatalogue, template_id: str) -> str:
    try:
        return catalogue.template(template_id).title
    except InvalidInputError:
        return template_id  # a template this installation does not have: show its id


def facts_line(entry: Entry, words: Words) -> str:
    """Date · reflective model · kind of session (length, with whom by role) · draft."""
    facts = [
        words.date(entry.event_date),
        words.join(
            [template_title(words.catalogue(lang), entry.template_id) for lang in words.languages]
        ),
    ]
    context = entry.supervision
    if context is not None:

        def kind_and_length(language: str) -> str:
            said = text(SESSION_KINDS[context.session_kind], language)
            if context.duration_minutes:
                said += f", {_duration(context.duration_minutes, language)}"
            return said

        session = words.join(words.per_language(kind_and_length))
        if context.other_party_role.strip():
            # with whom, written once in the person's words
            session += f", {words('pdf.entry.with')} {context.other_party_role.strip()}"
        facts.append(session)
    if entry.status is Status.DRAFT:
        facts.append(words("pdf.entry.draft"))
    return plain(" · ".join(facts))


def _duration(minutes: int, language: str) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return text("pdf.time.short_minutes", language, minutes=rest)
    if rest:
        return text("pdf.time.short_hours_minutes", language, hours=hours, minutes=f"{rest:02d}")
    return text("pdf.time.short_hours", language, hours=hours)


def _tag_label(
    tag: Tag, catalogue: PdfCatalogue, with_title: bool, language: str
) -> tuple[str, str]:
    """(framework's short title, how to name the domain) for one tag."""
    try:
        framework = catalogue.framework(tag.framework_id)
    except InvalidInputError:
        return tag.framework_id, text(
            "pdf.entry.framework_not_installed", language, code=tag.domain_code
        )
    title = catalogue.domain_title(tag)  # names an older version, e.g. "(2015 version)"
    if with_title or framework.domain(tag.domain_code) is None:
        return framework.short_title, f"{tag.domain_code} {title}"
    if tag.framework_version and tag.framework_version != framework.version:
        return framework.short_title, text(
            "pdf.entry.older_version",
            language,
            code=tag.domain_code,
            version=tag.framework_version,
        )
    return framework.short_title, tag.domain_code


def tags_line(entry: Entry, words: Words, shown: Collection[str] = ()) -> str:
    """Every domain the reflection evidences, grouped by framework. Domains of frameworks
    in ``shown`` (headings elsewhere in the document) are named by code only."""

    def listed(language: str) -> str:
        groups: dict[str, list[str]] = {}
        for tag in entry.tags:
            framework, domain = _tag_label(
                tag, words.catalogue(language), tag.framework_id not in shown, language
            )
            groups.setdefault(framework, []).append(domain)
        return "; ".join(
            f"{framework} {', '.join(domains)}" for framework, domains in groups.items()
        )

    if not entry.tags:
        return ""
    # the domains are named once when they read the same in each language
    return plain(f"{words('pdf.entry.evidences')}: {words.join(words.per_language(listed))}")


def action_status(action: Action, today: date, words: Words) -> str:
    """ "✓ Done 3 May 2026", "Overdue (due 1 June 2026)", "Due 1 June 2026" or "Open"."""
    if action.done_date is not None:
        return words("pdf.status.done", date=date_in(action.done_date))
    if action.due_date is None:
        return words("pdf.status.open")
    if action.due_date < today:
        return words("pdf.status.overdue", date=date_in(action.due_date))
    return words("pdf.status.due", date=date_in(action.due_date))


def _actions(entry: Entry, words: Words, styles: Styles, today: date) -> list[Flowable]:
    if not entry.actions:
        return []
    flowables: list[Flowable] = [
        paragraph(plain(words("pdf.actions.heading")), styles.entry_heading)
    ]
    flowables[0].keepWithNext = True
    for action in entry.actions:
        kind = (
            f"{words('pdf.entry.learning_goal')}: "
            if action.kind is ActionKind.LEARNING_GOAL
            else ""
        )
        status = action_status(action, today, words)
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
    words: Words,
    styles: Styles,
    full_text: bool,
    today: date,
    shown: Collection[str] = (),
) -> list[Flowable]:
    """A reflection in full (or as a summary), with its facts, domains and actions."""
    title = anchored_title(plain(entry.title), styles.entry_title, anchor_key(entry))
    lines = [facts_line(entry, words), tags_line(entry, words, shown)]
    facts = paragraph("<br/>".join(line for line in lines if line), styles.meta)
    facts.keepWithNext = True
    rule = HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=10, spaceAfter=0)
    rule.keepWithNext = True
    flowables: list[Flowable] = [rule, title, facts]
    return [*flowables, *_text(entry, styles, full_text), *_actions(entry, words, styles, today)]


def cross_reference(
    entry: Entry, home_label: PerLanguage, words: Words, pages_of: PagesOf, styles: Styles
) -> PageReference:
    """A line pointing to where the reflection is printed in full."""
    key = anchor_key(entry)
    # "{page}" is left for the page number, filled in as the line is laid out
    if words.bilingual:  # the page in each language; the domain is in the headings
        where = f"({words.date(entry.event_date)}), " + words(
            "pdf.evidence.printed_on_page", page="{page}"
        )
    else:
        where = words(
            "pdf.evidence.printed_under",
            date=date_in(entry.event_date),
            domain=home_label,
            page="{page}",
        )
    markup = (
        f"<font color='{MUTED_MARKUP}'>{plain(words('pdf.evidence.see_also'))}</font>&nbsp;&nbsp;"
        f'<a href="#{key}" color="{ACCENT_MARKUP}"><b>{plain(entry.title)}</b></a> '
        f"<font color='{MUTED_MARKUP}'>{plain(where)}</font>"
    )
    return PageReference(pages_of, key, markup, styles.cross_reference)
