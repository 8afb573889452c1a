"""Objectives: last period's, reviewed now, and the plan for the next period.

Last period's objectives are the plan of the workspace before this one: each gets an
outcome (met, partly met, not met) and a note saying why. The plan is this period's list of
objectives, each linked to domains, with how and by when; an action or learning goal from a
reflection of the period can be added to it in one step.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.appraisal import Objective, ObjectiveOutcome
from journal_app.core.models import Action, EntryFilter
from journal_app.core.periods import format_uk_date
from journal_app.services.journal import JournalService
from journal_app.ui.appraisal.common import (
    DateField,
    Workspace,
    added_id,
    confirmed,
    describe_findings,
    editing_column,
    findings_label,
    read_date,
    reselect,
    tr,
)
from journal_app.ui.entries.style import RoomyDelegate, make_muted
from journal_app.ui.plain_text import plain_label


def outcome_words() -> dict[ObjectiveOutcome | None, str]:
    """The outcomes as a person reads them."""
    return {
        None: tr("Not reviewed yet"),
        ObjectiveOutcome.MET: tr("Met"),
        ObjectiveOutcome.PARTLY_MET: tr("Partly met"),
        ObjectiveOutcome.NOT_MET: tr("Not met"),
    }


def objective_line(objective: Objective) -> str:
    """One objective in a list: its text, then its date and outcome if any."""
    notes = []
    if objective.by_when is not None:
        notes.append(tr("by %1").replace("%1", format_uk_date(objective.by_when)))
    if objective.outcome is not None:
        notes.append(outcome_words()[objective.outcome])
    return objective.text + (f"\n{' · '.join(notes)}" if notes else "")


class ReviewPage(QWidget):
    """Last period's objectives, each with what became of it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._objectives: list[Objective] = []
        self.empty_label = plain_label(QLabel(self))
        self.empty_label.setWordWrap(True)
        make_muted(self.empty_label)
        self.objective_list = QListWidget(self)
        self.objective_list.setAccessibleName(tr("Last period's objectives"))
        self.objective_list.setWordWrap(True)
        self.objective_list.setItemDelegate(RoomyDelegate(self.objective_list))
        self.objective_list.currentRowChanged.connect(self._show)
        self.text_label = plain_label(QLabel(self))
        self.text_label.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(tr("Outcome"))
        for value, words in outcome_words().items():
            self.outcome.addItem(words, value)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(tr("Why"))
        self.note.setPlaceholderText(tr("What happened, and why?"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.findings = findings_label(self)
        self.note.textChanged.connect(
            lambda: describe_findings(self.findings, workspace.findings(self.note.toPlainText()))
        )
        self.save_button = QPushButton(tr("Save &review"), self)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        outcome_label = QLabel(tr("&Outcome"), self)
        outcome_label.setBuddy(self.outcome)
        note_label = QLabel(tr("&Why"), self)
        note_label.setBuddy(self.note)
        form.addRow(outcome_label, self.outcome)
        form.addRow(note_label, self.note)
        right = QVBoxLayout()
        right.addWidget(self.text_label)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.findings)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.editor = QWidget(self)
        self.editor.setLayout(right)
        row = QHBoxLayout()
        row.addWidget(self.objective_list, 1)
        row.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(row, 1)
        workspace.changed.connect(self._refresh)

    def _refresh(self) -> None:
        previous = self._workspace.previous
        self._objectives = list(previous.plan) if previous is not None else []
        if previous is None:
            self.empty_label.setText(
                tr(
                    "There is no appraisal before this one in your journal, so there are no "
                    "objectives to review. Next year, this period's plan will be here."
                )
            )
        elif not self._objectives:
            self.empty_label.setText(tr("The period before this one had no objectives planned."))
        else:
            self.empty_label.setText(
                tr("Objectives planned for %1. Say what became of each.").replace(
                    "%1", previous.period.label
                )
            )
        row = max(self.objective_list.currentRow(), 0)
        self.objective_list.blockSignals(True)
        self.objective_list.clear()
        for objective in self._objectives:
            self.objective_list.addItem(objective_line(objective))
        self.objective_list.blockSignals(False)
        self.objective_list.setVisible(bool(self._objectives))
        self.editor.setVisible(bool(self._objectives))
        if self._objectives:
            self.objective_list.setCurrentRow(min(row, len(self._objectives) - 1))
            self._show(self.objective_list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._objectives):
            return
        objective = self._objectives[row]
        self.text_label.setText(objective.text)
        self.outcome.setCurrentIndex(max(self.outcome.findData(objective.outcome), 0))
        self.note.setPlainText(objective.outcome_note)

    def save(self) -> bool:
        """Store the outcome and note of the objective shown."""
        previous = self._workspace.previous
        row = self.objective_list.currentRow()
        if previous is None or not 0 <= row < len(self._objectives):
            return True
        objective_id = self._objectives[row].id
        chosen = self.outcome.currentData()  # Qt hands back the enum's text, or None
        outcome = ObjectiveOutcome(chosen) if chosen else None
        note = self.note.toPlainText()
        return self._workspace.apply(
            lambda service: service.review_objective(previous.id, objective_id, outcome, note)
        )


class PlanPage(QWidget):
    """The development plan: objectives with domains, how and by when."""

    def __init__(
        self, workspace: Workspace, journal: JournalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._journal = journal
        self._editing = ""  # the id of the objective in the form; "" for a new one
        self._actions: list[Action] = []
        self._build()
        workspace.changed.connect(self._refresh)

    def _build(self) -> None:
        self.objective_list = QListWidget(self)
        self.objective_list.setAccessibleName(tr("Objectives in the plan"))
        self.objective_list.setWordWrap(True)
        self.objective_list.setItemDelegate(RoomyDelegate(self.objective_list))
        self.objective_list.currentRowChanged.connect(self._show)
        self.new_button = QPushButton(tr("&New objective"), self)
        self.new_button.clicked.connect(self._new)
        self.from_action = QComboBox(self)
        self.from_action.setAccessibleName(tr("An action from a reflection"))
        self.from_action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.from_action.setMinimumContentsLength(20)
        self.add_action_button = QPushButton(tr("&Add to plan"), self)
        self.add_action_button.setAccessibleDescription(
            tr("Adds the chosen action or learning goal as an objective, linked to it.")
        )
        self.add_action_button.clicked.connect(self._promote)

        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(tr("Objective"))
        self.text.setPlaceholderText(tr("What do you want to achieve?"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.how = QLineEdit(self)
        self.how.setAccessibleName(tr("How"))
        self.how.setPlaceholderText(tr("How will you go about it?"))
        self.by_when = DateField(self)
        self.by_when.setAccessibleName(tr("By when"))
        # real check boxes (not a list's check marks), so they take the theme's borders and
        # focus ring and each is its own stop for the keyboard and a screen reader
        self.domain_area = QScrollArea(self)
        self.domain_area.setWidgetResizable(True)
        self.domain_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its check boxes are the stops
        self.domain_area.setAccessibleName(tr("Domains this objective develops"))
        self.domain_boxes: list[QCheckBox] = []
        self.findings = findings_label(self)
        for signal in (self.text.textChanged, self.how.textChanged):
            signal.connect(self._check)
        self.save_button = QPushButton(tr("&Save objective"), self)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove)

        right = editing_column(
            self,
            (
                (tr("&Objective"), self.text),
                (tr("&How"), self.how),
                (tr("&By when"), self.by_when),
                (tr("Domains"), self.domain_area),
            ),
            self.findings,
            self.remove_button,
            self.save_button,
        )

        left = QGridLayout()
        left.addWidget(self.objective_list, 0, 0, 1, 2)
        left.addWidget(self.new_button, 1, 0, 1, 2)
        action_label = QLabel(tr("From a reflection:"), self)
        action_label.setBuddy(self.from_action)
        left.addWidget(action_label, 2, 0, 1, 2)
        left.addWidget(self.from_action, 3, 0)
        left.addWidget(self.add_action_button, 3, 1)
        left.setColumnStretch(0, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    # -- showing ------------------------------------------------------------------------

    def _refresh(self) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return
        plan = appraisal.plan
        self.objective_list.blockSignals(True)
        self.objective_list.clear()
        for objective in plan:
            self.objective_list.addItem(objective_line(objective))
        self.objective_list.blockSignals(False)
        self._fill_domains()
        self._fill_actions()
        reselect(
            self.objective_list,
            [o.id for o in plan],
            self._editing,
            not self.text.toPlainText().strip(),
            self._show,
            self._new,
        )

    def _fill_domains(self) -> None:
        framework = self._workspace.framework()
        holder = QWidget(self.domain_area)
        column = QVBoxLayout(holder)
        self.domain_boxes = []
        for domain in framework.domains if framework is not None else ():
            box = QCheckBox(f"{domain.code}. {domain.title}", holder)
            box.setProperty("domain_code", domain.code)
            column.addWidget(box)
            self.domain_boxes.append(box)
        column.addStretch(1)
        self.domain_area.setWidget(holder)  # the previous holder and its boxes are deleted
        # every domain in view where there is room (frameworks have 6 to 12), scrolling beyond
        room = self.fontMetrics().lineSpacing() * 14
        self.domain_area.setMinimumHeight(min(holder.sizeHint().height() + 4, room))
        # boxes made now would come after the buttons below them: put them in page order
        chain: list[QWidget] = [self.by_when, *self.domain_boxes, self.remove_button]
        for first, second in pairwise([*chain, self.save_button]):
            QWidget.setTabOrder(first, second)

    def _fill_actions(self) -> None:
        appraisal = self._workspace.appraisal
        self.from_action.clear()
        self._actions = []
        if appraisal is None:
            return
        planned = {o.from_action_id for o in appraisal.plan}
        period = appraisal.period
        for entry in self._journal.entries(
            EntryFilter(date_from=period.start, date_to=period.end)
        ):
            for action in entry.actions:
                if action.id and action.id not in planned and not action.is_done:
                    self._actions.append(action)
                    self.from_action.addItem(action.text, action.id)
        empty = not self._actions
        if empty:
            self.from_action.addItem(tr("No open actions in this period's reflections"))
        self.from_action.setEnabled(not empty)
        self.add_action_button.setEnabled(not empty)

    def _show(self, row: int) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None or not 0 <= row < len(appraisal.plan):
            return
        objective = appraisal.plan[row]
        self._editing = objective.id
        self.text.setPlainText(objective.text)
        self.how.setText(objective.how)
        self.by_when.set_value(objective.by_when)
        for box in self.domain_boxes:
            box.setChecked(box.property("domain_code") in objective.domain_codes)
        self.remove_button.setEnabled(True)

    def _new(self) -> None:
        self._editing = ""
        self.objective_list.clearSelection()
        self.text.clear()
        self.how.clear()
        self.by_when.clear()
        for box in self.domain_boxes:
            box.setChecked(False)
        self.remove_button.setEnabled(False)
        self.text.setFocus()

    def _check(self) -> None:
        text = self.text.toPlainText() + "\n" + self.how.text()
        describe_findings(self.findings, self._workspace.findings(text))

    # -- changing -----------------------------------------------------------------------

    def _ticked(self) -> tuple[str, ...]:
        return tuple(
            str(box.property("domain_code")) for box in self.domain_boxes if box.isChecked()
        )

    def save(self) -> bool:
        """Add the objective in the form, or store its changes."""
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return True
        ok, by_when = read_date(self.by_when, self._workspace.failed.emit)
        if not ok:
            return False
        objective = Objective(
            text=self.text.toPlainText(),
            domain_codes=self._ticked(),
            how=self.how.text(),
            by_when=by_when,
            id=self._editing,
        )
        if self._editing:
            kept = next((o for o in appraisal.plan if o.id == self._editing), None)
            if kept is not None:  # the review and the link to an action stay as they were
                objective = Objective(
                    objective.text,
                    objective.domain_codes,
                    objective.how,
                    objective.by_when,
                    kept.outcome,
                    kept.outcome_note,
                    kept.from_action_id,
                    kept.id,
                )
            return self._workspace.apply(lambda s: s.update_objective(appraisal.id, objective))
        known = {o.id for o in appraisal.plan}
        done = self._workspace.apply(lambda s: s.add_objective(appraisal.id, objective))
        if done and self._workspace.appraisal is not None:
            self._editing = added_id(known, [o.id for o in self._workspace.appraisal.plan])
            self._refresh()
        return done

    def _remove(self) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None or not self._editing:
            return
        question = tr("Remove this objective from the plan? This cannot be undone.")
        if not confirmed(self, tr("Remove objective"), question):
            return
        # the id stays in the form until the list is rebuilt (see the feedback page)
        objective_id = self._editing
        self._workspace.apply(lambda s: s.remove_objective(appraisal.id, objective_id))

    def _promote(self) -> None:
        appraisal = self._workspace.appraisal
        index = self.from_action.currentIndex()
        if appraisal is None or not 0 <= index < len(self._actions):
            return
        action = self._actions[index]
        self._workspace.apply(lambda s: s.promote_action(appraisal.id, action))
