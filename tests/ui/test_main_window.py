"""The window shell: menus and shortcuts, Back up now, the shortcuts list, accessibility."""

from __future__ import annotations

import shiboken6
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
    # The manual backup, beside the daily one made at unlock.
    backups = list((vault.data_dir / "backups").glob("journal-*-manual.db"))
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


def _window_showing_a_new_journal(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A main window (no app around it) showing a brand-new journal, and that journal's
    database."""
    from journal_app.core import keywrap
    from journal_app.services.preferences import Preferences
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.tasks import TaskRunner

    vault = Vault(tmp_path / "j", kdf_params=keywrap.minimum_params)
    created = vault.create("correct horse battery staple")
    window = MainWindow(TaskRunner())
    qtbot.addWidget(window)
    window.show_journal(UnlockedJournal.open(vault, created.database), Preferences())
    return window, created.database


def test_daily_backup_is_made_in_the_background_and_shown(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Unlocking makes the day's verified backup off the GUI thread and says so."""
    from journal_app.store.backup import list_backups

    window, database = _window_showing_a_new_journal(qtbot, tmp_path)
    assert window.backups.label.text() == "No backup yet"  # said at once
    # The day's backup follows a few seconds after unlocking, once the window has settled:
    # nothing is running yet
    assert not window.tasks.busy
    assert list_backups(database.backups_folder()) == []
    qtbot.waitUntil(lambda: "today" in window.backups.label.text(), timeout=15_000)
    assert [b.reason for b in list_backups(database.backups_folder())] == ["daily"]
    window.lock_journal(ask_if_unsaved=False)
    assert window.backups.label.text() == ""


def test_a_backup_that_stepped_aside_is_tried_again_not_reported_failed(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from journal_app.store.backup import BackupStopped

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    watch = window.backups
    watch._first_check.stop()
    watch._failed(BackupStopped("stopped for an export"))
    assert watch.label.text() == "No backup yet"  # not "Backup failed"
    assert watch._first_check.isActive()  # tried again shortly
    window.lock_journal(ask_if_unsaved=False)
    assert not watch._first_check.isActive()


def test_the_coverage_view_is_built_when_first_shown(make_app, vault, qtbot) -> None:
    from journal_app.ui.coverage_view import CoverageView

    app = open_app(make_app, vault, qtbot)
    window = app.window
    assert window.findChild(CoverageView) is None  # not while the journal opens
    stand_in = window.coverage_view
    window.actions_["coverage"].trigger()
    view = window.coverage_view
    assert isinstance(view, CoverageView) and window.stack.currentWidget() is view
    assert not shiboken6.isValid(stand_in)
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    window.actions_["reflections"].trigger()
    window.actions_["coverage"].trigger()
    assert window.coverage_view is view and window.findChildren(CoverageView) == [view]


def _framework_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    tree = window.journal_view.sidebar._tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_importing_a_framework_from_the_file_menu(
    make_app, vault, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.core.test_catalogue import user_framework

    window = open_app(make_app, vault, qtbot).window
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))

    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(broken), ""))
    before = window.journal_view
    window.actions_["import_framework"].trigger()
    assert "Nothing was imported" in said[-1] and "broken.json" in said[-1]
    assert window.journal_view is before  # nothing changed
    assert not (vault.data_dir / "frameworks").exists()

    good = tmp_path / "ours.json"
    good.write_text(json.dumps(user_framework()), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    window.actions_["import_framework"].trigger()
    framework = window.unlocked.catalogue.framework("our-standards")
    assert framework.title in said[-1]
    assert (vault.data_dir / "frameworks" / "our-standards.json").is_file()
    assert framework.short_title in _framework_titles(window)  # the rebuilt sidebar offers it
    window.journal_view.new_entry()
    picker = window.journal_view.editor.tag_picker.tree
    headings = [picker.topLevelItem(i).text(0) for i in range(picker.topLevelItemCount())]
    assert framework.short_title in headings  # and the editor offers its domains as tags


def test_status_bar_items_are_set_apart(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """ "Backed up today" and "Encrypted · locks after…" once ran together as one line."""
    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    backup, lock = window.backups.label, window.lock_hint
    assert backup.text() and lock.text()
    bar = window.statusBar()
    # the words of one end a clear gap before the words of the next begin
    backup_text_end = backup.geometry().left() + backup.contentsRect().left()
    backup_text_end += backup.fontMetrics().horizontalAdvance(backup.text())
    lock_text_start = lock.geometry().left() + lock.contentsRect().left()
    assert lock_text_start - backup_text_end >= 16
    # and a rule is drawn between them, in a colour other than the bar's
    image = bar.grab().toImage()
    middle = bar.height() // 2
    background = image.pixelColor(lock.geometry().left() + lock.contentsRect().left() - 3, middle)
    rule = image.pixelColor(lock.geometry().left(), middle)
    assert rule != background
    window.lock_journal(ask_if_unsaved=False)


def _coverage_window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from journal_app.core.models import Action, EntryDraft, Tag

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    journal = window.unlocked.journal
    today = date.today()
    ids = {}
    for title, code in (("Risk panel", "5"), ("Decision review", "5"), ("Team vision", "1")):
        ids[title] = journal.create(
            EntryDraft(title=title, event_date=today, tags=(Tag("kss-pl", code),))
        ).id
    ids["Audit follow-up"] = journal.create(
        EntryDraft(
            title="Audit follow-up",
            event_date=today,
            actions=(Action("Share the audit themes", due_date=today + timedelta(days=7)),),
        )
    ).id
    window.resize(1280, 720)
    window.show()
    window.show_coverage()
    view = window.coverage_view
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    return window, view, ids, today


def _list_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.journal_view.entries.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_a_coverage_cell_opens_the_reflections_behind_it(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window, view, _ids, today = _coverage_window(qtbot, tmp_path)
    coverage = view.report.coverage
    heat_map = view.heat_map
    row = [d.code for d in coverage.domains].index("5")
    column = [(m.year, m.month) for m in coverage.by_month].index((today.year, today.month))
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=heat_map._cell(row, column).center())
    assert window.stack.currentWidget() is window.journal_view
    assert _list_titles(window) == ["Decision review", "Risk panel"]
    sidebar_filter = window.journal_view.sidebar.current_filter()
    assert sidebar_filter.tag.key == "kss-pl:5"
    assert sidebar_filter.date_from == today.replace(day=1)

    # the Total column: the domain over the whole appraisal year
    window.show_coverage()
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    row = [d.code for d in coverage.domains].index("1")
    total = heat_map._cell(row, len(coverage.by_month)).center()
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=total)
    assert _list_titles(window) == ["Team vision"]
    assert window.journal_view.sidebar.current_filter().date_from == coverage.period.start
    window.lock_journal(ask_if_unsaved=False)


def test_double_clicking_an_action_opens_its_reflection(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window, view, ids, _today = _coverage_window(qtbot, tmp_path)
    tree = view.actions_tree
    item = tree.topLevelItem(0)
    assert item.text(1) == "Share the audit themes"
    where = tree.visualItemRect(item).center()
    # as a mouse does it: a click, then the second press that makes it a double-click
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.stack.currentWidget() is window.journal_view
    assert window.journal_view.editor.entry_id == ids["Audit follow-up"]
    window.lock_journal(ask_if_unsaved=False)


def test_file_menu_saves_copies_and_imports(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """JSON and Markdown copies and the JSON import, straight from the File menu."""
    from PySide6.QtWidgets import QFileDialog

    from journal_app.core.models import EntryDraft
    from journal_app.services.export_service import ExportService
    from journal_app.ui.open_exports_dialog import JSON, MARKDOWN_FOLDER, OpenExportsDialog

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.text() for a in file_menu.actions() if a.text()]
    for wanted in ("copy_json", "copy_markdown", "import_json"):
        assert window.actions_[wanted].text() in names

    seen: list[str] = []

    def look_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OpenExportsDialog)
        seen.append(dialog.chosen_format())
        dialog.accept()

    for action, expected in (("copy_markdown", MARKDOWN_FOLDER), ("copy_json", JSON)):
        QTimer.singleShot(0, look_then_close)
        window.actions_[action].trigger()
        assert seen[-1] == expected

    # an import: the file is asked for at once, and the list shows what came in
    other = tmp_path / "other"
    from journal_app.core import keywrap
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal

    vault = Vault(other, kdf_params=keywrap.minimum_params)
    source = UnlockedJournal.open(vault, vault.create("correct horse battery staple").database)
    source.journal.create(EntryDraft(title="Written on the other laptop", body="Notes."))
    copy = tmp_path / "copy.json"
    ExportService(source.journal, source.catalogue).export_json(copy)
    source.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    reports: list[object] = []

    def wait_for_import_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenExportsDialog) or dialog.import_report is None:
            QTimer.singleShot(50, wait_for_import_then_close)
            return
        reports.append(dialog.import_report)
        dialog.accept()

    QTimer.singleShot(0, wait_for_import_then_close)
    window.actions_["import_json"].trigger()
    assert len(reports) == 1
    assert window.unlocked.journal.count() == 1
    model = window.journal_view.entries.model
    assert model.index(0, 0).data() == "Written on the other laptop"
    window.lock_journal(ask_if_unsaved=False)


