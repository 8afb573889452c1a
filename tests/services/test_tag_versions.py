"""Moving tags from the 2017 Welsh code to the 2026 one: preview, move, keep, undo."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.models import EntryDraft, Tag
from journal_app.services.journal import JournalService
from journal_app.services.tag_versions import TagVersions
from journal_app.store.database import JournalDatabase

TODAY = date(2026, 12, 2)


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue.builtin(today=TODAY)


def _add(journal: JournalService, title: str, on: date, *tags: Tag) -> str:
    return journal.create(EntryDraft(title=title, body="Fictional.", event_date=on, tags=tags)).id


def test_a_2017_tag_is_kept_and_offered_and_moves_only_when_chosen(
    database: JournalDatabase, catalogue: Catalogue
) -> None:
    journal = JournalService(database, catalogue)
    before = _add(journal, "Supervising a new manager", date(2026, 3, 1), Tag("scw", "7", "2017"))
    after = _add(journal, "Team meeting on the Code", date(2026, 9, 1), Tag("scw", "6", "2017"))
    versions = TagVersions(database, catalogue)

    # the 2026 version arriving changes nothing by itself
    assert journal.get(before).tags == (Tag("scw", "7", "2017"),)
    [offer] = versions.offers()
    assert (offer.old.version, offer.new.version, offer.tags) == ("2017", "2026", 2)

    preview = versions.preview("scw")
    assert preview.change_date == date(2026, 7, 1)
    assert [i.entry_id for i in preview.to_move] == [after]
    assert [i.entry_id for i in preview.kept_earlier] == [before]
    done = versions.move(preview)
    assert done.tags == 1
    assert journal.get(after).tags == (Tag("scw", "6", "2026"),)
    assert journal.get(before).tags == (Tag("scw", "7", "2017"),)

    versions.undo_last()
    assert journal.get(after).tags == (Tag("scw", "6", "2017"),)
    with pytest.raises(InvalidInputError, match="no move of tags to undo"):
        versions.undo_last()


def test_moving_earlier_reflections_too_when_the_person_chooses(
    database: JournalDatabase, catalogue: Catalogue
) -> None:
    journal = JournalService(database, catalogue)
    before = _add(journal, "Reflection", date(2026, 3, 1), Tag("scw", "3", "2017"))
    versions = TagVersions(database, catalogue)
    preview = versions.preview("scw", include_earlier=True)
    assert [i.entry_id for i in preview.to_move] == [before]
    versions.move(preview)
    assert journal.get(before).tags == (Tag("scw", "3", "2026"),)


def test_a_reflection_with_both_versions_keeps_one_tag_and_undo_restores_both(
    database: JournalDatabase, catalogue: Catalogue
) -> None:
    journal = JournalService(database, catalogue)
    entry = _add(journal, "Reflection", date(2026, 8, 1), Tag("scw", "2", "2017"))
    # a tag added after the new code arrived sits on the 2026 version of another section
    journal.tag(entry, [Tag("scw", "5", "2026")])
    database_tags = set(journal.get(entry).tags)
    assert database_tags == {Tag("scw", "2", "2017"), Tag("scw", "5", "2026")}
    versions = TagVersions(database, catalogue)
    versions.move(versions.preview("scw"))
    assert set(journal.get(entry).tags) == {Tag("scw", "2", "2026"), Tag("scw", "5", "2026")}
    versions.undo_last()
    assert set(journal.get(entry).tags) == database_tags


def test_a_framework_without_an_earlier_version_cannot_be_moved(
    database: JournalDatabase, catalogue: Catalogue
) -> None:
    with pytest.raises(InvalidInputError, match="no earlier version"):
        TagVersions(database, catalogue).preview("kss-pl")
    with pytest.raises(InvalidInputError, match="no tags to move"):
        versions = TagVersions(database, catalogue)
        versions.move(versions.preview("scw"))
