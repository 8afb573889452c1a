"""A child process for ``test_autosave_kill.py``: a journal being written in, then killed.

Run as ``python -m tests.ui.autosave_child FOLDER MODE`` from the repository root. It creates
an encrypted journal in FOLDER (floor KDF cost), opens the real :class:`JournalView`, starts a
new reflection and types into it, then prints one line ``typed {...}`` (JSON: the
``time.monotonic()`` of every keystroke in the body) and keeps the event loop running until
the parent kills it. MODE:

* ``settled``: title and body typed, then 2.5 s of event loop (longer than the 1.5 s
  autosave delay) before ``typed`` is printed;
* ``typing``: the body typed one key at a time at ~20 ms a key, ``typed`` printed straight
  after the last key; the parent kills it ~0.3 s later, before the autosave would run.

Nothing here touches the user's settings or keyring: QSettings go to FOLDER's parent, and the
vault has no device key store.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "tidy harbour lantern seventeen"
TITLE = "Supervision that was interrupted"
SETTLED_BODY = "Settled text: the quokka moment, saved once typing stopped."
TYPING_BODY = "Typing text: a pangolin thought written right up to the moment of the crash."
KEY_DELAY_MS = 20
SLEEP_MS = 60_000  # the parent kills the process long before this


def main(folder: Path, mode: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from journal_app.core import keywrap

    # the same fast-KDF trick as the tests' ``fast_kdf`` fixture, before the vault exists
    keywrap.calibrate = lambda *_a, **_k: keywrap.minimum_params()

    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.journal_view import JournalView

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder.parent / "qsettings")
    )
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("ReflectiveJournalTests")
    app.setApplicationName("autosave-kill-child")

    vault = Vault(folder)
    created = vault.create(PASSPHRASE, PASSPHRASE)
    unlocked = UnlockedJournal.open(vault, created.database)
    view = JournalView(unlocked)
    view.resize(1280, 800)
    view.show()
    view.new_entry()
    editor = view.editor

    stamps: list[float] = []
    QTest.keyClicks(editor.title_edit, TITLE)
    if mode == "settled":
        QTest.keyClicks(editor.body.edit, SETTLED_BODY)
        stamps.append(time.monotonic())
        QTest.qWait(2500)
    elif mode == "typing":
        for character in TYPING_BODY:
            QTest.keyClicks(editor.body.edit, character)
            stamps.append(time.monotonic())
            QTest.qWait(KEY_DELAY_MS)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print("typed " + json.dumps(stamps), flush=True)
    QTest.qWait(SLEEP_MS)  # sleeping in the event loop: timers still fire
    return 1  # only reached if nobody killed us


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2]))
