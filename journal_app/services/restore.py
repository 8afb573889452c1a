"""Putting a backup back in place of the journal.

:func:`restore_backup` (reached through :meth:`BackupService.restore
<journal_app.services.backups.BackupService.restore>`) puts a chosen backup in place of the
journal. The journal as it was is backed up first, the chosen copy is verified before and
after it goes in place, and if anything fails the original files are put back, so a failed
restore leaves the journal exactly as it was. Making, checking and listing backups is
:mod:`journal_app.services.backups`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalError,
    JournalInUseError,
    StorageError,
    WrongPassphraseError,
)
from journal_app.services.vault import Vault
from journal_app.store import rekey, sealing
from journal_app.store.backup import UNVERIFIED_COPY_PREFIX, make_backup
from journal_app.store.database import JournalDatabase
from journal_app.store.engine import make_engine
from journal_app.store.files import ensure_private_dir, fsync_dir, make_private, write_atomic
from journal_app.store.instance_lock import InstanceLock
from journal_app.store.key_copies import backups_folder_of
from journal_app.store.keyfile import KeyFile, parse_key_file
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME, LOCK_FILE_NAME

_COMPANIONS = ("-wal", "-shm", "-journal")
_ASIDE_PREFIX = ".restore-"


@dataclass(frozen=True)
class RestoredJournal:
    """A restore that succeeded: the journal is open again, as the backup had it."""

    database: JournalDatabase
    restored_from: Path
    #: where the journal as it was just before is kept (None: there was no journal)
    safety_backup: Path | None
    #: False when the journal was damaged and could only be copied as it was, unverified
    safety_backup_verified: bool
    #: True when the backup's key file came too (the backup is of another journal, or the
    #: journal's own key file was missing or damaged): the journal now opens with the
    #: passphrase (or recovery key) that opened that key file
    key_file_replaced: bool


@dataclass(frozen=True)
class _Key:
    key: bytes
    journal_id: str
    #: every key of the journal's key set (more than one only while a rotation finishes)
    keys: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class _Chosen:
    key: bytes
    journal_id: str
    key_file_bytes: bytes | None  # None: keep the key file already in the folder


def restore_backup(
    target: JournalDatabase | Vault,
    backup_path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    clock: Callable[[], datetime],
) -> RestoredJournal:
    """Put the backup at ``backup_path`` in place of the journal and open it.

    ``target`` is the open journal (its key checks the backup, and it is closed and
    reopened; no session may be open meanwhile) or, when the journal is closed, missing
    or damaged, its :class:`Vault`. The passphrase or recovery key is needed only when
    the journal's own key cannot check the backup: the backup's key file (beside it,
    same name, ``.key``) is then opened with it and travels with the backup.

    Nothing changes unless the backup verifies. Then the journal as it was is backed up
    ("pre-restore"), the backup is copied in (temporary file, fsync, ``os.replace``) and
    verified again in place; any failure puts the original files back.
    """
    backup_path = Path(backup_path)
    data_dir = target.data_dir
    _check_backup_file(backup_path, data_dir)
    if isinstance(target, JournalDatabase):
        current: _Key | None = _Key(target.key, target.journal_id, (target.key,))
        lock: InstanceLock | None = None
    else:
        ensure_private_dir(data_dir)
        lock = InstanceLock(data_dir / LOCK_FILE_NAME)
        lock.acquire()  # JournalInUseError when the app has it open: nothing changed
        current = _current_key(data_dir, passphrase, recovery_key)
    try:
        _remove_stale_asides(data_dir)
        with _staged_copy(backup_path, data_dir) as staged:
            chosen = _verify_candidate(
                staged, backup_path, data_dir, current, passphrase, recovery_key
            )
            replaces_key_file = chosen.key_file_bytes is not None
            safety, verified = _safety_backup(
                target, data_dir, current, clock(), replaces_key_file
            )
            if isinstance(target, JournalDatabase):
                target.close()
                lock = InstanceLock(data_dir / LOCK_FILE_NAME)
                try:
                    lock.acquire()
                except JournalInUseError:
                    lock = None
                    raise JournalInUseError("restore.opened_meanwhile") from None
            # The key file is set aside only when it is to be replaced: a copy of it
            # would otherwise outlive a later passphrase change.
            aside = _Aside(data_dir, with_key_file=replaces_key_file)
            aside.keep_originals()
            try:
                _put_in_place(staged, data_dir, chosen)
            except BaseException:
                aside.put_back()
                raise
    finally:
        if lock is not None:
            lock.release()
    try:
        database = JournalDatabase.open(data_dir, chosen.key, chosen.journal_id, writer=True)
    except JournalInUseError:
        aside.discard()  # the restore itself is complete and verified
        raise JournalInUseError("restore.opened_first") from None
    except JournalError as error:
        # Verified but not usable here (e.g. from a newer version of the app): put the
        # journal back as it was, under the lock again.
        with _held(data_dir):
            aside.put_back()
        kind = DamagedJournalError if isinstance(error, DamagedJournalError) else StorageError
        raise kind("restore.undone", problem=error.message) from None
    aside.discard()
    return RestoredJournal(
        database=database,
        restored_from=backup_path,
        safety_backup=safety,
        safety_backup_verified=verified,
        key_file_replaced=chosen.key_file_bytes is not None,
    )


# -- its parts ---------------------------------------------------------------------


def _check_backup_file(backup_path: Path, data_dir: Path) -> None:
    if not backup_path.is_file():
        raise InvalidInputError("restore.no_backup_file", path=backup_path)
    live = data_dir / DATABASE_NAME
    if live.exists() and backup_path.resolve() == live.resolve():
        raise InvalidInputError("restore.is_the_journal")


@contextlib.contextmanager
def _held(data_dir: Path) -> Iterator[None]:
    lock = InstanceLock(data_dir / LOCK_FILE_NAME)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _read_key_file(path: Path) -> KeyFile | None:
    try:
        return parse_key_file(path.read_bytes(), path.name)
    except (OSError, DamagedJournalError):
        return None


def _unseal(
    key_file: KeyFile, passphrase: str | None, recovery_key: str | None
) -> tuple[bytes, ...] | None:
    """The database keys sealed in ``key_file``, if the passphrase or recovery key opens it."""
    key_file.kdf.check_floor()  # lowered parameters: tampering, refused as damage
    if passphrase:
        with contextlib.suppress(WrongPassphraseError):
            return sealing.open_with_passphrase(key_file, passphrase).keys
    if recovery_key:
        with contextlib.suppress(WrongPassphraseError):
            opened = sealing.open_with_recovery_key(key_file, recovery_key, WrongPassphraseError())
            return opened.keys
    return None


def _current_key(data_dir: Path, passphrase: str | None, recovery_key: str | None) -> _Key | None:
    """The closed journal's own key, if its key file is readable and the secret opens it."""
    key_file = _read_key_file(data_dir / KEY_FILE_NAME)
    if key_file is None:
        return None
    try:
        keys = _unseal(key_file, passphrase, recovery_key)
    except DamagedJournalError:
        return None
    if keys is None:
        return None
    live = data_dir / DATABASE_NAME
    # During an unfinished rotation the journal may still be under the older key.
    key = next((k for k in keys if rekey.is_under(live, k)), keys[0])
    return _Key(key, key_file.journal_id, keys)


