"""Key rotation: "someone may know my passphrase".

Changing the passphrase only re-seals the database key, so anyone who once had the key file
and the old passphrase (or the key itself) could still read the journal and its backups.
Rotation gives the journal a new database key, a new passphrase and a new recovery key, and
re-encrypts (or, if the person agrees, deletes) the backups.

It is safe to kill at any moment. The steps:

a. a verified "pre-rotation" backup, under the old key;
b. the key file sealing the key set [new key, old key] under the new passphrase and the new
   recovery key (so from here the new secrets open files under either key);
c. a copy of the journal re-encrypted under the new key, verified;
d. that copy put in place of the journal (the write-ahead log checkpointed first);
e. each backup re-encrypted the same way (or deleted);
f. the key file sealing only the new key.

Before b the old passphrase opens everything; from b on, the new one does. A writer that
opens the journal and finds two keys in the set finishes the rotation (c-f as needed).
What it cannot do: anyone who already copied the old files keeps what they copied.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core import keywrap
from journal_app.core.errors import DamagedJournalError, JournalError, StorageError
from journal_app.core.passphrase import check_passphrase
from journal_app.store import rekey, sealing
from journal_app.store.backup import list_backups, remove_leftovers
from journal_app.store.files import fsync_dir
from journal_app.store.key_copies import publish_key_file
from journal_app.store.key_lock import key_file_lock
from journal_app.store.locations import DATABASE_NAME
from journal_app.store.sealing import OpenedKeys

if TYPE_CHECKING:
    from journal_app.services.vault import ReadKeyFile, Vault
    from journal_app.store.database import JournalDatabase

#: ``progress(fraction done, stage)``; called from the thread doing the work. The stage is
#: one of the STAGE_* codes below (the app puts them in words, translated).
Progress = Callable[[float, str], None]
STAGE_BACKUP = "backup"  # the verified pre-rotation backup
STAGE_SEAL = "seal"  # the new key, passphrase and recovery key sealed
STAGE_JOURNAL = "journal"  # the journal re-encrypted into a copy and verified
STAGE_SWAP = "swap"  # the copy put in place of the journal
STAGE_BACKUPS = "backups"  # each backup re-encrypted (or deleted)
STAGE_FINISH = "finish"  # the old key dropped from the key file
STAGE_DONE = "done"
PRE_ROTATION = "pre-rotation"
#: said after whatever stopped a key change once the new passphrase is in force
NOT_FINISHED = "key_change.not_finished"
_LIVE_COPY = ".journal.db.rotating"


@dataclass(frozen=True)
class RotationResult:
    """A finished rotation."""

    #: the new recovery key, to show once
    recovery_key: str
    backups_reencrypted: int
    backups_deleted: int
    #: backups that could not be re-encrypted (damaged): they still open only with the old
    #: key, which no key file holds any more
    backups_failed: int


def _no_progress(_fraction: float, _stage: str) -> None:
    return None


def rotate_key(
    vault: Vault,
    database: JournalDatabase,
    current_passphrase: str,
    new_passphrase: str,
    confirmation: str | None = None,
    *,
    delete_backups: bool = False,
    progress: Progress | None = None,
) -> RotationResult:
    """Give the open journal a new database key, passphrase and recovery key.

    ``database`` is the journal open as the writer (it stays open, under the new key).
    With ``delete_backups`` the old backups are deleted instead of re-encrypted. Raises
    :class:`WrongPassphraseError` (nothing changed) when ``current_passphrase`` is wrong.
    """
    check_passphrase(new_passphrase, confirmation)
    # Held throughout: a passphrase change elsewhere waits (and is told why) instead of
    # being overwritten by the end of the rotation.
    with key_file_lock(vault.data_dir):
        return _rotate(
            vault, database, current_passphrase, new_passphrase, delete_backups, progress
        )


def _rotate(
    vault: Vault,
    database: JournalDatabase,
    current_passphrase: str,
    new_passphrase: str,
    delete_backups: bool,
    progress: Progress | None,
) -> RotationResult:
    report = progress or _no_progress
    read = vault.read_key_file()
    opened = sealing.open_with_passphrase(read.key_file, current_passphrase)
    if opened.rotation_unfinished:  # finish the earlier one first: its keys must not be lost
        finish_rotation(vault, database, read, opened, report)
        read = vault.read_key_file()
        opened = sealing.open_with_passphrase(read.key_file, current_passphrase)
    old_key = database.key
    folder = database.backups_folder()
    remembered = _forget_on_device(vault, database.journal_id)
    report(0.0, STAGE_BACKUP)
    database.backup(PRE_ROTATION)  # a. verified, under the old key
    report(0.2, STAGE_SEAL)
    new_key = keywrap.new_database_key()
    recovery_raw = keywrap.new_recovery_key()
    sealed = sealing.seal_new(
        database.journal_id, (new_key, old_key), new_passphrase, vault.kdf_params(), recovery_raw
    )
    vault.write_key_file_locked(read, sealed.key_file, folder)  # b.
    from journal_app.services.vault import ReadKeyFile

    read = ReadKeyFile(sealed.key_file.to_bytes(), sealed.key_file)
    try:
        counts = _complete(vault, database, read, sealed, report, delete_backups)
    except JournalError as error:
        # From here on the new passphrase is the one that opens the journal: say so.
        raise type(error)(NOT_FINISHED, problem=error.message) from None
    if remembered:
        with contextlib.suppress(JournalError):
            vault.remember_on_device(database)
    return RotationResult(keywrap.format_recovery_key(recovery_raw), *counts)


def finish_rotation(
    vault: Vault,
    database: JournalDatabase,
    read: ReadKeyFile,
    opened: OpenedKeys,
    progress: Progress | None = None,
) -> None:
    """Finish a rotation that was interrupted (the key set holds more than one key)."""
    with key_file_lock(vault.data_dir):
        _forget_on_device(vault, database.journal_id)
        _complete(vault, database, read, opened, progress or _no_progress, delete_backups=False)


def _reencrypt_copies_as_they_were(
    folder: Path, old_keys: tuple[bytes, ...], new_key: bytes, journal_id: str, delete: bool
) -> tuple[int, int, int]:
    """The journal copied byte for byte before a restore (``unverified-before-restore-*``):
    re-encrypted like a backup when it still verifies, deleted with the backups when asked,
    else left as it is (a damaged copy cannot be re-encrypted; counted as failed)."""
    done = deleted = failed = 0
    for copy_dir in sorted(folder.glob("unverified-before-restore-*")):
        database = copy_dir / DATABASE_NAME
        if not database.is_file() or rekey.is_under(database, new_key):
            continue
        if delete:
            shutil.rmtree(copy_dir, ignore_errors=True)
            deleted += 1
            continue
        old = next((k for k in old_keys if rekey.is_under(database, k)), None)
        if old is None:
            continue  # another journal's copy: its own key file opens it
        partial = copy_dir / f".{DATABASE_NAME}.partial"
        wal = Path(f"{database}-wal")
        try:
            rekey.copy_file(database, partial)
            if wal.exists():  # its log goes into the copy before it is re-encrypted
                shutil.copyfile(wal, Path(f"{partial}-wal"))
            rekey.rekey_copy(partial, old, new_key, journal_id)
            os.replace(partial, database)
            # Only now: the new file is not in WAL mode, so a leftover log is never read.
            wal.unlink(missing_ok=True)
            fsync_dir(copy_dir)
            done += 1
        except (DamagedJournalError, OSError):
            failed += 1
        finally:
            rekey.remove_copy(partial)
    return done, deleted, failed


def _forget_on_device(vault: Vault, journal_id: str) -> bool:
    """Forget the remembered key (it is about to be the old one); True if there was one."""
    store = vault.device_keys
    if store is None:
        return False
    with contextlib.suppress(Exception):
        if store.load(journal_id) is not None:
            store.delete(journal_id)
            return True
    return False


def _complete(
    vault: Vault,
    database: JournalDatabase,
    read: ReadKeyFile,
    opened: OpenedKeys,
    report: Progress,
    delete_backups: bool,
) -> tuple[int, int, int]:
    """Steps c-f: the journal, then the backups, under the first key of the set."""
    new_key, old_keys = opened.keys[0], opened.keys[1:]
    journal_id = database.journal_id
    copy = vault.data_dir / _LIVE_COPY
    if database.key != new_key:
        report(0.22, STAGE_JOURNAL)
        try:
            rekey.snapshot_live(database.engine, copy)  # c.
            rekey.rekey_copy(copy, database.key, new_key, journal_id)
            report(0.5, STAGE_SWAP)
            database.replace_file(copy, new_key)  # d.
        finally:
            rekey.remove_copy(copy)
    rekey.remove_copy(copy)  # a leftover of an interrupted run
    folder = database.backups_folder()
    remove_leftovers(folder, older_than=0)
    backups = list_backups(folder)
    done = deleted = failed = 0
    for number, backup in enumerate(backups):  # e.
        report(0.52 + 0.45 * number / max(1, len(backups)), STAGE_BACKUPS)
        if delete_backups:
            backup.path.unlink()
            deleted += 1
            continue
        if rekey.is_under(backup.path, new_key):
            continue
        old = next((k for k in old_keys if rekey.is_under(backup.path, k)), None)
        if old is None:
            failed += 1  # another journal's, or damaged: left alone
            continue
        partial = backup.path.with_name(f".{backup.path.name}.partial")
        try:
            rekey.copy_file(backup.path, partial)
            rekey.rekey_copy(partial, old, new_key, journal_id)
            os.replace(partial, backup.path)
            fsync_dir(folder)
            done += 1
        except DamagedJournalError:
            failed += 1
        except OSError as exc:
            raise StorageError(
                "key_change.backup_not_reencrypted", reason=exc.strerror or exc
            ) from None
        finally:
            rekey.remove_copy(partial)
    as_it_was = _reencrypt_copies_as_they_were(
        folder, old_keys, new_key, journal_id, delete_backups
    )
    done, deleted, failed = done + as_it_was[0], deleted + as_it_was[1], failed + as_it_was[2]
    report(0.97, STAGE_FINISH)
    final = sealing.reseal_key_set(opened, (new_key,))  # f.
    with key_file_lock(vault.data_dir):  # held by the caller already: re-entered
        vault.write_key_file_locked(read, final.key_file, folder)
        publish_key_file(vault.key_file_path, folder, journal_id)
    report(1.0, STAGE_DONE)
    return done, deleted, failed
