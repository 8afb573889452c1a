"""Restore from a backup in the app: the dialog, the confirmation, the reopened journal."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journal_app.core.models import EntryDraft
from journal_app.store.backup import BackupInfo, list_backups
from journal_app.ui.restore_dialog import NAME_ROLE, PATH_ROLE, RestoreDialog, describe
from tests.ui.conftest import UI_PASSPHRASE

OLD_TITLE = "Group supervision on holding risk"
OLD_BODY = "We slowed down and weighed the evidence together."
NEW_TITLE = "Changed after the backup"
NEW_BODY = "Written after the backup was made."


@pytest.fixture
def accept_confirmation(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The confirmation box answers "Restore"; warnings are recorded instead of shown."""
    warnings: list[str] = []

    def exec_accepting(box: QMessageBox) -> int:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_accepting)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    return warnings


def open_app_with_a_reflection(make_app, vault, qtbot):  # type: ignore[no-untyped-def]
    created = vault.create(UI_PASSPHRASE)
    vault.remember_on_device(created.database)
    created.database.close()
    app = make_app(vault)
    app.start()
    window = app.window
    assert window.unlocked is not None
    qtbot.waitUntil(lambda: not app.tasks.busy, timeout=15_000)  # the daily backup
    entry = window.unlocked.journal.create(EntryDraft(title=OLD_TITLE, body=OLD_BODY))
    window.journal_view.refresh()
    window.actions_["backup"].trigger()
    qtbot.waitUntil(lambda: "Backup made" in window.statusBar().currentMessage(), timeout=15_000)
    window.unlocked.journal.update(entry.id, EntryDraft(title=NEW_TITLE, body=NEW_BODY))
    window.journal_view.refresh()
    return app, entry.id


def click_in_restore_dialog(button_name: str) -> None:
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        getattr(dialog, button_name).click()

    QTimer.singleShot(50, click)


def test_backups_are_listed_newest_first_in_uk_form(tmp_path: Path) -> None:
    made = datetime(2025, 3, 7, 14, 5, tzinfo=UTC)
    info = BackupInfo(tmp_path / "a.db", tmp_path / "a.key", made, "pre-restore", 2_500_000)
    text = describe(info)
    local = made.astimezone()
    assert local.strftime("%d/%m/%Y") in text and "before a restore" in text
    assert "2.4 MB" in text


def test_restore_a_backup_brings_back_the_old_text(
    make_app, vault, qtbot, accept_confirmation
) -> None:  # type: ignore[no-untyped-def]
    app, entry_id = open_app_with_a_reflection(make_app, vault, qtbot)
    window = app.window

    click_in_restore_dialog("restore_button")  # the newest backup is selected: the manual one
    window.actions_["restore"].trigger()
    qtbot.waitUntil(lambda: window.unlocked is not None and not app.tasks.busy, timeout=20_000)
    qtbot.waitUntil(lambda: "Restored the backup" in window.statusBar().currentMessage())

    assert accept_confirmation == []
    restored = window.unlocked.journal.get(entry_id)
    assert (restored.title, restored.body) == (OLD_TITLE, OLD_BODY)
    window.journal_view.open_entry(entry_id)
    assert window.journal_view.editor.title_edit.text() == OLD_TITLE  # shown on screen
    reasons = [b.reason for b in list_backups(window.unlocked.journal.database.backups_folder())]
    assert "pre-restore" in reasons  # the journal as it was is kept


def test_a_damaged_backup_is_refused_and_the_current_text_kept(
    make_app, vault, qtbot, accept_confirmation, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    app, entry_id = open_app_with_a_reflection(make_app, vault, qtbot)
    window = app.window
    good = next(b for b in list_backups(vault.data_dir / "backups") if b.reason == "manual")
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    damaged = elsewhere / good.path.name
    shutil.copyfile(good.path, damaged)
    shutil.copyfile(good.key_path, elsewhere / good.key_path.name)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0x5A  # one flipped byte inside an encrypted page
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(damaged), ""))

    click_in_restore_dialog("other_button")
    window.actions_["restore"].trigger()
    qtbot.waitUntil(lambda: bool(accept_confirmation), timeout=20_000)

    assert "damaged" in accept_confirmation[0]
    assert "Your journal is as it was before" in accept_confirmation[0]
    assert window.unlocked is not None  # the current journal is open again
    current = window.unlocked.journal.get(entry_id)
    assert (current.title, current.body) == (NEW_TITLE, NEW_BODY)


def _stand_in(folder: Path, made: datetime, reason: str) -> Path:
    path = folder / f"journal-{made:%Y%m%dT%H%M%S%f}Z-{reason}.db"
    path.write_bytes(b"x" * 4096)
    return path


def test_kept_copies_are_listed_apart_and_deleted_only_after_confirming(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    folder.mkdir()
    rotten = _stand_in(folder, datetime(2026, 3, 1, 9, tzinfo=UTC), "daily")
    good = _stand_in(folder, datetime(2026, 3, 2, 9, tzinfo=UTC), "manual")
    kept = _stand_in(folder, datetime(2026, 3, 3, 9, tzinfo=UTC), "pre-restore")
    unverified = folder / "unverified-before-restore-20260304T090000000000"
    unverified.mkdir()
    (unverified / "journal.db").write_bytes(b"y" * 4096)
    checked = datetime(2026, 3, 5, 9, tzinfo=UTC)
    records = {rotten.name: (rotten_made := datetime(2026, 3, 1, 9, tzinfo=UTC), checked)}
    assert rotten_made < checked

    dialog = RestoreDialog(folder, None, records)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.list.item(r) for r in range(dialog.list.count())]
    assert [r.data(PATH_ROLE) for r in rows] == [str(good), str(rotten)]
    assert "last verified" in rows[0].text()
    assert "damaged" in rows[1].text()
    assert not rows[1].flags() & Qt.ItemFlag.ItemIsEnabled  # shown, but cannot be chosen
    assert dialog.list.currentItem() is rows[0] and dialog.restore_button.isEnabled()
    assert not dialog.delete_button.isEnabled()  # a rotating backup is not deleted here
    kept_rows = [dialog.kept_list.item(r) for r in range(dialog.kept_list.count())]
    assert [r.data(NAME_ROLE) for r in kept_rows] == [unverified.name, kept.name]
    assert "before a restore" in kept_rows[1].text()
    assert dialog.kept_label.isVisible() and "Kept before" in dialog.kept_label.text()

    dialog.kept_list.setCurrentRow(1)
    assert dialog.list.currentItem() is None  # one choice across both lists
    assert dialog.delete_button.isEnabled() and dialog.restore_button.isEnabled()

    answers = ["Keep it", "Delete"]
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog.delete_button.click()
    assert kept.exists() and len(asked) == 1  # "Keep it": nothing deleted
    dialog.kept_list.setCurrentRow(1)
    dialog.delete_button.click()
    assert not kept.exists() and len(asked) == 2
    assert good.exists() and rotten.exists() and unverified.exists()
    assert [dialog.kept_list.item(r).data(NAME_ROLE) for r in range(dialog.kept_list.count())] == [
        unverified.name
    ]
    # Usable on a 1280x720 screen.
    assert dialog.width() <= 1280 and dialog.height() <= 720
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
