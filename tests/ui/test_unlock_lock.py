"""Unlocking (passphrase, recovery key, this device), locking with Ctrl+L, and auto-lock."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from journal_app.core.errors import JournalError, WrongPassphraseError
from journal_app.ui.app import JournalApp
from journal_app.ui.unlock_dialog import RecoveryDialog, UnlockDialog
from tests.conftest import snapshot
from tests.ui.conftest import UI_PASSPHRASE


@pytest.fixture
def recovery_key(vault) -> str:
    """An existing journal, closed, as a later run of the app finds it."""
    created = vault.create(UI_PASSPHRASE)
    created.database.close()
    return created.recovery_key


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def unlock_with(qtbot, app: JournalApp, passphrase: str) -> None:
    qtbot.waitUntil(lambda: isinstance(app.dialog, UnlockDialog))
    dialog = app.dialog
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.primary)
    qtbot.waitUntil(lambda: app.window.unlocked is not None, timeout=10_000)


def test_wrong_passphrase_says_so_keeps_the_dialog_and_changes_no_file(
    make_app, vault, recovery_key, qtbot
) -> None:
    before = snapshot(vault.data_dir)
    app = make_app(vault)
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.focusWidget() is dialog.passphrase  # typing goes straight in
    qtbot.keyClicks(dialog.passphrase, "not my passphrase at all")
    click(qtbot, dialog.primary)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "does not open this journal" in dialog.message.text()
    assert dialog.isVisible() and app.dialog is dialog
    assert app.window.unlocked is None and not app.window.isVisible()
    assert dialog.primary.isEnabled() and dialog.passphrase.hasSelectedText()
    assert snapshot(vault.data_dir) == before

    unlock_with(qtbot, app, UI_PASSPHRASE)
    assert app.window.isVisible() and app.dialog is None


def test_recovery_key_sets_a_new_passphrase_and_opens(make_app, vault, recovery_key, qtbot):
    app = make_app(vault)
    app.start()
    click(qtbot, app.dialog.forgot)
    recovery = app.dialog.recovery
    assert isinstance(recovery, RecoveryDialog)

    # A wrong key is refused with a message; the dialog stays.
    qtbot.keyClicks(recovery.key, "AAAA-" * 7 + "AAAA")
    qtbot.keyClicks(recovery.fields.first, "pebble orchard violin summit")
    qtbot.keyClicks(recovery.fields.second, "pebble orchard violin summit")
    click(qtbot, recovery.primary)
    qtbot.waitUntil(lambda: recovery.message.isVisible(), timeout=10_000)
    assert "does not unlock this journal" in recovery.message.text()
    assert recovery.isVisible()

    # As people type it: small letters, no dashes.
    recovery.key.clear()
    qtbot.keyClicks(recovery.key, recovery_key.replace("-", "").lower())
    click(qtbot, recovery.primary)
    qtbot.waitUntil(lambda: app.window.unlocked is not None, timeout=10_000)
    assert "new passphrase is set" in app.window.statusBar().currentMessage()

    app.shutdown()
    with pytest.raises(WrongPassphraseError):
        vault.unlock(UI_PASSPHRASE)
    vault.unlock("pebble orchard violin summit").close()


def test_ctrl_l_locks_then_unlock_brings_the_window_back(make_app, vault, recovery_key, qtbot):
    app = make_app(vault)
    app.start()
    unlock_with(qtbot, app, UI_PASSPHRASE)
    window = app.window
    database = window.unlocked.journal.database
    views = (window.journal_view, window.coverage_view)
    assert window.actions_["lock"].shortcut() == QKeySequence("Ctrl+L")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.unlocked is None)

    assert window.journal_view is None and window.coverage_view is None
    assert not any(shiboken6.isValid(view) for view in views)  # deleted, not hidden
    assert window.stack.currentWidget() is window.locked_page
    with pytest.raises(JournalError):
        database.key  # noqa: B018 - the key is gone
    assert not window.actions_["new"].isEnabled()

    unlock_with(qtbot, app, UI_PASSPHRASE)
    assert window.journal_view is not None
    assert window.stack.currentWidget() is window.journal_view


def test_auto_lock_fires_after_idle_time_and_input_postpones_it(
    make_app, vault, recovery_key, qtbot
) -> None:
    app = make_app(vault)
    app.start()
    unlock_with(qtbot, app, UI_PASSPHRASE)
    window = app.window
    assert app.idle.interval_ms == 10 * 60_000  # the default: ten minutes
    app.idle.set_interval_ms(400)
    app.idle.start()
    for _ in range(6):  # keep moving the mouse for longer than the idle time
        QTest.mouseMove(window, QPoint(50, 50 + _))
        qtbot.wait(120)
    assert window.unlocked is not None
    qtbot.waitUntil(lambda: window.unlocked is None, timeout=3_000)
    assert window.journal_view is None
    assert window.stack.currentWidget() is window.locked_page
    qtbot.waitUntil(lambda: isinstance(app.dialog, UnlockDialog))  # asks straight away


def test_locking_does_not_wait_for_background_work_but_waits_for_a_persons(
    make_app, vault, recovery_key, qtbot
) -> None:
    import threading
    import time

    app = make_app(vault)
    app.start()
    unlock_with(qtbot, app, UI_PASSPHRASE)
    started = threading.Event()

    def long_backup(report, cancelled):  # stands for the daily backup of a large journal
        started.set()
        deadline = time.monotonic() + 30
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return cancelled()

    stopped: list[bool] = []
    app.tasks.start(long_backup, on_success=stopped.append, background=True)
    assert started.wait(5)
    begun = time.monotonic()
    assert app.lock()  # Ctrl+L
    assert time.monotonic() - begun < 5 and app.window.unlocked is None
    qtbot.waitUntil(lambda: stopped == [True])

    # The idle lock does not wait for background work either.
    unlock_with(qtbot, app, UI_PASSPHRASE)
    started.clear()
    app.tasks.start(long_backup, on_success=stopped.append, background=True)
    assert started.wait(5)
    assert app.lock(idle=True) and app.window.unlocked is None
    qtbot.waitUntil(lambda: stopped == [True, True])

    # An idle lock while the person's own export runs waits for it instead.
    unlock_with(qtbot, app, UI_PASSPHRASE)
    release = threading.Event()
    app.tasks.start(lambda report, cancelled: release.wait(10))
    assert not app.lock(idle=True) and app.window.unlocked is not None
    release.set()
    qtbot.waitUntil(lambda: not app.tasks.busy)


def test_auto_lock_closes_an_open_dialog_first(make_app, vault, recovery_key, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.about import AboutDialog

    app = make_app(vault)
    app.start()
    unlock_with(qtbot, app, UI_PASSPHRASE)
    window = app.window
    seen: list[bool] = []
    app.idle.set_interval_ms(400)
    app.idle.start()
    # exec() runs a nested event loop, as in real use; the idle lock fires inside it.
    QTimer.singleShot(0, window.show_about)
    QTimer.singleShot(150, lambda: seen.append(bool(QApplication.activeModalWidget())))
    qtbot.waitUntil(lambda: window.unlocked is None, timeout=5_000)
    assert seen == [True]  # the About dialog was open when the lock came
    assert not any(d.isVisible() for d in window.findChildren(AboutDialog))
    assert window.journal_view is None


def test_remembered_device_opens_straight_in_and_lock_waits_for_a_click(
    make_app, vault, qtbot
) -> None:
    created = vault.create(UI_PASSPHRASE)
    vault.remember_on_device(created.database)
    created.database.close()
    app = make_app(vault)
    app.start()
    assert app.dialog is None and app.window.unlocked is not None

    app.lock()
    assert app.window.unlocked is None
    qtbot.wait(50)
    assert app.dialog is None  # locked page with an Unlock button, no prompt
    click(qtbot, app.window.locked_page.button)
    assert app.window.unlocked is not None


def test_window_title_never_names_an_entry(make_app, vault, recovery_key, qtbot) -> None:
    app = make_app(vault)
    app.start()
    unlock_with(qtbot, app, UI_PASSPHRASE)
    assert app.window.windowTitle() == "Reflective Supervision Journal"
