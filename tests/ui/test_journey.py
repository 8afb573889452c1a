"""The whole journey a newcomer takes, through the real widgets, in one go.

First run -> New reflection (Ctrl+N) -> Gibbs template -> title and two sections typed ->
two practice-leader domains ticked -> Save (Ctrl+S) -> search finds it -> Lock (Ctrl+L) ->
unlock with the passphrase -> the reflection is there, unchanged, on screen and on disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal_app.ui.entries.model import EntryRoles
from journal_app.ui.first_run import (
    BACKUPS,
    DEVICE,
    FRAMEWORK,
    PASSPHRASE,
    RECOVERY,
    FirstRunDialog,
)
from journal_app.ui.search_bar import SNIPPET_ROLE
from journal_app.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import UI_PASSPHRASE
from tests.ui.drive import choose_template, click, type_passphrase, unlock_with

TITLE = "Supervision after the strategy meeting"
DESCRIPTION = "We went over the strategy meeting and the kintsugi idea of repair."
FEELINGS = "Tense at the start, calmer once the chair slowed the pace."
DOMAINS = ("2", "5")
CONTROL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """A Ctrl+key shortcut pressed on the active main window, as a user would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, key, CONTROL)


def test_first_run_write_tag_search_lock_unlock_and_it_is_unchanged(
    make_app, vault, qtbot: QtBot
) -> None:
    app = make_app(vault)
    app.start()

    # -- first run ---------------------------------------------------------------------------
    dialog = app.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.next_button)  # welcome
    assert dialog.current_step() == PASSPHRASE
    type_passphrase(qtbot, dialog, UI_PASSPHRASE, UI_PASSPHRASE)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.current_step() == RECOVERY, timeout=10_000)
    assert dialog.recovery.key.text()  # shown once
    assert not dialog.next_button.isEnabled()
    dialog.recovery.stored.setChecked(True)  # "I have stored it"
    click(qtbot, dialog.next_button)
    assert dialog.current_step() == DEVICE
    assert not dialog.device.remember.isChecked()  # not remembered: unlocking asks later
    click(qtbot, dialog.next_button)
    assert dialog.current_step() == BACKUPS
    click(qtbot, dialog.next_button)
    assert dialog.current_step() == FRAMEWORK
    assert dialog.framework.chosen_id() == "kss-pl"
    click(qtbot, dialog.next_button)

    window = app.window
    qtbot.waitUntil(lambda: window.isVisible() and window.unlocked is not None, timeout=10_000)
    assert app.dialog is None
    qtbot.waitExposed(window)

    # -- a new Gibbs reflection, typed -------------------------------------------------------
    view = window.journal_view
    assert view is not None
    press(qtbot, window, Qt.Key.Key_N)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.is_open, timeout=3000)
    assert editor.entry_id is None
    choose_template(view, "gibbs")
    assert editor.template_combo.currentData() == "gibbs"
    qtbot.keyClicks(editor.title_edit, TITLE)
    description = editor.sections.edit("description")
    feelings = editor.sections.edit("feelings")
    assert description is not None and feelings is not None
    qtbot.keyClicks(description, DESCRIPTION)
    qtbot.keyClicks(feelings, FEELINGS)

    # -- two practice-leader domains ticked in the tag picker, with the keyboard -------------
    tree = editor.tag_picker.tree
    for code in DOMAINS:
        item = editor.tag_picker.domain_item("kss-pl", code)
        assert item is not None
        tree.setCurrentItem(item)
        qtbot.keyClick(tree, Qt.Key.Key_Space)
        assert item.checkState(0) == Qt.CheckState.Checked
    expected_tags = {f"kss-pl:{code}" for code in DOMAINS}
    assert {t.key for t in editor.tag_picker.tags()} == expected_tags

    # -- Ctrl+S saves it ---------------------------------------------------------------------
    press(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: editor.entry_id is not None and not view.autosave.dirty, timeout=3000)
    entry_id = editor.entry_id or ""
    journal = window.unlocked.journal
    saved = journal.get(entry_id)
    assert saved.title == TITLE
    assert {t.key for t in saved.tags} == expected_tags

    # -- search as you type finds it ---------------------------------------------------------
    qtbot.keyClicks(view.entries.search_bar, "kintsugi")
    results = view.entries.results_model
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=3000)
    assert results.index(0, 0).data(EntryRoles.ENTRY_ID) == entry_id
    assert "<b>kintsugi</b>" in results.index(0, 0).data(SNIPPET_ROLE)
    qtbot.waitUntil(view.entries.results_view.isVisible, timeout=3000)

    # -- Ctrl+L locks: the views and the key are gone ----------------------------------------
    press(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.unlocked is None, timeout=3000)
    assert window.journal_view is None
    assert window.stack.currentWidget() is window.locked_page

    # -- unlock with the passphrase through the unlock dialog --------------------------------
    qtbot.waitUntil(lambda: isinstance(app.dialog, UnlockDialog), timeout=3000)
    unlock_with(qtbot, app, UI_PASSPHRASE)
    assert app.dialog is None and window.isVisible()
    view = window.journal_view
    assert view is not None and window.stack.currentWidget() is view

    # -- open it again from the list: unchanged, on screen and in the database ---------------
    model = view.entries.model
    qtbot.waitUntil(lambda: model.row_of(entry_id) >= 0, timeout=3000)
    view.entries.list_view.setCurrentIndex(model.index(model.row_of(entry_id), 0))
    editor = view.editor
    qtbot.waitUntil(lambda: editor.entry_id == entry_id, timeout=3000)
    assert editor.title_edit.text() == TITLE
    assert editor.template_combo.currentData() == "gibbs"
    description = editor.sections.edit("description")
    feelings = editor.sections.edit("feelings")
    assert description is not None and feelings is not None
    assert description.toPlainText() == DESCRIPTION
    assert feelings.toPlainText() == FEELINGS
    assert {t.key for t in editor.tag_picker.tags()} == expected_tags
    for code in DOMAINS:
        item = editor.tag_picker.domain_item("kss-pl", code)
        assert item is not None and item.checkState(0) == Qt.CheckState.Checked

    reread = window.unlocked.journal.get(entry_id)
    assert reread.title == TITLE
    assert reread.template_id == "gibbs"
    assert reread.section_text("description") == DESCRIPTION
    assert reread.section_text("feelings") == FEELINGS
    assert {t.key for t in reread.tags} == expected_tags
    assert reread.updated_at == saved.updated_at  # opening it changed nothing
    assert window.unlocked.journal.count() == 1
