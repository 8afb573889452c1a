"""One reflection as the boxes of Social Work England's online CPD form, each with "Copy".

Social Work England takes a CPD record only through its website, one box at a time, so each
field is shown on its own, read-only, with a Copy button and a "Copied" confirmation. The
fields come from :meth:`ExportService.cpd_copy` as plain text (the website shows Markdown
marks as they are). Anything copied from here is cleared from the clipboard when the window
closes, if it is still there, so a reflection does not linger for other programs.

:func:`attach_cpd_button` puts "Copy for SWE…" in the editor's header for
reflections written with the CPD record model; the journal view calls it once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.cpd import CPD_TEMPLATE_ID
from journal_app.core.errors import JournalError
from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.plain_text import plain_label, warn
from journal_app.ui.screen_fit import size_within_screen
from journal_app.ui.theme import GRID, make_heading

if TYPE_CHECKING:
    from journal_app.services.exporters.cpd_view import CpdField, CpdRecord
    from journal_app.services.privacy import EntryFindings
    from journal_app.ui.app_context import UnlockedJournal

COPIED_MS = 2500
BOX_TEXT_WIDTH = 600  # px of text in a field box at the dialog's usual width
ONE_LINE_FIELDS = ("activity_date",)
MAX_FINDINGS_SHOWN = 6


class CpdDialog(QDialog):
    """The six CPD form fields of one reflection, each read-only with its own Copy button.

    Raises :class:`JournalError` (before showing anything) if the reflection cannot be read.
    """

    def __init__(
        self, unlocked: UnlockedJournal, entry_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Here, not at the top: the export service loads the PDF library (half a second),
        # and the journal view attaches this dialog's button as it opens.
        from journal_app.services.export_service import ExportService

        service = ExportService(unlocked.journal, unlocked.catalogue)
        self.record: CpdRecord
        self.findings: EntryFindings
        self.record, self.findings = service.cpd_copy(entry_id)
        self.copy_buttons: dict[str, QPushButton] = {}
        self.boxes: dict[str, QWidget] = {}
        self._copied: set[str] = set()
        title = self.tr("Copy for Social Work England")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if parent is not None:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build(title)
        self.resize(size_within_screen(self, QSize(GRID * 90, GRID * 90)))

    def _build(self, title: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        heading = QLabel(title, self)
        make_heading(heading, 1.3)
        layout.addWidget(heading)
        source = hint_label(
            self.tr("From your reflection “{title}”").format(title=self.record.entry_title), self
        )
        layout.addWidget(source)
        if self.findings.count:
            layout.addWidget(self._identifier_warning())
        layout.addWidget(self._intro())
        layout.addWidget(self._fields_area(), 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each registration year needs at least two CPD records, one of them with "
                    "peer reflection. When you close this window, anything you copied from it "
                    "is cleared from the clipboard."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        row.setSpacing(GRID * 2)
        self.status = plain_label(QLabel(self))  # names the field copied
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Copy confirmation"))
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        row.addWidget(self.status, 1)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def _identifier_warning(self) -> QLabel:
        """What the identifier check found, said before anything is copied out."""
        from journal_app.services.privacy import field_label

        found = [
            self.tr("“{text}” ({where})").format(
                text=finding.text, where=field_label(self.findings.entry, field)
            )
            for field, findings in self.findings.by_field.items()
            for finding in findings
        ]
        shown = "; ".join(found[:MAX_FINDINGS_SHOWN])
        if len(found) > MAX_FINDINGS_SHOWN:
            shown += self.tr("; and %n more", "", len(found) - MAX_FINDINGS_SHOWN)
        label = QLabel(
            self.tr(
                "Check before you paste: this reflection has words that could identify a "
                "child, family or person: {found}. Change them in the reflection (for example "
                "to “Child A”), then open this again."
            ).format(found=shown),
            self,
        )
        plain_label(label)  # it quotes the reflection's words and section titles
        label.setWordWrap(True)
        label.setObjectName("identifierWarning")
        label.setAccessibleName(self.tr("Identifying details found"))
        label.setStyleSheet(
            "QLabel#identifierWarning { border: 1px solid palette(highlight); "
            f"border-radius: 4px; padding: {GRID}px; font-weight: bold; }}"
        )
        return label

    def _intro(self) -> QLabel:
        text = self.tr(
            "Social Work England's website takes your CPD record one box at a time. Sign in "
            "there, then copy each part below in turn and paste it into the matching box."
        )
        if not self.record.from_cpd_template:
            text += " " + self.tr(
                "This reflection was not written with the CPD record model, so some parts are "
                "taken from its nearest sections: read them before you paste."
            )
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _fields_area(self) -> QScrollArea:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, GRID, 0)
        column.setSpacing(GRID * 2)
        for number, field in enumerate(self.record.fields, start=1):
            column.addLayout(self._field_block(number, field, content))
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons and fields are the stops
        area.setWidget(content)
        return area

    def _field_block(self, number: int, field: CpdField, parent: QWidget) -> QVBoxLayout:
        block = QVBoxLayout()
        block.setSpacing(GRID // 2)
        header = QHBoxLayout()
        label = plain_label(QLabel(f"{number}. {self._label(field)}", parent))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        button = QPushButton(self.tr("Copy"), parent)
        button.setAccessibleName(self.tr("Copy {field}").format(field=self._label(field)))
        button.setEnabled(not field.is_empty)
        button.clicked.connect(lambda _checked=False, f=field: self.copy(f.key))
        self.copy_buttons[field.key] = button
        header.addWidget(label, 1)
        header.addWidget(button)
        block.addLayout(header)
        box = self._box(field, parent)
        label.setBuddy(box)
        self.boxes[field.key] = box
        block.addWidget(box)
        return block

    def _label(self, field: CpdField) -> str:
        labels = {
            "cpd_type": self.tr("Type of CPD"),
            "description": self.tr("Description and why it was relevant"),
            "activity_date": self.tr("Date of the activity"),
            "learning": self.tr("What I learnt"),
            "impact": self.tr("Impact on my practice and on people I work with"),
            "peer_reflection": self.tr("Peer reflection"),
        }
        return labels.get(field.key, field.label)

    def _box(self, field: CpdField, parent: QWidget) -> QWidget:
        empty = self.tr(
            "Nothing written for this yet. Add it to the reflection, then open this again."
        )
        if field.key in ONE_LINE_FIELDS:
            line = QLineEdit(field.text, parent)
            line.setReadOnly(True)
            line.setPlaceholderText(empty)
            line.setAccessibleName(self._label(field))
            line.setCursorPosition(0)  # a long date note shows its start, not its end
            return line
        box = QPlainTextEdit(parent)
        box.setPlainText(field.text)
        box.setReadOnly(True)
        box.setPlaceholderText(empty)
        box.setAccessibleName(self._label(field))
        box.setTabChangesFocus(True)
        metrics = box.fontMetrics()
        wrapped = sum(  # about how many lines the text wraps to at the dialog's width
            1 + metrics.horizontalAdvance(line) // BOX_TEXT_WIDTH
            for line in field.text.splitlines() or [""]
        )
        box.setFixedHeight(metrics.lineSpacing() * max(2, min(7, wrapped)) + GRID * 2)
        return box

    # -- copying -----------------------------------------------------------------------------

    def copy(self, key: str) -> None:
        """Put one field on the clipboard and say so, on the button and below the fields."""
        field = self.record.field(key)
        QGuiApplication.clipboard().setText(field.text)
        self._copied.add(field.text)
        button = self.copy_buttons[key]
        button.setText(self.tr("Copied ✓"))
        QTimer.singleShot(COPIED_MS, button, lambda: button.setText(self.tr("Copy")))
        self.status.setText(
            self.tr(
                "“{field}” is copied. Paste it into the matching box on the Social Work "
                "England website."
            ).format(field=self._label(field))
        )

    def done(self, code: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() in self._copied:
            clipboard.clear()
        self._copied.clear()
        super().done(code)


# -- the editor hook -------------------------------------------------------------------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("CpdDialog", text)


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout, at any depth under ``layout``, that holds ``widget``."""
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


