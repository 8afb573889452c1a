"""The body of the PDF: for each chosen framework, a section per domain with its evidence.

Every domain of the framework gets a heading, even with no evidence, so an appraiser sees
the whole framework and the gaps. Reflections that evidence none of the chosen domains
follow under "Other reflections", so nothing chosen for export is silently left out.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, PageBreak, Paragraph

from journal_app.core.coverage import DomainCoverage
from journal_app.core.models import Entry
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.appraisal_sections import (
    follow_up_block,
    self_assessment_block,
    self_assessment_for,
)
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    FrameworkEvidence,
    PdfCatalogue,
)
from journal_app.services.exporters.appraisal_pdf.doc_template import Deferred, PagesOf
from journal_app.services.exporters.appraisal_pdf.entry_block import (
    cross_reference,
    entry_flowables,
)
from journal_app.services.exporters.appraisal_pdf.flow import heading
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles

#: called as each reflection is turned into flowables (so a long export can be cancelled)
EntryDone = Callable[[], None]


class DomainSections:
    """Builds the evidence sections, printing each reflection in full exactly once."""

    def __init__(
        self,
        content: AppraisalContent,
        catalogue: PdfCatalogue,
        styles: Styles,
        pages_of: PagesOf,
        entry_done: EntryDone,
    ) -> None:
        self._content = content
        self._catalogue = catalogue
        self._styles = styles
        self._pages_of = pages_of
        self._entry_done = entry_done
        self._labels = {
            (item.framework.id, d.code): f"{item.framework.short_title} {d.label}"
            for item in content.evidence
            for d in item.coverage.domains
        }

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        for item in self._content.evidence:
            story += [PageBreak(), *self._framework(item)]
        if self._content.other_entries:
            story += [PageBreak(), *self._others()]
        return story

    def _framework(self, item: FrameworkEvidence) -> list[Flowable]:
        framework = item.framework
        story: list[Flowable] = [
            heading(
                f"Evidence: {framework.short_title}", self._styles.h1, 0, f"fw-{framework.id}"
            ),
            Paragraph(
                plain(f"{framework.title} ({framework.publisher}, {framework.year}).")
                + self._how_listed(),
                self._styles.muted,
            ),
        ]
        for domain in item.coverage.domains:
            story += self._domain(item, domain)
        return story

    def _how_listed(self) -> str:
        """How the reflections below are shown: the short document lists each reflection
        under every domain it evidences, one line each, so the full document's sentence
        about printing it once would be untrue there."""
        options = self._content.options
        if options.short_document:
            return " One line per reflection, listed under every domain it evidences."
        shown = "in full" if options.full_text else "as a summary"
        return (
            f" Each reflection is printed {shown} under the first domain it evidences;"
            " other domains point to it."
        )

    def _domain(self, item: FrameworkEvidence, domain: DomainCoverage) -> list[Flowable]:
        styles = self._styles
        key = f"fw-{item.framework.id}-{domain.code}"
        story: list[Flowable] = [heading(domain.label, styles.h2, 1, key)]
        described = item.framework.domain(domain.code)
        if described is not None and described.summary:
            story.append(_kept(Paragraph(plain(described.summary), styles.muted)))
        assessed = self_assessment_for(self._content, item.framework.id, domain.code)
        if assessed is not None:
            story += self_assessment_block(assessed, styles)
        if not domain.entry_count:
            story.append(
                Paragraph(
                    "No reflections in this period evidence this domain yet.", styles.callout
                )
            )
            return story
        count = (
            "<b>1 reflection</b> evidences"
            if domain.entry_count == 1
            else f"<b>{domain.entry_count} reflections</b> evidence"
        )
        story.append(_kept(Paragraph(f"{count} this domain.", styles.meta)))
        if self._content.options.short_document:
            story += [self._line(self._content.by_id[i]) for i in domain.entry_ids]
            return story
        for entry_id in domain.entry_ids:
            entry = self._content.by_id[entry_id]
            home = self._content.home.get(entry.id)
            if home == (item.framework.id, domain.code):
                story += self._full(entry)
            elif home is not None:
                story.append(cross_reference(entry, self._labels[home], self._pages_of, styles))
        return story

    def _others(self) -> list[Flowable]:
        story: list[Flowable] = [
            heading("Other reflections", self._styles.h1, 0, "other-reflections"),
            Paragraph(
                "Reflections from the period that are not tagged to any domain of the "
                "chosen framework(s).",
                self._styles.muted,
            ),
        ]
        for entry in self._content.other_entries:
            if self._content.options.short_document:
                story.append(self._line(entry))
            else:
                story += self._full(entry)
        return story

    def _line(self, entry: Entry) -> Flowable:
        """A reflection in one line, for the short document: its title and date."""
        self._entry_done()
        return Paragraph(
            f"• {plain(entry.title)} <font color='{look.MUTED_MARKUP}'>"
            f"({format_uk_date(entry.event_date)})</font>",
            self._styles.body,
        )

    def _full(self, entry: Entry) -> list[Flowable]:
        # made when layout reaches it, and dropped once placed (see doc_template.Deferred)
        return [Deferred(lambda: self._make_full(entry))]

    def _make_full(self, entry: Entry) -> list[Flowable]:
        self._entry_done()
        options = self._content.options
        story = entry_flowables(
            entry,
            self._catalogue,
            self._styles,
            options.full_text,
            options.produced_on,
            shown=options.framework_ids,
        )
        follow_up = self._content.follow_ups.get(entry.id)
        if follow_up is not None:
            story += follow_up_block(follow_up, self._styles)
        return story


def _kept(flowable: Flowable) -> Flowable:
    # a domain's introduction stays on the page of its first reflection
    flowable.keepWithNext = True
    return flowable
