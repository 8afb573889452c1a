"""The strength meter and the new-passphrase dialogs follow core/passphrase.py: the meter shows
zxcvbn's estimate with its advice in words (also for screen readers), and the first-run and
change-passphrase dialogs refuse what the rule refuses, saying why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from journal_app.ui.change_passphrase import ChangePassphraseDialog
from journal_app.ui.first_run import PASSPHRASE, FirstRunDialog
from journal_app.ui.passphrase_fields import PassphraseFields
from journal_app.ui.unlock_dialog import RecoveryDialog
from tests.conftest import PASSPHRASE as JOURNAL_PASSPHRASE
from tests.conftest import snapshot
from tests.ui.drive import loaded_after

REVIEW_WEAK = (
    "aaaaaaaaaa",
    "1234567890",
    "password123",
    "Password1!",
    "P@ssw0rd123",
    "Liverpool1!",
)
STRONG = "kettle orbit crayon meadow"


def _fields(qtbot) -> PassphraseFields:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    return fields


def _type(qtbot, fields: PassphraseFields, first: str, second: str | None = None) -> None:
    fields.clear()
    qtbot.keyClicks(fields.first, first)
    qtbot.keyClicks(fields.second, first if second is None else second)


@pytest.mark.parametrize("passphrase", REVIEW_WEAK)
def test_the_meter_shows_the_reviews_passphrases_as_weak_with_advice(
    qtbot, passphrase: str
) -> None:
    fields = _fields(qtbot)
    _type(qtbot, fields, passphrase)
    assert fields.meter.value() == 1
    assert fields.meter.property("weak") is True
    words = fields.strength.text()
    assert words.startswith("Weak:")
    assert "Add another word or two" in words
    assert passphrase not in words
    assert fields.meter.accessibleDescription() == words
    assert not fields.check()
    assert "too easy to guess" in fields.message.text()


def test_the_meter_names_what_is_wrong_and_then_says_good(qtbot) -> None:
    fields = _fields(qtbot)
    qtbot.keyClicks(fields.first, "Liverpool1!")
    assert "close to a password many people use" in fields.strength.text()
    assert "Capital letters" in fields.strength.text()

    fields.first.clear()
    qtbot.keyClicks(fields.first, "journal social supervision reflective")
    assert fields.meter.value() == 2
    assert fields.meter.property("weak") is True
    assert fields.strength.text().startswith("Not strong enough yet:")
    assert "about this journal or your work" in fields.meter.accessibleDescription()

    fields.first.clear()
    qtbot.keyClicks(fields.first, STRONG)
    assert fields.meter.value() >= 3
    assert fields.meter.property("weak") is False
    assert fields.strength.text() in ("Good: hard to guess.", "Strong: very hard to guess.")
    assert fields.meter.accessibleDescription() == fields.strength.text()


def test_first_run_refuses_a_weak_passphrase_and_says_why(make_app, vault, qtbot) -> None:
    app = make_app(vault)
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_step() == PASSPHRASE

    _type(qtbot, dialog.passphrase.fields, "Liverpool1!")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    message = dialog.passphrase.fields.message
    assert message.isVisible()
    assert message.text().startswith("That passphrase would be too easy to guess.")
    assert "close to a password many people use" in message.text()
    assert dialog.current_step() == PASSPHRASE
    assert not vault.exists()


def test_change_passphrase_refuses_a_weak_one_and_changes_nothing(
    vault, database, tasks, qtbot
) -> None:
    database.close()
    before = snapshot(vault.data_dir)
    dialog = ChangePassphraseDialog(vault, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, JOURNAL_PASSPHRASE)
    _type(qtbot, dialog.fields, "Liverpool1!")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    tasks.wait()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.fields.message.isVisible()
    assert "too easy to guess" in dialog.fields.message.text()
    assert "Add another word or two" in dialog.fields.message.text()
    assert snapshot(vault.data_dir) == before


@pytest.fixture
def recovery_key(vault) -> str:
    created = vault.create(JOURNAL_PASSPHRASE)
    created.database.close()
    return created.recovery_key


def test_recovery_refuses_a_weak_passphrase_and_changes_nothing(
    make_app, vault, recovery_key, qtbot
) -> None:
    before = snapshot(vault.data_dir)
    app = make_app(vault)
    app.start()
    qtbot.mouseClick(app.dialog.forgot, Qt.MouseButton.LeftButton)
    recovery = app.dialog.recovery
    assert isinstance(recovery, RecoveryDialog)
    qtbot.keyClicks(recovery.key, recovery_key)
    _type(qtbot, recovery.fields, "Password1!")
    qtbot.mouseClick(recovery.primary, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in recovery.fields.message.text()
    assert recovery.isVisible() and app.window.unlocked is None
    assert snapshot(vault.data_dir) == before


def test_showing_the_empty_fields_does_not_load_zxcvbn() -> None:
    loaded = loaded_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import journal_app.ui.app\n"
        "from journal_app.ui.first_run_pages import PassphrasePage\n"
        "page = PassphrasePage()\n"
        "page.fields.first.setText('kettle')\n"
    )
    assert "journal_app.core.passphrase" in loaded
    assert "zxcvbn" not in loaded
