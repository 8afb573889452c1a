"""The main window's commands: actions with shortcuts and icons, menus and the toolbar.

Kept apart from :mod:`main_window` so the window stays a shell. Shortcuts follow desktop
habits (Ctrl becomes Cmd on macOS).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from journal_app.ui.theme import icon


def make_action(
    parent: QObject, text: str, shortcut: str, icon_name: str, slot: Callable[[], object]
) -> QAction:
    action = QAction(text, parent)
    plain = text.replace("&", "").rstrip("…")
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys})")
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty("iconName", icon_name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class WindowActions(QObject):
    """Every command of the main window, created once."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        tr = self.tr
        table = (
            ("new", tr("&New reflection"), "Ctrl+N", "new-reflection"),
            ("save", tr("&Save"), "Ctrl+S", "save"),
            ("export", tr("&Export appraisal PDF…"), "Ctrl+E", "export"),
            ("copy_json", tr("Save a copy as &JSON…"), "", ""),
            ("copy_markdown", tr("Save a copy as &Markdown…"), "", ""),
            ("import_json", tr("Import reflections from JS&ON…"), "", ""),
            ("backup", tr("&Back up now"), "", "backup"),
            # restore a chosen backup in place of the journal (restore_dialog.py)
            ("restore", tr("&Restore from a backup…"), "", "backup"),
            ("import_framework", tr("&Import a framework…"), "", ""),
            ("lock", tr("&Lock journal"), "Ctrl+L", "lock"),
            ("quit", tr("&Quit"), "Ctrl+Q", "quit"),
            ("undo_trash", tr("&Undo move to trash"), "Ctrl+Z", ""),
            ("find", tr("&Find"), "Ctrl+F", "find"),
            ("protected_names", tr("Names I &protect…"), "", ""),
            ("preferences", tr("&Preferences…"), "Ctrl+,", "preferences"),
            ("reflections", tr("&Reflections"), "Ctrl+1", "reflections"),
            ("coverage", tr("&Coverage"), "Ctrl+2", "coverage"),
            ("appraisal", tr("&Appraisal"), "Ctrl+3", "journal"),
            ("this_week", tr("This &week"), "Ctrl+4", ""),
            ("shortcuts", tr("&Keyboard shortcuts"), "F1", "keyboard"),
            ("about", tr("&About"), "", "about"),
        )
        self.by_name = {
            name: make_action(window, text, keys, icon_name, handlers[name])
            for name, text, keys, icon_name in table
        }
        self.views = QActionGroup(self)
        for name in ("reflections", "coverage", "appraisal", "this_week"):
            self.by_name[name].setCheckable(True)
            self.views.addAction(self.by_name[name])
        self.by_name["reflections"].setChecked(True)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def set_unlocked(self, unlocked: bool) -> None:
        """Commands that need an open journal are greyed out while locked."""
        for name, action in self.by_name.items():
            if name == "undo_trash":
                action.setEnabled(False)  # only just after a move to the trash (undo_trash.py)
            elif name not in ("quit", "shortcuts", "about"):
                action.setEnabled(unlocked)

    def refresh_icons(self) -> None:
        for action in self.by_name.values():
            name = action.property("iconName")
            if name:
                action.setIcon(icon(str(name)))

    def build_menus(self, window: QMainWindow) -> None:
        layout = (
            (
                self.tr("&File"),
                "new save - export copy_json copy_markdown import_json - backup restore - "
                "import_framework - lock quit",
            ),
            (self.tr("&Edit"), "undo_trash - find - protected_names preferences"),
            (self.tr("&View"), "reflections coverage appraisal this_week"),
            (self.tr("&Help"), "shortcuts about"),
        )
        for title, names in layout:
            menu = window.menuBar().addMenu(title)
            for name in names.split():
                if name == "-":
                    menu.addSeparator()
                else:
                    menu.addAction(self.by_name[name])

    def build_toolbar(self, window: QMainWindow) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ["new", "save", "-", "reflections", "coverage", "appraisal", "-", "export"]:
            if name == "-":
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.by_name[name])
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.by_name["lock"])
        window.addToolBar(toolbar)
        return toolbar
