"""Imports that clash, numbers too long to read, and the one rule for tags.

The rule (``services.journal.checked_tag``): a tag names a framework the journal knows
(built in or imported) and one of its domains. ``add --tag``, an import, the service and a
``--tag`` filter all refuse anything else; tags a journal already holds from before the rule
are kept and shown as their raw code. All reflections here are fictional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.models import Action, EntryDraft, Tag
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.errors import ImportRejected
from journal_app.services.journal import JournalService, NewEntry
from tests.journal_fixtures import new_journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[JournalService]:
    service, database = new_journal(tmp_path / "journal")
    yield service
    database.close()


def _export(journal: JournalService, path: Path) -> dict[str, Any]:
    ExportService(journal, Catalogue.builtin()).export_json(path)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _import(journal: JournalService, path: Path) -> None:
    ExportService(journal, Catalogue.builtin()).import_json(path)


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _titles(journal: JournalService) -> list[str]:
    return sorted(s.title for s in journal.list())


# -- action ids ----------------------------------------------------------------------------


def test_an_action_id_already_in_the_journal_is_named_and_nothing_is_stored(
    journal: JournalService, tmp_path: Path
) -> None:
    journal.create(
        EntryDraft(
            title="Supervision with the duty team",
            body="A fictional reflection.",
            event_date=date(2026, 3, 2),
            actions=(Action("Book the audit"),),
        )
    )
    data = _export(journal, tmp_path / "mine.json")
    copy = dict(data["entries"][0], id="copied-reflection", title="A copy under a new id")
    data["entries"] = [
        dict(data["entries"][0], id="first-new", title="Fine on its own", actions=[]),
        copy,
    ]
    data["entry_count"] = 2
    before = _titles(journal)
    with pytest.raises(InvalidInputError) as caught:
        _import(journal, _write(tmp_path / "clash.json", data))
    message = str(caught.value)
    assert "copied-reflection" in message and "A copy under a new id" in message
    assert "action" in message and "already" in message and "Nothing was saved" in message
    assert "A fictional reflection" not in message  # never the text of a reflection
    assert caught.value.exit_code == 2
    assert _titles(journal) == before  # not even the reflection without actions


def test_the_service_names_a_clash_for_new_reflections_too(journal: JournalService) -> None:
    first = journal.create(
        EntryDraft(title="Has an action", actions=(Action("Call the IRO", id="act-1"),))
    )
    assert first.actions[0].id == "act-1"
    clashing = EntryDraft(title="Reuses it", actions=(Action("Another", id="act-1"),))
    with pytest.raises(InvalidInputError, match=r"number 2 \('Reuses it'\).*act-1"):
        journal.create_all([NewEntry(EntryDraft(title="Innocent")), NewEntry(clashing)])
    with pytest.raises(InvalidInputError, match=r"with the id mine \('Reuses it'\).*act-1"):
        journal.create(clashing, entry_id="mine")
    assert _titles(journal) == ["Has an action"]


# -- numbers -------------------------------------------------------------------------------


def test_a_number_of_5000_digits_is_called_too_long_not_nested(
    journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "long.json"
    path.write_text(
        '{\n  "format": "reflective-supervision-journal",\n  "schema_version": '
        + "9" * 5000
        + ',\n  "entries": []\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        _import(journal, path)
    message = str(caught.value)
    assert "number" in message and "too long" in message and "line 3" in message
    assert "nested" not in message


def test_deep_nesting_is_still_called_nested(journal: JournalService, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportRejected, match="nested too deeply"):
        _import(journal, path)


# -- the tag rule --------------------------------------------------------------------------

UNKNOWN = [
    (Tag("kss-pl", "99", "2015"), "no domain '99'"),
    (Tag("nope", "1", "1"), "Unknown framework 'nope'"),
    (Tag("kss-pl", "99"), "no domain '99'"),
]


@pytest.mark.parametrize(("tag", "words"), UNKNOWN)
def test_import_refuses_a_tag_the_journal_does_not_know(
    journal: JournalService, tmp_path: Path, tag: Tag, words: str
) -> None:
    journal.create(EntryDraft(title="Tagged", tags=(Tag("kss-pl", "5"),)))
    data = _export(journal, tmp_path / "mine.json")
    data["entries"][0]["id"] = "another-one"
    data["entries"][0]["tags"].append(
        {"framework": tag.framework_id, "domain": tag.domain_code, "framework_version": ""}
        | ({"framework_version": tag.framework_version} if tag.framework_version else {})
    )
    with pytest.raises(ImportRejected) as caught:
        _import(journal, _write(tmp_path / "tags.json", data))
    message = str(caught.value)
    assert "entries[0].tags[1] (line " in message and tag.key in message and words in message
    assert _titles(journal) == ["Tagged"]


@pytest.mark.parametrize(("tag", "words"), UNKNOWN)
def test_the_service_refuses_an_unknown_tag_on_every_path(
    journal: JournalService, tag: Tag, words: str
) -> None:
    with pytest.raises(InvalidInputError, match=words):
        journal.create(EntryDraft(title="New", tags=(tag,)))
    with pytest.raises(InvalidInputError, match=words):
        journal.create_all([NewEntry(EntryDraft(title="New", tags=(tag,)))])
    entry = journal.create(EntryDraft(title="Known"))
    with pytest.raises(InvalidInputError, match=words):
        journal.update(entry.id, EntryDraft(title="Known", tags=(tag,)))
    with pytest.raises(InvalidInputError, match=words):
        journal.tag(entry.id, [tag])
    assert journal.get(entry.id).tags == ()
    assert _titles(journal) == ["Known"]


def test_a_known_tag_keeps_the_version_it_was_saved_against(journal: JournalService) -> None:
    entry = journal.create(
        EntryDraft(title="T", tags=(Tag("kss-pl", "3", "2015"), Tag("pcf", "6")))
    )
    versions = {t.key: t.framework_version for t in entry.tags}
    assert versions["kss-pl:3"] == "2015" and versions["pcf:6"]


def test_tags_held_from_before_the_rule_are_kept_on_save(
    journal: JournalService, tmp_path: Path
) -> None:
    """A journal may hold unknown tags imported by an older version: saving the reflection
    again (an autosave sends its tags back) keeps them; adding a new unknown one is refused."""
    database = journal._db  # the store on its own does not check tags, as older versions
    legacy = (Tag("kss-pl", "99", "2015"), Tag("nope", "1", "1"))
    old = JournalService(database).create(EntryDraft(title="From an old import", tags=legacy))
    kept = journal.update(
        old.id, EntryDraft(title="From an old import, edited", tags=(*legacy, Tag("kss-pl", "5")))
    )
    assert {t.key for t in kept.tags} == {"kss-pl:99", "nope:1", "kss-pl:5"}
    assert {t.framework_version for t in kept.tags if t.key == "nope:1"} == {"1"}
    journal.tag(old.id, [Tag("nope", "1", "1")])  # already held: no error
    with pytest.raises(InvalidInputError):
        journal.update(old.id, EntryDraft(title="x", tags=(*legacy, Tag("nope", "2", "1"))))
    # listing, searching and exporting a journal holding them still works
    assert [s.title for s in journal.list()] == ["From an old import, edited"]
    data = _export(journal, tmp_path / "out.json")
    assert {(t["framework"], t["domain"]) for t in data["entries"][0]["tags"]} >= {
        ("kss-pl", "99"),
        ("nope", "1"),
    }
