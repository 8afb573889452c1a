"""Putting the appraisal PDF together, in memory, with progress and cancel.

The document is built into a ``BytesIO`` and returned as bytes: nothing touches the disk
here (no temporary files), so a cancel or an error leaves nothing behind. The exporter
writes the bytes to the user's chosen path. It is laid out in a single pass, each
reflection made into flowables only when layout reaches it (see :mod:`.doc_template`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from journal_app.core.appraisal import Appraisal
from journal_app.core.cpd import CpdStatus
from journal_app.core.evidence import EvidenceFile
from journal_app.core.follow_up import FollowUp
from journal_app.core.messages import text
from journal_app.core.models import Entry
from journal_app.services.exporters.appraisal_pdf.appraisal_sections import (
    development_plan,
    feedback_section,
    objectives_review,
)
from journal_app.services.exporters.appraisal_pdf.charts import coverage_charts
from journal_app.services.exporters.appraisal_pdf.closing import actions_table, closing_page
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    PdfCatalogue,
    gather,
)
from journal_app.services.exporters.appraisal_pdf.cover import contents, cover, headings_in
from journal_app.services.exporters.appraisal_pdf.doc_template import AppraisalDocTemplate
from journal_app.services.exporters.appraisal_pdf.domain_sections import DomainSections
from journal_app.services.exporters.appraisal_pdf.evidence_appendix import (
    attach_files,
    evidence_appendix,
)
from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.garbage import full_collections_put_off
from journal_app.services.exporters.appraisal_pdf.line_breaks import word_widths
from journal_app.services.exporters.appraisal_pdf.options import APP_NAME, AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.protect import encrypt_pdf
from journal_app.services.exporters.appraisal_pdf.styles import make_styles
from journal_app.services.exporters.appraisal_pdf.summary import summary
from journal_app.services.exporters.appraisal_pdf.words import Words, date_in, period_in
from journal_app.services.exporters.registry import (
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
    stop_if_cancelled,
)


@dataclass(frozen=True)
class BuiltPdf:
    """A finished PDF in memory."""

    data: bytes
    pages: int
    entry_count: int


class _Steps:
    """Progress over one layout pass: a step per reflection as it is placed on its page,
    and a last one for writing the file (and encrypting it). The total is known up front.

    Cancel is checked as each reflection is made into flowables and after every page.
    """

    def __init__(self, entries: int, progress: Progress, cancelled: Cancelled) -> None:
        self.entries = max(entries, 1)
        self.total = self.entries + 1
        self._progress = progress
        self._cancelled = cancelled
        self._shown = 0

    def _show(self, done: int) -> None:
        if done > self._shown:
            self._shown = done
            self._progress(done, self.total)

    def prepared_one(self) -> None:
        stop_if_cancelled(self._cancelled)

    def placed(self, laid_out: int) -> None:
        self._show(min(laid_out, self.entries))

    def check(self) -> None:
        stop_if_cancelled(self._cancelled)

    def finished(self) -> None:
        self._show(self.total)


def progress_stage(done: int, total: int) -> tuple[str, int, int]:
    """What a ``progress(done, total)`` call of :func:`build_appraisal_pdf` means:
    ``("placing", n, count)`` while reflection n of count is laid out, then
    ``("saving", count, count)`` while the file is written."""
    count = max(total - 1, 1)
    if done < total:
        return "placing", max(done, 1), count
    return "saving", count, count


def _subject(content: AppraisalContent) -> str:
    words = content.words
    return words.join(
        words.per_language(
            lambda language: text(
                "pdf.subject",
                language,
                frameworks="; ".join(
                    words.framework(item.framework.id, language).short_title
                    for item in content.evidence
                ),
            )
        )
    )


def build_appraisal_pdf(
    entries: Sequence[Entry],
    catalogue: PdfCatalogue,
    options: AppraisalOptions,
    cpd: CpdStatus | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    appraisal: Appraisal | None = None,
    previous: Appraisal | None = None,
    evidence: Sequence[tuple[EvidenceFile, bytes | None]] = (),
    follow_ups: dict[str, FollowUp] | None = None,
) -> BuiltPdf:
    """The appraisal PDF for ``entries`` (oldest first) as bytes, encrypted if asked; with
    the period's ``appraisal`` workspace (and the ``previous`` one, whose plan is reviewed)
    when given. ``evidence`` files are listed in an appendix, and attached when
    ``options.attach_evidence`` (their bytes are then given)."""
    register_fonts()
    styles = make_styles()
    words = Words.for_export(options.language, catalogue)
    content = gather(entries, catalogue, options, cpd, appraisal, previous, follow_ups, words)
    steps = _Steps(len(content.entries), progress, cancelled)
    steps.check()
    period = partial(period_in, options.period)
    buffer = io.BytesIO()
    doc = AppraisalDocTemplate(
        buffer,
        header_left=options.name.strip() or words("pdf.title"),
        header_right=words.each("pdf.running_header", period=period),
        footer_left=words.each("pdf.footer", date=date_in(options.produced_on)),
        page_of=lambda page, pages: words.each("pdf.page_of", page=page, pages=pages),
        on_entry=steps.placed,
        check_cancelled=steps.check,
        lang=words.pdf_language,
        title=words("pdf.document_title", period=period),
        author=options.name.strip(),
        subject=_subject(content),
        creator=APP_NAME,
        producer=APP_NAME,
    )
    sections = DomainSections(content, styles, doc.pages_of, steps.prepared_one)
    contents_page, contents_table = contents(words, styles, doc.pages_of)
    story: list[Flowable] = [
        *cover(content, styles),
        NextPageTemplate("body"),
        PageBreak(),
        *contents_page,
        PageBreak(),
        *summary(content, styles),
        PageBreak(),
        *coverage_charts(content, styles),
        *objectives_review(content, styles),
        *sections.flowables(),
        *development_plan(content, styles),
        *feedback_section(content, styles),
        *actions_table(content, styles),
        *closing_page(content, styles),
        *evidence_appendix(
            content, [described for described, _data in evidence], styles, options.attach_evidence
        ),
    ]
    contents_table.set_lines(headings_in(story))
    doc.at_end(contents_table.define_forms)
    with word_widths(), full_collections_put_off():
        doc.build_once(story)
    pages = doc.pages
    data = buffer.getvalue()
    # the laid-out document (every page's objects) can go before encryption copies the file
    del doc, buffer, sections, contents_table
    if options.attach_evidence:
        steps.check()
        data = attach_files(data, [(d, b) for d, b in evidence if b is not None])
    if options.password:
        steps.check()
        data = encrypt_pdf(data, options.password)
    steps.finished()
    return BuiltPdf(data=data, pages=pages, entry_count=len(content.entries))
