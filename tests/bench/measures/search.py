"""In-process search latency: one-word, multi-word and phrase queries, p50 and p95.

Also "as you type": the desktop app's search box matches the last word as a prefix
(``as_you_type=True``), which costs more than a whole word; those are reported apart.

Calls ``JournalService.search`` (query parsing, FTS5 ranking, snippets, summaries), as the
desktop app and the CLI do. The first query after unlocking is reported on its own (cold
caches); then every query runs ``repeats`` times and the timings of each kind are pooled.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.measures.common import choose_queries, open_service
from tests.bench.stats import summary_ms

KINDS = ("one_word", "multi_word", "phrase", "as_you_type")


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    repeats = int(str(params.get("repeats", 5)))
    limit = int(str(params.get("limit", 50)))
    seed = int(str(params.get("seed", 1)))
    database, service = open_service(journal_dir, writer=False)
    try:
        total = service.count()
        queries = choose_queries(database, seed)
        # Cold: a fresh connection pool and an empty page cache.
        database.engine.dispose()
        started = time.perf_counter()
        service.search(queries[0].text, limit=limit)
        cold_s = time.perf_counter() - started
        for query in queries:  # warm-up pass
            service.search(query.text, limit=limit, as_you_type=query.kind == "as_you_type")
        samples: dict[str, list[float]] = {kind: [] for kind in KINDS}
        cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
        per_query: list[dict[str, object]] = []
        for query in queries:
            timings = []
            for _ in range(repeats):
                started, cpu_started = time.perf_counter(), time.thread_time()
                hits = service.search(
                    query.text, limit=limit, as_you_type=query.kind == "as_you_type"
                )
                timings.append(time.perf_counter() - started)
                cpu[query.kind].append(time.thread_time() - cpu_started)
            samples[query.kind].extend(timings)
            per_query.append(
                {
                    "kind": query.kind,
                    "query": query.text,
                    "matches": query.matches,
                    "share": round(query.matches / max(1, total), 4),
                    "hits": len(hits),
                    **summary_ms(timings),
                }
            )
    finally:
        database.close()
    result: dict[str, object] = {
        "entries": total,
        "limit": limit,
        "repeats": repeats,
        "cold_first_query_ms": round(cold_s * 1000, 2),
        "queries": per_query,
    }
    for kind in KINDS:
        if samples[kind]:
            result[kind] = summary_ms(samples[kind])
            # CPU time of the same calls: steadier than wall time when the machine is shared
            result[f"{kind}_cpu"] = summary_ms(cpu[kind])
    result["all"] = summary_ms([t for kind in KINDS for t in samples[kind]])
    return result
