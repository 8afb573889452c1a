"""The reflection's Markdown shown as formatting: bold as bold, bullets as a list.

A read-only view of the same text; the stored text stays the Markdown the person typed.
Raw HTML in the text is shown as text, never run as markup, and nothing the text names
(an image path, a link) is loaded or opened: the journal reads no file on the text's say.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class _TextOnlyDocument(QTextDocument):
    """A document that loads nothing from outside (no images from paths in the text)."""

    def loadResource(self, _kind: int, _name: QUrl | str) -> Any:
        return None


def render_markdown(document: QTextDocument, text: str) -> None:
    """Fill ``document`` with ``text`` read as Markdown, HTML left as plain text."""
    document.setMarkdown(text, MARKDOWN_FEATURES)


class MarkdownPreview(QTextEdit):
    """Read-only formatted view of a Markdown text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(_TextOnlyDocument(self))
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reflection text, formatted"))

    def show_markdown(self, text: str) -> None:
        render_markdown(self.document(), text)
