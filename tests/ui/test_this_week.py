"""The "This week" view: actions open their reflection, follow-ups are answered in place."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from journal_app.core.models import Action, EntryDraft
from journal_app.services.follow_ups import FollowUps
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.this_week import ThisWeekView
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)

TODAY = date(2026, 12, 2)


def test_the_week_ahead_opens_reflections_and_takes_follow_ups(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    entry = views_journal.journal.create(
        EntryDraft(
            "Planning the audit",
            event_date=date(2026, 10, 1),
            actions=(Action("Send the audit tool", due_date=date(2026, 11, 30)),),
        )
    )
    view = ThisWeekView(views_journal, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.summary.text() == "1 action overdue, 1 follow-up waiting."
    assert view.actions_list.item(0).text().startswith("Send the audit tool\nOverdue since")
    opened: list[str] = []
    view.open_entry_requested.connect(opened.append)
    view.actions_list.itemActivated.emit(view.actions_list.item(0))
    assert opened == [entry.id]

    assert "Planning the audit" in view.follow_up_question.text()
    view.save_follow_up.click()  # nothing written: refused in words, nothing stored
    assert view.problem.isVisible()
    assert FollowUps(views_journal.journal).for_entries([entry.id]) == {}
    view.follow_up_text.setPlainText("The audit tool is used by both teams.")
    view.save_follow_up.click()
    assert FollowUps(views_journal.journal).for_entries([entry.id])[entry.id].text == (
        "The audit tool is used by both teams."
    )
    assert view.summary.text() == "1 action overdue."
    assert not view.save_follow_up.isEnabled()
