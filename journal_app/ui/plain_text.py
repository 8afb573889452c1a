"""User text is never rich text: the one place that says how it is shown literally.

Qt guesses whether a string is HTML (``Qt.mightBeRichText``) wherever a text format is not
set: in a QLabel left at ``AutoText``, in every tooltip and in the static QMessageBox
functions. A reflection title, a section heading, an action, a search, a file name or the
title of an imported framework can hold ``<img src=…>`` or ``<font size=7>``, and must be
shown as the characters typed, not drawn as markup (an ``<img>`` would even read a file).

* A QLabel that can hold user text is made plain with :func:`plain_label`.
* A tooltip, or the text of a static message box, goes through :func:`literal_text`.
* Our own markup mixed with user text (rare) escapes the user part with :func:`escaped`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# white-space: pre-wrap keeps line breaks and runs of spaces as they were typed, and still
# wraps long lines the way a rich-text tooltip does
_LITERAL = '<span style="white-space:pre-wrap">{}</span>'


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally, whatever it holds; returns the label."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def escaped(text: str) -> str:
    """``text`` made safe to put inside markup of our own (``<b>`` and the like)."""
    return html.escape(text, quote=False)


def literal_text(text: str) -> str:
    """``text`` in a form Qt shows character for character where it guesses the format.

    Text Qt would not take for HTML is returned unchanged, so everyday text looks exactly as
    before. Text it would take for HTML is escaped and wrapped in a minimal container, so
    Qt renders it as rich text whose characters are the original ones.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    return _LITERAL.format(escaped(text))


def wrapped_text(text: str) -> str:
    """``text`` for a tooltip that wraps: Qt wraps rich-text tooltips only, and a domain's
    summary as plain text made a tooltip one line about 1,340 pixels wide."""
    return _LITERAL.format(escaped(text))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning message box whose text can quote user text (a title, a path, a value)."""
    QMessageBox.warning(parent, title, literal_text(text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """An information message box whose text can quote user text."""
    QMessageBox.information(parent, title, literal_text(text))
