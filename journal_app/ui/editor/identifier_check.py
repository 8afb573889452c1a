"""Showing the identifier check's findings: underlined in the text, listed with one-click fixes.

The check itself is ``core.identifiers.check_fields``; this module only draws its findings and
turns a click into a request the editor carries out with ``apply_replacements``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPalette,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.identifiers import Finding
from journal_app.services.protected_names import can_protect
from journal_app.ui.entries.style import make_muted
from journal_app.ui.finding_words import finding_kind_label
from journal_app.ui.panes import mark_pane
from journal_app.ui.plain_text import literal_text

MAX_ROWS = 8
#: the findings bar is always this many text lines tall, findings or not, so that the text
#: being written never moves when findings come and go (more findings scroll inside it)
BAR_LINES = 6


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

        # the count and the buttons on one line, the advice under them across the bar
        self._advice = QLabel(
            self.tr(
                "Reflections can be disclosed, so write about your learning and use roles instead."
            ),
            self,
        )
        self._advice.setWordWrap(True)
        # the count above its buttons; beside them once the bar is wide enough (_fit_width)
        self._top = QVBoxLayout()
        self._top.addWidget(self._heading)
        self._top_buttons = QHBoxLayout()
        self._top_buttons.addStretch(1)
        self._top_buttons.addWidget(self.manage_button)
        self._top_buttons.addWidget(self.replace_all_button)
        self._top.addLayout(self._top_buttons)
        self._heading_beside = False
        self._heading_plain = ""
        #: each row's buttons: side by side, or one above the other in a narrow bar
        self._button_rows: list[tuple[QHBoxLayout, list[QPushButton]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(self._top)
        layout.addWidget(self._advice)
        layout.addLayout(self._rows)
        layout.addWidget(self._more)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width(event.size().width())

    def _fit_width(self, width: int) -> None:
        """Arrange the bar for ``width``: nothing wider than the bar, whatever the language.

        Longer words (Welsh, a bigger font) no longer fit the count and two buttons on one
        line, or a row's two buttons side by side; they then go one above the other.
        """
        room = width - 16  # the panel's side margins
        spacing = self._top_buttons.spacing()
        buttons = sum(b.sizeHint().width() for b in (self.manage_button, self.replace_all_button))
        bold = QFont(self._heading.font())
        bold.setBold(True)
        # beside the buttons when the count needs no more than two lines there
        heading = QFontMetrics(bold).horizontalAdvance(self._heading_plain) // 2
        beside = room >= buttons + heading + 3 * spacing
        if beside != self._heading_beside:
            self._heading_beside = beside
            if beside:
                self._top.removeWidget(self._heading)
                self._top_buttons.takeAt(0)  # the stretch that kept the buttons at the right
                self._top_buttons.insertWidget(0, self._heading, 1)
            else:
                self._top_buttons.removeWidget(self._heading)
                self._top_buttons.insertStretch(0, 1)
                self._top.insertWidget(0, self._heading)
        for row, buttons_in_row in self._button_rows:
            wanted = sum(b.sizeHint().width() + spacing for b in buttons_in_row)
            direction = (
                QBoxLayout.Direction.LeftToRight
                if room >= wanted
                else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != direction:
                row.setDirection(direction)

    def focus_order(self) -> list[QWidget]:
        """The panel's buttons as they read: the heading's, then each row left to right."""
        rows: list[QWidget] = [self.manage_button, self.replace_all_button]
        for row in self._row_widgets:
            rows += [b for b in self.protect_buttons + self.buttons if b.parent() is row]
        return rows

    def set_findings(
        self, findings: dict[str, tuple[Finding, ...]], field_titles: dict[str, str]
    ) -> None:
        for row in self._row_widgets:
            self._rows.removeWidget(row)
            row.deleteLater()
        self._row_widgets, self.buttons, self.protect_buttons = [], [], []
        self._button_rows = []
        flat = [(field, f) for field, found in findings.items() for f in found]
        self.setVisible(bool(flat))
        if not flat:
            return
        # the advice has a line of its own under the count (see __init__)
        self._heading_plain = self.tr("%n possible identifying detail(s).", "", len(flat))
        self._heading.setText("<b>" + self._heading_plain + "</b>")
        for field, finding in flat[:MAX_ROWS]:
            self._add_row(field, finding, field_titles.get(field, field))
        hidden = len(flat) - MAX_ROWS
        self._more.setVisible(hidden > 0)
        if hidden > 0:
            self._more.setText(self.tr("and %n more, also covered by “Replace all”.", "", hidden))
        self._fit_width(self.width())

    def _add_row(self, field: str, finding: Finding, where: str) -> None:
        row = QWidget(self)
        # short, to leave the buttons room in the bar; why it was found is the tooltip and
        # what a screen reader adds to the button's name
        label = QLabel(
            self.tr("%1 “%2” in %3")
            .replace("%1", finding_kind_label(finding.kind))
            .replace("%2", finding.text)
            .replace("%3", where),
            row,
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the finding is the user's own text
        label.setToolTip(literal_text(str(finding.reason)))
        button = QPushButton(self.tr("Replace with %1").replace("%1", finding.replacement), row)
        button.setAccessibleName(
            self.tr("Replace “%1” with %2")
            .replace("%1", finding.text)
            .replace("%2", finding.replacement)
        )
        button.setAccessibleDescription(str(finding.reason))
        button.clicked.connect(lambda: self.replace_requested.emit(field, finding))
        # what was found across the bar, its buttons under it at the right: side by side
        # the words were squeezed into a narrow column beside two wide buttons
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(label)
        layout = QHBoxLayout()
        layout.addStretch(1)
        column.addLayout(layout)
        protect: QPushButton | None = None
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
            protect = always
        layout.addWidget(button)
        if protect is not None:  # "Always ..." sits left of "Replace ...": Tab reads it first
            QWidget.setTabOrder(protect, button)
        self._rows.addWidget(row)
        self._row_widgets.append(row)
        self._button_rows.append((layout, [b for b in (protect, button) if b is not None]))
        self.buttons.append(button)


class FindingsBar(QFrame):
    """A bar of fixed height under the writing area that holds the findings.

    It is there, at the same height, whether anything is found or not: findings appearing
    or going never move the text box being typed in (they used to push it down the page).
    When nothing is found it says so; more findings than fit scroll inside the bar.
    """

    def __init__(self, panel: IdentifierPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setObjectName("findingsBar")
        mark_pane(self, "findings")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.clear_label = QLabel(
            self.tr("Identifier check: no names, addresses or other identifying details found."),
            self,
        )
        self.clear_label.setWordWrap(True)
        make_muted(self.clear_label)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.clear_label)
        column.addWidget(panel)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # its buttons take the focus and scroll it into view; the area itself is no stop
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 4)
        layout.addWidget(self.scroll_area)
        self.setFixedHeight(BAR_LINES * self.fontMetrics().lineSpacing() + 2 * 4 + 24)

    def show_findings(
        self, findings: dict[str, tuple[Finding, ...]], field_titles: dict[str, str]
    ) -> None:
        self.panel.set_findings(findings, field_titles)
        self.clear_label.setVisible(not any(findings.values()))
