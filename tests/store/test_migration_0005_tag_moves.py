"""Migration 0005 (tag moves) on a populated 0004 journal: tags kept, blank versions filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import Tag
from journal_app.services.journal import JournalService
from journal_app.services.tag_versions import TagVersions
from journal_app.services.vault import Vault
from journal_app.store import migrate
from journal_app.store.engine import make_engine
from tests.conftest import PASSPHRASE
from tests.store.first_revision import journal_at_revision, table_names


def test_a_populated_0004_journal_upgrades_and_can_move_tags(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    engine, database_key = journal_at_revision(data_dir, "0004")
    with engine.begin() as connection:
        # a Welsh tag saved without a version, as an old import could leave it
        connection.execute(
            text(
                "INSERT INTO tags (entry_pk, framework_id, framework_version, domain_code)"
                " VALUES (1, 'scw', '', '4')"
            )
        )
    assert "tag_moves" not in table_names(engine)
    engine.dispose()

    database = Vault(data_dir).unlock(PASSPHRASE)  # upgrades through 0005 to the newest
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        catalogue = Catalogue.builtin(today=date(2026, 12, 2))
        entry = JournalService(database, catalogue).get("e-1")
        assert Tag("scw", "4", "2017") in entry.tags
        assert all(tag.framework_version for tag in entry.tags)
        versions = TagVersions(database, catalogue)
        preview = versions.preview("scw", include_earlier=True)
        assert [i.old_code for i in preview.to_move] == ["4"]
        versions.move(preview)
        assert versions.last_move() is not None
    finally:
        database.close()

    engine = make_engine(data_dir / "journal.db", database_key)
    migrate.migrate(engine, "0004", downgrade=True)
    assert "tag_moves" not in table_names(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM entries").scalar() == 1
    engine.dispose()
