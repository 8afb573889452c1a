"""A new passphrase typed twice, with a strength meter: used by first run, recovery and
changing the passphrase. The rules themselves live in :mod:`journal_app.core.passphrase`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInputError
from journal_app.core.passphrase import (
    MIN_LENGTH,
    Strength,
    WeakPassphraseError,
    check_passphrase,
    estimate_strength,
)
from journal_app.ui.plain_text import plain_label
from journal_app.ui.theme import GRID


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseFields", text)


def password_edit(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit that hides what is typed and never offers it to other programs."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setClearButtonEnabled(False)
    edit.setMinimumWidth(GRID * 40)
    return edit


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Secondary text in the muted colour, wrapping; plain text (it can quote a title)."""
    label = plain_label(QLabel(text, parent))
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A message in the error colour; empty (and hidden from screen readers) until used.

    Plain text: a message can quote what was typed or a file's name.
    """
    label = plain_label(QLabel(parent))
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.setAccessibleName(_tr("Problem"))
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    plain_label(label).setText(text)
    label.setVisible(bool(text))


class PassphraseFields(QWidget):
    """New passphrase, confirmation, show/hide, strength meter and a message line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str = "") -> None:
        super().__init__(parent)
        self.first = password_edit(self.tr("New passphrase"), self)
        self.second = password_edit(self.tr("Type the passphrase again"), self)
        self.show_text = QCheckBox(self.tr("&Show passphrase"), self)
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setProperty("role", "strength")
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = hint_label(parent=self)
        self.message = error_label(self)

        form = self.form = QFormLayout()
        form.setSpacing(GRID)
        form.addRow(label or self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Type it again:"), self.second)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.strength)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        layout.addLayout(form)
        layout.addWidget(self.message)

        self.first.textChanged.connect(self._on_changed)
        # The estimate depends only on the first field: typing the confirmation does not
        # re-run zxcvbn (a few to tens of milliseconds a keystroke).
        self.second.textChanged.connect(self._on_confirmation_changed)
        self.show_text.toggled.connect(self._on_show)
        self._on_changed()

    def insert_row(self, label: str, field: QWidget) -> None:
        """Put another field (the current passphrase, a recovery key) first, aligned."""
        self.form.insertRow(0, label, field)
        QWidget.setTabOrder(field, self.first)

    def passphrase(self) -> str:
        return self.first.text()

    def confirmation(self) -> str:
        return self.second.text()

    def check(self) -> bool:
        """Whether the passphrase meets the rules; if not, the message says why."""
        try:
            check_passphrase(self.passphrase(), self.confirmation())
        except WeakPassphraseError as error:
            self.show_error(
                self.tr("That passphrase would be too easy to guess.")
                + " "
                + self.advice_words(error.strength)
            )
            return False
        except InvalidInputError as error:
            self.show_error(str(error))
            return False
        self.show_error("")
        return True

    def show_error(self, text: str) -> None:
        show_message(self.message, text)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _on_show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _on_changed(self) -> None:
        # The same estimate check_passphrase() decides by, so the meter never calls good what
        # the button will refuse.
        strength = estimate_strength(self.passphrase())
        self.meter.setValue(strength.score)
        self.meter.setProperty("weak", not strength.acceptable)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.strength.setText(self._strength_words(strength))
        self.meter.setAccessibleDescription(self.strength.text())
        self._on_confirmation_changed()

    def _on_confirmation_changed(self) -> None:
        if self.message.isVisible() and self.passphrase():
            self.show_error("")
        self.changed.emit()

    def _strength_words(self, strength: Strength) -> str:
        if not self.passphrase():
            return self.tr(
                "At least %n characters. Four unrelated words work well.", "", MIN_LENGTH
            )
        if strength.score == 0:
            return self.tr("Too short: use at least %n characters.", "", MIN_LENGTH)
        if strength.acceptable:
            if strength.score >= 4:
                return self.tr("Strong: very hard to guess.")
            return self.tr("Good: hard to guess.")
        label = self.tr("Weak:") if strength.score <= 1 else self.tr("Not strong enough yet:")
        return label + " " + self.advice_words(strength)

    def advice_words(self, strength: Strength) -> str:
        """The estimate's advice in words, one sentence each (from the message catalogue,
        which the CLI's advice comes from too)."""
        return strength.text
