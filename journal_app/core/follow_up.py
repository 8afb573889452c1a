"""Follow-ups: some weeks after a reflection that led to actions, what changed since?

Reflection that leads to actions is only half the loop; the other half is looking back at
what the actions changed. A follow-up is the person's answer, kept with the reflection and
printed beside it in the appraisal PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal_app.core.models import Entry

#: how many weeks after a reflection the app asks what changed, unless the person says
DEFAULT_WEEKS = 6
MAX_WEEKS = 52
MAX_FOLLOW_UP = 20_000
#: a follow-up is asked for eight weeks after it falls due, then quietly dropped: a year of
#: imported reflections must not arrive as fifty questions at once
ASKING_DAYS = 56


@dataclass(frozen=True)
class FollowUp:
    """What the person wrote about a reflection's impact, or that they chose not to."""

    entry_id: str
    text: str = ""
    written_on: date | None = None
    dismissed: bool = False


@dataclass(frozen=True)
class FollowUpDue:
    """A reflection whose follow-up is waiting."""

    entry_id: str
    entry_title: str
    event_date: date
    due_on: date


def follow_up_due(entry: Entry, weeks: int, today: date) -> FollowUpDue | None:
    """The follow-up ``entry`` is waiting for at ``today``, if any: it led to actions, it is
    not in the trash, ``weeks`` have passed since the event (``weeks`` 0: never ask) and
    no more than :data:`ASKING_DAYS` since then."""
    if weeks <= 0 or entry.in_trash or not entry.actions:
        return None
    due_on = entry.event_date + timedelta(weeks=weeks)
    if not due_on <= today <= due_on + timedelta(days=ASKING_DAYS):
        return None
    return FollowUpDue(entry.id, entry.title, entry.event_date, due_on)
