"""A copy of a journal file re-encrypted under another database key, verified before use.

The copy is never the live journal: ``PRAGMA rekey`` rewrites it in place, and if the
process dies meanwhile only the copy is lost. It counts only once both integrity checks pass
under the new key and it still names the same journal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from journal_app.core.errors import DamagedJournalError, StorageError
from journal_app.store.backup import verify_database
from journal_app.store.files import create_private_file, make_private

_JOURNAL_ID_SETTING = "journal_id"


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _key_pragma(name: str, key: bytes) -> str:
    return f"PRAGMA {name} = \"x'{key.hex()}'\""


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_copy(path: Path) -> None:
    for name in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def snapshot_live(engine: Engine, destination: Path) -> None:
    """A consistent copy of the live journal (same key), taken with ``VACUUM INTO``."""
    remove_copy(destination)
    create_private_file(destination)  # empty and owner-only: VACUUM INTO fills it
    with engine.connect() as connection:
        connection.exec_driver_sql(f"VACUUM INTO '{_sql_path(destination)}'")
    make_private(destination)


def copy_file(source: Path, destination: Path) -> None:
    """A byte copy of a (closed) journal file, owner-only."""
    remove_copy(destination)
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
        shutil.copyfileobj(handle, out, 1024 * 1024)


def rekey_copy(path: Path, old_key: bytes, new_key: bytes, journal_id: str) -> None:
    """Re-encrypt the copy at ``path`` from ``old_key`` to ``new_key``, fsync and verify it.

    Raises :class:`DamagedJournalError` when the copy does not verify under the new key.
    """
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(_key_pragma("key", old_key))
        connection.execute("PRAGMA cipher_log_level = NONE")
        # No rollback journal and no syncing while the copy is rewritten: a copy interrupted
        # half-way is thrown away (it is verified before use), so the journal would only
        # double the writes. The whole file is fsynced once, below.
        connection.execute("PRAGMA journal_mode = OFF").fetchall()
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(_key_pragma("rekey", new_key))
    except sqlcipher3.DatabaseError:
        raise DamagedJournalError("rekey.copy_damaged") from None
    finally:
        connection.close()
    try:
        _fsync(path)
    except OSError as exc:
        raise StorageError("rekey.copy_not_saved", reason=exc.strerror) from None
    if not opens_as(path, new_key, journal_id):
        raise DamagedJournalError("rekey.copy_failed_checks")


def opens_as(path: Path, key: bytes, journal_id: str) -> bool:
    """Both integrity checks pass under ``key`` and the file names that journal."""
    if verify_database(path, key):
        return False
    try:
        connection = sqlcipher3.connect(str(path))
    except Exception:
        return False
    try:
        connection.execute(_key_pragma("key", key))
        connection.execute("PRAGMA cipher_log_level = NONE")
        row = connection.execute(
            "SELECT value FROM settings WHERE key = ?", (_JOURNAL_ID_SETTING,)
        ).fetchone()
        return row is not None and str(row[0]) == journal_id
    except Exception:
        return False
    finally:
        connection.close()


def is_under(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the file at all (a quick look at its first page)."""
    try:
        connection = sqlcipher3.connect(str(path))
    except Exception:
        return False
    try:
        connection.execute(_key_pragma("key", key))
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:
        return False
    finally:
        connection.close()
