"""The entry list's database work after unlock: the count and the first page of 200.

This is what the GUI's list model asks for on open (``count`` then ``list(limit=200)``),
without Qt; :mod:`.list_gui` measures the real window. Each sort order the list offers is
timed, the default (newest first) also cold, straight after unlocking.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from journal_app.core.models import EntryFilter, Status, Tag, Visibility
from journal_app.core.periods import appraisal_year
from journal_app.services.journal import JournalService
from tests.bench.measures.common import open_service
from tests.bench.stats import summary_ms

PAGE_SIZE = 200
SORTS = (("date", True), ("date", False), ("updated", True), ("title", False))


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    repeats = int(str(params.get("repeats", 7)))
    database, service = open_service(journal_dir, writer=True)
    result: dict[str, object] = {}
    try:
        started = time.perf_counter()
        total = service.count()
        first = service.list(limit=PAGE_SIZE)
        result["cold_ms"] = round((time.perf_counter() - started) * 1000, 2)
        result["entries"] = total
        result["rows"] = len(first)
        for sort, descending in SORTS:
            timings = []
            for _ in range(repeats):
                started = time.perf_counter()
                service.count()
                service.list(limit=PAGE_SIZE, sort=sort, descending=descending)
                timings.append(time.perf_counter() - started)
            name = f"{sort}_{'desc' if descending else 'asc'}"
            result[name] = summary_ms(timings)
        timings = []
        for _ in range(repeats):  # a deep page, as scrolling far down fetches
            started = time.perf_counter()
            service.list(offset=max(0, total - PAGE_SIZE), limit=PAGE_SIZE)
            timings.append(time.perf_counter() - started)
        result["last_page"] = summary_ms(timings)
        result.update(_default_view(service, repeats))
    finally:
        database.close()
    return result


def _default_view(service: JournalService, repeats: int) -> dict[str, object]:
    """What the app shows first (the current appraisal year), the sidebar's counts for it
    (run on a worker thread in the app: all, drafts, shareable, trash and the six KSS-PL
    domains), and a tag filter over all dates (the CLI's ``list --tag kss-pl:5`` page)."""
    year = appraisal_year(date.today())
    base = EntryFilter(date_from=year.start, date_to=year.end)
    counts = [
        base,
        replace(base, status=Status.DRAFT),
        replace(base, visibility=Visibility.SHAREABLE),
        replace(base, in_trash=True),
        *(replace(base, tag=Tag("kss-pl", str(code))) for code in range(1, 7)),
    ]
    tag = EntryFilter(tag=Tag("kss-pl", "5"))
    page, counted, tagged = [], [], []
    for _ in range(repeats):
        started = time.perf_counter()
        service.count(base)
        service.list(base, limit=PAGE_SIZE)
        page.append(time.perf_counter() - started)
        started = time.perf_counter()
        for entry_filter in counts:
            service.count(entry_filter)
        counted.append(time.perf_counter() - started)
        started = time.perf_counter()
        service.count(tag)
        service.list(tag, limit=PAGE_SIZE)
        tagged.append(time.perf_counter() - started)
    return {
        "appraisal_year_entries": service.count(base),
        "appraisal_year_page": summary_ms(page),
        "sidebar_counts": summary_ms(counted),
        "tag_page": summary_ms(tagged),
    }
