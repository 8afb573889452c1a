"""The body of the PDF: for each chosen framework, a section per domain with its evidence.

Every domain of the framework gets a heading, even with no evidence, so an appraiser sees
the whole framework and the gaps. Reflections that evidence none of the chosen domains
follow under "Other reflections", so nothing chosen for export is silently left out.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, PageBreak, Paragraph

from journal_app.core.coverage import DomainCoverage
from journal_app.core.messages import text
from journal_app.core.models import Entry
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.appraisal_sections import (
    follow_up_block,
    self_assessment_block,
    self_assessment_for,
)
from journal_app.services.exporters.appraisal_pdf.bilingual import paragraphs, said
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    FrameworkEvidence,
)
from journal_app.services.exporters.appraisal_pdf.doc_template import Deferred, PagesOf
from journal_app.services.exporters.appraisal_pdf.entry_block import (
    cross_reference,
    entry_flowables,
)
from journal_app.services.exporters.appraisal_pdf.flow import heading
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import PerLanguage

#: called as each reflection is turned into flowables (so a long export can be cancelled)
EntryDone = Callable[[], None]


class DomainSections:
    """Builds the evidence sections, printing each reflection in full exactly once."""

    def __init__(
        self,
        content: AppraisalContent,
        styles: Styles,
        pages_of: PagesOf,
        entry_done: EntryDone,
    ) -> None:
        self._content = content
        self._words = content.words
        self._styles = styles
        self._pages_of = pages_of
        self._entry_done = entry_done
        # each framework's evidence in each of the document's languages (its domains'
        # titles differ only where the framework's titles are translated)
        self._named = {
            item.framework.id: {
                language: item.in_language(self._words, language)
                for language in self._words.languages
            }
            for item in content.evidence
        }

    def _domain_in(self, framework_id: str, code: str, language: str) -> DomainCoverage:
        item = self._named[framework_id][language]
        return next(d for d in item.coverage.domains if d.code == code)

    def _label(self, framework_id: str, code: str) -> PerLanguage:
        """A domain with its framework's short title, for a sentence in one language."""

        def label(language: str) -> str:
            framework = self._named[framework_id][language].framework
            return f"{framework.short_title} {self._domain_in(framework_id, code, language).label}"

        return label

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        for item in self._content.evidence:
            story += [PageBreak(), *self._framework(item)]
        if self._content.other_entries:
            story += [PageBreak(), *self._others()]
        return story

    def _framework(self, item: FrameworkEvidence) -> list[Flowable]:
        words = self._words
        named = self._named[item.framework.id]
        title = words(
            "pdf.evidence.heading",
            framework=lambda language: named[language].framework.short_title,
        )
        story: list[Flowable] = [
            heading(title, self._styles.h1, 0, f"fw-{item.framework.id}"),
            *paragraphs(
                words.per_language(lambda language: self._about(named[language], language)),
                self._styles.muted,
            ),
        ]
        for domain in item.coverage.domains:
            story += self._domain(item, domain)
        return story

    def _about(self, item: FrameworkEvidence, language: str) -> str:
        """Where the framework comes from, and how the reflections below are shown: the
        short document lists each reflection under every domain it evidences, one line
        each, so the full document's sentence about printing it once would be untrue there."""
        options = self._content.options
        if options.short_document:
            how = "pdf.evidence.listed_short"
        elif options.full_text:
            how = "pdf.evidence.listed_in_full"
        else:
            how = "pdf.evidence.listed_as_summary"
        framework = item.framework
        about = f"{framework.title} ({framework.publisher}, {framework.year})."
        return f"{plain(about)} {plain(text(how, language))}"

    def _domain(self, item: FrameworkEvidence, domain: DomainCoverage) -> list[Flowable]:
        styles = self._styles
        words = self._words
        framework_id = item.framework.id
        key = f"fw-{framework_id}-{domain.code}"
        title = words.join(
            [self._domain_in(framework_id, domain.code, lang).label for lang in words.languages]
        )
        story: list[Flowable] = [heading(title, styles.h2, 1, key)]
        summaries = []
        for language in words.languages:
            described = self._named[framework_id][language].framework.domain(domain.code)
            if described is not None and described.summary:
                summaries.append(plain(described.summary))
        if summaries:
            story += [_kept(p) for p in paragraphs(list(dict.fromkeys(summaries)), styles.muted)]
        assessed = self_assessment_for(self._content, framework_id, domain.code)
        if assessed is not None:
            story += self_assessment_block(assessed, words, styles)
        if not domain.entry_count:
            story += said(words, "pdf.evidence.none_yet", styles.callout)
            return story
        story += [
            _kept(p)
            for p in said(words, "pdf.evidence.count", styles.meta, count=domain.entry_count)
        ]
        if self._content.options.short_document:
            story += [self._line(self._content.by_id[i]) for i in domain.entry_ids]
            return story
        for entry_id in domain.entry_ids:
            entry = self._content.by_id[entry_id]
            home = self._content.home.get(entry.id)
            if home == (framework_id, domain.code):
                story += self._full(entry)
            elif home is not None:
                story.append(
                    cross_reference(entry, self._label(*home), words, self._pages_of, styles)
                )
        return story

    def _others(self) -> list[Flowable]:
        words = self._words
        story: list[Flowable] = [
            heading(words("pdf.evidence.other_heading"), self._styles.h1, 0, "other-reflections"),
            *said(words, "pdf.evidence.other_intro", self._styles.muted),
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
            f"({plain(self._words.date(entry.event_date))})</font>",
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
            self._words,
            self._styles,
            options.full_text,
            options.produced_on,
            shown=options.framework_ids,
        )
        follow_up = self._content.follow_ups.get(entry.id)
        if follow_up is not None:
            story += follow_up_block(follow_up, self._words, self._styles)
        return story


def _kept(flowable: Flowable) -> Flowable:
    # a domain's introduction stays on the page of its first reflection
    flowable.keepWithNext = True
    return flowable
