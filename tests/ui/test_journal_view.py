"""The journal view: writing, tagging, finding and listing reflections, up to 10,000 of them."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft, Status, Tag
from journal_app.ui import journal_view
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.editor.editor_widget import EntryEditor
from journal_app.ui.entries.model import PAGE_SIZE, EntryRoles
from journal_app.ui.journal_view import JournalView
from journal_app.ui.search_bar import SNIPPET_ROLE
from tests.ui.drive import choose_template, make_view
from tests.ui.views_fixtures import (  # noqa: F401  (fixtures)
    BIG_JOURNAL_SIZE,
    big_journal,
    views_journal,
)


def test_write_a_gibbs_reflection_tag_it_and_find_it(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.autosave.delay_ms = 100
    view.new_entry()
    editor = view.editor
    choose_template(view, "gibbs")
    qtbot.keyClicks(editor.title_edit, "Group supervision on holding risk")
    description = editor.sections.edit("description")
    feelings = editor.sections.edit("feelings")
    assert description is not None and feelings is not None
    qtbot.keyClicks(description, "The team weighed a decision about risk with little evidence.")
    qtbot.keyClicks(feelings, "Anxious at first, steadier once we slowed down.")

    # tag two practice-leader domains through the picker: one ticked with the keyboard,
    # one added from the suggestions
    tree = editor.tag_picker.tree
    item = editor.tag_picker.domain_item("kss-pl", "1")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item is not None and item.checkState(0) == Qt.CheckState.Checked
    editor.analyse_now()
    suggestion = editor.findChild(type(editor.trash_button), "suggest_kss-pl_5")
    assert suggestion is not None, "decision and risk should suggest domain 5"
    qtbot.mouseClick(suggestion, Qt.MouseButton.LeftButton)

    # autosave writes it a moment later, without anyone pressing Save
    def saved_with_tags() -> bool:
        entry_id = editor.entry_id
        return bool(entry_id) and len(views_journal.journal.get(entry_id or "").tags) == 2

    qtbot.waitUntil(saved_with_tags, timeout=3000)
    saved = views_journal.journal.get(editor.entry_id or "")
    assert saved.template_id == "gibbs"
    assert saved.section_text("feelings") == "Anxious at first, steadier once we slowed down."
    assert {t.key for t in saved.tags} == {"kss-pl:1", "kss-pl:5"}
    assert all(t.framework_version for t in saved.tags)

    # search as you type finds it, with the match in bold
    qtbot.keyClicks(view.entries.search_bar, "slowed")
    results = view.entries.results_model
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=3000)
    assert results.index(0, 0).data(EntryRoles.ENTRY_ID) == saved.id
    assert "<b>slowed</b>" in results.index(0, 0).data(SNIPPET_ROLE)
    assert view.entries.results_view.isVisible()
    assert view.entries.heading.text() == "Search, all dates: 1 found"

    # a quoted phrase asks for exact wording; the heading says those come newest first
    view.entries.search_bar.clear()
    qtbot.keyClicks(view.entries.search_bar, '"we slowed down"')
    qtbot.waitUntil(lambda: "Exact wording" in view.entries.heading.text(), timeout=3000)
    assert view.entries.heading.text() == "Exact wording, newest first: 1 found"
    assert not view.entries.sort_combo.isVisible()  # the list's order, not the results'
    assert results.index(0, 0).data(EntryRoles.ENTRY_ID) == saved.id

    # clearing the search shows the list, where the reflection carries its domain chips
    view.entries.search_bar.clear()
    qtbot.waitUntil(lambda: view.entries.list_view.isVisible(), timeout=3000)
    assert view.entries.sort_combo.isVisible()
    row = view.entries.model.index(view.entries.model.row_of(saved.id), 0)
    chips = [label for label, _title in row.data(EntryRoles.CHIPS)]
    assert chips == ["KSS-PL 1", "KSS-PL 5"]
    assert "Gibbs reflective cycle" in row.data(EntryRoles.DETAILS_TEXT)
    assert not view.entries.list_view.grab().isNull()  # the delegate paints without error


def test_empty_journal_says_what_to_do(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    view = make_view(qtbot, views_journal)
    assert view.entries.empty_label.isVisible()
    assert "Ctrl+N" in view.entries.empty_label.text()
    assert "Ctrl+N" in view.editor.findChild(type(view.entries.empty_label)).text()


def visible_texts(view: JournalView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel) if label.isVisible()]


def test_the_editor_is_built_when_first_needed(
    qtbot: QtBot, views_journal: UnlockedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "EDITOR_AHEAD_MS", 60_000)  # not ahead, in this test
    journal = views_journal.journal
    kept = journal.create(EntryDraft(title="Kept", event_date=date.today()))
    binned = journal.create(EntryDraft(title="Binned", event_date=date.today()))
    view = make_view(qtbot, views_journal)
    qtbot.waitUntil(lambda: view.entries.model.rowCount() == 2, timeout=3000)
    # Until then its empty page stands in, the same words in the same place.
    assert view.findChild(EntryEditor) is None
    assert any("press Ctrl+N to write a new one" in text for text in visible_texts(view))
    # Nothing typed yet: saving, trashing from the list and searching need no editor.
    assert view.flush() and view.save_now()
    view.trash_entry(binned.id)
    assert journal.get(binned.id).in_trash
    assert view.findChild(EntryEditor) is None

    view.open_entry(kept.id)
    editor = view.findChild(EntryEditor)
    assert editor is view.editor and editor.isVisible() and editor.is_open
    assert editor.title_edit.text() == "Kept"
    assert not any("press Ctrl+N to write a new one" in text for text in visible_texts(view))


def test_the_editor_is_built_ahead_once_the_list_is_on_screen(
    qtbot: QtBot, views_journal: UnlockedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "EDITOR_AHEAD_MS", 50)
    view = make_view(qtbot, views_journal)
    assert view.findChild(EntryEditor) is None  # not while the view is being made
    qtbot.waitUntil(lambda: view.findChild(EntryEditor) is not None, timeout=3000)
    assert view.findChild(EntryEditor) is view.editor and not view.editor.is_open


def test_the_editor_is_not_built_ahead_while_a_backup_runs(
    qtbot: QtBot, views_journal: UnlockedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "EDITOR_AHEAD_MS", 30)
    backing_up = [True]
    asked: list[bool] = []

    def busy() -> bool:
        asked.append(backing_up[0])
        return backing_up[0]

    view = JournalView(views_journal, background_busy=busy)
    qtbot.addWidget(view)
    view.show()
    # the editor was due to be built twice already, and put off each time
    qtbot.waitUntil(lambda: len(asked) >= 2, timeout=3000)
    assert view.findChild(EntryEditor) is None
    backing_up[0] = False
    qtbot.waitUntil(lambda: view.findChild(EntryEditor) is not None, timeout=3000)


def test_sidebar_filters_counts_and_trash(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    journal = views_journal.journal
    today = date.today()
    for number, status in enumerate((Status.DRAFT, Status.FINAL, Status.FINAL)):
        journal.create(
            EntryDraft(
                title=f"Reflection {number}",
                event_date=today - timedelta(days=number),
                status=status,
                tags=(Tag("kss-pl", "2"),),
            )
        )
    view = make_view(qtbot, views_journal)
    view.sidebar.wait_for_counts()
    qtbot.waitUntil(lambda: view.sidebar.count_of(("all",)) == "3", timeout=3000)
    assert view.sidebar.count_of(("drafts",)) == "1"
    assert view.sidebar.count_of(("domain", "kss-pl", "2")) == "3"

    view.sidebar.select(("drafts",))
    assert view.entries.model.rowCount() == 1
    first = view.entries.model.summary(0)
    assert first is not None
    view.open_entry(first.id)
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    assert view.entries.model.rowCount() == 0
    assert not view.editor.is_open

    view.sidebar.select(("trash",))
    assert view.entries.model.rowCount() == 1
    view.entries.list_view.setCurrentIndex(view.entries.model.index(0, 0))
    assert view.editor.in_trash and view.editor.title_edit.isReadOnly()
    restore = view.editor.trash_banner.button("Restore")
    assert restore is not None
    restore.click()
    assert not journal.get(first.id).in_trash


def test_ten_thousand_reflections_load_lazily(qtbot: QtBot, big_journal: UnlockedJournal) -> None:
    view = make_view(qtbot, big_journal)
    view.sidebar.show_all_dates()
    model = view.entries.model
    assert model.total == BIG_JOURNAL_SIZE
    assert model.rowCount() == PAGE_SIZE < BIG_JOURNAL_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE

    # scrolling to the end of the list asks for the next page, as a user would
    list_view = view.entries.list_view
    list_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 2 * PAGE_SIZE, timeout=3000)
    assert model.rowCount() < BIG_JOURNAL_SIZE


def test_first_reflection_chosen_builds_the_editor_then_loads_it(
    qtbot: QtBot, big_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, big_journal)
    view.sidebar.show_all_dates()
    model, list_view = view.entries.model, view.entries.list_view
    first, second = model.summary(3), model.summary(4)
    assert first is not None and second is not None
    assert view._editor is None  # not built ahead yet (that waits half a second)
    list_view.setCurrentIndex(model.index(3, 0))
    # Built at once, the reflection loaded on the next turn of the event loop.
    assert view._editor is not None and view._editor.entry_id is None
    qtbot.waitUntil(lambda: view.editor.entry_id == first.id, timeout=3000)
    assert view.editor.title_edit.text() == first.title

    # A choice made before the delayed load runs wins over it.
    other = make_view(qtbot, big_journal)
    other.sidebar.show_all_dates()
    other.entries.list_view.setCurrentIndex(other.entries.model.index(3, 0))
    other.open_entry(second.id)
    qtbot.wait(50)
    assert other.editor.entry_id == second.id


def test_refresh_keeps_scroll_position_and_selection(
    qtbot: QtBot, big_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, big_journal)
    view.sidebar.show_all_dates()
    model = view.entries.model
    model.fetchMore()
    list_view = view.entries.list_view
    list_view.setCurrentIndex(model.index(250, 0))
    chosen = model.summary(250)
    assert chosen is not None
    qtbot.waitUntil(lambda: view.editor.entry_id == chosen.id, timeout=3000)
    list_view.scrollTo(model.index(250, 0))
    scroll = list_view.verticalScrollBar().value()
    assert scroll > 0

    view.refresh()
    assert list_view.verticalScrollBar().value() == scroll
    assert view.entries.current_entry_id() == chosen.id
    assert model.rowCount() >= 2 * PAGE_SIZE


def test_search_over_ten_thousand_reflections(qtbot: QtBot, big_journal: UnlockedJournal) -> None:
    view = make_view(qtbot, big_journal)
    qtbot.keyClicks(view.entries.search_bar, "caseloads")
    qtbot.waitUntil(lambda: view.entries.results_model.rowCount() > 0, timeout=3000)
    snippet = view.entries.results_model.index(0, 0).data(SNIPPET_ROLE)
    assert "<b>caseloads</b>" in snippet
    opened = view.entries.results_model.index(0, 0)
    view.entries.results_view.setCurrentIndex(opened)
    wanted = opened.data(EntryRoles.ENTRY_ID)
    qtbot.waitUntil(lambda: view.editor.entry_id == wanted, timeout=3000)


def test_a_new_view_over_the_big_journal_loads_only_a_page(
    qtbot: QtBot, big_journal: UnlockedJournal
) -> None:
    # how fast it opens is the benchmark's "GUI entry list ready" (python -m tests.bench)
    view = JournalView(big_journal)
    qtbot.addWidget(view)
    assert view.entries.model.rowCount() <= PAGE_SIZE


def test_sorting_is_done_by_the_journal_not_by_loading_everything(
    qtbot: QtBot, big_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, big_journal)
    view.sidebar.show_all_dates()
    model = view.entries.model
    view.entries.sort_combo.setCurrentIndex(3)  # Title A to Z
    titles = [model.summary(row).title.lower() for row in range(5)]  # type: ignore[union-attr]
    assert titles == sorted(titles)
    assert model.rowCount() == PAGE_SIZE
    view.entries.sort_combo.setCurrentIndex(1)  # oldest first
    first, second = model.summary(0), model.summary(1)
    assert first is not None and second is not None
    assert first.event_date <= second.event_date


def _card_details(view: JournalView, entry_id: str) -> str:
    model = view.entries.model
    return str(model.index(model.row_of(entry_id), 0).data(EntryRoles.DETAILS_TEXT))


def test_editor_and_list_card_count_the_same_words(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    # a six-word title over a short reflection: the editor once counted the title too
    entry = views_journal.journal.create(
        EntryDraft(
            title="Thinking again about the audit week",
            body="We slowed down and looked at the evidence together.",
            template_id="gibbs",
        )
    )
    view = make_view(qtbot, views_journal)
    view.open_entry(entry.id)
    editor_words = view.editor.word_count_label.text()
    assert editor_words == "9 words"
    assert editor_words in _card_details(view, entry.id)


def test_card_shows_the_chosen_model_before_the_save(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    entry = views_journal.journal.create(
        EntryDraft(title="Peer supervision", body="A calm hour with a colleague.")
    )
    view = make_view(qtbot, views_journal)
    view.autosave.delay_ms = 60_000  # the save is far off: the card must not wait for it
    view.open_entry(entry.id)
    assert "Free-form" in _card_details(view, entry.id)
    choose_template(view, "gibbs")
    view.editor.status_combo.setCurrentIndex(view.editor.status_combo.findData("draft"))
    details = _card_details(view, entry.id)
    assert "Gibbs" in details and "Draft" in details
    assert views_journal.journal.get(entry.id).template_id == "free-form"  # not saved yet


def test_a_new_reflection_follows_the_one_rule(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    from journal_app.core.models import NEW_REFLECTION_STATUS, NEW_REFLECTION_VISIBILITY

    view = make_view(qtbot, views_journal)
    view.new_entry()
    draft = view.editor.draft()
    assert (draft.status, draft.visibility) == (NEW_REFLECTION_STATUS, NEW_REFLECTION_VISIBILITY)
