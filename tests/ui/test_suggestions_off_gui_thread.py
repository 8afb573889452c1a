"""The editor never waits for the model of the person's tagging: it is built off the GUI
thread, and the suggestions it learns appear once it is ready."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft, Tag
from journal_app.services import suggestions
from journal_app.ui.app_context import UnlockedJournal
from tests.core.learnt_texts import KINSHIP, LATER
from tests.ui.drive import make_view
from tests.ui.views_fixtures import (  # noqa: F401  (fixture)
    bulk_insert,
    open_new_journal,
    views_journal,
)


def _suggested(view: Any) -> list[str]:
    return [b.objectName() for b in view.editor.tag_picker.suggestion_buttons()]


@pytest.fixture
def build_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every model build (the real build, recorded)."""
    threads: list[threading.Thread] = []
    real = suggestions.build_model_from_counts

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(suggestions, "build_model_from_counts", recorded)
    return threads


def test_the_model_is_built_off_the_gui_thread_and_then_suggests(
    qtbot: QtBot, views_journal: UnlockedJournal, build_threads: list[threading.Thread]
) -> None:
    journal = views_journal.journal
    bulk_insert(views_journal, 300, date(2026, 3, 2))  # tagged in kss-pl 1-6
    for text in KINSHIP:
        draft = EntryDraft(title="Kinship", body=text, event_date=date(2026, 3, 2))
        journal.create(draft)
    for summary in journal.list():
        if summary.title == "Kinship":
            journal.tag(summary.id, [Tag("kss-pl", "4")])

    view = make_view(qtbot, views_journal)
    view.new_entry()
    view.editor.body.edit.setPlainText(LATER)
    view.editor.analyse_now()  # on the GUI thread: answers with the keywords at once
    assert threading.current_thread() is threading.main_thread()

    qtbot.waitUntil(lambda: "suggest_kss-pl_4" in _suggested(view), timeout=10_000)
    assert build_threads, "a model was built"
    assert all(thread is not threading.main_thread() for thread in build_threads)
    (four,) = [s for s in view.editor.tag_picker.suggestions if s.tag.domain_code == "4"]
    assert "kinship" in four.matched_phrases
    assert view.editor.tag_picker.tags() == ()  # offered, never ticked by itself


def test_a_saved_tick_teaches_the_suggestions_without_another_keystroke(
    qtbot: QtBot, views_journal: UnlockedJournal, build_threads: list[threading.Thread]
) -> None:
    journal = views_journal.journal
    for text in KINSHIP[:-1]:
        journal.create(
            EntryDraft(title="Kinship", body=text, event_date=date(2026, 3, 2)),
        )
    for summary in journal.list():
        journal.tag(summary.id, [Tag("kss-pl", "4")])
    last = journal.create(
        EntryDraft(title="Kinship", body=KINSHIP[-1], event_date=date(2026, 3, 3))
    )
    view = make_view(qtbot, views_journal)
    view.open_entry(last.id)
    qtbot.waitUntil(lambda: "suggest_kss-pl_4" in _suggested(view), timeout=10_000)
    learnt_from = [s for s in view.editor.tag_picker.suggestions if s.tag.domain_code == "4"]
    assert learnt_from[0].learnt_from == len(KINSHIP) - 1

    view.editor.tag_picker.set_checked("kss-pl", "4")
    # the check for changed tags runs before the tick is saved (autosave waits longer than
    # the pause before suggestions): the save itself must have the model brought up to date
    view.editor.analyse_now()
    qtbot.wait(300)
    assert view.flush()

    def learnt_from_all() -> bool:
        picker = view.editor.tag_picker
        return any(
            s.tag.domain_code == "4" and s.learnt_from == len(KINSHIP) for s in picker.suggestions
        )

    qtbot.waitUntil(learnt_from_all, timeout=10_000)
    assert all(thread is not threading.main_thread() for thread in build_threads)


def test_locking_forgets_what_was_learnt(tmp_path: Path) -> None:
    from journal_app.core.frameworks import load_framework
    from journal_app.core.resources import resource_path

    kss_pl = load_framework(resource_path("frameworks", "kss-pl.json"))
    unlocked = open_new_journal(tmp_path / "journal")
    journal = unlocked.journal
    for text in KINSHIP:
        entry = journal.create(EntryDraft(title="Kinship", body=text, event_date=date(2026, 3, 2)))
        journal.tag(entry.id, [Tag("kss-pl", "4")])
    suggester = journal.suggester
    assert any(s.tag.domain_code == "4" for s in suggester.suggest(LATER, kss_pl, 3))
    unlocked.close()  # what locking does
    # no model is kept: the answer is the keywords' alone
    assert all(s.tag.domain_code != "4" for s in suggester.suggest_ready(LATER, kss_pl, 3))
    assert suggester.wait(10)  # the check it queued fails quietly: the journal is locked
