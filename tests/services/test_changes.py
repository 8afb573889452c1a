"""Every write through the journal service is announced on its change stream, once it is
stored, saying what changed; a refused write announces nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.models import Action, ActionKind, EntryDraft, Tag
from journal_app.services.changes import Change
from journal_app.services.journal import JournalService, NewEntry

TAG = Tag("kss-pl", "1")


def _draft(title: str = "Supervision with a newly qualified worker") -> EntryDraft:
    return EntryDraft(title=title, event_date=date(2026, 3, 2), body="What I noticed.")


def test_each_write_says_what_it_changed(journal: JournalService) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)

    entry = journal.create(_draft())
    assert seen[-1] == Change(frozenset({entry.id}), listed=True)

    journal.update(entry.id, replace(_draft(), body="Reworded."))
    assert seen[-1] == Change(frozenset({entry.id}))  # an edit: no tags, no actions

    journal.update(entry.id, replace(_draft(), tags=(TAG,)))
    assert seen[-1].tags and not seen[-1].actions

    action = Action("Book a follow-up", ActionKind.ACTION)
    journal.update(entry.id, replace(_draft(), tags=(TAG,), actions=(action,)))
    assert seen[-1].actions and not seen[-1].tags

    journal.untag(entry.id, [TAG])
    assert seen[-1] == Change(frozenset({entry.id}), tags=True)

    journal.trash(entry.id)
    assert seen[-1].entries == {entry.id} and seen[-1].listed
    journal.restore(entry.id)
    assert seen[-1].entries == {entry.id} and seen[-1].listed

    ids = journal.create_all([NewEntry(_draft("First")), NewEntry(_draft("Second"))])
    assert seen[-1].entries == set(ids) and seen[-1].many

    journal.trash(ids[0])
    journal.empty_trash()
    assert seen[-1].many and seen[-1].listed

    journal.purge(entry.id)
    assert seen[-1].entries == {entry.id} and seen[-1].listed
    assert len(seen) == 11


def test_a_refused_write_announces_nothing_and_listeners_can_stop(
    journal: JournalService,
) -> None:
    seen: list[Change] = []
    stop = journal.changes.subscribe(seen.append)
    with pytest.raises(InvalidInputError):
        journal.create(replace(_draft(), title="   "))
    assert seen == []
    stop()
    journal.create(_draft())
    assert seen == []
