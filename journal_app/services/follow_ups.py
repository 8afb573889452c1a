"""Follow-ups: the app asks, some weeks after a reflection with actions, what changed since.

The number of weeks is the person's choice (a journal setting; 0 turns the question off).
A follow-up is written or dismissed once; both are kept, so the question is never asked
twice. Nothing here leaves the app: no calendar, no notification.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from journal_app.core.errors import InvalidInputError
from journal_app.core.follow_up import (
    ASKING_DAYS,
    DEFAULT_WEEKS,
    MAX_FOLLOW_UP,
    MAX_WEEKS,
    FollowUp,
    FollowUpDue,
    follow_up_due,
)
from journal_app.core.messages import Message
from journal_app.core.models import EntryFilter
from journal_app.core.text import check_storable
from journal_app.services.journal import JournalService
from journal_app.store import follow_ups as store
from journal_app.store.database import InTransaction

WEEKS_SETTING = "follow_up_weeks"


class FollowUps:
    """The follow-ups of one unlocked journal."""

    def __init__(self, journal: JournalService) -> None:
        self._journal = journal
        self._db = journal.database

    def weeks(self) -> int:
        """How many weeks after a reflection the app asks (0: never)."""
        stored = self._db.get_setting(WEEKS_SETTING)
        try:
            weeks = int(stored) if stored is not None else DEFAULT_WEEKS
        except ValueError:
            return DEFAULT_WEEKS
        return weeks if 0 <= weeks <= MAX_WEEKS else DEFAULT_WEEKS

    def set_weeks(self, weeks: int) -> None:
        """Choose how many weeks after a reflection to ask (0 turns it off)."""
        if not 0 <= weeks <= MAX_WEEKS:
            raise InvalidInputError("follow_up.weeks", limit=MAX_WEEKS)
        self._db.set_setting(WEEKS_SETTING, str(weeks))

    def waiting(self, today: date) -> list[FollowUpDue]:
        """Reflections whose follow-up is due and not yet written or dismissed, oldest first."""
        weeks = self.weeks()
        if weeks == 0:
            return []
        with self._db.session() as session:
            done = store.for_entries(session)
        found = []
        # only reflections whose follow-up can still be asked (see ASKING_DAYS)
        earliest = today - timedelta(weeks=weeks, days=ASKING_DAYS)
        for entry in self._journal.entries(EntryFilter(date_from=earliest, date_to=today)):
            due = follow_up_due(entry, weeks, today)
            if due is not None and entry.id not in done:
                found.append(due)
        return sorted(found, key=lambda d: (d.due_on, d.entry_id))

    def for_entries(self, entry_ids: Sequence[str]) -> dict[str, FollowUp]:
        """The written follow-ups of these reflections (dismissed ones left out)."""
        with self._db.session() as session:
            found = store.for_entries(session, entry_ids)
        return {k: v for k, v in found.items() if not v.dismissed and v.text.strip()}

    def all_for(self, entry_ids: Sequence[str]) -> list[FollowUp]:
        """Every follow-up of these reflections, dismissed ones too (for the JSON export),
        in the order of ``entry_ids``."""
        with self._db.session() as session:
            found = store.for_entries(session, entry_ids)
        return [found[i] for i in entry_ids if i in found]

    @staticmethod
    def writer(follow_ups: Sequence[FollowUp]) -> InTransaction:
        """Writes ``follow_ups`` as part of another change (an import's one transaction)."""

        return store.writer(follow_ups)

    def write(self, entry_id: str, text: str, today: date) -> FollowUp:
        """Keep what changed since the reflection ``entry_id`` (replacing an earlier answer)."""
        if not text.strip():
            raise InvalidInputError("follow_up.empty")
        problem = check_storable(Message("field.follow_up"), text, MAX_FOLLOW_UP)
        if problem:
            raise InvalidInputError(problem)
        self._journal.get(entry_id)  # a clear message if the reflection is gone
        with self._db.session() as session:
            return store.write(session, FollowUp(entry_id, text.strip(), today))

    def dismiss(self, entry_id: str, today: date) -> FollowUp:
        """Do not ask about this reflection again."""
        self._journal.get(entry_id)
        with self._db.session() as session:
            kept = store.for_entries(session, [entry_id]).get(entry_id)
            if kept is not None and kept.text:
                return kept  # an answer already written stays
            return store.write(
                session, replace(FollowUp(entry_id), written_on=today, dismissed=True)
            )
