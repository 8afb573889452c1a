"""The performance targets, checked against a report. ``met`` is None when not measured."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tests.bench.growth import dig


def _check(
    name: str, value: float | None, limit: float, unit: str, size: str, note: str = ""
) -> dict[str, object]:
    return {
        "target": name,
        "size": size,
        "value": value,
        "limit": limit,
        "unit": unit,
        "met": None if value is None else value < limit,
        "note": note,
    }


def _at(sizes: Mapping[str, Any], wanted: int) -> str | None:
    """The size key for ``wanted`` entries, else the largest size measured below it."""
    keys = sorted(sizes, key=int)
    if str(wanted) in sizes:
        return str(wanted)
    below = [k for k in keys if int(k) < wanted]
    return below[-1] if below else (keys[0] if keys else None)


def evaluate(report: Mapping[str, Any]) -> list[dict[str, object]]:
    sizes: Mapping[str, Any] = report.get("sizes", {})
    once: Mapping[str, Any] = report.get("once", {})
    checks: list[dict[str, object]] = []
    if not sizes:
        return checks
    big = _at(sizes, 100_000)
    ten = _at(sizes, 10_000)
    assert big is not None and ten is not None
    stand_in = "" if big == "100000" else f"measured at {int(big):,} (100,000 not in this run)"
    checks.append(_check("save p95 < 20 ms", dig(sizes[big], "save", "p95_ms"), 20, "ms", big))
    for kind in ("one_word", "multi_word", "phrase"):
        checks.append(
            _check(
                f"search {kind.replace('_', '-')} p95 < 25 ms in-process",
                dig(sizes[big], "search", kind, "p95_ms"),
                25,
                "ms",
                big,
                stand_in,
            )
        )
    ready = dig(sizes[ten], "list_gui", "list_ready_ms")
    note = "real GUI, offscreen, default view (current appraisal year)"
    if ready is None:
        ready = dig(sizes[ten], "list_service", "cold_ms")
        note = "GUI not measured: service calls (count + first page) only"
    checks.append(_check("entry list ready < 300 ms after unlock", ready, 300, "ms", ten, note))
    stalls = [
        dig(sizes[ten], "list_gui", "after_open", "max_stall_ms"),
        dig(sizes[ten], "list_gui", "search_in_gui", "max_stall_ms"),
        dig(sizes[ten], "list_gui", "save_in_gui", "max_stall_ms"),
        dig(sizes[ten], "list_gui", "export_in_gui", "max_stall_ms"),
    ]
    worst = max((s for s in stalls if s is not None), default=None)
    checks.append(
        _check(
            "GUI thread never blocked > 100 ms",
            worst,
            100,
            "ms",
            ten,
            "after opening, during a search, while typing and saving (Ctrl+S, autosave) and "
            "while a PDF of 250 is made on the task runner",
        )
    )
    app_ratio = dig(sizes[ten], "cli", "app_search_vs_jrnl")
    checks.append(
        _check(
            "journal-app search process <= 0.5 x jrnl -contains",
            app_ratio,
            0.5000001,
            "ratio",
            ten,
            "medians of alternate runs; journal-app at the floor Argon2id (64 MiB, 3 passes), "
            "jrnl with its fixed PBKDF2-SHA256 (100,000 iterations)",
        )
    )
    if "10000" in sizes and "100000" in sizes:
        app_growth = _growth(sizes, ("cli", "app_search", "median_s"))
        jrnl_growth = _growth(sizes, ("cli", "jrnl_contains", "median_s"))
        value = app_growth / jrnl_growth if app_growth and jrnl_growth else None
        checks.append(
            _check(
                "journal-app search grows far slower than jrnl (10k to 100k)",
                None if value is None else round(value, 3),
                0.5,
                "ratio of growth factors",
                "100000",
                f"journal-app x{app_growth}, jrnl x{jrnl_growth}",
            )
        )
    pdf: Mapping[str, Any] = once.get("pdf", {})
    checks.append(_check("PDF of 250 < 3 s", dig(pdf, "250", "seconds"), 3, "s", "250"))
    checks.append(
        _check(
            "PDF of 5,000: peak RSS < 500 MB", dig(pdf, "5000", "peak_rss_mb"), 500, "MB", "5000"
        )
    )
    progress = dig(pdf, "5000", "progress_calls")
    checks.append(
        {
            "target": "PDF of 5,000 reports progress",
            "size": "5000",
            "value": progress,
            "limit": None,
            "unit": "calls",
            "met": None if progress is None else progress > 0,
            "note": "",
        }
    )
    checks.append(
        _check(
            "start-up to unlock dialog < 1 s",
            dig(once, "startup_window", "first_window_ms"),
            1000,
            "ms",
            "-",
            "process start to first paint, offscreen",
        )
    )
    checks.append(
        _check(
            "imports start-up needs < 1 s",
            dig(once, "startup_imports", "import_ms"),
            1000,
            "ms",
            "-",
            "python -c 'import journal_app.ui.app', whole process",
        )
    )
    return checks


def _growth(sizes: Mapping[str, Any], path: tuple[str, ...]) -> float | None:
    low, high = dig(sizes["10000"], *path), dig(sizes["100000"], *path)
    if low is None or high is None or low == 0:
        return None
    return round(high / low, 2)
