"""The appraisal PDF of the latest ``count`` reflections: time, pages, size, peak memory.

The period is chosen so that it holds ``count`` reflections (the newest ones), with private
reflections and drafts included so that every reflection in it is in the PDF, in full. The
export goes through ``ExportService.appraisal_pdf``, as the app's export dialog does, with a
progress callback (its calls are counted: the target asks for progress).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from journal_app.core.catalogue import Catalogue
from journal_app.core.periods import Period
from tests.bench.measures.common import open_service


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    count = int(str(params["count"]))
    from journal_app.services.export_service import ExportService
    from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions

    database, service = open_service(journal_dir, writer=False)
    try:
        newest = service.list(limit=count)
        if not newest:
            raise RuntimeError("the journal is empty")
        period = Period(newest[-1].event_date, newest[0].event_date)
        options = AppraisalOptions(
            period=period,
            include_private=True,
            include_drafts=True,
            full_text=True,
            name="Benchmark",
            produced_on=date(2026, 1, 1),
        )
        progress_calls: list[tuple[int, int]] = []
        exports = ExportService(service, Catalogue.builtin(), today=lambda: date(2026, 1, 1))
        with tempfile.TemporaryDirectory() as folder:
            destination = Path(folder) / "appraisal.pdf"
            started, cpu_started = time.perf_counter(), time.process_time()
            result = exports.appraisal_pdf(
                options, destination, lambda done, total: progress_calls.append((done, total))
            )
            seconds = time.perf_counter() - started
            cpu_seconds = time.process_time() - cpu_started
            size_mb = destination.stat().st_size / 1024 / 1024
    finally:
        database.close()
    return {
        "requested": count,
        "entries": result.entry_count,
        "pages": result.pages,
        "seconds": round(seconds, 2),
        # CPU time is steadier than wall time on a shared machine; both are reported
        "cpu_seconds": round(cpu_seconds, 2),
        "file_mb": round(size_mb, 1),
        "progress_calls": len(progress_calls),
        "period": f"{period.start.isoformat()}..{period.end.isoformat()}",
    }
