"""The reflection editor, driven through its real widgets."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from journal_app.core.models import ActionKind, EntryDraft, SessionKind, Tag
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.editor.identifier_check import FindingsHighlighter
from journal_app.ui.journal_view import JournalView
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)


def make_view(qtbot: QtBot, unlocked: UnlockedJournal) -> JournalView:
    view = JournalView(unlocked)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def choose_template(view: JournalView, template_id: str) -> None:
    """Pick a reflective model as a user does (activating the combo box item)."""
    combo = view.editor.template_combo
    index = combo.findData(template_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_switching_template_keeps_every_word(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.title_edit, "Peer supervision on a hard week")
    qtbot.keyClicks(editor.body.edit, "Opening thoughts before choosing a model.")

    choose_template(view, "gibbs")
    assert "Opening thoughts" in editor.body.text()
    description = editor.sections.edit("description")
    assert description is not None
    assert description.placeholderText().startswith("What happened?")
    qtbot.keyClicks(description, "We talked about a decision that kept me awake.")
    analysis = editor.sections.edit("analysis")
    assert analysis is not None
    qtbot.keyClicks(analysis, "Anxiety about blame shaped the decision.")

    # Morrison shares "analysis": that text stays in its section; "description" moves to the body
    choose_template(view, "morrison-4x4x4")
    morrison_analysis = editor.sections.edit("analysis")
    assert morrison_analysis is not None
    assert morrison_analysis.toPlainText() == "Anxiety about blame shaped the decision."
    assert "## Description" in editor.body.text()
    assert "kept me awake" in editor.body.text()

    choose_template(view, "free-form")
    everything = editor.draft().body
    for words in ("Opening thoughts", "kept me awake", "Anxiety about blame"):
        assert words in everything
    assert editor.draft().sections == ()


def test_identifier_finding_is_underlined_and_replaced_in_one_click(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.title_edit, "Home visit debrief")
    qtbot.keyClicks(editor.body.edit, "I met mum Sarah Jones and her son Ellis at home.")
    qtbot.waitUntil(lambda: editor.identifier_panel.isVisible(), timeout=3000)

    block = editor.body.edit.document().firstBlock()
    assert block.layout().formats(), "the finding should be underlined in the text"
    panel = editor.identifier_panel
    first = panel.buttons[0]
    assert first.text() == "Replace with Parent A"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert "Sarah Jones" not in editor.body.text()
    assert "mum Parent A" in editor.body.text()

    # undo brings the name back, because the replacement was an edit like typing
    editor.body.edit.undo()
    assert "Sarah Jones" in editor.body.text()
    editor.analyse_now()
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert editor.body.text() == "I met mum Parent A and her son Child A at home."
    assert not panel.isVisible()


def test_opening_a_reflection_shows_its_text_then_checks_it(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    journal = views_journal.journal
    named = journal.create(EntryDraft(title="Visit debrief", body="I met mum Sarah Jones."))
    clean = journal.create(EntryDraft(title="Team day", body="We planned the audit together."))
    view = make_view(qtbot, views_journal)
    editor = view.editor
    view.open_entry(named.id)
    # The text and word count at once; the check follows once the text is drawn.
    assert editor.body.text() == "I met mum Sarah Jones."
    assert editor.word_count_label.text() == "7 words"
    qtbot.waitUntil(lambda: editor.identifier_panel.isVisible(), timeout=3000)
    assert "body" in editor.findings
    # Nothing of the last reflection's findings stays while the next one is shown.
    view.open_entry(clean.id)
    assert editor.findings == {} and not editor.identifier_panel.isVisible()
    qtbot.waitUntil(lambda: bool(editor.tag_picker.suggestion_buttons()), timeout=3000)
    assert editor.findings == {}

    # The body's box stays from one reflection to the next: one highlighter, not one per
    # reflection opened, and it still underlines what the check finds.
    for entry in (named, clean, named):
        view.open_entry(entry.id)
    qtbot.waitUntil(lambda: "body" in editor.findings, timeout=3000)
    document = editor.body.edit.document()
    assert len(document.findChildren(FindingsHighlighter)) == 1
    assert document.firstBlock().layout().formats(), "the name should be underlined"


def test_suggestions_offer_domains_with_reasons_but_never_tag_alone(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.title_edit, "Case audit findings")
    qtbot.keyClicks(editor.body.edit, "The case audit showed how we manage risk in decisions.")
    editor.analyse_now()

    buttons = editor.tag_picker.suggestion_buttons()
    assert buttons, "domains should be suggested"
    assert editor.tag_picker.tags() == ()  # nothing ticked by the suggestion itself
    reasons = [s.matched_phrases for s in editor.tag_picker.suggestions]
    assert any("case audit" in phrases for phrases in reasons)
    # More typing that suggests nothing new leaves the rows as they are.
    qtbot.keyClicks(editor.body.edit, " Then we met again.")
    editor.analyse_now()
    assert editor.tag_picker.suggestion_buttons() == buttons
    add = editor.findChild(type(buttons[0]), "suggest_kss-pl_6")
    assert add is not None
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert Tag("kss-pl", "6") in editor.tag_picker.tags()
    names = [b.objectName() for b in editor.tag_picker.suggestion_buttons()]
    assert "suggest_kss-pl_6" not in names  # a domain ticked is no longer suggested


def test_formatting_toolbar_and_word_count(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.body.edit, "curiosity matters")
    editor.analyse_now()
    assert editor.word_count_label.text() == "2 words"

    cursor = editor.body.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.body.edit.setTextCursor(cursor)
    bold = next(a for a in editor.body.toolbar.actions() if a.text() == "Bold")
    assert bold.iconText() == "B"  # the short label on its button
    bold.trigger()
    assert editor.body.text() == "**curiosity** matters"
    bullet = next(a for a in editor.body.toolbar.actions() if a.text() == "Bulleted list")
    bullet.trigger()
    assert editor.body.text() == "- **curiosity** matters"


def test_supervision_actions_status_and_visibility_round_trip(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.title_edit, "1:1 with a senior practitioner")
    supervision = editor.supervision
    supervision.kind.setCurrentIndex(supervision.kind.findData(SessionKind.ONE_TO_ONE.value))
    supervision.duration.setValue(60)
    qtbot.keyClicks(supervision.role, "senior practitioner")
    qtbot.mouseClick(editor.actions_panel.add_button, Qt.MouseButton.LeftButton)
    row = editor.actions_panel.rows()[0]
    qtbot.keyClicks(row.text, "Book a reflective group for the team")
    row.kind.setCurrentIndex(1)
    row.has_due.setChecked(True)
    editor.visibility_combo.setCurrentIndex(1)
    editor.status_combo.setCurrentIndex(1)
    assert view.save_now()

    saved = views_journal.journal.get(editor.entry_id or "")
    assert saved.supervision is not None
    assert saved.supervision.session_kind is SessionKind.ONE_TO_ONE
    assert saved.supervision.duration_minutes == 60
    assert saved.supervision.other_party_role == "senior practitioner"
    assert saved.actions[0].kind is ActionKind.LEARNING_GOAL
    assert saved.actions[0].due_date is not None
    assert saved.visibility.value == "shareable" and saved.status.value == "final"

    view.new_entry()
    view.open_entry(saved.id)
    assert editor.supervision.role.text() == "senior practitioner"
    assert editor.actions_panel.rows()[0].text.text() == "Book a reflective group for the team"
    assert editor.visibility_combo.currentData() == "shareable"


def test_going_between_reflections_of_one_model_keeps_the_boxes_but_not_the_text(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    journal = views_journal.journal
    gibbs = views_journal.catalogue.template("gibbs")

    def draft(title: str, feelings: str) -> EntryDraft:
        sections = tuple(
            replace(s, text=feelings if s.key == "feelings" else "")
            for s in gibbs.empty_sections()
        )
        return EntryDraft(title=title, template_id="gibbs", sections=sections)

    first = journal.create(draft("First Gibbs", "Worried about the rota."))
    second = journal.create(draft("Second Gibbs", "Calmer after the team meeting."))
    view = make_view(qtbot, views_journal)
    view.open_entry(first.id)
    feelings = view.editor.sections.edit("feelings")
    assert feelings is not None and feelings.toPlainText() == "Worried about the rota."

    view.open_entry(second.id)
    assert view.editor.sections.edit("feelings") is feelings  # the same box, new text
    assert feelings.toPlainText() == "Calmer after the team meeting."
    feelings.undo()  # nothing of the first reflection to undo into
    assert feelings.toPlainText() == "Calmer after the team meeting."

    # What is typed there belongs to the reflection now open.
    feelings.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(feelings, " Relieved.")
    assert view.save_now()
    assert journal.get(second.id).section_text("feelings").endswith("Relieved.")
    assert journal.get(first.id).section_text("feelings") == "Worried about the rota."

    # Another model builds its own boxes.
    other = journal.create(EntryDraft(title="Kolb", template_id="kolb"))
    view.open_entry(other.id)
    assert view.editor.sections.edit("feelings") is None
