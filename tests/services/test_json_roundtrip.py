"""JSON export and import: exact round trips, whole-file checking, duplicates, no half imports.

All reflections here are fictional.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError, StorageError
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    EntryFilter,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.periods import Period
from journal_app.services.export_service import DuplicatePolicy, ExportService
from journal_app.services.exporters.errors import ExportCancelled, ImportRejected
from journal_app.services.exporters.json_export import SCHEMA_VERSION
from journal_app.services.exporters.json_locate import line_of
from journal_app.services.journal import JournalService
from tests.journal_fixtures import new_journal


def _entries() -> list[EntryDraft]:
    return [
        EntryDraft(
            title="Group supervision on drift",
            body="We noticed **drift** in plans.\n\n- one\n- two\n\nTrailing spaces kept.  \n",
            event_date=date(2026, 5, 14),
            template_id="gibbs",
            sections=(
                Section("description", "Description", "  Indented first line.\nSecond line."),
                Section("feelings", "Feelings", ""),
            ),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "5"), Tag("kss-pl", "3", "2015"), Tag("pcf", "6")),
            supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
            actions=(
                Action(
                    "Share the audit tool", due_date=date(2026, 6, 1), done_date=date(2026, 5, 30)
                ),
                Action("Read about leadership", kind=ActionKind.LEARNING_GOAL),
            ),
        ),
        EntryDraft(
            title="Private: a hard week — ŵ ŷ € § ✓ “quotes”",
            body="Only for me.",
            event_date=date(2026, 5, 14),
            visibility=Visibility.PRIVATE,
            status=Status.DRAFT,
            supervision=SupervisionContext(SessionKind.OTHER),
        ),
        EntryDraft(title="Untagged and empty", event_date=date(2026, 7, 1), status=Status.FINAL),
        EntryDraft(title="Older reflection", body="From last year.", event_date=date(2025, 1, 9)),
    ]


@pytest.fixture
def source(journal: JournalService) -> ExportService:
    for draft in _entries():
        journal.create(draft)
    return ExportService(journal, Catalogue.builtin())


@pytest.fixture
def second_journal(tmp_path: Path) -> Iterator[JournalService]:
    journal, database = new_journal(tmp_path / "j2")
    yield journal
    database.close()


def _ids(journal: JournalService) -> list[str]:
    return [entry.id for entry in journal.entries()]


def test_export_import_export_gives_identical_bytes(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    source.export_json(first)
    target = ExportService(second_journal, Catalogue.builtin())
    report = target.import_json(first)
    assert len(report.imported) == 4 and not report.skipped
    second = tmp_path / "second.json"
    target.export_json(second)
    assert second.read_bytes() == first.read_bytes()


def test_file_follows_the_documented_schema(source: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    source.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "reflective-supervision-journal"
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["entry_count"] == len(data["entries"]) == 4
    first = data["entries"][0]
    assert first["event_date"] == "2025-01-09"  # oldest first
    drift = next(e for e in data["entries"] if e["title"] == "Group supervision on drift")
    assert {"framework": "kss-pl", "domain": "3", "framework_version": "2015"} in drift["tags"]
    assert drift["supervision"] == {
        "session_kind": "group",
        "duration_minutes": 90,
        "other_party_role": "team managers",
    }
    assert drift["actions"][0]["done_date"] == "2026-05-30" and drift["actions"][0]["id"]
    assert "ŵ ŷ € § ✓" in path.read_text(encoding="utf-8")  # written as UTF-8, not \\u escapes


def test_period_export_holds_only_that_period(source: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    source.export_json(path, Period(date(2026, 4, 1), date(2027, 3, 31)))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2026-04-01", "to": "2027-03-31"}
    assert [e["title"] for e in data["entries"]][-1] == "Untagged and empty"
    assert all(e["event_date"] >= "2026-04-01" for e in data["entries"])


@pytest.fixture
def exported(source: ExportService, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "good.json"
    source.export_json(path)
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: object, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _rejected(journal: JournalService, path: Path) -> str:
    before = _ids(journal)
    with pytest.raises(ImportRejected) as caught:
        ExportService(journal, Catalogue.builtin()).import_json(path)
    assert _ids(journal) == before  # the journal is unchanged
    return str(caught.value)


def test_bad_json_is_rejected_with_its_line(
    second_journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "reflective-supervision-journal",\n  "entries": [,]\n}\n')
    message = _rejected(second_journal, path)
    assert (
        "line 3" in message and "not valid JSON" in message and "Nothing was imported" in message
    )


def test_wrong_schema_version_is_rejected(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    exported["schema_version"] = 99
    message = _rejected(second_journal, _write(tmp_path, exported))
    assert "schema_version" in message and "newer version of the app" in message


def test_missing_field_in_entry_three_names_field_and_line(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    del entries[2]["title"]
    path = _write(tmp_path, exported)
    message = _rejected(second_journal, path)
    assert "entries[2].title" in message and "missing" in message
    line = int(message.split("(line ")[1].split(")")[0])
    text_lines = path.read_text(encoding="utf-8").splitlines()
    assert text_lines[line - 1].strip() == "{"  # the line where entry 3 starts
    assert f'"id": "{entries[2]["id"]}"' in text_lines[line]


def test_bad_date_names_field_and_its_line(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    entries[1]["event_date"] = "2026-02-30"
    path = _write(tmp_path, exported)
    message = _rejected(second_journal, path)
    assert "entries[1].event_date" in message and "not a real date" in message
    line = int(message.split("(line ")[1].split(")")[0])
    assert '"event_date": "2026-02-30"' in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_partly_valid_file_imports_nothing(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    entries[3]["status"] = "published"
    message = _rejected(second_journal, _write(tmp_path, exported))
    assert "entries[3].status" in message and "draft, final" in message
    assert _ids(second_journal) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(format="something-else"), "format"),
        (lambda d: d.update(entry_count=99), "entry_count"),
        (lambda d: d["entries"][0].update(surprise=1), "entries[0].surprise"),
        (
            lambda d: d["entries"][1]["tags"].append(d["entries"][1]["tags"][0]),
            "entries[1].tags[3]",
        ),
        (lambda d: d["entries"][1].update(id=d["entries"][0]["id"]), "entries[1].id"),
        (
            lambda d: d["entries"][1]["actions"][0].update(kind="chore"),
            "entries[1].actions[0].kind",
        ),
        (lambda d: d["entries"][2].update(title="   "), "entries[2].title"),
        (lambda d: d["entries"][2].update(body="nul\u0000"), "entries[2].body"),
        (
            lambda d: d["entries"][1]["supervision"].update(duration_minutes=5000),
            "duration_minutes",
        ),
        (
            lambda d: d["entries"][1]["actions"][1].update(id=d["entries"][1]["actions"][0]["id"]),
            "entries[1].actions[1].id",
        ),
        (lambda d: d["entries"][0].update(event_date="14/05/2026"), "YYYY-MM-DD"),
        (lambda d: d["entries"][0].update(event_date="1900-01-01"), "outside the dates"),
    ],
)
def test_other_faults_are_named(
    second_journal: JournalService,
    exported: dict[str, object],
    tmp_path: Path,
    change: Callable[[Any], object],
    where: str,
) -> None:
    change(exported)
    assert where in _rejected(second_journal, _write(tmp_path, exported))


def test_duplicates_are_skipped_and_reported(source: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "again.json"
    source.export_json(path)
    report = source.import_json(path)
    assert report.imported == ()
    assert len(report.skipped) == 4 and all(s.same_content for s in report.skipped)


def test_duplicates_can_stop_the_import(
    source: ExportService, second_journal: JournalService, journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    source.export_json(path)
    target = ExportService(second_journal, Catalogue.builtin())
    one = next(iter(journal.entries()))
    second_journal.create(one.to_draft(), entry_id=one.id)
    with pytest.raises(ImportRejected, match="already in this journal"):
        target.import_json(path, DuplicatePolicy.REJECT)
    assert _ids(second_journal) == [one.id]
    report = target.import_json(path, DuplicatePolicy.SKIP)
    assert [s.id for s in report.skipped] == [one.id] and len(report.imported) == 3


def test_changed_duplicate_is_reported_as_different(
    source: ExportService, journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "j.json"
    source.export_json(path)
    edited = next(iter(journal.entries()))
    journal.update(edited.id, EntryDraft(title="Edited since", event_date=edited.event_date))
    report = source.import_json(path)
    assert [s.id for s in report.skipped if not s.same_content] == [edited.id]


def test_failure_part_way_leaves_the_journal_as_it_was(
    source: ExportService,
    second_journal: JournalService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "j.json"
    source.export_json(path)
    from journal_app.store import entries as store

    real_insert = store.insert_entry
    calls = {"n": 0}

    def failing_insert(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("storage.disk_full")
        return real_insert(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "insert_entry", failing_insert)
    with pytest.raises(StorageError):
        ExportService(second_journal, Catalogue.builtin()).import_json(path)
    assert calls["n"] == 3
    assert _ids(second_journal) == []


def test_import_is_one_transaction_nothing_visible_until_it_ends(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    # A reader (another process, or a crash's recovery) sees none of a half-done import:
    # the WAL only ever holds it committed whole, so a power cut part-way loses it whole.
    path = tmp_path / "j.json"
    source.export_json(path)
    seen_midway: list[int] = []

    def progress(done: int, total: int) -> None:
        if done == 3:
            seen_midway.append(second_journal.count(EntryFilter()))

    ExportService(second_journal, Catalogue.builtin()).import_json(path, progress=progress)
    assert seen_midway == [0]
    assert len(_ids(second_journal)) == len(_entries())


def test_cancelled_import_leaves_the_journal_as_it_was(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "j.json"
    source.export_json(path)
    answers = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        ExportService(second_journal, Catalogue.builtin()).import_json(
            path, cancelled=lambda: next(answers)
        )
    assert _ids(second_journal) == []


def test_tag_without_version_gets_the_current_one(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    entries[3]["tags"] = [{"framework": "kss-pl", "domain": "2", "framework_version": ""}]
    ExportService(second_journal, Catalogue.builtin()).import_json(_write(tmp_path, exported))
    imported = second_journal.get(entries[3]["id"])
    assert imported.tags == (Tag("kss-pl", "2", "2018"),)
    entries[3]["tags"] = [{"framework": "nope", "domain": "2", "framework_version": ""}]
    with pytest.raises(InvalidInputError, match=re.escape("entries[3].tags[0]")):
        ExportService(second_journal, Catalogue.builtin()).import_json(
            _write(tmp_path, exported, "b.json")
        )


def test_line_of_finds_keys_and_missing_fields() -> None:
    text = '{\n  "a": [\n    {"x": 1},\n    {\n      "y": "}",\n      "z": 2\n    }\n  ]\n}\n'
    assert line_of(text, "a") == 2
    assert line_of(text, "a[0].x") == 3
    assert line_of(text, "a[1].z") == 6
    assert line_of(text, "a[1].missing") == 4
    assert line_of("not json", "a") is None


def test_import_keeps_when_each_reflection_was_written_and_last_edited(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    assert entries[0]["created_at"].endswith("Z") and "T" in entries[0]["created_at"]
    entries[0]["created_at"] = "2020-01-02T03:04:05Z"
    entries[0]["updated_at"] = "2021-06-07T08:09:10Z"
    ExportService(second_journal, Catalogue.builtin()).import_json(_write(tmp_path, exported))
    copy = second_journal.get(entries[0]["id"])
    assert copy.created_at == datetime(2020, 1, 2, 3, 4, 5)
    assert copy.updated_at == datetime(2021, 6, 7, 8, 9, 10)


def test_a_schema_1_file_still_imports(
    second_journal: JournalService, exported: dict[str, object], tmp_path: Path
) -> None:
    exported["schema_version"] = 1
    del exported["appraisals"], exported["evidence_files"], exported["follow_ups"]  # schema 3
    entries = exported["entries"]
    assert isinstance(entries, list)
    for entry in entries:
        del entry["created_at"], entry["updated_at"]
    report = ExportService(second_journal, Catalogue.builtin()).import_json(
        _write(tmp_path, exported)
    )
    assert len(report.imported) == len(entries)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("created_at", "2026-02-30T10:00:00Z", "not a real time"),
        ("updated_at", "2026-05-01 10:00", "not a UTC time"),
        ("updated_at", "2000-01-01T00:00:00Z", "earlier than created_at"),
    ],
)
def test_bad_times_are_refused_with_their_field(
    second_journal: JournalService,
    exported: dict[str, object],
    tmp_path: Path,
    field: str,
    value: str,
    problem: str,
) -> None:
    entries = exported["entries"]
    assert isinstance(entries, list)
    entries[1][field] = value
    message = _rejected(second_journal, _write(tmp_path, exported))
    assert f"entries[1].{field}" in message and problem in message
