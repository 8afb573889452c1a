"""The appraisal PDF export dialog, driven through its real widgets (offscreen).

The file dialog is replaced by a temp path; everything else is real: the encrypted journal,
the identifier check and the PDF export on the task runner. The PDF is read back with pypdf.
All people in these reflections are fictional.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from journal_app.core.models import EntryDraft, Status, Tag, Visibility
from journal_app.services.export_service import ExportService
from journal_app.services.preferences import Preferences
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.export_dialog import DONE_PAGE, ExportDialog
from journal_app.ui.export_findings import FindingsChoice
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import TaskRunner
from tests.ui.views_fixtures import open_new_journal

TODAY = date(2026, 10, 1)  # inside the appraisal year 1 April 2026 to 31 March 2027
SHAREABLE_TITLES = (
    "Group supervision on holding risk",
    "Coaching a newly qualified social worker",
    "Practice standards session with team managers",
)
PRIVATE_TITLE = "Private worries about my own workload"
DRAFT_TITLE = "Half-written thoughts on the audit"
JAYDEN_TITLE = "Supporting a family through a hard week"


def _draft(title: str, days: int, **changes: object) -> EntryDraft:
    values: dict[str, object] = {
        "title": title,
        "body": f"What I noticed about my own practice in {title.lower()}.",
        "event_date": date(2026, 4, 10) + timedelta(days=days),
        "status": Status.FINAL,
        "visibility": Visibility.SHAREABLE,
        "tags": (Tag("kss-pl", "1"), Tag("kss-pl", "4")),
    }
    values.update(changes)
    return EntryDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[UnlockedJournal]:
    unlocked = open_new_journal(tmp_path / "journal")
    for number, title in enumerate(SHAREABLE_TITLES):
        unlocked.journal.create(_draft(title, number * 20))
    unlocked.journal.create(_draft(PRIVATE_TITLE, 30, visibility=Visibility.PRIVATE))
    unlocked.journal.create(_draft(DRAFT_TITLE, 40, status=Status.DRAFT))
    yield unlocked
    unlocked.close()


@pytest.fixture
def add_jayden(journal: UnlockedJournal) -> str:
    entry = journal.journal.create(
        _draft(JAYDEN_TITLE, 50, body="Jayden's mum told me the week had been hard.")
    )
    return entry.id


SUGGESTED: list[str] = []


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the (replaced) save dialog says to save; what it suggested goes in SUGGESTED."""
    target = tmp_path / "out" / "Appraisal evidence.pdf"
    target.parent.mkdir()
    SUGGESTED.clear()

    def fake_save(parent, caption, suggested, filters, *args, **kwargs):
        SUGGESTED.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    return target


def _dialog(qtbot, journal: UnlockedJournal, tasks: TaskRunner) -> ExportDialog:
    dialog = ExportDialog(journal, tasks=tasks, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _squashed(text: str) -> str:
    return " ".join(text.split())


def test_exports_a_pdf_of_shareable_final_reflections(qtbot, journal, tasks, save_to) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    assert dialog.form.date_from.text() == "1 April 2026"
    assert dialog.form.date_to.text() == "31 March 2027"
    assert dialog.form.framework_ids() == ("kss-pl",)
    assert dialog.form.count_label.text() == "3 reflections will be included"
    assert dialog.form.left_out_label.text() == (
        "Left out from this period: 1 draft and 1 private reflection."
    )
    dialog.form.user_name.setText("Sam Okafor")
    dialog.form.user_role.setText("Principal social worker")

    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)

    assert SUGGESTED[0].endswith("Appraisal evidence 2026-27.pdf")
    data = save_to.read_bytes()
    assert data.startswith(b"%PDF")
    pages, text = _pdf_text(save_to)
    assert pages > 2 and dialog.export_result is not None and dialog.export_result.pages == pages
    squashed = _squashed(text)
    for title in SHAREABLE_TITLES:
        assert title in squashed
    assert PRIVATE_TITLE not in squashed and DRAFT_TITLE not in squashed
    assert f"{pages} pages" in dialog.done_page.details.text()
    # the person's details were kept for next time, in the encrypted journal
    preferences = journal.preferences()
    assert (preferences.user_name, preferences.user_role) == (
        "Sam Okafor",
        "Principal social worker",
    )


def test_private_reflections_only_when_ticked(qtbot, journal, tasks) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.form.include_private.setChecked(True)
    dialog.update_count()
    assert dialog.form.count_label.text() == "4 reflections will be included"
    assert dialog.form.private_warning.isVisibleTo(dialog)


