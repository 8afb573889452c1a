"""Which schema revision a journal is at, read without loading Alembic.

Nearly every open finds the journal already at the newest revision. Answering that needs
one small query, while importing Alembic (to run migrations) costs about 0.2 s of start-up
on every CLI command and every unlock. So the newest revision this app knows is written
here too; ``tests/store/test_migrations.py`` checks it against Alembic's own head, so the
two cannot drift apart when a migration is added.
"""

from __future__ import annotations

from sqlalchemy import Engine

#: the newest migration in ``migrations/versions`` (checked by the migration tests)
SCHEMA_HEAD = "0008"


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the journal, or None for an empty (brand-new) database."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    # Alembic keeps one row per branch head; this project has a single line of revisions.
    return str(rows[0][0]) if len(rows) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the journal is at :data:`SCHEMA_HEAD`, so opening it needs no migration."""
    return stored_revision(engine) == SCHEMA_HEAD
