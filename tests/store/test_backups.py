"""Backups and restore: daily automatic backups, rotation over years, restore that never
makes things worse, and backups that open with the passphrase or the recovery key."""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalInUseError,
    WrongPassphraseError,
)
from journal_app.core.models import EntryDraft
from journal_app.services import backups as backups_module
from journal_app.services.backups import DAILY, BackupService
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store import backup as backup_module
from journal_app.store import migrate
from journal_app.store.backup import (
    BackupInfo,
    BackupStopped,
    list_backups,
    make_backup,
    remove_leftovers,
    rotate,
    verify_database,
)
from journal_app.store.database import JournalDatabase
from tests.conftest import PASSPHRASE, snapshot

NEW_PASSPHRASE = "a passphrase for the new year"


def _titles(database: JournalDatabase) -> list[str]:
    service = JournalService(database)
    return sorted(s.title for s in service.list())


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _files_outside_backups(data_dir: Path) -> dict[str, bytes]:
    return {
        name: data
        for name, data in snapshot(data_dir).items()
        if not name.startswith("backups") and name != "journal.lock"
    }


# -- rotation over two simulated years -------------------------------------------------------


def _expected_keep(made: list[datetime]) -> set[datetime]:
    """Grandfather-father-son, worked out independently: the 3 newest, plus the newest in
    each of the 7 newest days, the 4 newest ISO weeks and the 12 newest months."""
    ordered = sorted(made, reverse=True)
    keep = set(ordered[:3])
    for limit, bucket in (
        (7, lambda d: d.date()),
        (4, lambda d: d.isocalendar()[:2]),
        (12, lambda d: (d.year, d.month)),
    ):
        newest_per_bucket: dict[object, datetime] = {}
        for moment in ordered:
            newest_per_bucket.setdefault(bucket(moment), moment)
        buckets = sorted(newest_per_bucket, key=lambda b: newest_per_bucket[b], reverse=True)
        keep.update(newest_per_bucket[b] for b in buckets[:limit])
    return keep


