"""The appraisal workspace in the PDF: self-assessment beside each domain, last period's
objectives reviewed, the plan, feedback; the identifier check reads all of it first.

Every text here is fictional.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.appraisal import Feedback, FeedbackSource, Objective, ObjectiveOutcome
from journal_app.core.catalogue import Catalogue
from journal_app.core.evidence import OwnerKind
from journal_app.core.models import EntryDraft, Status, Tag, Visibility
from journal_app.core.periods import Period
from journal_app.services.appraisals import Appraisals
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService

THIS_YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
LAST_YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))


@pytest.fixture
def exports(journal: JournalService) -> ExportService:
    journal.create(
        EntryDraft(
            "Setting direction in group supervision",
            body="We agreed what good recording looks like.",
            event_date=date(2026, 6, 3),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "3"),),
        )
    )
    return ExportService(journal, Catalogue.builtin(), today=lambda: date(2026, 12, 2))


def _prepare(journal: JournalService, *, quote: str = "You make space for us to think.") -> None:
    appraisals = Appraisals(journal.database, Catalogue.builtin())
    last = appraisals.start(LAST_YEAR, "kss-pl")
    last = appraisals.add_objective(last.id, Objective("Finish the leadership programme"))
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
    appraisals.add_feedback(this.id, Feedback(quote, FeedbackSource.SUPERVISEE, "survey"))


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_pdf_carries_the_whole_appraisal(
    journal: JournalService, exports: ExportService, tmp_path: Path
) -> None:
    _prepare(journal)
    path = tmp_path / "appraisal.pdf"
    exports.appraisal_pdf(AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2)), path)
    text = _text(path)
    assert "My self-assessment" in text and "Recording standards agreed." in text
    assert "Last period's objectives" in text and "Partly met" in text
    assert "Four modules of six." in text
    assert "Development plan" in text and "Pilot the recording template" in text
    assert "31 January 2027" in text
    assert "Feedback received" in text and "You make space for us to think." in text
    assert "A supervisee, survey" in text
    # the self-assessment sits in its domain's section, before that domain's evidence
    assert text.index("Recording standards agreed.") < text.index(
        "Setting direction in group supervision", text.index("My self-assessment")
    )


def test_without_a_workspace_or_when_left_out_the_pdf_is_as_before(
    journal: JournalService, exports: ExportService, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.pdf"
    exports.appraisal_pdf(AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2)), plain)
    _prepare(journal)
    left_out = tmp_path / "left-out.pdf"
    exports.appraisal_pdf(
        AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2), include_appraisal=False),
        left_out,
    )
    for path in (plain, left_out):
        text = _text(path)
        assert "My self-assessment" not in text and "Feedback received" not in text
        assert "Setting direction in group supervision" in text


def test_the_identifier_check_reads_the_workspace_before_an_export(
    journal: JournalService, exports: ExportService
) -> None:
    _prepare(journal, quote="Thanks for helping Jayden Smith's mum.")
    options = AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2))
    found = exports.appraisal_findings_for_export(options)
    assert [f.place for f in found] == ["Feedback 1"]
    assert any("Jayden" in finding.text for finding in found[0].findings)
    left_out = AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2), include_appraisal=False)
    assert exports.appraisal_findings_for_export(left_out) == []


def test_evidence_files_are_listed_and_attached_only_when_asked(
    journal: JournalService, exports: ExportService, tmp_path: Path
) -> None:
    pdf_bytes = b"%PDF-1.4\n% a made-up certificate\n%%EOF\n"
    entry = next(iter(journal.entries()))
    files = EvidenceFiles(journal.database)
    files.add_bytes(OwnerKind.REFLECTION, entry.id, "certificate.pdf", pdf_bytes, "Level 3")
    listed = tmp_path / "listed.pdf"
    exports.appraisal_pdf(AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2)), listed)
    text = _text(listed)
    assert "Appendix: evidence files" in text and "certificate.pdf" in text
    assert "not attached to this PDF" in text
    assert PdfReader(io.BytesIO(listed.read_bytes())).attachments == {}

    attached = tmp_path / "attached.pdf"
    options = AppraisalOptions(
        THIS_YEAR, produced_on=date(2026, 12, 2), attach_evidence=True, password="pw for test"
    )
    exports.appraisal_pdf(options, attached)
    reader = PdfReader(io.BytesIO(attached.read_bytes()))
    assert reader.decrypt("pw for test")
    assert reader.attachments == {"certificate.pdf": [pdf_bytes]}
    assert "cannot read inside files" in " ".join(
        " ".join((page.extract_text() or "").split()) for page in reader.pages
    )


def test_a_follow_up_is_printed_after_its_reflection_and_checked_first(
    journal: JournalService, exports: ExportService, tmp_path: Path
) -> None:
    entry = next(iter(journal.entries()))
    FollowUps(journal).write(
        entry.id, "Recording improved; Kayden Brooks noticed.", date(2026, 9, 1)
    )
    options = AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2))
    found = exports.appraisal_findings_for_export(options)
    assert [f.place for f in found] == [f"What changed since “{entry.title}”"]
    FollowUps(journal).write(entry.id, "Recording improved across both teams.", date(2026, 9, 1))
    path = tmp_path / "with-follow-up.pdf"
    exports.appraisal_pdf(options, path)
    text = _text(path)
    assert "What changed since (1 September 2026) Recording improved across both teams." in text
    assert text.index(entry.title) < text.index("What changed since (1 September 2026)")


def test_the_short_document_gives_one_line_per_reflection(
    journal: JournalService, exports: ExportService, tmp_path: Path
) -> None:
    _prepare(journal)
    full, short = tmp_path / "full.pdf", tmp_path / "short.pdf"
    exports.appraisal_pdf(AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2)), full)
    exports.appraisal_pdf(
        AppraisalOptions(THIS_YEAR, produced_on=date(2026, 12, 2), short_document=True), short
    )
    text = _text(short)
    assert "• Setting direction in group supervision (3 June 2026)" in text
    assert "We agreed what good recording looks like." not in text  # the text itself
    assert "Recording standards agreed." in text and "Feedback received" in text
    assert "one line each" in text
    # the full document's "printed in full under the first domain" would be untrue here
    assert "listed under every domain it evidences" in text and "printed in full" not in text
    assert "We agreed what good recording looks like." in _text(full)