def test_findings_leave_out_excludes_the_reflection(
    qtbot, journal, tasks, save_to, add_jayden
) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    findings = dialog.findings_dialog
    assert findings.isVisible()
    rows = findings.tree.topLevelItem(0)
    assert JAYDEN_TITLE in rows.text(0)
    found = [(rows.child(i).text(1), rows.child(i).text(2)) for i in range(rows.childCount())]
    assert ("Jayden", "Child A") in found

    findings.button(FindingsChoice.LEAVE_OUT).click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)
    _pages, text = _pdf_text(save_to)
    squashed = _squashed(text)
    assert JAYDEN_TITLE not in squashed and "Jayden" not in squashed
    assert all(title in squashed for title in SHAREABLE_TITLES)
    assert "Left out" in dialog.done_page.details.text()


def test_fix_in_the_journal_closes_and_asks_for_the_reflection(
    qtbot, journal, tasks, save_to, add_jayden
) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.open_entry_requested) as opened:
        dialog.findings_dialog.button(FindingsChoice.FIX).click()
    assert opened.args == [add_jayden]
    assert not dialog.isVisible() and not save_to.exists()


def test_replace_all_changes_the_journal_then_exports(
    qtbot, journal, tasks, save_to, add_jayden, monkeypatch
) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    monkeypatch.setattr(dialog, "confirm_replace_all", lambda results: True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    announced: list[set[str]] = []
    journal.changes.subscribe(lambda change: announced.append(set(change.entries)))
    dialog.findings_dialog.button(FindingsChoice.REPLACE_ALL).click()
    qtbot.waitUntil(lambda: {add_jayden} in announced, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)
    body = journal.journal.get(add_jayden).body
    assert "Jayden" not in body and "Child A" in body
    _pages, text = _pdf_text(save_to)
    assert "Jayden" not in text and JAYDEN_TITLE in _squashed(text)


def test_cancel_during_export_saves_nothing(qtbot, journal, tasks, save_to, monkeypatch) -> None:
    started, release = threading.Event(), threading.Event()
    original = ExportService.cpd_status_for

    def slow_cpd_status(self, options):
        started.set()
        release.wait(10)
        return original(self, options)

    monkeypatch.setattr(ExportService, "cpd_status_for", slow_cpd_status)
    dialog = _dialog(qtbot, journal, tasks)
    dialog.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    progress = dialog.findChildren(QProgressDialog)[-1]  # the export's, the newest
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=5_000)
    assert dialog.message.text() == "Export cancelled; nothing was saved."
    assert not save_to.exists() and list(save_to.parent.iterdir()) == []
    assert dialog.pages.currentIndex() != DONE_PAGE


def test_mismatched_passwords_are_caught_before_anything_runs(qtbot, journal, tasks) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.form.password.setText("appraisal-2027")
    dialog.form.password_again.setText("appraisal-2028")
    dialog.export_button.click()
    assert "not the same" in dialog.message.text()
    assert not tasks.busy


def test_fix_and_replace_reach_the_editor_through_the_main_window(
    qtbot, journal, tasks, save_to, add_jayden, monkeypatch
) -> None:
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show_journal(journal, Preferences())
    view = window.journal_view
    other = next(e.id for e in journal.journal.entries() if e.title == SHAREABLE_TITLES[0])
    view.open_entry(other)

    # "Fix in the journal" opens the reflection with the finding in the editor
    dialog = ExportDialog(journal, window, today=TODAY)  # as the shell makes it
    assert dialog.tasks is tasks  # the window's one writer
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    dialog.findings_dialog.button(FindingsChoice.FIX).click()
    assert view.editor.entry_id == add_jayden

    # "Replace all" while that reflection is open: the editor shows the new words, so the
    # next autosave cannot put the name back
    dialog = ExportDialog(journal, window, today=TODAY)
    monkeypatch.setattr(dialog, "confirm_replace_all", lambda results: True)
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    dialog.findings_dialog.button(FindingsChoice.REPLACE_ALL).click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)
    assert "Jayden" not in view.editor.body.text() and "Child A" in view.editor.body.text()
    assert not view.editor.has_words() or view.flush()
    assert "Jayden" not in journal.journal.get(add_jayden).body
    dialog.reject()


def test_a_password_protects_the_pdf(qtbot, journal, tasks, save_to) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.form.password.setText("appraisal-2027")
    dialog.form.password_again.setText("appraisal-2027")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)
    reader = PdfReader(save_to)
    assert reader.is_encrypted
    assert reader.decrypt("appraisal-2027")
    assert len(reader.pages) > 2
    assert "password you chose" in dialog.done_page.details.text()


