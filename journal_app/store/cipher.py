"""Opening a journal file with its raw database key: the one place ``PRAGMA key`` is written.

The engine keys each pooled connection with :func:`key_pragma`; everything else that looks
inside a journal file without the engine (integrity checks, re-encrypting a copy, reading
one setting of a journal or of a backup) opens it with :func:`connect_with_key`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3


def key_pragma(key: bytes, name: str = "key") -> str:
    """``PRAGMA key`` (or ``rekey``) for a raw 32-byte key in SQLCipher's blob form.

    A raw key means no passphrase KDF runs when a connection opens.
    """
    return f"PRAGMA {name} = \"x'{key.hex()}'\""


def connect_with_key(path: Path, key: bytes) -> Any:
    """A plain SQLCipher connection to ``path`` keyed with ``key``; the caller closes it.

    SQLCipher's own log stays quiet (it would name the file). Opening raises the driver's
    error; a wrong key shows only at the first read.
    """
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(key_pragma(key))
        connection.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        connection.close()
        raise
    return connection


@contextlib.contextmanager
def open_with_key(path: Path, key: bytes) -> Iterator[Any]:
    """:func:`connect_with_key` as a ``with`` block: the connection is closed after it."""
    connection = connect_with_key(path, key)
    try:
        yield connection
    finally:
        connection.close()


def read_setting(path: Path, key: bytes, name: str) -> str | None:
    """One setting read straight from a journal file; ``None`` if it cannot be read."""
    try:
        with open_with_key(path, key) as connection:
            connection.execute("PRAGMA busy_timeout = 5000")  # the app may have it open
            query = "SELECT value FROM settings WHERE key = ?"
            row = connection.execute(query, (name,)).fetchone()
    except Exception:  # not a journal, the wrong key, no settings table yet
        return None
    return None if row is None else str(row[0])
