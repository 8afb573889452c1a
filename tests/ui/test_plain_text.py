"""User text is never rich text: hostile markup in every field is shown as the characters typed.

Qt guesses whether a string is HTML wherever no text format is set (a QLabel left at
AutoText, every tooltip, the static QMessageBox functions). Here every text field of a real
encrypted journal holds markup (an ``<img>`` of a local file, ``<font size=7>``, a link),
framework titles come from a framework file the user imported, and every view and dialog
that shows them is opened for real, offscreen. Then every widget is walked:

* a QLabel showing user text is in PlainText mode, or its rich text renders to the literal
  characters (escaped markup);
* a tooltip, status tip or "What's this?" (of a widget, an action, an item of a list, tree
  or combo box) shows the literal characters under Qt's own rule for guessing;
* a QTextEdit (not used today) holds the literal characters.

All the words are fictional; the markup is the point.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTextEdit,
    QToolTip,
    QWidget,
)

from journal_app.core import keywrap
from journal_app.core.catalogue import Catalogue
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
from journal_app.services.export_service import ExportService
from journal_app.services.preferences import Preferences, load_preferences, save_preferences
from journal_app.services.vault import Vault
from journal_app.store.locations import USER_FRAMEWORKS_FOLDER
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import TaskRunner

MARK = "QZX7"  # in every hostile value, and in nothing of the app's own
#: what must reach the screen as characters wherever MARK does (never drawn as a picture)
IMG = '<img src="file:///etc/passwd" width=900 height=600>'
MARKUP = f'<b>B</b><font color=red size=7>X</font>{IMG}<a href="https://example.org">link</a>'
#: for folder and file names: no slashes, still the tag
PATH_IMG = "<img src=x width=900>"
FRAMEWORK_ID = "hostile-local"
TODAY = date.today()


def hostile(what: str) -> str:
    """Markup first (so Qt's guess sees it on the first line), then the marker and a word."""
    return f"{MARKUP} {MARK} {what}"


def short_hostile(what: str) -> str:
    return f"{IMG} {MARK} {what}"  # for fields of at most 60 characters


# -- what reaches the screen ------------------------------------------------------------------


def _as_rich_text(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(label: QLabel) -> str:
    """What a label draws, judged strictly: anything not PlainText is read as rich text."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    return _as_rich_text(label.text())


def tip_shows(text: str) -> str:
    """What a tooltip draws: Qt treats it as rich text exactly when it might be rich text."""
    return _as_rich_text(text) if GuiQt.mightBeRichText(text) else text


def _literal(shown: str) -> bool:
    return "<img src=" in shown and MARK in shown


def _name(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__}(objectName={widget.objectName()!r}, "
        f"accessibleName={widget.accessibleName()!r}, window={widget.window().windowTitle()!r})"
    )


def _indexes(model: Any, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every index of ``model``, children too (by index(): some Qt models hide rowCount)."""
    parent = parent or QModelIndex()
    row = 0
    while (first := model.index(row, 0, parent)).isValid():
        column = 0
        while (index := model.index(row, column, parent)).isValid():
            yield index
            column += 1
        if model.index(0, 0, first).isValid():
            yield from _indexes(model, first)
        row += 1


def _belongs_to(widget: QWidget, window: QWidget | None) -> bool:
    """Whether ``widget`` is ``window`` or under it (dialogs too), or the shared tooltip."""
    if window is None or widget.objectName() == "qtooltip_label":
        return True
    found: QWidget | None = widget
    while found is not None:
        if found is window:
            return True
        found = found.parentWidget()
    return False


class Walk:
    """Every place user text was found in, and every place it would not show literally.

    Only the widgets of ``window`` (and its dialogs) are walked: another test's window may
    not have been deleted yet.
    """

    def __init__(self, window: QWidget | None = None) -> None:
        self.window = window
        self.seen: list[str] = []
        self.problems: list[str] = []

    def _check(self, place: str, raw: str, shown: str) -> None:
        if MARK not in raw:
            return
        self.seen.append(place)
        if not _literal(shown):
            self.problems.append(f"{place}: {raw[:160]!r}")

    def tip(self, place: str, text: object) -> None:
        if isinstance(text, str):
            self._check(place, text, tip_shows(text))

    def all_widgets(self) -> Walk:
        for widget in QApplication.allWidgets():
            if not _belongs_to(widget, self.window):
                continue
            name = _name(widget)
            if isinstance(widget, QLabel):
                self._check(f"label {name}", widget.text(), label_shows(widget))
            if isinstance(widget, QTextEdit):
                self._check(f"text edit {name}", widget.toPlainText(), widget.toPlainText())
            for kind, text in (
                ("tooltip", widget.toolTip()),
                ("status tip", widget.statusTip()),
                ("what's this", widget.whatsThis()),
            ):
                self.tip(f"{kind} of {name}", text)
            for action in QWidget.actions(widget):  # some of ours define actions()
                self.tip(f"tooltip of action {action.text()!r} in {name}", action.toolTip())
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                self._items(name, widget.model())
            if isinstance(widget, QComboBox):
                self._items(name, widget.model())
        return self

    def _items(self, name: str, model: Any) -> None:
        for index in _indexes(model):
            for role in (
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.StatusTipRole,
                Qt.ItemDataRole.WhatsThisRole,
            ):
                self.tip(
                    f"item {index.row()},{index.column()} {role.name} of {name}", index.data(role)
                )

    def assert_literal(self, *expected: str) -> None:
        """Nothing drawn as markup, and user text was found at each ``expected`` place."""
        assert not self.problems, "user text shown as rich text:\n" + "\n".join(self.problems)
        for part in expected:
            assert any(part in place for place in self.seen), (part, self.seen)


# -- a journal of hostile text ----------------------------------------------------------------


def _framework() -> dict[str, Any]:
    return {
        "schema": 1,
        "id": FRAMEWORK_ID,
        "title": hostile("practice standards"),
        "short_title": short_hostile("std"),
        "publisher": hostile("borough council"),
        "year": 2024,
        "version": "2024",
        "source": hostile("source"),
        "domains": [
            {
                "code": "1",
                "title": hostile("children are seen"),
                "summary": hostile("direct work with the child"),
                "prompts": [hostile("prompt")],
                "keywords": ["child's voice"],
            },
            {
                "code": "2",
                "title": hostile("plans are clear"),
                "summary": hostile("who does what by when"),
                "prompts": [],
                "keywords": [],
            },
        ],
    }


def _fill(unlocked: UnlockedJournal, backups: Path) -> dict[str, str]:
    """One structured reflection and one CPD record, every field hostile; their ids."""
    catalogue = unlocked.catalogue
    tags = (Tag(FRAMEWORK_ID, "1"), Tag(FRAMEWORK_ID, "2"), Tag("kss-pl", "1"))
    gibbs = unlocked.journal.create(
        EntryDraft(
            title=hostile("group supervision"),
            body=hostile("body") + "\n\nJayden's mum told me the week had been hard.",
            event_date=TODAY - timedelta(days=10),
            template_id="gibbs",
            sections=tuple(
                Section(s.key, hostile(f"heading {s.key}"), hostile(f"text of {s.key}"))
                for s in catalogue.template("gibbs").sections
            ),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=tags,
            supervision=SupervisionContext(SessionKind.GROUP, 60, short_hostile("role")),
            actions=(
                Action(hostile("overdue action"), due_date=TODAY - timedelta(days=3)),
                Action(hostile("later action"), due_date=TODAY + timedelta(days=20)),
            ),
        )
    )
    cpd = unlocked.journal.create(
        EntryDraft(
            title=hostile("cpd record"),
            event_date=TODAY - timedelta(days=5),
            template_id="swe-cpd",
            sections=tuple(
                Section(
                    s.key,
                    hostile(f"heading {s.key}"),
                    hostile(f"cpd {s.key}") + " Jayden's mum was there.",
                )
                for s in catalogue.template("swe-cpd").sections
            ),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=tags,
        )
    )
    save_preferences(
        unlocked.journal.database,
        Preferences(
            default_framework_id=FRAMEWORK_ID,
            user_name=hostile("name"),
            user_role=hostile("role"),
            employer=hostile("employer"),
            backups_folder=str(backups),
        ),
    )
    return {"gibbs": gibbs.id, "cpd": cpd.id}


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / f"{PATH_IMG} {MARK} folder"
    folder.mkdir()
    return folder


@pytest.fixture
def shown(qtbot, tmp_path: Path, hostile_folder: Path):  # type: ignore[no-untyped-def]
    """The main window over the hostile journal, and the two reflections' ids."""
    folder = tmp_path / "journal"
    vault = Vault(folder, kdf_params=keywrap.minimum_params)
    created = vault.create("correct horse battery staple")
    source = tmp_path / "ours.json"
    source.write_text(json.dumps(_framework()), encoding="utf-8")
    Catalogue.builtin().import_framework(source, folder / USER_FRAMEWORKS_FOLDER)
    unlocked = UnlockedJournal.open(vault, created.database)
    ids = _fill(unlocked, hostile_folder / "backups")
    window = MainWindow(TaskRunner())
    qtbot.addWidget(window)
    window.show_journal(unlocked, load_preferences(unlocked.journal.database))
    window.show()
    yield window, ids
    window.tasks.wait()


def _close_message_boxes(window: QWidget, seen: list[Walk]) -> Callable[[], None]:
    """A timer callback: walk and close any message box open over the window."""

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            try:
                seen.append(Walk(window).all_widgets())
            finally:
                box.done(0)  # never left open: the test would wait on it for ever

    return check


def _with_message_box(qtbot, window: QWidget, action: Callable[[], object]) -> Walk:  # type: ignore[no-untyped-def]
    """Run ``action``, which opens a modal message box; the walk made while it was open."""
    seen: list[Walk] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(_close_message_boxes(window, seen))
    timer.start()
    try:
        action()
        qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    finally:
        timer.stop()
    return seen[0]


# -- the views --------------------------------------------------------------------------------


def test_the_list_editor_and_sidebar_show_user_text_literally(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, ids = shown
    view = window.journal_view
    view.sidebar.select(("domain", FRAMEWORK_ID, "1"))  # the list's heading names the domain
    view.sidebar.show_all_dates()
    view.open_entry(ids["gibbs"])
    editor = view.editor
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=5_000)  # identifier check shown
    picker = editor.tag_picker
    picker.tree.setCurrentItem(picker.domain_item(FRAMEWORK_ID, "1"))  # its description
    qtbot.wait(50)
    Walk(window).all_widgets().assert_literal(
        "label QLabel",  # the sections' headings, the list heading, the domain's description
        "ToolTipRole of QListView",  # the list's tooltip: the tagged domains' titles
        "ToolTipRole of QTreeWidget",  # sidebar and tag picker: imported framework titles
    )
    assert _literal(label_shows(editor.sections._labels[0]))


def test_a_long_imported_section_heading_wraps_instead_of_widening_the_page(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, ids = shown
    view = window.journal_view
    view.open_entry(ids["gibbs"])
    sections = view.editor.sections
    heading = sections._labels[0]
    one_line = heading.fontMetrics().horizontalAdvance(heading.text())
    assert one_line > 900  # about 150 characters in bold
    assert sections.minimumSizeHint().width() < one_line / 2


def test_search_results_and_a_search_echoed_back_are_literal(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, _ids = shown
    panel = window.journal_view.entries
    panel.search(MARK)
    assert panel.results_model.rowCount() == 2
    Walk(window).all_widgets().assert_literal("QListView")
    panel.search(f"{PATH_IMG} {MARK} nowhere")  # no reflection has "nowhere": echoed back
    walk = Walk(window).all_widgets()
    walk.assert_literal("label QLabel")
    assert _literal(label_shows(panel.empty_label))


def test_coverage_shows_actions_and_framework_titles_literally(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, _ids = shown
    window.show_coverage()
    coverage = window.coverage_view
    assert coverage.wait_for_report()
    qtbot.waitUntil(lambda: coverage.report is not None, timeout=5_000)
    assert coverage.actions_tree.topLevelItemCount() == 2
    # the heat map's own tooltip, shown for real over the first cell
    heat_map = coverage.heat_map
    point = heat_map._cell(0, 0).center()
    QApplication.sendEvent(
        heat_map, QHelpEvent(QEvent.Type.ToolTip, point, heat_map.mapToGlobal(point))
    )
    qtbot.wait(50)
    Walk(window).all_widgets().assert_literal(
        "ToolTipRole of QTreeWidget(objectName='', accessibleName='Open and overdue actions'",
        "label QLabel",  # the summary names the framework; the gaps name its domains
        "label QLabel(objectName='qtooltip_label'",  # the heat map's tooltip names a domain
    )
    assert _literal(tip_shows(QToolTip.text()))


# -- the dialogs ------------------------------------------------------------------------------


def test_cpd_dialog_and_its_identifier_warning_are_literal(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.cpd_dialog import CpdDialog

    window, ids = shown
    dialog = CpdDialog(window.unlocked, ids["cpd"], window)
    dialog.show()
    assert dialog.findings.count  # "Jayden" is quoted beside the hostile section titles
    walk = Walk(window).all_widgets()
    walk.assert_literal("accessibleName='Identifying details found'")
    dialog.done(0)


def test_export_dialog_findings_and_done_page_are_literal(
    qtbot, shown, monkeypatch, hostile_folder
) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.export_dialog import DONE_PAGE, ExportDialog
    from journal_app.ui.export_findings import FindingsChoice

    window, _ids = shown
    target = hostile_folder / f"{PATH_IMG} {MARK} appraisal.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = ExportDialog(window.unlocked, window, tasks=window.tasks, today=TODAY)
    dialog.show()
    Walk(window).all_widgets().assert_literal("tooltip of QCheckBox")  # the frameworks' titles
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.findings_dialog is not None, timeout=10_000)
    Walk(window).all_widgets()  # the findings tree: plain items, checked all the same
    dialog.findings_dialog.buttons[FindingsChoice.EXPORT_ANYWAY].click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE_PAGE, timeout=30_000)
    Walk(window).all_widgets().assert_literal("accessibleName='What was saved'")
    dialog.done(0)


def test_other_formats_dialog_names_the_imported_file_literally(
    qtbot, shown, monkeypatch, hostile_folder
) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.open_exports_dialog import OpenExportsDialog

    window, _ids = shown
    copy = hostile_folder / f"{PATH_IMG} {MARK} copy.json"
    ExportService(window.unlocked.journal, window.unlocked.catalogue).export_json(copy)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    dialog = OpenExportsDialog(window.unlocked, window, tasks=window.tasks, today=TODAY)
    dialog.show()
    dialog.import_json()
    # at once, before the first progress report replaces it: "Checking and importing “name”…"
    Walk(window).all_widgets().assert_literal("window='Other formats")
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    assert _literal(label_shows(progress.findChild(QLabel)))
    qtbot.waitUntil(lambda: dialog.import_report is not None, timeout=10_000)
    Walk(window).all_widgets().assert_literal("accessibleName='Message'")  # "… “name” …" below
    dialog.done(0)


def test_settings_and_restore_dialogs_show_user_text_literally(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.restore_dialog import RestoreDialog
    from journal_app.ui.settings_dialog import SettingsDialog

    window, _ids = shown
    settings = SettingsDialog(window.unlocked, window.preferences, window.tasks, window)
    settings.show()
    Walk(window).all_widgets().assert_literal("ToolTipRole of QComboBox")  # the frameworks' titles
    settings.done(0)
    restore = RestoreDialog(window.unlocked.journal.database.backups_folder(), window)
    restore.show()
    Walk(window).all_widgets().assert_literal()  # "No backups in <folder> yet." in a plain item
    restore.done(0)


# -- message boxes ----------------------------------------------------------------------------


def test_framework_import_messages_quote_titles_and_file_names_literally(
    qtbot, shown, monkeypatch, hostile_folder
) -> None:  # type: ignore[no-untyped-def]
    window, _ids = shown
    broken = hostile_folder / f"{PATH_IMG} {MARK} broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), ""))
    )
    walk = _with_message_box(qtbot, window, window.import_framework)
    walk.assert_literal("label QLabel(objectName='qt_msgbox_label'")

    again = _framework()
    again["id"] = "hostile-second"
    good = hostile_folder / "second.json"
    good.write_text(json.dumps(again), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), ""))
    )
    walk = _with_message_box(qtbot, window, window.import_framework)  # "“<title>” … is ready"
    walk.assert_literal("label QLabel(objectName='qt_msgbox_label'")
    assert window.unlocked.catalogue.framework("hostile-second")


def test_a_failed_restore_quotes_the_chosen_file_literally(qtbot, shown, hostile_folder) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.restore_dialog import restore_into_window

    window, _ids = shown
    missing = hostile_folder / f"{PATH_IMG} {MARK} journal-backup.db"
    # "There is no backup file at <path>. …", in the message box after the journal reopens
    walk = _with_message_box(qtbot, window, lambda: restore_into_window(window, missing))
    walk.assert_literal("label QLabel(objectName='qt_msgbox_label'")
    assert window.unlocked is not None  # the journal is open again, as it was


def test_a_failed_backup_names_its_folder_literally_in_the_tooltip(
    qtbot, shown, hostile_folder
) -> None:  # type: ignore[no-untyped-def]
    window, _ids = shown
    in_the_way = hostile_folder / "backups"
    in_the_way.write_text("a file where the backups folder should be", encoding="utf-8")
    watch = window.backups
    watch.run_if_due()  # the backups folder cannot be made: "… could not be written to <path>"
    qtbot.waitUntil(lambda: watch.label.text() == "Backup failed", timeout=15_000)
    Walk(window).all_widgets().assert_literal(
        "tooltip of QLabel(objectName='', accessibleName='Backup status'"
    )


def test_notes_under_forms_are_plain_text_whatever_label_they_go_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.export_support import show_note
    from journal_app.ui.passphrase_fields import show_message

    for show in (show_note, show_message):
        label = QLabel()  # left at AutoText, as a label made anywhere would be
        qtbot.addWidget(label)
        show(label, hostile("a file name in a message"))
        assert _literal(label_shows(label))


def test_the_journal_folder_is_named_literally_in_about_and_first_run(
    qtbot, hostile_folder
) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.about import AboutDialog
    from journal_app.ui.first_run_pages import WelcomePage

    about = AboutDialog(hostile_folder)
    welcome = WelcomePage(hostile_folder)
    for widget in (about, welcome):
        qtbot.addWidget(widget)
        Walk(widget).all_widgets().assert_literal("label QLabel")  # "… folder: <path>"


@pytest.mark.parametrize(
    "text",
    [
        MARKUP,
        "Title: <b>bold</b>\n\n  two  spaces, a tab\there & an entity &lt; <i>",
        "a &lt; b",  # Qt takes "&lt;" for HTML too
        "<!DOCTYPE html><p>x</p>",
        "Plain words & nothing else",
        "First line\nsecond <b>line</b>",  # Qt only looks at the first line
    ],
)
def test_literal_text_renders_exactly_the_characters_typed(text: str) -> None:
    from journal_app.ui.plain_text import literal_text

    shown = literal_text(text)
    if GuiQt.mightBeRichText(text):
        assert GuiQt.mightBeRichText(shown) and _as_rich_text(shown) == text
    else:
        assert shown == text  # everyday text is left exactly as it was
