"""The editor for one reflection: the widgets, filling them from an entry, reading a draft back.

Saving is not done here (see ``autosave.py``); the editor only says that something changed.
Checks that read the text (identifier check, suggested domains, word count) run a moment
after typing pauses, so typing never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.core.evidence import OwnerKind
from journal_app.core.identifiers import (
    Finding,
    ProtectedMatcher,
    apply_replacements,
    check_fields,
)
from journal_app.core.models import EntryDraft, Status, Visibility
from journal_app.core.templates import Template, switch_template
from journal_app.services.evidence import EvidenceFiles
from journal_app.ui.date_field import DateField
from journal_app.ui.editor.actions_panel import ActionsPanel
from journal_app.ui.editor.banner import Banner
from journal_app.ui.editor.identifier_check import (
    FindingsBar,
    FindingsHighlighter,
    IdentifierPanel,
)
from journal_app.ui.editor.sections import SectionsPanel
from journal_app.ui.editor.supervision import SupervisionPanel
from journal_app.ui.editor.tag_picker import TagPicker
from journal_app.ui.editor.text_fields import MarkdownBody
from journal_app.ui.entries.style import from_qdate, make_muted, to_qdate
from journal_app.ui.evidence_panel import EvidencePanel
from journal_app.ui.layout_items import widgets_in

ANALYSIS_DELAY_MS = 600
EMPTY_PAGE, FORM_PAGE = 0, 1


def empty_editor_page(parent: QWidget) -> QLabel:
    """What the editor shows with no reflection open (also shown until it is first built)."""
    label = QLabel(
        QCoreApplication.translate(
            "EntryEditor",
            "Choose a reflection from the list, or press Ctrl+N to write a new one.",
        ),
        parent,
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    make_muted(label)
    return label


class EntryEditor(QWidget):
    """Title, date, reflective model, sections, body, domains, supervision and actions."""

    changed = Signal()
    trash_requested = Signal()
    restore_requested = Signal()
    purge_requested = Signal()
    protect_requested = Signal(object)  # Finding: add its words to "Names I protect"
    manage_protected_requested = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        default_framework_id: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        evidence: EvidenceFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        #: certificates and letters kept with the reflection (none without the service)
        self.evidence_panel = EvidencePanel(evidence, self, compact=True) if evidence else None
        self._today = today
        self._loading = False
        self._entry_id: str | None = None
        self._in_trash = False
        self.findings: dict[str, tuple[Finding, ...]] = {}
        # the names the person protects, read at each check (set by the journal view)
        self.protected_source: Callable[[], ProtectedMatcher | None] = lambda: None
        self._highlighters: dict[str, FindingsHighlighter] = {}
        self._seen_text: dict[str, str] = {}
        self._writing: QWidget | None = None  # the text box last typed in, for replacements
        self._analysis = QTimer(self, singleShot=True, interval=ANALYSIS_DELAY_MS)
        self._analysis.timeout.connect(self.analyse_now)
        # After loading a reflection: run once the loaded text has been drawn.
        self._analysis_after_load = QTimer(self, singleShot=True, interval=0)
        self._analysis_after_load.timeout.connect(self.analyse_now)
        self._build(default_framework_id)
        self.show_empty()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember_writing)

    # -- layout ----------------------------------------------------------------------------

    def _build(self, default_framework_id: str) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Title: what is this reflection about?"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.4)
        self.title_edit.setFont(title_font)
        self.title_edit.setFrame(False)
        self.date_edit = DateField(self, "d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date of the event"))
        self.date_edit.setToolTip(
            self.tr("When the session or event happened, not when you wrote about it")
        )
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Reflective model"))
        for template in self._catalogue.templates:
            self.template_combo.addItem(template.title, template.id)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Draft"), Status.DRAFT.value)
        self.status_combo.addItem(self.tr("Final"), Status.FINAL.value)
        self.visibility_combo = QComboBox(self)
        self.visibility_combo.setAccessibleName(self.tr("Who can see it"))
        self.visibility_combo.addItem(self.tr("Private: stays in this journal"), "private")
        self.visibility_combo.addItem(self.tr("Shareable: may go in exports"), "shareable")
        # what a screen reader says after the name: what the choice changes
        self.status_combo.setAccessibleDescription(
            self.tr("A draft is still being written; a final reflection is finished")
        )
        self.visibility_combo.setAccessibleDescription(
            self.tr("Only shareable reflections can go into an export you share")
        )
        self.template_combo.setAccessibleDescription(
            self.tr("The reflective model gives the reflection its sections")
        )
        for combo in (self.template_combo, self.status_combo, self.visibility_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.template_note = QLabel(self)
        self.template_note.setWordWrap(True)
        make_muted(self.template_note)

        self.identifier_panel = IdentifierPanel(self)
        self.findings_bar = FindingsBar(self.identifier_panel, self)
        self.sections = SectionsPanel(self)
        self.body_heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        self.body_heading.setFont(heading_font)
        self.body = MarkdownBody(self)
        self.body_heading.setBuddy(self.body.edit)
        self.tag_picker = TagPicker(self._catalogue, default_framework_id, self)
        self.supervision = SupervisionPanel(self)
        self.actions_panel = ActionsPanel(self._today, self)

        self.save_state = QLabel(self)
        self.save_state.setAccessibleName(self.tr("Save status"))
        make_muted(self.save_state)
        self.word_count_label = QLabel(self)
        self.word_count_label.setAccessibleName(self.tr("Word count"))
        make_muted(self.word_count_label)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        self.trash_button.setAccessibleName(self.tr("Move this reflection to the trash"))
        self.trash_button.clicked.connect(self.trash_requested)
        self.error_banner = Banner(self, kind="error")
        self.trash_banner = Banner(self)
        self.trash_banner.set_message(
            self.tr("This reflection is in the trash. Restore it to change it."),
            [
                (self.tr("&Restore"), self.restore_requested.emit),
                (self.tr("Delete for ever…"), self.purge_requested.emit),
            ],
        )

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty_page())
        self._stack.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._connect()

    def _empty_page(self) -> QWidget:
        return empty_editor_page(self)

    def _form_page(self) -> QWidget:
        # labels above their fields: narrow enough for a laptop with the list beside it
        meta = QGridLayout()
        meta.setHorizontalSpacing(16)
        meta.setVerticalSpacing(4)
        for row, column, text, widget in (
            (0, 0, self.tr("&Date of the event"), self.date_edit),
            (0, 1, self.tr("Reflective &model"), self.template_combo),
            (2, 0, self.tr("S&tatus"), self.status_combo),
            (2, 1, self.tr("&Who can see it"), self.visibility_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            meta.addWidget(label, row, column)
            meta.addWidget(widget, row + 1, column)
        meta.setRowMinimumHeight(2, self.fontMetrics().height() + 8)
        meta.setColumnStretch(0, 1)
        meta.setColumnStretch(1, 2)

        content = QWidget(self)
        page_column = QVBoxLayout(content)
        page_column.setContentsMargins(24, 16, 24, 24)
        page_column.setSpacing(12)
        page_column.addWidget(self.title_edit)
        page_column.addLayout(meta)
        page_column.addWidget(self.template_note)
        page_column.addWidget(self.sections)
        page_column.addWidget(self.body_heading)
        page_column.addWidget(self.body)
        panels: list[tuple[str, QWidget]] = [
            (self.tr("Domains this reflection evidences"), self.tag_picker),
            (self.tr("Supervision"), self.supervision),
            (self.tr("Actions and learning goals"), self.actions_panel),
        ]
        if self.evidence_panel is not None:
            panels.append((self.tr("Evidence files"), self.evidence_panel))
        for title, panel in panels:
            box = QGroupBox(title, content)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(panel)
            page_column.addWidget(box)
        page_column.addStretch(1)
        content.setMaximumWidth(880)

        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # the fields inside take the focus (and scroll into view); the area is no tab stop
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(holder)

        # Under the findings: save state, word count and the buttons for the whole
        # reflection. Last on the page, so Tab reaches "Move to trash" after the writing.
        self.footer = QWidget(self)
        self.footer.setObjectName("editorFooter")
        header = QHBoxLayout(self.footer)
        header.setContentsMargins(24, 0, 24, 8)
        header.addWidget(self.save_state)
        header.addSpacing(16)
        header.addWidget(self.word_count_label)
        header.addStretch(1)
        header.addWidget(self.trash_button)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.findings_bar)
        layout.addWidget(self.footer)
        return page

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        self.template_combo.activated.connect(self._template_chosen)
        self.status_combo.currentIndexChanged.connect(self._edited)
        self.visibility_combo.currentIndexChanged.connect(self._edited)
        self.sections.text_changed.connect(self._text_changed)
        self.body.text_changed.connect(self._text_changed)
        self.tag_picker.changed.connect(self._edited)
        self.supervision.changed.connect(self._edited)
        self.actions_panel.changed.connect(self._edited)
        self.actions_panel.rows_changed.connect(self.order_tab_stops)
        self.identifier_panel.replace_requested.connect(self.replace_finding)
        self.identifier_panel.replace_all_requested.connect(self.replace_all_findings)
        self.identifier_panel.protect_requested.connect(self.protect_requested)
        self.identifier_panel.manage_protected_requested.connect(self.manage_protected_requested)

    # -- loading ---------------------------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        """The id of the reflection being edited; ``None`` for one not saved yet."""
        return self._entry_id

    def set_entry_id(self, entry_id: str) -> None:
        self._entry_id = entry_id

    @property
    def is_open(self) -> bool:
        return self._stack.currentIndex() == FORM_PAGE

    @property
    def in_trash(self) -> bool:
        return self._in_trash

    def show_empty(self) -> None:
        self._entry_id = None
        self._stack.setCurrentIndex(EMPTY_PAGE)

    def load(self, entry_id: str | None, draft: EntryDraft, *, in_trash: bool = False) -> None:
        """Show a reflection (``entry_id`` None: a new one) without marking it changed."""
        self._loading = True
        try:
            self._entry_id = entry_id
            self._in_trash = in_trash
            self.title_edit.setText(draft.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its start, not its end
            self.date_edit.setDate(to_qdate(draft.event_date or self._today()))
            self._select_template(draft.template_id)
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData(draft.status.value))
            )
            self.visibility_combo.setCurrentIndex(
                max(0, self.visibility_combo.findData(draft.visibility.value))
            )
            self._show_sections(draft.sections, draft.body)
            self.tag_picker.set_tags(draft.tags)
            self.supervision.set_context(draft.supervision)
            self.actions_panel.set_actions(draft.actions)
            if self.evidence_panel is not None:
                if entry_id:
                    self.evidence_panel.show_files_of(OwnerKind.REFLECTION, entry_id)
                else:
                    self.evidence_panel.show_no_owner(
                        self.tr("Files can be added once the reflection is saved.")
                    )
            self.set_read_only(in_trash)
            self.error_banner.hide()
            self.trash_banner.setVisible(in_trash)
            self.trash_button.setVisible(not in_trash)
            self._stack.setCurrentIndex(FORM_PAGE)
            self.scroll_area.verticalScrollBar().setValue(0)
            # The identifier check and domain suggestions take 10-15 ms on a long
            # reflection; they follow just after it is shown, so a click on a reflection
            # shows its text without waiting for them. Nothing of the last one stays.
            self._show_word_count()
            self.findings = {}
            self.findings_bar.show_findings({}, {})
            self._analysis.stop()
            self._analysis_after_load.start()
        finally:
            self._loading = False

    def _select_template(self, template_id: str) -> None:
        index = self.template_combo.findData(template_id)
        if index < 0:  # saved with a template this copy of the app does not have
            self.template_combo.addItem(template_id, template_id)
            index = self.template_combo.count() - 1
        self.template_combo.setCurrentIndex(index)

    def _template(self) -> Template | None:
        try:
            return self._catalogue.template(str(self.template_combo.currentData()))
        except JournalError:
            return None

    def _show_sections(self, sections: tuple, body: str) -> None:  # type: ignore[type-arg]
        template = self._template()
        self.sections.set_sections(sections, template)
        self.body.set_text(body)
        self.template_note.setText(template.description if template is not None else "")
        if sections:
            self.body_heading.setText(self.tr("Anything else"))
            self.body.set_placeholder(
                self.tr("Optional: anything the sections above do not cover.")
            )
        else:
            self.body_heading.setText(self.tr("Reflection"))
            self.body.set_placeholder(
                self.tr("Write your reflection here. **Bold**, *italic* and - bullets work.")
            )
        self._attach_highlighters()
        self._seen_text = self.text_fields()
        self.order_tab_stops()

    def _template_chosen(self, _index: int) -> None:
        template = self._template()
        if template is None or self._in_trash:
            return
        sections, body = switch_template(self.sections.sections(), self.body.text(), template)
        self._show_sections(sections, body)
        self._edited()

    def set_read_only(self, read_only: bool) -> None:
        self.title_edit.setReadOnly(read_only)
        for widget in (
            self.date_edit,
            self.template_combo,
            self.status_combo,
            self.visibility_combo,
        ):
            widget.setEnabled(not read_only)
        self.sections.set_read_only(read_only)
        self.body.set_read_only(read_only)
        self.tag_picker.set_read_only(read_only)
        self.supervision.set_read_only(read_only)
        if self.evidence_panel is not None:
            self.evidence_panel.set_read_only(read_only)
        self.actions_panel.set_read_only(read_only)
        self.identifier_panel.setEnabled(not read_only)
        self.findings_bar.setVisible(not read_only)  # nothing to fix in the trash

    # -- reading back ----------------------------------------------------------------------

    def draft(self) -> EntryDraft:
        """What is in the editor now, as a draft to save."""
        return EntryDraft(
            title=self.title_edit.text(),
            body=self.body.text(),
            event_date=from_qdate(self.date_edit.date()),
            template_id=str(self.template_combo.currentData()),
            sections=self.sections.sections(),
            status=Status(self.status_combo.currentData()),
            visibility=Visibility(self.visibility_combo.currentData()),
            tags=self.tag_picker.tags(),
            supervision=self.supervision.context(),
            actions=self.actions_panel.written_actions(),
        )

    def has_words(self) -> bool:
        """Whether anything has been written (a blank new reflection need not be kept)."""
        draft = self.draft()
        texts = [draft.title, draft.body, *(s.text for s in draft.sections)]
        return any(t.strip() for t in texts) or bool(draft.actions)

    def _text_changed(self) -> None:
        # QPlainTextEdit also says "text changed" when only the underlines are redrawn, so
        # compare with the text last seen before calling it an edit
        fields = self.text_fields()
        if fields == self._seen_text:
            return
        self._seen_text = fields
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading or self._in_trash:
            return
        self._seen_text = self.text_fields()
        self._analysis.start()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        self.error_banner.set_message(message)
        self.error_banner.show()

    def clear_error(self) -> None:
        self.error_banner.hide()

    def set_save_state(self, text: str) -> None:
        if self.save_state.text() != text:  # called on every keystroke: skip needless redraws
            self.save_state.setText(text)

    # -- checks on the text ----------------------------------------------------------------

    def text_fields(self) -> dict[str, str]:
        fields = {"title": self.title_edit.text(), "body": self.body.text()}
        for key, edit in self.sections.edits().items():
            fields[f"section:{key}"] = edit.toPlainText()
        return fields

    def field_titles(self) -> dict[str, str]:
        titles = {"title": self.tr("the title"), "body": self.body_heading.text()}
        for section in self.sections.sections():
            titles[f"section:{section.key}"] = section.title
        return titles

    def analyse_now(self) -> None:
        """Run the identifier check, domain suggestions and word count on the current text."""
        self._analysis.stop()
        self._analysis_after_load.stop()
        fields = self.text_fields()
        self._show_word_count()
        found = check_fields(fields, today=self._today(), protected=self.protected_source())
        self.findings = {k: v for k, v in found.items() if v}
        self.findings_bar.show_findings(self.findings, self.field_titles())
        for name, highlighter in self._highlighters.items():
            highlighter.set_findings(
                fields.get(name, ""), self.findings.get(name, ()), self.palette()
            )
        self.tag_picker.update_suggestions("\n".join(fields.values()))
        self.order_tab_stops()  # findings and suggestions were rebuilt: put them in place

    def order_tab_stops(self) -> None:
        """Tab follows the page: top to bottom, left to right, then the findings bar under
        the page and last the footer's buttons. Rows built later (sections, findings,
        suggestions, actions) would otherwise come at the end of the chain."""
        order: list[QWidget] = [
            *self.error_banner.findChildren(QPushButton),
            *self.trash_banner.findChildren(QPushButton),
            self.title_edit,
            self.date_edit,
            self.template_combo,
            self.status_combo,
            self.visibility_combo,
            *self.sections.edits().values(),
            # the Preview switch sits above the text box it shows, at the page's right edge
            self.body.preview_button,
            self.body.edit,
            self.body.preview,
            *self.tag_picker.focus_order(),
            *self.supervision.focus_order(),
            *self.actions_panel.focus_order(),
            *(self.evidence_panel.focus_order() if self.evidence_panel is not None else []),
            *self.identifier_panel.focus_order(),
        ]
        for widget in widgets_in(self.footer.layout()):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                order.append(widget)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _show_word_count(self) -> None:
        # the same count as the list card's: the saved reflection's words
        self.word_count_label.setText(self.tr("%n word(s)", "", self.draft().word_count))

    def _attach_highlighters(self) -> None:
        """One findings highlighter per text box. The body's box (and its document) stays
        from one reflection to the next, so its highlighter is kept rather than another
        added each time: they piled up, each redrawing on every key typed."""
        edits = {
            "body": self.body.edit,
            **{f"section:{k}": e for k, e in self.sections.edits().items()},
        }
        kept: dict[str, FindingsHighlighter] = {}
        for name, highlighter in self._highlighters.items():
            edit = edits.get(name)
            if edit is not None and highlighter.document() is edit.document():
                kept[name] = highlighter
            elif shiboken6.isValid(highlighter):  # its box is going, or has a new document
                highlighter.setDocument(None)
                highlighter.deleteLater()
        self._highlighters = {
            name: kept.get(name) or FindingsHighlighter(edit.document())
            for name, edit in edits.items()
        }

    def replace_finding(self, field: str, finding: Finding) -> None:
        """Replace one finding (e.g. a name with "Child A") in the field it was found in."""
        with self._holding_still():
            self._replace_in(field, [finding])
            self.analyse_now()

    def replace_all_findings(self) -> None:
        """Replace every finding; the cursor and the page stay where the person left them."""
        with self._holding_still():
            for field, findings in list(self.findings.items()):
                self._replace_in(field, list(findings))
            self.analyse_now()

    def _remember_writing(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new in self._text_boxes():
            self._writing = new

    def _text_boxes(self) -> list[QWidget]:
        return [self.title_edit, *self.sections.edits().values(), self.body.edit]

    @contextmanager
    def _holding_still(self) -> Iterator[None]:
        """Keep the page's scroll position, and give the text box the person was writing in
        its focus back (its cursor moves only by what was replaced before it)."""
        bar = self.scroll_area.verticalScrollBar()
        offset = bar.value()
        writing = self._writing
        yield
        bar.setValue(offset)
        if writing is not None and shiboken6.isValid(writing) and writing.isVisible():
            writing.setFocus(Qt.FocusReason.OtherFocusReason)
        # the boxes re-measure their height once laid out: hold the page there too
        QTimer.singleShot(0, self, lambda: bar.setValue(offset))

    def _replace_in(self, field: str, findings: list[Finding]) -> None:
        if field == "title":
            position = self.title_edit.cursorPosition()
            text = self.title_edit.text()
            new = apply_replacements(text, findings)
            self.title_edit.selectAll()
            self.title_edit.insert(new)  # as typing would: undo brings the name back
            self.title_edit.setCursorPosition(_shifted(position, text, findings))
            self._edited()
            return
        edit = (
            self.body.edit
            if field == "body"
            else self.sections.edit(field.removeprefix("section:"))
        )
        if edit is None:
            return
        text = edit.toPlainText()
        # Each finding is replaced where it is, last first, in one undo step: the text box's
        # own cursor (where the person was typing) moves with the text around it, instead
        # of jumping to the end as it did when the whole text was set again.
        cursor = QTextCursor(edit.document())
        cursor.beginEditBlock()
        for finding in reversed(_applicable(text, findings)):
            cursor.setPosition(_utf16(text[: finding.start]))
            cursor.setPosition(_utf16(text[: finding.end]), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(finding.replacement)
        cursor.endEditBlock()


def _applicable(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings ``apply_replacements`` would replace, in text order: still in place,
    and not overlapping one taken before (earliest, then longest, wins)."""
    taken: list[Finding] = []
    done = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.start - f.end)):
        if finding.start >= done and text[finding.start : finding.end] == finding.text:
            taken.append(finding)
            done = finding.end
    return taken


def _shifted(position: int, text: str, findings: list[Finding]) -> int:
    """Where a cursor at ``position`` in ``text`` is once the findings are replaced."""
    moved = position
    for finding in _applicable(text, findings):
        if finding.end <= position:
            moved += len(finding.replacement) - len(finding.text)
        elif finding.start < position:  # inside the name: after its replacement
            moved += finding.start + len(finding.replacement) - position
    return moved


def _utf16(text: str) -> int:
    """Qt counts text positions in UTF-16 units; Python counts code points."""
    return len(text.encode("utf-16-le")) // 2
