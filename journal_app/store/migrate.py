"""Alembic migrations run in-process on the keyed SQLCipher connection."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from journal_app.core.errors import DamagedJournalError
from journal_app.core.resources import migrations_path


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def is_known(revision: str) -> bool:
    """Whether ``revision`` is one of this app's migrations (not from a newer app)."""
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_empty(engine: Engine) -> bool:
    with engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    return not count


def migrate(
    engine: Engine,
    target: str = "head",
    *,
    downgrade: bool = False,
    before: Callable[[], object] | None = None,
) -> bool:
    """Bring the schema to ``target``; returns whether anything ran.

    ``before`` (a verified backup) runs first whenever an existing journal is about to
    change. Foreign keys are off during the run because SQLite's batch migrations copy and
    drop tables, which would otherwise cascade deletes; they are checked afterwards.
    """
    current = current_revision(engine)
    if current is not None and not is_known(current):
        raise DamagedJournalError("journal.newer_version")
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if before is not None and current is not None:
        before()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            # The driver opens a transaction only before DML, so DDL would otherwise commit
            # statement by statement: a crash (or an error) part-way through a migration
            # left half a schema change behind and the journal could no longer be opened.
            # One explicit transaction makes the whole run all-or-nothing.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            config = _config(connection)
            if downgrade:
                command.downgrade(config, target)
            else:
                command.upgrade(config, target)
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DamagedJournalError("journal.migration_broke_links")
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    return True
