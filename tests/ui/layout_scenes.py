"""Every view and dialog of the app, opened in each of its states for the layout check.

A scene is a generator: it builds one window from a :class:`Setting` (a real encrypted
journal with fictional reflections), shows it sized to fit the screen, and yields
``(state name, window)`` once per state it puts the window in. :data:`SCENES` lists them
all; :data:`COVERED_DIALOGS` names the QDialog subclasses they open, so a test can tell when
a new dialog is not covered yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QWidget

from journal_app.core import keywrap
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
from journal_app.services.device_keys import SystemKeyring
from journal_app.services.preferences import load_preferences
from journal_app.services.vault import Vault
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.tasks import TaskRunner
from tests.ui.layout_check import OPENED_SIZE_PROPERTY, screen_room, settle

PASSPHRASE = "harbour kettle meadow sixteen"
TODAY = date(2026, 10, 1)
LONG_TITLE = (
    "Group supervision with the team managers on holding risk when the evidence is unclear "
    "and the family disagrees with the plan"
)
FINDINGS_BODY = (
    "Jayden Okafor's mum rang on 14/03/2026 from 27 Larch Road, Leeds LS6 2QT. "
    "I noticed how quickly I wanted to reassure her."
)

Scene = Callable[["Setting"], Iterator[tuple[str, QWidget]]]


def wait_for(predicate: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Process Qt events until ``predicate`` is true or time runs out."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.005)
    return False


def show_fitted(window: QWidget) -> QWidget:
    """Show ``window``, note whether it opened bigger than the free screen, then make it fit
    (as the person would) and let it lay out."""
    window.show()
    settle()
    room = screen_room()
    # the frame (title bar and borders) has to fit on the screen too
    frame = window.frameGeometry().size() - window.size()
    room_width = room.width() - frame.width()
    room_height = room.height() - frame.height()
    size = window.size()
    window.setProperty(OPENED_SIZE_PROPERTY, f"{size.width()}x{size.height()}")
    if size.width() > room_width or size.height() > room_height:
        window.resize(min(size.width(), room_width), min(size.height(), room_height))
    window.move(room.topLeft())
    settle()
    return window


@dataclass
class Setting:
    """A journal on disk, unlocked, with reflections to show; closed by :meth:`close`."""

    folder: Path
    tasks: TaskRunner = field(default_factory=TaskRunner)
    vault: Vault = field(init=False)
    unlocked: UnlockedJournal = field(init=False)
    findings_entry: str = field(init=False)
    cpd_entry: str = field(init=False)
    trashed_entry: str = field(init=False)
    opened: list[QWidget] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.vault = self.new_vault(self.folder / "journal")
        created = self.vault.create(PASSPHRASE, PASSPHRASE)
        self.unlocked = UnlockedJournal.open(self.vault, created.database)
        self._fill()

    @staticmethod
    def new_vault(folder: Path) -> Vault:
        """A vault that never touches the machine's keyring, with the fastest key stretching."""
        folder.mkdir(parents=True, exist_ok=True)
        return Vault(
            folder,
            device_keys=SystemKeyring(fail.Keyring()),
            kdf_params=keywrap.minimum_params,
        )

    def _fill(self) -> None:
        journal = self.unlocked.journal
        catalogue = self.unlocked.catalogue
        gibbs = catalogue.template("gibbs")
        for number in range(6):
            journal.create(
                EntryDraft(
                    title=f"Reflective case discussion {number + 1} about neglect",
                    event_date=TODAY - timedelta(days=20 * number + 3),
                    template_id="gibbs",
                    sections=tuple(
                        Section(s.key, s.title, f"{s.title}: what I noticed about my part.")
                        for s in gibbs.sections
                    ),
                    status=Status.FINAL if number % 3 else Status.DRAFT,
                    visibility=Visibility.SHAREABLE if number % 2 else Visibility.PRIVATE,
                    tags=(Tag("kss-pl", str(1 + number % 6)),),
                )
            )
        self.findings_entry = journal.create(
            EntryDraft(
                title=LONG_TITLE,
                body=FINDINGS_BODY,
                event_date=TODAY - timedelta(days=2),
                status=Status.FINAL,
                visibility=Visibility.SHAREABLE,
                tags=(Tag("kss-pl", "1"), Tag("kss-pl", "4")),
                supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
                actions=(
                    Action(
                        "Share the risk discussion framework with the team",
                        due_date=TODAY + timedelta(days=14),
                    ),
                ),
            )
        ).id
        self.trashed_entry = journal.create(
            EntryDraft(
                title="Notes from a team meeting, no longer needed",
                body="Nothing here I want to keep.",
                event_date=TODAY - timedelta(days=40),
            )
        ).id
        cpd = catalogue.template("swe-cpd")
        self.cpd_entry = journal.create(
            EntryDraft(
                title="CPD: trauma-informed supervision workshop",
                event_date=TODAY - timedelta(days=30),
                template_id="swe-cpd",
                sections=tuple(
                    Section(s.key, s.title, "A day's workshop on supervision after trauma.")
                    for s in cpd.sections
                ),
                status=Status.FINAL,
            )
        ).id

    def keep(self, widget: QWidget) -> QWidget:
        self.opened.append(widget)
        return widget

    def close(self) -> None:
        for widget in reversed(self.opened):
            if isinstance(widget, QDialog):
                widget.done(0)
            widget.close()
        self.tasks.wait()
        self.unlocked.close()


