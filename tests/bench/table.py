"""The report as tables: the figures by size with their growth, the peer, the targets."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from tests.bench.growth import dig


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "met" if value else "MISSED"
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1:
        return f"{int(value):,}"
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.3g}" if value < 1 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _grid(header: Sequence[str], rows: Sequence[Sequence[object]], markdown: bool) -> str:
    cells = [[_cell(c) if not isinstance(c, str) else c for c in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*row) for row in cells]
    return "\n".join(lines)


def figures_table(report: Mapping[str, Any], markdown: bool = False) -> str:
    growth: Mapping[str, Any] = report.get("growth", {})
    sizes = sorted(report.get("sizes", {}), key=int)
    header = ["figure", *(f"{int(s):,}" for s in sizes)]
    steps = [f"{b}/{a}" for a, b in itertools.pairwise(sizes)]
    header += [f"x {int(b) // 1000}k/{int(a) // 1000}k" for a, b in itertools.pairwise(sizes)]
    rows = []
    for metric in growth.values():
        values = [metric["values"].get(s) for s in sizes]
        if all(v is None for v in values):
            continue
        ratios = [metric["growth"].get(step) for step in steps]
        rows.append([f"{metric['label']} ({metric['unit']})", *values, *ratios])
    return _grid(header, rows, markdown)


def peer_table(report: Mapping[str, Any], markdown: bool = False) -> str:
    sizes = sorted(report.get("sizes", {}), key=int)
    header = ["whole process (median s)", *(f"{int(s):,}" for s in sizes)]
    rows: list[list[object]] = []
    for label, path in (
        ("journal-app search WORD", ("cli", "app_search", "median_s")),
        ("jrnl -contains WORD", ("cli", "jrnl_contains", "median_s")),
        ("ratio app / jrnl", ("cli", "app_search_vs_jrnl")),
        ("journal-app list --tag kss-pl:5", ("cli", "app_tag_list", "median_s")),
        ("jrnl @kss-pl-5", ("cli", "jrnl_tag", "median_s")),
        ("ratio app / jrnl", ("cli", "app_tag_list_vs_jrnl")),
        ("journal-app: KDF in that (ms)", ("cli", "app_search", "kdf_ms")),
        ("peak RSS journal-app search (MB)", ("cli", "app_search", "peak_rss_mb")),
        ("peak RSS jrnl -contains (MB)", ("cli", "jrnl_contains", "peak_rss_mb")),
        ("jrnl entries printed (-contains)", ("cli", "jrnl_contains", "entries_found")),
    ):
        rows.append([label, *(dig(report["sizes"][s], *path) for s in sizes)])
    words = [str(dig_str(report["sizes"][s], "cli", "word")) for s in sizes]
    rows.append(["WORD", *words])
    return _grid(header, rows, markdown)


def dig_str(data: Any, *path: str) -> object:
    for key in path:
        if not isinstance(data, Mapping) or key not in data:
            return None
        data = data[key]
    return data


def targets_table(report: Mapping[str, Any], markdown: bool = False) -> str:
    header = ["target", "at", "value", "limit", "result"]
    rows = []
    for check in report.get("targets", []):
        size = check["size"]
        at = f"{int(size):,}" if str(size).isdigit() else str(size)
        result = "not measured" if check["met"] is None else ("met" if check["met"] else "MISSED")
        unit = check["unit"]
        value = check["value"]
        rows.append(
            [
                check["target"],
                at,
                f"{_cell(value)} {unit}" if value is not None else "-",
                _cell(check["limit"]) if check["limit"] is not None else "-",
                result,
            ]
        )
    return _grid(header, rows, markdown)


def once_table(report: Mapping[str, Any], markdown: bool = False) -> str:
    once: Mapping[str, Any] = report.get("once", {})
    header = ["measurement", "value"]
    rows: list[list[object]] = []
    for label, path, unit in (
        ("calibrate(): passes chosen (64 MiB)", ("kdf", "calibrated_time_cost"), ""),
        ("unlock KDF with calibrated parameters", ("kdf", "calibrated_kdf_ms"), "ms"),
        ("unlock KDF with floor parameters (benchmark journals)", ("kdf", "floor_kdf_ms"), "ms"),
        ("python -c 'import journal_app.ui.app'", ("startup_imports", "import_ms"), "ms"),
        ("bare python start", ("startup_imports", "python_bare_ms"), "ms"),
        (
            "real app: process start to unlock dialog painted",
            ("startup_window", "first_window_ms"),
            "ms",
        ),
        ("PDF 250 entries: wall", ("pdf", "250", "seconds"), "s"),
        ("PDF 250 entries: CPU", ("pdf", "250", "cpu_seconds"), "s"),
        ("PDF 250 entries: pages", ("pdf", "250", "pages"), ""),
        ("PDF 250 entries: peak RSS", ("pdf", "250", "peak_rss_mb"), "MB"),
        ("PDF 5,000 entries: wall", ("pdf", "5000", "seconds"), "s"),
        ("PDF 5,000 entries: CPU", ("pdf", "5000", "cpu_seconds"), "s"),
        ("PDF 5,000 entries: pages", ("pdf", "5000", "pages"), ""),
        ("PDF 5,000 entries: peak RSS", ("pdf", "5000", "peak_rss_mb"), "MB"),
    ):
        value = dig(once, *path)
        rows.append([label, "-" if value is None else f"{_cell(value)} {unit}".strip()])
    return _grid(header, rows, markdown)


def render(report: Mapping[str, Any], markdown: bool = False) -> str:
    parts = [
        ("Figures by journal size", figures_table(report, markdown)),
        ("Side by side with jrnl", peer_table(report, markdown)),
        ("Once per run", once_table(report, markdown)),
        ("Targets", targets_table(report, markdown)),
    ]
    if markdown:
        return "\n\n".join(f"### {title}\n\n{body}" for title, body in parts)
    return "\n\n".join(f"{title}\n{body}" for title, body in parts)
