"""Writing areas: a plain-text box that grows with its text, and the Markdown body.

The body is Markdown typed as plain text; the small toolbar only inserts the Markdown marks
(``**bold**``, ``*italic*``, ``## heading``, ``- bullet``) so what is stored is what is seen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

MIN_LINES = 3
MAX_LINES = 40


class GrowingTextEdit(QPlainTextEdit):
    """A QPlainTextEdit as tall as its text (within limits), so a page scrolls as one."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = MIN_LINES) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as in a form
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(self._grow)
        self.textChanged.connect(self._grow)

    def _lines(self) -> int:
        lines = 0
        block = self.document().begin()
        while block.isValid():
            lines += max(1, block.layout().lineCount() if block.layout() else 1)
            block = block.next()
        return max(lines, self._min_lines)

    def _wanted_height(self) -> int:
        line = self.fontMetrics().lineSpacing()
        lines = min(self._lines(), MAX_LINES)
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        return lines * line + frame + 4

    def _grow(self, *_args: object) -> None:
        height = self._wanted_height()
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._wanted_height())

    def resizeEvent(self, event: object) -> None:  # re-wrap changes the line count
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._grow()


# -- Markdown marks ----------------------------------------------------------------------


def wrap_selection(edit: QPlainTextEdit, mark: str) -> None:
    """Surround the selection with ``mark`` (or remove it when already there)."""
    cursor = edit.textCursor()
    selected = cursor.selectedText()
    cursor.beginEditBlock()
    if selected.startswith(mark) and selected.endswith(mark) and len(selected) >= 2 * len(mark):
        cursor.insertText(selected[len(mark) : -len(mark)])
    elif selected:
        cursor.insertText(f"{mark}{selected}{mark}")
    else:
        cursor.insertText(mark * 2)
        cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def toggle_line_prefix(edit: QPlainTextEdit, prefix: str) -> None:
    """Add ``prefix`` to the start of every selected line, or remove it if all have it."""
    cursor = edit.textCursor()
    document = edit.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = []
    block = first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    remove = all(b.text().startswith(prefix) for b in blocks)
    cursor.beginEditBlock()
    for block in blocks:
        line = QTextCursor(block)
        if remove:
            line.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
            )
            line.removeSelectedText()
        else:
            line.insertText(prefix)
    cursor.endEditBlock()


class MarkdownBody(QWidget):
    """The body of a reflection: a formatting toolbar over a growing Markdown text box."""

    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = GrowingTextEdit(self, min_lines=6)
        self.edit.setAccessibleName(self.tr("Reflection text"))
        self.edit.textChanged.connect(self.text_changed)
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))
        self._add(
            self.tr("Bold"),
            "B",
            QKeySequence.StandardKey.Bold,
            lambda: wrap_selection(self.edit, "**"),
            bold=True,
        )
        self._add(
            self.tr("Italic"),
            "I",
            QKeySequence.StandardKey.Italic,
            lambda: wrap_selection(self.edit, "*"),
            italic=True,
        )
        self._add(
            self.tr("Heading"),
            self.tr("Heading"),
            QKeySequence("Ctrl+Shift+H"),
            lambda: toggle_line_prefix(self.edit, "## "),
        )
        self._add(
            self.tr("Bulleted list"),
            self.tr("• List"),
            QKeySequence("Ctrl+Shift+8"),
            lambda: toggle_line_prefix(self.edit, "- "),
        )
        hint = QLabel(self.tr("Markdown"), self)
        hint.setToolTip(self.tr("Formatting is stored as Markdown, e.g. **bold** and - bullet."))
        hint.setEnabled(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        self.edit.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.edit)

    def _add(
        self,
        name: str,
        label: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        handler: object,
        *,
        bold: bool = False,
        italic: bool = False,
    ) -> QAction:
        # the action is named in words (the shortcuts list reads it); its button shows the
        # short label ("B", "I", "• List") in the formatting toolbar
        action = QAction(name, self)
        action.setIconText(label)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{name} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(handler)
        font = QFont(self.font())
        font.setBold(bold)
        font.setItalic(italic)
        action.setFont(font)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name)
        self.addAction(action)
        return action

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)
