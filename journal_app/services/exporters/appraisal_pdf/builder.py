"""Putting the appraisal PDF together, in memory, with progress and cancel.

The document is built into a ``BytesIO`` and returned as bytes: nothing touches the disk
here (no temporary files), so a cancel or an error leaves nothing behind. The exporter
writes the bytes to the user's chosen path.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from journal_app.core.cpd import CpdStatus
from journal_app.core.models import Entry
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf.charts import coverage_charts
from journal_app.services.exporters.appraisal_pdf.closing import actions_table, closing_page
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    PdfCatalogue,
    gather,
)
from journal_app.services.exporters.appraisal_pdf.cover import contents, cover
from journal_app.services.exporters.appraisal_pdf.doc_template import AppraisalDocTemplate
from journal_app.services.exporters.appraisal_pdf.domain_sections import DomainSections
from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.options import APP_NAME, AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.protect import encrypt_pdf
from journal_app.services.exporters.appraisal_pdf.styles import make_styles
from journal_app.services.exporters.appraisal_pdf.summary import summary
from journal_app.services.exporters.registry import (
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
    stop_if_cancelled,
)

#: stop after this many layout passes even if a page number still moves (it never has)
MAX_PASSES = 8


@dataclass(frozen=True)
class BuiltPdf:
    """A finished PDF in memory."""

    data: bytes
    pages: int
    entry_count: int


class _Steps:
    """Progress over three stages of roughly equal cost: preparing every reflection, then
    two layout passes. Later passes (rare) report nothing new rather than going back."""

    def __init__(self, entries: int, progress: Progress, cancelled: Cancelled) -> None:
        self.entries = max(entries, 1)
        self.total = 3 * self.entries + 1
        self._progress = progress
        self._cancelled = cancelled
        self._prepared = 0
        self._shown = 0

    def _show(self, done: int) -> None:
        if done > self._shown:
            self._shown = done
            self._progress(done, self.total)

    def prepared_one(self) -> None:
        stop_if_cancelled(self._cancelled)
        self._prepared += 1
        self._show(min(self._prepared, self.entries))

    def placed(self, laid_out: int, pass_number: int) -> None:
        within = min((pass_number - 1) * self.entries + laid_out, 2 * self.entries)
        self._show(self.entries + within)

    def check(self) -> None:
        stop_if_cancelled(self._cancelled)

    def finished(self) -> None:
        self._show(self.total)


def _subject(content: AppraisalContent) -> str:
    titles = "; ".join(item.framework.short_title for item in content.evidence)
    return f"Reflective practice evidence for appraisal against {titles}"


def build_appraisal_pdf(
    entries: Sequence[Entry],
    catalogue: PdfCatalogue,
    options: AppraisalOptions,
    cpd: CpdStatus | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BuiltPdf:
    """The appraisal PDF for ``entries`` (oldest first) as bytes, encrypted if asked."""
    register_fonts()
    styles = make_styles()
    content = gather(entries, catalogue, options, cpd)
    steps = _Steps(len(content.entries), progress, cancelled)
    steps.check()
    buffer = io.BytesIO()
    doc = AppraisalDocTemplate(
        buffer,
        header_left=options.name.strip() or "Appraisal evidence",
        header_right=f"Confidential · {options.period.label}",
        footer_left=f"Appraisal evidence · produced {format_uk_date(options.produced_on)}",
        on_entry=steps.placed,
        check_cancelled=steps.check,
        title=options.document_title,
        author=options.name.strip(),
        subject=_subject(content),
        creator=APP_NAME,
        producer=APP_NAME,
    )
    sections = DomainSections(content, catalogue, styles, doc.pages_of, steps.prepared_one)
    story: list[Flowable] = [
        doc.page_total,
        doc.pages_of,
        *cover(content, styles),
        NextPageTemplate("body"),
        PageBreak(),
        *contents(styles),
        PageBreak(),
        *summary(content, styles),
        PageBreak(),
        *coverage_charts(content, styles),
        *sections.flowables(),
        *actions_table(content, styles),
        *closing_page(content, styles),
    ]
    doc.multiBuild(story, maxPasses=MAX_PASSES)
    data = buffer.getvalue()
    if options.password:
        steps.check()
        data = encrypt_pdf(data, options.password)
    steps.finished()
    return BuiltPdf(data=data, pages=doc.page, entry_count=len(content.entries))
