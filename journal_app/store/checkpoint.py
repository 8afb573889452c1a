"""Each committed write is copied into the database file before the user sees "Saved"."""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Engine, event

#: set in a connection's pool record when it commits a write transaction
_WROTE = "journal_wrote"


def checkpoint_after_each_write(engine: Engine) -> None:
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
