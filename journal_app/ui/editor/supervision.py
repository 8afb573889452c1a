"""The supervision context of a reflection: kind of session, how long, and the other role."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from journal_app.core.limits import MAX_ROLE, MAX_SESSION_MINUTES
from journal_app.core.models import SessionKind, SupervisionContext
from journal_app.ui.entries.style import make_muted

#: the kinds of session as the window names them (marked here for the translation sources;
#: core's SESSION_KIND_LABELS are the same words for files and the PDF)
SESSION_KIND_WORDS: dict[SessionKind, object] = {
    SessionKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("SessionKind", "1:1 supervision"),
    SessionKind.GROUP: QT_TRANSLATE_NOOP("SessionKind", "Group supervision"),
    SessionKind.PEER: QT_TRANSLATE_NOOP("SessionKind", "Peer supervision"),
    SessionKind.REFLECTIVE_CASE_DISCUSSION: QT_TRANSLATE_NOOP(
        "SessionKind", "Reflective case discussion"
    ),
    SessionKind.LEADERSHIP_MEETING: QT_TRANSLATE_NOOP(
        "SessionKind", "Leadership or management meeting"
    ),
    SessionKind.TRAINING: QT_TRANSLATE_NOOP("SessionKind", "Training"),
    SessionKind.OTHER: QT_TRANSLATE_NOOP("SessionKind", "Other"),
}


def session_kind_label(kind: SessionKind) -> str:
    """The translated label of a session kind."""
    return QCoreApplication.translate("SessionKind", str(SESSION_KIND_WORDS[kind]))


class SupervisionPanel(QWidget):
    """Session kind, duration in minutes and the other party's role (never a name)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.kind.addItem(self.tr("Not about a session"), None)
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind.value)
        self.duration = QSpinBox(self)
        self.duration.setAccessibleName(self.tr("Length of the session in minutes"))
        self.duration.setRange(0, MAX_SESSION_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.duration.setSuffix(self.tr(" minutes"))
        self.role = QLineEdit(self)
        self.role.setAccessibleName(self.tr("Role of the other person"))
        self.role.setPlaceholderText(self.tr("For example: newly qualified social worker"))
        self.role.setMaxLength(MAX_ROLE)
        hint = QLabel(self.tr("A role, never a name."), self)
        make_muted(hint)
        self.role.setAccessibleDescription(hint.text())

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Session:"), self.kind)
        form.addRow(self.tr("&Length:"), self.duration)
        form.addRow(self.tr("&Other person's role:"), self.role)
        form.addRow("", hint)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.duration.valueChanged.connect(self.changed)
        self.role.textEdited.connect(self.changed)
        self._kind_changed(emit=False)

    def focus_order(self) -> list[QWidget]:
        return [self.kind, self.duration, self.role]

    def _kind_changed(self, *_args: object, emit: bool = True) -> None:
        enabled = self.kind.currentData() is not None
        self.duration.setEnabled(enabled)
        self.role.setEnabled(enabled)
        if emit:
            self.changed.emit()

    def set_context(self, context: SupervisionContext | None) -> None:
        for widget in (self.kind, self.duration, self.role):
            widget.blockSignals(True)
        value = context.session_kind.value if context is not None else None
        self.kind.setCurrentIndex(0 if value is None else max(0, self.kind.findData(value)))
        self.duration.setValue(context.duration_minutes or 0 if context else 0)
        self.role.setText(context.other_party_role if context else "")
        for widget in (self.kind, self.duration, self.role):
            widget.blockSignals(False)
        self._kind_changed(emit=False)

    def context(self) -> SupervisionContext | None:
        value = self.kind.currentData()
        if value is None:
            return None
        minutes = self.duration.value()
        return SupervisionContext(
            session_kind=SessionKind(value),
            duration_minutes=minutes or None,
            other_party_role=" ".join(self.role.text().split()),
        )

    def set_read_only(self, read_only: bool) -> None:
        self.kind.setEnabled(not read_only)
        self.role.setReadOnly(read_only)
        self.duration.setReadOnly(read_only)
