"""The Markdown export's own words (headings, labels, outcomes, who gave feedback, dates) in
the export's language: English exactly as before, Welsh from the catalogue.

The English goldens in tests/fixtures/markdown_golden_en/ were written by the exporter before
its words moved to the catalogue. All reflections and people here are fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.periods import Period

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "markdown_golden_en"
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "messages"
WHEN = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def catalogues() -> Iterator[None]:
    """This checkout's catalogues, and English again after each test."""
    messages.use_folder(FOLDER)
    try:
        yield
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)


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
    from journal_app.services.exporters.markdown_export import appraisal_markdown, entry_markdown

    titles = Catalogue.builtin(language="en")
    assert entry_markdown(reflection(), titles) == _golden("reflection.md")
    assert entry_markdown(reflection()) == _golden("reflection-no-titles.md")
    assert appraisal_markdown(appraisal(), titles) == _golden("appraisal.md")
    assert appraisal_markdown(appraisal()) == _golden("appraisal-no-titles.md")
