"""The Social Work England CPD view: a Copy button per form field, and the editor's button.

All people in these reflections are fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from journal_app.core.models import Entry, EntryDraft, Section, Status
from journal_app.ui import cpd_dialog
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.cpd_dialog import CpdDialog
from journal_app.ui.journal_view import JournalView
from tests.ui.views_fixtures import open_new_journal

CPD_TEXT = {
    "cpd_type": "Course",
    "description": "A day on **trauma-informed** supervision, relevant to how I run group "
    "supervision.",
    "activity_date": "12 May 2026",
    "learning": "Slowing the pace lets the team notice their own reactions.",
    "impact": "I now open group supervision with a check-in.\n- shorter agendas",
    "peer_reflection": "Talked it through with another practice leader.",
}


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[UnlockedJournal]:
    unlocked = open_new_journal(tmp_path / "journal")
    yield unlocked
    unlocked.close()


def _cpd_entry(unlocked: UnlockedJournal) -> str:
    template = unlocked.catalogue.template("swe-cpd")
    sections = tuple(Section(s.key, s.title, CPD_TEXT[s.key]) for s in template.sections)
    draft = EntryDraft(
        title="CPD: trauma-informed supervision workshop",
        event_date=date(2026, 5, 12),
        template_id="swe-cpd",
        sections=sections,
        status=Status.FINAL,
    )
    return unlocked.journal.create(draft).id


def test_each_copy_button_puts_its_field_on_the_clipboard(qtbot, journal) -> None:
    dialog = CpdDialog(journal, _cpd_entry(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    clipboard = QGuiApplication.clipboard()
    assert list(dialog.copy_buttons) == list(CPD_TEXT)
    for key, button in dialog.copy_buttons.items():
        button.click()
        expected = dialog.record.field(key).text
        assert clipboard.text() == expected
        assert button.text() == "Copied ✓"
        assert "is copied" in dialog.status.text()
    # plain text for the web form: no Markdown marks
    assert clipboard.text() == CPD_TEXT["peer_reflection"]
    assert dialog.record.field("description").text.startswith("A day on trauma-informed")
    dialog.accept()
    assert clipboard.text() == ""  # cleared when the window closes


def test_an_empty_field_cannot_be_copied(qtbot, journal) -> None:
    template = journal.catalogue.template("swe-cpd")
    entry = journal.journal.create(
        EntryDraft(
            title="CPD: reading on neglect",
            event_date=date(2026, 6, 1),
            template_id="swe-cpd",
            sections=tuple(Section(s.key, s.title, "") for s in template.sections),
        )
    )
    dialog = CpdDialog(journal, entry.id)
    qtbot.addWidget(dialog)
    assert not dialog.copy_buttons["peer_reflection"].isEnabled()
    assert dialog.copy_buttons["activity_date"].isEnabled()  # falls back on the event date


def test_editor_offers_the_button_only_for_cpd_records(qtbot, journal, monkeypatch) -> None:
    cpd_id = _cpd_entry(journal)
    other = journal.journal.create(
        EntryDraft(title="Group supervision", event_date=date(2026, 6, 2), body="Notes.")
    )
    view = JournalView(journal)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.open_entry(other.id)
    assert not view.cpd_button.isVisible()
    view.open_entry(cpd_id)
    assert view.cpd_button.isVisible()

    opened: list[str] = []
    monkeypatch.setattr(
        cpd_dialog.CpdDialog, "exec", lambda self: opened.append(self.record.entry_id) or 0
    )
    view.cpd_button.click()
    assert opened == [cpd_id]


def test_identifying_details_are_pointed_out_before_anything_is_copied(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    clean = CpdDialog(journal, _cpd_entry(journal))
    qtbot.addWidget(clean)
    assert clean.findings.count == 0
    assert clean.findChild(QLabel, "identifierWarning") is None

    template = journal.catalogue.template("swe-cpd")
    text = {**CPD_TEXT, "impact": "I now check in with his sister Ellie's school first."}
    sections = tuple(Section(s.key, s.title, text[s.key]) for s in template.sections)
    entry = journal.journal.create(
        EntryDraft(title="CPD: family time", template_id="swe-cpd", sections=sections)
    )
    dialog = CpdDialog(journal, entry.id)
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QLabel, "identifierWarning")
    assert warning is not None and "“Ellie”" in warning.text()
    assert dialog.copy_buttons["impact"].isEnabled()  # a warning, not a block: their choice


def test_the_reflection_is_read_once_for_fields_and_identifier_check(
    qtbot, journal, monkeypatch
) -> None:
    entry_id = _cpd_entry(journal)
    reads: list[str] = []
    read = journal.journal.get

    def counted_get(wanted: str) -> Entry:
        reads.append(wanted)
        return read(wanted)

    monkeypatch.setattr(journal.journal, "get", counted_get)
    dialog = CpdDialog(journal, entry_id)
    qtbot.addWidget(dialog)
    assert reads == [entry_id]
    assert dialog.record.entry_id == entry_id and dialog.findings.entry.id == entry_id
