"""Appraisal workspaces in the JSON export: exact round trip, old files, refused faults.

Every quote and objective here is fictional.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.appraisal import Feedback, FeedbackSource, Objective, ObjectiveOutcome
from journal_app.core.catalogue import Catalogue
from journal_app.core.evidence import OwnerKind
from journal_app.core.models import Action, EntryDraft, Status
from journal_app.core.periods import Period
from journal_app.services.appraisals import Appraisals
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.errors import ImportRejected
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService
from tests.journal_fixtures import new_journal

PDF = b"%PDF-1.4\n% a made-up certificate\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
LAST_YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))
THIS_YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))


def _fill(journal: JournalService) -> None:
    entry = journal.create(
        EntryDraft(
            "Audit of supervision records",
            event_date=date(2026, 5, 2),
            status=Status.FINAL,
            actions=(Action("Pilot the new supervision template", due_date=date(2026, 10, 1)),),
        )
    )
    appraisals = Appraisals(journal.database, Catalogue.builtin())
    last = appraisals.start(LAST_YEAR, "kss-pl")
    last = appraisals.add_objective(
        last.id,
        Objective("Complete the practice leader programme", ("6",), "Monthly study day"),
    )
    appraisals.review_objective(
        last.id, last.plan[0].id, ObjectiveOutcome.MET, "Finished in February — ŵ ŷ ✓"
    )
    this = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.set_details(this.id, framework_id="kss-pl", appraisal_date=date(2027, 3, 10))
    appraisals.set_self_assessment(
        this.id, "1", strengths="Clearer “why” in case direction.", to_develop="Delegation."
    )
    appraisals.promote_action(this.id, entry.actions[0], ["3", "5"])
    FollowUps(journal).write(entry.id, "The template is used by four teams.", date(2026, 11, 1))
    files = EvidenceFiles(journal.database)
    files.add_bytes(OwnerKind.REFLECTION, entry.id, "certificate.pdf", PDF, "Level 3 course")
    files.add_bytes(OwnerKind.APPRAISAL, this.id, "letter.png", PNG)
    appraisals.add_feedback(
        this.id,
        Feedback(
            "You make space for us to think.",
            FeedbackSource.SUPERVISEE,
            "supervision survey",
            date(2026, 11, 3),
        ),
    )


@pytest.fixture
def source(journal: JournalService) -> ExportService:
    _fill(journal)
    return ExportService(journal, Catalogue.builtin())


@pytest.fixture
def second_journal(tmp_path: Path) -> Iterator[JournalService]:
    journal, database = new_journal(tmp_path / "j2")
    yield journal
    database.close()


def _exported(source: ExportService, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "export.json"
    source.export_json(path)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def test_export_import_export_with_appraisals_gives_identical_bytes(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    source.export_json(first)
    target = ExportService(second_journal, Catalogue.builtin())
    report = target.import_json(first)
    assert len(report.imported) == 1 and len(report.appraisals_imported) == 2
    second = tmp_path / "second.json"
    target.export_json(second)
    assert second.read_bytes() == first.read_bytes()

    assert len(report.evidence_imported) == 2
    copied_files = EvidenceFiles(second_journal.database)
    assert sorted(copied_files.data(f.id) for f in copied_files.list()) == sorted([PDF, PNG])
    (follow_up,) = FollowUps(second_journal).all_for([e.id for e in second_journal.entries()])
    assert follow_up.text == "The template is used by four teams."
    copied = Appraisals(second_journal.database, Catalogue.builtin()).list()
    assert [a.period for a in copied] == [LAST_YEAR, THIS_YEAR]
    assert copied[0].plan[0].outcome is ObjectiveOutcome.MET
    assert copied[1].plan[0].from_action_id == next(iter(second_journal.entries())).actions[0].id


def test_the_file_holds_every_part_of_the_workspace(source: ExportService, tmp_path: Path) -> None:
    data = _exported(source, tmp_path)
    assert data["schema_version"] == 3
    this = data["appraisals"][1]
    assert list(this) == [
        "id",
        "period",
        "framework",
        "appraisal_date",
        "self_assessment",
        "plan",
        "feedback",
    ]
    assert this["period"] == {"from": "2026-04-01", "to": "2027-03-31"}
    assert this["appraisal_date"] == "2027-03-10"
    assert this["self_assessment"] == [
        {
            "domain": "1",
            "strengths": "Clearer “why” in case direction.",
            "to_develop": "Delegation.",
        }
    ]
    assert this["plan"][0]["domains"] == ["3", "5"]
    assert this["feedback"][0]["source"] == "supervisee"


def test_importing_twice_leaves_the_workspaces_alone(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "first.json"
    source.export_json(path)
    target = ExportService(second_journal, Catalogue.builtin())
    target.import_json(path)
    again = target.import_json(path)
    assert again.appraisals_imported == () and len(again.appraisals_skipped) == 2


def test_a_schema_2_file_without_appraisals_still_imports(
    source: ExportService, second_journal: JournalService, tmp_path: Path
) -> None:
    data = _exported(source, tmp_path)
    data["schema_version"] = 2
    del data["appraisals"], data["evidence_files"], data["follow_ups"]
    report = ExportService(second_journal, Catalogue.builtin()).import_json(_write(tmp_path, data))
    assert len(report.imported) == 1 and report.appraisals_imported == ()


@pytest.mark.parametrize(
    ("edit", "where", "problem"),
    [
        (lambda a: a[1].update(framework="no-such"), "appraisals[1]", "Unknown framework"),
        (
            lambda a: a[1]["self_assessment"][0].update(domain="42"),
            "appraisals[1]",
            "has no domain",
        ),
        (
            lambda a: a[1]["plan"][0].update(outcome="mostly"),
            "appraisals[1].plan[0].outcome",
            "not one of",
        ),
        (
            lambda a: a[1]["feedback"][0].update(quote="  "),
            "appraisals[1].feedback[0].quote",
            "must not be empty",
        ),
        (
            lambda a: a[1]["period"].update({"from": "2027-04-01"}),
            "appraisals[1].period.to",
            "earlier than",
        ),
        (lambda a: a[1].update(period=a[0]["period"]), "appraisals[1].period", "same period"),
        (lambda a: a[1].update(id=a[0]["id"]), "appraisals[1].id", "appears twice"),
    ],
)
def test_a_fault_in_an_appraisal_refuses_the_whole_file(
    source: ExportService,
    second_journal: JournalService,
    tmp_path: Path,
    edit: Any,
    where: str,
    problem: str,
) -> None:
    data = _exported(source, tmp_path)
    edit(data["appraisals"])
    with pytest.raises(ImportRejected) as refused:
        ExportService(second_journal, Catalogue.builtin()).import_json(_write(tmp_path, data))
    assert where in str(refused.value) and problem in str(refused.value)
    assert list(second_journal.entries()) == []  # nothing of the file was imported
    assert Appraisals(second_journal.database, Catalogue.builtin()).list() == []


def test_an_appraisal_only_in_the_period_exported_goes_with_it(
    source: ExportService, tmp_path: Path
) -> None:
    path = tmp_path / "period.json"
    source.export_json(path, Period(date(2026, 6, 1), date(2026, 8, 31)))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [a["period"]["from"] for a in data["appraisals"]] == ["2026-04-01"]


def test_the_markdown_export_has_a_file_per_appraisal(
    source: ExportService, tmp_path: Path
) -> None:
    folder = tmp_path / "md"
    result = source.export_markdown(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert "appraisal-2026-04-01-to-2027-03-31.md" in names and result.files == 3
    text = (folder / "appraisal-2026-04-01-to-2027-03-31.md").read_text(encoding="utf-8")
    assert "# Appraisal: 1 April 2026 to 31 March 2027" in text
    assert "**Strengths**\n\nClearer “why” in case direction." in text
    assert "- Pilot the new supervision template" in text and "  - By: 1 October 2026" in text
    assert "> You make space for us to think.\n>\n> — A supervisee, supervision survey" in text
    last = (folder / "appraisal-2025-04-01-to-2026-03-31.md").read_text(encoding="utf-8")
    assert "  - Outcome: Met. Finished in February — ŵ ŷ ✓" in last

    zipped = tmp_path / "all.zip"
    source.export_markdown(zipped)
    with zipfile.ZipFile(zipped) as archive:
        assert "appraisals/appraisal-2026-04-01-to-2027-03-31.md" in archive.namelist()


@pytest.mark.parametrize(
    ("edit", "where", "problem"),
    [
        (lambda e: e.update(data=e["data"][:-8]), "evidence_files[0]", "sha256"),
        (lambda e: e.update(data="not base64!"), "evidence_files[0].data", "not valid base64"),
        (lambda e: e.update(media_type="image/png"), "evidence_files[0].media_type", "not a PDF"),
        (lambda e: e.update(file_name="../../x.pdf"), "evidence_files[0].file_name", "plain"),
        (lambda e: e.update(owner_id="nobody"), "evidence_files[0].owner_id", "neither in"),
    ],
)
def test_a_fault_in_an_evidence_file_refuses_the_whole_file(
    source: ExportService,
    second_journal: JournalService,
    tmp_path: Path,
    edit: Any,
    where: str,
    problem: str,
) -> None:
    data = _exported(source, tmp_path)
    edit(data["evidence_files"][0])
    with pytest.raises(ImportRejected) as refused:
        ExportService(second_journal, Catalogue.builtin()).import_json(_write(tmp_path, data))
    assert where in str(refused.value) and problem in str(refused.value)
    assert list(second_journal.entries()) == []
    assert EvidenceFiles(second_journal.database).list() == []
