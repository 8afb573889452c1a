"""Kill the app with SIGKILL while it changes its keys; the journal must always open.

Run on its own (POSIX only)::

    python -m tests.reliability.key_kill_harness --kills 600

A forked child opens the journal with its passphrase as the one writer (which finishes any
key rotation an earlier kill interrupted) and loops over: writing a reflection, changing
the passphrase, rotating the database key (new key, passphrase and recovery key; backups
re-encrypted), a new recovery key, and a backup. Before each operation it writes
``B op n`` to a pipe and after it returned ``C op n``. The parent SIGKILLs it after a random
delay, then, like the next start of the app:

* the key file must open with the confirmed passphrase or the one the operation in flight
  was setting, never neither;
* the journal must open as the writer with it (finishing an interrupted rotation), pass
  both integrity checks, hold exactly one database key afterwards, and every confirmed
  reflection must read back exactly as written;
* every backup must open under the journal's current key, and so must the journal: no
  database file in the data or backups folder is left under an older key;
* the passphrase before those two opens no key file in the data or backups folder.

The counts are printed as JSON; the exit status is 1 if anything failed.
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
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.errors import JournalError, WrongPassphraseError
from journal_app.core.models import EntryFilter
from journal_app.services.journal import JournalService
from journal_app.services.key_rotation import rotate_key
from journal_app.services.vault import Vault
from journal_app.store import rekey, sealing
from journal_app.store.backup import list_backups
from journal_app.store.keyfile import parse_key_file, read_key_file
from tests.reliability._support import differences, draft_for, fast_kdf, read_lines

_IDS = uuid.UUID("1b2c7e0a-5d7f-4e44-8a8e-3c1f7a9d2b64")
_OPS = (("create", 25), ("passwd", 30), ("rotate", 35), ("recovery", 5), ("backup", 5))
MAX_LIVE = 40


def passphrase(number: int) -> str:
    """The fictional passphrase after ``number`` confirmed changes."""
    return f"key harness passphrase number {number}"


def entry_id(number: int) -> str:
    return str(uuid.uuid5(_IDS, str(number)))


@dataclass
class Report:
    kills: int = 0
    confirmed: Counter[str] = field(default_factory=Counter)
    killed_during: Counter[str] = field(default_factory=Counter)
    opened_with_new: int = 0
    opened_with_old: int = 0
    opens_with_neither: int = 0
    open_failures: int = 0
    lost: int = 0
    integrity_failures: int = 0
    rotation_not_finished: int = 0
    files_under_an_old_key: int = 0
    old_passphrase_opens: int = 0
    child_errors: int = 0
    backups_checked: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return not (
            self.opens_with_neither
            or self.open_failures
            or self.lost
            or self.integrity_failures
            or self.rotation_not_finished
            or self.files_under_an_old_key
            or self.old_passphrase_opens
            or self.child_errors
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kills": self.kills,
            "killed_during": dict(sorted(self.killed_during.items())),
            "confirmed": dict(sorted(self.confirmed.items())),
            "opened_with_new_passphrase": self.opened_with_new,
            "opened_with_old_passphrase": self.opened_with_old,
            "opens_with_neither": self.opens_with_neither,
            "open_failures": self.open_failures,
            "lost": self.lost,
            "integrity_failures": self.integrity_failures,
            "rotation_not_finished": self.rotation_not_finished,
            "files_under_an_old_key": self.files_under_an_old_key,
            "old_passphrase_opens_a_key_file": self.old_passphrase_opens,
            "child_errors": self.child_errors,
            "backups_checked": self.backups_checked,
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


@dataclass
class Model:
    passphrase_number: int = 0
    next_entry: int = 0
    entries: set[str] = field(default_factory=set)


# -- the child -------------------------------------------------------------------------------


def _child(data_dir: Path, model: Model, seed: int, fd: int) -> None:
    rng = random.Random(seed)

    def emit(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    vault = Vault(data_dir, kdf_params=fast_kdf)
    database = vault.unlock(passphrase(model.passphrase_number))  # finishes a rotation
    journal = JournalService(database)
    emit("R")
    names = [name for name, _ in _OPS]
    weights = [weight for _, weight in _OPS]
    while True:
        op = rng.choices(names, weights)[0]
        if op == "create" and len(model.entries) >= MAX_LIVE:
            op = "passwd"
        if op == "create":
            number = model.next_entry
            new_id = entry_id(number)
            model.next_entry += 1
            emit(f"B create {number}")
            journal.create(draft_for(new_id, 1), entry_id=new_id)
            model.entries.add(new_id)
            emit(f"C create {number}")
        elif op in ("passwd", "rotate"):
            number = model.passphrase_number + 1
            old, new = passphrase(number - 1), passphrase(number)
            emit(f"B {op} {number}")
            if op == "passwd":
                vault.change_passphrase(old, new)
            else:
                rotate_key(vault, database, old, new)
            model.passphrase_number = number
            emit(f"C {op} {number}")
        elif op == "recovery":
            emit("B recovery 0")
            vault.new_recovery_key(passphrase(model.passphrase_number))
            emit("C recovery 0")
        else:
            emit("B backup 0")
            database.backup("manual")
            emit("C backup 0")


def _run_child(data_dir: Path, model: Model, seed: int, fd: int) -> None:
    status = 0
    try:
        _child(data_dir, model, seed, fd)
    except BaseException as error:
        message = str(error).splitlines()[0][:200] if str(error) else ""
        os.write(fd, f"E {type(error).__name__}: {message}\n".encode())
        status = 3
    finally:
        os._exit(status)


# -- the parent ------------------------------------------------------------------------------


def _apply(lines: list[str], model: Model, report: Report) -> tuple[str | None, int, bool]:
    """Take confirmed operations into the model; returns the op in flight and its number."""
    pending: tuple[str | None, int] = (None, 0)
    started = False
    for line in lines:
        kind, *rest = line.split(" ")
        if kind == "R":
            started = True
        elif kind == "E":
            report.child_errors += 1
            report.problem(f"the child stopped with an error: {' '.join(rest)}")
        elif kind == "B":
            pending = (rest[0], int(rest[1]))
            if rest[0] == "create":
                model.next_entry = max(model.next_entry, int(rest[1]) + 1)
        elif kind == "C":
            op, number = rest[0], int(rest[1])
            pending = (None, 0)
            report.confirmed[op] += 1
            if op == "create":
                model.entries.add(entry_id(number))
            elif op in ("passwd", "rotate"):
                model.passphrase_number = number
    return pending[0], pending[1], started


def _opens(path: Path, number: int) -> bool:
    try:
        key_file = parse_key_file(path.read_bytes(), path.name)
        sealing.open_with_passphrase(key_file, passphrase(number))
    except (JournalError, OSError):
        return False
    return True


def _verify(
    data_dir: Path, model: Model, pending: str | None, number: int, report: Report
) -> bool:
    candidates = [model.passphrase_number]
    if pending in ("passwd", "rotate"):
        candidates.append(number)
    key_file = read_key_file(data_dir / "journal.key")
    which = None
    for candidate in candidates:
        try:
            sealing.open_with_passphrase(key_file, passphrase(candidate))
        except WrongPassphraseError:
            continue
        which = candidate
        break
    if which is None:
        report.opens_with_neither += 1
        report.problem(f"after kill {report.kills} no passphrase of {candidates} opens it")
        return False
    if which == model.passphrase_number:
        report.opened_with_old += 1 if len(candidates) > 1 else 0
    else:
        report.opened_with_new += 1
    model.passphrase_number = which
    vault = Vault(data_dir, kdf_params=fast_kdf)
    try:
        database = vault.unlock(passphrase(which))  # as the next start: finishes a rotation
    except Exception as error:
        report.open_failures += 1
        words = str(error) if isinstance(error, JournalError) else type(error).__name__
        report.problem(f"after kill {report.kills} the journal would not open: {words}")
        return False
    try:
        if database.integrity_problems():
            report.integrity_failures += 1
            report.problem("the journal failed its integrity check")
        journal = JournalService(database)
        stored = {e.id: e for e in journal.entries(EntryFilter())}
        in_flight = entry_id(number) if pending == "create" else None
        for item in model.entries:
            entry = stored.get(item)
            if entry is None or differences(entry, draft_for(item, 1)):
                report.lost += 1
                report.problem(f"reflection {item[:8]} is missing or differs")
        if in_flight is not None and in_flight in stored:
            model.entries.add(in_flight)
        extra = set(stored) - model.entries
        if extra:
            report.lost += 1
            report.problem(f"{len(extra)} reflection(s) nobody confirmed")
        opened = sealing.open_with_passphrase(
            read_key_file(data_dir / "journal.key"), passphrase(which)
        )
        if opened.keys != (database.key,):
            report.rotation_not_finished += 1
            report.problem("the key set still holds more than the journal's key")
        folder = database.backups_folder()
        for path in [database.path, *(b.path for b in list_backups(folder))]:
            report.backups_checked += path != database.path
            if not rekey.opens_as(path, database.key, database.journal_id):
                report.files_under_an_old_key += 1
                report.problem(f"{path.name} does not open under the journal's key")
    finally:
        database.close()
    older = min(candidates) - 1
    if older >= 0:
        for path in sorted([*data_dir.rglob("*.key"), *folder.rglob("*.key")]):
            if _opens(path, older):
                report.old_passphrase_opens += 1
                report.problem(f"{path.name} opens with an earlier passphrase")
    return True


def _kill_delay(rng: random.Random) -> float:
    # Opening takes a few tenths of a second (Argon2id) and a rotation about a second on a
    # small journal: long enough delays let some rotations finish so later ones start from
    # a rotated journal.
    return rng.uniform(0.05, 2.5)


def run(kills: int, seed: int, data_dir: Path, progress: bool = False) -> Report:
    """Kill the child ``kills`` times and check after each; returns the counts."""
    if sys.platform == "win32":  # pragma: no cover
        raise RuntimeError("the key kill harness needs fork() and SIGKILL (POSIX)")
    rng = random.Random(seed)
    created = Vault(data_dir, kdf_params=fast_kdf).create(passphrase(0))
    created.database.backup("manual")
    created.database.close()
    model = Model()
    report = Report()
    started = time.monotonic()
    for round_number in range(kills):
        read_fd, write_fd = os.pipe()
        child_seed = rng.getrandbits(32)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _run_child(data_dir, model, child_seed, write_fd)
        os.close(write_fd)
        buffer = bytearray()
        lines = read_lines(read_fd, time.monotonic() + _kill_delay(rng), buffer)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines += read_lines(read_fd, None, buffer)
        os.close(read_fd)
        report.kills += 1
        pending, number, was_running = _apply(lines, model, report)
        report.killed_during[pending or ("between operations" if was_running else "opening")] += 1
        if not _verify(data_dir, model, pending, number, report):
            report.problem("stopped early: every later start would fail the same way")
            break
        if progress and (round_number + 1) % 25 == 0:
            print(
                f"{round_number + 1} kills, {dict(report.killed_during)}, "
                f"{time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=600)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    os.umask(0o077)
    temp = tempfile.mkdtemp(prefix="key-kill-harness-")
    began = time.monotonic()
    try:
        report = run(args.kills, seed, Path(temp) / "journal", progress=not args.quiet)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    seconds = round(time.monotonic() - began, 1)
    print(json.dumps(report.as_json(seed=seed, seconds=seconds), indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
