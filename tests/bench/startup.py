"""Start-up to the unlock dialog: the imports start-up needs, and the real app's first window.

Both are whole processes (median of several). ``python -X importtime`` names the heaviest
imports, so deferring work has a list to start from.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.bench.proc import run_child
from tests.bench.stats import median

_PROJECT_ROOT = Path(__file__).resolve().parents[2]
START_MODULE = "journal_app.ui.app"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(_PROJECT_ROOT)
    env.update(extra)
    return env


def import_time(runs: int = 5, module: str = START_MODULE) -> dict[str, object]:
    """Wall time of ``python -c "import <module>"`` against a bare interpreter, and of
    ``journal-app --help`` (the command line's start-up: every command module is imported
    to build the parser, so this is the floor of any ``journal-app`` command)."""
    bare, full, cli, rss = [], [], [], []
    import_argv = ["-c", f"import {module}"]
    cli_argv = ["-m", "journal_app", "--help"]
    for _ in range(runs):
        bare.append(run_child([sys.executable, "-c", "pass"], _env()).seconds)
        run = run_child([sys.executable, *import_argv], _env())
        full.append(run.seconds)
        rss.append(run.peak_rss_mb)
        cli.append(run_child([sys.executable, *cli_argv], _env()).seconds)
    return {
        "module": module,
        "python_bare_ms": round(median(bare) * 1000, 1),
        "import_ms": round(median(full) * 1000, 1),
        "peak_rss_mb": max(rss),
        "heaviest_imports": heaviest_imports(import_argv),
        "cli_help_ms": round(median(cli) * 1000, 1),
        "cli_heaviest_imports": heaviest_imports(cli_argv),
    }


def heaviest_imports(argv: list[str], top: int = 12) -> list[dict[str, object]]:
    """What ``python <argv>`` spends importing, from ``-X importtime``.

    One row per package (``sqlalchemy``, ``alembic``, ``PySide6.QtWidgets``, ...) and per
    module of the app two levels down (``journal_app.store.database``), cumulative ms.
    """
    run = run_child([sys.executable, "-X", "importtime", *argv], _env())
    costs: dict[str, int] = {}
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self_us, cumulative, name = (part.strip() for part in line[12:].split("|"))
        parts = name.split(".")
        package = ".".join(parts[:2]) if parts[0] in {"PySide6", "journal_app"} else parts[0]
        if name == package or (parts[0] == "journal_app" and len(parts) == 3):
            costs.setdefault(name, int(cumulative))
    ranked = sorted(costs.items(), key=lambda item: item[1], reverse=True)[:top]
    return [{"module": name, "cumulative_ms": round(us / 1000, 1)} for name, us in ranked]


def first_window(journal_dir: Path, runs: int = 5) -> dict[str, object]:
    """From starting the process to the first paint of the app's first window (offscreen)."""
    timings, rss, windows = [], [], set()
    for _ in range(runs):
        run = run_child(
            [sys.executable, "-m", "tests.bench.startup_probe", str(journal_dir)],
            _env(QT_QPA_PLATFORM="offscreen"),
            timeout=60,
        )
        report = json.loads(run.stdout.strip().splitlines()[-1])
        timings.append(float(report["seconds"]))
        windows.add(str(report["window"]))
        rss.append(run.peak_rss_mb)
    return {
        "first_window_ms": round(median(timings) * 1000, 1),
        "min_ms": round(min(timings) * 1000, 1),
        "windows": sorted(windows),
        "peak_rss_mb": max(rss),
    }
