"""An open, unlocked journal database: engine, sessions, migrations and settings."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalError,
    JournalInUseError,
    StorageError,
)
from journal_app.core.messages import Message
from journal_app.store import schema_version
from journal_app.store.backup import (
    BackupInfo,
    make_backup,
    protect_backups,
    rotate,
    verify_database,
)
from journal_app.store.engine import (
    RESTORE_ADVICE,
    damaged_error,
    make_engine,
    refuse_what_cannot_be_a_journal,
    verify_readable,
)
from journal_app.store.files import DIR_MODE, FILE_MODE, create_private_file, fsync_dir
from journal_app.store.instance_lock import InstanceLock, read_only_message
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME, LOCK_FILE_NAME
from journal_app.store.tables import SettingRow
from journal_app.store.wal_check import has_frames, writes_lost_to_damage

#: work a caller does inside a transaction the store opened (an import writes its appraisal
#: workspaces, evidence files and follow-ups in the same one as its reflections)
InTransaction = Callable[[Session], None]


def in_order(*works: InTransaction) -> InTransaction:
    """One piece of work doing ``works`` one after another in the same transaction."""

    def run(session: Session) -> None:
        for work in works:
            work(session)

    return run


JOURNAL_ID_SETTING = "journal_id"
BACKUPS_FOLDER_SETTING = "backups_folder"
#: the journal file and the companions SQLite keeps beside it
_COMPANIONS = ("", "-wal", "-shm", "-journal")


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
            self._refuse_silent_loss(writer)
            self.engine: Engine = make_engine(self.path, key)
            event.listen(self.engine, "connect", _refuse_zeroed_text)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            event.listen(self._sessions, "before_flush", _refuse_unstorable_text)
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
            raise DamagedJournalError("journal.locked")
        return self._key

    @classmethod
    def create(cls, data_dir: Path, key: bytes, journal_id: str) -> JournalDatabase:
        """Create a brand-new journal: the schema comes from the migrations."""
        create_private_file(data_dir / DATABASE_NAME)
        database = cls(data_dir, key, journal_id)
        try:
            _migrate(database.engine)
            database.set_setting(JOURNAL_ID_SETTING, journal_id)
            database.protect_files()
        except DBAPIError as exc:  # e.g. the disk filled up while the schema was written
            database.close()
            raise _storage_error(exc) from None
        except Exception:
            database.close()
            raise
        return database

    @classmethod
    def open(
        cls, data_dir: Path, key: bytes, journal_id: str, *, writer: bool = True
    ) -> JournalDatabase:
        """Open an existing journal, check it belongs to the key file, and upgrade it."""
        refuse_what_cannot_be_a_journal(data_dir / DATABASE_NAME)  # before anything writes
        database = cls(data_dir, key, journal_id, writer=writer)
        try:
            try:
                verify_readable(database.engine)
            except DamagedJournalError:
                # SQLite needs to create its -wal/-shm files beside the journal even to
                # read it: in a read-only folder that fails, and it is no damage.
                if not os.access(data_dir, os.W_OK):
                    raise StorageError(read_only_message(data_dir)) from None
                raise
            stored_id = database.get_setting(JOURNAL_ID_SETTING)
            if stored_id is not None and stored_id != journal_id:
                raise DamagedJournalError("keyfile.other_journal")
            if not schema_version.is_current(database.engine):
                database._bring_up_to_date(writer)
            # Readers too: permissions are put right at every open.
            database.protect_files()
        except DBAPIError as exc:  # a migration the disk refused: a message, not a traceback
            database.close()
            raise _storage_error(exc) from None
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

    def get_settings(self, keys: Iterable[str]) -> dict[str, str]:
        """The stored values of those ``keys`` that have one, read in one query."""
        with self.session() as session:
            rows = session.execute(
                select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(list(keys)))
            )
            return {key: value for key, value in rows}

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> None:
        """Store every value in one transaction (one commit to disk, all or nothing)."""
        with self.session() as session:
            for key, value in values.items():
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

    def _bring_up_to_date(self, writer: bool) -> None:
        """Migrate a journal an older version of the app wrote, a verified backup first.

        A reader does it too: after an update the first command is often ``list`` or
        ``search``, and the old schema lacks columns they read. It takes the one-writer lock
        for the migration only; when another process holds it (an older app still running)
        or the folder is read-only, it says so in words and changes nothing.
        """
        if writer:
            _migrate(self.engine, before=lambda: self.backup("pre-migration"))
            return
        from journal_app.store import migrate

        stored = schema_version.stored_revision(self.engine)
        if stored is not None and not migrate.is_known(stored):
            return  # a newer app's journal: reading it is allowed, writing is refused
        try:
            self._lock.acquire()
        except JournalInUseError:
            raise JournalInUseError("journal.update_needs_the_lock") from None
        except StorageError:
            raise StorageError("journal.update_needs_writing", folder=self.data_dir) from None
        try:
            _migrate(self.engine, before=lambda: self.backup("pre-migration"))
        finally:
            self._lock.release()

    def integrity_problems(self) -> list[Message]:
        """Run both integrity checks on the live file (readers are fine meanwhile)."""
        return verify_database(self.path, self.key)

    def _refuse_silent_loss(self, writer: bool) -> None:
        """Refuse to open a journal whose damaged WAL would silently drop confirmed saves.

        Runs before SQLite first opens the file (its recovery is what would drop them). A
        reader checks only while no writer is running: a running app's WAL is changing under
        it (and that app checked it when it opened).
        """
        if not has_frames(self.path):
            return  # nothing to replay (and no lock taken by a reader for nothing)
        if writer:
            lost = writes_lost_to_damage(self.path)
        else:
            probe = InstanceLock(self.data_dir / LOCK_FILE_NAME)
            try:
                probe.acquire()  # held while checking, so no writer starts meanwhile
            except JournalInUseError:
                return
            except JournalError:  # a read-only folder: no writer can be running there
                pass
            try:
                lost = writes_lost_to_damage(self.path)
            finally:
                probe.release()
        if lost:
            raise DamagedJournalError("journal.recent_saves_lost", advice=RESTORE_ADVICE)

    def replace_file(self, new_file: Path, new_key: bytes) -> None:
        """Put ``new_file`` (this journal, re-encrypted under ``new_key``) in place of the
        journal file, keeping the one-writer lock throughout (used by the key rotation).

        The write-ahead log is checkpointed into the old file and every connection closed
        first, so no log written under the old key is ever applied to the new file.
        """
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise StorageError("journal.still_being_read")
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").unlink()
        os.replace(new_file, self.path)
        fsync_dir(self.data_dir)
        self._key = new_key
        self.engine = make_engine(self.path, new_key)
        event.listen(self.engine, "connect", _refuse_zeroed_text)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_unstorable_text)
        verify_readable(self.engine)

    def protect_files(self) -> None:
        """Owner-only permissions again (POSIX), at every open: the data folder 0700; the key
        file, the database and its companions and the lock 0600; the backups folder 0700 and
        every backup file in it 0600.

        A copy, a sync tool or a restore from elsewhere can loosen them; this puts them
        right. A chmod that fails (a file owned by someone else) is skipped: it never stops
        the journal opening.
        """
        if os.name != "posix":
            return
        with contextlib.suppress(OSError):
            os.chmod(self.data_dir, DIR_MODE)
        names = (KEY_FILE_NAME, LOCK_FILE_NAME, *(f"{DATABASE_NAME}{s}" for s in _COMPANIONS))
        for name in names:
            path = self.data_dir / name
            with contextlib.suppress(OSError):
                if not path.is_symlink():
                    os.chmod(path, FILE_MODE)
        protect_backups(self.backups_folder())

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


def _refuse_zeroed_text(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.row_factory = _checked_row


def _checked_row(_cursor: Any, row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Refuse a row holding text with a NUL character: it can only be damage.

    SQLCipher hands back a page that fails its authentication check as zeros, and SQLite
    reads the end of a long value (an overflow page) without noticing: a reflection came
    back with thousands of NULs in its text and no error (found by the bit-flip harness).
    Nothing stored can contain NUL (:func:`_refuse_unstorable_text` makes sure), so NUL on
    the way out is always damage, reported as such instead of shown as text.
    """
    for value in row:
        if type(value) is str and "\x00" in value:
            raise sqlcipher3.DatabaseError("database disk image is malformed")
    return row


