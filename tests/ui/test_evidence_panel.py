"""The evidence files panel: add, open through a private copy, refuse in words, remove."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.evidence import OwnerKind
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.evidence_panel import EvidencePanel
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)

PDF = b"%PDF-1.4\n% a made-up certificate\n%%EOF\n"


def _panel(qtbot: QtBot, unlocked: UnlockedJournal) -> EvidencePanel:
    panel = EvidencePanel(unlocked.evidence)
    qtbot.addWidget(panel)
    panel.show_files_of(OwnerKind.APPRAISAL, "appraisal-1")
    panel.show()
    return panel


def test_a_file_is_added_opened_through_a_private_copy_and_removed(
    qtbot: QtBot,
    views_journal: UnlockedJournal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(qtbot, views_journal)
    source = tmp_path / "certificate.pdf"
    source.write_bytes(PDF)
    assert panel.add_file(source)
    assert panel.file_list.item(0).text().startswith("certificate.pdf\nPDF, ")

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    panel.file_list.setCurrentRow(0)
    panel.open_chosen()
    assert Path(opened[0]).read_bytes() == PDF
    views_journal.evidence.remove_copies()  # as locking does
    assert not Path(opened[0]).exists()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.remove_chosen()
    assert views_journal.evidence.list() == []
    assert panel.file_list.item(0).text() == "No evidence files yet."


def test_a_file_that_cannot_be_kept_is_refused_in_words(
    qtbot: QtBot, views_journal: UnlockedJournal, tmp_path: Path
) -> None:
    panel = _panel(qtbot, views_journal)
    source = tmp_path / "notes.docx"
    source.write_bytes(b"PK\x03\x04 a zip")
    assert not panel.add_file(source)
    assert panel.problem.isVisible() and "Only PDFs and pictures" in panel.problem.text()
    assert views_journal.evidence.list() == []


def test_the_editor_keeps_files_with_a_saved_reflection_only(
    qtbot: QtBot, views_journal: UnlockedJournal, tmp_path: Path
) -> None:
    from journal_app.core.models import EntryDraft
    from journal_app.ui.editor.editor_widget import EntryEditor

    editor = EntryEditor(views_journal.catalogue, evidence=views_journal.evidence)
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.evidence_panel
    assert panel is not None
    editor.load(None, EntryDraft("Not saved yet"))
    assert not panel.add_button.isEnabled()
    assert panel.file_list.item(0).text() == "Files can be added once the reflection is saved."

    entry = views_journal.journal.create(EntryDraft("Safeguarding course"))
    editor.load(entry.id, entry.to_draft())
    source = tmp_path / "certificate.pdf"
    source.write_bytes(PDF)
    assert panel.add_file(source)
    kept = views_journal.evidence.list(OwnerKind.REFLECTION, [entry.id])
    assert [f.file_name for f in kept] == ["certificate.pdf"]

    editor.load(entry.id, entry.to_draft(), in_trash=True)  # in the trash: look, not change
    panel.file_list.setCurrentRow(0)
    assert panel.open_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not panel.add_button.isEnabled()
