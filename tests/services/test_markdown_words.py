"""The Markdown export's own words (headings, labels, outcomes, who gave feedback, dates) in
the export's language: English exactly as before, Welsh from the catalogue.

The English goldens in tests/fixtures/markdown_golden_en/ were written by the exporter before
its words moved to the catalogue. All reflections and people here are fictional.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core.appraisal import (
    Appraisal,
    Feedback,
    FeedbackSource,
    Objective,
    ObjectiveOutcome,
    SelfAssessment,
)
from journal_app.core.catalogue import Catalogue
from journal_app.core.models import (
    Action,
    ActionKind,
    Entry,
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
from journal_app.services.exporters.markdown_export import (
    MarkdownExporter,
    appraisal_markdown,
    entry_markdown,
    markdown_language,
)
from journal_app.services.journal import JournalService

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "markdown_golden_en"
WHEN = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def catalogues(checkout_catalogues: None) -> None:
    """This checkout's catalogues for every test here (tests/conftest.py)."""


def reflection() -> Entry:
    """A reflection with everything the Markdown shows: sections, tags, a session, actions."""
    return Entry(
        id="0b6f3a52-7a1e-4c55-9a43-2d5b1f0c8e11",
        title='Group supervision: "drift" & plans',
        body="We noticed **drift**.",
        event_date=date(2026, 5, 14),
        template_id="gibbs",
        created_at=WHEN,
        updated_at=WHEN,
        status=Status.FINAL,
        visibility=Visibility.SHAREABLE,
        sections=(
            Section("description", "Description", "Three plans reviewed."),
            Section("feelings", "Feelings", "Uneasy."),
        ),
        tags=(Tag("kss-pl", "5", "2018"), Tag("kss-pl", "3", "2015")),
        supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
        actions=(
            Action("Share the audit tool", due_date=date(2026, 6, 1)),
            Action(
                "Read about leadership",
                kind=ActionKind.LEARNING_GOAL,
                due_date=date(2026, 6, 20),
                done_date=date(2026, 7, 1),
            ),
            Action("Ask the team", done_date=date(2026, 5, 20)),
        ),
    )


def appraisal() -> Appraisal:
    """An appraisal workspace with every outcome and every kind of feedback source."""
    return Appraisal(
        id="5d1c0e8a-3f0b-4c1e-8e7a-9a0b1c2d3e4f",
        period=Period(date(2026, 4, 1), date(2027, 3, 31)),
        framework_id="kss-pl",
        appraisal_date=date(2027, 4, 12),
        self_assessments=(
            SelfAssessment("5", "Clear decisions in panels.", "Writing down my reasons."),
            SelfAssessment("3", "", "Using data well."),
        ),
        plan=(
            Objective(
                "Run a reflective group each month",
                domain_codes=("4", "5"),
                how="Book the room for the year.",
                by_when=date(2026, 9, 30),
                outcome=ObjectiveOutcome.MET,
                outcome_note="Ten groups so far.",
            ),
            Objective("Audit five plans", outcome=ObjectiveOutcome.PARTLY_MET),
            Objective(
                "Read two books", outcome=ObjectiveOutcome.NOT_MET, outcome_note="Next year."
            ),
            Objective("Mentor a new manager", domain_codes=("4",)),
        ),
        feedback=(
            *(
                Feedback(
                    f"Thank you for the time you gave us ({source.value}).",
                    source=source,
                    context="After a meeting" if source is FeedbackSource.MANAGER else "",
                    received_on=date(2026, 11, 3) if source is FeedbackSource.COLLEAGUE else None,
                )
                for source in FeedbackSource
            ),
            Feedback("Two lines,\n\nwith a gap.", FeedbackSource.SUPERVISEE),
        ),
    )


def _golden(name: str) -> str:
    return (GOLDEN / name).read_bytes().decode("utf-8")


def test_english_reads_exactly_as_before() -> None:
    titles = Catalogue.builtin(language="en")
    assert entry_markdown(reflection(), titles) == _golden("reflection.md")
    assert entry_markdown(reflection()) == _golden("reflection-no-titles.md")
    assert appraisal_markdown(appraisal(), titles) == _golden("appraisal.md")
    assert appraisal_markdown(appraisal()) == _golden("appraisal-no-titles.md")


