"""Running a child process and reading its wall time and its own peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: ru_maxrss is in KiB on Linux and in bytes on macOS
_RSS_DIVISOR = 1024 * 1024 if sys.platform == "darwin" else 1024


def rss_mb(maxrss: int) -> float:
    return round(maxrss / _RSS_DIVISOR, 1)


class ChildFailed(RuntimeError):
    """A measured child process exited with an error."""


@dataclass(frozen=True)
class ChildRun:
    """One finished child: how long it took, its peak RSS, its exit code and output."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_child(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    *,
    timeout: float = 3600.0,
    check: bool = True,
) -> ChildRun:
    """Run ``argv`` to completion; the rusage comes from wait4 for that one child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=dict(env or os.environ),
        )
        # A blocking wait4 (no polling on a 2-core machine); a timer kills a runaway child.
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        run = ChildRun(
            seconds=seconds,
            peak_rss_mb=rss_mb(usage.ru_maxrss),
            returncode=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )
    if check and run.returncode != 0:
        raise ChildFailed(
            f"{' '.join(argv[:6])} exited with {run.returncode}: {run.stderr.strip()[-2000:]}"
        )
    return run


def run_measure(
    name: str, params: Mapping[str, object], env: Mapping[str, str] | None = None
) -> dict[str, object]:
    """Run one measurement module in a fresh Python process and return its JSON result.

    The result gains ``peak_rss_mb`` (the whole child, imports included) and ``wall_s``.
    """
    argv = [sys.executable, "-m", "journal_app.bench.worker", name, json.dumps(params)]
    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    run = run_child(argv, child_env)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise ChildFailed(f"measure {name} printed no result: {run.stderr.strip()[-2000:]}")
    result: dict[str, object] = json.loads(lines[-1])
    result["peak_rss_mb"] = run.peak_rss_mb
    result["wall_s"] = round(run.seconds, 3)
    return result
