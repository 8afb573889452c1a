"""What the workspace's pages share: the appraisal being prepared, and small form parts.

Every change goes through :class:`Workspace.apply`, which calls the appraisal service, keeps
the result and tells every page; a refusal is shown in words and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.appraisal import Appraisal
from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.frameworks import Framework
from journal_app.core.identifiers import Finding, find_identifiers
from journal_app.core.periods import Period, format_uk_date, parse_uk_or_iso_date
from journal_app.services.appraisals import Appraisals
from journal_app.services.protected_names import ProtectedNames
from journal_app.ui.entries.style import make_muted
from journal_app.ui.plain_text import plain_label
from journal_app.ui.plurals import plural

CONTEXT = "AppraisalWorkspace"


def tr(text: str) -> str:
    """``text`` translated in the workspace's one translation context."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_count(text: str, count: int) -> str:
    """A phrase with a number, in Qt's plural forms: ``tr_count("%n reflection(s)", n)``."""
    return plural(CONTEXT, text, count)


class Workspace(QObject):
    """The appraisal workspace on screen and the one before it (whose plan is reviewed)."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        appraisals: Appraisals,
        catalogue: Catalogue,
        protected: ProtectedNames,
        parent: QObject | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.service = appraisals
        self.catalogue = catalogue
        self._protected = protected
        self._today = today
        self.appraisal: Appraisal | None = None
        self.previous: Appraisal | None = None

    def open(self, period: Period, framework_id: str) -> None:
        """Show the workspace for ``period`` (made now if it is the first visit)."""
        try:
            found = self.service.find(period) or self.service.start(period, framework_id)
            self.appraisal = found
            self.previous = self.service.previous(found)
        except JournalError as error:
            self.failed.emit(str(error))
            return
        self.changed.emit()

    def apply(self, change: Callable[[Appraisals], Appraisal]) -> bool:
        """Run one change through the service; False (with the reason shown) if refused."""
        try:
            result = change(self.service)
        except JournalError as error:
            self.failed.emit(str(error))
            return False
        if self.previous is not None and result.id == self.previous.id:
            self.previous = result
        else:
            self.appraisal = result
        self.changed.emit()
        return True

    def framework(self) -> Framework | None:
        """The framework the workspace is prepared against (None if no longer installed)."""
        if self.appraisal is None:
            return None
        try:
            return self.catalogue.framework(self.appraisal.framework_id)
        except JournalError:
            return None

    def findings(self, text: str) -> tuple[Finding, ...]:
        """What in ``text`` could identify someone (the person's protected names included)."""
        if not text.strip():
            return ()
        try:
            matcher = self._protected.matcher()
        except JournalError:
            matcher = None
        return find_identifiers(text, today=self._today(), protected=matcher)


class DateField(QLineEdit):
    """A date typed as people write it ("1 October 2026", "01/10/2026"), or left empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("For example 1 October 2026"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("30 September 2026") * 2)

    def value(self) -> date | None:
        """The date typed, None when empty; InvalidInputError says why a text is no date."""
        text = self.text().strip()
        return None if not text else parse_uk_or_iso_date(text)

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else format_uk_date(value))


def read_date(field: DateField, failed: Callable[[str], object]) -> tuple[bool, date | None]:
    """``(True, date)`` when the field holds a date or nothing, else ``(False, None)`` with
    the reason given to ``failed``."""
    try:
        return True, field.value()
    except InvalidInputError as error:
        failed(str(error))
        return False, None


def findings_label(parent: QWidget) -> QLabel:
    """A line under a text box that says what in it could identify someone."""
    label = plain_label(QLabel(parent))
    label.setWordWrap(True)
    make_muted(label)
    return label


def editing_column(
    owner: QWidget,
    rows: tuple[tuple[str, QWidget], ...],
    findings: QLabel,
    remove_button: QPushButton,
    save_button: QPushButton,
) -> QVBoxLayout:
    """The right-hand side of a page that edits one item of a list: a form of ``rows``
    (each label is its field's buddy, so its shortcut key reaches the field), then what
    could identify someone, then Remove on the left and Save on the right."""
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text, owner)
        label.setBuddy(widget)
        form.addRow(label, widget)
    buttons = QHBoxLayout()
    buttons.addWidget(remove_button)
    buttons.addStretch(1)
    buttons.addWidget(save_button)
    column = QVBoxLayout()
    column.addLayout(form)
    column.addStretch(1)
    column.addWidget(findings)
    column.addLayout(buttons)
    return column


def describe_findings(label: QLabel, findings: tuple[Finding, ...]) -> None:
    """Fill ``label`` with the findings in words (hidden when there are none)."""
    if not findings:
        label.clear()
        label.hide()
        return
    shown = "; ".join(f"“{f.text}”: {f.reason}" for f in findings[:3])
    more = len(findings) - 3
    text = tr("This may identify someone: %1.").replace("%1", shown)
    if more > 0:
        text += " " + tr_count("And %n more.", more)
    label.setText(text)
    label.show()


def reselect(
    items: QListWidget,
    ids: list[str],
    editing: str,
    form_is_empty: bool,
    show: Callable[[int], None],
    start_new: Callable[[], None],
) -> None:
    """After a list of objectives or quotes is rebuilt: show again the one in the form; if
    it went (or the form is empty), the first one or an empty form; a new one being typed
    is kept as it is."""
    if editing in ids:
        items.setCurrentRow(ids.index(editing))
        show(ids.index(editing))
    elif editing or form_is_empty:
        if ids:
            items.setCurrentRow(0)
            show(0)
        else:
            start_new()


def added_id(before: set[str], after: list[str]) -> str:
    """The id a change added to a list that held ``before`` ("" if none)."""
    return next((item_id for item_id in after if item_id not in before), "")


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Whether the person said yes to removing something that cannot be brought back."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
