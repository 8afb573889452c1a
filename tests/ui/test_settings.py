"""Preferences through the real dialog: saved in the journal, theme mirrored, device toggle."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from journal_app.services.preferences import Preferences, load_preferences
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.theme import THEME_SETTING, apply_theme


def test_settings_dialog_round_trip(vault, database, tasks, qtbot, qapp) -> None:
    unlocked = UnlockedJournal.open(vault, database)
    dialog = SettingsDialog(unlocked, load_preferences(database), tasks)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.auto_lock.setValue(3)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.start_month.setCurrentIndex(8)  # September
    qtbot.keyClicks(dialog.user_role, "Principal social worker")
    dialog.remember.setChecked(True)
    try:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.result() == dialog.DialogCode.Accepted
        stored = load_preferences(database)
        assert stored == Preferences(
            auto_lock_minutes=3,
            theme="dark",
            appraisal_year_start_month=9,
            user_role="Principal social worker",
        )
        assert vault.is_remembered()
        assert QSettings().value(THEME_SETTING) == "dark"  # the one thing kept outside
        assert qapp.property("journalTheme") == "dark"

        again = SettingsDialog(unlocked, stored, tasks)
        qtbot.addWidget(again)
        assert again.auto_lock.value() == 3 and again.remember.isChecked()
        again.remember.setChecked(False)
        again.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert not vault.is_remembered()
    finally:
        apply_theme(qapp, "light")
        QSettings().setValue(THEME_SETTING, "light")


def test_out_of_range_values_are_explained(vault, database, tasks, qtbot) -> None:
    unlocked = UnlockedJournal.open(vault, database)
    dialog = SettingsDialog(unlocked, Preferences(), tasks)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("x" * 300)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "under 200 characters" in dialog.message.text()
    assert load_preferences(database) == Preferences()


def test_remember_is_disabled_with_the_reason_without_a_secure_keyring(
    vault_without_keyring, tasks, qtbot
) -> None:
    created = vault_without_keyring.create("kettle orbit marigold lantern")
    try:
        unlocked = UnlockedJournal.open(vault_without_keyring, created.database)
        dialog = SettingsDialog(unlocked, Preferences(), tasks)
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled()
        assert "Not available here" in dialog.remember.accessibleDescription()
    finally:
        created.database.close()


def test_change_passphrase_runs_in_the_background_and_checks_the_old_one(
    vault, database, tasks, qtbot
) -> None:
    from journal_app.ui.change_passphrase import ChangePassphraseDialog
    from tests.conftest import PASSPHRASE

    dialog = ChangePassphraseDialog(vault, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.fields.first, "newer lilac anchor teaspoon")
    qtbot.keyClicks(dialog.fields.second, "newer lilac anchor teaspoon")
    ok.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "not right" in dialog.message.text() and dialog.isVisible()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    ok.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    vault.unlock("newer lilac anchor teaspoon", writer=False).close()


def test_light_and_dark_palettes_and_icons(qapp) -> None:
    from PySide6.QtGui import QPalette

    from journal_app.ui.theme import icon

    try:
        assert apply_theme(qapp, "dark") == "dark"
        window = qapp.palette().color(QPalette.ColorRole.Window)
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        assert window.lightness() < 60 < 200 < text.lightness()
        assert not icon("lock").isNull()
        assert apply_theme(qapp, "light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert qapp.property("journalFusion")
    finally:
        apply_theme(qapp, "light")
