"""Names I protect in the desktop app: the dialog, the editor's check and its one-click
"Always Child A", and the same button in the export's findings. All names are fictional."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.identifiers import PROTECTED_REASON, Finding, ProtectKind
from journal_app.core.models import EntryDraft
from journal_app.services.privacy import check_entry
from journal_app.services.protected_names import ProtectedNames
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.export_findings import FindingsDialog
from journal_app.ui.protected_names_dialog import ProtectedNameForm, ProtectedNamesDialog
from tests.ui.test_editor import make_view
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)


def _fill_form_then(qtbot: QtBot, fill: object) -> None:
    """Run ``fill(form)`` on the modal form as soon as it opens."""

    def act() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, ProtectedNameForm)
        fill(form)  # type: ignore[operator]

    QTimer.singleShot(0, act)


def _answer_then(qtbot: QtBot, button: str, seen: list[str] | None = None) -> None:
    """Click ``button`` in the question box as soon as it opens; note its texts in ``seen``."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if seen is not None:
            seen.extend([box.windowTitle(), box.text(), box.informativeText()])
            seen.extend(b.text() for b in box.buttons())
            seen.append(box.defaultButton().text())
            assert box.textFormat() == Qt.TextFormat.PlainText
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, act)


class _MarkingTranslator(QTranslator):
    """Marks every string of the dialog, to show which ones go through translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"‹{source}›" if context == "ProtectedNamesDialog" else ""


def test_remove_asks_first_and_keep_it_keeps_the_name(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    views_journal.protected_names().add(["<b>Bo</b>"], ProtectKind.CHILD)
    dialog = ProtectedNamesDialog(views_journal.protected_names())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    seen: list[str] = []
    _answer_then(qtbot, "Keep it", seen)
    dialog.remove_button.click()
    assert seen[0] == "Stop protecting this name?"
    assert seen[1] == "Stop protecting “<b>Bo</b>”?"  # plain text: the name as typed
    assert sorted(seen[3:5]) == ["Keep it", "Stop protecting"]  # in the platform's order
    assert seen[5] == "Keep it"  # keeping is the default
    assert [t.name for t in views_journal.protected_names().list()] == ["<b>Bo</b>"]
    assert dialog.table.rowCount() == 1

    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        seen.clear()
        _answer_then(qtbot, "‹Stop protecting›", seen)
        dialog.remove_button.click()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert seen[0] == "‹Stop protecting this name?›"
    assert seen[1] == "‹Stop protecting “%1”?›".replace("%1", "<b>Bo</b>")
    assert seen[2].startswith("‹The check will no longer")
    assert views_journal.protected_names().list() == []
    assert dialog.table.rowCount() == 0


def test_the_dialog_adds_changes_and_removes_names(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    dialog = ProtectedNamesDialog(views_journal.protected_names())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert dialog.empty.isVisible() and not dialog.table.isVisible()

    def add_kayleigh(form: ProtectedNameForm) -> None:
        form.name_edit.setText("Kayleigh")
        form.also_edit.setText("Kayley, Kay")
        assert form.pseudonym_edit.placeholderText() == "Child A"  # what empty will give
        form.ok_button.click()

    _fill_form_then(qtbot, add_kayleigh)
    with qtbot.waitSignal(dialog.changed, timeout=3000):
        dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells == ["Kayleigh", "Kayley, Kay", "Child", "Child A"]

    def refused_then_markup(form: ProtectedNameForm) -> None:
        form.name_edit.setText("KAY")  # already on the list: refused in the form
        form.ok_button.click()
        assert form.isVisible() and "already on your list" in form.error.text()
        form.name_edit.setText("<b>Bo</b>")
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(ProtectKind.STREET.value))
        form.ok_button.click()

    _fill_form_then(qtbot, refused_then_markup)
    with qtbot.waitSignal(dialog.changed, timeout=3000):
        dialog.add_button.click()
    # shown exactly as typed: a table cell never reads markup
    assert dialog.table.item(1, 0).text() == "<b>Bo</b>"
    assert dialog.table.item(1, 3).text() == "Street A"

    dialog.table.selectRow(0)

    def change(form: ProtectedNameForm) -> None:
        assert form.name_edit.text() == "Kayleigh"
        form.pseudonym_edit.setText("Child K")
        form.ok_button.click()

    _fill_form_then(qtbot, change)
    with qtbot.waitSignal(dialog.changed, timeout=3000):
        dialog.change_button.click()
    assert dialog.table.item(0, 3).text() == "Child K"

    dialog.table.selectRow(1)
    _answer_then(qtbot, "Stop protecting")
    dialog.remove_button.click()
    names = ProtectedNames(views_journal.journal.database).list()
    assert [(t.name, t.pseudonym) for t in names] == [("Kayleigh", "Child K")]
    assert dialog.table.rowCount() == 1


def test_the_editor_catches_protected_names_and_protects_a_finding_in_one_click(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    ProtectedNames(views_journal.journal.database).add(["Kayleigh"], ProtectKind.CHILD)
    view = make_view(qtbot, views_journal)
    view.new_entry()
    editor = view.editor
    qtbot.keyClicks(editor.body.edit, "i sat with kayleigh and her brother Brandonio.")
    qtbot.waitUntil(lambda: "body" in editor.findings, timeout=3000)
    found = {f.text: (f.replacement, f.reason) for f in editor.findings["body"]}
    assert found["kayleigh"] == ("Child A", PROTECTED_REASON)
    assert found["Brandonio"][0] == "Sibling A"

    panel = editor.identifier_panel
    assert [b.text() for b in panel.protect_buttons] == ["Always Sibling A"]  # not Kayleigh's
    qtbot.mouseClick(panel.protect_buttons[0], Qt.MouseButton.LeftButton)
    terms = ProtectedNames(views_journal.journal.database).list()
    assert [(t.name, t.kind, t.pseudonym) for t in terms][1] == (
        "Brandonio",
        ProtectKind.FAMILY,
        "Sibling A",
    )
    assert all(f.reason == PROTECTED_REASON for f in editor.findings["body"])
    assert panel.protect_buttons == []
    assert panel.manage_button.isVisible()


def test_the_export_findings_offer_always_child_a(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    entry = views_journal.journal.create(
        EntryDraft(title="Visit", body="His sister Ellie came. Later Ellie drew.")
    )
    result = check_entry(entry)
    asked: list[Finding] = []

    def protect(finding: Finding) -> str | None:
        asked.append(finding)
        return None

    dialog = FindingsDialog([result], protect=protect)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.protect_buttons) == 2
    first = dialog.protect_buttons[0][1]
    assert first.text() == "Always Sibling A"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert [f.text for f in asked] == ["Ellie"]
    # the same name further down is protected by the same click
    assert [b.text() for _, b in dialog.protect_buttons] == ["Protected", "Protected"]
    assert not any(b.isEnabled() for _, b in dialog.protect_buttons)

    refused = FindingsDialog([result], protect=lambda _f: "That name is already on your list.")
    qtbot.addWidget(refused)
    refused.show()
    refused.protect_buttons[0][1].click()
    assert refused.protect_error.text() == "That name is already on your list."
    assert refused.protect_buttons[0][1].isEnabled()