# -- the main window and its views --------------------------------------------------------


def _main_window(setting: Setting) -> Any:
    from journal_app.ui.main_window import MainWindow

    window = setting.keep(MainWindow(setting.tasks))
    window.show_journal(setting.unlocked, load_preferences(setting.unlocked.journal.database))
    show_fitted(window)
    return window


def main_window(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    window = _main_window(setting)
    # Something is due in this journal, so it opens on This week (checked at the end); the
    # person goes to their reflections.
    window.show_reflections()
    settle()
    yield "reflections list", window
    view = window.journal_view
    view.open_entry(setting.findings_entry)
    view.editor.analyse_now()
    wait_for(lambda: view.editor.identifier_panel.isVisible(), 3)
    yield "editor with findings", window
    view.editor.body.show_preview(True)
    settle()
    yield "editor showing the formatting", window
    view.editor.body.show_preview(False)
    view.open_entry(setting.cpd_entry)
    settle()
    yield "editor with a CPD record", window
    # as narrow as the window can be made: every part at its smallest
    size = window.size()
    window.resize(window.minimumSizeHint().width(), size.height())
    settle()
    yield "editor with a CPD record, narrowest window", window
    window.resize(size)
    settle()
    view.new_entry()
    settle()
    yield "new reflection", window
    view.trash_entry(setting.trashed_entry)
    view.sidebar.select(("trash",))
    view.open_entry(setting.trashed_entry)
    settle()
    yield "reflection in the trash", window
    window.show_coverage()
    wait_for(lambda: not setting.tasks.busy, 10)
    settle()
    yield "coverage", window
    window.show_appraisal()
    settle()
    appraisal = window.appraisal_view
    assert appraisal is not None
    for index in range(appraisal.tabs.count()):
        appraisal.tabs.setCurrentIndex(index)
        settle()
        yield f"appraisal ({appraisal.tabs.tabText(index).replace('&', '')})", window
    window.show_this_week()
    settle()
    yield "this week", window


# -- dialogs ---------------------------------------------------------------------------------


def export_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.export_dialog import ExportDialog

    dialog = setting.keep(ExportDialog(setting.unlocked, tasks=setting.tasks, today=TODAY))
    show_fitted(dialog)
    form = dialog.form
    dialog.update_count()
    yield "some left out", dialog
    form.add_private_button.click()  # the warning, the drafts left out and their button
    dialog.update_count()
    settle()
    yield "private included, drafts left out", dialog
    form.include_private.setChecked(True)
    form.include_drafts.setChecked(True)
    dialog.update_count()
    settle()
    yield "private warning", dialog
    form.include_private.setChecked(False)
    form.include_drafts.setChecked(False)
    form.date_from.setDate(QDate(2020, 1, 1))
    form.date_to.setDate(QDate(2020, 1, 2))
    dialog.update_count()
    settle()
    yield "no match", dialog


def findings_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.services.privacy import check_entries
    from journal_app.ui.export_findings import FindingsDialog

    entry = setting.unlocked.journal.get(setting.findings_entry)
    results = check_entries([entry], today=TODAY)
    yield "findings", show_fitted(setting.keep(FindingsDialog(results)))


def open_exports_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.open_exports_dialog import OpenExportsDialog

    dialog = OpenExportsDialog(setting.unlocked, tasks=setting.tasks, today=TODAY)
    yield "open", show_fitted(setting.keep(dialog))


def cpd_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.cpd_dialog import CpdDialog

    yield "open", show_fitted(setting.keep(CpdDialog(setting.unlocked, setting.cpd_entry)))


def settings_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.settings_dialog import SettingsDialog

    preferences = load_preferences(setting.unlocked.journal.database)
    dialog = SettingsDialog(setting.unlocked, preferences, setting.tasks)
    yield "open", show_fitted(setting.keep(dialog))


def change_passphrase_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.change_passphrase import ChangePassphraseDialog

    dialog = setting.keep(ChangePassphraseDialog(setting.vault, setting.tasks))
    yield "open", show_fitted(dialog)
    dialog._change()  # nothing typed: it says what to do first
    settle()
    yield "nothing typed", dialog
    dialog.current.setText("an old passphrase")
    dialog.fields.first.setText("short")
    dialog.fields.second.setText("shorter")
    dialog._change()
    settle()
    yield "weak, different new passphrases", dialog


def key_dialogs(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.key_dialogs import NewRecoveryKeyDialog, RotateKeyDialog

    fictional_key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"  # never a real journal's
    for name, kind in (("new recovery key", NewRecoveryKeyDialog), ("rotate", RotateKeyDialog)):
        dialog = setting.keep(kind(setting.unlocked, setting.tasks))
        yield f"{name}: asking", show_fitted(dialog)
        dialog.show_recovery_key(fictional_key)
        settle()
        yield f"{name}: the new recovery key", dialog


def restore_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.services.backup_checks import read_records
    from journal_app.ui.restore_dialog import RestoreDialog

    database = setting.unlocked.journal.database
    database.backup("manual")
    dialog = RestoreDialog(database.backups_folder(), None, read_records(database))
    yield "open", show_fitted(setting.keep(dialog))


def about_dialogs(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.about import AboutDialog, ShortcutsDialog
    from journal_app.ui.main_window import MainWindow

    yield "about", show_fitted(setting.keep(AboutDialog(setting.folder)))
    window = setting.keep(MainWindow(setting.tasks))
    actions = [a for a in window.actions_.by_name.values() if not a.shortcut().isEmpty()]
    yield "shortcuts", show_fitted(setting.keep(ShortcutsDialog(actions)))


def locked_window(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.main_window import MainWindow

    yield "locked", show_fitted(setting.keep(MainWindow(setting.tasks)))


def unlock_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.unlock_dialog import UnlockDialog

    dialog = setting.keep(UnlockDialog(setting.vault, setting.tasks))
    show_fitted(dialog)
    yield "asking", dialog
    dialog.passphrase.setText("not the passphrase at all")
    dialog.primary.click()
    wait_for(lambda: dialog.message.isVisible() and not dialog.busy)
    settle()
    yield "wrong passphrase", dialog
    dialog.forgot.click()
    settle()
    assert dialog.recovery is not None
    show_fitted(dialog.recovery)
    yield "recovery key", dialog.recovery


def first_run_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.first_run import FirstRunDialog

    vault = Setting.new_vault(setting.folder / "new")
    dialog = setting.keep(FirstRunDialog(vault, setting.tasks, today=lambda: TODAY))
    show_fitted(dialog)
    names = ("welcome", "passphrase", "recovery key", "this device", "backups", "framework")
    dialog.recovery.set_key("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A")
    for step, name in enumerate(names):
        dialog._show_step(step)
        settle()
        yield name, dialog
        if name == "passphrase":
            dialog.passphrase.fields.first.setText("short")
            dialog.passphrase.fields.second.setText("shorter")
            dialog.next_button.click()
            settle()
            yield "passphrase too short", dialog


def protected_names_dialogs(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    """The "Names I protect" list and its form, once they are part of the app."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("journal_app.ui.protected_names_dialog") is None:
        return  # not on this branch yet: nothing to open
    module: Any = importlib.import_module("journal_app.ui.protected_names_dialog")
    names: Any = importlib.import_module("journal_app.services.protected_names")
    database = setting.unlocked.journal.database
    yield (
        "list",
        show_fitted(setting.keep(module.ProtectedNamesDialog(names.ProtectedNames(database)))),
    )
    form = module.ProtectedNameForm(names.ProtectedNames(database), None)
    yield "add a name", show_fitted(setting.keep(form))


def tag_move_dialog(setting: Setting) -> Iterator[tuple[str, QWidget]]:
    from journal_app.ui.tag_move_dialog import TagMoveDialog

    for number in range(14):
        setting.unlocked.journal.create(
            EntryDraft(
                title=f"{LONG_TITLE} ({number + 1})",
                event_date=date(2026, 3, 1) + timedelta(days=14 * number),
                tags=(Tag("scw", str(1 + number % 7), "2017"),),
            )
        )
    dialog = setting.keep(TagMoveDialog(setting.unlocked, "scw"))
    yield "preview", show_fitted(dialog)
    dialog.include_earlier.setChecked(True)
    settle()
    yield "earlier too", dialog


SCENES: dict[str, Scene] = {
    "main window": main_window,
    "locked window": locked_window,
    "export": export_dialog,
    "export findings": findings_dialog,
    "open exports": open_exports_dialog,
    "CPD": cpd_dialog,
    "preferences": settings_dialog,
    "change passphrase": change_passphrase_dialog,
    "key changes": key_dialogs,
    "restore": restore_dialog,
    "about": about_dialogs,
    "unlock": unlock_dialog,
    "first run": first_run_dialog,
    "names I protect": protected_names_dialogs,
    "move tags": tag_move_dialog,
}

# The QDialog subclasses in journal_app/ui that the scenes open (checked by a test). The
# framework import and the emergency kit use Qt's own file and message dialogs only.
COVERED_DIALOGS = frozenset(
    {
        "ExportDialog",
        "FindingsDialog",
        "OpenExportsDialog",
        "CpdDialog",
        "SettingsDialog",
        "ChangePassphraseDialog",
        "NewRecoveryKeyDialog",
        "RotateKeyDialog",
        "_KeyDialog",  # the base of the two key dialogs, never shown itself
        "RestoreDialog",
        "AboutDialog",
        "ShortcutsDialog",
        "UnlockDialog",
        "RecoveryDialog",
        "FirstRunDialog",
        "ProtectedNamesDialog",  # opened once the "Names I protect" dialog is merged
        "ProtectedNameForm",
        "TagMoveDialog",
        "_BusyDialog",  # the base of the unlock and recovery dialogs, never shown itself
    }
)
