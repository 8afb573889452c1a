"""Names I protect: the person's own list of names the identifier check always catches.

A table of names (with their other spellings, kind and pseudonym) and Add, Change and
Remove; a small form for one name. Names are shown as plain text only: a name like
"<b>Kay</b>" is shown as typed, never drawn as markup. ``ProtectedSource`` hands the list to
the editor's check, reading it afresh each time so a name added anywhere counts at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.identifiers import ProtectedMatcher, ProtectedTerm, ProtectKind
from journal_app.services.protected_names import ProtectedNames, suggested_pseudonym
from journal_app.ui.passphrase_fields import error_label, hint_label, show_message
from journal_app.ui.theme import GRID, make_heading, mark_primary


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProtectedNames", text)


def kind_labels() -> dict[ProtectKind, str]:
    """The kinds as a person reads them."""
    return {
        ProtectKind.CHILD: _tr("Child"),
        ProtectKind.PARENT: _tr("Parent or carer"),
        ProtectKind.FAMILY: _tr("Family member"),
        ProtectKind.PERSON: _tr("Other person"),
        ProtectKind.STREET: _tr("Street"),
        ProtectKind.SCHOOL: _tr("School or nursery"),
        ProtectKind.OTHER: _tr("Something else"),
    }


class ProtectedSource:
    """The list for the editor's check: read at each check (a few hundred microseconds),
    the matcher built again only when the list has changed."""

    def __init__(self, names: ProtectedNames) -> None:
        self._names = names
        self._terms: list[ProtectedTerm] | None = None
        self._matcher: ProtectedMatcher | None = None

    def __call__(self) -> ProtectedMatcher | None:
        try:
            terms = self._names.list()
        except JournalError:
            return self._matcher  # the check still runs; the last list known still counts
        if terms != self._terms:
            self._terms, self._matcher = terms, ProtectedMatcher(terms)
        return self._matcher


class ProtectedNameForm(QDialog):
    """Add or change one protected name. On OK the service is asked; a refusal is shown in
    the form and nothing is stored."""

    def __init__(
        self, names: ProtectedNames, term: ProtectedTerm | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = names
        self._term = term
        self.saved: ProtectedTerm | None = None
        title = self.tr("Change a protected name") if term else self.tr("Protect a name")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)
        self.also_edit = QLineEdit(self)
        self.also_edit.setAccessibleName(self.tr("Other spellings and nicknames"))
        self.also_edit.setPlaceholderText(self.tr("For example: Kayley, Kay"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Who or what it is"))
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        self.pseudonym_edit = QLineEdit(self)
        self.pseudonym_edit.setAccessibleName(self.tr("Write instead"))
        self.pseudonym_edit.setMaxLength(200)
        if term is not None:
            self.name_edit.setText(term.name)
            self.also_edit.setText(", ".join(term.spellings[1:]))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(term.kind.value))
            self.pseudonym_edit.setText(term.pseudonym)
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(ProtectKind.CHILD.value))
        self.kind_combo.currentIndexChanged.connect(self._suggest)
        self._suggest()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Other spellings:"), self.also_edit)
        form.addRow(self.tr("&Who or what:"), self.kind_combo)
        form.addRow(self.tr("&Write instead:"), self.pseudonym_edit)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if term else self.tr("Protect"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The check will always find this name, in capitals or not, and in every "
                    "spelling you give (separate them with commas)."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(GRID * 60, self.sizeHint().height())

    def _kind(self) -> ProtectKind:
        return ProtectKind(self.kind_combo.currentData())

    def _suggest(self) -> None:
        # the placeholder shows what an empty box will give: the next free "Child A"
        others = [t.pseudonym for t in self._list() if self._term is None or t.id != self._term.id]
        self.pseudonym_edit.setPlaceholderText(suggested_pseudonym(self._kind(), others))

    def _list(self) -> list[ProtectedTerm]:
        try:
            return self._names.list()
        except JournalError:
            return []

    def spellings(self) -> list[str]:
        return [self.name_edit.text(), *self.also_edit.text().split(",")]

    def _save(self) -> None:
        try:
            if self._term is None:
                self.saved = self._names.add(
                    self.spellings(), self._kind(), self.pseudonym_edit.text()
                )
            else:
                changed = ProtectedTerm(
                    tuple(self.spellings()),
                    self._kind(),
                    self.pseudonym_edit.text(),
                    self._term.id,
                )
                self.saved = self._names.update(changed)
        except JournalError as error:
            show_message(self.error, str(error))
            return
        self.accept()


class ProtectedNamesDialog(QDialog):
    """The list, with Add, Change and Remove. ``changed`` is emitted after every change."""

    changed = Signal()

    def __init__(self, names: ProtectedNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        title = self.tr("Names I protect")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QLabel(title, self)
        make_heading(heading, 1.2)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Names you protect"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Other spellings"),
                self.tr("Who or what"),
                self.tr("Write instead"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.change_selected())
        self.empty = hint_label(
            self.tr(
                "No names yet. Add the children, family members, streets and schools you "
                "write about, and they will always be caught before anything is shared."
            ),
            self,
        )
        self.error = error_label(self)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setAccessibleName(self.tr("Protect another name"))
        self.add_button.clicked.connect(self.add_name)
        mark_primary(self.add_button)
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.change_button.setAccessibleName(self.tr("Change the chosen name"))
        self.change_button.clicked.connect(self.change_selected)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Stop protecting the chosen name"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "These names are always found by the check for identifying details, in "
                    "any capitals and every spelling you add, and always replaced by the same "
                    "pseudonym. The list stays inside your encrypted journal and its backups: "
                    "it is never put in an export."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.resize(GRID * 100, GRID * 60)  # 800 x 480: fits a 1280 x 720 screen
        self.terms: list[ProtectedTerm] = []
        self.reload()

    def reload(self) -> None:
        try:
            self.terms = self.names.list()
        except JournalError as error:
            show_message(self.error, str(error))
            self.terms = []
        labels = kind_labels()
        self.table.setRowCount(len(self.terms))
        for row, term in enumerate(self.terms):
            cells = (term.name, ", ".join(term.spellings[1:]), labels[term.kind], term.pseudonym)
            for column, text in enumerate(cells):
                # a table item is always plain text: a name is never read as markup
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.terms)
        self.table.setVisible(bool(self.terms))
        self._selection_changed()

    def selected(self) -> ProtectedTerm | None:
        rows = self.table.selectionModel().selectedRows()
        return self.terms[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _form(self, term: ProtectedTerm | None) -> ProtectedNameForm:
        return ProtectedNameForm(self.names, term, self)

    def add_name(self) -> None:
        self._run(self._form(None))

    def change_selected(self) -> None:
        term = self.selected()
        if term is not None:
            self._run(self._form(term))

    def _run(self, form: ProtectedNameForm) -> None:
        if form.exec() == QDialog.DialogCode.Accepted:
            show_message(self.error, "")
            self.reload()
            self.changed.emit()

    def confirm_remove(self, term: ProtectedTerm) -> bool:
        """Ask before a name stops being protected; "Keep it" is the default answer."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop protecting this name?"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is shown as typed
        box.setText(self.tr("Stop protecting “%1”?").replace("%1", term.name))
        box.setInformativeText(
            self.tr(
                "The check will no longer be sure to catch it, and a new reflection may "
                "give it a different pseudonym. Reflections already changed keep theirs."
            )
        )
        remove = box.addButton(self.tr("Stop protecting"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def remove_selected(self) -> None:
        term = self.selected()
        if term is None or not self.confirm_remove(term):
            return
        try:
            self.names.remove(term.id)
        except JournalError as error:
            show_message(self.error, str(error))
            return
        show_message(self.error, "")
        self.reload()
        self.changed.emit()
