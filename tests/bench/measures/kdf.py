"""The real key derivation: what ``keywrap.calibrate()`` picks here, and how long it takes."""

from __future__ import annotations

import time

from journal_app.core import keywrap
from tests.bench.stats import median


def run(params: dict[str, object]) -> dict[str, object]:
    repeats = int(str(params.get("repeats", 3)))
    started = time.perf_counter()
    calibrated = keywrap.calibrate()
    calibrate_s = time.perf_counter() - started
    floor = keywrap.minimum_params()
    timings: dict[str, list[float]] = {"calibrated": [], "floor": []}
    for _ in range(repeats):
        for name, kdf in (("calibrated", calibrated), ("floor", floor)):
            started = time.perf_counter()
            keywrap.derive_passphrase_key("benchmark passphrase", kdf)
            timings[name].append(time.perf_counter() - started)
    return {
        "target_s": keywrap.TARGET_SECONDS,
        "calibrate_ms": round(calibrate_s * 1000, 1),
        "calibrated_time_cost": calibrated.time_cost,
        "calibrated_memory_mib": calibrated.memory_kib // 1024,
        "calibrated_kdf_ms": round(median(timings["calibrated"]) * 1000, 1),
        "floor_time_cost": floor.time_cost,
        "floor_kdf_ms": round(median(timings["floor"]) * 1000, 1),
    }
