"""The window shell: menus and shortcuts, Back up now, the shortcuts list, accessibility."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from journal_app.ui.about import ShortcutsDialog
from tests.ui.conftest import UI_PASSPHRASE

EXPECTED_SHORTCUTS = {
    "new": "Ctrl+N",
    "save": "Ctrl+S",
    "export": "Ctrl+E",
    "lock": "Ctrl+L",
    "quit": "Ctrl+Q",
    "find": "Ctrl+F",
    "preferences": "Ctrl+,",
}


def open_app(make_app, vault, qtbot):
    created = vault.create(UI_PASSPHRASE)
    vault.remember_on_device(created.database)  # straight in: these tests are about the window
    created.database.close()
    app = make_app(vault)
    app.start()
    assert app.window.unlocked is not None
    return app


def test_menus_have_the_desktop_shortcuts(make_app, vault, qtbot) -> None:
    window = open_app(make_app, vault, qtbot).window
    for name, keys in EXPECTED_SHORTCUTS.items():
        assert window.actions_[name].shortcut() == QKeySequence(keys), name
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert all(action.text() for action in window.actions_.by_name.values())


def test_back_up_now_runs_in_the_background(make_app, vault, qtbot) -> None:
    window = open_app(make_app, vault, qtbot).window
    window.actions_["backup"].trigger()
    qtbot.waitUntil(lambda: "Backup made" in window.statusBar().currentMessage(), timeout=15_000)
    backups = list((vault.data_dir / "backups").glob("journal-*.db"))
    assert len(backups) == 1


def test_keyboard_shortcuts_are_listed_from_the_real_actions(make_app, vault, qtbot) -> None:
    window = open_app(make_app, vault, qtbot).window
    found: list[list[str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        found.extend(
            [table.item(row, 0).text(), table.item(row, 1).text()]
            for row in range(table.rowCount())
        )
        dialog.reject()

    QTimer.singleShot(100, read_and_close)
    window.show_shortcuts()
    listed = {name: keys for name, keys in found}
    assert listed["Lock journal"] == QKeySequence("Ctrl+L").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "New reflection" in listed and "Find" in listed


def test_locked_window_greys_out_journal_commands(make_app, vault, qtbot) -> None:
    app = open_app(make_app, vault, qtbot)
    app.lock()
    actions = app.window.actions_
    assert not actions["new"].isEnabled() and not actions["backup"].isEnabled()
    assert actions["quit"].isEnabled() and actions["about"].isEnabled()
