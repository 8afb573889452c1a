"""Save latency of an edited reflection (p50, p95), the full-text index kept in step.

Each save is what the editor's autosave does: ``JournalService.update`` with the whole draft
after a small edit (a sentence added to the body, or to the last section of a structured
reflection). Reading the entry back is not timed.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

from journal_app.core.models import Entry, EntryDraft
from tests.bench.measures.common import open_service
from tests.bench.stats import summary_ms

ADDED = " Looking back, the pause before deciding was what made the difference."


def edited(entry: Entry, round_: int) -> EntryDraft:
    draft = entry.to_draft()
    if draft.sections:
        last = draft.sections[-1]
        sections = (*draft.sections[:-1], replace(last, text=last.text + ADDED * (round_ + 1)))
        return replace(draft, sections=sections)
    return replace(draft, body=draft.body + ADDED * (round_ + 1))


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    saves = int(str(params.get("saves", 60)))
    seed = int(str(params.get("seed", 1)))
    database, service = open_service(journal_dir, writer=True)
    try:
        total = service.count()
        ids = [s.id for s in service.list(limit=None)] if total <= 20_000 else None
        rng = random.Random(seed)
        if ids is None:
            offsets = sorted(rng.sample(range(total), saves // 2))
            ids = [service.list(offset=o, limit=1)[0].id for o in offsets]
        chosen = rng.sample(ids, min(saves // 2, len(ids)))
        timings: list[float] = []
        for round_ in range(2):  # each entry is saved twice, as an autosave does while typing
            for entry_id in chosen:
                draft = edited(service.get(entry_id), round_)
                started = time.perf_counter()
                service.update(entry_id, draft)
                timings.append(time.perf_counter() - started)
    finally:
        database.close()
    return {"entries": total, "saves": len(timings), **summary_ms(timings)}
