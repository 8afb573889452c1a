"""Feedback received: short anonymised quotes, who gave them (a role), where and when.

The identifier check reads each quote as it is typed: feedback from a family is exactly
where a child's name slips in.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.appraisal import Feedback, FeedbackSource
from journal_app.core.periods import format_uk_date
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
from journal_app.ui.entries.style import RoomyDelegate


def source_words() -> dict[FeedbackSource, str]:
    """Who gave feedback, as a person reads it."""
    return {
        FeedbackSource.SUPERVISEE: tr("A supervisee"),
        FeedbackSource.COLLEAGUE: tr("A colleague"),
        FeedbackSource.MANAGER: tr("A manager"),
        FeedbackSource.FAMILY: tr("A family member"),
        FeedbackSource.CHILD_OR_YOUNG_PERSON: tr("A child or young person"),
        FeedbackSource.PARTNER_AGENCY: tr("A partner agency"),
        FeedbackSource.OTHER: tr("Someone else"),
    }


class FeedbackPage(QWidget):
    """The quotes of the period, and a form to add or change one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._editing = ""
        self._build()
        workspace.changed.connect(self._refresh)

    def _build(self) -> None:
        self.quote_list = QListWidget(self)
        self.quote_list.setAccessibleName(tr("Feedback received"))
        self.quote_list.setWordWrap(True)
        self.quote_list.setItemDelegate(RoomyDelegate(self.quote_list))
        self.quote_list.currentRowChanged.connect(self._show)
        self.new_button = QPushButton(tr("&New feedback"), self)
        self.new_button.clicked.connect(self._new)
        self.quote = QPlainTextEdit(self)
        self.quote.setAccessibleName(tr("What they said"))
        self.quote.setPlaceholderText(tr("A short quote. Leave out names: say who by their role."))
        self.quote.setTabChangesFocus(True)
        self.quote.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.source = QComboBox(self)
        self.source.setAccessibleName(tr("Who said it"))
        for value, words in source_words().items():
            self.source.addItem(words, value)
        self.context = QLineEdit(self)
        self.context.setAccessibleName(tr("Where"))
        self.context.setPlaceholderText(tr("For example: end-of-year supervision survey"))
        self.received_on = DateField(self)
        self.received_on.setAccessibleName(tr("When"))
        self.findings = findings_label(self)
        self.quote.textChanged.connect(self._check)
        self.context.textChanged.connect(self._check)
        self.save_button = QPushButton(tr("&Save feedback"), self)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove)

        right = editing_column(
            self,
            (
                (tr("What they &said"), self.quote),
                (tr("&Who"), self.source),
                (tr("Whe&re"), self.context),
                (tr("Wh&en"), self.received_on),
            ),
            self.findings,
            self.remove_button,
            self.save_button,
        )
        left = QVBoxLayout()
        left.addWidget(self.quote_list, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _refresh(self) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return
        words = source_words()
        self.quote_list.blockSignals(True)
        self.quote_list.clear()
        for item in appraisal.feedback:
            said = [words[item.source]]
            if item.received_on is not None:
                said.append(format_uk_date(item.received_on))
            self.quote_list.addItem(f"“{item.quote}”\n{', '.join(said)}")
        self.quote_list.blockSignals(False)
        reselect(
            self.quote_list,
            [f.id for f in appraisal.feedback],
            self._editing,
            not self.quote.toPlainText().strip(),
            self._show,
            self._new,
        )

    def _show(self, row: int) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None or not 0 <= row < len(appraisal.feedback):
            return
        item = appraisal.feedback[row]
        self._editing = item.id
        self.quote.setPlainText(item.quote)
        self.source.setCurrentIndex(max(self.source.findData(item.source), 0))
        self.context.setText(item.context)
        self.received_on.set_value(item.received_on)
        self.remove_button.setEnabled(True)

    def _new(self) -> None:
        self._editing = ""
        self.quote_list.clearSelection()
        self.quote.clear()
        self.source.setCurrentIndex(0)
        self.context.clear()
        self.received_on.clear()
        self.remove_button.setEnabled(False)
        self.quote.setFocus()

    def _check(self) -> None:
        text = self.quote.toPlainText() + "\n" + self.context.text()
        describe_findings(self.findings, self._workspace.findings(text))

    def save(self) -> bool:
        """Add the quote in the form, or store its changes."""
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return True
        ok, received = read_date(self.received_on, self._workspace.failed.emit)
        if not ok:
            return False
        item = Feedback(
            self.quote.toPlainText(),
            FeedbackSource(self.source.currentData()),  # Qt hands back the enum's text
            self.context.text(),
            received,
            self._editing,
        )
        if self._editing:
            return self._workspace.apply(lambda s: s.update_feedback(appraisal.id, item))
        known = {f.id for f in appraisal.feedback}
        done = self._workspace.apply(lambda s: s.add_feedback(appraisal.id, item))
        if done and self._workspace.appraisal is not None:
            self._editing = added_id(known, [f.id for f in self._workspace.appraisal.feedback])
            self._refresh()
        return done

    def _remove(self) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None or not self._editing:
            return
        question = tr("Remove this feedback? This cannot be undone.")
        if not confirmed(self, tr("Remove feedback"), question):
            return
        # the id stays in the form until the list is rebuilt: the rebuild then sees it gone
        # and shows the next quote, instead of keeping the removed one's words as if new
        feedback_id = self._editing
        self._workspace.apply(lambda s: s.remove_feedback(appraisal.id, feedback_id))
