"""Kill the app with SIGKILL at random moments; every confirmed save must survive intact.

Run on its own (POSIX only)::

    python -m tests.reliability.crash_harness --kills 1000

A child process (forked, so it starts in milliseconds) opens the journal as the one writer
and loops over saves, edits, trash/restore, purges, passphrase changes, backups and a
migration round trip (down to the previous revision and up again, as an upgrade at open
does). Before each operation it writes ``B op ...`` to a pipe and only after the operation
has returned (the transaction committed, the key file replaced) ``C op ...``: the
"confirmed" line, the moment a user would see "Saved". The parent SIGKILLs the child after
a random delay, then, like the next start of the app:

* the key file must parse and unlock with the confirmed passphrase (or the one an
  interrupted change was setting);
* the database as the kill left it must pass ``cipher_integrity_check`` and
  ``integrity_check``, and must open (running any migration the kill interrupted);
* every confirmed reflection must read back exactly as confirmed (title, body, sections,
  actions, date, status, visibility, trash state); the one operation in flight may have
  landed or not, but never half; nothing unexpected may appear;
* the search index must be in step: each reflection's current words find it, the words of
  its previous version do not, and FTS5's own integrity check passes;
* every backup with a final name must verify, and its key file must parse.

The counts are printed as JSON; the exit status is 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import hashlib
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

from journal_app.core.errors import DamagedJournalError, JournalError, WrongPassphraseError
from journal_app.core.models import Entry, EntryFilter
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store import migrate, sealing
from journal_app.store.backup import list_backups, verify_database
from journal_app.store.database import JournalDatabase
from journal_app.store.keyfile import KeyFile, parse_key_file
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME
from tests.reliability._support import (
    create_journal,
    differences,
    draft_for,
    fast_kdf,
    read_lines,
    token,
)

MAX_LIVE = 100
_IDS = uuid.UUID("6f1c9a52-3f0e-4a57-9a55-2b8f8d0c1e11")
_OPS = (
    ("create", 28),
    ("update", 30),
    ("trash", 6),
    ("restore", 4),
    ("purge", 7),
    ("passwd", 3),
    ("backup", 8),
    ("migrate", 4),
)
PREVIOUS_REVISION = "0001"


def passphrase(number: int) -> str:
    """The fictional passphrase after ``number`` confirmed changes."""
    return f"crash harness walrus orchard {number}"


def entry_id(number: int) -> str:
    return str(uuid.uuid5(_IDS, str(number)))


@dataclass
class Model:
    """What the journal must hold: every reflection's confirmed version and trash state."""

    versions: dict[str, int] = field(default_factory=dict)
    trashed: set[str] = field(default_factory=set)
    passphrase_number: int = 0
    next_entry: int = 0


@dataclass
class Pending:
    """The operation the child had begun but not confirmed when it was killed."""

    op: str
    args: list[str]


