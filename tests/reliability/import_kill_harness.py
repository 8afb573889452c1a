"""Kill a JSON import at random moments: it lands whole or not at all, and nothing else moves.

Run on its own (POSIX only)::

    python -m tests.reliability.import_kill_harness --kills 200

A journal holding a few reflections is written once, and a JSON export of other fictional
reflections is made from a second journal. For each trial the journal's pristine files are
put back, a forked child opens it as the one writer and imports the file through
:meth:`ExportService.import_json` (what File ▸ Import and ``journal-app import`` run),
writing ``B`` before and ``C`` once the import has returned. The parent SIGKILLs the child
after a random delay spread over the import's own duration, then, like the next start of
the app, checks that:

* the database passes ``cipher_integrity_check`` and ``integrity_check`` and opens;
* the reflections that were there before are all there and read back exactly;
* the imported ones are either all there, each exactly as exported, or none of them
  (never part of the file); after a ``C`` line, all of them;
* the search index finds every imported reflection that landed, and FTS5's own check passes.

The counts are printed as JSON; the exit status is 1 if anything was lost or half-imported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.services.export_service import DuplicatePolicy, ExportService
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase
from tests.reliability._support import create_journal, differences, draft_for, read_lines, token

PASSPHRASE = "import kill harness passphrase"
BEFORE = tuple(f"0000000{n}-aaaa-4aaa-8aaa-00000000000{n}" for n in range(1, 6))
IMPORTED_COUNT = 120


def _imported_id(number: int) -> str:
    return f"{number:08d}-bbbb-4bbb-8bbb-{number:012d}"


@dataclass
class Report:
    kills: int = 0
    landed_whole: int = 0
    not_landed: int = 0
    confirmed: int = 0
    half_imported: int = 0
    lost_or_changed: int = 0
    integrity_failures: int = 0
    child_errors: int = 0
    killed_during: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return not (
            self.half_imported
            or self.lost_or_changed
            or self.integrity_failures
            or self.child_errors
            or self.problems
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kills": self.kills,
            "landed_whole": self.landed_whole,
            "not_landed": self.not_landed,
            "confirmed_imports": self.confirmed,
            "half_imported": self.half_imported,
            "lost_or_changed": self.lost_or_changed,
            "integrity_failures": self.integrity_failures,
            "child_errors": self.child_errors,
            "killed_during": dict(self.killed_during),
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


@dataclass(frozen=True)
class _Setup:
    journal: Path
    pristine: Path
    export_file: Path
    key: bytes
    journal_id: str


def _prepare(root: Path) -> _Setup:
    """The journal (with BEFORE in it), a pristine copy of its files, and the export file."""

    def fill_before(journal: JournalService) -> None:
        for entry_id in BEFORE:
            journal.create(draft_for(entry_id, 1), entry_id=entry_id)

    def fill_source(journal: JournalService) -> None:
        for number in range(1, IMPORTED_COUNT + 1):
            entry_id = _imported_id(number)
            journal.create(draft_for(entry_id, 1), entry_id=entry_id)

    journal_dir = root / "journal"
    key, journal_id = create_journal(journal_dir, PASSPHRASE, fill_before)
    source_dir = root / "source"
    source_key, source_id = create_journal(source_dir, PASSPHRASE, fill_source)
    export_file = root / "export.json"
    source = JournalDatabase.open(source_dir, source_key, source_id, writer=False)
    try:
        ExportService(JournalService(source), Catalogue.builtin()).export_json(export_file)
    finally:
        source.close()
    pristine = root / "pristine"
    shutil.copytree(journal_dir, pristine)
    return _Setup(journal_dir, pristine, export_file, key, journal_id)


def _reset(setup: _Setup) -> None:
    shutil.rmtree(setup.journal)
    shutil.copytree(setup.pristine, setup.journal)


def _child(setup: _Setup, fd: int) -> None:
    def emit(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    database = JournalDatabase.open(setup.journal, setup.key, setup.journal_id, writer=True)
    service = ExportService(JournalService(database), Catalogue.builtin())
    emit("R")
    emit("B")
    service.import_json(setup.export_file, DuplicatePolicy.REJECT)
    emit("C")
    database.close()


def _run_child(setup: _Setup, fd: int) -> None:
    status = 0
    try:
        _child(setup, fd)
    except BaseException as error:
        os.write(fd, f"E {type(error).__name__}\n".encode())
        status = 3
    finally:
        os._exit(status)


def _one_trial(setup: _Setup, delay: float | None) -> tuple[list[str], float]:
    """Run the child; kill it after ``delay`` seconds (None: let it finish)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _run_child(setup, write_fd)
    os.close(write_fd)
    started = time.monotonic()
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    elapsed = time.monotonic() - started
    lines = read_lines(read_fd, None, bytearray())
    os.close(read_fd)
    return lines, elapsed


