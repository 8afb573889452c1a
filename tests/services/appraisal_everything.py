"""A journal whose appraisal PDF has every part: reflections with supervision, actions of
every status, a cross-referenced reflection, an older framework version, an untagged
reflection, a follow-up, a self-assessment, last period's objectives, a plan, feedback and
evidence files. All of it is fictional.

It uses only what the PDF had before it could be written in Welsh, so the same journal
made the English golden text (``tests/fixtures/appraisal_pdf_english_golden.txt``) with
that older code: ``python -m tests.services.appraisal_everything OUT.txt``.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from journal_app.core.appraisal import Feedback, FeedbackSource, Objective, ObjectiveOutcome
from journal_app.core.catalogue import Catalogue
from journal_app.core.evidence import OwnerKind
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
from journal_app.services.appraisals import Appraisals
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.export_service import ExportService
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService

TODAY = date(2027, 3, 20)
THIS_YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
LAST_YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))
WELSH_LETTERS = "ŵŷâêîôû ŴŶ"
PERSON = {
    "name": "Siân Ap Gwŷn",
    "role": "Principal social worker",
    "employer": "Example County Council",
    "appraiser": "Rhodri Ellis-Owen",
}


def _draft(title: str, event_date: date, **changes: Any) -> EntryDraft:
    values: dict[str, Any] = {
        "title": title,
        "body": f"Opening paragraph of {title}.",
        "event_date": event_date,
        "template_id": "free-form",
        "status": Status.FINAL,
        "visibility": Visibility.SHAREABLE,
        "tags": (Tag("kss-pl", "1"),),
    }
    values.update(changes)
    return EntryDraft(**values)


def fill(journal: JournalService) -> None:
    """Reflections, a follow-up, two appraisal workspaces and two evidence files."""
    first = journal.create(
        _draft(
            "Group supervision on drift",
            date(2026, 5, 14),
            template_id="gibbs",
            body="",
            sections=(
                Section("description", "Description", "We reviewed **three plans** together."),
                Section("conclusion", "Conclusion", "Drift is a leadership problem."),
            ),
            tags=(Tag("kss-pl", "5"), Tag("kss-pl", "6")),
            supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
            actions=(
                Action("Share the audit tool", due_date=date(2026, 6, 1)),
                Action("Book the next review", due_date=date(2027, 5, 1)),
                Action("Ask the team", kind=ActionKind.ACTION),
                Action(
                    "Read about practice leadership",
                    kind=ActionKind.LEARNING_GOAL,
                    done_date=date(2026, 7, 1),
                ),
            ),
        )
    )
    journal.create(
        _draft(
            "Cross-domain reflection on a critical incident",
            date(2026, 7, 2),
            tags=(Tag("kss-pl", "2"), Tag("kss-pl", "4"), Tag("kss-ps", "7")),
            supervision=SupervisionContext(SessionKind.ONE_TO_ONE, 45, ""),
        )
    )
    journal.create(
        _draft(
            "Reflection in Welsh letters",
            date(2026, 8, 3),
            body=f"Trafodais gyda’r tîm: {WELSH_LETTERS}.",
            supervision=SupervisionContext(SessionKind.PEER, 60, "a peer"),
        )
    )
    journal.create(
        _draft("Tagged against an older KSS", date(2026, 9, 9), tags=(Tag("kss-pl", "3", "2015"),))
    )
    journal.create(_draft("Untagged reflection from the year", date(2026, 11, 5), tags=()))
    FollowUps(journal).write(first.id, "The audit tool is in use in every team.", date(2026, 7, 2))

    catalogue = Catalogue.builtin()
    appraisals = Appraisals(journal.database, catalogue)
    last = appraisals.start(LAST_YEAR, "kss-pl")
    last = appraisals.add_objective(
        last.id,
        Objective("Finish the leadership programme", ("1", "4"), by_when=date(2026, 3, 1)),
    )
    last = appraisals.add_objective(last.id, Objective("Set up a peer group", how="Monthly"))
    appraisals.review_objective(
        last.id, last.plan[0].id, ObjectiveOutcome.PARTLY_MET, "Four modules of six."
    )
    this = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.set_self_assessment(
        this.id, "3", strengths="Recording standards agreed.", to_develop="Audit follow-up."
    )
    appraisals.add_objective(
        this.id, Objective("Pilot the recording template", ("3",), by_when=date(2027, 1, 31))
    )
    appraisals.add_feedback(
        this.id,
        Feedback("You make space for us to think.", FeedbackSource.SUPERVISEE, "survey"),
    )
    appraisals.add_feedback(
        this.id,
        Feedback("Clear and calm.", FeedbackSource.PARTNER_AGENCY, received_on=date(2026, 9, 1)),
    )
    appraisals.set_details(this.id, framework_id="kss-pl", appraisal_date=date(2027, 3, 25))
    files = EvidenceFiles(journal.database, lambda: datetime(2026, 9, 1, 10, tzinfo=UTC))
    files.add_bytes(OwnerKind.REFLECTION, first.id, "notes.pdf", b"%PDF-1.4\n%%EOF\n", "Notes")
    files.add_bytes(
        OwnerKind.APPRAISAL, this.id, "certificate.png", b"\x89PNG\r\n\x1a\n" + bytes(9)
    )
    assert len(list(journal.entries(EntryFilter()))) == 5


def export_service(journal: JournalService) -> ExportService:
    return ExportService(journal, Catalogue.builtin(), today=lambda: TODAY)


def page_texts(path: Path) -> list[str]:
    """Each page's text as pypdf extracts it, its whitespace made single spaces."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _write_golden(destination: Path) -> None:
    """The English text of this journal's PDF, one page a line (run with the older code)."""
    import tempfile

    from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
    from tests.journal_fixtures import new_journal

    with tempfile.TemporaryDirectory() as work:
        journal, database = new_journal(Path(work) / "journal")
        try:
            fill(journal)
            pdf = Path(work) / "appraisal.pdf"
            options = AppraisalOptions(THIS_YEAR, produced_on=TODAY, **PERSON)  # type: ignore[arg-type]
            export_service(journal).appraisal_pdf(options, pdf)
            destination.write_text("\n".join(page_texts(pdf)) + "\n", encoding="utf-8")
        finally:
            database.close()


if __name__ == "__main__":
    _write_golden(Path(sys.argv[1]))
