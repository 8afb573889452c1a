"""Follow-ups ("what changed since?") and the week ahead: asked once, after the person's
chosen number of weeks, gone with their reflection; the week's actions, CPD and appraisal.

Every reflection here is fictional.
"""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.models import Action, EntryDraft
from journal_app.core.periods import Period
from journal_app.services.appraisals import Appraisals
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService
from journal_app.services.this_week import this_week

TODAY = date(2026, 12, 2)


def _with_actions(journal: JournalService, title: str, when: date) -> str:
    return journal.create(
        EntryDraft(title, event_date=when, actions=(Action("Try the new agenda"),))
    ).id


def test_a_follow_up_is_asked_after_the_chosen_weeks_and_only_for_reflections_with_actions(
    journal: JournalService,
) -> None:
    old = _with_actions(journal, "Team meeting on drift", date(2026, 10, 1))
    _with_actions(journal, "Too recent", date(2026, 11, 25))
    journal.create(EntryDraft("No actions", event_date=date(2026, 9, 1)))
    _with_actions(journal, "Long ago: no longer asked", date(2026, 6, 1))
    follow_ups = FollowUps(journal)
    assert follow_ups.weeks() == 6
    assert [d.entry_id for d in follow_ups.waiting(TODAY)] == [old]
    assert follow_ups.waiting(TODAY)[0].due_on == date(2026, 11, 12)
    follow_ups.set_weeks(1)  # the recent one is due now; "long ago" is past asking
    assert [d.entry_title for d in follow_ups.waiting(TODAY)] == [
        "Team meeting on drift",
        "Too recent",
    ]
    follow_ups.set_weeks(0)
    assert follow_ups.waiting(TODAY) == []
    with pytest.raises(InvalidInputError):
        follow_ups.set_weeks(60)


def test_written_or_dismissed_it_is_never_asked_again(journal: JournalService) -> None:
    first = _with_actions(journal, "Audit feedback", date(2026, 10, 1))
    second = _with_actions(journal, "Supervision agenda", date(2026, 10, 2))
    follow_ups = FollowUps(journal)
    with pytest.raises(InvalidInputError):
        follow_ups.write(first, "   ", TODAY)
    follow_ups.write(first, "Plans are reviewed monthly now.", TODAY)
    follow_ups.dismiss(second, TODAY)
    assert follow_ups.waiting(TODAY) == []
    written = follow_ups.for_entries([first, second])
    assert list(written) == [first] and written[first].text == "Plans are reviewed monthly now."
    follow_ups.dismiss(first, TODAY)  # a written answer is not thrown away
    assert follow_ups.for_entries([first])[first].text == "Plans are reviewed monthly now."


def test_a_follow_up_goes_with_its_reflection(journal: JournalService) -> None:
    entry_id = _with_actions(journal, "Audit feedback", date(2026, 9, 1))
    FollowUps(journal).write(entry_id, "Better.", TODAY)
    journal.trash(entry_id)
    journal.purge(entry_id)
    assert FollowUps(journal).for_entries([entry_id]) == {}


def test_the_week_ahead(journal: JournalService) -> None:
    journal.create(
        EntryDraft(
            "Planning the audit",
            event_date=date(2026, 10, 20),
            actions=(
                Action("Send the audit tool", due_date=date(2026, 11, 30)),
                Action("Book the room", due_date=date(2026, 12, 4)),
                Action("Later", due_date=date(2027, 1, 15)),
                Action("Done", due_date=date(2026, 12, 3), done_date=date(2026, 12, 1)),
            ),
        )
    )
    appraisals = Appraisals(journal.database, Catalogue.builtin())
    workspace = appraisals.start(Period(date(2026, 4, 1), date(2027, 3, 31)), "kss-pl")
    appraisals.set_details(workspace.id, framework_id="kss-pl", appraisal_date=date(2027, 3, 10))
    week = this_week(journal, appraisals, TODAY)
    assert [d.action.text for d in week.overdue] == ["Send the audit tool"]
    assert [d.action.text for d in week.due_soon] == ["Book the room"]
    assert [d.entry_title for d in week.follow_ups] == ["Planning the audit"]
    assert week.cpd.days_left == 363  # the registration year began on 1 December
    assert week.appraisal_date == date(2027, 3, 10)
    assert not week.nothing_to_do


def test_the_week_ahead_reads_only_open_dated_actions_and_agrees_with_the_full_read(
    journal: JournalService,
) -> None:
    """The week ahead asks the store for open dated actions instead of every reflection;
    it must list exactly what reading every reflection in full would."""
    from datetime import timedelta

    from journal_app.core.actions_due import actions_due
    from journal_app.core.models import EntryFilter

    def act(text: str, due: date | None, done: date | None = None) -> Action:
        return Action(text, due_date=due, done_date=done)

    journal.create(
        EntryDraft(
            "Mixed actions",
            event_date=date(2026, 11, 1),
            actions=(
                act("Overdue", date(2026, 11, 20)),
                act("Due Friday", date(2026, 12, 4)),
                act("Done already", date(2026, 11, 30), done=date(2026, 11, 29)),
                act("No date", None),
                act("Next month", date(2027, 1, 15)),
            ),
        )
    )
    journal.create(
        EntryDraft(
            "A day later, same due date",
            event_date=date(2026, 11, 2),
            actions=(act("Also due Friday", date(2026, 12, 4)),),
        )
    )
    trashed = journal.create(
        EntryDraft("In the trash", event_date=date(2026, 10, 1), actions=(act("Gone", TODAY),))
    )
    journal.trash(trashed.id)
    journal.create(
        EntryDraft(
            "Dated after the week",
            event_date=date(2027, 2, 1),
            actions=(act("Written ahead", date(2026, 12, 3)),),
        )
    )
    week = Period(TODAY, TODAY + timedelta(days=6))
    full = tuple(
        due
        for due in actions_due(journal.entries(EntryFilter(date_to=week.end)), week, TODAY)
        if due.action.due_date is not None
    )
    found = this_week(journal, Appraisals(journal.database, Catalogue.builtin()), TODAY)
    assert found.overdue + found.due_soon == full
    assert [d.action.text for d in full] == ["Overdue", "Due Friday", "Also due Friday"]
