"""The status bar's word on backups: a backup a check found damaged is not the last one, and
the details say when the last good one was verified."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QStatusBar

from journal_app.services.backups import BackupService
from journal_app.services.unlocked import UnlockedJournal
from journal_app.services.vault import Vault
from journal_app.store.backup import make_backup
from journal_app.store.database import JournalDatabase
from journal_app.ui.backup_watch import BackupWatch
from journal_app.ui.tasks import TaskRunner


def _flip_a_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    path.write_bytes(bytes(raw))


def test_a_damaged_backup_is_not_shown_as_the_last_backup(
    qtbot, tasks: TaskRunner, database: JournalDatabase
) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    folder = database.backups_folder()
    older = make_backup(
        database.engine, database.key, database.key_file, folder, "daily",
        made_at=now - timedelta(days=2, hours=1),
    )  # fmt: skip
    newest = make_backup(
        database.engine, database.key, database.key_file, folder, "daily",
        made_at=now - timedelta(hours=1),
    )  # fmt: skip
    bar = QStatusBar()
    qtbot.addWidget(bar)
    watch = BackupWatch(tasks, bar)
    watch._unlocked = UnlockedJournal(Vault(database.data_dir), database)
    watch._show()
    assert watch.label.text() == "Backed up today"
    assert "last verified" in watch.label.toolTip()

    _flip_a_byte(newest.path)
    BackupService().check_backups(database)
    watch._show()
    assert watch.label.text() == "Backed up 2 days ago · 1 damaged backup(s) not used"
    tip = watch.label.toolTip()
    assert f"{older.made_at:%Y-%m-%d %H:%M}" in tip and "1 backup failed a check" in tip
