"""The disk under the benchmark: how long an 80 KB append and fsync takes (p50, p95).

A save is an SQLite commit with ``synchronous = FULL``: about 80 KB of WAL frames written
and one fsync. This floor shows how much of a save's latency the disk alone accounts for.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.bench.stats import summary_ms

BLOCK = 80 * 1024


def run(params: dict[str, object]) -> dict[str, object]:
    folder = Path(str(params.get("folder", tempfile.gettempdir())))
    count = int(str(params.get("count", 100)))
    data = os.urandom(BLOCK)
    timings = []
    with tempfile.NamedTemporaryFile(dir=folder) as handle:
        for _ in range(count):
            started = time.perf_counter()
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            timings.append(time.perf_counter() - started)
    return {"block_kib": BLOCK // 1024, **summary_ms(timings)}
