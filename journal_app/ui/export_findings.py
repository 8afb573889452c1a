"""What the identifier check found in the reflections about to be exported, and the choice.

The user sees every reflection with its findings (what kind, the words found, the suggested
replacement, where) and chooses: fix it in the journal, replace everything with the
suggestions, leave those reflections out, or export anyway. The dialog only reports the
choice; :class:`journal_app.ui.export_dialog.ExportDialog` acts on it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.identifiers import Finding, spelling_key
from journal_app.core.periods import format_uk_date
from journal_app.services.privacy import BODY, ROLE, TITLE, EntryFindings, field_label
from journal_app.services.protected_names import can_protect
from journal_app.ui.finding_words import finding_kind_label
from journal_app.ui.passphrase_fields import error_label, hint_label, show_message
from journal_app.ui.theme import GRID, make_heading, mark_primary


class FindingsChoice(StrEnum):
    """What the user chose to do about the findings."""

    FIX = "fix"
    REPLACE_ALL = "replace_all"
    LEAVE_OUT = "leave_out"
    EXPORT_ANYWAY = "export_anyway"


class FindingsDialog(QDialog):
    """Findings per reflection, and four ways on. ``chosen`` carries a FindingsChoice."""

    chosen = Signal(str)

    def __init__(
        self,
        results: list[EntryFindings],
        parent: QWidget | None = None,
        protect: Callable[[Finding], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.results = results
        # "Always treat this as Child A": adds a finding to Names I protect; returns a
        # message when that was refused. None: no such buttons.
        self._protect = protect
        self.protect_buttons: list[tuple[Finding, QPushButton]] = []
        title = self.tr("Check before you share")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        heading = QLabel(self._headline(), self)
        heading.setWordWrap(True)
        make_heading(heading, 1.2)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Before anything leaves your journal it is checked for names and other "
                    "details that could identify a child, a family or a colleague. Some of "
                    "these may be fine to share; you decide."
                ),
                self,
            )
        )
        self.tree = self._tree()
        layout.addWidget(self.tree, 1)
        self.protect_error = error_label(self)
        layout.addWidget(self.protect_error)
        layout.addLayout(self._choices())
        self.resize(GRID * 110, GRID * 75)

    def _headline(self) -> str:
        details = sum(r.count for r in self.results)
        reflections = len(self.results)
        # two counts in one sentence: each takes its own plural form
        return self.tr("Possible identifying details found: %n, in %1.", "", details).replace(
            "%1", self.tr("%n reflection(s)", "", reflections)
        )

    def _where(self, result: EntryFindings, field: str) -> str:
        if field == TITLE:
            return self.tr("Title")
        if field == BODY:
            return self.tr("Reflection")
        if field == ROLE:
            return self.tr("Supervision: with (role)")
        # section titles come from the template; actions are numbered as listed
        return field_label(result.entry, field)

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("Reflections and what was found in them"))
        headers = [
            self.tr("What"),
            self.tr("Found"),
            self.tr("Suggested instead"),
            self.tr("Where"),
        ]
        if self._protect is not None:
            headers.append(self.tr("Names I protect"))
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setAlternatingRowColors(True)
        for result in self.results:
            entry = result.entry
            top = QTreeWidgetItem(tree, [f"{format_uk_date(entry.event_date)} · {entry.title}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            for field, findings in result.by_field.items():
                for finding in findings:
                    item = QTreeWidgetItem(
                        top,
                        [
                            finding_kind_label(finding.kind),
                            finding.text,
                            finding.replacement,
                            self._where(result, field),
                        ],
                    )
                    if self._protect is not None and can_protect(finding):
                        tree.setItemWidget(item, 4, self._protect_button(finding, tree))
        tree.expandAll()
        header = tree.header()
        header.setStretchLastSection(True)
        for column in range(3 if self._protect is None else 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _protect_button(self, finding: Finding, parent: QWidget) -> QPushButton:
        button = QPushButton(self.tr("Always %1").replace("%1", finding.replacement), parent)
        button.setAccessibleName(
            self.tr("Always treat “%1” as %2")
            .replace("%1", finding.text)
            .replace("%2", finding.replacement)
        )
        button.setToolTip(
            self.tr(
                "Add it to the names you protect, so it is always caught and always %1"
            ).replace("%1", finding.replacement)
        )
        button.clicked.connect(lambda _checked=False: self._protect_clicked(finding))
        self.protect_buttons.append((finding, button))
        return button

    def _protect_clicked(self, finding: Finding) -> None:
        if self._protect is None:
            return
        problem = self._protect(finding)
        show_message(self.protect_error, problem or "")
        if problem:
            return
        # the same words found elsewhere are now protected too
        key = spelling_key(finding.text)
        for other, button in self.protect_buttons:
            if spelling_key(other.text) == key:
                button.setEnabled(False)
                button.setText(self.tr("Protected"))

    def _choices(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(GRID * 2)
        grid.setVerticalSpacing(GRID)
        rows = (
            (
                FindingsChoice.FIX,
                self.tr("&Fix in the journal"),
                self.tr(
                    "Close this and open the first of these reflections, so you can change "
                    "the words yourself."
                ),
            ),
            (
                FindingsChoice.REPLACE_ALL,
                self.tr("&Replace all with suggestions…"),
                self.tr(
                    "Change every detail listed to the suggestion (a name becomes "
                    "\u201cChild A\u201d, for example) in your journal, then export."
                ),
            ),
            (
                FindingsChoice.LEAVE_OUT,
                self.tr("&Leave these reflections out"),
                self.tr("Export the others; these reflections stay in your journal unchanged."),
            ),
            (
                FindingsChoice.EXPORT_ANYWAY,
                self.tr("&Export anyway"),
                self.tr("Everything listed goes in the PDF as it is."),
            ),
        )
        self.buttons: dict[FindingsChoice, QPushButton] = {}
        for row, (choice, label, explanation) in enumerate(rows):
            button = QPushButton(label, self)
            button.setAccessibleDescription(explanation)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            self.buttons[choice] = button
            grid.addWidget(button, row, 0)
            grid.addWidget(hint_label(explanation, self), row, 1)
        mark_primary(self.buttons[FindingsChoice.FIX])
        self.buttons[FindingsChoice.FIX].setDefault(True)
        self.back_button = QPushButton(self.tr("Go back"), self)
        self.back_button.setAccessibleDescription(self.tr("Back to the export choices"))
        self.back_button.clicked.connect(self.reject)
        grid.addWidget(self.back_button, len(rows), 0)
        grid.setColumnStretch(1, 1)
        return grid

    def _choose(self, choice: FindingsChoice) -> None:
        self.accept()
        self.chosen.emit(choice.value)

    def button(self, choice: FindingsChoice) -> QPushButton:
        return self.buttons[choice]
