"""The SQLCipher engine: every connection is keyed before anything else touches the file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from journal_app.core.errors import DamagedJournalError
from journal_app.core.messages import Message
from journal_app.store.checkpoint import checkpoint_after_each_write

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

    checkpoint_after_each_write(engine)
    return engine


#: SQLCipher 4's page size. A journal's file always holds at least its first page: the
#: switch to WAL on the very first connection writes it. Anything shorter is not a journal.
SMALLEST_JOURNAL_BYTES = 4096
#: how an unencrypted SQLite file starts; an encrypted one starts with random salt
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

#: the app's own "Restore from a backup" needs the journal open, so the way that works on a
#: journal that cannot be opened is the command
RESTORE_ADVICE = Message("journal.restore_advice")


def refuse_what_cannot_be_a_journal(path: Path) -> None:
    """Raise :class:`DamagedJournalError` for a file that cannot be an encrypted journal
    (empty, shorter than one page, or plain unencrypted SQLite), before any connection is
    made: a connection's ``PRAGMA journal_mode = WAL`` would write a fresh, empty database
    into an empty file, even for a command that only reads."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(_PLAIN_SQLITE_HEADER))
    except OSError:
        return  # missing or unreadable: the open itself says so in its own words
    if size < SMALLEST_JOURNAL_BYTES or head == _PLAIN_SQLITE_HEADER:
        raise DamagedJournalError("journal.not_encrypted", name=path.name, advice=RESTORE_ADVICE)


def verify_readable(engine: Engine) -> None:
    """Read the schema to prove the key opens the file; name damage in plain words."""
    try:
        with engine.connect() as connection:
            tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # the driver's errors are not a stable hierarchy
        raise damaged_error(exc) from None
    if not tables:  # readable but holding nothing: never a journal (every one has tables)
        raise damaged_error(None)


def damaged_error(exc: BaseException | None) -> DamagedJournalError:
    """Translate a driver error into words; never include the driver's text (it may quote SQL)."""
    return DamagedJournalError("journal.unreadable", advice=RESTORE_ADVICE)
