"""Running a child process and reading its wall time and its own peak memory.

Peak RSS comes from ``wait4`` in a tiny launcher (``python -S``, a few MB), not in the
benchmark itself. Linux counts into a child's ``ru_maxrss`` the memory of the process it was
forked from, up to the ``exec``: measured straight from the runner, every child "peaked" at
least at the runner's own size (300 MB once it had read jrnl's output). The launcher also
times the child, so its own start-up is not in the figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: ru_maxrss is in KiB on Linux and in bytes on macOS
_RSS_DIVISOR = 1024 * 1024 if sys.platform == "darwin" else 1024
#: how much of a child's output is kept (the end; a measure prints its JSON last)
_KEEP = 256 * 1024

# argv: report-file program args... ; writes "seconds maxrss exitcode" to report-file. The
# child finds the wall-clock time it was started at in BENCH_SPAWNED_AT.
_LAUNCHER = """
import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
env = dict(os.environ, BENCH_SPAWNED_AT=repr(time.time()))
started = time.perf_counter()
pid = os.posix_spawnp(argv[0], argv, env)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
with open(report, "w") as out:
    out.write(f"{seconds} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def rss_mb(maxrss: int) -> float:
    return round(maxrss / _RSS_DIVISOR, 1)


class ChildFailed(RuntimeError):
    """A measured child process exited with an error."""


@dataclass(frozen=True)
class ChildRun:
    """One finished child: how long it took, its peak RSS, its exit code and output.

    ``stdout`` and ``stderr`` keep only the last 256 KiB; ``stdout_lines`` counts them all.
    """

    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    stdout_lines: int


def _tail_and_lines(handle: object) -> tuple[str, int]:
    assert hasattr(handle, "seek") and hasattr(handle, "read")
    handle.seek(0)
    lines = 0
    tail = b""
    while chunk := handle.read(1 << 20):
        lines += chunk.count(b"\n")
        tail = (tail + chunk)[-_KEEP:]
    return tail.decode("utf-8", "replace"), lines


def run_child(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    *,
    timeout: float = 3600.0,
    check: bool = True,
) -> ChildRun:
    """Run ``argv`` to completion through the launcher; its output goes to temp files."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as folder,
    ):
        report = Path(folder) / "usage"
        process = subprocess.Popen(
            [sys.executable, "-S", "-c", _LAUNCHER, str(report), *argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=dict(os.environ if env is None else env),
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            process.wait()
        finally:
            killer.cancel()
        stdout, lines = _tail_and_lines(out)
        stderr, _ = _tail_and_lines(err)
        if not report.exists():
            raise ChildFailed(f"{' '.join(argv[:6])} did not run: {stderr.strip()[-2000:]}")
        seconds, maxrss, code = report.read_text(encoding="utf-8").split()
    run = ChildRun(
        seconds=float(seconds),
        peak_rss_mb=rss_mb(int(maxrss)),
        returncode=int(code),
        stdout=stdout,
        stderr=stderr,
        stdout_lines=lines,
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
    argv = [sys.executable, "-m", "tests.bench.worker", name, json.dumps(params)]
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