def _verify(setup: _Setup, lines: list[str], report: Report) -> None:
    if any(line.startswith("E") for line in lines):
        report.child_errors += 1
        report.problem(f"the child stopped with an error: {lines[-1]}")
        return
    confirmed = "C" in lines
    report.killed_during[
        "after the import" if confirmed else ("importing" if "B" in lines else "opening")
    ] += 1
    report.confirmed += confirmed
    from journal_app.store.backup import verify_database

    problems = verify_database(setup.journal / "journal.db", setup.key)
    if problems:
        report.integrity_failures += 1
        report.problem(f"integrity check failed after a kill: {problems}")
        return
    try:
        database = JournalDatabase.open(setup.journal, setup.key, setup.journal_id, writer=True)
    except JournalError as error:
        report.integrity_failures += 1
        report.problem(f"the journal did not open after a kill: {error}")
        return
    try:
        _check_contents(database, confirmed, report)
    finally:
        database.close()


def _check_contents(database: JournalDatabase, confirmed: bool, report: Report) -> None:
    journal = JournalService(database)
    stored = {entry.id: entry for entry in journal.entries()}
    for entry_id in BEFORE:
        entry = stored.get(entry_id)
        if entry is None or differences(entry, draft_for(entry_id, 1)):
            report.lost_or_changed += 1
            report.problem(f"a reflection from before the import was lost or changed: {entry_id}")
    imported = [_imported_id(n) for n in range(1, IMPORTED_COUNT + 1)]
    present = [entry_id for entry_id in imported if entry_id in stored]
    if present and len(present) != len(imported):
        report.half_imported += 1
        report.problem(f"{len(present)} of {len(imported)} imported reflections landed")
        return
    if confirmed and not present:
        report.lost_or_changed += 1
        report.problem("a confirmed import was lost")
        return
    if not present:
        report.not_landed += 1
        return
    report.landed_whole += 1
    for entry_id in present:
        if differences(stored[entry_id], draft_for(entry_id, 1)):
            report.lost_or_changed += 1
            report.problem(f"an imported reflection reads back differently: {entry_id}")
    for entry_id in random.Random(len(stored)).sample(present, 5):
        found = {hit.entry.id for hit in journal.search(token(entry_id, 1))}
        if entry_id not in found:
            report.problem(f"search does not find an imported reflection: {entry_id}")


def run(kills: int, seed: int, root: Path, progress: bool = False) -> tuple[Report, float]:
    """Kill ``kills`` imports; returns the counts and the median import time (seconds)."""
    if sys.platform == "win32":  # pragma: no cover
        raise RuntimeError("the import kill harness needs fork() and SIGKILL (POSIX)")
    rng = random.Random(seed)
    setup = _prepare(root)
    timings = []
    for _ in range(3):  # how long an import takes here, so the kills spread over it
        _reset(setup)
        lines, elapsed = _one_trial(setup, None)
        if "C" not in lines:
            raise RuntimeError(f"an uninterrupted import did not finish: {lines}")
        timings.append(elapsed)
    duration = sorted(timings)[1]
    report = Report()
    for number in range(kills):
        _reset(setup)
        lines, _ = _one_trial(setup, rng.uniform(0.0, duration * 1.1))
        report.kills += 1
        _verify(setup, lines, report)
        if progress and (number + 1) % 50 == 0:
            print(f"{number + 1} kills: {report.as_json()}", file=sys.stderr)
    return report, duration


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="import-kill-") as folder:
        report, duration = run(args.kills, seed, Path(folder), progress=not args.quiet)
    summary = report.as_json(
        seed=seed,
        import_seconds_median=round(duration, 3),
        reflections_per_import=IMPORTED_COUNT,
        seconds=round(time.monotonic() - started, 1),
    )
    print(json.dumps(summary, indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
