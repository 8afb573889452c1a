"""The editor holds still while you write: findings and suggestions never move the text box,
and replacing a name keeps the cursor where the person was and the page where it was."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft, Section
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.journal_view import JournalView
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)

CLEAN = "We talked about holding risk when the evidence is unclear."
NAMED = "Afterwards I rang Sarah Jones about the plan for Ellis."


def make_view(qtbot: QtBot, unlocked: UnlockedJournal) -> JournalView:
    view = JournalView(unlocked)
    qtbot.addWidget(view)
    view.resize(1280, 600)  # a laptop: the page scrolls
    view.show()
    qtbot.waitExposed(view)
    return view


def place(widget: QWidget, view: QWidget) -> QRect:
    """Where ``widget`` is on screen, as far as the person sees (in the view's pixels)."""
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def gibbs_reflection(unlocked: UnlockedJournal, action_plan: str, description: str = CLEAN) -> str:
    gibbs = unlocked.catalogue.template("gibbs")
    texts = {"description": description, "action_plan": action_plan}
    sections = tuple(Section(s.key, s.title, texts.get(s.key, "")) for s in gibbs.sections)
    draft = EntryDraft(title="Supervision debrief", template_id="gibbs", sections=sections)
    return unlocked.journal.create(draft).id


def test_findings_and_suggestions_appearing_do_not_move_the_text_box(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    body = editor.body.edit
    body.setFocus()
    qtbot.keyClicks(body, "A quiet week of planning.")
    editor.analyse_now()
    qtbot.wait(50)
    assert not editor.identifier_panel.isVisible()
    assert not editor.tag_picker.suggestion_buttons()
    before = place(body, view)
    tree_before = place(editor.tag_picker.tree, view)
    offset = editor.scroll_area.verticalScrollBar().value()

    # a name and words that suggest domains, typed on: findings and suggestions come
    qtbot.keyClicks(body, " Then mum Sarah Jones rang about the case audit and risk.")
    editor.analyse_now()
    qtbot.wait(50)
    assert editor.identifier_panel.isVisible()
    assert editor.tag_picker.suggestion_buttons(), "domains should be suggested"
    assert place(body, view).topLeft() == before.topLeft(), "the text box moved"
    assert place(editor.tag_picker.tree, view).topLeft() == tree_before.topLeft()
    assert editor.scroll_area.verticalScrollBar().value() == offset
    assert editor.scroll_area.height() > 0 and editor.scroll_area.isVisible()

    # and going again (the name replaced by a role) moves nothing either
    qtbot.mouseClick(editor.identifier_panel.replace_all_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert not editor.identifier_panel.isVisible()
    assert place(body, view).topLeft() == before.topLeft()


def _scroll_to(view: JournalView, edit: QPlainTextEdit, qtbot: QtBot) -> int:
    editor = view.editor
    editor.scroll_area.ensureWidgetVisible(edit, 0, 0)
    qtbot.wait(20)
    offset = editor.scroll_area.verticalScrollBar().value()
    assert offset > 0, "the section should be down the page"
    return offset


def _type_at(edit: QPlainTextEdit, position: int) -> None:
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


def test_replace_all_keeps_the_cursor_in_a_later_section_and_the_page_still(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    analysis_text = "I phoned Sarah Jones. Next time I will write about my own part."
    entry = gibbs_reflection(views_journal, analysis_text, description=NAMED)
    view = make_view(qtbot, views_journal)
    view.open_entry(entry)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.identifier_panel.isVisible(), timeout=3000)
    analysis = editor.sections.edit("action_plan")
    assert analysis is not None
    offset = _scroll_to(view, analysis, qtbot)
    where = analysis_text.index("my own part")  # after the name: it moves by the difference
    _type_at(analysis, where)
    box = place(analysis, view)

    qtbot.mouseClick(editor.identifier_panel.replace_all_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)

    assert "Sarah Jones" not in analysis.toPlainText()
    assert "Sarah Jones" not in editor.sections.edit("description").toPlainText()  # type: ignore[union-attr]
    assert QApplication.focusWidget() is analysis, "the focus goes back where you were typing"
    moved = analysis.toPlainText().index("my own part")
    assert analysis.textCursor().position() == moved
    assert editor.scroll_area.verticalScrollBar().value() == offset
    assert place(analysis, view) == box


def test_one_replacement_keeps_the_cursor_and_the_page(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    analysis_text = "Sarah Jones said the plan felt rushed, and I agreed with her."
    entry = gibbs_reflection(views_journal, analysis_text)
    view = make_view(qtbot, views_journal)
    view.open_entry(entry)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.identifier_panel.isVisible(), timeout=3000)
    analysis = editor.sections.edit("action_plan")
    assert analysis is not None
    offset = _scroll_to(view, analysis, qtbot)
    end = len(analysis_text)
    _type_at(analysis, end)
    cursor = analysis.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.position() == end

    first = editor.identifier_panel.buttons[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.wait(50)

    text = analysis.toPlainText()
    assert "Sarah Jones" not in text
    assert QApplication.focusWidget() is analysis
    assert analysis.textCursor().position() == len(text)  # still at the end of the text
    assert editor.scroll_area.verticalScrollBar().value() == offset
