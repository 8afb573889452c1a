"""How each figure grows with the journal: the metrics tracked across sizes, and the ratios."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from tests.bench.stats import ratio

#: (name, path inside one size's results, unit, what it is)
METRICS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("build_per_s", ("build", "entries_per_s"), "/s", "building the journal: created a second"),
    ("create_per_s", ("create", "entries_per_s"), "/s", "created a second, journal full"),
    ("create_p95", ("create", "p95_ms"), "ms", "create p95"),
    ("unlock_kdf", ("unlock", "kdf_ms"), "ms", "unlock: KDF (floor parameters)"),
    ("unlock_open", ("unlock", "open_without_kdf_ms"), "ms", "unlock: the rest"),
    ("list_gui_ready", ("list_gui", "list_ready_ms"), "ms", "GUI entry list ready"),
    ("list_gui_open_call", ("list_gui", "open_call_ms"), "ms", "GUI open() call"),
    (
        "list_gui_stall",
        ("list_gui", "after_open", "max_stall_ms"),
        "ms",
        "GUI longest stall, after opening",
    ),
    (
        "gui_search_stall",
        ("list_gui", "search_in_gui", "max_stall_ms"),
        "ms",
        "GUI longest stall, a search",
    ),
    (
        # Not one of the target's phases (search, save, export), reported all the same.
        "gui_open_entry_stall",
        ("list_gui", "open_in_gui", "max_stall_ms"),
        "ms",
        "GUI longest stall, first reflection opened",
    ),
    (
        "gui_save_stall",
        ("list_gui", "save_in_gui", "max_stall_ms"),
        "ms",
        "GUI longest stall, typing and saving",
    ),
    (
        "gui_export_stall",
        ("list_gui", "export_in_gui", "max_stall_ms"),
        "ms",
        "GUI longest stall, PDF of 250 on the task runner",
    ),
    ("list_first_page", ("list_service", "cold_ms"), "ms", "count + first page (cold)"),
    ("list_date_p50", ("list_service", "date_desc", "p50_ms"), "ms", "count + first page"),
    ("list_title_p50", ("list_service", "title_asc", "p50_ms"), "ms", "first page by title"),
    ("save_p50", ("save", "p50_ms"), "ms", "save p50"),
    ("save_p95", ("save", "p95_ms"), "ms", "save p95"),
    ("search_one_p50", ("search", "one_word", "p50_ms"), "ms", "search one word p50"),
    ("search_one_p95", ("search", "one_word", "p95_ms"), "ms", "search one word p95"),
    ("search_multi_p95", ("search", "multi_word", "p95_ms"), "ms", "search multi-word p95"),
    ("search_phrase_p95", ("search", "phrase", "p95_ms"), "ms", "search phrase p95"),
    ("search_cold", ("search", "cold_first_query_ms"), "ms", "first search after unlock"),
    ("cli_search", ("cli", "app_search", "median_s"), "s", "journal-app search (process)"),
    ("jrnl_contains", ("cli", "jrnl_contains", "median_s"), "s", "jrnl -contains (process)"),
    ("cli_tag", ("cli", "app_tag_list", "median_s"), "s", "journal-app list --tag (process)"),
    ("jrnl_tag", ("cli", "jrnl_tag", "median_s"), "s", "jrnl @tag (process)"),
    ("rss_search", ("search", "peak_rss_mb"), "MB", "peak RSS, search process"),
    ("rss_gui", ("list_gui", "peak_rss_mb"), "MB", "peak RSS, GUI process"),
    ("rss_cli_search", ("cli", "app_search", "peak_rss_mb"), "MB", "peak RSS, journal-app search"),
    ("rss_jrnl", ("cli", "jrnl_contains", "peak_rss_mb"), "MB", "peak RSS, jrnl -contains"),
    ("db_mb", ("build", "database_mb"), "MB", "journal database on disk"),
    ("jrnl_mb", ("jrnl_import", "journal_mb"), "MB", "jrnl journal file on disk"),
)


def dig(data: Any, *path: str) -> float | None:
    """The number at ``path`` inside nested dicts, or ``None``."""
    for key in path:
        if not isinstance(data, Mapping) or key not in data:
            return None
        data = data[key]
    if isinstance(data, bool) or not isinstance(data, int | float):
        return None
    return float(data)


def growth(sizes: Mapping[str, Any]) -> dict[str, object]:
    """Each metric at each size, and its ratio from one size to the next."""
    ordered = sorted(sizes, key=int)
    result: dict[str, object] = {}
    for name, path, unit, label in METRICS:
        values = {size: dig(sizes[size], *path) for size in ordered}
        steps = {f"{b}/{a}": ratio(values[b], values[a]) for a, b in itertools.pairwise(ordered)}
        result[name] = {"label": label, "unit": unit, "values": values, "growth": steps}
    return result
