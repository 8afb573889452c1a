"""One change stream: a write through the services, from wherever it comes, refreshes the
list, the sidebar's counts and Coverage, because each view follows the unlocked journal's
stream (nobody calls their refresh).

Three writers: the service API called directly (as the CLI calls it, with no view told
anything), the editor (typing, then Ctrl+S), and an import run by the "Other formats"
dialog on the task runner (a worker thread).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from journal_app.core import keywrap
from journal_app.core.models import EntryDraft, Status
from journal_app.services.changes import Change
from journal_app.services.export_service import ExportService
from journal_app.services.preferences import Preferences
from journal_app.services.unlocked import UnlockedJournal
from journal_app.services.vault import Vault
from journal_app.ui.coverage_view import CoverageView
from journal_app.ui.main_window import MainWindow
from journal_app.ui.open_exports_dialog import OpenExportsDialog
from journal_app.ui.tasks import TaskRunner
from tests.ui.views_fixtures import open_new_journal

PASSPHRASE = "correct horse battery staple"


def _reflection(title: str) -> EntryDraft:
    # a draft (a new reflection in the editor is final), so the status change below shows
    return EntryDraft(
        title=title, event_date=date.today(), body="What I noticed.", status=Status.DRAFT
    )


def _json_file_with_one_reflection(folder: Path) -> Path:
    other = open_new_journal(folder / "other")
    try:
        other.journal.create(_reflection("Brought in from another journal"))
        path = folder / "one reflection.json"
        ExportService(other.journal, other.catalogue).export_json(path)
        return path
    finally:
        other.close()


def test_every_writer_refreshes_the_list_the_counts_and_coverage(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(tmp_path / "journal", kdf_params=keywrap.minimum_params)
    unlocked = UnlockedJournal.open(vault, vault.create(PASSPHRASE).database)
    seen: list[Change] = []
    unlocked.changes.subscribe(seen.append)
    tasks = TaskRunner()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show_journal(unlocked, Preferences())
    window.show()
    view = window.journal_view
    assert view is not None
    # Coverage on screen beside the window, as a second view of the same journal.
    coverage = CoverageView(unlocked)
    qtbot.addWidget(coverage)
    coverage.show()

    def shown_everywhere(count: int) -> None:
        qtbot.waitUntil(lambda: view.entries.model.total == count, timeout=10_000)
        qtbot.waitUntil(lambda: view.sidebar.count_of(("all",)) == str(count), timeout=10_000)
        qtbot.waitUntil(
            lambda: (
                coverage.report is not None and coverage.report.coverage.total_entries == count
            ),
            timeout=10_000,
        )

    shown_everywhere(0)

    # 1. the service API, with no view told anything
    created = unlocked.journal.create(_reflection("Written through the service"))
    shown_everywhere(1)
    assert seen[-1].entries == {created.id}

    # 2. the editor
    view.new_entry()
    qtbot.keyClicks(view.editor.title_edit, "Written in the editor")
    assert view.save_now()
    shown_everywhere(2)
    assert view.editor.entry_id in seen[-1].entries

    # 3. an import, on the task runner's worker thread
    source = _json_file_with_one_reflection(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(source), ""))
    )
    dialog = OpenExportsDialog(unlocked, window, tasks=tasks)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_report is not None, timeout=10_000)
    shown_everywhere(3)
    assert seen[-1].many and len(seen[-1].entries) == 1
    dialog.done(0)

    # and a change of status is counted where it belongs: the service's and the import's
    # reflections are drafts, the editor's is final
    qtbot.waitUntil(lambda: view.sidebar.count_of(("drafts",)) == "2", timeout=10_000)
    final = replace(unlocked.journal.get(created.id).to_draft(), status=Status.FINAL)
    unlocked.journal.update(created.id, final)
    qtbot.waitUntil(lambda: view.sidebar.count_of(("drafts",)) == "1", timeout=10_000)

    window.lock_journal(ask_if_unsaved=False)
    tasks.wait()
