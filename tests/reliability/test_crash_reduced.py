"""A reduced run of the crash harness (the full run: ``python -m
tests.reliability.crash_harness --kills 1000``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability import crash_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork() and SIGKILL")


def test_sigkill_at_random_moments_loses_no_confirmed_save(tmp_path: Path) -> None:
    report = crash_harness.run(kills=25, seed=6262, data_dir=tmp_path / "journal")
    summary = report.as_json()
    print(summary)  # shown with -s or on failure
    assert report.kills == 25
    assert report.confirmed_saves > 0
    assert report.lost == 0, summary["problems"]
    assert report.integrity_failures == 0, summary["problems"]
    assert report.ok, summary["problems"]


def test_an_interrupted_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    """The bug the harness found: a migration killed after its first DDL statement left
    the schema half changed (the driver committed DDL statement by statement), and the
    journal could never be opened again ("duplicate column name")."""
    import sqlalchemy as sa

    from journal_app.core.errors import JournalError
    from journal_app.services.vault import Vault
    from journal_app.store import migrate
    from journal_app.store.database import JournalDatabase
    from tests.reliability._support import fast_kdf

    created = Vault(tmp_path / "j", kdf_params=fast_kdf).create("reduced heron lantern biscuit")
    database = created.database
    migrate.migrate(database.engine, "0001", downgrade=True)
    real_execute = sa.Connection.execute

    def dies_mid_migration(self: sa.Connection, statement: object, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        if "SELECT pk, title, body FROM entries" in str(statement):
            raise KeyboardInterrupt  # as abrupt as it gets inside Python
        return real_execute(self, statement, *args, **kw)  # type: ignore[call-overload]

    sa.Connection.execute = dies_mid_migration  # type: ignore[method-assign]
    try:
        with pytest.raises(KeyboardInterrupt):
            migrate.migrate(database.engine)
    finally:
        sa.Connection.execute = real_execute  # type: ignore[method-assign]
    assert migrate.current_revision(database.engine) == "0001"
    key, journal_id = database.key, database.journal_id
    database.close()
    try:
        reopened = JournalDatabase.open(tmp_path / "j", key, journal_id)
    except JournalError as error:  # pragma: no cover - the bug
        pytest.fail(f"the journal no longer opens: {error}")
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
