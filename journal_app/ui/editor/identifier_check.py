"""Showing the identifier check's findings: underlined in the text, listed with one-click fixes.

The check itself is ``core.identifiers.check_fields``; this module only draws its findings and
turns a click into a request the editor carries out with ``apply_replacements``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.core.identifiers import Finding
from journal_app.services.protected_names import can_protect
from journal_app.ui.entries.style import make_muted

MAX_ROWS = 8


def _utf16(text: str) -> int:
    """Qt counts text positions in UTF-16 units; Python counts code points."""
    return len(text.encode("utf-16-le")) // 2


class FindingsHighlighter(QSyntaxHighlighter):
    """Underlines each finding in one text box with a wavy line."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: dict[int, list[tuple[int, int, str]]] = {}
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)

    def set_findings(self, text: str, findings: tuple[Finding, ...], palette: QPalette) -> None:
        """Remember where each finding sits, line by line, and redraw."""
        # the link colour is the accent tuned by the theme for contrast on the text background
        self._format.setUnderlineColor(palette.color(QPalette.ColorRole.Link))
        starts = [0]
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for finding in findings:
            block = max(i for i, start in enumerate(starts[:-1]) if start <= finding.start)
            offset = finding.start - starts[block]
            spans.setdefault(block, []).append((offset, offset + len(finding.text), finding.text))
        if spans != self._spans:
            self._spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, end, found in self._spans.get(self.currentBlock().blockNumber(), ()):
            if text[start:end] != found:
                continue  # edited since the check ran; the next check will catch up
            self.setFormat(_utf16(text[:start]), _utf16(found), self._format)


class IdentifierPanel(QFrame):
    """The findings as a list, each with "Replace with Child A", and "Replace all"."""

    replace_requested = Signal(str, object)  # field name, Finding
    replace_all_requested = Signal()
    protect_requested = Signal(object)  # Finding: "always treat this as Child A"
    manage_protected_requested = Signal()  # open "Names I protect"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Possible identifying details"))
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self.replace_all_button = QPushButton(self.tr("Replace &all"), self)
        self.replace_all_button.setAccessibleName(self.tr("Replace all identifying details"))
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        self._more = QLabel(self)
        make_muted(self._more)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self._row_widgets: list[QWidget] = []
        self.buttons: list[QPushButton] = []
        self.protect_buttons: list[QPushButton] = []
        self.manage_button = QPushButton(self.tr("Names I &protect…"), self)
        self.manage_button.setFlat(True)
        self.manage_button.setAccessibleDescription(
            self.tr("Names the check always finds, with the pseudonym you chose")
        )
        self.manage_button.clicked.connect(self.manage_protected_requested)

        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self.manage_button)
        top.addWidget(self.replace_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        layout.addWidget(self._more)
        self.hide()

    def set_findings(
        self, findings: dict[str, tuple[Finding, ...]], field_titles: dict[str, str]
    ) -> None:
        for row in self._row_widgets:
            self._rows.removeWidget(row)
            row.deleteLater()
        self._row_widgets, self.buttons, self.protect_buttons = [], [], []
        flat = [(field, f) for field, found in findings.items() for f in found]
        self.setVisible(bool(flat))
        if not flat:
            return
        self._heading.setText(
            "<b>"
            + self.tr("%n possible identifying detail(s).", "", len(flat))
            + "</b> "
            + self.tr(
                "Reflections can be disclosed, so write about your learning and use roles instead."
            )
        )
        for field, finding in flat[:MAX_ROWS]:
            self._add_row(field, finding, field_titles.get(field, field))
        hidden = len(flat) - MAX_ROWS
        self._more.setVisible(hidden > 0)
        if hidden > 0:
            self._more.setText(self.tr("and %n more, also covered by “Replace all”.", "", hidden))

    def _add_row(self, field: str, finding: Finding, where: str) -> None:
        row = QWidget(self)
        label = QLabel(
            self.tr("%1 “%2” in %3 — %4")
            .replace("%1", finding.label)
            .replace("%2", finding.text)
            .replace("%3", where)
            .replace("%4", finding.reason),
            row,
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the finding is the user's own text
        button = QPushButton(self.tr("Replace with %1").replace("%1", finding.replacement), row)
        button.setAccessibleName(
            self.tr("Replace “%1” with %2")
            .replace("%1", finding.text)
            .replace("%2", finding.replacement)
        )
        button.clicked.connect(lambda: self.replace_requested.emit(field, finding))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        if can_protect(finding):
            always = QPushButton(self.tr("Always %1").replace("%1", finding.replacement), row)
            always.setToolTip(
                self.tr(
                    "Add “%1” to the names you protect: always caught, in any capitals, "
                    "and always written as %2"
                )
                .replace("%1", finding.text)
                .replace("%2", finding.replacement)
            )
            always.setAccessibleName(
                self.tr("Always treat “%1” as %2")
                .replace("%1", finding.text)
                .replace("%2", finding.replacement)
            )
            always.clicked.connect(lambda: self.protect_requested.emit(finding))
            layout.addWidget(always)
            self.protect_buttons.append(always)
        layout.addWidget(button)
        self._rows.addWidget(row)
        self._row_widgets.append(row)
        self.buttons.append(button)
