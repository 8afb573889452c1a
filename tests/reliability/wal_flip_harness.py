"""Flip bits in the write-ahead log a killed app left: no confirmed save may vanish silently.

Run on its own (POSIX only)::

    python -m tests.reliability.wal_flip_harness --saves 6

A child process (forked) opens the journal as the one writer, saves ``--saves`` fictional
reflections through :class:`JournalService`, tells the parent after each one returned (the
moment a user sees "Saved"), and then dies with ``os._exit`` without closing the journal,
so nothing checkpoints the WAL (``journal.db-wal``) it leaves behind.

Then, for every frame of that WAL (and a few bytes of its header), one bit is flipped in a
fresh copy of the folder: one in the frame's page data and one in its 24-byte frame header.
SQLite's WAL recovery ends at the first frame whose checksum fails, so every commit after a
damaged frame would be dropped. Each copy is opened as the app opens a journal and ends in
exactly one of:

* ``intact``: every confirmed reflection reads back exactly as written;
* ``reported``: opening (or a read) raises :class:`DamagedJournalError`, in plain words;
* ``silently_lost``: it opens without complaint and fewer reflections come back, or one
  comes back different. This must be 0.

Independently, ``integrity_problems()`` (what ``journal-app check`` runs once the journal is
open) must never come back empty on a copy that lost a reflection
(``check_passed_with_loss``, must be 0); a sample also runs ``journal-app check`` for real.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.errors import DamagedJournalError, JournalError
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase
from journal_app.store.locations import DATABASE_NAME
from tests.reliability._support import create_journal, differences, draft_for

PASSPHRASE = "walrus tangerine oboe glacier pamphlet"
WAL_NAME = f"{DATABASE_NAME}-wal"
_WAL_HEADER = 32
_FRAME_HEADER = 24


@dataclass
class Report:
    frames: int = 0
    wal_bytes: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    by_place: dict[str, Counter[str]] = field(default_factory=dict)
    check_passed_with_loss: int = 0
    cli_checks: Counter[str] = field(default_factory=Counter)
    unexpected_exceptions: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return (
            not self.outcomes["silently_lost"]
            and not self.check_passed_with_loss
            and not self.unexpected_exceptions
            and not self.cli_checks["inconsistent"]
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "wal_frames": self.frames,
            "wal_bytes": self.wal_bytes,
            "flips_tried": sum(self.outcomes.values()),
            **{name: self.outcomes[name] for name in ("intact", "reported", "silently_lost")},
            "by_place": {k: dict(sorted(v.items())) for k, v in sorted(self.by_place.items())},
            "check_passed_with_loss": self.check_passed_with_loss,
            "cli_check_sample": dict(sorted(self.cli_checks.items())),
            "unexpected_exceptions": self.unexpected_exceptions,
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


@dataclass(frozen=True)
class LeftBehind:
    """The folder as the killed child left it, and what it confirmed."""

    data_dir: Path
    key: bytes
    journal_id: str
    confirmed: dict[str, EntryDraft]


def saved_then_killed(data_dir: Path, saves: int, reader_from: int | None = None) -> LeftBehind:
    """A new journal; a forked child confirms ``saves`` reflections and dies uncheckpointed.

    With ``reader_from``, a second connection opens a read transaction after that many saves
    and holds it to the end, as a window reading the list while the editor saves would: no
    checkpoint can then complete, and the WAL keeps every later save.
    """
    key, journal_id = create_journal(data_dir, PASSPHRASE)
    ids = [f"walflip-{number:04d}" for number in range(saves)]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no Python clean-up at all on the way out
        try:
            os.close(read_end)
            database = JournalDatabase.open(data_dir, key, journal_id)
            journal = JournalService(database)
            for number, entry_id in enumerate(ids):
                if number == reader_from:
                    reader = database.engine.raw_connection()
                    reader.execute("BEGIN")
                    reader.execute("SELECT count(*) FROM entries").fetchall()
                journal.create(draft_for(entry_id, 1), entry_id=entry_id)
                os.write(write_end, f"C {entry_id}\n".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        lines = pipe.read().decode().split()
    os.waitpid(pid, 0)
    confirmed = {entry_id: draft_for(entry_id, 1) for entry_id in lines[1::2]}
    if list(confirmed) != ids:
        raise RuntimeError(f"the child confirmed {len(confirmed)} of {saves} saves")
    return LeftBehind(data_dir, key, journal_id, confirmed)


def wal_frames(wal: bytes) -> tuple[int, int]:
    """(page size, frames of the current generation): frames carrying the header's salts."""
    if len(wal) < _WAL_HEADER:
        return 0, 0
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    size = _FRAME_HEADER + page_size
    count = 0
    while _WAL_HEADER + (count + 1) * size <= len(wal):
        start = _WAL_HEADER + count * size
        if wal[start + 8 : start + 16] != salts:
            break
        count += 1
    return page_size, count