@dataclass
class Report:
    kills: int = 0
    confirmed_saves: int = 0
    lost: int = 0
    half_written: int = 0
    integrity_failures: int = 0
    key_file_failures: int = 0
    open_failures: int = 0
    unexpected_entries: int = 0
    search_index_mismatches: int = 0
    child_errors: int = 0
    backups_verified: int = 0
    backup_failures: int = 0
    in_flight_landed: int = 0
    in_flight_not_landed: int = 0
    leftover_partial_backup_files_max: int = 0
    confirmed_operations: Counter[str] = field(default_factory=Counter)
    killed_during: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return not (
            self.lost
            or self.half_written
            or self.integrity_failures
            or self.key_file_failures
            or self.open_failures
            or self.unexpected_entries
            or self.search_index_mismatches
            or self.child_errors
            or self.backup_failures
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kills": self.kills,
            "confirmed_saves": self.confirmed_saves,
            "lost": self.lost,
            "integrity_failures": self.integrity_failures,
            "half_written": self.half_written,
            "key_file_failures": self.key_file_failures,
            "open_failures": self.open_failures,
            "unexpected_entries": self.unexpected_entries,
            "search_index_mismatches": self.search_index_mismatches,
            "child_errors": self.child_errors,
            "backups_verified": self.backups_verified,
            "backup_failures": self.backup_failures,
            "in_flight_landed": self.in_flight_landed,
            "in_flight_not_landed": self.in_flight_not_landed,
            "leftover_partial_backup_files_max": self.leftover_partial_backup_files_max,
            "confirmed_operations": dict(sorted(self.confirmed_operations.items())),
            "killed_during": dict(sorted(self.killed_during.items())),
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


# -- the child: the app, doing what a user does --------------------------------------------


def _child(data_dir: Path, key: bytes, journal_id: str, model: Model, seed: int, fd: int) -> None:
    rng = random.Random(seed)

    def emit(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))  # one write() of a short line: atomic

    database = JournalDatabase.open(data_dir, key, journal_id, writer=True)
    journal = JournalService(database)
    vault = Vault(data_dir, kdf_params=fast_kdf)
    emit("R")
    names = [name for name, _ in _OPS]
    weights = [weight for _, weight in _OPS]
    while True:
        live = sorted(i for i in model.versions if i not in model.trashed)
        trash = sorted(model.trashed)
        op = rng.choices(names, weights)[0]
        if len(live) > MAX_LIVE and op in ("create", "restore"):
            op = "purge"
        if not live and op in ("update", "trash", "purge"):
            op = "create"
        if not trash and op == "restore":
            op = "update" if live else "create"
        if op == "create":
            number = model.next_entry
            new_id = entry_id(number)
            model.next_entry += 1
            emit(f"B create {new_id} {number}")
            journal.create(draft_for(new_id, 1), entry_id=new_id)
            model.versions[new_id] = 1
            emit(f"C create {new_id} {number}")
        elif op == "update":
            target = rng.choice(live)
            version = model.versions[target] + 1
            emit(f"B update {target} {version}")
            journal.update(target, draft_for(target, version))
            model.versions[target] = version
            emit(f"C update {target} {version}")
        elif op == "trash":
            target = rng.choice(live)
            emit(f"B trash {target}")
            journal.trash(target)
            model.trashed.add(target)
            emit(f"C trash {target}")
        elif op == "restore":
            target = rng.choice(trash)
            emit(f"B restore {target}")
            journal.restore(target)
            model.trashed.discard(target)
            emit(f"C restore {target}")
        elif op == "purge":
            target = rng.choice(trash or live)
            emit(f"B purge {target}")
            journal.purge(target)
            del model.versions[target]
            model.trashed.discard(target)
            emit(f"C purge {target}")
        elif op == "passwd":
            number = model.passphrase_number + 1
            emit(f"B passwd {number}")
            vault.change_passphrase(passphrase(number - 1), passphrase(number))
            model.passphrase_number = number
            emit(f"C passwd {number}")
        elif op == "backup":
            emit("B backup")
            database.backup("manual")
            emit("C backup")
        elif op == "migrate":
            emit("B migrate")
            migrate.migrate(database.engine, PREVIOUS_REVISION, downgrade=True)
            migrate.migrate(database.engine, before=lambda: database.backup("pre-migration"))
            emit("C migrate")


def _run_child(
    data_dir: Path, key: bytes, journal_id: str, model: Model, seed: int, fd: int
) -> None:
    """The forked child's whole life; it never returns into the parent's code."""
    status = 0
    try:
        _child(data_dir, key, journal_id, model, seed, fd)
    except BaseException as error:  # report, then die: the parent counts it as a failure
        message = str(error).splitlines()[0][:200] if str(error) else ""
        os.write(fd, f"E {type(error).__name__}: {message}\n".encode())
        status = 3
    finally:
        os._exit(status)


# -- the parent: kill, then check like the next start of the app ---------------------------


def _kill_delay(rng: random.Random) -> float:
    roll = rng.random()
    if roll < 0.25:
        return rng.uniform(0.0, 0.08)
    if roll < 0.75:
        return rng.uniform(0.08, 0.5)
    return rng.uniform(0.5, 1.6)


def _apply(lines: list[str], model: Model, report: Report) -> tuple[Pending | None, bool]:
    """Take the confirmed operations into the model; returns the one in flight, if any."""
    pending: Pending | None = None
    started = False
    for line in lines:
        kind, *rest = line.split(" ")
        if kind == "R":
            started = True
        elif kind == "E":
            report.child_errors += 1
            report.problem(f"the child stopped with an error: {' '.join(rest)}")
        elif kind == "B":
            pending = Pending(rest[0], rest[1:])
            if rest[0] == "create":
                model.next_entry = max(model.next_entry, int(rest[2]) + 1)
        elif kind == "C":
            op, args = rest[0], rest[1:]
            pending = None
            report.confirmed_operations[op] += 1
            if op == "create":
                model.versions[args[0]] = 1
                report.confirmed_saves += 1
            elif op == "update":
                model.versions[args[0]] = int(args[1])
                report.confirmed_saves += 1
            elif op == "trash":
                model.trashed.add(args[0])
            elif op == "restore":
                model.trashed.discard(args[0])
            elif op == "purge":
                model.versions.pop(args[0], None)
                model.trashed.discard(args[0])
            elif op == "passwd":
                model.passphrase_number = int(args[0])
    return pending, started


@dataclass
class _State:
    key: bytes
    journal_id: str
    unlocked_key_files: dict[str, int] = field(default_factory=dict)
    verified_backups: set[str] = field(default_factory=set)


def _unseal(key_file: KeyFile, number: int) -> bytes | None:
    try:
        return sealing.open_with_passphrase(key_file, passphrase(number)).current
    except WrongPassphraseError:
        return None


