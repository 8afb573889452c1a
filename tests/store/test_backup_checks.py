"""Backups verified again after they were made: a rotating sample, recorded in the journal's
encrypted settings, and a backup a check found damaged no longer counts as good."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.core.models import EntryDraft
from journal_app.services.backup_checks import CHECKS_SETTING, read_records
from journal_app.services.backups import BackupService
from journal_app.services.journal import JournalService
from journal_app.store.backup import BackupInfo, list_backups, make_backup
from journal_app.store.database import JournalDatabase

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _backups(database: JournalDatabase, days: int) -> list[BackupInfo]:
    """One backup a day for ``days`` days from START, newest first."""
    JournalService(database).create(EntryDraft(title="Peer supervision", body="A pause."))
    folder = database.backups_folder()
    for day in range(days):
        make_backup(
            database.engine, database.key, database.key_file, folder, "daily",
            made_at=START + timedelta(days=day),
        )  # fmt: skip
    return list_backups(folder)


def _flip_a_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    path.write_bytes(bytes(raw))


def test_each_check_verifies_the_newest_and_the_least_recently_verified(
    database: JournalDatabase,
) -> None:
    backups = _backups(database, 6)
    newest, older = backups[0], backups[1:]
    service = BackupService()
    checked_in_turn: list[set[str]] = []
    for run in range(3):
        now = START + timedelta(days=10 + run)
        healths = service.check_backups(database, now)
        assert [h.backup.path for h in healths] == [b.path for b in backups]
        checked = {h.backup.path.name for h in healths if h.checked_now}
        assert newest.path.name in checked and len(checked) == 3
        assert all(h.usable for h in healths)
        assert all(h.last_verified == now for h in healths if h.checked_now)
        checked_in_turn.append(checked - {newest.path.name})
    # The oldest-verified go first, and three runs cover every older backup between them.
    assert checked_in_turn[0] == {older[-1].path.name, older[-2].path.name}
    assert checked_in_turn[1] == {older[-3].path.name, older[-4].path.name}
    assert set().union(*checked_in_turn) == {b.path.name for b in older}
    records = read_records(database)
    assert records[newest.path.name] == (START + timedelta(days=12), None)
    # Only names and times are stored, in the journal's own (encrypted) settings.
    stored = database.get_setting(CHECKS_SETTING) or ""
    assert "Peer supervision" not in stored and "A pause" not in stored


def test_a_backup_a_check_found_damaged_is_no_longer_the_last_good_one(
    database: JournalDatabase,
) -> None:
    backups = _backups(database, 2)
    service = BackupService()
    now = START + timedelta(days=1, hours=2)
    folder = database.backups_folder()
    assert service.status_of(database, now).latest == backups[0]
    assert service.backup_if_due(database, now) is None  # today's is there

    _flip_a_byte(backups[0].path)
    healths = service.check_backups(database, now)
    assert [(h.checked_now, h.usable) for h in healths] == [(True, False), (True, True)]
    status = service.status_of(database, now)
    assert status.latest == backups[1]  # the one before, which passed
    assert "1 backup failed a check" in str(status.message)
    assert "last verified" in str(status.message)
    made = service.backup_if_due(database, now)  # so a new one is made at once
    assert made is not None and made.path in {b.path for b in list_backups(folder)}
    assert service.status_of(database, now).latest == made


def test_a_backup_that_passes_again_counts_again_and_gone_backups_are_forgotten(
    database: JournalDatabase,
) -> None:
    backups = _backups(database, 2)
    service = BackupService()
    pristine = backups[0].path.read_bytes()
    _flip_a_byte(backups[0].path)
    service.check_backups(database, START + timedelta(days=3))
    assert not service.check_backups(database, START + timedelta(days=3))[0].usable
    backups[0].path.write_bytes(pristine)  # e.g. put back from another copy
    healths = service.check_backups(database, START + timedelta(days=4))
    assert healths[0].usable and healths[0].last_verified == START + timedelta(days=4)
    backups[1].path.unlink()
    backups[1].path.with_suffix(".key").unlink(missing_ok=True)
    service.check_backups(database, START + timedelta(days=5))
    assert set(read_records(database)) == {backups[0].path.name}


def test_an_unreadable_record_counts_every_backup_as_verified_when_made(
    database: JournalDatabase,
) -> None:
    backups = _backups(database, 1)
    database.set_setting(CHECKS_SETTING, "{not json")
    assert read_records(database) == {}
    status = BackupService().status_of(database, START + timedelta(hours=1))
    assert status.latest == backups[0]
    assert f"last verified {START:%Y-%m-%d %H:%M}" in str(status.message)
