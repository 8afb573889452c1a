"""Markdown export: one file per reflection with front matter, to a folder or a zip.

All reflections here are fictional.
"""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.periods import Period
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.services.exporters.markdown_export import file_name
from journal_app.services.journal import JournalService


@pytest.fixture
def service(journal: JournalService) -> ExportService:
    journal.create(
        EntryDraft(
            title='Group supervision: "drift" & plans',
            body="We noticed **drift**.",
            event_date=date(2026, 5, 14),
            template_id="gibbs",
            sections=(
                Section("description", "Description", "Three plans reviewed."),
                Section("feelings", "Feelings", "Uneasy."),
            ),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "5"), Tag("kss-pl", "3", "2015")),
            supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
            actions=(
                Action("Share the audit tool", due_date=date(2026, 6, 1)),
                Action(
                    "Read about leadership",
                    kind=ActionKind.LEARNING_GOAL,
                    done_date=date(2026, 7, 1),
                ),
            ),
        )
    )
    journal.create(
        EntryDraft(title="Siân’s café — ŵ", body="Private.", event_date=date(2026, 8, 2))
    )
    journal.create(EntryDraft(title="Last year", event_date=date(2025, 8, 2)))
    return ExportService(journal, Catalogue.builtin())


def _front_matter(text: str) -> dict[str, str]:
    """The top-level scalar fields of the front matter (enough to check what we wrote)."""
    assert text.startswith("---\n")
    block = text.split("---\n")[1]
    fields = {}
    for line in block.splitlines():
        if line and not line.startswith(" ") and ": " in line:
            key, value = line.split(": ", 1)
            fields[key] = json.loads(value) if value.startswith('"') else value
    return fields


def test_folder_gets_one_file_per_reflection_with_front_matter(
    service: ExportService, tmp_path: Path
) -> None:
    folder = tmp_path / "md"
    result = service.export_markdown(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert result.files == 3 and len(names) == 3
    assert names[0].startswith("2025-08-02-last-year-")
    drift = next(folder.glob("2026-05-14-group-supervision-drift-plans-*.md")).read_text(
        encoding="utf-8"
    )
    fields = _front_matter(drift)
    assert fields["title"] == 'Group supervision: "drift" & plans'
    assert fields["date"] == "2026-05-14"
    assert fields["template"] == "gibbs"
    assert fields["status"] == "final" and fields["visibility"] == "shareable"
    assert '  - key: "kss-pl:5"\n    framework_version: "2018"' in drift
    assert '  - key: "kss-pl:3"\n    framework_version: "2015"' in drift
    assert "(2015 version)" in drift
    assert "session_kind: group" in drift and "duration_minutes: 90" in drift
    assert "# Group supervision" in drift and "We noticed **drift**." in drift
    assert "## Description\n\nThree plans reviewed." in drift
    assert "- [ ] Share the audit tool (due 1 June 2026)" in drift
    assert "- [x] Learning goal: Read about leadership (done 1 July 2026)" in drift


def test_unicode_titles_make_portable_names(service: ExportService, tmp_path: Path) -> None:
    service.export_markdown(tmp_path / "md")
    welsh = next((tmp_path / "md").glob("2026-08-02-*.md"))
    assert welsh.name.startswith("2026-08-02-sians-cafe-w-")
    assert "Siân’s café — ŵ" in welsh.read_text(encoding="utf-8")


def test_zip_holds_the_same_files(service: ExportService, tmp_path: Path) -> None:
    service.export_markdown(tmp_path / "md")
    archive = tmp_path / "reflections.zip"
    result = service.export_markdown(archive)
    assert result.files == 3
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
        assert all(name.startswith("reflections/") for name in names)
        for name in names:
            on_disk = (tmp_path / "md" / name.removeprefix("reflections/")).read_bytes()
            assert opened.read(name) == on_disk
    if os.name == "posix":
        assert archive.stat().st_mode & 0o777 == 0o600


def test_period_limits_the_files(service: ExportService, tmp_path: Path) -> None:
    result = service.export_markdown(tmp_path / "md", Period(date(2026, 4, 1), date(2027, 3, 31)))
    assert result.entry_count == 2


def test_cancel_writes_nothing(service: ExportService, tmp_path: Path) -> None:
    answers = iter([False, True, True, True])
    with pytest.raises(ExportCancelled):
        service.export_markdown(tmp_path / "md", cancelled=lambda: next(answers))
    with pytest.raises(ExportCancelled):
        service.export_markdown(tmp_path / "r.zip", cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name in {"md", "r.zip"}) == []


def test_same_title_and_date_get_different_names(journal: JournalService) -> None:
    first = journal.create(EntryDraft(title="Same", event_date=date(2026, 1, 1)))
    second = journal.create(EntryDraft(title="Same", event_date=date(2026, 1, 1)))
    assert file_name(first) != file_name(second)
