"""The files backups leave and the permissions of everything the journal keeps.

* An unfinished backup copy is removed when the next backup starts (only the journal's one
  writer makes backups, so any found then is a crash's leftover), not left for ten minutes.
* Every open puts owner-only permissions back on the folder, the key file, the database, the
  lock and every backup, and never fails because one chmod did.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.backup import list_backups
from journal_app.store.database import JournalDatabase
from tests.conftest import PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_starts_by_removing_unfinished_copies_however_fresh(
    database: JournalDatabase,
) -> None:
    folder = database.backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    unfinished = folder / ".journal-20260101T090000000000Z-daily.db.partial"
    leftovers = [unfinished, *(Path(f"{unfinished}{s}") for s in ("-wal", "-shm", "-journal"))]
    for path in leftovers:
        path.write_bytes(b"an encrypted copy a crash left")  # written just now
    someone_elses = folder / "notes.partial"
    someone_elses.write_text("not ours")
    JournalService(database).create(EntryDraft(title="Supervision", body="Reflecting."))
    made = database.backup("manual")
    assert [p for p in leftovers if p.exists()] == []
    assert someone_elses.exists()
    assert [b.path for b in list_backups(folder)] == [made.path]


def _journal_with_a_backup(vault: Vault) -> tuple[Path, Path]:
    created = vault.create(PASSPHRASE)
    try:
        backup = created.database.backup("manual")
        folder = created.database.backups_folder()
    finally:
        created.database.close()
    return folder, backup.path


@posix_only
@pytest.mark.parametrize("writer", [True, False], ids=["writer", "reader"])
def test_every_open_puts_owner_only_permissions_back(
    vault: Vault, data_dir: Path, writer: bool
) -> None:
    folder, backup = _journal_with_a_backup(vault)
    kept = folder / "unverified-before-restore-20260101T090000000000"
    kept.mkdir()
    (kept / "journal.db").write_bytes(b"an encrypted copy")
    loosened_files = [
        data_dir / "journal.key",
        data_dir / "journal.db",
        data_dir / "journal.lock",
        backup,
        *(p for p in folder.iterdir() if p.is_file()),
        kept / "journal.db",
    ]
    loosened_folders = [data_dir, folder, kept]
    for path in loosened_files:
        os.chmod(path, 0o644)
    for path in loosened_folders:
        os.chmod(path, 0o755)
    theirs = folder / "my own notes.txt"
    theirs.write_text("the person's own file")
    os.chmod(theirs, 0o644)

    vault.unlock(PASSPHRASE, writer=writer).close()

    assert {str(p): _mode(p) for p in loosened_files} == {str(p): 0o600 for p in loosened_files}
    assert {str(p): _mode(p) for p in loosened_folders} == {
        str(p): 0o700 for p in loosened_folders
    }
    assert _mode(theirs) == 0o644  # not ours: left as the person set it


@posix_only
def test_a_chmod_that_fails_does_not_stop_the_journal_opening(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder, backup = _journal_with_a_backup(vault)
    for path in (data_dir / "journal.key", data_dir / "journal.db", backup):
        os.chmod(path, 0o644)
    real_chmod = os.chmod

    def owned_by_someone_else(path: object, mode: int, **kwargs: object) -> None:
        if Path(str(path)).name == "journal.key":
            raise PermissionError(1, "Operation not permitted")
        real_chmod(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "chmod", owned_by_someone_else)
    database = vault.unlock(PASSPHRASE)
    database.close()
    assert _mode(data_dir / "journal.key") == 0o644  # could not be changed: carried on
    assert _mode(data_dir / "journal.db") == 0o600
    assert _mode(backup) == 0o600
