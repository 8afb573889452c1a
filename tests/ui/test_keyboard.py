"""Keyboard habits of common desktop apps: F6 between panes, one Tab past a date, a list
that shows it has the focus, domain descriptions without a mouse, shortcuts in words."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft
from journal_app.ui.about import ShortcutsDialog
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.journal_view import JournalView
from journal_app.ui.theme import apply_theme
from tests.ui.test_contrast import NON_TEXT, contrast
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)


@pytest.fixture
def view(qtbot: QtBot, views_journal: UnlockedJournal) -> Iterator[JournalView]:
    entry = views_journal.journal.create(
        EntryDraft(title="Visit debrief", body="I met mum Sarah Jones after the case audit.")
    )
    journal_view = JournalView(views_journal)
    qtbot.addWidget(journal_view)
    journal_view.resize(1280, 700)
    journal_view.show()
    qtbot.waitExposed(journal_view)
    journal_view.activateWindow()
    journal_view.open_entry(entry.id)
    editor = journal_view.editor
    qtbot.waitUntil(lambda: editor.identifier_panel.isVisible(), timeout=3000)
    yield journal_view


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def test_f6_moves_between_the_panes_and_back(qtbot: QtBot, view: JournalView) -> None:
    editor = view.editor
    view.sidebar.tree.setFocus()
    qtbot.waitUntil(lambda: view.sidebar.tree.hasFocus())
    assert press(qtbot, Qt.Key.Key_F6) is view.entries.list_view
    assert press(qtbot, Qt.Key.Key_F6) is editor.title_edit
    assert press(qtbot, Qt.Key.Key_F6) is editor.identifier_panel.replace_all_button
    assert press(qtbot, Qt.Key.Key_F6) is view.sidebar.tree  # round again
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is (
        editor.identifier_panel.replace_all_button
    )
    # each pane is entered where the person left it
    editor.body.edit.setFocus()
    qtbot.waitUntil(lambda: editor.body.edit.hasFocus())
    assert press(qtbot, Qt.Key.Key_F6) is editor.identifier_panel.replace_all_button
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is editor.body.edit


def test_next_and_previous_pane_are_in_the_shortcuts_list(view: JournalView) -> None:
    actions = [a for a in view.findChildren(QAction) if not a.shortcut().isEmpty()]
    dialog = ShortcutsDialog(actions)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    assert rows["Next pane"] == "F6"
    assert rows["Previous pane"] == "Shift+F6"
    # formatting is named in words, not by the letters on its buttons
    for name in ("Bold", "Italic", "Heading", "Bulleted list"):
        assert name in rows
    assert not {"B", "I", "• List"} & set(rows)
    dialog.deleteLater()


def test_one_tab_gets_past_the_date_and_the_keys_still_edit_it(
    qtbot: QtBot, view: JournalView
) -> None:
    editor = view.editor
    date = editor.date_edit
    editor.date_edit.setDate(QDate(2026, 3, 14))
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    assert press(qtbot, Qt.Key.Key_Tab) is editor.template_combo
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is date
    # inside it: Home goes to the day, Right to the month, Up makes it a month later
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(date, key)
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 4, 14)
    assert date.accessibleDescription(), "the keys are told to screen reader users"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_reflection_list_shows_when_it_has_the_focus(
    qtbot: QtBot, view: JournalView, scheme: str
) -> None:
    """The row the keyboard is on gets a ring in its text colour, only while the list has
    the focus; the ring stands at least 3:1 from the row (WCAG 1.4.11), in both themes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scheme, high_contrast=False)
    try:
        listing = view.entries.list_view
        current = listing.currentIndex()
        assert current.isValid(), "the open reflection is the list's current row"
        row = listing.visualRect(current)
        ratio = listing.devicePixelRatioF()

        def left_edge() -> QColor:
            image = listing.viewport().grab().toImage()
            return image.pixelColor(int((row.left() + 1) * ratio), int(row.center().y() * ratio))

        view.sidebar.tree.setFocus()
        qtbot.waitUntil(lambda: not listing.hasFocus())
        selected = listing.selectionModel().isSelected(current)
        palette = listing.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fill = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        ring = palette.color(role)
        assert contrast(ring, palette.color(fill)) >= NON_TEXT
        assert left_edge() != ring
        listing.setFocus()
        qtbot.waitUntil(listing.hasFocus)
        assert left_edge() == ring
    finally:
        apply_theme(app, "light", high_contrast=False)


def test_domain_descriptions_are_read_without_a_mouse(qtbot: QtBot, view: JournalView) -> None:
    picker = view.editor.tag_picker
    tree = picker.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    heading = tree.topLevelItem(0)
    tree.setCurrentItem(heading)
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the framework's first domain
    item = tree.currentItem()
    assert item is not None and item.parent() is heading
    summary = str(item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole))
    assert len(summary) > 80
    # shown under the list, wrapped to its width, and given to screen readers
    assert picker.description.text() == summary
    assert picker.description.wordWrap()
    assert picker.description.width() <= tree.width() + 40
    assert tree.accessibleDescription() == summary
    # the tooltip wraps too (Qt wraps rich-text tooltips only), keeping the words
    tip = item.toolTip(0)
    assert GuiQt.mightBeRichText(tip) and summary.split()[0] in tip
