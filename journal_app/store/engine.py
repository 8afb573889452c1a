"""The SQLCipher engine: every connection is keyed before anything else touches the file."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from journal_app.core.errors import DamagedJournalError

_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA journal_mode = WAL",
    # FULL: a save the user saw confirmed survives a power cut, not just a crash.
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # Deleted text is overwritten inside the (encrypted) file, not left in free pages.
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    # Sorts and temporary indexes stay in memory: nothing of an entry in a temp file.
    "PRAGMA temp_store = MEMORY",
    # 32 MiB of page cache per connection (SQLCipher's default is 8 MiB). Every page read
    # from the file is decrypted and authenticated; phrase searches at 100,000 entries touch
    # more than 8 MiB of index and re-decrypted it on every query (p95 39 ms, 23 ms with
    # this). Pages are cached only once read, so a small journal never uses it all.
    "PRAGMA cache_size = -32768",
    # Never memory-map the file: every page must pass through SQLCipher's decryption (0 is
    # the default; stated so nobody turns it on for speed).
    "PRAGMA mmap_size = 0",
)


def _key_pragma(key: bytes) -> str:
    # A raw 32-byte key in SQLCipher's blob form: no passphrase KDF runs per connection.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def make_engine(path: Path, key: bytes) -> Engine:
    """Create an engine whose connections open ``path`` with the raw database ``key``."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"check_same_thread": False},
        # SQLAlchemy's error messages would otherwise quote bound values: entry text.
        hide_parameters=True,
    )
    key_pragma = _key_pragma(key)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(key_pragma)
            for pragma in _PRAGMAS:
                cursor.execute(pragma)
            if sys.platform == "darwin":
                cursor.execute("PRAGMA fullfsync = ON")
                cursor.execute("PRAGMA checkpoint_fullfsync = ON")
        finally:
            cursor.close()

    _checkpoint_after_each_write(engine)
    return engine


#: set in a connection's pool record when it commits a write transaction
_WROTE = "journal_wrote"


def _checkpoint_after_each_write(engine: Engine) -> None:
    """Copy each committed write into the database file before "Saved" is shown.

    SQLite's WAL recovery stops at the first frame that fails its checksum and silently drops
    every commit after it: one flipped bit in the WAL a crash left behind used to lose every
    save made since the last checkpoint (the WAL flip harness: 276 of 276 flips). Once a
    PASSIVE checkpoint has copied every frame into the database file, the next write starts
    the WAL again from its first frame, so at rest the WAL holds only the last write, already
    in the database file: if recovery then drops it, the file still has it.

    PASSIVE never waits: when a reader's snapshot keeps a frame in use the checkpoint stops
    short and the WAL keeps growing until a later one completes (what damage then costs is
    checked at open, by :mod:`journal_app.store.wal_check`). Read-only transactions skip it:
    the driver opens a transaction only before a statement that writes.
    """

    @event.listens_for(engine, "commit")
    def _note_write(connection: Any) -> None:
        # Runs just before the DBAPI commit: an open transaction here is a write.
        if connection.connection.dbapi_connection.in_transaction:
            connection.info[_WROTE] = True

    @event.listens_for(engine.pool, "checkin")
    def _checkpoint(dbapi_connection: Any, record: Any) -> None:
        # On the way back to the pool, in the committing thread, before anyone else can use
        # this connection; the commit itself is already durable, so a checkpoint that fails
        # (busy, disk trouble) costs nothing but a longer WAL.
        if dbapi_connection is None or not record.info.pop(_WROTE, False):
            return
        if dbapi_connection.in_transaction:  # rolled back after all? never checkpoint inside
            return
        with contextlib.suppress(Exception):
            dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def verify_readable(engine: Engine) -> None:
    """Read the schema to prove the key opens the file; name damage in plain words."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # the driver's errors are not a stable hierarchy
        raise damaged_error(exc) from None


def damaged_error(exc: BaseException) -> DamagedJournalError:
    """Translate a driver error into words; never include the driver's text (it may quote SQL)."""
    return DamagedJournalError(
        "The journal file could not be read: it is damaged, or it does not belong to this "
        "key file. Restore the journal from a backup."
    )
