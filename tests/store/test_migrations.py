"""Migrations: up, down and up again; models agree with them; real data survives upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from journal_app.core import keywrap
from journal_app.core.errors import DamagedJournalError
from journal_app.core.models import Section, Tag
from journal_app.core.resources import migrations_path
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store import migrate, schema_version
from journal_app.store.backup import list_backups
from journal_app.store.database import JournalDatabase
from journal_app.store.engine import make_engine
from journal_app.store.tables import Base
from tests.conftest import PASSPHRASE
from tests.store.first_revision import insert_revision_0001_data, journal_at_revision


def _revisions() -> list[str]:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    script = ScriptDirectory.from_config(config)
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _plain_key() -> bytes:
    return keywrap.new_database_key()


def test_every_revision_goes_up_down_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db", _plain_key())
    revisions = _revisions()
    assert revisions[0] == "0001" and len(revisions) >= 2
    assert schema_version.stored_revision(engine) is None
    for revision in revisions:
        migrate.migrate(engine, revision)
        assert migrate.current_revision(engine) == revision
        # the quick check used at every open reads the same as Alembic does
        assert schema_version.stored_revision(engine) == revision
        assert schema_version.is_current(engine) == (revision == revisions[-1])
    for revision in reversed(["base", *revisions[:-1]]):
        migrate.migrate(engine, revision, downgrade=True)
        expected = None if revision == "base" else revision
        assert migrate.current_revision(engine) == expected
        assert schema_version.stored_revision(engine) == expected
    migrate.migrate(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_the_quick_schema_check_knows_the_newest_migration() -> None:
    # SCHEMA_HEAD lets an open skip importing Alembic; a new migration must move it too
    assert schema_version.SCHEMA_HEAD == migrate.head_revision() == _revisions()[-1]


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db", _plain_key())
    migrate.migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": _not_fts, "compare_type": True},
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def _not_fts(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("entries_fts"))


def test_foreign_keys_are_off_during_migrations_and_on_after(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db", _plain_key())
    migrate.migrate(engine, "0001")
    insert_revision_0001_data(engine)
    # 0002's downgrade rebuilds the entries table; with foreign keys on, that would
    # cascade-delete every section and tag.
    migrate.migrate(engine)
    migrate.migrate(engine, "0001", downgrade=True)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM entry_sections").scalar() == 2
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_populated_first_revision_journal_upgrades_with_nothing_lost(tmp_path: Path) -> None:
    """A journal written by the first release opens in this one: a backup first, then data."""
    data_dir = tmp_path / "journal"
    vault = Vault(data_dir, kdf_params=keywrap.minimum_params)
    # the database as revision 0001 would have left it, filled
    engine, _database_key = journal_at_revision(data_dir, "0001")
    engine.dispose()

    database = vault.unlock(PASSPHRASE)  # upgrades to head
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        service = JournalService(database)
        entry = service.get("e-1")
        assert entry.title == "Before the upgrade"
        assert entry.sections == (
            Section("feelings", "Feelings", "two words"),
            Section("analysis", "Analysis", "and four more words"),
        )
        assert entry.tags == (Tag("kss-pl", "4", "2018"),)
        assert entry.supervision is None or entry.supervision.other_party_role == "team manager"
        assert service.list()[0].word_count == 9  # backfilled by 0002
        assert [h.entry.id for h in service.search("upgrade")] == ["e-1"]
        backups = list_backups(database.backups_folder())
        assert [b.reason for b in backups] == ["pre-migration"]
    finally:
        database.close()


def test_new_journal_is_made_by_the_migrations(database: JournalDatabase) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.engine.connect() as connection:
        names = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
    assert {"entries", "entry_sections", "tags", "actions", "settings", "entries_fts"} <= names
    assert "alembic_version" in names


def test_a_journal_from_a_newer_app_is_not_downgraded(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db", _plain_key())
    migrate.migrate(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DamagedJournalError, match="newer version"):
        migrate.migrate(engine)
    engine.dispose()


def test_opening_a_journal_from_a_newer_app_is_refused_without_change(vault: Vault) -> None:
    # the quick revision check at open must still hand an unknown revision to the migrator
    created = vault.create(PASSPHRASE)
    with created.database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    created.database.close()
    with pytest.raises(DamagedJournalError, match="newer version"):
        vault.unlock(PASSPHRASE)
    database = vault.unlock(PASSPHRASE, writer=False)  # reading is still allowed
    assert schema_version.stored_revision(database.engine) == "9999"
    database.close()
