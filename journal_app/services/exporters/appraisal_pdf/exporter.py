"""The appraisal PDF as a registered exporter: build in memory, then one atomic write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from journal_app.core.appraisal import Appraisal
from journal_app.core.cpd import CpdStatus
from journal_app.core.evidence import EvidenceFile
from journal_app.core.follow_up import FollowUp
from journal_app.core.models import Entry
from journal_app.services.exporters.appraisal_pdf.builder import build_appraisal_pdf
from journal_app.services.exporters.appraisal_pdf.content import PdfCatalogue
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.registry import (
    Cancelled,
    ExportResult,
    Progress,
    never_cancelled,
    no_progress,
    stop_if_cancelled,
)
from journal_app.store.files import write_atomic


class AppraisalPdfExporter:
    """The PDF a practice leader hands their appraiser (see :mod:`.builder`)."""

    name: ClassVar[str] = "appraisal-pdf"
    label: ClassVar[str] = "Appraisal PDF"
    extension: ClassVar[str] = ".pdf"

    def __init__(
        self,
        catalogue: PdfCatalogue,
        options: AppraisalOptions,
        cpd: CpdStatus | None = None,
        appraisal: Appraisal | None = None,
        previous: Appraisal | None = None,
        evidence: Sequence[tuple[EvidenceFile, bytes | None]] = (),
        follow_ups: dict[str, FollowUp] | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._options = options
        self._cpd = cpd
        self._appraisal = appraisal
        self._previous = previous
        self._evidence = evidence
        self._follow_ups = follow_ups

    def export(
        self,
        entries: Sequence[Entry],
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Build the whole PDF in memory; only then write it, atomically and owner-only.

        A cancel (``ExportCancelled``) or any error before the write leaves the destination
        and the temp folder exactly as they were.
        """
        built = build_appraisal_pdf(
            entries,
            self._catalogue,
            self._options,
            self._cpd,
            progress,
            cancelled,
            self._appraisal,
            self._previous,
            self._evidence,
            self._follow_ups,
        )
        stop_if_cancelled(cancelled)
        write_atomic(destination, built.data)
        return ExportResult(destination, built.entry_count, pages=built.pages)
