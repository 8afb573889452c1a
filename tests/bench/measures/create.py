"""Creation latency and throughput at a size: new reflections added to a full journal."""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench import corpus
from tests.bench.measures.common import open_service
from tests.bench.stats import summary_ms


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    count = int(str(params.get("count", 200)))
    seed = int(str(params.get("seed", 1)))
    drafts = list(corpus.drafts(count, seed + 1))
    database, service = open_service(journal_dir, writer=True)
    try:
        total = service.count()
        timings = []
        for draft in drafts:
            started = time.perf_counter()
            service.create(draft)
            timings.append(time.perf_counter() - started)
    finally:
        database.close()
    return {
        "entries_before": total,
        "created": count,
        "entries_per_s": round(count / sum(timings), 1),
        **summary_ms(timings),
    }
