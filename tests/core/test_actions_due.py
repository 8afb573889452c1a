"""Open actions and learning goals: which are listed and in what order."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.actions_due import actions_due
from journal_app.core.models import Action, ActionKind, Entry
from journal_app.core.periods import Period

STAMP = datetime(2026, 1, 1, 9, 0)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
TODAY = date(2026, 10, 15)


def entry(
    entry_id: str,
    *actions: Action,
    on: date = date(2026, 6, 1),
    trashed: bool = False,
) -> Entry:
    return Entry(
        id=entry_id,
        title=f"Reflection {entry_id}",
        body="",
        event_date=on,
        template_id="free-form",
        created_at=STAMP,
        updated_at=STAMP,
        actions=actions,
        deleted_at=STAMP if trashed else None,
    )


def act(text: str, due: date | None = None, done: date | None = None) -> Action:
    return Action(text=text, due_date=due, done_date=done)


def texts(entries: list[Entry], period: Period = YEAR, today: date = TODAY) -> list[str]:
    return [due.action.text for due in actions_due(entries, period, today)]


def test_empty_journal_has_nothing_due() -> None:
    assert actions_due([], YEAR, TODAY) == ()


def test_overdue_first_oldest_first_then_by_due_date_then_undated() -> None:
    entries = [
        entry(
            "a",
            act("undated"),
            act("due later", date(2027, 1, 10)),
            act("overdue recently", date(2026, 10, 14)),
        ),
        entry(
            "b",
            act("due today", TODAY),
            act("overdue long ago", date(2025, 11, 1)),
            act("due soon", date(2026, 10, 20)),
        ),
    ]
    assert texts(entries) == [
        "overdue long ago",
        "overdue recently",
        "due today",
        "due soon",
        "due later",
        "undated",
    ]


def test_overdue_flag_means_due_before_today() -> None:
    entries = [entry("a", act("yesterday", date(2026, 10, 14)), act("today", TODAY))]
    flags = {due.action.text: due.overdue for due in actions_due(entries, YEAR, TODAY)}
    assert flags == {"yesterday": True, "today": False}


def test_overdue_actions_from_before_the_period_are_still_listed() -> None:
    old = entry("old", act("from last year", date(2025, 6, 1)), on=date(2025, 5, 1))
    assert texts([old]) == ["from last year"]


def test_actions_due_after_the_period_are_left_out() -> None:
    assert texts([entry("a", act("next year", date(2027, 4, 1)))]) == []
    assert texts([entry("a", act("last day", date(2027, 3, 31)))]) == ["last day"]


def test_done_actions_and_trashed_entries_are_left_out() -> None:
    entries = [
        entry("a", act("done", date(2026, 5, 1), done=date(2026, 5, 2))),
        entry("b", act("in the bin", date(2026, 5, 1)), trashed=True),
        entry("c", act("still open", date(2026, 5, 1))),
    ]
    assert texts(entries) == ["still open"]


def test_undated_actions_follow_the_period_of_their_reflection() -> None:
    entries = [
        entry("in", act("raised this year"), on=date(2026, 4, 1)),
        entry("before", act("raised last year"), on=date(2026, 3, 31)),
    ]
    assert texts(entries) == ["raised this year"]


def test_learning_goals_are_included_and_keep_their_entry() -> None:
    goal = Action("Read about systemic practice", ActionKind.LEARNING_GOAL, date(2026, 11, 1))
    (due,) = actions_due([entry("e1", goal)], YEAR, TODAY)
    assert due.entry_id == "e1"
    assert due.entry_title == "Reflection e1"
    assert due.action is goal
    assert not due.overdue


def test_an_entry_passed_twice_is_listed_once() -> None:
    twice = entry("a", act("once", date(2026, 11, 1)))
    assert texts([twice, twice]) == ["once"]


def test_ties_keep_a_stable_order() -> None:
    same_day = date(2026, 11, 1)
    entries = [
        entry("b", act("b1", same_day), on=date(2026, 5, 1)),
        entry("a", act("a1", same_day), act("a2", same_day), on=date(2026, 5, 1)),
        entry("c", act("c1", same_day), on=date(2026, 4, 1)),
    ]
    assert texts(entries) == ["c1", "a1", "a2", "b1"]
    assert texts(list(reversed(entries))) == ["c1", "a1", "a2", "b1"]


optional_dates = st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@given(st.lists(st.tuples(optional_dates, st.booleans()), max_size=12))
def test_order_invariants(specs: list[tuple[date | None, bool]]) -> None:
    actions = [
        act(f"x{i}", due, done=date(2026, 1, 1) if done else None)
        for i, (due, done) in enumerate(specs)
    ]
    result = actions_due([entry("a", *actions)], YEAR, TODAY)
    assert all(not due.action.is_done for due in result)
    groups = [0 if due.overdue else (2 if due.action.due_date is None else 1) for due in result]
    assert groups == sorted(groups)
    dated = [due.action.due_date for due in result if due.action.due_date is not None]
    assert dated == sorted(dated)
