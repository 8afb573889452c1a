"""Preferences' key changes through the real dialogs: a new recovery key, and a key rotation
run off the GUI thread with progress, both ending on the recovery key shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from journal_app.core.errors import WrongPassphraseError
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.preferences import Preferences
from journal_app.store import rekey
from journal_app.store.backup import list_backups
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.key_dialogs import NewRecoveryKeyDialog, RotateKeyDialog
from journal_app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE

NEW = "a passphrase nobody else has seen"


def _type_current(qtbot, dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, text)


def _finish_on_the_key_page(qtbot, dialog, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.recovery, timeout=60_000)
    key = dialog.recovery.key.text()
    assert len(key.replace("-", "")) == 32
    assert not dialog.ok.isEnabled()  # not before they say it is stored
    assert dialog.save_kit_to(tmp_path / "kit")
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")
    dialog.recovery.stored.setChecked(True)
    dialog.ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    return key


def test_preferences_offers_both(vault, database, tasks, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(UnlockedJournal.open(vault, database), Preferences(), tasks)
    qtbot.addWidget(dialog)
    names = {b.accessibleName() for b in dialog.findChildren(QPushButton)}
    assert {"New recovery key", "Someone may know my passphrase"} <= names


def test_new_recovery_key_dialog(vault, tasks, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = vault.create(PASSPHRASE)
    unlocked = UnlockedJournal.open(vault, created.database)
    try:
        dialog = NewRecoveryKeyDialog(unlocked, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ok.click()
        assert "current passphrase first" in dialog.message.text()
        _type_current(qtbot, dialog, "not the passphrase")
        dialog.ok.click()
        qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=30_000)
        _type_current(qtbot, dialog, PASSPHRASE)
        dialog.ok.click()
        new_key = _finish_on_the_key_page(qtbot, dialog, tmp_path)
    finally:
        unlocked.close()
    with pytest.raises(WrongPassphraseError):
        vault.recover(created.recovery_key, NEW)
    vault.recover(new_key, NEW).close()


def test_rotate_key_dialog_rotates_with_progress_and_shows_the_new_key(  # type: ignore[no-untyped-def]
    vault, tasks, qtbot, tmp_path: Path
) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="A reflection to keep"))
    created.database.backup("manual")
    old_key = created.database.key
    unlocked = UnlockedJournal.open(vault, created.database)
    try:
        dialog = RotateKeyDialog(unlocked, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        _type_current(qtbot, dialog, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.first, "short")
        qtbot.keyClicks(dialog.fields.second, "short")
        dialog.ok.click()
        assert dialog.fields.message.isVisible()  # the rules, before any work starts
        dialog.fields.clear()
        qtbot.keyClicks(dialog.fields.first, NEW)
        qtbot.keyClicks(dialog.fields.second, NEW)
        progress: list[tuple[int, str]] = []
        dialog.ok.click()
        assert tasks.busy  # off the GUI thread
        # The worker's first report comes after an Argon2id derivation: long after this.
        (task,) = tasks._active
        task.signals.progress.connect(lambda p, m: progress.append((p, m)))
        new_key = _finish_on_the_key_page(qtbot, dialog, tmp_path)
        result = dialog.result_counts
        assert result is not None and result.backups_reencrypted == 2
        # The open journal carries on under the new key.
        assert [s.title for s in unlocked.journal.list()] == ["A reflection to keep"]
        assert unlocked.journal.database.key != old_key
        assert [p for p, _ in progress] == sorted(p for p, _ in progress)
        assert progress[-1] == (100, "Done.")
        assert "Re-encrypting your backups…" in {m for _, m in progress}
    finally:
        unlocked.close()
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.recover(new_key, "copper meadow whistles twice").close()
    for backup in list_backups(vault.data_dir / "backups"):
        assert not rekey.is_under(backup.path, old_key)