@contextlib.contextmanager
def _staged_copy(backup_path: Path, data_dir: Path) -> Iterator[Path]:
    """The backup copied beside the journal (same filesystem, so it can be renamed in)."""
    fd, name = tempfile.mkstemp(prefix=f"{_ASIDE_PREFIX}incoming-", suffix=".db", dir=data_dir)
    staged = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as out, backup_path.open("rb") as source:
                shutil.copyfileobj(source, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise StorageError(
                "restore.not_copied", folder=data_dir, reason=exc.strerror or exc
            ) from None
        make_private(staged)
        yield staged
    finally:
        for path in (staged, *(Path(f"{staged}{s}") for s in _COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _verify_candidate(
    staged: Path,
    backup_path: Path,
    data_dir: Path,
    current: _Key | None,
    passphrase: str | None,
    recovery_key: str | None,
) -> _Chosen:
    """Which key opens the backup, and whether its key file must come too. Changes nothing.

    The key file that goes with a backup is the backups folder's copy of the journal's
    current one (``journal.key`` beside it), or, for a backup made by an older version of the
    app, its own (same name, ``.key``).
    """
    if current is not None:
        for key in (current.key, *current.keys):
            if rekey.opens_as(staged, key, current.journal_id):
                return _Chosen(key, current.journal_id, None)
    own = backup_path.with_suffix(".key")
    key_path = own if own.exists() else backup_path.parent / KEY_FILE_NAME
    try:
        raw = key_path.read_bytes()
    except FileNotFoundError:
        raise DamagedJournalError(
            "restore.no_key_file_beside", name=backup_path.name, key_file=KEY_FILE_NAME
        ) from None
    except OSError as exc:
        raise StorageError(
            "restore.key_file_unreadable", name=key_path.name, reason=exc.strerror
        ) from None
    backup_keys = parse_key_file(raw, key_path.name)
    if current is not None and backup_keys.journal_id == current.journal_id:
        # Same journal, so the same database key: the journal's key already failed on it.
        raise DamagedJournalError("restore.backup_damaged", name=backup_path.name)
    if not passphrase and not recovery_key:
        raise InvalidInputError("restore.secret_needed")
    keys = _unseal(backup_keys, passphrase, recovery_key)
    if keys is None:
        raise WrongPassphraseError("restore.wrong_secret", name=key_path.name)
    found = next((k for k in keys if rekey.opens_as(staged, k, backup_keys.journal_id)), None)
    if found is None:
        raise DamagedJournalError("restore.backup_damaged_or_other", name=backup_path.name)
    # Keep the folder's own key file when it belongs to the same journal (same database key):
    # the journal then keeps opening with today's passphrase.
    here = _read_key_file(data_dir / KEY_FILE_NAME)
    if here is not None and here.journal_id == backup_keys.journal_id:
        return _Chosen(found, backup_keys.journal_id, None)
    return _Chosen(found, backup_keys.journal_id, raw)


def _backups_folder(data_dir: Path, key: bytes | None) -> Path:
    if key is None:
        return data_dir / "backups"
    return backups_folder_of(data_dir, data_dir / DATABASE_NAME, key)


def _safety_backup(
    target: JournalDatabase | Vault,
    data_dir: Path,
    current: _Key | None,
    now: datetime,
    with_key_file: bool,
) -> tuple[Path | None, bool]:
    """Back up the journal as it is; a damaged one is copied as it is instead."""
    live = data_dir / DATABASE_NAME
    if not live.exists():
        return None, True
    # Not rotated: rotation could delete the very backup being restored.
    key_path = data_dir / KEY_FILE_NAME
    if isinstance(target, JournalDatabase):
        folder = target.backups_folder()
        with contextlib.suppress(DamagedJournalError, StorageError):
            info = make_backup(target.engine, target.key, key_path, folder, "pre-restore")
            return info.path, True
    else:
        folder = _backups_folder(data_dir, None if current is None else current.key)
        if current is not None and key_path.exists():
            engine = make_engine(live, current.key)
            try:
                info = make_backup(engine, current.key, key_path, folder, "pre-restore")
                return info.path, True
            except (DamagedJournalError, StorageError):
                pass
            finally:
                engine.dispose()
    return _copy_as_it_is(data_dir, folder, now, with_key_file), False


def _copy_as_it_is(data_dir: Path, folder: Path, now: datetime, with_key_file: bool) -> Path:
    """Copy the journal's files byte for byte (they stay encrypted) into ``folder``.

    The key file is copied only when the restore replaces it (the copy would otherwise be
    lost); when it stays, it opens the copy as it is, and a copy of it would keep opening
    the journal with today's passphrase after a later change.
    """
    destination = folder / f"{UNVERIFIED_COPY_PREFIX}{now:%Y%m%dT%H%M%S%f}"
    ensure_private_dir(destination)
    names = [DATABASE_NAME, f"{DATABASE_NAME}-wal"] + ([KEY_FILE_NAME] if with_key_file else [])
    try:
        for name in names:
            source = data_dir / name
            if source.exists():
                shutil.copyfile(source, destination / name)
                make_private(destination / name)
        fsync_dir(destination)
    except OSError as exc:
        raise StorageError(
            "restore.safety_copy_failed", destination=destination, reason=exc.strerror or exc
        ) from None
    return destination


class _Aside:
    """The journal's own files, kept until the restored journal is open, to put back."""

    def __init__(self, data_dir: Path, with_key_file: bool = True) -> None:
        self._data_dir = data_dir
        names = (DATABASE_NAME, f"{DATABASE_NAME}-wal")
        self._names = (*names, KEY_FILE_NAME) if with_key_file else names
        self._kept: list[str] = []

    def _aside(self, name: str) -> Path:
        return self._data_dir / f"{_ASIDE_PREFIX}{name}"

    def keep_originals(self) -> None:
        try:
            for name in self._names:
                source = self._data_dir / name
                if source.exists():
                    _copy_durably(source, self._aside(name))
                    self._kept.append(name)
            fsync_dir(self._data_dir)
        except OSError as exc:
            self.discard()
            raise StorageError("restore.not_set_aside", reason=exc.strerror or exc) from None

    def put_back(self) -> None:
        """Every original file back as it was; files the journal did not have removed."""
        for name in self._names:
            live = self._data_dir / name
            if name in self._kept:
                os.replace(self._aside(name), live)
            else:  # the journal had no such file before the restore
                with contextlib.suppress(FileNotFoundError):
                    live.unlink()
        with contextlib.suppress(FileNotFoundError):
            (self._data_dir / f"{DATABASE_NAME}-shm").unlink()
        fsync_dir(self._data_dir)
        self._kept = []

    def discard(self) -> None:
        for name in self._names:
            with contextlib.suppress(FileNotFoundError):
                self._aside(name).unlink()
        self._kept = []


def _copy_durably(source: Path, destination: Path) -> None:
    """Copy in chunks (a journal can be large) to an owner-only file, and fsync it."""
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
        shutil.copyfileobj(handle, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _remove_stale_asides(data_dir: Path) -> None:
    """Leftovers of a restore interrupted by a crash (encrypted copies; never read again)."""
    for path in data_dir.glob(f"{_ASIDE_PREFIX}*"):
        with contextlib.suppress(OSError):
            path.unlink()


def _put_in_place(staged: Path, data_dir: Path, chosen: _Chosen) -> None:
    """Swap the verified copy in, then verify it again where it now lives."""
    live = data_dir / DATABASE_NAME
    try:
        # The old journal's write-ahead log must not be replayed into the restored file.
        for suffix in _COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{live}{suffix}").unlink()
        if chosen.key_file_bytes is not None:
            write_atomic(data_dir / KEY_FILE_NAME, chosen.key_file_bytes)
        os.replace(staged, live)
        fsync_dir(data_dir)
    except OSError as exc:
        raise StorageError("restore.not_put_in_place", reason=exc.strerror or exc) from None
    if not rekey.opens_as(live, chosen.key, chosen.journal_id):
        raise DamagedJournalError("restore.failed_checks_in_place")
