"""Self-assessment: the person's own view of each domain, beside that domain's reflections.

The domains are listed with how many reflections of the period evidence each; choosing one
shows its summary, those reflections (double-click opens one) and two boxes: strengths and
what to develop. What is typed is saved when another domain is chosen or Save is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.frameworks import Domain
from journal_app.core.models import EntryFilter, Tag
from journal_app.services.journal import JournalService
from journal_app.ui.appraisal.common import (
    Workspace,
    describe_findings,
    findings_label,
    tr,
    tr_count,
)
from journal_app.ui.entries.style import RoomyDelegate, make_muted
from journal_app.ui.plain_text import plain_label


class SelfAssessmentPage(QWidget):
    """One domain at a time: its evidence on the left of the text, the person's view on it."""

    open_entry_requested = Signal(str)

    def __init__(
        self, workspace: Workspace, journal: JournalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._journal = journal
        self._domains: list[Domain] = []
        self._shown_code = ""
        self._build()
        workspace.changed.connect(self._refresh)

    def _build(self) -> None:
        self.domain_list = QListWidget(self)
        self.domain_list.setAccessibleName(tr("Domains"))
        self.domain_list.setWordWrap(True)
        self.domain_list.setItemDelegate(RoomyDelegate(self.domain_list))
        self.domain_list.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 28)
        self.domain_list.currentRowChanged.connect(self._domain_chosen)

        self.title_label = plain_label(QLabel(self))
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.summary_label = plain_label(QLabel(self))
        self.summary_label.setWordWrap(True)
        make_muted(self.summary_label)
        self.evidence_list = QListWidget(self)
        self.evidence_list.setAccessibleName(tr("Reflections evidencing this domain"))
        self.evidence_list.setAccessibleDescription(tr("Press Enter to open a reflection."))
        self.evidence_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.evidence_list.itemActivated.connect(
            lambda item: self.open_entry_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.strengths = QPlainTextEdit(self)
        self.strengths.setAccessibleName(tr("Strengths"))
        self.strengths.setPlaceholderText(tr("What went well in this domain this period?"))
        self.strengths.setTabChangesFocus(True)
        self.to_develop = QPlainTextEdit(self)
        self.to_develop.setAccessibleName(tr("What to develop"))
        self.to_develop.setPlaceholderText(tr("What would you like to develop next?"))
        self.to_develop.setTabChangesFocus(True)
        self.findings = findings_label(self)
        self.save_button = QPushButton(tr("&Save self-assessment"), self)
        self.save_button.clicked.connect(self.save)
        self.saved_label = plain_label(QLabel(self))
        make_muted(self.saved_label)
        for box in (self.strengths, self.to_develop):
            box.textChanged.connect(self._edited)

        strengths_label = QLabel(tr("S&trengths"), self)
        strengths_label.setBuddy(self.strengths)
        develop_label = QLabel(tr("What to &develop"), self)
        develop_label.setBuddy(self.to_develop)
        evidence_label = QLabel(tr("Reflections this period"), self)
        evidence_label.setBuddy(self.evidence_list)

        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.summary_label)
        right.addWidget(evidence_label)
        right.addWidget(self.evidence_list)
        right.addWidget(strengths_label)
        right.addWidget(self.strengths, 1)
        right.addWidget(develop_label)
        right.addWidget(self.to_develop, 1)
        right.addWidget(self.findings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.domain_list)
        layout.addLayout(right, 1)

    # -- showing ------------------------------------------------------------------------

    def _refresh(self) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return
        framework = self._workspace.framework()
        self._domains = list(framework.domains) if framework is not None else []
        chosen = max(self.domain_list.currentRow(), 0)
        self.domain_list.blockSignals(True)
        self.domain_list.clear()
        period = appraisal.period
        for domain in self._domains:
            count = self._journal.count(
                EntryFilter(
                    date_from=period.start,
                    date_to=period.end,
                    tag=Tag(appraisal.framework_id, domain.code),
                )
            )
            written = "✓ " if not appraisal.self_assessment(domain.code).is_empty else ""
            item = QListWidgetItem(
                f"{written}{domain.code}. {domain.title}\n" + tr_count("%n reflection(s)", count)
            )
            item.setData(Qt.ItemDataRole.UserRole, domain.code)
            self.domain_list.addItem(item)
        self.domain_list.blockSignals(False)
        if self._domains:
            self.domain_list.blockSignals(True)
            self.domain_list.setCurrentRow(min(chosen, len(self._domains) - 1))
            self.domain_list.blockSignals(False)
            shown = self._domains[self.domain_list.currentRow()]
            # a change made on another page must not wipe what is being typed here
            if shown.code != self._shown_code or not self._dirty():
                self._show(shown)

    def _domain_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._domains):
            return
        if self._dirty() and not self.save():
            return
        self._show(self._domains[row])

    def _show(self, domain: Domain) -> None:
        appraisal = self._workspace.appraisal
        if appraisal is None:
            return
        self._shown_code = domain.code
        self.title_label.setText(f"{domain.code}. {domain.title}")
        self.summary_label.setText(domain.summary)
        self.evidence_list.clear()
        period = appraisal.period
        tagged = self._journal.list(
            EntryFilter(
                date_from=period.start,
                date_to=period.end,
                tag=Tag(appraisal.framework_id, domain.code),
            ),
            limit=50,
        )
        for summary in tagged:
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.evidence_list.addItem(item)
        if not tagged:
            self.evidence_list.addItem(
                tr("No reflection evidences this domain in this period yet.")
            )
        current = appraisal.self_assessment(domain.code)
        for box, text in (
            (self.strengths, current.strengths),
            (self.to_develop, current.to_develop),
        ):
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)
        self.saved_label.clear()
        self._check()

    # -- saving -------------------------------------------------------------------------

    def _dirty(self) -> bool:
        appraisal = self._workspace.appraisal
        if appraisal is None or not self._shown_code:
            return False
        stored = appraisal.self_assessment(self._shown_code)
        typed = (self.strengths.toPlainText().strip(), self.to_develop.toPlainText().strip())
        return typed != (stored.strengths, stored.to_develop)

    def _edited(self) -> None:
        self.saved_label.setText(tr("Not saved yet"))
        self._check()

    def _check(self) -> None:
        text = self.strengths.toPlainText() + "\n" + self.to_develop.toPlainText()
        describe_findings(self.findings, self._workspace.findings(text))

    def save(self) -> bool:
        """Store what is typed for the domain shown; False when it was refused."""
        appraisal = self._workspace.appraisal
        if appraisal is None or not self._shown_code:
            return True
        code = self._shown_code
        done = self._workspace.apply(
            lambda service: service.set_self_assessment(
                appraisal.id,
                code,
                strengths=self.strengths.toPlainText(),
                to_develop=self.to_develop.toPlainText(),
            )
        )
        if done:
            self.saved_label.setText(tr("Saved"))
        return done
