"""Copies kept before a restore, an update or a key change: never rotated away, never the
"last backup" of the daily set, listed apart, and deleted only by name when asked."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.models import EntryDraft
from journal_app.services.backups import BackupService
from journal_app.services.journal import JournalService
from journal_app.store.backup import list_backups, make_backup, remove_leftovers, rotate
from journal_app.store.database import JournalDatabase
from journal_app.store.kept_copies import UNVERIFIED_REASON

START = datetime(2026, 1, 1, 9, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _stand_in(folder: Path, moment: datetime, reason: str) -> Path:
    path = folder / f"journal-{_stamp(moment)}-{reason}.db"
    path.write_bytes(b"stand-in")
    return path


def test_kept_copies_survive_rotation_and_take_no_rotation_places(tmp_path: Path) -> None:
    with_kept, without = tmp_path / "with", tmp_path / "without"
    for folder in (with_kept, without):
        folder.mkdir()
        for day in range(400):
            _stand_in(folder, START + timedelta(days=day), "daily")
    kept = [
        _stand_in(with_kept, START + timedelta(days=day, hours=1), reason)
        for day, reason in ((3, "pre-restore"), (90, "pre-migration"), (399, "pre-rotation"))
    ]
    kept.append(_stand_in(with_kept, START + timedelta(days=399, hours=2), "pre-restore"))
    rotate(with_kept)
    rotate(without)
    assert all(path.exists() for path in kept)
    rotating = {p.name for p in with_kept.iterdir()} - {p.name for p in kept}
    assert rotating == {p.name for p in without.iterdir()}  # the same 3/7/4/12 as without


def test_an_unverified_copy_is_never_removed_and_is_deleted_only_by_name(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(30):
        _stand_in(folder, START + timedelta(days=day), "daily")
    unverified = folder / "unverified-before-restore-20260102T090000000000"
    unverified.mkdir()
    (unverified / "journal.db").write_bytes(b"a damaged journal, still encrypted")
    (unverified / "journal.key").write_bytes(b"{}")
    long_ago = time.time() - 400 * 86400
    os.utime(unverified, (long_ago, long_ago))
    rotate(folder)
    remove_leftovers(folder, older_than=0)
    assert (unverified / "journal.db").exists()

    service = BackupService()
    (copy,) = service.kept_copies(folder)
    assert copy.path == unverified and copy.reason == UNVERIFIED_REASON
    assert not copy.verified and copy.made_at == datetime(2026, 1, 2, 9, tzinfo=UTC)

    daily = list_backups(folder)[0].path
    for not_a_kept_copy in (daily.name, "../backups", "journal.db", "no-such-copy"):
        with pytest.raises(InvalidInputError, match="Nothing was deleted"):
            service.delete_kept_copy(folder, not_a_kept_copy)
    assert daily.exists() and unverified.exists()
    service.delete_kept_copy(folder, unverified.name)
    assert not unverified.exists() and daily.exists()
    assert service.kept_copies(folder) == []


def test_a_restore_keeps_the_journal_as_it_was_apart_from_the_daily_set(
    database: JournalDatabase,
) -> None:
    journal = JournalService(database)
    journal.create(EntryDraft(title="Old", body="Before the backup."))
    service = BackupService()
    daily = service.backup_if_due(database, START)
    assert daily is not None
    journal.create(EntryDraft(title="Newer", body="After the backup."))
    restored = service.restore(database, daily.path)
    try:
        folder = restored.database.backups_folder()
        kept = service.kept_copies(folder)
        assert [c.path for c in kept] == [restored.safety_backup]
        assert kept[0].verified and kept[0].reason == "pre-restore"
        # It holds the journal as it was, not as it is: it is not the daily set's latest.
        later = kept[0].made_at + timedelta(hours=1)
        assert service.status(folder, later).latest == daily
        service.delete_kept_copy(folder, kept[0].name)
        assert not kept[0].path.exists() and daily.path.exists()
        assert service.kept_copies(folder) == []
    finally:
        restored.database.close()


def test_make_backup_in_a_folder_with_kept_copies_leaves_them(database: JournalDatabase) -> None:
    folder = database.backups_folder()
    kept = make_backup(
        database.engine, database.key, database.key_file, folder, "pre-migration",
        made_at=START,
    )  # fmt: skip
    for _ in range(5):
        database.backup("manual")
    assert kept.path.exists()
    assert len([b for b in list_backups(folder) if b.reason == "manual"]) == 3
