"""SIGTERM at random moments of the real desktop app: it must exit promptly, keeping its saves.

Installers, logging out and shutting down send SIGTERM. Each trial starts the real app
(``tests/reliability/sigterm_child.py``: ``run_app`` driven by a timer) on a journal made
here, waits a random moment of start-up, unlock, typing or export, sends SIGTERM, and then:

* the process must have exited within :data:`EXIT_LIMIT_S` (otherwise it is counted as hung
  and killed);
* the journal must open with the passphrase and pass both integrity checks;
* every reflection the child said was saved must be there, with its whole text;
* the app's stderr must show no traceback and no "unexpected error".

Run the full harness with ``python -m tests.reliability.sigterm_harness --trials 100``
(``--seed``, ``--json``); ``QT_QPA_PLATFORM`` defaults to offscreen. A reduced run is in the
default test suite (``test_sigterm_reduced.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.models import EntryFilter
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.reliability import sigterm_child as child
from tests.reliability._support import create_journal, read_lines

REPO_ROOT = Path(__file__).resolve().parents[2]
#: "within a few seconds": the app's own limit is lower (see journal_app.ui.termination)
EXIT_LIMIT_S = 8.0
#: how long a trial waits for a stage line before giving up on it and signalling anyway
STAGE_TIMEOUT_S = 30.0
#: the moments a SIGTERM is aimed at, and after which line of the child's (None: the start)
MOMENTS: dict[str, str | None] = {
    "start-up": None,
    "unlock": "stage unlock",
    "unlocked": "stage unlocked",
    "typing": "stage typing",
    "export": "stage export",
}
#: the longest random wait after the aimed-at line (start-up: after the process starts)
JITTER_S: dict[str, float] = {
    "start-up": 2.5,
    "unlock": 0.25,
    "unlocked": 0.4,
    "typing": 1.5,
    "export": 0.4,
}


@dataclass
class Report:
    trials: int = 0
    exited_in_time: int = 0
    hung: int = 0
    exit_codes: Counter[int] = field(default_factory=Counter)
    moments: Counter[str] = field(default_factory=Counter)
    stage_at_signal: Counter[str] = field(default_factory=Counter)
    confirmed_saves: int = 0
    lost_saves: int = 0
    #: a reflection being typed when the signal came, and the app exited cleanly: was it
    #: saved on the way out (its title and the start of its text)?
    in_progress: int = 0
    in_progress_kept: int = 0
    exit_seconds: list[float] = field(default_factory=list)
    journal_problems: int = 0
    error_output: int = 0
    slowest_exit_s: float = 0.0
    problems: list[str] = field(default_factory=list)
    #: exits other than a clean 0 (the app's deadline ended it: 143), for the record
    not_clean: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.hung
            or self.lost_saves
            or self.journal_problems
            or self.error_output
            or self.in_progress_kept < self.in_progress
        )

    def as_json(self) -> dict[str, object]:
        return {
            "trials": self.trials,
            "exited_in_time": self.exited_in_time,
            "hung": self.hung,
            "exit_codes": dict(self.exit_codes),
            "moments": dict(self.moments),
            "stage_at_signal": dict(self.stage_at_signal),
            "confirmed_saves": self.confirmed_saves,
            "lost_saves": self.lost_saves,
            "in_progress": self.in_progress,
            "in_progress_kept": self.in_progress_kept,
            "median_exit_s": round(statistics.median(self.exit_seconds), 2)
            if self.exit_seconds
            else None,
            "journal_problems": self.journal_problems,
            "error_output": self.error_output,
            "slowest_exit_s": round(self.slowest_exit_s, 2),
            "problems": self.problems[:20],
            "not_clean": self.not_clean[:20],
        }


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(
        PYTHONUNBUFFERED="1",
        # the app's settings, and any keyring, stay inside the trial's folder
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    env.pop("JOURNAL_DEBUG", None)
    return env


def _fill(journal: JournalService) -> None:
    from tests.reliability._support import draft_for

    for number in range(6):  # something to export
        journal.create(draft_for(f"seed-{number}", 1))


def trial(folder: Path, moment: str, rng: random.Random, report: Report) -> None:
    """One start, one SIGTERM, one check."""
    data_dir, exports, home = folder / "journal", folder / "exports", folder / "home"
    exports.mkdir(parents=True)
    home.mkdir()
    create_journal(data_dir, child.PASSPHRASE, _fill)
    stderr_path = folder / "stderr.txt"
    read_fd, write_fd = os.pipe()
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.sigterm_child", str(data_dir), str(exports)],
            cwd=REPO_ROOT,
            env=_environment(home),
            stdout=write_fd,
            stderr=stderr,
        )
    os.close(write_fd)
    buffer = bytearray()
    lines: list[str] = []
    try:
        aimed_at = MOMENTS[moment]
        if aimed_at is not None:
            deadline = time.monotonic() + STAGE_TIMEOUT_S
            while aimed_at not in lines and time.monotonic() < deadline:
                if process.poll() is not None:
                    break
                lines += read_lines(read_fd, time.monotonic() + 0.05, buffer)
            if aimed_at not in lines:
                report.problems.append(f"{moment}: never reached {aimed_at!r}: {lines[-3:]}")
        time.sleep(rng.uniform(0, JITTER_S[moment]))
        lines += read_lines(read_fd, time.monotonic(), buffer)
        stages = [line for line in lines if line.startswith("stage ")]
        stage = stages[-1].removeprefix("stage ") if stages else "start-up"
        report.stage_at_signal[stage] += 1
        if process.poll() is not None:
            report.problems.append(f"{moment}: the app had exited before the signal")
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=EXIT_LIMIT_S)
        except subprocess.TimeoutExpired:
            report.hung += 1
            report.problems.append(f"{moment}: still running {EXIT_LIMIT_S} s after SIGTERM")
            process.kill()
            code = process.wait()
        else:
            report.exited_in_time += 1
            report.slowest_exit_s = max(report.slowest_exit_s, time.monotonic() - sent)
            report.exit_seconds.append(time.monotonic() - sent)
        report.exit_codes[code] += 1
        if code != 0:
            report.not_clean.append(
                f"{moment} (stage {stage}): exit {code} after {time.monotonic() - sent:.2f} s"
            )
        lines += read_lines(read_fd, time.monotonic() + 0.2, buffer)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(read_fd)
    errors = stderr_path.read_text(errors="replace")
    if "Traceback" in errors or "unexpected error" in errors:
        report.error_output += 1
        report.problems.append(f"{moment}: stderr: {errors.strip()[-300:]}")
    _check_journal(data_dir, lines, moment, report, clean=code == 0)


def _check_journal(
    data_dir: Path, lines: list[str], moment: str, report: Report, *, clean: bool
) -> None:
    saved = {line.removeprefix("saved ") for line in lines if line.startswith("saved ")}
    typing = [line.removeprefix("typing ") for line in lines if line.startswith("typing ")]
    report.confirmed_saves += len(saved)
    try:
        database = Vault(data_dir).unlock(child.PASSPHRASE)
    except Exception as error:  # any failure to open is a finding, reported by type
        report.journal_problems += 1
        report.problems.append(f"{moment}: the journal did not open ({type(error).__name__})")
        return
    try:
        problems = database.integrity_problems()
        if problems:
            report.journal_problems += 1
            report.problems.append(f"{moment}: integrity: {problems[:2]}")
        journal = JournalService(database)
        bodies = {entry.title: entry.body for entry in journal.entries(EntryFilter())}
    finally:
        database.close()
    for title in saved:
        if bodies.get(title, "").strip() != child.BODY.strip():
            report.lost_saves += 1
            report.problems.append(f"{moment}: confirmed save {title!r} missing or cut short")
    if clean and typing and typing[-1] not in saved:
        # The body's first keys may still have been in flight: the title, and whatever of
        # the body is there being the start of what was typed, is what "saved" means here.
        report.in_progress += 1
        body = bodies.get(typing[-1])
        if body is not None and child.BODY.startswith(body.strip()):
            report.in_progress_kept += 1
        else:
            report.problems.append(f"{moment}: the reflection being typed was not saved")


def run(trials: int, seed: int, workdir: Path) -> Report:
    """``trials`` SIGTERMs, the moments taken in turn, the waits at random."""
    rng = random.Random(seed)
    report = Report()
    names = list(MOMENTS)
    for number in range(trials):
        moment = names[number % len(names)]
        report.moments[moment] += 1
        report.trials += 1
        trial(workdir / f"trial-{number:03d}", moment, rng, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sigterm-harness-") as workdir:
        report = run(args.trials, args.seed, Path(workdir))
    summary = report.as_json()
    summary["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