class _FolderOnly:
    """Just enough of a JournalDatabase for backup_if_due when make_backup is a stand-in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.engine = None
        self.key = b"k" * 32
        self.key_file = folder / "unused.key"

    def backups_folder(self) -> Path:
        return self.folder

    def get_setting(self, _key: str) -> str | None:
        return None  # no check has recorded anything about these backups


def test_rotation_keeps_7_daily_4_weekly_12_monthly_over_two_years(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    made: list[datetime] = []

    def fake_make_backup(
        _engine: object, _key: bytes, _key_file: Path, where: Path, reason: str,
        made_at: datetime | None = None, stop: Callable[[], bool] | None = None,
    ) -> BackupInfo:  # fmt: skip
        assert made_at is not None
        path = where / f"journal-{_stamp(made_at)}-{reason}.db"
        path.write_bytes(b"stand-in")
        path.with_suffix(".key").write_bytes(b"{}")
        made.append(made_at)
        return BackupInfo(path, path.with_suffix(".key"), made_at, reason, 8)

    monkeypatch.setattr(backups_module, "make_backup", fake_make_backup)
    service = BackupService()
    database = _FolderOnly(folder)
    rng = random.Random(2026)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for day in range(730):
        # Some days the journal is not opened at all; some days it is opened three times.
        minutes = sorted(
            rng.randrange(7 * 60, 23 * 60) for _ in range(rng.choice((0, 1, 1, 2, 3)))
        )
        for minute in minutes:
            opened = start + timedelta(days=day, minutes=minute)
            service.backup_if_due(database, opened)  # type: ignore[arg-type]
        if day % 61 == 0 or day == 729:
            kept_now = {b.made_at for b in list_backups(folder)}
            assert kept_now == _expected_keep(made), f"day {day}"
    kept = sorted((b.made_at for b in list_backups(folder)), reverse=True)
    assert len(made) > 400  # one per day at most, only on days it was opened
    assert all(b - a >= DAILY for a, b in zip(sorted(made), sorted(made)[1:], strict=False))
    assert len(kept) <= 3 + 7 + 4 + 12
    assert len({k.date() for k in kept[:7]}) == 7  # the last seven days with a backup
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12  # a year of monthly backups, no more
    assert kept[-1] > kept[0] - timedelta(days=366)
    # Every kept backup has its key file; every removed one took its key file with it.
    names = {p.name for p in folder.iterdir()}
    assert len(names) == 2 * len(kept)
    assert all(b.key_path.exists() for b in list_backups(folder))


def test_rotation_leaves_other_files_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "my notes.txt").write_text("not a backup")
    (folder / "journal-old-copy.db").write_bytes(b"a copy the user made by hand")
    for day in range(40):
        moment = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=day)
        (folder / f"journal-{_stamp(moment)}-daily.db").write_bytes(b"x")
    rotate(folder)
    assert (folder / "my notes.txt").exists()
    assert (folder / "journal-old-copy.db").exists()


def test_leftovers_of_interrupted_backups_are_removed_once_stale(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stamp = "20260101T090000000000Z"
    partial = folder / f".journal-{stamp}-daily.db.partial"
    partial_wal = folder / f".journal-{stamp}-daily.db.partial-wal"
    orphan_key = folder / f"journal-{stamp}-daily.key"
    fresh = folder / ".journal-20260102T090000000000Z-daily.db.partial"
    real = folder / "journal-20260103T090000000000Z-daily.db"
    for path in (partial, partial_wal, orphan_key, fresh, real, real.with_suffix(".key")):
        path.write_bytes(b"x")
    old = time.time() - 7200
    for path in (partial, partial_wal, orphan_key, real, real.with_suffix(".key")):
        os.utime(path, (old, old))
    removed = remove_leftovers(folder)
    assert sorted(removed) == sorted([partial, partial_wal, orphan_key])
    assert fresh.exists(), "a copy still being written is left alone"
    assert real.exists() and real.with_suffix(".key").exists()


# -- the daily automatic backup on a real journal --------------------------------------------


def test_backup_if_due_makes_one_verified_backup_a_day(database: JournalDatabase) -> None:
    JournalService(database).create(EntryDraft(title="Group supervision", body="We paused."))
    service = BackupService()
    now = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    first = service.backup_if_due(database, now)
    assert first is not None and first.reason == "daily" and first.made_at == now
    assert verify_database(first.path, database.key) == []
    assert first.key_path.read_bytes() == database.key_file.read_bytes()
    assert service.backup_if_due(database, now + timedelta(hours=1)) is None
    assert service.backup_if_due(database, now + timedelta(hours=23, minutes=59)) is None
    second = service.backup_if_due(database, now + timedelta(hours=24))
    assert second is not None
    assert [b.path for b in list_backups(database.backups_folder())] == [second.path, first.path]


def test_a_backup_asked_to_stop_keeps_nothing(
    database: JournalDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = JournalService(database)
    for number in range(40):
        journal.create(EntryDraft(title=f"Reflection {number}", body="Supervision notes. " * 200))
    # SQLite asks often here, so the copy is stopped part-way (the real spacing is wider).
    monkeypatch.setattr(backup_module, "_STEPS_BETWEEN_LOOKS", 100)
    looks = 0

    def stop() -> bool:
        nonlocal looks
        looks += 1
        return looks > 3

    folder = database.backups_folder()
    with pytest.raises(BackupStopped):
        BackupService().backup_if_due(database, stop=stop)
    assert 3 < looks < 1_000  # stopped during the copy, soon after being asked
    assert not folder.exists() or list(folder.iterdir()) == []  # no backup, no partial copy
    # The next one, not stopped, is made as usual and the journal is as it was.
    made = BackupService().backup_if_due(database, stop=lambda: False)
    assert made is not None and verify_database(made.path, database.key) == []
    assert journal.count() == 40


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_backup(
    database: JournalDatabase,
) -> None:
    service = BackupService()
    now = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    wrong_clock = now + timedelta(days=40)
    make_backup(
        database.engine, database.key, database.key_file, database.backups_folder(), "daily",
        made_at=wrong_clock,
    )  # fmt: skip
    assert service.backup_if_due(database, now) is not None
    assert service.backup_if_due(database, now + timedelta(hours=2)) is None


def test_status_says_how_old_the_last_good_backup_is(database: JournalDatabase) -> None:
    service = BackupService()
    folder = database.backups_folder()
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)
    status = service.status(folder, now)
    assert status.latest is None and status.overdue and "No backup" in str(status.message)
    assert service.last_backup_age(folder, now) is None
    made_at = now - timedelta(days=10)
    make_backup(database.engine, database.key, database.key_file, folder, "manual", made_at)
    assert service.last_backup_age(folder, now) == timedelta(days=10)
    status = service.status(folder, now)
    assert (
        status.overdue and "10 days ago" in str(status.message) and "week" in str(status.message)
    )
    service.backup_if_due(database, now)
    status = service.status(folder, now + timedelta(hours=3))
    assert not status.overdue and "today" in str(status.message)


# -- restore ----------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_journal_as_it_was(
    database: JournalDatabase,
) -> None:
    journal = JournalService(database)
    first = journal.create(EntryDraft(title="Before the backup", body="Original words."))
    backup = database.backup("manual")
    journal.update(first.id, EntryDraft(title="Edited after the backup", body="New words."))
    journal.create(EntryDraft(title="Written after the backup"))

    restored = BackupService().restore(database, backup.path)
    try:
        assert _titles(restored.database) == ["Before the backup"]
        assert JournalService(restored.database).get(first.id).body == "Original words."
        assert restored.database.integrity_problems() == []
        assert not restored.key_file_replaced
        assert restored.safety_backup is not None and restored.safety_backup_verified
        assert verify_database(restored.safety_backup, restored.database.key) == []
        assert backup.path.exists(), "the chosen backup is never rotated away by a restore"
        # The journal as it was is in the safety backup: restoring that undoes the restore.
        undone = BackupService().restore(restored.database, restored.safety_backup)
    except BaseException:
        restored.database.close()
        raise
    try:
        assert _titles(undone.database) == ["Edited after the backup", "Written after the backup"]
    finally:
        undone.database.close()


def test_restore_with_the_journal_closed(vault: Vault, data_dir: Path) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="Kept in the backup"))
    backup = created.database.backup("manual")
    JournalService(created.database).create(EntryDraft(title="Only in the journal"))
    created.database.close()

    restored = BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
    try:
        assert _titles(restored.database) == ["Kept in the backup"]
    finally:
        restored.database.close()
    vault.unlock(PASSPHRASE).close()  # the current passphrase still opens it
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]


def _damage(path: Path, offset: int | None = None) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2 if offset is None else offset] ^= 0x10
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda p: _damage(p), id="flipped-byte"),
        pytest.param(lambda p: _damage(p, 20), id="flipped-byte-in-page-1"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: 4096 * 2]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(os.urandom(8192)), id="not-a-journal"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
    ],
)
def test_restoring_a_damaged_backup_changes_nothing(
    vault: Vault, data_dir: Path, spoil: Callable[[Path], None]
) -> None:
    created = vault.create(PASSPHRASE)
    for number in range(30):
        JournalService(created.database).create(
            EntryDraft(title=f"Reflection {number}", body="Practice words. " * 200)
        )
    backup = created.database.backup("manual")
    created.database.close()
    spoil(backup.path)
    before = snapshot(data_dir)
    with pytest.raises((DamagedJournalError, WrongPassphraseError)) as raised:
        BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
    assert "Nothing was changed" in str(raised.value)
    after = snapshot(data_dir)
    before.pop("journal.lock", None)
    after.pop("journal.lock", None)
    assert after == before
    database = vault.unlock(PASSPHRASE)
    try:
        assert len(_titles(database)) == 30 and database.integrity_problems() == []
    finally:
        database.close()


def test_a_damaged_backup_leaves_the_open_journal_open_and_unchanged(
    database: JournalDatabase,
) -> None:
    journal = JournalService(database)
    journal.create(EntryDraft(title="A reflection", body="Words " * 3000))
    backup = database.backup("manual")
    journal.create(EntryDraft(title="A later reflection"))
    _damage(backup.path)
    with pytest.raises(DamagedJournalError, match="damaged"):
        BackupService().restore(database, backup.path)
    assert _titles(database) == ["A later reflection", "A reflection"]  # still open, as it was


def test_a_restore_that_fails_in_place_puts_the_original_files_back(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="In the backup"))
    backup = created.database.backup("manual")
    JournalService(created.database).create(EntryDraft(title="Only in the journal"))
    created.database.close()
    before = _files_outside_backups(data_dir)
    real_opens_as = backups_module._opens_as

    def fails_in_place(path: Path, key: bytes, journal_id: str) -> bool:
        if path == data_dir / "journal.db":
            return False  # as if the copy were damaged on its way into place
        return real_opens_as(path, key, journal_id)

    monkeypatch.setattr(backups_module, "_opens_as", fails_in_place)
    with pytest.raises(DamagedJournalError, match="put back as it was"):
        BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
    assert _files_outside_backups(data_dir) == before
    database = vault.unlock(PASSPHRASE)
    try:
        assert _titles(database) == ["In the backup", "Only in the journal"]
    finally:
        database.close()


def test_a_restore_that_fails_to_open_is_undone(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="In the backup"))
    backup = created.database.backup("manual")
    JournalService(created.database).create(EntryDraft(title="Only in the journal"))
    created.database.close()
    before = _files_outside_backups(data_dir)
    real_open = JournalDatabase.open
    calls = {"n": 0}

    def open_fails_once(*args: object, **kwargs: object) -> JournalDatabase:
        calls["n"] += 1
        if calls["n"] == 1:
            raise DamagedJournalError("journal.newer_version")
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalDatabase, "open", staticmethod(open_fails_once))
    with pytest.raises(DamagedJournalError, match="restore was undone"):
        BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert _files_outside_backups(data_dir) == before


def test_backups_open_with_todays_passphrase_or_the_recovery_key_never_an_old_one(
    vault: Vault, tmp_path: Path
) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="Written last spring"))
    backup = created.database.backup("manual")
    created.database.close()
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    # A new laptop: an empty folder, and the backups folder copied to a USB stick: the
    # backup, and the copy of the journal's key file the app keeps in step beside it.
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy(backup.path, stick / backup.path.name)
    assert backup.key_path.name == "journal.key"
    shutil.copy(backup.key_path, stick / backup.key_path.name)
    copied = stick / backup.path.name

    fresh = Vault(tmp_path / "new-laptop", kdf_params=keywrap.minimum_params)
    with pytest.raises(WrongPassphraseError, match="does not open the key file"):
        BackupService().restore(fresh, copied, passphrase=PASSPHRASE)  # the old one
    assert sorted(p.name for p in fresh.data_dir.iterdir()) in ([], ["journal.lock"])
    restored = BackupService().restore(fresh, copied, passphrase=NEW_PASSPHRASE)
    restored.database.close()
    assert restored.key_file_replaced and restored.safety_backup is None
    opened = fresh.unlock(NEW_PASSPHRASE)
    try:
        assert _titles(opened) == ["Written last spring"]
    finally:
        opened.close()

    other = Vault(tmp_path / "another-laptop", kdf_params=keywrap.minimum_params)
    restored = BackupService().restore(other, copied, recovery_key=created.recovery_key)
    restored.database.close()
    other.recover(created.recovery_key, "fresh marble harbour tulip").close()
    assert _titles(other.unlock("fresh marble harbour tulip")) == ["Written last spring"]


def test_the_key_file_must_travel_with_the_backup(vault: Vault, tmp_path: Path) -> None:
    created = vault.create(PASSPHRASE)
    backup = created.database.backup("manual")
    created.database.close()
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copy(backup.path, lonely / backup.path.name)
    fresh = Vault(tmp_path / "new-laptop", kdf_params=keywrap.minimum_params)
    with pytest.raises(DamagedJournalError, match=r"no key file .* beside it"):
        BackupService().restore(fresh, lonely / backup.path.name, passphrase=PASSPHRASE)
    with pytest.raises(InvalidInputError, match="no backup file"):
        BackupService().restore(fresh, lonely / "nothing-here.db", passphrase=PASSPHRASE)


def test_restore_refuses_while_the_app_has_the_journal_open(vault: Vault, data_dir: Path) -> None:
    created = vault.create(PASSPHRASE)
    backup = created.database.backup("manual")
    try:
        before = _files_outside_backups(data_dir)
        with pytest.raises(JournalInUseError):
            BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
        assert _files_outside_backups(data_dir) == before
    finally:
        created.database.close()


def test_restore_refuses_the_journal_itself(database: JournalDatabase) -> None:
    with pytest.raises(InvalidInputError, match="journal itself"):
        BackupService().restore(database, database.path)


def test_restoring_into_a_damaged_journal_keeps_a_copy_of_it(vault: Vault, data_dir: Path) -> None:
    created = vault.create(PASSPHRASE)
    for number in range(20):
        JournalService(created.database).create(EntryDraft(title=f"R{number}", body="w " * 900))
    backup = created.database.backup("manual")
    created.database.close()
    _damage(data_dir / "journal.db", 100)  # page 1: the journal no longer opens
    with pytest.raises(DamagedJournalError):
        vault.unlock(PASSPHRASE)
    damaged = (data_dir / "journal.db").read_bytes()
    restored = BackupService().restore(vault, backup.path, passphrase=PASSPHRASE)
    try:
        assert len(_titles(restored.database)) == 20
        assert restored.safety_backup is not None and not restored.safety_backup_verified
        assert (restored.safety_backup / "journal.db").read_bytes() == damaged
    finally:
        restored.database.close()


def test_restoring_a_backup_in_an_older_format_upgrades_it(database: JournalDatabase) -> None:
    JournalService(database).create(EntryDraft(title="Old format", body="three short words"))
    migrate.migrate(database.engine, "0001", downgrade=True)
    old = database.backup("manual")
    migrate.migrate(database.engine)
    restored = BackupService().restore(database, old.path)
    try:
        assert migrate.current_revision(restored.database.engine) == migrate.head_revision()
        summary = JournalService(restored.database).list()[0]
        assert summary.title == "Old format" and summary.word_count == 3
        reasons = [b.reason for b in list_backups(restored.database.backups_folder())]
        assert "pre-migration" in reasons and "pre-restore" in reasons
    finally:
        restored.database.close()


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    from journal_app.cli import main, parser

    if "backup_commands" not in parser._COMMAND_MODULES:
        monkeypatch.setattr(
            parser, "_COMMAND_MODULES", (*parser._COMMAND_MODULES, "backup_commands")
        )
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run


def _age_backup(backup: Path, days: int) -> Path:
    """Rename a backup (and its key file) as if it had been made ``days`` ago."""
    made = datetime.now(UTC) - timedelta(days=days, minutes=5)
    older = backup.with_name(f"journal-{_stamp(made)}-manual.db")
    backup.rename(older)
    if backup.with_suffix(".key").exists():  # made by an older version
        backup.with_suffix(".key").rename(older.with_suffix(".key"))
    return older


def test_check_reports_a_backup_made_ten_days_ago_and_warns(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    code, out, _ = cli("check")
    assert code == 0 and "No backup has been made yet" in out
    assert cli("backup")[0] == 0
    folder = cli.data / "backups"
    _age_backup(list_backups(folder)[0].path, 10)
    code, out, _ = cli("check")
    assert code == 0
    assert "Integrity check: passed" in out
    assert "(10 days ago)" in out
    assert "more than a week old" in out


def test_backups_lists_them_with_ages_and_restore_puts_one_back(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    first = cli("add", "--title", "Kept", stdin="In the backup.")[1].strip()
    assert cli("backup")[0] == 0
    folder = cli.data / "backups"
    older = _age_backup(list_backups(folder)[0].path, 3)
    cli("add", "--title", "Later", stdin="Not in the backup.")
    code, out, _ = cli("backups")
    assert code == 0 and older.name in out and "3 days ago" in out and "manual" in out
    code, out, err = cli("restore", older.name)
    assert code == 0, err
    assert "Restored" in out and "pre-restore" in out
    code, out, _ = cli("list")
    assert first in out and "Later" not in out
    code, out, _ = cli("backups")
    assert "pre-restore" in out


def test_restore_errors_are_one_clear_line(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    code, _, err = cli("restore", "no-such-backup.db")
    assert code == 2 and err.count("\n") == 1 and "no backup file" in err.lower()
    cli("backup")
    backup = list_backups(cli.data / "backups")[0].path
    _damage(backup)
    code, _, err = cli("restore", str(backup))
    assert code == 5 and err.count("\n") == 1 and "Nothing was changed" in err


def test_daily_backup_on_open_warns_instead_of_failing(
    database: JournalDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.cli.backup_commands import daily_backup_on_open
    from journal_app.core.errors import StorageError

    daily_backup_on_open(database)
    assert capsys.readouterr().err == ""  # success is silent
    assert len(list_backups(database.backups_folder())) == 1
    daily_backup_on_open(database)
    assert len(list_backups(database.backups_folder())) == 1  # not due again the same day
    _age_backup(list_backups(database.backups_folder())[0].path, 2)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StorageError(
            "backup.not_written_because", folder="backups", reason="No space left on device"
        )

    monkeypatch.setattr(backups_module, "make_backup", full_disk)
    daily_backup_on_open(database)
    err = capsys.readouterr().err
    assert "warning" in err and "No space left" in err
    assert _titles(database) == []  # the journal itself carries on


def test_age_is_counted_in_whole_days() -> None:
    from journal_app.services.backups import age_in_words

    assert str(age_in_words(timedelta(hours=5))) == "today"
    assert str(age_in_words(timedelta(days=1, hours=2))) == "1 day ago"
    assert str(age_in_words(timedelta(days=10))) == "10 days ago"


def test_a_backup_of_a_damaged_journal_names_the_damage(vault: Vault, data_dir: Path) -> None:
    """Copying reads every page, so the daily backup is where hidden damage shows up: it
    must say the journal is damaged, not that the backups folder could not be written."""
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(
        EntryDraft(title="A long reflection", body="Careful words about practice. " * 10_000)
    )
    created.database.close()
    pristine = (data_dir / "journal.db").read_bytes()
    for fraction in (0.5, 0.6, 0.4, 0.7):
        raw = bytearray(pristine)
        raw[int(len(raw) * fraction)] ^= 0x08
        (data_dir / "journal.db").write_bytes(bytes(raw))
        try:
            database = vault.unlock(PASSPHRASE)
        except DamagedJournalError:
            continue  # this flip is already caught at open; try a page read later
        try:
            with pytest.raises(DamagedJournalError, match="journal itself is damaged"):
                database.backup("daily")
            assert list_backups(database.backups_folder()) == []
        finally:
            database.close()
        return
    pytest.fail("every flip was caught at open; no page was left for the backup to find")
