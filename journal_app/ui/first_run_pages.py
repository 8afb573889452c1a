"""The pages of the first-run steps: layout only; :mod:`first_run` drives them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.framework_choice import suggest_frameworks
from journal_app.core.frameworks import Framework
from journal_app.core.messages import render
from journal_app.core.periods import format_uk_date
from journal_app.services.device_keys import DeviceKeyStatus
from journal_app.ui.language import language_chooser, stored_choice
from journal_app.ui.passphrase_fields import (
    PassphraseFields,
    error_label,
    hint_label,
    show_message,
)
from journal_app.ui.theme import GRID, accent_icon, make_heading, scaled_font


class Page(QWidget):
    """A heading, an introduction and content, spaced on the 8 px grid."""

    def __init__(self, heading: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        make_heading(self.heading, 1.45)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(GRID * 2)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.intro)


class WelcomePage(Page):
    #: the person chose a language ("system", "en" or "cy")
    language_chosen = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to your reflective journal"),
            self.tr(
                "A private place to think through supervision sessions and leadership "
                "moments, link your reflections to the knowledge and skills statement, and "
                "gather evidence for your appraisal."
            ),
            parent,
        )
        picture = QLabel(self)
        picture.setPixmap(accent_icon("journal", 56))
        picture.setAccessibleName(self.tr("Journal"))
        self.body.insertWidget(0, picture)
        self.body.addWidget(
            _icon_row(
                "shield",
                self.tr(
                    "Everything you write is encrypted on this computer with a passphrase "
                    "only you know. Nothing is sent over the internet."
                ),
                self,
            )
        )
        self.body.addWidget(
            _icon_row(
                "key",
                self.tr(
                    "Setting up takes about two minutes: choose a passphrase, keep a "
                    "recovery key safe, and pick the framework you use most."
                ),
                self,
            )
        )
        self.body.addStretch(1)
        # bilingual, so it is found whichever language the page speaks
        label = QLabel(self.tr("&Language / Iaith:"), self)
        self.language = language_chooser(stored_choice(), self)
        label.setBuddy(self.language)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(str(self.language.itemData(index)))
        )
        row = QHBoxLayout()
        row.setSpacing(GRID)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        self.body.addLayout(row)
        self.where = hint_label(
            self.tr("Your journal will be kept in: {folder}").format(folder=data_dir)
        )
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.where)


class PassphrasePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a passphrase"),
            self.tr(
                "You will type it each time you open the journal. Four unrelated words "
                "are easy to remember and hard to guess. Avoid names, dates and anything "
                "you use for another account."
            ),
            parent,
        )
        self.fields = PassphraseFields(self)
        self.busy = hint_label(
            self.tr("Creating your encrypted journal. This takes a few seconds…")
        )
        self.busy.hide()
        self.body.addWidget(self.fields)
        self.body.addWidget(self.busy)
        self.body.addStretch(1)


class RecoveryPage(Page):
    save_kit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Keep your recovery key safe"),
            self.tr(
                "If you forget your passphrase, this recovery key is the only way back into "
                "your journal. Nobody else, including your IT team, can reset it for you. "
                "It is shown only this once."
            ),
            parent,
        )
        self.key = QLabel(self)
        self.key.setProperty("role", "recovery-key")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(scaled_font(mono, 1.35, bold=True))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("Save emergency kit as &PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save emergency kit as PDF"))
        self.save_button.clicked.connect(self.save_kit)
        self.saved = hint_label(
            self.tr("Print the kit, or write the key down, and keep it away from this computer.")
        )
        self.problem = error_label(self)
        self.stored = QCheckBox(self.tr("I have &stored my recovery key safely"), self)
        self.stored.setAccessibleName(self.tr("I have stored my recovery key safely"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        for widget in (self.key,):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.saved)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.body.addWidget(self.stored)

    def set_key(self, key: str) -> None:
        self.key.setText(key)
        self.key.setAccessibleDescription(" ".join(key.replace("-", " ")))

    def choose_kit_file(self) -> Path | None:
        """Ask where to save the emergency kit (in Documents by default); None if cancelled."""
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = self.tr("Reflective journal emergency kit.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save emergency kit"), str(start / name), self.tr("PDF files (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def write_kit(self, destination: Path, recovery_key: str, data_dir: Path, today: date) -> bool:
        """Write the emergency kit PDF; this page says where it went or what went wrong."""
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_name(destination.name + ".pdf")
        # Imported here: it brings in reportlab, which the main window (through Preferences
        # and the key dialogs) must not load before the unlock dialog is shown.
        from journal_app.ui.emergency_kit import save_emergency_kit

        try:
            save_emergency_kit(destination, recovery_key, data_dir, today)
        except JournalError as error:
            show_message(self.problem, str(error))
            return False
        show_message(self.problem, "")
        self.saved.setText(
            self.tr("Saved to {path}. Print it, then keep it away from this computer.").format(
                path=destination
            )
        )
        return True


class DevicePage(Page):
    def __init__(self, status: DeviceKeyStatus, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open without typing your passphrase?"),
            self.tr(
                "Your journal can be remembered by this computer's secure keyring, so it "
                "opens when you are signed in to your account. Only choose this if nobody "
                "else uses your account on this computer. You can change it later in "
                "Preferences."
            ),
            parent,
        )
        self.remember = QCheckBox(self.tr("&Remember on this device"), self)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.setEnabled(status.available)
        self.body.addWidget(self.remember)
        if not status.available:
            reason = hint_label(
                self.tr(
                    "Not available here: {reason} Your passphrase will be asked for each time."
                ).format(reason=render(status.reason))
            )
            self.remember.setAccessibleDescription(reason.text())
            self.body.addWidget(reason)
        self.body.addStretch(1)


class FrameworkPage(Page):
    """Choose the framework offered first, with suggestions for the role and registration."""

    def __init__(
        self,
        frameworks: tuple[Framework, ...],
        preselected: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Which framework do you evidence most?"),
            self.tr(
                "You can link a reflection to domains from any framework; this one is offered "
                "first. You can change it later in Preferences."
            ),
            parent,
        )
        self._frameworks = frameworks
        self._today = today or date.today()
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Your role"))
        # the stored values are job titles as a person would write them in Preferences
        for label, value in (
            (self.tr("Practice leader"), "Practice leader"),
            (self.tr("Practice supervisor (children's services)"), "Practice supervisor"),
            (self.tr("Practice supervisor (adult services)"), "Practice supervisor (adults)"),
            (self.tr("Social worker"), "Social worker"),
        ):
            self.role.addItem(label, value)
        self.registered = QComboBox(self)
        self.registered.setAccessibleName(self.tr("Registered with"))
        for label, value in (
            (self.tr("Social Work England"), "swe"),
            (self.tr("Social Care Wales"), "scw"),
            (self.tr("Both"), "both"),
        ):
            self.registered.addItem(label, value)
        choose = QHBoxLayout()
        for text, combo in (
            (self.tr("&Role:"), self.role),
            (self.tr("Re&gistered with:"), self.registered),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            choose.addWidget(caption)
            choose.addWidget(combo)
            choose.addSpacing(GRID * 2)
        choose.addStretch(1)
        self.body.addLayout(choose)

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        # eight frameworks and more do not fit a 720-pixel screen: the list scrolls
        listing = QWidget(self)
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(GRID * 2)
        for framework in frameworks:
            # the short title: a full one ("Adult social work post-qualifying standards: ...")
            # is wider than the page; it is in the wrapped note below
            button = QRadioButton(framework.short_title, listing)
            button.setAccessibleName(framework.title)
            button.setAccessibleDescription(self._source(framework))
            self.group.addButton(button)
            self.buttons[framework.id] = button
            note = hint_label(self._source(framework), listing)
            note.setIndent(GRID * 3)  # under the text, not the radio circle
            self.notes[framework.id] = note
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(button)
            column.addWidget(note)
            rows.addLayout(column)
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the frameworks' buttons are the Tab stops; the area around them is not one
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(listing)
        self.body.addWidget(scroll, 1)
        chosen = self.buttons.get(preselected) or next(iter(self.buttons.values()), None)
        if chosen is not None:
            chosen.setChecked(True)
        self._suggest(select=False)
        self.role.currentIndexChanged.connect(lambda _i: self._suggest())
        self.registered.currentIndexChanged.connect(lambda _i: self._suggest())

    def _source(self, framework: Framework) -> str:
        text = f"{framework.title} · {framework.publisher}, {framework.year}"
        if framework.in_force_from and framework.in_force_from > self._today:
            text += " · " + self.tr("applies from %1").replace(
                "%1", format_uk_date(framework.in_force_from)
            )
        elif framework.in_force_until:
            text += " · " + self.tr("in force until %1").replace(
                "%1", format_uk_date(framework.in_force_until)
            )
        if framework.about:  # what it is, when its title stays in English in Welsh
            text += f"\n{framework.about}"
        return text

    def suggested_ids(self) -> tuple[str, ...]:
        """The frameworks suggested for the role and registration chosen, best first."""
        found = suggest_frameworks(
            self._frameworks, self.role_text(), self.registered_with(), self._today
        )
        return tuple(f.id for f in found)

    def _suggest(self, select: bool = True) -> None:
        suggested = self.suggested_ids()
        for framework in self._frameworks:
            note = self._source(framework)
            if framework.id in suggested:
                note += " · " + self.tr("suggested for you")
            self.notes[framework.id].setText(note)
        if select and suggested:
            self.buttons[suggested[0]].setChecked(True)

    def role_text(self) -> str:
        return str(self.role.currentData())

    def registered_with(self) -> str:
        return str(self.registered.currentData())

    def chosen_id(self) -> str:
        for framework_id, button in self.buttons.items():
            if button.isChecked():
                return framework_id
        return ""


def _icon_row(icon_name: str, text: str, parent: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(GRID * 2)
    picture = QLabel(row)
    picture.setPixmap(accent_icon(icon_name, 28))
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    label = QLabel(text, row)
    label.setWordWrap(True)
    layout.addWidget(picture)
    layout.addWidget(label, 1)
    return row
