"""A journal as the first release (schema revision 0001) left it, for the migration tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from journal_app.core import keywrap
from journal_app.services.vault import Vault
from journal_app.store import migrate
from journal_app.store.engine import make_engine
from tests.conftest import PASSPHRASE


def journal_at_revision(data_dir: Path, revision: str) -> tuple[Engine, bytes]:
    """A real journal folder (key file and all, opening with :data:`PASSPHRASE`) whose
    database the migrations built up to ``revision``, holding the first release's data
    (:func:`insert_revision_0001_data`). Returns the open engine, for anything more a test
    adds before it disposes of it, and the database key."""
    created = Vault(data_dir, kdf_params=keywrap.minimum_params).create(PASSPHRASE)
    database_key, journal_id = created.database.key, created.database.journal_id
    created.database.close()
    (data_dir / "journal.db").unlink()
    engine = make_engine(data_dir / "journal.db", database_key)
    migrate.migrate(engine, revision)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES ('journal_id', :id)"),
            {"id": journal_id},
        )
    insert_revision_0001_data(engine)
    return engine, database_key


def table_names(engine: Engine) -> set[str]:
    """The tables in the database (the migrations' effect, read without the ORM)."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        return {row[0] for row in rows}


def insert_revision_0001_data(engine: object) -> None:
    """One reflection with sections, a tag and its search row, as the first release wrote it."""
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).replace(tzinfo=None)
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(
            text(
                "INSERT INTO entries (pk, uuid, title, body, template_id, event_date, created_at,"
                " updated_at, status, visibility, other_party_role) VALUES (1, 'e-1',"
                " 'Before the upgrade', 'Three words here', 'gibbs', :d, :n, :n, 'final',"
                " 'shareable', 'team manager')"
            ),
            {"d": date(2026, 1, 5), "n": now},
        )
        connection.execute(
            text(
                "INSERT INTO entry_sections (entry_pk, position, key, title, text) VALUES"
                " (1, 0, 'feelings', 'Feelings', 'two words'),"
                " (1, 1, 'analysis', 'Analysis', 'and four more words')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO tags (entry_pk, framework_id, framework_version, domain_code)"
                " VALUES (1, 'kss-pl', '2018', '4')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO entries_fts (rowid, title, body, sections) VALUES"
                " (1, 'Before the upgrade', 'Three words here', 'two words and four more words')"
            )
        )
