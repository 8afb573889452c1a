"""The editor's way in (JournalService) and the import agree on the bounds in core/limits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal_app.core.datafiles import DataFileError
from journal_app.core.errors import InvalidInputError
from journal_app.core.fields import FieldReader
from journal_app.core.limits import EARLIEST_DATE, LATEST_DATE, MAX_TITLE
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService

#: the one reader of checked data, which the import reads its dates with
READER = FieldReader("export.json", DataFileError)


@pytest.mark.parametrize("day", [EARLIEST_DATE, LATEST_DATE])
def test_the_first_and_last_dates_are_kept_by_both(journal: JournalService, day: date) -> None:
    assert journal.create(EntryDraft(title="Edge", event_date=day)).event_date == day
    assert READER.iso_date(day.isoformat(), "entries[0].event_date") == day


@pytest.mark.parametrize(
    "day", [EARLIEST_DATE - timedelta(days=1), LATEST_DATE + timedelta(days=1)]
)
def test_a_day_beyond_is_refused_by_both(journal: JournalService, day: date) -> None:
    with pytest.raises(InvalidInputError):
        journal.create(EntryDraft(title="Beyond", event_date=day))
    with pytest.raises(DataFileError):
        READER.iso_date(day.isoformat(), "entries[0].event_date")


def test_the_longest_title_is_kept_and_one_more_character_refused(journal: JournalService) -> None:
    assert journal.create(EntryDraft(title="t" * MAX_TITLE)).title == "t" * MAX_TITLE
    with pytest.raises(InvalidInputError):
        journal.create(EntryDraft(title="t" * (MAX_TITLE + 1)))