WELSH_GOLDEN = GOLDEN.parent / "markdown_golden_cy"


def _welsh(name: str) -> str:
    return (WELSH_GOLDEN / name).read_bytes().decode("utf-8")


def test_welsh_has_its_own_headings_labels_and_dates() -> None:
    titles = Catalogue.builtin(language="cy")
    entry = entry_markdown(reflection(), titles, "cy")
    assert entry == _welsh("reflection.md")
    assert "## Camau gweithredu a nodau dysgu" in entry
    assert "- [x] Nod dysgu: Read about leadership (i'w gwblhau erbyn 20 Mehefin 2026, " in entry
    workspace = appraisal_markdown(appraisal(), titles, "cy")
    assert workspace == _welsh("appraisal.md")
    for heading in (
        "# Arfarniad: 1 Ebrill 2026 i 31 Mawrth 2027",
        "## Hunanasesiad",
        "**Cryfderau**",
        "## Cynllun datblygu",
        "  - Canlyniad: Wedi'i gyflawni'n rhannol",
        "  - Erbyn: 30 Medi 2026",
        "## Adborth a gafwyd",
        "> — Cydweithiwr, 3 Tachwedd 2026",
    ):
        assert heading in workspace.splitlines(), heading


def test_the_language_is_the_apps_unless_one_is_asked_for() -> None:
    english_titles = Catalogue.builtin(language="en")
    messages.set_language("cy")
    assert entry_markdown(reflection(), english_titles) == _welsh("reflection.md")
    # English asked for while the app speaks Welsh: exactly the English as before
    assert entry_markdown(reflection(), english_titles, "en") == _golden("reflection.md")
    assert appraisal_markdown(appraisal(), english_titles, "en") == _golden("appraisal.md")
    messages.set_language("en")
    assert appraisal_markdown(appraisal(), english_titles, "cy") == _welsh("appraisal.md")
    assert markdown_language("fr") == "en"  # a language the journal does not speak


def test_the_front_matter_is_the_same_in_every_language() -> None:
    titles = Catalogue.builtin(language="en")
    for build in (entry_markdown, appraisal_markdown):
        item = reflection() if build is entry_markdown else appraisal()
        english = build(item, titles, "en")  # type: ignore[arg-type]
        welsh = build(item, titles, "cy")  # type: ignore[arg-type]
        assert english.split("\n---\n")[0] == welsh.split("\n---\n")[0]
        assert english != welsh


def test_the_export_keeps_the_language_it_was_made_in(tmp_path: Path) -> None:
    """An export running in the background keeps the language it was started in."""
    titles = Catalogue.builtin(language="en")
    messages.set_language("cy")
    exporter = MarkdownExporter(titles, [appraisal()])
    messages.set_language("en")
    exporter.export([reflection()], tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        names = sorted(archive.namelist())
        assert archive.read(names[0]).decode() == _welsh("appraisal.md")
        assert archive.read(names[1]).decode() == _welsh("reflection.md")


def test_the_service_exports_in_the_apps_language(journal: JournalService, tmp_path: Path) -> None:
    journal.create(
        EntryDraft(
            title="Team meeting",
            event_date=date(2026, 5, 14),
            actions=(Action("Book the room", due_date=date(2026, 6, 1)),),
        )
    )
    service = ExportService(journal, Catalogue.builtin(language="en"))
    service.export_markdown(tmp_path / "en")
    messages.set_language("cy")
    service.export_markdown(tmp_path / "cy")
    service.export_markdown(tmp_path / "asked-en", language="en")
    said = {
        folder: next((tmp_path / folder).glob("*.md")).read_text(encoding="utf-8")
        for folder in ("en", "cy", "asked-en")
    }
    assert "- [ ] Book the room (due 1 June 2026)" in said["en"]
    assert "- [ ] Book the room (i'w gwblhau erbyn 1 Mehefin 2026)" in said["cy"]
    assert said["asked-en"] == said["en"]
