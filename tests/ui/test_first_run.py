"""First run, driven through the real dialog: welcome -> passphrase -> recovery key ->
this device -> framework -> the main window."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from journal_app.services.preferences import load_preferences
from journal_app.ui.first_run import (
    DEVICE,
    FRAMEWORK,
    PASSPHRASE,
    RECOVERY,
    WELCOME,
    FirstRunDialog,
)
from tests.ui.conftest import UI_PASSPHRASE

RECOVERY_KEY = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_passphrase(qtbot, dialog: FirstRunDialog, first: str, second: str) -> None:
    fields = dialog.passphrase.fields
    fields.first.clear()
    fields.second.clear()
    qtbot.keyClicks(fields.first, first)
    qtbot.keyClicks(fields.second, second)


def test_first_run_end_to_end(make_app, vault, qtbot, tmp_path: Path) -> None:
    app = make_app(vault)
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    assert dialog.current_step() == WELCOME
    assert str(vault.data_dir) in dialog.welcome.where.text()
    click(qtbot, dialog.next_button)
    assert dialog.current_step() == PASSPHRASE

    # Too short: refused with a reason, nothing created.
    type_passphrase(qtbot, dialog, "short", "short")
    assert dialog.passphrase.fields.meter.value() == 0
    click(qtbot, dialog.next_button)
    assert dialog.current_step() == PASSPHRASE
    assert "at least 10 characters" in dialog.passphrase.fields.message.text()
    assert not vault.exists()

    # Typed differently twice: refused too.
    type_passphrase(qtbot, dialog, UI_PASSPHRASE, UI_PASSPHRASE + "x")
    click(qtbot, dialog.next_button)
    assert "not the same" in dialog.passphrase.fields.message.text()
    assert not vault.exists()

    type_passphrase(qtbot, dialog, UI_PASSPHRASE, UI_PASSPHRASE)
    assert dialog.passphrase.fields.meter.value() >= 3
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.current_step() == RECOVERY, timeout=10_000)
    assert vault.exists()
    assert dialog.passphrase.fields.passphrase() == ""  # not left on screen

    # The recovery key, shown once; Continue waits for "I have stored it safely".
    recovery_key = dialog.recovery.key.text()
    assert RECOVERY_KEY.match(recovery_key)
    assert not dialog.back_button.isVisible() and not dialog.cancel_button.isVisible()
    assert not dialog.next_button.isEnabled()
    kit = tmp_path / "kit"
    assert dialog.save_kit_to(kit)
    saved = tmp_path / "kit.pdf"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert recovery_key in text and str(vault.data_dir) in text
    dialog.recovery.stored.setChecked(True)
    click(qtbot, dialog.next_button)

    # This device: the keyring double is available, so the option is offered.
    assert dialog.current_step() == DEVICE
    assert dialog.device.remember.isEnabled()
    dialog.device.remember.setChecked(True)
    click(qtbot, dialog.next_button)

    # The framework: practice leaders' KSS preselected.
    assert dialog.current_step() == FRAMEWORK
    assert dialog.framework.chosen_id() == "kss-pl"
    click(qtbot, dialog.next_button)

    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.unlocked is not None)
    assert app.dialog is None
    database = app.window.unlocked.journal.database
    assert load_preferences(database).default_framework_id == "kss-pl"
    assert vault.is_remembered()
    assert app.window.windowTitle() == "Reflective Supervision Journal"

    app.shutdown()
    reopened = vault.unlock(UI_PASSPHRASE)
    reopened.close()


def test_remember_on_device_not_offered_without_a_secure_keyring(
    vault_without_keyring, tasks, qtbot
) -> None:
    dialog = FirstRunDialog(vault_without_keyring, tasks)
    qtbot.addWidget(dialog)
    assert not dialog.device.remember.isEnabled()
    assert "Not available here" in dialog.device.remember.accessibleDescription()


def test_remember_on_device_offered_with_the_keyring_double(vault, tasks, qtbot) -> None:
    dialog = FirstRunDialog(vault, tasks)
    qtbot.addWidget(dialog)
    assert dialog.device.remember.isEnabled()
    assert not dialog.device.remember.isChecked()  # off by default


def test_cancel_before_the_passphrase_creates_nothing(make_app, vault, qtbot) -> None:
    app = make_app(vault)
    quit_signals: list[bool] = []
    app.quit_requested.connect(lambda: quit_signals.append(True))
    app.start()
    dialog = app.dialog
    click(qtbot, dialog.cancel_button)
    assert quit_signals == [True]
    assert not vault.data_dir.exists() or not any(vault.data_dir.iterdir())
    assert not app.window.isVisible()


def test_every_control_has_an_accessible_name(vault, tasks, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    dialog = FirstRunDialog(vault, tasks)
    qtbot.addWidget(dialog)
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    unnamed = [c for c in controls if not c.accessibleName() and not c.text()]
    assert unnamed == []


def test_the_framework_page_suggests_the_current_framework_for_role_and_nation(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from journal_app.core.catalogue import Catalogue
    from journal_app.ui.first_run_pages import FrameworkPage

    today = date(2026, 12, 2)
    catalogue = Catalogue.builtin(today=today)
    page = FrameworkPage(catalogue.frameworks, "kss-pl", None, today)
    qtbot.addWidget(page)
    assert page.chosen_id() == "kss-pl"
    assert page.notes["kss-pl"].text().endswith("suggested for you")
    assert "applies from 1 April 2027" in page.notes["ecs"].text()
    assert "in force until 31 March 2027" in page.notes["kss-cfp"].text()
    page.role.setCurrentIndex(page.role.findData("Practice supervisor (adults)"))
    assert page.chosen_id() == "kss-ps-adults"
    page.registered.setCurrentIndex(page.registered.findData("scw"))
    assert page.chosen_id() == "scw"
    assert page.buttons["scw"].text() == "SCW Workers' Code"
    assert (
        page.notes["scw"]
        .text()
        .startswith(
            "Code of Professional Practice for Social Care Workers · Social Care Wales, 2026"
        )
    )
    page.role.setCurrentIndex(page.role.findData("Social worker"))
    page.registered.setCurrentIndex(page.registered.findData("swe"))
    # the practitioners' statement is in force until the early career standards take over
    assert page.chosen_id() == "kss-cfp"
