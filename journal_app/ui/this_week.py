"""This week: what needs the person now, shown when the journal is unlocked.

Overdue actions and those due in the next seven days (Enter or a double-click opens the
reflection), follow-ups waiting ("what changed since?", answered right here or put off),
the CPD deadline with what is still needed, and the next appraisal meeting. Nothing here
leaves the app: no calendar entry, no notification.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.actions_due import DueAction
from journal_app.core.errors import JournalError
from journal_app.core.follow_up import FollowUpDue
from journal_app.core.messages import render
from journal_app.core.periods import format_uk_date
from journal_app.services.this_week import ThisWeek, this_week
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.entries.style import RoomyDelegate, make_muted
from journal_app.ui.passphrase_fields import error_label, show_message
from journal_app.ui.plain_text import plain_label
from journal_app.ui.plurals import plural
from journal_app.ui.theme import make_heading

CONTEXT = "ThisWeek"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ThisWeekView(QWidget):
    """The week ahead at a glance, with follow-ups answered in place."""

    open_entry_requested = Signal(str)

    def __init__(
        self,
        unlocked: UnlockedJournal,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        week: ThisWeek | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlocked = unlocked
        self._today = today
        self._follow_ups = unlocked.follow_ups()
        self._waiting: list[FollowUpDue] = []
        self.week: ThisWeek | None = None
        self._build()
        self.refresh(week)

    def _build(self) -> None:
        self.heading = QLabel(_tr("This week"), self)
        make_heading(self.heading)
        self.summary = plain_label(QLabel(self))
        self.summary.setWordWrap(True)
        self.problem = error_label(self)

        self.actions_list = self._list(_tr("Actions overdue and due this week"))
        self.actions_list.itemActivated.connect(self._open_item)
        actions = QGroupBox(_tr("Actions"), self)
        QVBoxLayout(actions).addWidget(self.actions_list)

        self.follow_up_list = self._list(_tr("Reflections waiting for a follow-up"))
        self.follow_up_list.currentRowChanged.connect(self._follow_up_chosen)
        self.follow_up_question = plain_label(QLabel(self))
        self.follow_up_question.setWordWrap(True)
        self.follow_up_text = QPlainTextEdit(self)
        self.follow_up_text.setAccessibleName(_tr("What changed since"))
        self.follow_up_text.setPlaceholderText(
            _tr("What did the actions change, for you, your team or the families you serve?")
        )
        self.follow_up_text.setTabChangesFocus(True)
        self.follow_up_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        # left to right, as they sit, so Tab reaches them in that order
        self.not_now = QPushButton(_tr("&Don't ask about this one"), self)
        self.not_now.clicked.connect(self._dismiss_follow_up)
        self.save_follow_up = QPushButton(_tr("&Save follow-up"), self)
        self.save_follow_up.clicked.connect(self._save_follow_up)
        follow_ups = QGroupBox(_tr("What changed since?"), self)
        column = QVBoxLayout(follow_ups)
        column.addWidget(self.follow_up_list)
        column.addWidget(self.follow_up_question)
        column.addWidget(self.follow_up_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        buttons.addWidget(self.save_follow_up)
        column.addLayout(buttons)

        self.cpd_label = plain_label(QLabel(self))
        self.cpd_label.setWordWrap(True)
        self.appraisal_label = plain_label(QLabel(self))
        self.appraisal_label.setWordWrap(True)
        dates = QGroupBox(_tr("Deadlines"), self)
        dates_column = QVBoxLayout(dates)
        dates_column.addWidget(self.cpd_label)
        dates_column.addWidget(self.appraisal_label)
        self.private_note = QLabel(
            _tr("Only you see this: nothing here is sent to a calendar or a notification."), self
        )
        self.private_note.setWordWrap(True)
        make_muted(self.private_note)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(actions, 1)
        row.addWidget(follow_ups, 1)
        layout.addLayout(row, 1)
        layout.addWidget(dates)
        layout.addWidget(self.private_note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the lists and buttons are the stops
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setItemDelegate(RoomyDelegate(widget))
        widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        return widget

    # -- showing ------------------------------------------------------------------------

    def refresh(self, week: ThisWeek | None = None) -> None:
        """Work the week out again (after an unlock, or when something was saved), or show
        ``week`` when the caller has just worked it out (the window does at unlock)."""
        try:
            if week is None:
                unlocked = self._unlocked
                week = this_week(unlocked.journal, unlocked.appraisals(), self._today())
            self.week = week
        except JournalError as error:
            show_message(self.problem, str(error))
            return
        show_message(self.problem, "")
        week = self.week
        self.summary.setText(self._summary(week))
        self.actions_list.clear()
        for due in (*week.overdue, *week.due_soon):
            self.actions_list.addItem(self._action_item(due))
        if not (week.overdue or week.due_soon):
            self.actions_list.addItem(_tr("Nothing is due this week."))
        self._waiting = list(week.follow_ups)
        self.follow_up_list.blockSignals(True)
        self.follow_up_list.clear()
        for waiting in self._waiting:
            self.follow_up_list.addItem(
                f"{waiting.entry_title}\n{format_uk_date(waiting.event_date)}"
            )
        self.follow_up_list.blockSignals(False)
        if not self._waiting:
            self.follow_up_list.addItem(_tr("No follow-ups are waiting."))
        has_follow_ups = bool(self._waiting)
        for widget in (self.follow_up_text, self.save_follow_up, self.not_now):
            widget.setEnabled(has_follow_ups)
        self.follow_up_question.setVisible(has_follow_ups)
        if has_follow_ups:
            self.follow_up_list.setCurrentRow(0)
            self._follow_up_chosen(0)
        self.cpd_label.setText(
            _tr("Social Work England CPD: %1").replace("%1", render(week.cpd.shortfall_in_words))
        )
        if week.appraisal_date is not None:
            days = (week.appraisal_date - week.today).days
            self.appraisal_label.setText(
                _tr("Your appraisal meeting is on %1 (%2).")
                .replace("%1", format_uk_date(week.appraisal_date))
                .replace(
                    "%2",
                    plural(CONTEXT, "in %n day(s)", days) if days else _tr("today"),
                )
            )
        else:
            self.appraisal_label.setText(
                _tr("No appraisal meeting date is set (set it in the Appraisal view).")
            )

    def _summary(self, week: ThisWeek) -> str:
        if week.nothing_to_do:
            return _tr("Nothing needs you this week. Write when something is on your mind.")
        parts = []
        if week.overdue:
            parts.append(plural(CONTEXT, "%n action(s) overdue", len(week.overdue)))
        if week.due_soon:
            parts.append(plural(CONTEXT, "%n due this week", len(week.due_soon)))
        if week.follow_ups:
            parts.append(plural(CONTEXT, "%n follow-up(s) waiting", len(week.follow_ups)))
        return ", ".join(parts) + "."

    def _action_item(self, due: DueAction) -> QListWidgetItem:
        when = format_uk_date(due.action.due_date) if due.action.due_date else ""
        status = (_tr("Overdue since %1") if due.overdue else _tr("Due %1")).replace("%1", when)
        item = QListWidgetItem(f"{due.action.text}\n{status} · {due.entry_title}")
        item.setData(Qt.ItemDataRole.UserRole, due.entry_id)
        return item

    def _open_item(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        if entry_id:
            self.open_entry_requested.emit(str(entry_id))

    def _follow_up_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._waiting):
            return
        waiting = self._waiting[row]
        self.follow_up_question.setText(
            _tr("On %1 you wrote “%2” and planned actions. What changed since?")
            .replace("%1", format_uk_date(waiting.event_date))
            .replace("%2", waiting.entry_title)
        )
        self.follow_up_text.clear()

    # -- answering ----------------------------------------------------------------------

    def _chosen_follow_up(self) -> FollowUpDue | None:
        row = self.follow_up_list.currentRow()
        return self._waiting[row] if 0 <= row < len(self._waiting) else None

    def _save_follow_up(self) -> None:
        chosen = self._chosen_follow_up()
        if chosen is None:
            return
        try:
            self._follow_ups.write(
                chosen.entry_id, self.follow_up_text.toPlainText(), self._today()
            )
        except JournalError as error:
            show_message(self.problem, str(error))
            return
        self.refresh()

    def _dismiss_follow_up(self) -> None:
        chosen = self._chosen_follow_up()
        if chosen is None:
            return
        try:
            self._follow_ups.dismiss(chosen.entry_id, self._today())
        except JournalError as error:
            show_message(self.problem, str(error))
            return
        self.refresh()