def test_move_to_trash_can_be_undone_for_a_while(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from journal_app.core.models import EntryDraft

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    journal = window.unlocked.journal
    entry = journal.create(EntryDraft(title="Supervision notes", body="What went well."))
    view = window.journal_view
    view.refresh()
    view.open_entry(entry.id)
    undo = window.undo_trash
    assert not undo.button.isVisible() and not window.actions_["undo_trash"].isEnabled()

    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    assert journal.get(entry.id).in_trash
    assert undo.button.isVisible() and "Undo" in window.statusBar().currentMessage()
    # Ctrl+Z, from wherever the focus is outside a text field
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.entries.list_view.setFocus()
    qtbot.keyClick(view.entries.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not journal.get(entry.id).in_trash
    assert view.editor.entry_id == entry.id  # open again, where it was
    assert not undo.button.isVisible() and not window.actions_["undo_trash"].isEnabled()

    # the status bar button does the same; and the offer does not last for ever
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(undo.button, Qt.MouseButton.LeftButton)
    assert not journal.get(entry.id).in_trash
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    undo._expiry.timeout.emit()  # the time is up
    assert not undo.button.isVisible() and not window.actions_["undo_trash"].isEnabled()
    assert journal.get(entry.id).in_trash
    window.lock_journal(ask_if_unsaved=False)


def test_ctrl_z_in_a_text_field_still_undoes_typing(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from journal_app.core.models import EntryDraft

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    journal = window.unlocked.journal
    kept = journal.create(EntryDraft(title="Kept", body="Text."))
    gone = journal.create(EntryDraft(title="Gone", body="Text."))
    view = window.journal_view
    view.refresh()
    view.open_entry(gone.id)
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    view.open_entry(kept.id)
    title = view.editor.title_edit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " notes")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() != "Kept notes"  # the typing was undone...
    assert journal.get(gone.id).in_trash  # ...and the trashed reflection stays there
    window.lock_journal(ask_if_unsaved=False)


def test_unlock_opens_this_week_only_when_something_is_due_and_it_is_wanted(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """At unlock This week opens instead of the reflections when an action is due (and the
    person has not turned that off); with nothing due the reflections open as before."""
    from datetime import date, timedelta

    from journal_app.core import keywrap
    from journal_app.core.models import Action, EntryDraft
    from journal_app.services.preferences import Preferences
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.tasks import TaskRunner

    vault = Vault(tmp_path / "j", kdf_params=keywrap.minimum_params)
    created = vault.create("correct horse battery staple")
    unlocked = UnlockedJournal.open(vault, created.database)

    def unlock(preferences: Preferences) -> MainWindow:
        window = MainWindow(TaskRunner())
        qtbot.addWidget(window)
        window.show_journal(unlocked, preferences)
        return window

    nothing_due = unlock(Preferences())
    assert nothing_due.stack.currentWidget() is nothing_due.journal_view
    assert nothing_due.week_view is None  # not even built

    soon = date.today() + timedelta(days=2)
    unlocked.journal.create(
        EntryDraft("Planning", event_date=date.today(), actions=(Action("Book", due_date=soon),))
    )
    due = unlock(Preferences())
    assert due.stack.currentWidget() is due.week_view
    assert due.actions_["this_week"].isChecked()

    not_wanted = unlock(Preferences(open_this_week_at_unlock=False))
    assert not_wanted.stack.currentWidget() is not_wanted.journal_view


def test_preferences_choose_the_follow_up_weeks_and_this_week_at_unlock(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from journal_app.services.follow_ups import FollowUps
    from journal_app.ui.settings_dialog import SettingsDialog

    window, _database = _window_showing_a_new_journal(qtbot, tmp_path)
    unlocked = window.unlocked
    assert unlocked is not None
    dialog = SettingsDialog(unlocked, window.preferences, window.tasks, window)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_weeks.value() == 6 and dialog.open_week.isChecked()
    assert dialog.follow_up_weeks.specialValueText() == "Never"
    dialog.follow_up_weeks.setValue(0)
    dialog.open_week.setChecked(False)
    dialog._save()
    assert FollowUps(unlocked.journal).weeks() == 0
    assert dialog.preferences.open_this_week_at_unlock is False
    assert unlocked.preferences().open_this_week_at_unlock is False
    window.lock_journal(ask_if_unsaved=False)