def test_a_new_users_first_export_says_why_and_fixes_it_in_one_click(
    qtbot, tmp_path, tasks
) -> None:
    unlocked = open_new_journal(tmp_path / "new-user")
    try:
        for number, title in enumerate(SHAREABLE_TITLES):
            # as "New reflection" or the CLI's add makes them: nothing chosen by hand
            unlocked.journal.create(
                EntryDraft(
                    title=title,
                    body="What I learnt about my own practice.",
                    event_date=date(2026, 5, 1) + timedelta(days=number),
                )
            )
        dialog = _dialog(qtbot, unlocked, tasks)
        form = dialog.form
        assert form.count_label.text() == "No reflections are included yet: see why below."
        assert form.left_out_label.text() == "Left out from this period: 3 private reflections."
        assert form.add_private_button.isVisibleTo(dialog)
        assert not form.add_drafts_button.isVisibleTo(dialog)  # new reflections are final

        form.add_private_button.click()
        dialog.update_count()
        assert form.count_label.text() == "3 reflections will be included"
        assert form.private_warning.isVisibleTo(dialog)  # the warning comes with the fix
        assert form.left_out_label.text() == ""
        assert not form.add_private_button.isVisibleTo(dialog)
    finally:
        unlocked.close()


def test_include_drafts_in_one_click(qtbot, journal, tasks) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    assert dialog.form.add_drafts_button.isVisibleTo(dialog)
    dialog.form.add_drafts_button.click()
    dialog.update_count()
    assert dialog.form.include_drafts.isChecked()
    assert dialog.form.count_label.text() == "4 reflections will be included"
    assert dialog.form.left_out_label.text() == "Left out from this period: 1 private reflection."


def test_the_choices_come_back_next_time(qtbot, journal, tasks, save_to) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    form = dialog.form
    form.framework_boxes["pcf"].setChecked(True)
    form.include_drafts.setChecked(True)
    form.summaries.setChecked(True)
    form.date_from.setDate(QDate(2026, 4, 20))  # typed dates are kept as dates
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)

    again = _dialog(qtbot, journal, tasks)
    assert again.form.framework_ids() == ("kss-pl", "pcf")
    assert again.form.include_drafts.isChecked() and not again.form.include_private.isChecked()
    assert again.form.summaries.isChecked()
    assert again.form.date_from.text() == "20 April 2026"
    assert again.form.date_to.text() == "31 March 2027"
    # kept in the journal's encrypted settings, not the OS settings store
    assert "pcf" not in " ".join(str(QSettings().value(k)) for k in QSettings().allKeys())


def test_an_appraisal_year_stays_relative_to_today(qtbot, journal, tasks, save_to) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    dialog.form.last_year.click()
    dialog.form.include_private.setChecked(True)
    journal.journal.create(_draft("Last year's supervision", -30))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)

    a_year_on = ExportDialog(journal, tasks=tasks, today=TODAY + timedelta(days=365))
    qtbot.addWidget(a_year_on)
    assert a_year_on.form.date_from.text() == "1 April 2026"  # last year, seen from 2027
    assert a_year_on.form.include_private.isChecked()
    assert not a_year_on.form.private_warning.isHidden()  # and its warning with it


def test_the_appraisal_parts_are_chosen_for_each_export(qtbot, journal, tasks) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    form = dialog.form
    defaults = form.options()
    assert defaults.include_appraisal and not defaults.attach_evidence
    assert not defaults.short_document
    form.include_appraisal.setChecked(False)
    form.attach_evidence.setChecked(True)
    form.one_line.setChecked(True)
    chosen = form.options()
    assert (chosen.include_appraisal, chosen.attach_evidence, chosen.short_document) == (
        False,
        True,
        True,
    )
    # attaching files is asked each time: it is not among the remembered choices
    assert "attach" not in repr(form.choices()).lower()


def test_the_language_of_the_document_is_chosen_for_each_export(
    qtbot, journal, tasks, save_to
) -> None:
    dialog = _dialog(qtbot, journal, tasks)
    form = dialog.form
    combo = form.pdf_language
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "cy", "both"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Cymraeg",
        "Cymraeg a Saesneg / Welsh and English",
    ]
    assert form.options().language == "en"  # the app's language to start with
    combo.setCurrentIndex(combo.findData("both"))
    assert form.options().language == "both"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=20_000)
    _pages, text = _pdf_text(save_to)
    assert "Crynodeb / Summary" in _squashed(text)
    # not remembered: the next export starts from the app's language again
    assert "language" not in repr(form.choices()).lower()
    again = _dialog(qtbot, journal, tasks)
    assert again.form.options().language == "en"
