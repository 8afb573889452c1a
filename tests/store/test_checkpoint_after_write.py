"""Each committed write is checkpointed into the database file at once; reads never are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase
from journal_app.store.locations import DATABASE_NAME
from tests.reliability._support import create_journal


def _traced(database: JournalDatabase) -> list[str]:
    """Every statement the driver runs from now on (new connections are traced)."""
    statements: list[str] = []

    def trace(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    event.listen(database.engine, "connect", trace)
    database.engine.dispose()
    return statements


def _checkpoints(statements: list[str]) -> int:
    return sum("wal_checkpoint(PASSIVE)" in s for s in statements)


def test_a_save_leaves_the_wal_holding_only_what_the_file_has(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key, journal_id = create_journal(data_dir, "kestrel lantern orchard velvet cobalt")
    database = JournalDatabase.open(data_dir, key, journal_id)
    try:
        statements = _traced(database)
        journal = JournalService(database)
        for number in range(3):
            journal.create(EntryDraft(title=f"Supervision note {number}", body="Fictional."))
        assert _checkpoints(statements) >= 3
        # The next write started the WAL over: only the last save's frames are in it.
        wal = (data_dir / f"{DATABASE_NAME}-wal").read_bytes()
        salts = wal[16:24]
        frame = 24 + int.from_bytes(wal[8:12], "big")
        frames = [
            wal[32 + i * frame : 32 + (i + 1) * frame] for i in range((len(wal) - 32) // frame)
        ]
        current = [f for f in frames if f[8:16] == salts]
        assert sum(f[4:8] != b"\0\0\0\0" for f in current) == 1  # one commit frame
    finally:
        database.close()


def test_reads_never_checkpoint(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    key, journal_id = create_journal(
        data_dir,
        "kestrel lantern orchard velvet cobalt",
        lambda journal: journal.create(EntryDraft(title="Reflection", body="Fictional.")),
    )
    database = JournalDatabase.open(data_dir, key, journal_id)
    try:
        statements = _traced(database)
        journal = JournalService(database)
        journal.list(limit=None)
        journal.count()
        journal.search("Fictional")
        assert len(statements) > 0
        assert _checkpoints(statements) == 0
    finally:
        database.close()
