"""The vault: create, unlock, recover and re-key a journal in a data folder.

A journal folder holds ``journal.db`` (SQLCipher), ``journal.key`` (the sealed database key)
and ``journal.lock`` while open. A wrong passphrase is found out from the key file alone, so
it never touches the database and changes no byte of any file.

Every change to the key file (new passphrase, recovery, new recovery key, key rotation) is
made under the key lock (:mod:`journal_app.store.key_lock`) and only if the key file is still
the one the secret was checked against; then the copy of it in the backups folder is brought
in step (:mod:`journal_app.store.key_copies`), so no file there opens the journal with a
passphrase or recovery key it no longer has.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    JournalError,
    JournalExistsError,
    JournalInUseError,
    JournalNotFoundError,
    WrongPassphraseError,
)
from journal_app.core.messages import Message
from journal_app.core.passphrase import check_passphrase
from journal_app.services.device_keys import DeviceKeyStatus, DeviceKeyStore
from journal_app.store import sealing
from journal_app.store.files import ensure_private_dir
from journal_app.store.key_copies import backups_folder_of, publish_key_file
from journal_app.store.key_lock import key_file_lock
from journal_app.store.keyfile import KeyFile, parse_key_file, read_key_file_bytes, write_key_file
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME
from journal_app.store.sealing import OpenedKeys

if TYPE_CHECKING:
    # Imported where a journal is opened: the database layer brings in SQLAlchemy (~0.5 s),
    # which the unlock dialog must not wait for before it can be shown.
    from journal_app.store.database import JournalDatabase

_WRONG_RECOVERY = "recovery_key.wrong"
LOST_RACE = Message("passphrase.lost_race")


@dataclass(frozen=True)
class ReadKeyFile:
    """The key file as read: its bytes (to notice a change by someone else) and contents."""

    raw: bytes
    key_file: KeyFile


@dataclass(frozen=True)
class NewJournal:
    """A journal just created: open, with the recovery key to show once."""

    database: JournalDatabase
    recovery_key: str


class Vault:
    """Key management for the journal in ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        device_keys: DeviceKeyStore | None = None,
        kdf_params: Callable[[], keywrap.KdfParams] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._device_keys = device_keys
        self._kdf_params_factory = kdf_params

    def kdf_params(self) -> keywrap.KdfParams:
        """Argon2id parameters for a new passphrase seal."""
        # Looked up at call time so a new passphrase is always calibrated on this machine.
        return (self._kdf_params_factory or keywrap.calibrate)()

    @property
    def key_file_path(self) -> Path:
        return self.data_dir / KEY_FILE_NAME

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def device_keys(self) -> DeviceKeyStore | None:
        return self._device_keys

    def exists(self) -> bool:
        """Whether a journal (database or key file) is in the folder."""
        return self.key_file_path.exists() or self.database_path.exists()

    def create(self, passphrase: str, confirmation: str | None = None) -> NewJournal:
        """Create a new journal; returns it open, with its recovery key (shown only once)."""
        check_passphrase(passphrase, confirmation)
        if self.exists():
            raise JournalExistsError("journal.exists", folder=self.data_dir)
        ensure_private_dir(self.data_dir)
        journal_id = str(uuid.uuid4())
        database_key = keywrap.new_database_key()
        recovery_raw = keywrap.new_recovery_key()
        opened = sealing.seal_new(
            journal_id, (database_key,), passphrase, self.kdf_params(), recovery_raw
        )
        # The key file is written first: a crash before the database exists leaves a folder
        # that says "key file without journal", never a journal nobody can open.
        write_key_file(self.key_file_path, opened.key_file)
        from journal_app.store.database import JournalDatabase

        database = JournalDatabase.create(self.data_dir, database_key, journal_id)
        return NewJournal(database, keywrap.format_recovery_key(recovery_raw))

    def unlock(self, passphrase: str, *, writer: bool = True) -> JournalDatabase:
        """Open the journal with its passphrase.

        A writer also finishes a key rotation that was interrupted, and brings the copies of
        the key file in the backups folder in step.
        """
        read = self.read_key_file()
        opened = sealing.open_with_passphrase(read.key_file, passphrase)
        return self._open_and_tidy(read, opened, writer)

    def recover(
        self, recovery_key: str, new_passphrase: str, confirmation: str | None = None
    ) -> JournalDatabase:
        """Set a new passphrase using the recovery key, and open the journal."""
        check_passphrase(new_passphrase, confirmation)
        read = self.read_key_file()
        opened = self.open_with_recovery_key(read, recovery_key)
        database = self.open_keys(opened, writer=True)
        try:
            new_file = sealing.reseal_passphrase(opened, new_passphrase, self.kdf_params())
            self.commit_key_file(read, new_file, opened.keys)
            read = ReadKeyFile(new_file.to_bytes(), new_file)
            opened = replace(opened, key_file=new_file)
            if opened.rotation_unfinished:
                self._finish_rotation(database, read, opened)
            self._tidy(database)
        except Exception:
            database.close()
            raise
        return database

    def change_passphrase(self, old: str, new: str, confirmation: str | None = None) -> None:
        """Re-seal the keys under a new passphrase; the database is not rewritten.

        Raises :class:`JournalInUseError` (nothing changed) when another window or command
        changed the key file meanwhile: only one of two changes at once can win.
        """
        check_passphrase(new, confirmation)
        read = self.read_key_file()
        opened = sealing.open_with_passphrase(read.key_file, old)
        new_file = sealing.reseal_passphrase(opened, new, self.kdf_params())
        self.commit_key_file(read, new_file, opened.keys)

    def new_recovery_key(self, passphrase: str) -> str:
        """Seal the keys under a new recovery key and return it (show it once).

        The old recovery key then opens no key file in the data or backups folders. The
        passphrase stays the same (sealed afresh, with a new salt).
        """
        read = self.read_key_file()
        opened = sealing.open_with_passphrase(read.key_file, passphrase)
        recovery_raw = keywrap.new_recovery_key()
        fresh = sealing.seal_new(
            read.key_file.journal_id, opened.keys, passphrase, self.kdf_params(), recovery_raw
        )
        self.commit_key_file(read, fresh.key_file, opened.keys)
        return keywrap.format_recovery_key(recovery_raw)

    def device_status(self) -> DeviceKeyStatus:
        if self._device_keys is None:
            return DeviceKeyStatus(False, Message("keyring.switched_off"))
        return self._device_keys.status()

    def remember_on_device(self, database: JournalDatabase) -> None:
        """Keep the database key in the OS keyring so this device opens without a passphrase."""
        if self._device_keys is None:
            self.device_status()
            return
        self._device_keys.save(database.journal_id, database.key)

    def forget_on_device(self) -> None:
        if self._device_keys is None or not self.key_file_path.exists():
            return
        self._device_keys.delete(self.read_key_file().key_file.journal_id)

    def is_remembered(self) -> bool:
        if self._device_keys is None or not self.key_file_path.exists():
            return False
        return self._device_keys.load(self.read_key_file().key_file.journal_id) is not None

    def unlock_from_device(self, *, writer: bool = True) -> JournalDatabase | None:
        """Open with the remembered key, or ``None`` (then ask for the passphrase)."""
        if self._device_keys is None:
            return None
        key_file = self.read_key_file().key_file
        database_key = self._device_keys.load(key_file.journal_id)
        if database_key is None:
            return None
        try:
            database = self._open(key_file, database_key, writer)
        except DamagedJournalError:
            # The remembered key no longer opens this journal (restored from elsewhere?):
            # forget it so the passphrase path takes over.
            self._device_keys.delete(key_file.journal_id)
            return None
        if writer:
            self._tidy(database)
        return database

    # -- for the key rotation and restore ----------------------------------------------------

    def ensure_exists(self) -> None:
        """Raise :class:`JournalNotFoundError`, with advice, when the folder has no journal."""
        if not self.exists():
            raise JournalNotFoundError("journal.none_here", folder=self.data_dir)

    def read_key_file(self) -> ReadKeyFile:
        """The key file's bytes and contents (damage and tampering refused in words)."""
        self.ensure_exists()
        raw = read_key_file_bytes(self.key_file_path)
        key_file = parse_key_file(raw, self.key_file_path.name)
        key_file.kdf.check_floor()
        return ReadKeyFile(raw, key_file)

    def open_with_recovery_key(self, read: ReadKeyFile, recovery_key: str) -> OpenedKeys:
        raw = keywrap.parse_recovery_key(recovery_key)
        return sealing.open_with_recovery(
            read.key_file, raw, WrongPassphraseError(_WRONG_RECOVERY)
        )

    def open_keys(self, opened: OpenedKeys, writer: bool) -> JournalDatabase:
        """Open the journal with whichever key of the set it is under (during a rotation,
        the journal may still be under the older key)."""
        first: DamagedJournalError | None = None
        for key in opened.keys:
            try:
                return self._open(opened.key_file, key, writer)
            except DamagedJournalError as error:
                first = first or error
        assert first is not None
        raise first

    def commit_key_file(
        self, read: ReadKeyFile, new_file: KeyFile, keys: tuple[bytes, ...]
    ) -> None:
        """Write ``new_file`` if the key file is still ``read``; else nobody's change is lost
        and :class:`JournalInUseError` says this one lost. Then the copies follow."""
        folder = self.backups_folder(keys)
        with key_file_lock(self.data_dir):
            self.write_key_file_locked(read, new_file, folder)

    def write_key_file_locked(self, read: ReadKeyFile, new_file: KeyFile, folder: Path) -> None:
        """:meth:`commit_key_file` for a caller already holding the key lock."""
        try:
            now = self.key_file_path.read_bytes()
        except OSError:
            now = b""
        if now != read.raw:
            raise JournalInUseError(LOST_RACE)
        write_key_file(self.key_file_path, new_file)
        # Best effort: a backups folder on a drive that is not plugged in cannot be brought
        # in step now; the next backup or open does it.
        with contextlib.suppress(JournalError, OSError):
            publish_key_file(self.key_file_path, folder, new_file.journal_id)

    def backups_folder(self, keys: tuple[bytes, ...]) -> Path:
        """The journal's backups folder, read from its settings with one of ``keys``."""
        for key in keys:
            folder = backups_folder_of(self.data_dir, self.database_path, key)
            if folder != self.data_dir / "backups":
                return folder
        return self.data_dir / "backups"

    # -- internals -------------------------------------------------------------------------

    def _open_and_tidy(
        self, read: ReadKeyFile, opened: OpenedKeys, writer: bool
    ) -> JournalDatabase:
        database = self.open_keys(opened, writer)
        if not writer:
            return database
        try:
            if opened.rotation_unfinished:
                self._finish_rotation(database, read, opened)
            self._tidy(database)
        except Exception:
            database.close()
            raise
        return database

    def _finish_rotation(
        self, database: JournalDatabase, read: ReadKeyFile, opened: OpenedKeys
    ) -> None:
        from journal_app.services.key_rotation import finish_rotation

        finish_rotation(self, database, read, opened)

    def _tidy(self, database: JournalDatabase) -> None:
        """Bring the key file's copies in step (best effort: opening never fails for it)."""
        with contextlib.suppress(JournalError, OSError), key_file_lock(self.data_dir, 2.0):
            publish_key_file(self.key_file_path, database.backups_folder(), database.journal_id)

    def _open(self, key_file: KeyFile, database_key: bytes, writer: bool) -> JournalDatabase:
        if not self.database_path.exists():
            raise JournalNotFoundError(
                "journal.file_missing", name=DATABASE_NAME, folder=self.data_dir
            )
        from journal_app.store.database import JournalDatabase

        return JournalDatabase.open(
            self.data_dir, database_key, key_file.journal_id, writer=writer
        )

    def _read_key_file(self) -> KeyFile:
        return self.read_key_file().key_file

    @staticmethod
    def _unseal_with_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
        """The current database key (kept for the unlock benchmark)."""
        return sealing.open_with_passphrase(key_file, passphrase).current
