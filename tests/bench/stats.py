"""Small statistics for noisy machines: medians, nearest-rank percentiles, ratios."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` in 0..1) of ``samples``."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary_ms(samples_s: Sequence[float]) -> dict[str, float | int]:
    """p50, p95, min and max in milliseconds of timings given in seconds."""
    return {
        "n": len(samples_s),
        "p50_ms": round(percentile(samples_s, 0.50) * 1000, 2),
        "p95_ms": round(percentile(samples_s, 0.95) * 1000, 2),
        "min_ms": round(min(samples_s) * 1000, 2),
        "max_ms": round(max(samples_s) * 1000, 2),
    }


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples))


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` rounded, or ``None`` when either is missing or zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return round(numerator / denominator, 3)
