"""``journal-app export``, ``import`` and ``cpd`` from a terminal. All content is fictional."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.cli import main, parser
from journal_app.core.models import (
    Action,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.services.exporters.cpd_view import cpd_record, plain_text
from tests.journal_fixtures import PASSPHRASE, new_journal, reopen_journal

YEAR = ["--from", "2026-04-01", "--to", "2027-03-31"]


@pytest.fixture(autouse=True)
def export_commands_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    # the lead registers the module in parser._COMMAND_MODULES; the tests do not depend on it
    modules = tuple(dict.fromkeys([*parser._COMMAND_MODULES, "export_commands"]))
    monkeypatch.setattr(parser, "_COMMAND_MODULES", modules)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "journal"
    journal, database = new_journal(folder)
    journal.create(
        EntryDraft(
            title="Team meeting about drift",
            body="We looked at **drift** in plans.",
            event_date=date(2026, 6, 3),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "6"),),
        )
    )
    journal.create(
        EntryDraft(
            title="CPD record: reading on supervision",
            event_date=date(2026, 9, 1),
            template_id="swe-cpd",
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            sections=(
                Section("cpd_type", "Type of CPD", "Reading"),
                Section("description", "Description", "An article on **reflective** supervision."),
                Section("activity_date", "Date", ""),
                Section("learning", "What I learnt", "Questions matter more than answers."),
                Section("impact", "Impact", "I ask *one* open question first."),
                Section("peer_reflection", "Peer reflection", "Talked it through with a peer."),
            ),
        )
    )
    database.close()
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    return folder


def _add_identifying_entry(folder: Path) -> None:
    journal, database = reopen_journal(folder)
    journal.create(
        EntryDraft(
            title="Home visit reflection",
            body="Met mum Sarah Jones at CF10 1AA.",
            event_date=date(2026, 7, 1),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
        )
    )
    database.close()


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def test_export_pdf_writes_the_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "appraisal.pdf"
    code = run(
        data_dir, "export", "pdf", *YEAR, "-o", str(out), "--name", "Siân Gwŷn", "--summaries"
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "Saved" in err and "2 reflection(s)" in err
    text = " ".join(
        (p.extract_text() or "") for p in PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "Team meeting about drift" in text and "Siân Gwŷn" in text


def _pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.mark.parametrize(
    ("language", "present", "absent"),
    [
        ("cy", ["Tystiolaeth arfarnu", "Crynodeb", "1 Ebrill 2026 i 31 Mawrth 2027"], ["Summary"]),
        ("both", ["Crynodeb / Summary", "Tudalen 2 o", "Page 2 of"], []),
        ("en", ["Appraisal evidence", "Summary", "1 April 2026 to 31 March 2027"], ["Crynodeb"]),
    ],
)
def test_export_pdf_in_the_language_asked_for(
    data_dir: Path, tmp_path: Path, language: str, present: list[str], absent: list[str]
) -> None:
    out = tmp_path / f"appraisal-{language}.pdf"
    assert run(data_dir, "export", "pdf", *YEAR, "-o", str(out), "--pdf-language", language) == 0
    text = _pdf_text(out)
    assert all(words in text for words in present), language
    assert not any(words in text for words in absent), language
    assert "Team meeting about drift" in text  # the reflection as written, in any language


def test_export_pdf_language_defaults_to_the_apps(data_dir: Path, tmp_path: Path) -> None:
    """With no --pdf-language the document is in the language the command speaks."""
    from journal_app.core import messages

    out = tmp_path / "appraisal.pdf"
    try:
        assert run(data_dir, "--language", "cy", "export", "pdf", *YEAR, "-o", str(out)) == 0
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)
    assert "Crynodeb" in _pdf_text(out)


def test_export_pdf_refuses_an_unknown_language(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "appraisal.pdf"
    assert run(data_dir, "export", "pdf", *YEAR, "-o", str(out), "--pdf-language", "fr") == 2
    assert "--pdf-language" in capsys.readouterr().err and not out.exists()


def test_export_pdf_refuses_identifiers_with_exit_11(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_identifying_entry(data_dir)
    out = tmp_path / "appraisal.pdf"
    assert run(data_dir, "export", "pdf", *YEAR, "-o", str(out)) == 11
    err = capsys.readouterr().err
    assert not out.exists()
    assert "Home visit reflection" in err and "Postcode" in err and "--allow-identifiers" in err
    last_line = err.strip().splitlines()[-1]
    assert "Sarah" not in last_line and "CF10" not in last_line  # the error names no details
    assert run(data_dir, "export", "pdf", *YEAR, "-o", str(out), "--allow-identifiers") == 0
    assert out.exists()


def test_private_identifiers_do_not_block_a_shareable_export(
    data_dir: Path, tmp_path: Path
) -> None:
    journal, database = reopen_journal(data_dir)
    journal.create(
        EntryDraft(title="Private", body="Mum Sarah Jones, CF10 1AA.", event_date=date(2026, 7, 1))
    )
    database.close()
    assert run(data_dir, "export", "pdf", *YEAR, "-o", str(tmp_path / "a.pdf")) == 0


def test_export_pdf_with_password_file(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pdf-password.txt"
    secret.write_text("open sesame\n", encoding="utf-8")
    out = tmp_path / "locked.pdf"
    assert (
        run(data_dir, "export", "pdf", *YEAR, "-o", str(out), "--password-file", str(secret)) == 0
    )
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("open sesame")


def test_bad_arguments_say_what_is_wrong(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "export", "pdf", "-o", str(tmp_path / "no" / "a.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err
    assert (
        run(data_dir, "export", "pdf", "-o", str(tmp_path / "a.pdf"), "--framework", "nope") == 2
    )
    assert "Unknown framework" in capsys.readouterr().err
    assert run(data_dir, "export") == 2
    assert "journal-app export json" in capsys.readouterr().err


def test_json_export_and_import_round_trip(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "all.json"
    assert run(data_dir, "export", "json", "-o", str(first)) == 0
    assert json.loads(first.read_text(encoding="utf-8"))["entry_count"] == 2
    other = tmp_path / "other"
    new_journal(other)[1].close()
    assert run(other, "import", "json", str(first)) == 0
    second = tmp_path / "again.json"
    assert run(other, "export", "json", "-o", str(second)) == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_reports_duplicates_and_can_stop(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "all.json"
    run(data_dir, "export", "json", "-o", str(path))
    capsys.readouterr()
    assert run(data_dir, "import", "json", str(path)) == 0
    assert "Skipped 2 already in the journal." in capsys.readouterr().err
    assert run(data_dir, "import", "json", str(path), "--on-duplicate", "stop") == 2
    assert "already in this journal" in capsys.readouterr().err


def test_import_rejects_a_malformed_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "reflective-supervision-journal",\n "schema_version": 1,\n "entries": [}\n'
    )
    assert run(data_dir, "import", "json", str(path)) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "Nothing was imported" in err


def test_markdown_export_to_a_zip(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "reflections.zip"
    assert run(data_dir, "export", "markdown", "--from", "01/09/2026", "-o", str(out)) == 0
    import zipfile

    with zipfile.ZipFile(out) as archive:
        assert len(archive.namelist()) == 1


def _cpd_id(folder: Path) -> str:
    journal, database = reopen_journal(folder)
    found = next(e.id for e in journal.entries() if e.template_id == "swe-cpd")
    database.close()
    return found


def test_cpd_prints_each_form_field(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "cpd", _cpd_id(data_dir)[:8]) == 0
    out = capsys.readouterr().out
    for label in ("Type of CPD", "What I learnt", "Impact on my practice", "Peer reflection"):
        assert f"== {label}" in out
    assert "An article on reflective supervision." in out  # plain text: no ** for the web form
    assert "1 September 2026" in out  # the empty date section falls back on the event date


def test_cpd_single_field_for_copying(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "cpd", _cpd_id(data_dir), "--field", "impact") == 0
    assert capsys.readouterr().out == "I ask one open question first.\n"


def test_cpd_view_of_another_template_uses_nearest_sections() -> None:
    from journal_app.core.models import Entry

    stamp = date(2026, 5, 1)
    entry = Entry(
        id="e1",
        title="Kolb on a case audit",
        body="",
        event_date=stamp,
        template_id="kolb",
        created_at=__import__("datetime").datetime(2026, 5, 1),
        updated_at=__import__("datetime").datetime(2026, 5, 1),
        sections=(
            Section("concrete_experience", "Concrete experience", "We audited ten cases."),
            Section("abstract_conceptualisation", "Abstract", "Audit works as **learning**."),
            Section("active_experimentation", "Active", "Run audits with the team."),
        ),
        supervision=SupervisionContext(SessionKind.PEER, 60, "another team manager"),
        actions=(Action("Book the next audit"),),
    )
    record = cpd_record(entry, "Kolb's learning cycle")
    assert not record.from_cpd_template
    assert record.field("cpd_type").text == "Peer supervision"
    assert record.field("description").text.startswith(
        "Kolb on a case audit\n\nWe audited ten cases."
    )
    assert record.field("learning").text == "Audit works as learning."
    assert "Run audits with the team." in record.field("impact").text
    assert "- Book the next audit" in record.field("impact").text
    assert record.field("peer_reflection").is_empty


def test_plain_text_drops_markdown_marks() -> None:
    assert plain_text("## Heading\n**bold** and _it_\n* item") == "Heading\nbold and it\n- item"
