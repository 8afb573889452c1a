"""Move tags from an earlier version of a framework to the current one, after a preview.

The preview lists every tag that would change. Reflections dated before the new version
applied keep their old tags unless the person ticks the box, because they were written
against the old version. The move can be undone from the coverage view (or the command line).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.periods import format_uk_date
from journal_app.services.tag_versions import TagMoveDone, TagMovePreview
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.entries.model import short_date
from journal_app.ui.entries.style import count_text, make_muted
from journal_app.ui.passphrase_fields import error_label, show_message
from journal_app.ui.plain_text import literal_text, plain_label
from journal_app.ui.screen_fit import keep_fitted
from journal_app.ui.theme import GRID, make_heading, mark_primary


class TagMoveDialog(QDialog):
    """Preview and make a move of one framework's tags to its current version."""

    def __init__(
        self, unlocked: UnlockedJournal, framework_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._versions = unlocked.tag_versions()
        self._framework = unlocked.catalogue.framework(framework_id)
        self.done_move: TagMoveDone | None = None
        self.preview: TagMovePreview = self._versions.preview(framework_id)
        self.setWindowTitle(self.tr("Move tags to the new version"))
        replaces = self._framework.replaces
        old_version = replaces.version if replaces else ""

        heading = plain_label(QLabel(self))
        make_heading(heading)
        heading.setWordWrap(True)
        heading.setText(
            self.tr("Move your %1 tags from version %2 to version %3")
            .replace("%1", self._framework.short_title)
            .replace("%2", old_version)
            .replace("%3", self._framework.version)
        )
        explain = QLabel(self)
        explain.setWordWrap(True)
        self.include_earlier = QCheckBox(self)
        starts = self._framework.in_force_from
        if starts is not None:
            explain.setText(
                self.tr(
                    "Version %1 applies from %2. Reflections dated before then keep their "
                    "version %3 tags, because that is the version they were written against."
                )
                .replace("%1", self._framework.version)
                .replace("%2", format_uk_date(starts))
                .replace("%3", old_version)
            )
            self.include_earlier.setText(
                self.tr("Also move the tags on reflections dated before %1").replace(
                    "%1", format_uk_date(starts)
                )
            )
        else:
            explain.setText(self.tr("Each tag moves to the section the new version names."))
            self.include_earlier.hide()
        make_muted(explain)
        self.include_earlier.toggled.connect(self._refresh)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Tags that will move"))
        self.tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Reflection"), self.tr("Now"), self.tr("After")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 12)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = error_label(self)

        buttons = QDialogButtonBox(self)
        self.move_button = buttons.addButton(
            self.tr("&Move tags"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        mark_primary(self.move_button)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._move)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        for widget in (heading, explain, self.include_earlier, self.summary, self.tree):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        keep_fitted(self)
        self._show_preview()

    def _refresh(self) -> None:
        try:
            self.preview = self._versions.preview(
                self._framework.id, self.include_earlier.isChecked()
            )
        except JournalError as error:
            show_message(self.message, str(error))
            return
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        self.tree.clear()
        fw = preview.framework_id
        for item in preview.to_move:
            row = QTreeWidgetItem(
                self.tree,
                [
                    short_date(item.event_date),
                    item.title,
                    f"{fw}:{item.old_code} ({preview.from_version})",
                    f"{fw}:{item.new_code} ({preview.to_version})",
                ],
            )
            row.setToolTip(1, literal_text(item.title))
        parts = [
            count_text(
                "TagMoveDialog", len(preview.to_move), "1 tag will move", "%n tags will move"
            )
        ]
        if preview.kept_earlier:
            parts.append(
                count_text(
                    "TagMoveDialog",
                    len(preview.kept_earlier),
                    "1 kept on the earlier version",
                    "%n kept on the earlier version",
                )
            )
        if preview.no_counterpart:
            parts.append(
                count_text(
                    "TagMoveDialog",
                    len(preview.no_counterpart),
                    "1 kept: no counterpart in the new version",
                    "%n kept: no counterpart in the new version",
                )
            )
        self.summary.setText("; ".join(parts) + ".")
        self.move_button.setEnabled(bool(preview.to_move))

    def _move(self) -> None:
        try:
            self.done_move = self._versions.move(self.preview)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        self.accept()
