"""Open actions and learning goals that need attention in a period.

Reflection that leads nowhere is the box-ticking the journal is meant to avoid, so the
actions and learning goals that come out of reflections are gathered in one list, with the
overdue ones at the top.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal_app.core.models import Action, Entry
from journal_app.core.periods import Period


@dataclass(frozen=True)
class DueAction:
    """An open action or learning goal, with the reflection it came from."""

    entry_id: str
    entry_title: str
    action: Action
    overdue: bool


@dataclass(frozen=True)
class ReflectionAction:
    """An action as read with the few facts of its reflection that ordering needs."""

    entry_id: str
    entry_title: str
    event_date: date
    position: int
    action: Action


def _wanted(item: ReflectionAction, period: Period, today: date) -> bool:
    action = item.action
    if action.is_done:
        return False
    if action.due_date is None:
        # Without a due date an action belongs to the period its reflection was written in;
        # otherwise every undated action ever raised would sit in every year's list.
        return period.contains(item.event_date)
    return period.contains(action.due_date) or action.is_overdue(today)


def actions_due(entries: Iterable[Entry], period: Period, today: date) -> tuple[DueAction, ...]:
    """Open actions and learning goals due in ``period`` or already overdue at ``today``.

    Order: overdue first (longest overdue first), then the rest by due date, then actions
    with no due date. Undated actions are included when their reflection is dated within the
    period. Done actions and reflections in the trash are left out; an entry passed in
    twice (same id) is listed once.
    """
    items: list[ReflectionAction] = []
    seen: set[str] = set()
    for entry in entries:
        if entry.in_trash or entry.id in seen:
            continue
        seen.add(entry.id)
        items.extend(
            ReflectionAction(entry.id, entry.title, entry.event_date, position, action)
            for position, action in enumerate(entry.actions)
        )
    return order_actions(items, period, today)


def order_actions(
    items: Iterable[ReflectionAction], period: Period, today: date
) -> tuple[DueAction, ...]:
    """The items wanted in ``period`` at ``today``, in the order :func:`actions_due` gives.

    For callers that read actions without their reflections' text (the week ahead asks the
    store for open dated actions only, instead of loading every reflection).
    """
    found: list[tuple[tuple[int, date, date, str, int], DueAction]] = []
    for item in items:
        if not _wanted(item, period, today):
            continue
        action = item.action
        overdue = action.is_overdue(today)
        if action.due_date is None:
            group, due = 2, date.max
        else:
            group, due = (0 if overdue else 1), action.due_date
        # Ties keep the reflection's date, then its id and the action's place in it, so
        # the list does not reshuffle between refreshes.
        key = (group, due, item.event_date, item.entry_id, item.position)
        found.append((key, DueAction(item.entry_id, item.entry_title, action, overdue)))
    found.sort(key=lambda pair: pair[0])
    return tuple(due_action for _, due_action in found)
