"""Driving the app's real widgets as a person does: shared by the UI tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:  # imported where used, so importing these helpers loads no view
    from journal_app.ui.app import JournalApp
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.first_run import FirstRunDialog
    from journal_app.ui.journal_view import JournalView

ROOT = Path(__file__).resolve().parents[2]


def make_view(qtbot: QtBot, unlocked: UnlockedJournal) -> JournalView:
    """The journal view over ``unlocked``, shown at a laptop's size."""
    from journal_app.ui.journal_view import JournalView

    view = JournalView(unlocked)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def choose_template(view: JournalView, template_id: str) -> None:
    """Pick a reflective model as a user does (activating the combo box item)."""
    combo = view.editor.template_combo
    index = combo.findData(template_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_passphrase(qtbot, dialog: FirstRunDialog, first: str, second: str) -> None:
    fields = dialog.passphrase.fields
    fields.first.clear()
    fields.second.clear()
    qtbot.keyClicks(fields.first, first)
    qtbot.keyClicks(fields.second, second)


def unlock_with(qtbot, app: JournalApp, passphrase: str) -> None:
    """Type ``passphrase`` into the unlock dialog and wait for the journal to open."""
    from journal_app.ui.unlock_dialog import UnlockDialog

    qtbot.waitUntil(lambda: isinstance(app.dialog, UnlockDialog))
    dialog = app.dialog
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.primary)
    qtbot.waitUntil(lambda: app.window.unlocked is not None, timeout=10_000)


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))
