"""Whole processes, side by side: ``journal-app search``/``list --tag`` against jrnl.

Each round runs the four commands one after another (app, jrnl, app, jrnl), so slow spells
on a noisy machine hit both; the report gives medians and the ratio app/jrnl. The journal's
key file uses the floor KDF parameters (64 MiB, 3 passes); the KDF time is reported beside
the total so the rest of the process can be seen. jrnl's KDF is PBKDF2-SHA256 (100,000).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from tests.bench import corpus
from tests.bench.peer import Jrnl
from tests.bench.proc import ChildRun, run_child
from tests.bench.stats import median, ratio

_FOUND = re.compile(r"(\d+)\s+entr(?:y|ies)\s+found")
_PROJECT_ROOT = Path(__file__).resolve().parents[2]


def app_env(pythonpath: Path = _PROJECT_ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env["JOURNAL_PASSPHRASE"] = corpus.PASSPHRASE
    env["PYTHONPATH"] = str(pythonpath)
    env.pop("JOURNAL_DEBUG", None)
    return env


def app_argv(journal_dir: Path, *command: str) -> list[str]:
    return [sys.executable, "-m", "journal_app", "--data-dir", str(journal_dir), *command]


def _summary(runs: list[ChildRun]) -> dict[str, object]:
    return {
        "runs": len(runs),
        "median_s": round(median([r.seconds for r in runs]), 3),
        "min_s": round(min(r.seconds for r in runs), 3),
        "max_s": round(max(r.seconds for r in runs), 3),
        "peak_rss_mb": max(r.peak_rss_mb for r in runs),
        "output_lines": runs[-1].stdout_lines,
    }


def _jrnl_found(run: ChildRun) -> int | None:
    found = _FOUND.search(run.stderr) or _FOUND.search(run.stdout)
    return int(found.group(1)) if found else None


def compare(
    journal_dir: Path,
    jrnl: Jrnl | None,
    word: str,
    tag: tuple[str, str],
    runs: int,
    kdf_ms: float | None,
) -> dict[str, object]:
    """Time the app and (if present) jrnl on the same word and tag, alternately."""
    framework_id, code = tag
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "app_search": (app_argv(journal_dir, "search", word), app_env()),
        "app_tag_list": (
            app_argv(journal_dir, "list", "--tag", f"{framework_id}:{code}"),
            app_env(),
        ),
    }
    if jrnl is not None:
        commands["jrnl_contains"] = (jrnl.argv("-contains", word), jrnl.env())
        commands["jrnl_tag"] = (jrnl.argv(corpus.jrnl_tag(framework_id, code)), jrnl.env())
    order = [
        n for n in ("app_search", "jrnl_contains", "app_tag_list", "jrnl_tag") if n in commands
    ]
    timings: dict[str, list[ChildRun]] = {name: [] for name in order}
    warm_up = 1 if runs > 1 else 0  # a first round warms the OS file cache, not counted
    for round_ in range(runs + warm_up):
        for name in order:
            argv, env = commands[name]
            run = run_child(argv, env)
            if round_ >= warm_up:
                timings[name].append(run)
    result: dict[str, object] = {"word": word, "tag": f"{framework_id}:{code}"}
    for name in order:
        result[name] = _summary(timings[name])
    if kdf_ms is not None:
        for name in ("app_search", "app_tag_list"):
            entry = result[name]
            assert isinstance(entry, dict)
            entry["kdf_ms"] = kdf_ms
            entry["rest_ms"] = round(float(entry["median_s"]) * 1000 - kdf_ms, 1)
    if jrnl is not None:
        for app_name, jrnl_name in (("app_search", "jrnl_contains"), ("app_tag_list", "jrnl_tag")):
            app_entry, jrnl_entry = result[app_name], result[jrnl_name]
            assert isinstance(app_entry, dict) and isinstance(jrnl_entry, dict)
            jrnl_entry["entries_found"] = _jrnl_found(timings[jrnl_name][-1])
            result[f"{app_name}_vs_jrnl"] = ratio(
                float(app_entry["median_s"]), float(jrnl_entry["median_s"])
            )
    return result
