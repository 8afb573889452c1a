"""Actions and learning goals that came out of a reflection, each with a due date and "done"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import Action, ActionKind
from journal_app.ui.date_field import DateField
from journal_app.ui.entries.style import DATE_FORMAT, from_qdate, make_muted, to_qdate


class ActionRow(QWidget):
    """One action: done, what, action or learning goal, due date, remove."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, action: Action, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._today = today
        self.done = QCheckBox(self.tr("Done"), self)
        self.done.setAccessibleName(self.tr("Done"))
        self.done.setToolTip(self.tr("Tick when done"))
        self.done.setChecked(action.is_done)
        self.text = QLineEdit(action.text, self)
        self.text.setAccessibleName(self.tr("Action or learning goal"))
        self.text.setPlaceholderText(self.tr("What will you do or learn?"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Action"), ActionKind.ACTION.value)
        self.kind.addItem(self.tr("Learning goal"), ActionKind.LEARNING_GOAL.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(action.kind.value)))
        self.has_due = QCheckBox(self.tr("Due"), self)
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.has_due.setChecked(action.due_date is not None)
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDisplayFormat(DATE_FORMAT)
        self.due.setCalendarPopup(True)
        self.due.setDate(to_qdate(action.due_date or today))
        self.due.setEnabled(action.due_date is not None)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(self.tr("Remove this action"))
        self.remove.setToolTip(self.tr("Remove this action"))

        # what to do gets the whole first line; when and whether it is done go below
        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(self.text, 1)
        first.addWidget(self.remove)
        second = QHBoxLayout()
        # closer than the first line's: in Welsh the four of them only just fit the editor's
        # narrowest width at 1280x720 (the layout check in Welsh)
        second.setSpacing(4)
        for widget in (self.kind, self.has_due, self.due):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)

        self.done.toggled.connect(self.changed)
        self.text.textEdited.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.has_due.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def focus_order(self) -> list[QWidget]:
        """As the row reads: the text and remove on the first line, then the second line."""
        return [self.text, self.remove, self.kind, self.has_due, self.due, self.done]

    def _due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self.changed.emit()

    def action(self) -> Action:
        """The action as now shown; a newly ticked action is done today."""
        done_date = None
        if self.done.isChecked():
            done_date = self._action.done_date or self._today
        return Action(
            text=" ".join(self.text.text().split()),
            kind=ActionKind(self.kind.currentData()),
            due_date=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            done_date=done_date,
            id=self._action.id,
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.done, self.kind, self.has_due, self.due, self.remove):
            widget.setEnabled(not read_only)
        self.text.setReadOnly(read_only)
        if not read_only:
            self.due.setEnabled(self.has_due.isChecked())


class ActionsPanel(QWidget):
    """The list of actions and learning goals, with a button to add one."""

    changed = Signal()
    rows_changed = Signal()  # a row added or removed: the order of the tab stops changes

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[ActionRow] = []
        self._read_only = False
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        self._empty = QLabel(
            self.tr("No actions yet. What will you do, try or learn because of this?"), self
        )
        self._empty.setWordWrap(True)
        make_muted(self._empty)
        self.add_button = QPushButton(self.tr("&Add an action or learning goal"), self)
        self.add_button.setAccessibleName(self.tr("Add an action or learning goal"))
        self.add_button.clicked.connect(self.add_new)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._list)
        layout.addLayout(buttons)

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        for row in self._rows:
            self._list.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for action in actions:
            self._add_row(action)
        self._update_empty()
        self.rows_changed.emit()

    def add_new(self) -> None:
        row = self._add_row(Action(text=""))
        self._update_empty()
        self.rows_changed.emit()
        row.text.setFocus()
        # an action with no text is not saved; it counts once something is typed

    def _add_row(self, action: Action) -> ActionRow:
        row = ActionRow(action, self._today(), self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        row.set_read_only(self._read_only)
        self._list.addWidget(row)
        self._rows.append(row)
        return row

    def _remove(self, row: ActionRow) -> None:
        self._rows.remove(row)
        self._list.removeWidget(row)
        row.deleteLater()
        self._update_empty()
        self.rows_changed.emit()
        self.changed.emit()

    def _update_empty(self) -> None:
        self._empty.setVisible(not self._rows)

    def written_actions(self) -> tuple[Action, ...]:
        """The actions with some text (a blank new row is not an action yet)."""
        return tuple(a for a in (row.action() for row in self._rows) if a.text)

    def focus_order(self) -> list[QWidget]:
        """Each row's fields, then "Add an action or learning goal"."""
        return [w for row in self._rows for w in row.focus_order()] + [self.add_button]

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self._rows:
            row.set_read_only(read_only)
