"""Flip single bytes in a backup: a damaged backup is never restored, and the journal stays.

Run on its own::

    python -m tests.reliability.backup_flip_harness --flips 300

A journal of fictional reflections is written, a verified backup of it made, and the journal
closed. For each trial the pristine backup is put back and one byte at a random offset in it
is XORed with a random non-zero value. Then:

* ``verify_database`` (SQLite's ``integrity_check`` and SQLCipher's ``cipher_integrity_check``,
  what a backup must pass before it counts and what ``journal-app check`` re-runs on backups)
  must report damage, and
* a restore of that backup (:meth:`BackupService.restore`, what ``journal-app restore`` and
  the app's Restore run) must refuse it with :class:`DamagedJournalError` and leave every
  file of the journal byte for byte as it was.

A trial ends in ``detected`` (both hold), ``harmless_identical`` (the flip changed nothing
the checks or a restore could see, and a restore brought back exactly the journal's
reflections; not expected with SQLCipher's per-page HMAC), ``restored_damaged`` or
``journal_changed`` (each must be 0).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.errors import DamagedJournalError, JournalError
from journal_app.services.backups import BackupService
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.backup import verify_database
from journal_app.store.database import JournalDatabase
from tests.reliability._support import (
    create_journal,
    differences,
    draft_for,
    fast_kdf,
    file_snapshot,
    region_of,
)

PASSPHRASE = "backup flip harness passphrase"
ENTRY_IDS = tuple(f"{n:08d}-cccc-4ccc-8ccc-{n:012d}" for n in range(1, 31))


@dataclass
class Report:
    flips: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return not (
            self.outcomes["restored_damaged"]
            or self.outcomes["journal_changed"]
            or self.outcomes["not_reported_by_check"]
            or self.problems
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "flips": self.flips,
            "outcomes": dict(self.outcomes),
            "regions": dict(self.regions),
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


@dataclass(frozen=True)
class _Setup:
    journal: Path
    backup: Path
    pristine_backup: bytes
    key: bytes
    journal_id: str


def _prepare(root: Path) -> _Setup:
    def fill(journal: JournalService) -> None:
        for entry_id in ENTRY_IDS:
            journal.create(draft_for(entry_id, 1), entry_id=entry_id)

    journal_dir = root / "journal"
    key, journal_id = create_journal(journal_dir, PASSPHRASE, fill)
    database = JournalDatabase.open(journal_dir, key, journal_id, writer=True)
    try:
        backup = database.backup("manual").path
    finally:
        database.close()
    return _Setup(journal_dir, backup, backup.read_bytes(), key, journal_id)


def _flip(setup: _Setup, rng: random.Random) -> int:
    data = bytearray(setup.pristine_backup)
    offset = rng.randrange(len(data))
    data[offset] ^= rng.randrange(1, 256)
    setup.backup.write_bytes(bytes(data))
    return offset


def _restore_refused(setup: _Setup) -> bool | None:
    """True: refused as damage; False: it was restored; None: refused for another reason."""
    vault = Vault(setup.journal, kdf_params=fast_kdf)
    try:
        restored = BackupService().restore(vault, setup.backup, passphrase=PASSPHRASE)
    except DamagedJournalError:
        return True
    except JournalError:
        return None
    restored.database.close()
    return False


def _reads_back_exactly(setup: _Setup) -> bool:
    database = JournalDatabase.open(setup.journal, setup.key, setup.journal_id, writer=False)
    try:
        journal = JournalService(database)
        stored = {entry.id: entry for entry in journal.entries()}
    finally:
        database.close()
    return set(stored) == set(ENTRY_IDS) and not any(
        differences(stored[i], draft_for(i, 1)) for i in ENTRY_IDS
    )


def _trial(setup: _Setup, rng: random.Random, report: Report) -> None:
    offset = _flip(setup, rng)
    report.flips += 1
    report.regions[region_of(offset)] += 1
    reported = bool(verify_database(setup.backup, setup.key))
    before = file_snapshot(setup.journal)
    refused = _restore_refused(setup)
    if refused is None:
        report.problem(f"offset {offset}: the restore failed, but not as damage")
        return
    if refused:
        if file_snapshot(setup.journal) != before:
            report.outcomes["journal_changed"] += 1
            report.problem(f"offset {offset}: a refused restore changed the journal's files")
        else:
            report.outcomes["detected" if reported else "not_reported_by_check"] += 1
        return
    # Restored: only acceptable if nothing read differs (and then the journal must be intact).
    if _reads_back_exactly(setup) and not reported:
        report.outcomes["harmless_identical"] += 1
    else:
        report.outcomes["restored_damaged"] += 1
        report.problem(f"offset {offset}: a damaged backup was restored")
    # Put the journal back as it was for the next trial.
    for name in ("journal.db", "journal.key"):
        (setup.journal / name).write_bytes(before[name])
    for companion in ("journal.db-wal", "journal.db-shm"):
        (setup.journal / companion).unlink(missing_ok=True)


def run(flips: int, seed: int, root: Path) -> Report:
    rng = random.Random(seed)
    setup = _prepare(root)
    report = Report()
    for _ in range(flips):
        _trial(setup, rng, report)
        # Restore keeps a "pre-restore" safety copy only when it goes ahead; refused ones
        # leave none, but clear the folder of anything but the backup to keep trials equal.
        for path in setup.backup.parent.iterdir():
            if path != setup.backup and path.suffix == ".db" and "pre-restore" in path.name:
                path.unlink()
            elif path.is_dir():
                shutil.rmtree(path)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flips", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="backup-flip-") as folder:
        report = run(args.flips, seed, Path(folder))
    print(
        json.dumps(
            report.as_json(seed=seed, seconds=round(time.monotonic() - started, 1)), indent=2
        )
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