def _check_key_file(
    data_dir: Path, model: Model, pending: Pending | None, state: _State, report: Report
) -> None:
    raw = (data_dir / KEY_FILE_NAME).read_bytes()
    try:
        key_file = parse_key_file(raw)
    except DamagedJournalError as error:
        report.key_file_failures += 1
        report.problem(f"key file: {error}")
        return
    candidates = [model.passphrase_number]
    if pending is not None and pending.op == "passwd":
        candidates.append(int(pending.args[0]))
    digest = hashlib.sha256(raw).hexdigest()
    known = state.unlocked_key_files.get(digest)
    if known is not None and known in candidates:  # the same bytes unlocked before
        model.passphrase_number = known
        return
    for number in candidates:
        if _unseal(key_file, number) == state.key:
            state.unlocked_key_files[digest] = number
            model.passphrase_number = number
            return
    report.key_file_failures += 1
    report.problem(f"the key file unlocks with none of passphrases {candidates}")


def _all_entries(journal: JournalService) -> dict[str, Entry]:
    found = {e.id: e for e in journal.entries(EntryFilter())}
    found.update({e.id: e for e in journal.entries(EntryFilter(in_trash=True))})
    return found


def _check_entries(
    journal: JournalService, model: Model, pending: Pending | None, report: Report
) -> None:
    stored = _all_entries(journal)
    in_flight = (
        pending.args[0]
        if pending and pending.op in ("create", "update", "trash", "restore", "purge")
        else None
    )
    if in_flight is not None and pending is not None:
        _resolve_in_flight(stored, model, pending, report)
    for item, version in model.versions.items():
        if item == in_flight:
            continue
        entry = stored.get(item)
        if entry is None:
            report.lost += 1
            report.problem(f"confirmed reflection {item[:8]} v{version} is missing")
            continue
        wrong = differences(entry, draft_for(item, version))
        if wrong:
            report.lost += 1
            report.half_written += 1
            report.problem(f"reflection {item[:8]} v{version} differs in {wrong}")
        if entry.in_trash != (item in model.trashed):
            report.lost += 1
            report.problem(f"reflection {item[:8]}: confirmed trash state not kept")
    unexpected = set(stored) - set(model.versions) - ({in_flight} if in_flight else set())
    if unexpected:
        report.unexpected_entries += len(unexpected)
        report.problem(f"{len(unexpected)} reflection(s) nobody confirmed or began")


def _resolve_in_flight(
    stored: dict[str, Entry], model: Model, pending: Pending, report: Report
) -> None:
    """The interrupted operation either happened entirely or not at all: find out which."""
    item = pending.args[0]
    entry = stored.get(item)
    landed: bool | None = None
    if pending.op == "create":
        if entry is None:
            landed = False
        elif not differences(entry, draft_for(item, 1)):
            landed = True
            model.versions[item] = 1
    elif entry is None:
        if pending.op == "purge":
            landed = True
            model.versions.pop(item, None)
            model.trashed.discard(item)
    elif pending.op == "update":
        new = int(pending.args[1])
        if not differences(entry, draft_for(item, new)):
            landed = True
            model.versions[item] = new
        elif not differences(entry, draft_for(item, new - 1)):
            landed = False
        if entry.in_trash != (item in model.trashed):
            landed = None
    else:  # trash, restore, purge (still there): content must be the confirmed version
        if not differences(entry, draft_for(item, model.versions[item])):
            was = item in model.trashed
            if pending.op == "purge":
                landed = False if entry.in_trash == was else None
            else:
                landed = entry.in_trash != was
                if entry.in_trash:
                    model.trashed.add(item)
                else:
                    model.trashed.discard(item)
    if landed is None:
        report.half_written += 1
        report.lost += 1
        report.problem(f"interrupted {pending.op} of {item[:8]} left neither the old nor new")
    elif landed:
        report.in_flight_landed += 1
    else:
        report.in_flight_not_landed += 1


def _check_search_index(database: JournalDatabase, model: Model, report: Report) -> None:
    with database.engine.connect() as connection:
        try:
            connection.exec_driver_sql(
                "INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')"
            )
        except Exception as error:
            report.search_index_mismatches += 1
            report.problem(f"FTS5 integrity-check failed ({type(error).__name__})")
        pks: dict[str, int] = {
            str(uuid_): int(pk)
            for uuid_, pk in connection.exec_driver_sql("SELECT uuid, pk FROM entries")
        }
        rows = connection.exec_driver_sql("SELECT count(*) FROM entries_fts").scalar()
        if rows != len(pks):
            report.search_index_mismatches += 1
            report.problem(f"search index has {rows} rows for {len(pks)} reflections")
        match = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
        for item, version in model.versions.items():
            found = [r[0] for r in connection.exec_driver_sql(match, (token(item, version),))]
            if found != [pks.get(item)]:
                report.search_index_mismatches += 1
                report.problem(f"search does not find {item[:8]} v{version} by its words")
            if (
                version > 1
                and connection.exec_driver_sql(match, (token(item, version - 1),)).first()
            ):
                report.search_index_mismatches += 1
                report.problem(f"search still finds the old words of {item[:8]}")
        leftovers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_alembic\\_tmp%' ESCAPE '\\'"
        ).scalar()
        if leftovers:
            report.half_written += 1
            report.problem("a half-finished migration left a temporary table behind")
        connection.rollback()


