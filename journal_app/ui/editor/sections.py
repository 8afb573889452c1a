"""The sections of a structured reflection (Gibbs' Description, Feelings, ...), one box each.

An entry keeps its own sections, so the boxes are built from the entry's sections; the
template only supplies each section's prompt, shown as placeholder text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from journal_app.core.models import Section
from journal_app.core.templates import Template
from journal_app.ui.editor.text_fields import GrowingTextEdit
from journal_app.ui.plain_text import plain_label


class SectionsPanel(QWidget):
    """A heading and a growing text box per section; empty (and hidden) for free-form."""

    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._sections: list[Section] = []
        self._edits: list[GrowingTextEdit] = []
        self._labels: list[QLabel] = []
        self._read_only = False
        self._shape: tuple[object, ...] = ()

    def set_sections(self, sections: tuple[Section, ...], template: Template | None) -> None:
        """Show these sections, with the template's prompts as placeholder text.

        When the boxes shown are for the same sections of the same template (the usual case
        going from one reflection to the next), they are kept and only their text changes:
        building them again was most of the ~120 widgets made each time a reflection opened.
        """
        shape = self._shape_of(sections, template)
        if shape == self._shape and self._edits:
            self._sections = list(sections)
            for section, edit in zip(sections, self._edits, strict=True):
                edit.setPlainText(section.text)  # also clears undo: none of the last one's
            return
        self._shape = shape
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._edits, self._labels = [], []
        self._sections = list(sections)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        for section in sections:
            prompt = template.section(section.key) if template is not None else None
            label = plain_label(QLabel(section.title, self))
            label.setWordWrap(True)  # an imported heading can be long: it wraps, not widens
            label.setFont(heading_font)
            edit = GrowingTextEdit(self)
            edit.setObjectName(f"section_{section.key}")
            edit.setAccessibleName(section.title)
            if prompt is not None:
                edit.setPlaceholderText(prompt.prompt)
                edit.setAccessibleDescription(prompt.prompt)
                edit.setToolTip(prompt.prompt)
            edit.setPlainText(section.text)
            edit.setReadOnly(self._read_only)
            edit.textChanged.connect(self.text_changed)
            label.setBuddy(edit)
            if self._edits:
                self._layout.addSpacing(8)
            self._layout.addWidget(label)
            self._layout.addWidget(edit)
            self._labels.append(label)
            self._edits.append(edit)
        self.setVisible(bool(sections))

    @staticmethod
    def _shape_of(sections: tuple[Section, ...], template: Template | None) -> tuple[object, ...]:
        return (
            template.id if template is not None else None,
            *((s.key, s.title) for s in sections),
        )

    def sections(self) -> tuple[Section, ...]:
        """The sections with the text currently typed into them."""
        return tuple(
            Section(key=section.key, title=section.title, text=edit.toPlainText())
            for section, edit in zip(self._sections, self._edits, strict=True)
        )

    def edits(self) -> dict[str, QPlainTextEdit]:
        """Each section's text box by its key (for the identifier check and tests)."""
        return {
            section.key: edit for section, edit in zip(self._sections, self._edits, strict=True)
        }

    def edit(self, key: str) -> QPlainTextEdit | None:
        return self.edits().get(key)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in self._edits:
            edit.setReadOnly(read_only)
