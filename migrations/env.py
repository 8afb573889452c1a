"""Alembic environment.

The app runs migrations in-process on an already keyed SQLCipher connection, passed in as
``config.attributes["connection"]``. Developers running ``alembic`` by hand (for
``revision --autogenerate``) get a throw-away plain SQLite database named in the config.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from journal_app.store.tables import FTS_TABLE, Base

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 table and its shadow tables are managed by hand, not by the ORM.
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///./dev-migrations.db"
    engine = create_engine(url)
    with engine.connect() as fresh:
        _configure_and_run(fresh)


run_migrations_online()
