"""Other formats: a JSON copy imported into a new journal, and a bad file refused whole."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from journal_app.core.models import EntryDraft, Status, Visibility
from journal_app.ui.open_exports_dialog import JSON, MARKDOWN_ZIP, OpenExportsDialog
from tests.ui.views_fixtures import open_new_journal

TODAY = date(2026, 10, 1)


def _choose_file(monkeypatch, path: Path) -> None:
    def chosen(*_args, **_kwargs):
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chosen))


def _dialog(qtbot, unlocked, tasks) -> OpenExportsDialog:
    dialog = OpenExportsDialog(unlocked, tasks=tasks, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_json_copy_imports_into_a_new_journal(qtbot, tmp_path, tasks, monkeypatch) -> None:
    source = open_new_journal(tmp_path / "first")
    target = open_new_journal(tmp_path / "second")
    try:
        for number, visibility in enumerate((Visibility.PRIVATE, Visibility.SHAREABLE)):
            source.journal.create(
                EntryDraft(
                    title=f"Reflection {number}",
                    event_date=date(2026, 5, 1 + number),
                    body="What I learnt.",
                    status=Status.FINAL,
                    visibility=visibility,
                )
            )
        copy = tmp_path / "copy.json"
        _choose_file(monkeypatch, copy)
        exporting = _dialog(qtbot, source, tasks)
        exporting.formats[JSON].setChecked(True)
        exporting.save_button.click()
        qtbot.waitUntil(lambda: exporting.saved_to is not None, timeout=10_000)
        assert "Saved 2 reflections" in exporting.message.text()

        importing = _dialog(qtbot, target, tasks)
        importing.import_button.click()
        qtbot.waitUntil(lambda: importing.import_report is not None, timeout=10_000)
        assert importing.message.text() == "Imported 2 reflections from “copy.json”."
        assert target.journal.count() == 2

        # the same file again: nothing new, and it says so
        importing.import_report = None
        importing.import_button.click()
        qtbot.waitUntil(lambda: importing.import_report is not None, timeout=10_000)
        assert "Nothing new to import" in importing.message.text()
    finally:
        source.close()
        target.close()


def test_a_damaged_file_is_refused_and_nothing_imported(
    qtbot, tmp_path, tasks, monkeypatch
) -> None:
    unlocked = open_new_journal(tmp_path / "journal")
    try:
        damaged = tmp_path / "damaged.json"
        damaged.write_text(json.dumps({"format": "something else", "entries": [1]}))
        _choose_file(monkeypatch, damaged)
        dialog = _dialog(qtbot, unlocked, tasks)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: "Nothing was imported" in dialog.message.text(), timeout=10_000)
        assert "damaged.json" in dialog.message.text()
        assert unlocked.journal.count() == 0
    finally:
        unlocked.close()


def test_markdown_zip(qtbot, tmp_path, tasks, monkeypatch) -> None:
    unlocked = open_new_journal(tmp_path / "journal")
    try:
        unlocked.journal.create(EntryDraft(title="One", event_date=date(2026, 5, 1)))
        _choose_file(monkeypatch, tmp_path / "copy")  # no suffix: .zip is added
        dialog = _dialog(qtbot, unlocked, tasks)
        dialog.formats[MARKDOWN_ZIP].setChecked(True)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=10_000)
        assert (tmp_path / "copy.zip").read_bytes().startswith(b"PK")
    finally:
        unlocked.close()
