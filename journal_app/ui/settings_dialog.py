"""Preferences: auto-lock, this device, the default framework, about you, theme, language,
backups.

Everything is saved inside the encrypted journal through
:mod:`journal_app.services.preferences`; the theme and the language are also mirrored in
QSettings because the unlock screen needs them before the journal is open. A new language
shows from the next start (the window's words are set as it is built): the dialog says so,
in the language chosen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.follow_up import DEFAULT_WEEKS, MAX_WEEKS
from journal_app.core.localised import month_name
from journal_app.core.messages import render
from journal_app.core.periods import format_uk_date, parse_uk_or_iso_date
from journal_app.services.preferences import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    Preferences,
    renewal_date,
)
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.change_passphrase import ChangePassphraseDialog
from journal_app.ui.key_dialogs import NewRecoveryKeyDialog, RotateKeyDialog
from journal_app.ui.language import (
    current_language,
    effective_language,
    language_chooser,
    store_choice,
    tell_about_restart,
)
from journal_app.ui.passphrase_fields import error_label, hint_label, show_message
from journal_app.ui.plain_text import literal_text
from journal_app.ui.screen_fit import FittingScrollArea, keep_fitted
from journal_app.ui.tasks import TaskRunner
from journal_app.ui.theme import GRID, apply_theme, mark_primary, store_theme


def _one_line_hint(text: str, parent: QWidget) -> QLabel:
    # Not word-wrapped: wrapped labels make Qt under-size a dialog of stacked groups.
    label = hint_label(text, parent)
    label.setWordWrap(False)
    return label


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class SettingsDialog(QDialog):
    """After Accepted, :attr:`preferences` holds what was saved."""

    def __init__(
        self,
        unlocked: UnlockedJournal,
        preferences: Preferences,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unlocked = unlocked
        self.preferences = preferences
        self.tasks = tasks
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        # The groups scroll when the screen is too short for them all (1280x720 at 150%, or
        # a 1366x768 laptop with a task bar); the message and buttons always stay in view.
        groups = QWidget(self)
        column = QVBoxLayout(groups)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GRID * 2)
        column.addWidget(self._security_group())
        column.addWidget(self._journal_group())
        column.addWidget(self._reminders_group())
        column.addWidget(self._you_group())
        column.addWidget(self._backups_group())
        layout.addWidget(FittingScrollArea(groups, self), 1)
        keep_fitted(self)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        mark_primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(GRID * 70)

    # -- layout ------------------------------------------------------------------------------

    def _form_group(self, title: str, *, compact: bool = False) -> tuple[QGroupBox, QFormLayout]:
        """A titled group with a form; ``compact`` keeps short fields at their natural width."""
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        column.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        column.setSpacing(GRID)
        form = QFormLayout()
        form.setSpacing(GRID)
        if compact:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        column.addLayout(form)
        return group, form

    def _security_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Security"), compact=True)
        self.auto_lock = QSpinBox(group)
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(self.preferences.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(
            self.tr("Lock automatically after this many idle minutes")
        )
        form.addRow(self.tr("&Lock after no activity for:"), self.auto_lock)
        status = self.unlocked.vault.device_status()
        self.remember = QCheckBox(self.tr("&Remember on this device"), group)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.setEnabled(status.available)
        self.remember.setChecked(status.available and self.unlocked.vault.is_remembered())
        hint = (
            self.tr("Opens without your passphrase while you are signed in to this computer.")
            if status.available
            else self.tr("Not available here: {reason}").format(reason=render(status.reason))
        )
        self.remember.setAccessibleDescription(hint)
        change = QPushButton(self.tr("Change &passphrase…"), group)
        change.setAccessibleName(self.tr("Change passphrase"))
        change.clicked.connect(self._change_passphrase)
        new_recovery = QPushButton(self.tr("New &recovery key…"), group)
        new_recovery.setAccessibleName(self.tr("New recovery key"))
        new_recovery.clicked.connect(self._new_recovery_key)
        rotate = QPushButton(self.tr("Someone may &know my passphrase…"), group)
        rotate.setAccessibleName(self.tr("Someone may know my passphrase"))
        rotate.clicked.connect(self._rotate_key)
        row = QHBoxLayout()
        row.addWidget(change)
        row.addWidget(new_recovery)
        row.addWidget(rotate)
        row.addStretch(1)
        # Outside the form: wrapped text gets its full height in a plain column.
        column = group.layout()
        assert isinstance(column, QVBoxLayout)
        column.addWidget(self.remember)
        column.addWidget(_one_line_hint(hint, group))
        column.addLayout(row)
        return group

    def _journal_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Reflections and appearance"), compact=True)
        self.framework = QComboBox(group)
        self.framework.setAccessibleName(self.tr("Default framework"))
        for framework in self.unlocked.catalogue.frameworks:
            self.framework.addItem(framework.short_title, framework.id)
            self.framework.setItemData(
                self.framework.count() - 1,
                literal_text(framework.title),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.framework.findData(self.preferences.default_framework_id)
        self.framework.setCurrentIndex(max(0, index))
        form.addRow(self.tr("Default &framework:"), self.framework)
        self.start_month = QComboBox(group)
        self.start_month.setAccessibleName(self.tr("Appraisal year starts in"))
        for month in range(1, 13):
            self.start_month.addItem(month_name(month), month)
        self.start_month.setCurrentIndex(self.preferences.appraisal_year_start_month - 1)
        form.addRow(self.tr("&Appraisal year starts in:"), self.start_month)
        self.theme = QComboBox(group)
        self.theme.setAccessibleName(self.tr("Theme"))
        for label, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.preferences.theme)))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.language = language_chooser(self.preferences.language, group)
        form.addRow(self.tr("Lang&uage / Iaith:"), self.language)
        self.welsh_forms = QCheckBox(
            self.tr("Search finds &Welsh word forms (plant, blant, phlant)"), group
        )
        self.welsh_forms.setAccessibleDescription(
            self.tr(
                "For journals written in Welsh: a search also finds mutated words. Leave it "
                "off for English, where it would find a few false matches."
            )
        )
        self.welsh_forms.setChecked(self.preferences.search_welsh_forms)
        form.addRow("", self.welsh_forms)
        return group

    def _reminders_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Reminders (they stay in the app)"), compact=True)
        self.open_week = QCheckBox(
            self.tr("Open This week at &unlock when something is due"), group
        )
        self.open_week.setChecked(self.preferences.open_this_week_at_unlock)
        form.addRow("", self.open_week)
        self.follow_up_weeks = QSpinBox(group)
        self.follow_up_weeks.setRange(0, MAX_WEEKS)
        # 0 reads as a word, not "0 weeks": it turns the question off
        self.follow_up_weeks.setSpecialValueText(self.tr("Never"))
        self.follow_up_weeks.setSuffix(self.tr(" weeks after"))
        self.follow_up_weeks.setAccessibleName(
            self.tr("Weeks after a reflection with actions to ask what changed")
        )
        self._follow_ups = self.unlocked.follow_ups()
        try:
            self.follow_up_weeks.setValue(self._follow_ups.weeks())
        except JournalError:  # unreadable: show the default, as the question itself does
            self.follow_up_weeks.setValue(DEFAULT_WEEKS)
        form.addRow(self.tr("Ask what &changed:"), self.follow_up_weeks)
        return group

    def _you_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("About you (shown on your appraisal PDF)"))
        self.user_name = QLineEdit(self.preferences.user_name, group)
        self.user_role = QLineEdit(self.preferences.user_role, group)
        self.employer = QLineEdit(self.preferences.employer, group)
        for edit, label, name in (
            (self.user_name, self.tr("&Name:"), self.tr("Your name")),
            (self.user_role, self.tr("R&ole:"), self.tr("Your role")),
            (self.employer, self.tr("&Employer:"), self.tr("Your employer")),
        ):
            form.addRow(label, _named(edit, name))
        self.user_role.setPlaceholderText(self.tr("for example, Principal social worker"))
        self.registered_with = QComboBox(group)
        self.registered_with.setAccessibleName(self.tr("Registered with"))
        for label, value in (
            (self.tr("Social Work England"), "swe"),
            (self.tr("Social Care Wales"), "scw"),
            (self.tr("Both"), "both"),
        ):
            self.registered_with.addItem(label, value)
        self.registered_with.setCurrentIndex(
            max(0, self.registered_with.findData(self.preferences.registered_with))
        )
        form.addRow(self.tr("Re&gistered with:"), self.registered_with)
        renewal = renewal_date(self.preferences)
        self.renewal = QLineEdit(format_uk_date(renewal) if renewal else "", group)
        self.renewal.setPlaceholderText(self.tr("for example, 1 April 2026"))
        self.renewal.setToolTip(
            self.tr("When your Social Care Wales registration was last renewed")
        )
        form.addRow(
            self.tr("Last &renewal (Wales):"),
            _named(self.renewal, self.tr("Last Social Care Wales renewal")),
        )
        return group

    def _backups_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Backups"))
        self.backups = QLineEdit(self.preferences.backups_folder, group)
        self.backups.setAccessibleName(self.tr("Backups folder"))
        self.backups.setPlaceholderText(str(self.unlocked.data_dir / "backups"))
        choose = QPushButton(self.tr("C&hoose…"), group)
        choose.setAccessibleName(self.tr("Choose backups folder"))
        choose.clicked.connect(self._choose_backups)
        row = QHBoxLayout()
        row.setSpacing(GRID)
        row.addWidget(self.backups, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("&Backups folder:"), group)
        label.setBuddy(self.backups)
        form.addRow(label, row)
        column = group.layout()
        assert isinstance(column, QVBoxLayout)
        column.addWidget(
            _one_line_hint(
                self.tr(
                    "Backups are encrypted like the journal. Leave empty for the usual place."
                ),
                group,
            )
        )
        return group

    # -- actions -----------------------------------------------------------------------------

    def _choose_backups(self) -> None:
        start = self.backups.text() or str(self.unlocked.data_dir)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose backups folder"), start)
        if chosen:
            self.backups.setText(chosen)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.unlocked.vault, self.tasks, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(
                self, self.tr("Passphrase changed"), self.tr("Your new passphrase is set.")
            )

    def _new_recovery_key(self) -> None:
        NewRecoveryKeyDialog(self.unlocked, self.tasks, self).exec()

    def _rotate_key(self) -> None:
        dialog = RotateKeyDialog(self.unlocked, self.tasks, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # The device's remembered key (if any) was replaced with the new one.
            self.remember.setChecked(
                self.remember.isEnabled() and self.unlocked.vault.is_remembered()
            )

    def chosen(self) -> Preferences:
        """The preferences as the form shows them (not yet saved)."""
        return replace(
            self.preferences,
            auto_lock_minutes=self.auto_lock.value(),
            default_framework_id=str(self.framework.currentData() or "kss-pl"),
            appraisal_year_start_month=int(self.start_month.currentData()),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            user_name=self.user_name.text(),
            user_role=self.user_role.text(),
            employer=self.employer.text(),
            backups_folder=self.backups.text(),
            registered_with=str(self.registered_with.currentData() or "swe"),
            scw_renewal_date=self._renewal_text(),
            search_welsh_forms=self.welsh_forms.isChecked(),
            open_this_week_at_unlock=self.open_week.isChecked(),
        )

    def _renewal_text(self) -> str:
        text = self.renewal.text().strip()
        # parse_uk_or_iso_date raises InvalidInputError with the accepted forms
        return parse_uk_or_iso_date(text).isoformat() if text else ""

    def _save(self) -> None:
        try:
            chosen = self.chosen()  # a renewal date that is not a date stops here
            saved = self.unlocked.save_preferences(chosen)
            if self.follow_up_weeks.value() != self._follow_ups.weeks():
                self._follow_ups.set_weeks(self.follow_up_weeks.value())
            self._apply_device_choice()
        except JournalError as error:
            show_message(self.message, str(error))
            return
        if saved.theme != self.preferences.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, saved.theme)
        store_theme(saved.theme)
        store_choice(saved.language)
        self.preferences = saved
        speaks = effective_language(saved.language)
        if speaks != current_language():
            tell_about_restart(self, speaks)
        self.accept()

    def _apply_device_choice(self) -> None:
        vault = self.unlocked.vault
        if not self.remember.isEnabled():
            return
        if self.remember.isChecked() and not vault.is_remembered():
            self.unlocked.remember_on_device()
        elif not self.remember.isChecked() and vault.is_remembered():
            vault.forget_on_device()
