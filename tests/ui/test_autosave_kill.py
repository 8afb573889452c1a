"""Autosave survives a killed process (SIGKILL: no flush, no close, no atexit).

A child process (``tests/ui/autosave_child.py``) writes in a real :class:`JournalView` and is
killed by the parent; the parent then opens the journal with the Vault and JournalService.

* Killed well after typing stopped: the reflection was autosaved, the text is all there.
* Killed ~0.3 s after the last keystroke (before the 1.5 s autosave): the encrypted recovery
  draft holds all but the last moment of typing, and the next JournalView offers it back.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.services.vault import Vault
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.journal_view import JournalView
from tests.ui import autosave_child as child

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

REPO_ROOT = Path(__file__).resolve().parents[2]
TYPED_TIMEOUT_S = 15.0
KILL_AFTER_LAST_KEY_S = 0.3
AT_MOST_LOST_S = 2.0  # "a kill loses at most the last couple of seconds of typing"


def run_and_kill(folder: Path, mode: str, kill_after_s: float) -> tuple[list[float], float]:
    """Start the child, wait for "typed", SIGKILL it ``kill_after_s`` later.

    Returns the keystroke times the child reported and the time of the kill (both
    ``time.monotonic()``, the same clock in both processes).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    log = folder.parent / f"child-{mode}.log"  # a file, so a chatty child never blocks
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.autosave_child", str(folder), mode],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        deadline = time.monotonic() + TYPED_TIMEOUT_S
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (process.poll() is not None and lines.empty()):
                _stop(process)
                pytest.fail(
                    f"the child never said 'typed' (rc={process.returncode}): {log.read_text()}"
                )
            try:
                line = lines.get(timeout=min(remaining, 0.2))
            except queue.Empty:
                continue
            if line.startswith("typed "):
                stamps = json.loads(line.removeprefix("typed "))
                break
        time.sleep(max(0.0, stamps[-1] + kill_after_s - time.monotonic()))
        assert process.poll() is None, "the child must still be running when it is killed"
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=5) == -signal.SIGKILL
        return stamps, killed_at
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


def reopen(folder: Path) -> UnlockedJournal:
    vault = Vault(folder)
    return UnlockedJournal.open(vault, vault.unlock(child.PASSPHRASE))


def assert_no_plaintext(folder: Path, word: bytes) -> None:
    """Whatever the kill left behind (WAL included) holds no readable text."""
    for path in folder.rglob("*"):
        if path.is_file():
            assert word not in path.read_bytes(), path.name


def test_killed_after_typing_stopped_the_reflection_was_saved(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    run_and_kill(folder, "settled", kill_after_s=0.0)
    assert_no_plaintext(folder, b"quokka")

    unlocked = reopen(folder)
    try:
        summaries = unlocked.journal.list()
        assert len(summaries) == 1
        saved = unlocked.journal.get(summaries[0].id)
        assert saved.title == child.TITLE
        assert saved.body == child.SETTLED_BODY
        # saved, so nothing is left to offer back
        assert unlocked.drafts.pending() is None
    finally:
        unlocked.close()


def test_killed_mid_typing_the_recovery_draft_brings_the_text_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    stamps, killed_at = run_and_kill(folder, "typing", kill_after_s=KILL_AFTER_LAST_KEY_S)
    typed = child.TYPING_BODY
    assert len(stamps) == len(typed)
    assert killed_at - stamps[-1] < 1.5, "the kill must come before the autosave delay"
    assert_no_plaintext(folder, b"pangolin")

    unlocked = reopen(folder)
    try:
        # The autosave never ran: the text can only come from the recovery draft.
        assert unlocked.journal.count() == 0
        recovery = unlocked.drafts.read()
        assert recovery is not None and recovery.entry_id == ""
        assert recovery.draft.title == child.TITLE
        kept = recovery.draft.body
        assert typed.startswith(kept) and "pangolin" in kept
        if len(kept) < len(typed):  # what was lost was typed in the last moment only
            first_lost_at = stamps[len(kept)]
            assert killed_at - first_lost_at <= AT_MOST_LOST_S, (
                f"lost {typed[len(kept) :]!r}, typed {killed_at - first_lost_at:.2f} s "
                "before the kill"
            )

        # The next open offers it back; Restore puts it in the editor and saves it.
        view = JournalView(unlocked)
        qtbot.addWidget(view)
        view.show()
        banner = view.recovery_banner
        assert not banner.isHidden()
        assert banner.message.text().startswith("Restore unsaved text?")
        restore = banner.button("Restore")
        assert restore is not None
        restore.click()
        assert banner.isHidden()
        assert view.editor.title_edit.text() == child.TITLE
        assert view.editor.body.text() == kept
        entry_id = view.editor.entry_id
        assert entry_id is not None
        restored = unlocked.journal.get(entry_id)
        assert restored.title == child.TITLE and restored.body == kept
        assert unlocked.drafts.read() is None
        view.close()
    finally:
        unlocked.close()
