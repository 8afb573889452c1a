"""The vault: create, unlock, recover and re-key a journal in a data folder.

A journal folder holds ``journal.db`` (SQLCipher), ``journal.key`` (the sealed database key)
and ``journal.lock`` while open. A wrong passphrase is found out from the key file alone, so
it never touches the database and changes no byte of any file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    JournalExistsError,
    JournalNotFoundError,
    WrongPassphraseError,
)
from journal_app.core.passphrase import check_passphrase
from journal_app.services.device_keys import DeviceKeyStatus, DeviceKeyStore
from journal_app.store.files import ensure_private_dir
from journal_app.store.keyfile import KeyFile, read_key_file, write_key_file
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME

if TYPE_CHECKING:
    # Imported where a journal is opened: the database layer brings in SQLAlchemy (~0.5 s),
    # which the unlock dialog must not wait for before it can be shown.
    from journal_app.store.database import JournalDatabase

_WRONG_RECOVERY = "That recovery key does not unlock this journal. Nothing was changed."


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

    def _kdf_params(self) -> keywrap.KdfParams:
        # Looked up at call time so a new passphrase is always calibrated on this machine.
        return (self._kdf_params_factory or keywrap.calibrate)()

    @property
    def key_file_path(self) -> Path:
        return self.data_dir / KEY_FILE_NAME

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    def exists(self) -> bool:
        """Whether a journal (database or key file) is in the folder."""
        return self.key_file_path.exists() or self.database_path.exists()

    def create(self, passphrase: str, confirmation: str | None = None) -> NewJournal:
        """Create a new journal; returns it open, with its recovery key (shown only once)."""
        check_passphrase(passphrase, confirmation)
        if self.exists():
            raise JournalExistsError(f"There is already a journal in {self.data_dir}.")
        ensure_private_dir(self.data_dir)
        journal_id = str(uuid.uuid4())
        database_key = keywrap.new_database_key()
        recovery_raw = keywrap.new_recovery_key()
        key_file = self._seal_for_passphrase_and_recovery(
            journal_id, database_key, passphrase, recovery_raw
        )
        # The key file is written first: a crash before the database exists leaves a folder
        # that says "key file without journal", never a journal nobody can open.
        write_key_file(self.key_file_path, key_file)
        from journal_app.store.database import JournalDatabase

        database = JournalDatabase.create(self.data_dir, database_key, journal_id)
        return NewJournal(database, keywrap.format_recovery_key(recovery_raw))

    def unlock(self, passphrase: str, *, writer: bool = True) -> JournalDatabase:
        """Open the journal with its passphrase."""
        key_file = self._read_key_file()
        database_key = self._unseal_with_passphrase(key_file, passphrase)
        return self._open(key_file, database_key, writer)

    def recover(
        self, recovery_key: str, new_passphrase: str, confirmation: str | None = None
    ) -> JournalDatabase:
        """Set a new passphrase using the recovery key, and open the journal."""
        check_passphrase(new_passphrase, confirmation)
        key_file = self._read_key_file()
        raw = keywrap.parse_recovery_key(recovery_key)
        wrapping = keywrap.derive_recovery_wrapping_key(raw, key_file.recovery_salt)
        aad = keywrap.associated_data(
            key_file.journal_id, "recovery", keywrap.recovery_kdf(key_file.recovery_salt)
        )
        database_key = keywrap.unseal(
            wrapping, key_file.recovery_seal, aad, WrongPassphraseError(_WRONG_RECOVERY)
        )
        database = self._open(key_file, database_key, writer=True)
        try:
            self._write_new_passphrase(key_file, database_key, new_passphrase)
        except Exception:
            database.close()
            raise
        return database

    def change_passphrase(self, old: str, new: str, confirmation: str | None = None) -> None:
        """Re-seal the database key under a new passphrase; the database is not rewritten."""
        check_passphrase(new, confirmation)
        key_file = self._read_key_file()
        database_key = self._unseal_with_passphrase(key_file, old)
        self._write_new_passphrase(key_file, database_key, new)

    def device_status(self) -> DeviceKeyStatus:
        if self._device_keys is None:
            return DeviceKeyStatus(False, "Remembering on this device is switched off.")
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
        self._device_keys.delete(self._read_key_file().journal_id)

    def is_remembered(self) -> bool:
        if self._device_keys is None or not self.key_file_path.exists():
            return False
        return self._device_keys.load(self._read_key_file().journal_id) is not None

    def unlock_from_device(self, *, writer: bool = True) -> JournalDatabase | None:
        """Open with the remembered key, or ``None`` (then ask for the passphrase)."""
        if self._device_keys is None:
            return None
        key_file = self._read_key_file()
        database_key = self._device_keys.load(key_file.journal_id)
        if database_key is None:
            return None
        try:
            return self._open(key_file, database_key, writer)
        except DamagedJournalError:
            # The remembered key no longer opens this journal (restored from elsewhere?):
            # forget it so the passphrase path takes over.
            self._device_keys.delete(key_file.journal_id)
            return None

    # -- internals -------------------------------------------------------------------------

    def ensure_exists(self) -> None:
        """Raise :class:`JournalNotFoundError`, with advice, when the folder has no journal."""
        if not self.exists():
            raise JournalNotFoundError(
                f"There is no journal in {self.data_dir}. Create one first "
                "(open the app, or run 'journal-app init')."
            )

    def _read_key_file(self) -> KeyFile:
        self.ensure_exists()
        key_file = read_key_file(self.key_file_path)
        key_file.kdf.check_floor()
        return key_file

    def _open(self, key_file: KeyFile, database_key: bytes, writer: bool) -> JournalDatabase:
        if not self.database_path.exists():
            raise JournalNotFoundError(
                f"The journal file {DATABASE_NAME} is missing from {self.data_dir}, although "
                "its key file is there. Restore the journal from a backup."
            )
        from journal_app.store.database import JournalDatabase

        return JournalDatabase.open(
            self.data_dir, database_key, key_file.journal_id, writer=writer
        )

    @staticmethod
    def _unseal_with_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
        wrapping = keywrap.derive_passphrase_key(passphrase, key_file.kdf)
        aad = keywrap.associated_data(key_file.journal_id, "passphrase", key_file.kdf.as_json())
        return keywrap.unseal(wrapping, key_file.passphrase_seal, aad, WrongPassphraseError())

    def _seal_for_passphrase_and_recovery(
        self, journal_id: str, database_key: bytes, passphrase: str, recovery_raw: bytes
    ) -> KeyFile:
        params = self._kdf_params()
        wrapping = keywrap.derive_passphrase_key(passphrase, params)
        passphrase_seal = keywrap.seal(
            wrapping,
            database_key,
            keywrap.associated_data(journal_id, "passphrase", params.as_json()),
        )
        recovery_salt = keywrap.new_salt()
        recovery_wrapping = keywrap.derive_recovery_wrapping_key(recovery_raw, recovery_salt)
        recovery_seal = keywrap.seal(
            recovery_wrapping,
            database_key,
            keywrap.associated_data(journal_id, "recovery", keywrap.recovery_kdf(recovery_salt)),
        )
        return KeyFile(journal_id, params, passphrase_seal, recovery_salt, recovery_seal)

    def _write_new_passphrase(
        self, key_file: KeyFile, database_key: bytes, passphrase: str
    ) -> None:
        # A fresh salt and calibration each time; the recovery seal is untouched (it is bound
        # to its own HKDF salt, not to the passphrase's parameters).
        params = self._kdf_params()
        wrapping = keywrap.derive_passphrase_key(passphrase, params)
        sealed = keywrap.seal(
            wrapping,
            database_key,
            keywrap.associated_data(key_file.journal_id, "passphrase", params.as_json()),
        )
        write_key_file(self.key_file_path, key_file.with_passphrase_seal(params, sealed))
