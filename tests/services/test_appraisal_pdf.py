"""The appraisal PDF, read back with pypdf: contents, privacy, numbering, safety of the write.

All people and places in these reflections are fictional.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError, StorageError
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
from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.markup import inline, paragraph
from journal_app.services.exporters.appraisal_pdf.options import APP_NAME, AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.styles import make_styles
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.services.journal import JournalService
from tests.services.pdf_text import page_lines

TODAY = date(2027, 3, 20)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
PASSWORD = "appraisal-2027"

WELSH = (
    "Trafodais gyda’r tîm: ŵyr, ŷd, Siân and Gwŷn — costs in € and § 17 checks ✓ “quoted” – done."
)
MULTI_DOMAIN_SENTENCE = "Unique sentence about the multi-domain reflection."
FEELINGS_SENTENCE = "I felt uneasy about the pace of change."
CONCLUSION_SENTENCE = "Drift is a leadership problem before it is a practice problem."
LONG_LAST_PARAGRAPH = "Final paragraph of the very long reflection."


def _draft(title: str, **changes: object) -> EntryDraft:
    base: dict[str, object] = {
        "title": title,
        "body": f"Opening paragraph of {title}.",
        "event_date": date(2026, 6, 10),
        "template_id": "free-form",
        "status": Status.FINAL,
        "visibility": Visibility.SHAREABLE,
        "tags": (Tag("kss-pl", "1"),),
    }
    base.update(changes)
    return EntryDraft(**base)  # type: ignore[arg-type]


def _fill(journal: JournalService) -> None:
    journal.create(
        _draft(
            "Group supervision on drift",
            template_id="gibbs",
            body="",
            event_date=date(2026, 5, 14),
            sections=(
                Section("description", "Description", "We reviewed **three plans** together."),
                Section("feelings", "Feelings", FEELINGS_SENTENCE),
                Section("conclusion", "Conclusion", CONCLUSION_SENTENCE),
                Section(
                    "action_plan", "Action plan", "- Share the audit tool\n- Book a *follow-up*"
                ),
            ),
            tags=(Tag("kss-pl", "5"), Tag("kss-pl", "6")),
            supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
            actions=(
                Action("Share the audit tool", due_date=date(2026, 6, 1)),
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
            body=MULTI_DOMAIN_SENTENCE,
            event_date=date(2026, 7, 2),
            tags=(Tag("kss-pl", "2"), Tag("kss-pl", "4"), Tag("kss-ps", "7")),
        )
    )
    journal.create(
        _draft("Reflection in Welsh and symbols", body=WELSH, event_date=date(2026, 8, 3))
    )
    journal.create(
        _draft(
            "Tagged against an older KSS",
            event_date=date(2026, 9, 9),
            tags=(Tag("kss-pl", "3", "2015"),),
        )
    )
    paragraphs = [
        f"Paragraph {n} of a long reflection. " + "Thinking aloud about practice. " * 18
        for n in range(40)
    ]
    journal.create(
        _draft(
            "A very long reflection",
            body="\n\n".join([*paragraphs, LONG_LAST_PARAGRAPH]),
            event_date=date(2026, 10, 1),
        )
    )
    journal.create(
        _draft("Untagged reflection from the year", tags=(), event_date=date(2026, 11, 5))
    )
    journal.create(_draft("PRIVATE thoughts after a hard week", visibility=Visibility.PRIVATE))
    journal.create(_draft("DRAFT not yet finished", status=Status.DRAFT))
    journal.create(_draft("Outside the appraisal year", event_date=date(2025, 12, 1)))


@pytest.fixture
def service(journal: JournalService) -> ExportService:
    _fill(journal)
    return ExportService(journal, Catalogue.builtin(), today=lambda: TODAY)


def _options(**changes: object) -> AppraisalOptions:
    values: dict[str, object] = {
        "period": YEAR,
        "name": "Siân Ap Gwŷn",
        "role": "Principal social worker",
        "employer": "Example County Council",
        "appraiser": "Rhodri Ellis-Owen",
        "produced_on": TODAY,
    }
    values.update(changes)
    return AppraisalOptions(**values)  # type: ignore[arg-type]


def _export(service: ExportService, path: Path, **changes: object) -> PdfReader:
    service.appraisal_pdf(_options(**changes), path)
    return PdfReader(io.BytesIO(path.read_bytes()))


def _pages(reader: PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _text(reader: PdfReader) -> str:
    return " ".join(_pages(reader))


@pytest.fixture
def default_pdf(service: ExportService, tmp_path: Path) -> PdfReader:
    return _export(service, tmp_path / "appraisal.pdf")


def test_every_domain_title_and_every_exported_title_is_in_the_pdf(default_pdf: PdfReader) -> None:
    text = _text(default_pdf)
    for domain in Catalogue.builtin().framework("kss-pl").domains:
        assert domain.title in text
    for title in (
        "Group supervision on drift",
        "Cross-domain reflection on a critical incident",
        "Reflection in Welsh and symbols",
        "Tagged against an older KSS",
        "A very long reflection",
        "Untagged reflection from the year",
    ):
        assert title in text
    assert "Outside the appraisal year" not in text


def test_welsh_letters_and_symbols_survive(default_pdf: PdfReader) -> None:
    text = _text(default_pdf)
    for piece in ("ŵyr", "ŷd", "Gwŷn", "Siân", "€", "§ 17", "✓", "“quoted”", "–", "—", "gyda’r"):
        assert piece in text, piece


def test_markdown_is_rendered_not_shown_as_marks(default_pdf: PdfReader) -> None:
    text = _text(default_pdf)
    assert "three plans" in text and "follow-up" in text
    assert "**" not in text and "*follow-up*" not in text


def test_page_count_matches_footer_and_contents(default_pdf: PdfReader) -> None:
    pages = _pages(default_pdf)
    total = len(pages)
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in text
    headings = _contents(default_pdf)
    for title in (
        "Summary",
        "Coverage",
        "Actions and learning goals",
        "Appraiser's comments and signatures",
    ):
        assert title in headings, title
    for title, page in headings.items():
        assert 3 <= page <= total
        assert title in pages[page - 1], f"'{title}' is not on page {page}"


def _contents(reader: PdfReader) -> dict[str, int]:
    """Heading -> page number, as printed on the contents page (page 2)."""
    layout = "\n".join(page_lines(reader.pages[1]))
    body = layout.split("Contents", 1)[1].split("Page 2 of", 1)[0]
    found = {}
    for line in body.splitlines():
        match = re.fullmatch(r"\s*(\S.*?)[\s.]*?(\d+)\s*", line)
        if match and not match.group(1).startswith("Appraisal evidence ·"):
            found[" ".join(match.group(1).split())] = int(match.group(2))
    return found


def test_private_and_draft_entries_are_left_out_unless_asked(
    service: ExportService, tmp_path: Path
) -> None:
    default = _text(_export(service, tmp_path / "a.pdf"))
    assert "PRIVATE thoughts" not in default and "DRAFT not yet finished" not in default
    with_private = _text(_export(service, tmp_path / "b.pdf", include_private=True))
    assert "PRIVATE thoughts" in with_private and "DRAFT not yet finished" not in with_private
    with_drafts = _text(_export(service, tmp_path / "c.pdf", include_drafts=True))
    assert "DRAFT not yet finished" in with_drafts and "PRIVATE thoughts" not in with_drafts


def test_metadata_and_outline_hold_no_entry_text(default_pdf: PdfReader) -> None:
    meta = default_pdf.metadata
    assert meta is not None
    assert meta.title == "Appraisal evidence — 1 April 2026 to 31 March 2027"
    assert meta.author == "Siân Ap Gwŷn"
    assert meta.producer == APP_NAME and meta.creator == APP_NAME
    assert "KSS practice leaders" in (meta.subject or "")
    everything = " ".join(str(value) for value in meta.values())
    outline = " ".join(
        str(item.title) for item in default_pdf.outline if not isinstance(item, list)
    )
    for secret in ("drift", "Welsh", "critical incident", "Opening paragraph", "three plans"):
        assert secret not in everything
        assert secret not in outline
    assert "/Metadata" not in default_pdf.trailer["/Root"]  # no XMP copy of anything


def test_entry_in_several_domains_is_printed_once_and_cross_referenced(
    default_pdf: PdfReader,
) -> None:
    text = _text(default_pdf)
    assert text.count(MULTI_DOMAIN_SENTENCE) == 1
    assert re.search(
        r"See also Cross-domain reflection on a critical incident .*? on page \d+\.", text
    )


def test_older_framework_version_is_named(default_pdf: PdfReader) -> None:
    assert "3 (2015 version)" in _text(default_pdf)


def test_long_entry_breaks_across_pages_and_keeps_every_paragraph(default_pdf: PdfReader) -> None:
    pages = _pages(default_pdf)
    holding = [i for i, text in enumerate(pages) if "of a long reflection" in text]
    assert len(holding) >= 3
    assert LONG_LAST_PARAGRAPH in " ".join(pages)
    assert all(f"Paragraph {n} of a long reflection" in " ".join(pages) for n in range(40))


def test_summaries_keep_learning_sections_and_drop_the_rest(
    service: ExportService, tmp_path: Path
) -> None:
    full = _text(_export(service, tmp_path / "full.pdf"))
    short = _text(_export(service, tmp_path / "short.pdf", full_text=False))
    assert FEELINGS_SENTENCE in full and FEELINGS_SENTENCE not in short
    assert CONCLUSION_SENTENCE in full and CONCLUSION_SENTENCE in short
    assert "as summaries" in short


def test_summary_page_reports_supervision_gaps_and_cpd(default_pdf: PdfReader) -> None:
    summary = _pages(default_pdf)[2]
    assert "Group supervision" in summary and "1.5 hours" in summary
    assert "6 of 6" in summary
    assert "Social Work England CPD" in summary and "Registration year" in summary


def test_password_protected_pdf_needs_the_password(service: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    service.appraisal_pdf(_options(password=PASSWORD), path)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted
    assert not reader.decrypt("not the password")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(PASSWORD)
    assert "Group supervision on drift" in _text(reader)
    assert reader.metadata is not None and reader.metadata.producer == APP_NAME
    assert b"Group supervision on drift" not in path.read_bytes()


def test_file_is_owner_only(service: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "appraisal.pdf"
    service.appraisal_pdf(_options(), path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_structure_passes_qpdf_check(service: ExportService, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip(
            "qpdf is not installed (apt-get install qpdf) so the structure was not checked"
        )
    for name, options in (("plain.pdf", _options()), ("locked.pdf", _options(password=PASSWORD))):
        path = tmp_path / name
        service.appraisal_pdf(options, path)
        result = subprocess.run(
            ["qpdf", "--check", f"--password={PASSWORD}", str(path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of our own, so other processes' files cannot confuse the listing."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def test_nothing_left_in_temp_after_export_cancel_or_error(
    service: ExportService, tmp_path: Path, private_temp: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = sorted(os.listdir(private_temp))
    service.appraisal_pdf(_options(), out / "done.pdf")
    assert sorted(os.listdir(private_temp)) == before
    assert sorted(os.listdir(out)) == ["done.pdf"]

    calls = iter(range(1000))
    with pytest.raises(ExportCancelled):
        service.appraisal_pdf(
            _options(), out / "cancelled.pdf", cancelled=lambda: next(calls) >= 3
        )
    assert sorted(os.listdir(private_temp)) == before
    assert sorted(os.listdir(out)) == ["done.pdf"]

    with pytest.raises(StorageError):
        service.appraisal_pdf(_options(), out / "missing-folder" / "error.pdf")
    assert sorted(os.listdir(private_temp)) == before
    assert sorted(os.listdir(out)) == ["done.pdf"]


def test_cancel_keeps_an_existing_file_as_it_was(service: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "appraisal.pdf"
    path.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        service.appraisal_pdf(_options(), path, cancelled=lambda: True)
    assert path.read_bytes() == b"the previous export"


def test_progress_goes_forward_and_ends_at_the_total(
    service: ExportService, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    service.appraisal_pdf(
        _options(), tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})


def test_several_frameworks_each_get_their_domains(service: ExportService, tmp_path: Path) -> None:
    text = _text(_export(service, tmp_path / "two.pdf", framework_ids=("kss-pl", "kss-ps")))
    for domain in Catalogue.builtin().framework("kss-ps").domains:
        assert domain.title in text
    assert text.count(MULTI_DOMAIN_SENTENCE) == 1


def test_unknown_framework_is_refused_before_any_work(
    service: ExportService, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match="Unknown framework"):
        service.appraisal_pdf(_options(framework_ids=("nope",)), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_identifier_check_covers_exactly_what_is_exported(journal: JournalService) -> None:
    journal.create(
        _draft("Visit with mum Sarah Jones", body="We met at CF10 1AA with mum Sarah Jones.")
    )
    journal.create(
        _draft(
            "Private note",
            body="Dad Peter Evans rang from 07700 900123.",
            visibility=Visibility.PRIVATE,
        )
    )
    service = ExportService(journal, Catalogue.builtin(), today=lambda: TODAY)
    found = service.findings_for_export(_options())
    assert [item.entry.title for item in found] == ["Visit with mum Sarah Jones"]
    assert found[0].count >= 2
    with_private = service.findings_for_export(_options(include_private=True))
    assert {item.entry.title for item in with_private} == {
        "Visit with mum Sarah Jones",
        "Private note",
    }


def test_badly_nested_emphasis_falls_back_to_plain_text() -> None:
    register_fonts()
    para = paragraph(inline("**a *b** c*"), make_styles().body)
    assert para.getPlainText() == "a b c"


@pytest.mark.parametrize(
    ("markdown", "markup"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("**bold** and *italic* and __also__", "<b>bold</b> and <i>italic</i> and <b>also</b>"),
        ("***both***", "<b><i>both</i></b>"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("an **unclosed bold", "an unclosed bold"),
        ("a *stray", "a stray"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("`**code**` kept", "**code** kept"),
        ("[a link](https://example.org)", "a link (https://example.org)"),
    ],
)
def test_inline_markdown(markdown: str, markup: str) -> None:
    assert inline(markdown) == markup


def _unembedded_fonts(reader: PdfReader) -> set[str]:
    """Fonts any page lists without embedding them (a reader without them substitutes)."""
    missing = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font["/BaseFont"]))
    return missing


def test_every_font_the_pdf_lists_is_embedded(default_pdf: PdfReader) -> None:
    # tables and charts once started in reportlab's Helvetica, listed but not embedded
    assert _unembedded_fonts(default_pdf) == set()


def test_every_font_of_the_emergency_kit_is_embedded() -> None:
    from journal_app.ui.emergency_kit import kit_bytes

    kit = PdfReader(
        io.BytesIO(kit_bytes("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", Path("/j"), TODAY))
    )
    assert _unembedded_fonts(kit) == set()


def test_framework_titles_versions_and_sources_in_the_pdf(
    journal: JournalService, tmp_path: Path
) -> None:
    catalogue = Catalogue.builtin(today=TODAY)
    journal.create(
        _draft("Welsh code, spring", event_date=date(2026, 5, 4), tags=(Tag("scw", "7", "2017"),))
    )
    journal.create(
        _draft("Welsh code, autumn", event_date=date(2026, 9, 4), tags=(Tag("scw", "6", "2026"),))
    )
    journal.create(_draft("Leading", event_date=date(2026, 9, 5), tags=(Tag("kss-pl", "1"),)))
    service = ExportService(journal, catalogue, today=lambda: TODAY)
    reader = _export(service, tmp_path / "versions.pdf", framework_ids=("kss-pl", "scw"))
    text = _text(reader)
    assert "Knowledge and skills statement for practice leaders (version 2018)" in text
    assert "Post-qualifying standard: knowledge and skills statement for practice" not in text
    assert "Code of Professional Practice for Social Care Workers (version 2026)" in text
    assert "Tags by version: 2026 (1), 2017 (1)." in text
    assert "Source: Knowledge and skills statement for practice leaders (Department for" in text
    # the spring reflection's tag still names the 2017 section it was made against
    assert "(2017 version)" in text


def test_someone_registered_only_in_wales_gets_no_social_work_england_cpd_section(
    service: ExportService, journal: JournalService, tmp_path: Path
) -> None:
    from journal_app.services.preferences import Preferences, save_preferences

    save_preferences(journal.database, Preferences(registered_with="scw"))
    assert service.cpd_status_for(_options()) is None
    assert "Social Work England CPD" not in _text(_export(service, tmp_path / "wales.pdf"))
    save_preferences(journal.database, Preferences(registered_with="both"))
    assert service.cpd_status_for(_options()) is not None