def attach_cpd_button(view: Any, unlocked: UnlockedJournal) -> QPushButton:
    """Add "Copy for SWE…" (Social Work England) beside the editor's "Move to trash" button.

    ``view`` is the journal view (its ``editor`` and ``flush()`` are used). The button shows
    only while the reflection uses the CPD record model; clicking saves it first, so the
    fields are what the user sees.
    """
    editor = view.editor
    anchor = editor.trash_button
    # Short, so it keeps its words beside "Move to trash" in the narrowest editor (at 150%
    # the full name was cut to "' for Social Work Engla"); the tooltip and the name read out
    # by screen readers say it in full.
    button = QPushButton(_tr("Copy for SWE…"), anchor.parentWidget())
    button.setAccessibleName(_tr("Copy for Social Work England"))
    button.setToolTip(
        _tr(
            "Copy for Social Work England: each part of this CPD record, ready to paste "
            "into Social Work England's website"
        )
    )
    header = _layout_holding(anchor.parentWidget().layout(), anchor)
    if header is not None:
        header.insertWidget(header.indexOf(anchor), button)

    def update() -> None:
        button.setVisible(editor.template_combo.currentData() == CPD_TEMPLATE_ID)

    editor.template_combo.currentIndexChanged.connect(lambda _index: update())
    button.clicked.connect(lambda _checked=False: _open_cpd(view, unlocked, button))
    update()
    return button


def _open_cpd(view: Any, unlocked: UnlockedJournal, button: QPushButton) -> None:
    editor = view.editor
    if not view.flush():
        return  # the editor shows why it could not save
    if editor.in_trash or editor.entry_id is None:
        message = (
            _tr("This reflection is in the trash. Restore it first.")
            if editor.in_trash
            else _tr("Write something in this CPD record first.")
        )
        QMessageBox.information(button, _tr("Copy for Social Work England"), message)
        return
    try:
        dialog = CpdDialog(unlocked, editor.entry_id, button.window())
    except JournalError as error:
        warn(button, _tr("Copy for Social Work England"), str(error))
        return
    dialog.exec()
