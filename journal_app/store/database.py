"""An open, unlocked journal database: engine, sessions, migrations and settings."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from journal_app.core.errors import DamagedJournalError, JournalError, StorageError
from journal_app.store import migrate
from journal_app.store.backup import BackupInfo, make_backup, rotate, verify_database
from journal_app.store.engine import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    LOCK_FILE_NAME,
    damaged_error,
    make_engine,
    verify_readable,
)
from journal_app.store.files import create_private_file, make_private
from journal_app.store.instance_lock import InstanceLock
from journal_app.store.tables import SettingRow

JOURNAL_ID_SETTING = "journal_id"
BACKUPS_FOLDER_SETTING = "backups_folder"


class JournalDatabase:
    """The journal's encrypted database while it is unlocked.

    Holds the database key only as long as it is open; :meth:`close` disposes every pooled
    connection and drops the key.
    """

    def __init__(
        self, data_dir: Path, key: bytes, journal_id: str, *, writer: bool = True
    ) -> None:
        self.data_dir = data_dir
        self.journal_id = journal_id
        self._key: bytes | None = key
        self._lock = InstanceLock(data_dir / LOCK_FILE_NAME)
        if writer:
            self._lock.acquire()
        try:
            self.engine: Engine = make_engine(self.path, key)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        except Exception:
            self._lock.release()
            raise

    @property
    def path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE_NAME

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise DamagedJournalError("The journal is locked.")
        return self._key

    @classmethod
    def create(cls, data_dir: Path, key: bytes, journal_id: str) -> JournalDatabase:
        """Create a brand-new journal: the schema comes from the migrations."""
        create_private_file(data_dir / DATABASE_NAME)
        database = cls(data_dir, key, journal_id)
        try:
            migrate.migrate(database.engine)
            database.set_setting(JOURNAL_ID_SETTING, journal_id)
            database.protect_files()
        except Exception:
            database.close()
            raise
        return database

    @classmethod
    def open(
        cls, data_dir: Path, key: bytes, journal_id: str, *, writer: bool = True
    ) -> JournalDatabase:
        """Open an existing journal, check it belongs to the key file, and upgrade it."""
        database = cls(data_dir, key, journal_id, writer=writer)
        try:
            verify_readable(database.engine)
            stored_id = database.get_setting(JOURNAL_ID_SETTING)
            if stored_id is not None and stored_id != journal_id:
                raise DamagedJournalError(
                    "The key file in this folder belongs to a different journal. Put the "
                    "journal's own key file back, or restore from a backup."
                )
            if writer:
                migrate.migrate(database.engine, before=lambda: database.backup("pre-migration"))
                database.protect_files()
        except Exception:
            database.close()
            raise
        return database

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except JournalError:
            session.rollback()
            raise
        except DBAPIError as exc:
            session.rollback()
            raise _storage_error(exc) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def get_setting(self, key: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(SettingRow.value).where(SettingRow.key == key))

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(SettingRow(key=key, value=value))

    def backups_folder(self) -> Path:
        stored = self.get_setting(BACKUPS_FOLDER_SETTING)
        return Path(stored) if stored else self.data_dir / "backups"

    def backup(self, reason: str = "manual") -> BackupInfo:
        """A verified backup in the backups folder, then rotation of older ones."""
        folder = self.backups_folder()
        info = make_backup(self.engine, self.key, self.key_file, folder, reason)
        rotate(folder)
        return info

    def integrity_problems(self) -> list[str]:
        """Run both integrity checks on the live file (readers are fine meanwhile)."""
        return verify_database(self.path, self.key)

    def protect_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            make_private(self.data_dir / f"{DATABASE_NAME}{suffix}")

    def close(self) -> None:
        """Checkpoint, dispose every connection, release the lock and forget the key."""
        try:
            if self._key is not None and self._lock.held:
                with contextlib.suppress(Exception), self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
        finally:
            self._key = None
            self._lock.release()


def _storage_error(exc: Exception) -> JournalError:
    """Name disk trouble plainly; anything else the driver says is treated as damage."""
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorageError(
            "The disk is full, so the reflection was not saved. Free some space and save again."
        )
    if "readonly" in message or "read-only" in message:
        return StorageError("The journal's folder cannot be written to, so nothing was saved.")
    if "locked" in message or "busy" in message:
        return StorageError("The journal is busy; try again in a moment.")
    if "not a database" in message or "malformed" in message or "hmac" in message:
        return damaged_error(exc)
    return StorageError("The journal could not complete that change; nothing was saved.")
