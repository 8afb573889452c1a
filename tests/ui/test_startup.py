"""Start-up: the unlock dialog first, with only what it needs; the rest behind it.

Importing the app and showing the unlock dialog must not load the database layer
(SQLAlchemy), Alembic or the PDF library: they are imported once the dialog is on screen,
while it waits for the passphrase, and the main window is built then too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.services.vault import Vault
from journal_app.ui.app import JournalApp
from journal_app.ui.tasks import TaskRunner
from journal_app.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import UI_PASSPHRASE
from tests.ui.drive import loaded_after, unlock_with

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "journal_app.store.database")


def test_importing_the_app_loads_neither_the_database_layer_nor_the_window() -> None:
    loaded = loaded_after("import journal_app.ui.app")
    assert not loaded & {*HEAVY, "journal_app.ui.main_window", "journal_app.ui.journal_view"}


def test_the_window_looks_for_the_export_dialog_without_importing_it() -> None:
    loaded = loaded_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from journal_app.ui.main_window import MainWindow\n"
        "from journal_app.ui.tasks import TaskRunner\n"
        "window = MainWindow(TaskRunner())\n"
        "assert window.actions_['export'].isVisible()\n"
    )
    assert "reportlab" not in loaded
    assert "journal_app.ui.export_dialog" not in loaded


@pytest.fixture
def existing_journal(vault: Vault) -> Vault:
    vault.create(UI_PASSPHRASE).database.close()
    return vault


@pytest.fixture
def started_app(existing_journal: Vault, tasks: TaskRunner) -> Iterator[JournalApp]:
    """The app as ``journal-app`` starts it: the window built later, behind the dialog."""
    app = JournalApp(existing_journal, tasks, window_later=True)
    yield app
    if app.dialog is not None:
        app.dialog.done(0)
    app.shutdown()
    if app.window_built:
        app.window.close()


def test_the_window_is_built_behind_the_unlock_dialog(started_app: JournalApp, qtbot) -> None:
    started_app.start()
    dialog = started_app.dialog
    assert isinstance(dialog, UnlockDialog)
    assert not started_app.window_built  # nothing but the dialog before it is on screen
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: started_app.window_built, timeout=10_000)
    window = started_app.window
    assert not window.isVisible() and window.unlocked is None
    assert not window.locked_page.button.isVisibleTo(window)  # quiet behind the dialog
    assert dialog.isVisible() and started_app.dialog is dialog

    unlock_with(qtbot, started_app, UI_PASSPHRASE)
    assert window.isVisible() and started_app.dialog is None
    assert window.stack.currentWidget() is window.journal_view


def test_unlocking_before_the_window_is_ready_opens_it_all_the_same(
    started_app: JournalApp, qtbot: QtBot
) -> None:
    started_app.start()
    dialog = started_app.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(UI_PASSPHRASE)
    dialog.primary.click()  # before the dialog has even painted
    qtbot.waitUntil(lambda: started_app.dialog is None, timeout=10_000)
    window = started_app.window
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    assert window.unlocked is not None
    assert window.stack.currentWidget() is window.journal_view
    qtbot.wait(200)  # the rest of the preparation finds everything done
    assert started_app.window is window
