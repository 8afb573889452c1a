"""Migration 0004 (names I protect) on a populated journal: nothing lost, the list works."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.identifiers import ProtectKind
from journal_app.services.journal import JournalService
from journal_app.services.protected_names import ProtectedNames
from journal_app.services.vault import Vault
from journal_app.store import migrate
from journal_app.store.backup import list_backups
from journal_app.store.engine import make_engine
from tests.conftest import PASSPHRASE
from tests.store.first_revision import journal_at_revision, table_names


def test_a_populated_0003_journal_upgrades_and_can_protect_names(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    engine, database_key = journal_at_revision(data_dir, "0003")
    assert "protected_names" not in table_names(engine)
    engine.dispose()

    database = Vault(data_dir).unlock(PASSPHRASE)  # upgrades to the newest revision
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert [b.reason for b in list_backups(database.backups_folder())] == ["pre-migration"]
        entry = JournalService(database).get("e-1")
        assert entry.title == "Before the upgrade" and len(entry.sections) == 2
        names = ProtectedNames(database)
        assert names.list() == []
        added = names.add(["Kayleigh", "Kay"], ProtectKind.CHILD)
        assert names.list() == [added]
    finally:
        database.close()

    # and back down: the table goes, the reflections stay
    engine = make_engine(data_dir / "journal.db", database_key)
    migrate.migrate(engine, "0003", downgrade=True)
    assert "protected_names" not in table_names(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM entries").scalar() == 1
    engine.dispose()