#: which catalogue words name a stored field in a message ("storage.unstorable.<word>")
_FIELD_WORDS = {
    "title": "title",
    "body": "text",
    "text": "text",
    "other_party_role": "role",
    "template_id": "template",
    "framework_id": "tag",
    "domain_code": "tag",
    "framework_version": "tag",
    "key": "section",
}


def _storable(value: str) -> bool:
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")  # a lone surrogate (half a character) cannot be stored
    except UnicodeEncodeError:
        return False
    return True


def _refuse_unstorable_text(session: Session, _context: Any, _instances: Any) -> None:
    """Nothing with a NUL character or half a character reaches the file, whatever the caller
    checked: NUL read back means damage (see :func:`_checked_row`)."""
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for name, value in state.dict.items():
            if isinstance(value, str) and not _storable(value):
                what = _FIELD_WORDS.get(name, "text")
                raise InvalidInputError(f"storage.unstorable.{what}")


def _storage_error(exc: Exception) -> JournalError:
    """Name disk trouble plainly; anything else the driver says is treated as damage."""
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorageError("storage.disk_full")
    if "readonly" in message or "read-only" in message:
        return StorageError("storage.folder_read_only")
    if "locked" in message or "busy" in message:
        return StorageError("storage.busy")
    if "not a database" in message or "malformed" in message or "hmac" in message:
        return damaged_error(exc)
    return StorageError("storage.change_failed")


def _migrate(engine: Engine, before: Callable[[], object] | None = None) -> None:
    # Imported here: Alembic is needed only when the schema changes (a new journal, or the
    # first open after an update), and importing it costs every other open ~0.2 s.
    from journal_app.store import migrate

    migrate.migrate(engine, before=before)
