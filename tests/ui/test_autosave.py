"""Autosave and the encrypted crash-recovery draft."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryFilter
from journal_app.ui.journal_view import JournalView
from tests.ui.test_editor import choose_template, make_view
from tests.ui.views_fixtures import open_new_journal, reopen_journal, wait_until


def test_text_is_saved_a_moment_after_typing_stops(qtbot: QtBot, tmp_path: Path) -> None:
    unlocked = open_new_journal(tmp_path / "journal")
    try:
        view = make_view(qtbot, unlocked)
        view.autosave.delay_ms = 100
        view.new_entry()
        qtbot.keyClicks(view.editor.title_edit, "Team meeting after an inspection")
        qtbot.keyClicks(view.editor.body.edit, "What I noticed about the mood in the room.")
        qtbot.waitUntil(lambda: unlocked.journal.count() == 1, timeout=3000)
        qtbot.waitUntil(lambda: not view.autosave.dirty, timeout=3000)
        saved = unlocked.journal.get(view.editor.entry_id or "")
        assert saved.body == "What I noticed about the mood in the room."
        assert view.editor.save_state.text().startswith("Saved at")
        # and the list shows it without anyone pressing anything
        assert view.entries.model.rowCount() == 1
    finally:
        unlocked.close()


def test_switching_entry_saves_the_one_being_written(qtbot: QtBot, tmp_path: Path) -> None:
    unlocked = open_new_journal(tmp_path / "journal")
    try:
        view = make_view(qtbot, unlocked)
        view.autosave.delay_ms = 60_000  # only the switch may save
        view.new_entry()
        qtbot.keyClicks(view.editor.title_edit, "First")
        assert view.save_now()
        first_id = view.editor.entry_id or ""
        view.new_entry()
        qtbot.keyClicks(view.editor.title_edit, "Second")
        assert view.save_now()
        qtbot.keyClicks(view.editor.body.edit, "typed just before switching")
        view.open_entry(first_id)
        second = next(s for s in unlocked.journal.list() if s.title == "Second")
        assert unlocked.journal.get(second.id).body == "typed just before switching"
    finally:
        unlocked.close()


def test_refused_save_keeps_text_and_an_encrypted_recovery_draft(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    unlocked = open_new_journal(folder)
    try:
        view = make_view(qtbot, unlocked)
        view.new_entry()
        qtbot.keyClicks(view.editor.body.edit, "Zanzibarquokka reflections without a title")
        assert view.flush() is False
        assert view.editor.error_banner.isVisible()
        assert "title" in view.editor.error_banner.message.text()
        assert "Zanzibarquokka" in view.editor.body.text()  # the text stays in the editor

        recovery = unlocked.drafts.read()
        assert recovery is not None and "Zanzibarquokka" in recovery.draft.body
        names = {p.name for p in folder.iterdir()}
        assert names <= {
            "journal.db",
            "journal.db-wal",
            "journal.db-shm",
            "journal.key",
            "journal.lock",
            "backups",
        }
        for path in folder.iterdir():
            if path.is_file():
                assert b"Zanzibarquokka" not in path.read_bytes(), path.name
    finally:
        unlocked.close()


def test_interrupted_draft_is_offered_back_after_a_kill(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    unlocked = open_new_journal(folder)
    view = make_view(qtbot, unlocked)
    view.autosave.delay_ms = 60_000
    view.new_entry()
    choose_template(view, "gibbs")
    qtbot.keyClicks(view.editor.title_edit, "Strategy meeting")
    assert view.save_now()
    feelings = view.editor.sections.edit("feelings")
    assert feelings is not None
    qtbot.keyClicks(feelings, "Uneasy, then relieved when the chair slowed us down.")
    # the recovery draft follows typing within half a second; the save would take a minute
    assert wait_until(lambda: unlocked.drafts.read() is not None, timeout=3)
    entry_id = view.editor.entry_id
    # "kill": no flush, no save; the database is simply closed under the view
    view.autosave.reset()
    view.close()
    unlocked.close()

    reopened = reopen_journal(folder)
    try:
        assert reopened.journal.get(entry_id or "").section_text("feelings") == ""
        again = JournalView(reopened)
        qtbot.addWidget(again)
        banner = again.recovery_banner
        assert not banner.isHidden()
        assert banner.message.text().startswith("Restore unsaved text?")
        restore = banner.button("Restore")
        assert restore is not None
        restore.click()
        assert again.editor.entry_id == entry_id
        restored = reopened.journal.get(entry_id or "")
        assert restored.section_text("feelings").startswith("Uneasy, then relieved")
        assert banner.isHidden()
        assert reopened.drafts.read() is None
    finally:
        reopened.close()


def test_discarding_the_offer_forgets_the_draft(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    unlocked = open_new_journal(folder)
    view = make_view(qtbot, unlocked)
    view.new_entry()
    qtbot.keyClicks(view.editor.body.edit, "Untitled thoughts")
    view.autosave.keep_recovery_draft()
    view.autosave.reset()
    view.close()
    unlocked.close()

    reopened = reopen_journal(folder)
    try:
        again = JournalView(reopened)
        qtbot.addWidget(again)
        assert "a new reflection" in again.recovery_banner.message.text()
        discard = again.recovery_banner.button("Discard")
        assert discard is not None
        discard.click()
        assert reopened.drafts.read() is None
        assert reopened.journal.count(EntryFilter()) == 0
        assert JournalView(reopened).recovery_banner.isHidden()
    finally:
        reopened.close()