def flip_places(page_size: int, frames: int) -> list[tuple[str, int, int]]:
    """(place, byte offset in the WAL, bit mask): every frame twice, and the WAL header."""
    places = [(f"wal header byte {b}", b, 1 << (b % 8)) for b in (3, 8, 15, 17, 22, 27)]
    for index in range(frames):
        start = _WAL_HEADER + index * (_FRAME_HEADER + page_size)
        header_byte = (index * 5) % _FRAME_HEADER
        places.append(("frame header", start + header_byte, 1 << (index % 8)))
        data_byte = (index * 397 + 11) % page_size
        places.append(("frame page data", start + _FRAME_HEADER + data_byte, 1 << (index * 3 % 8)))
    return places


def _flip(path: Path, offset: int, mask: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ mask]))


def _all_read_back(database: JournalDatabase, confirmed: dict[str, EntryDraft]) -> bool:
    """True when every confirmed reflection reads back exactly and the list shows them all.

    A :class:`DamagedJournalError` from a read propagates: damage reported as damage.
    """
    journal = JournalService(database)
    listed = {summary.id for summary in journal.list(limit=None)}
    if listed != set(confirmed):
        return False
    for entry_id, draft in confirmed.items():
        try:
            entry = journal.get(entry_id)
        except DamagedJournalError:
            raise
        except JournalError:
            return False  # e.g. "not found": a confirmed reflection is missing
        if differences(entry, draft):
            return False
    return True


def trial(copy: LeftBehind, report: Report) -> str:
    """Open the damaged copy as the app would; which outcome it ends in."""
    try:
        database = JournalDatabase.open(copy.data_dir, copy.key, copy.journal_id)
    except DamagedJournalError:
        return "reported"
    try:
        try:
            exact = _all_read_back(database, copy.confirmed)
        except DamagedJournalError:
            return "reported"
        if not exact and not database.integrity_problems():
            report.check_passed_with_loss += 1
    finally:
        database.close()
    return "intact" if exact else "silently_lost"


def _cli_check(data_dir: Path) -> tuple[int, str]:
    from journal_app.cli import main

    err = io.StringIO()
    saved = os.environ.get("JOURNAL_PASSPHRASE")
    os.environ["JOURNAL_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", str(data_dir), "check"])
    finally:
        if saved is None:
            del os.environ["JOURNAL_PASSPHRASE"]
        else:
            os.environ["JOURNAL_PASSPHRASE"] = saved
    return code, err.getvalue()


def run(
    workdir: Path,
    saves: int = 6,
    every: int = 1,
    cli_sample_every: int = 0,
    limit: int = 0,
    reader_from: int | None = None,
) -> Report:
    """Flip every ``every``-th place (all by default); ``limit`` > 0 stops after that many."""
    left = saved_then_killed(workdir / "left-behind", saves, reader_from)
    wal = (left.data_dir / WAL_NAME).read_bytes()
    page_size, frames = wal_frames(wal)
    report = Report(frames=frames, wal_bytes=len(wal))
    places = flip_places(page_size, frames)[::every]
    if limit:
        places = places[:limit]
    for number, (place, offset, mask) in enumerate(places):
        target = workdir / f"trial-{number}"
        shutil.copytree(left.data_dir, target)
        _flip(target / WAL_NAME, offset, mask)
        copy = LeftBehind(target, left.key, left.journal_id, left.confirmed)
        try:
            outcome = trial(copy, report)
            if cli_sample_every and number % cli_sample_every == 0:
                shutil.rmtree(target)
                shutil.copytree(left.data_dir, target)
                _flip(target / WAL_NAME, offset, mask)
                code, err = _cli_check(target)
                said_damaged = code == 5 and "backup" in err.lower() and "Traceback" not in err
                fine = said_damaged if outcome != "intact" else code == 0 or said_damaged
                report.cli_checks["consistent" if fine else "inconsistent"] += 1
                if not fine:
                    report.problem(f"journal-app check exited {code} after {outcome} ({place})")
        except Exception as error:  # a traceback would reach the user: always a failure
            report.unexpected_exceptions += 1
            report.problem(f"{place} @{offset}: unexpected {type(error).__name__}: {error}")
            outcome = "unexpected_exception"
        if outcome == "silently_lost":
            report.problem(f"{place} @{offset}: a confirmed reflection vanished silently")
        report.outcomes[outcome] += 1
        report.by_place.setdefault(place.split(" byte")[0], Counter())[outcome] += 1
        shutil.rmtree(target, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=6)
    parser.add_argument("--cli-sample-every", type=int, default=10)
    parser.add_argument(
        "--reader-from", type=int, default=None, help="hold a read transaction from this save on"
    )
    args = parser.parse_args(argv)
    os.umask(0o077)
    workdir = Path(tempfile.mkdtemp(prefix="wal-flip-harness-"))
    began = time.monotonic()
    try:
        report = run(
            workdir,
            args.saves,
            cli_sample_every=args.cli_sample_every,
            reader_from=args.reader_from,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(report.as_json(seconds=round(time.monotonic() - began, 1)), indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
