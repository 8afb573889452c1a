"""Choosing the framework domains a reflection evidences, with suggestions and their reasons.

Suggestions (``core.suggestions.suggest_domains``) are only offered: a domain is tagged when
the user ticks it or presses "Add", never by the suggestion itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.core.frameworks import Framework
from journal_app.core.models import Tag
from journal_app.core.suggestions import DomainSuggestion, suggest_domains
from journal_app.ui.entries.style import make_muted, muted_text
from journal_app.ui.plain_text import plain_label, wrapped_text
from journal_app.ui.tree_items import children_of, top_level_items

#: (text, framework, limit) -> suggestions; the journal service's ``suggest_domains`` also
#: learns from the person's own tagging
Suggester = Callable[[str, Framework, int], tuple[DomainSuggestion, ...]]

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SUGGESTIONS = 4


class LearntModelSignal(QObject):
    """Brings "a newer model of the person's tagging is ready" from the suggester's worker
    thread to the GUI thread (a queued signal; the worker never touches a widget).

    Made without a parent and kept by the suggester as its listener, so it is never deleted
    while the worker may still call it (the editor itself can be deleted at any time).
    """

    ready = Signal(str)

    def __call__(self, framework_id: str) -> None:
        self.ready.emit(framework_id)


class _CheckTreeDelegate(QStyledItemDelegate):
    """Roomier rows, and a check box outline drawn in the text colour.

    Some palettes draw the empty check box in a colour close to the background; an outline
    in the secondary text colour keeps it visible in light and dark themes alike.
    """

    def row_height(self, option_font_height: int) -> int:
        return option_font_height + 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height(option.fontMetrics.height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().paint(painter, option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(muted_text(option.palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 2, 2)
        painter.restore()


class TagPicker(QWidget):
    """Every framework's domains as tick boxes; the default framework is open."""

    changed = Signal()

    def __init__(
        self, catalogue: Catalogue, default_framework_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._default = default_framework_id or catalogue.default_framework_id
        self._stored: dict[tuple[str, str], Tag] = {}  # keeps the version a tag was saved at
        self._read_only = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Domains this reflection evidences"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._delegate = _CheckTreeDelegate(self.tree)
        self.tree.setItemDelegate(self._delegate)
        self.description = plain_label(QLabel(self))  # an imported domain's summary
        self.description.setWordWrap(True)
        self.description.setText(self._hint())
        self.description.setAccessibleName(self.tr("About the chosen domain"))
        self.tree.setAccessibleDescription(self.description.text())
        make_muted(self.description)
        self._suggestion_box = QVBoxLayout()
        self._suggestion_box.setSpacing(4)
        self._suggestion_title = QLabel(self.tr("Suggested from what you have written:"), self)
        self._suggestion_title.hide()
        self._suggestion_rows: list[QWidget] = []
        self._shown: list[DomainSuggestion] = []  # what the rows show
        self.suggestions: tuple[DomainSuggestion, ...] = ()
        self.suggester: Suggester = suggest_domains  # keywords only, until a journal is set
        self._text: str | None = None  # the text suggested for last (it is on screen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # suggestions come below the tree: rows appearing and going never move the tick
        # boxes under the pointer (a click once opened a framework instead of ticking)
        layout.addWidget(self.tree)
        layout.addWidget(self.description)
        layout.addWidget(self._suggestion_title)
        layout.addLayout(self._suggestion_box)
        self._fill()
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._describe)
        self.tree.itemExpanded.connect(self._fit_height)
        self.tree.itemCollapsed.connect(self._fit_height)
        self._fit_height()

    def _hint(self) -> str:
        return self.tr(
            "Tick each domain this reflection is evidence for. "
            "Move to a domain with the arrow keys, or point at it, to read what it covers here."
        )

    def _fit_height(self, *_args: object) -> None:
        """As tall as the rows shown, so the page scrolls rather than the list."""
        rows = 0
        for heading in top_level_items(self.tree):
            rows += 1 + (heading.childCount() if heading.isExpanded() else 0)
        row_height = self._delegate.row_height(self.tree.fontMetrics().height())
        self.tree.setFixedHeight(rows * row_height + 2 * self.tree.frameWidth() + 4)

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        for framework in self._catalogue.frameworks:
            heading = QTreeWidgetItem(self.tree, [framework.short_title])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            about = f"{framework.title} ({framework.publisher}, {framework.year})"
            if framework.about:  # what it is, when its title stays in English in Welsh
                about += f"\n{framework.about}"
            heading.setToolTip(0, wrapped_text(about))
            heading.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, about)
            heading.setData(0, KEY_ROLE, (framework.id, ""))
            for domain in framework.domains:
                item = QTreeWidgetItem(heading, [f"{domain.code}  {domain.title}"])
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, KEY_ROLE, (framework.id, domain.code))
                item.setToolTip(0, wrapped_text(domain.summary))
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, domain.summary)
            heading.setExpanded(framework.id == self._default)
        self.tree.blockSignals(False)

    # -- tags ------------------------------------------------------------------------------

    def set_tags(self, tags: tuple[Tag, ...]) -> None:
        self._stored = {(t.framework_id, t.domain_code): t for t in tags}
        self.tree.blockSignals(True)
        for item in self._domain_items():
            key = item.data(0, KEY_ROLE)
            checked = key in self._stored
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            parent = item.parent()
            if checked and parent is not None:
                parent.setExpanded(True)
        self.tree.blockSignals(False)
        self._refresh_suggestion_rows()

    def tags(self) -> tuple[Tag, ...]:
        """The ticked domains; tags saved earlier keep the framework version they had.

        A saved tag the catalogue does not know (from before the journal checked tags) has
        no tick box; it is kept as it was rather than dropped by the next save.
        """
        found = []
        offered = set()
        for item in self._domain_items():
            key = item.data(0, KEY_ROLE)
            offered.add(key)
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(self._stored.get(key) or Tag(*key))
        found += [tag for key, tag in self._stored.items() if key not in offered]
        return tuple(found)

    def set_checked(self, framework_id: str, code: str, checked: bool = True) -> None:
        """Tick or untick one domain, as the user would."""
        item = self._item(framework_id, code)
        if item is not None and not self._read_only:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def domain_item(self, framework_id: str, code: str) -> QTreeWidgetItem | None:
        return self._item(framework_id, code)

    def _item(self, framework_id: str, code: str) -> QTreeWidgetItem | None:
        for item in self._domain_items():
            if item.data(0, KEY_ROLE) == (framework_id, code):
                return item
        return None

    def _domain_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for heading in top_level_items(self.tree):
            items.extend(children_of(heading))
        return items

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is not None:
            self._refresh_suggestion_rows()
            self.changed.emit()

    def _describe(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        # the plain words, not the tooltip: that is escaped markup when the text looks like HTML
        about = None if item is None else item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
        self.description.setText(str(about) if about is not None else self._hint())
        # a screen reader reads the list's description with the domain the focus is on
        self.tree.setAccessibleDescription(self.description.text())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.tree.setEnabled(not read_only)
        for row in self._suggestion_rows:
            row.setEnabled(not read_only)

    # -- suggestions -----------------------------------------------------------------------

    def suggested_framework_ids(self) -> list[str]:
        """The default framework and the frameworks of the ticked domains."""
        return list(dict.fromkeys([self._default, *(t.framework_id for t in self.tags())]))

    def update_suggestions(self, text: str) -> None:
        """Suggest domains of the default framework and of frameworks already in use."""
        self._text = text
        found: list[DomainSuggestion] = []
        for framework_id in self.suggested_framework_ids():
            try:
                framework = self._catalogue.framework(framework_id)
            except JournalError:  # a tag of a framework no longer installed: nothing to suggest
                continue
            found.extend(self.suggester(text, framework, MAX_SUGGESTIONS))
        found.sort(key=lambda s: -s.score)
        self.suggestions = tuple(found)
        self._refresh_suggestion_rows()

    def learnt_model_ready(self, framework_id: str) -> None:
        """A newer model of the person's tagging is ready: suggest again with it."""
        if self._text is not None and framework_id in self.suggested_framework_ids():
            self.update_suggestions(self._text)

    def _refresh_suggestion_rows(self) -> None:
        tagged = {(t.framework_id, t.domain_code) for t in self.tags()}
        shown = [
            s for s in self.suggestions if (s.tag.framework_id, s.tag.domain_code) not in tagged
        ][:MAX_SUGGESTIONS]
        if shown == self._shown:
            # The check runs after every pause in typing; the suggestions seldom change, and
            # building their rows again each time was a few milliseconds of widgets.
            return
        self._shown = shown
        for row in self._suggestion_rows:
            self._suggestion_box.removeWidget(row)
            row.deleteLater()
        self._suggestion_rows = []
        for suggestion in shown:
            row = self._suggestion_row(suggestion)
            self._suggestion_box.addWidget(row)
            self._suggestion_rows.append(row)
        self._suggestion_title.setVisible(bool(shown))

    def _suggestion_row(self, suggestion: DomainSuggestion) -> QWidget:
        row = QWidget(self)
        tag = suggestion.tag
        name = f"{tag.framework_id.upper()} {tag.domain_code} {suggestion.domain_title}"
        phrases = ", ".join(f"“{p}”" for p in suggestion.matched_phrases[:4])
        button = QPushButton(self.tr("Add"), row)
        button.setObjectName(f"suggest_{tag.framework_id}_{tag.domain_code}")
        button.setAccessibleName(self.tr("Add %1").replace("%1", name))
        button.setEnabled(not self._read_only)
        button.clicked.connect(lambda: self.set_checked(tag.framework_id, tag.domain_code))
        label = QLabel(
            self.tr("%1 — because you wrote %2").replace("%1", name).replace("%2", phrases), row
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(button)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(button)
        layout.addWidget(label, 1)
        return row

    def focus_order(self) -> list[QWidget]:
        """The tree, then each suggestion's "Add" button, as they read down the page."""
        return [self.tree, *self.suggestion_buttons()]

    def suggestion_buttons(self) -> list[QPushButton]:
        found = (row.findChild(QPushButton) for row in self._suggestion_rows)
        return [button for button in found if button is not None]