def _check_backups(database: JournalDatabase, state: _State, report: Report) -> None:
    folder = database.backups_folder()
    for backup in list_backups(folder):
        if backup.path.name in state.verified_backups:
            continue
        problems = verify_database(backup.path, state.key)
        try:
            parse_key_file(backup.key_path.read_bytes())
        except (OSError, DamagedJournalError) as error:
            problems.append(f"its key file: {type(error).__name__}")
        if problems:
            report.backup_failures += 1
            report.problem(f"backup {backup.path.name}: {problems}")
        else:
            report.backups_verified += 1
        state.verified_backups.add(backup.path.name)
    if folder.is_dir():
        partial = sum(1 for p in folder.iterdir() if p.name.startswith(".journal-"))
        report.leftover_partial_backup_files_max = max(
            report.leftover_partial_backup_files_max, partial
        )


def _verify(
    data_dir: Path, model: Model, pending: Pending | None, state: _State, report: Report
) -> bool:
    """Check the journal as the next start of the app would; False if it will not open."""
    _check_key_file(data_dir, model, pending, state, report)
    problems = verify_database(data_dir / DATABASE_NAME, state.key)
    if problems:
        report.integrity_failures += 1
        report.problem(f"integrity check after the kill: {problems}")
    try:
        database = JournalDatabase.open(data_dir, state.key, state.journal_id, writer=True)
    except Exception as error:  # anything at all here is a failure to report, not a crash
        report.open_failures += 1
        words = str(error) if isinstance(error, JournalError) else type(error).__name__
        report.problem(f"after kill {report.kills} the journal would not open: {words}")
        return False
    try:
        if migrate.current_revision(database.engine) != migrate.head_revision():
            report.open_failures += 1
            report.problem("opening did not bring the journal to the current format")
        if database.integrity_problems():
            report.integrity_failures += 1
            report.problem("integrity check failed after opening")
        _check_entries(JournalService(database), model, pending, report)
        _check_search_index(database, model, report)
        _check_backups(database, state, report)
    finally:
        database.close()
    return True


def _create_journal(data_dir: Path) -> _State:
    key, journal_id = create_journal(data_dir, passphrase(0))
    return _State(key, journal_id)


def run(kills: int, seed: int, data_dir: Path, progress: bool = False) -> Report:
    """Kill the child ``kills`` times and check after each; returns the counts."""
    if sys.platform == "win32":  # pragma: no cover
        raise RuntimeError("the crash harness needs fork() and SIGKILL (POSIX)")
    rng = random.Random(seed)
    state = _create_journal(data_dir)
    model = Model()
    report = Report()
    started = time.monotonic()
    for round_number in range(kills):
        read_fd, write_fd = os.pipe()
        child_seed = rng.getrandbits(32)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _run_child(data_dir, state.key, state.journal_id, model, child_seed, write_fd)
        os.close(write_fd)
        buffer = bytearray()
        lines = read_lines(read_fd, time.monotonic() + _kill_delay(rng), buffer)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines += read_lines(read_fd, None, buffer)  # whatever was written before it died
        os.close(read_fd)
        report.kills += 1
        pending, was_running = _apply(lines, model, report)
        report.killed_during[
            pending.op if pending else ("between operations" if was_running else "opening")
        ] += 1
        if not _verify(data_dir, model, pending, state, report):
            report.problem("stopped early: every later start would fail the same way")
            break
        if progress and (round_number + 1) % 50 == 0:
            elapsed = time.monotonic() - started
            print(
                f"{round_number + 1} kills, {report.confirmed_saves} confirmed saves, "
                f"{report.lost} lost, {elapsed:.0f} s",
                file=sys.stderr,
            )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--data-dir", help="keep the journal here (default: a temp folder)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    os.umask(0o077)
    temp = None
    if args.data_dir:
        data_dir = Path(args.data_dir)
    else:
        temp = tempfile.mkdtemp(prefix="crash-harness-")
        data_dir = Path(temp) / "journal"
    began = time.monotonic()
    try:
        report = run(args.kills, seed, data_dir, progress=not args.quiet)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    print(
        json.dumps(report.as_json(seed=seed, seconds=round(time.monotonic() - began, 1)), indent=2)
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
