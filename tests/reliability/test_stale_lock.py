"""A lock left by a crashed app is taken over safely: the OS drops it when the process dies.

The lock is an ``fcntl.flock`` on ``journal.lock`` (``msvcrt.locking`` on Windows). The file
itself stays behind with the dead process's id in it; that is not a lock, only a note.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.errors import JournalInUseError
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from journal_app.core.models import EntryDraft
    from journal_app.services.journal import JournalService
    from journal_app.services.vault import Vault

    database = Vault(Path(sys.argv[1])).unlock(sys.argv[2])
    JournalService(database).create(EntryDraft(title="Saved just before the crash", body="x"))
    print("saved", flush=True)
    time.sleep(120)
    """
)


def _start_holder(data_dir: Path) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "saved", "the child could not open the journal"
    return child


def test_a_lock_held_by_a_killed_process_is_taken_over(vault: Vault, data_dir: Path) -> None:
    vault.create(PASSPHRASE).database.close()
    child = _start_holder(data_dir)
    try:
        with pytest.raises(JournalInUseError, match=f"process {child.pid}"):
            vault.unlock(PASSPHRASE)
        vault.unlock(PASSPHRASE, writer=False).close()  # readers are never blocked
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert (data_dir / "journal.lock").read_text() == str(child.pid)  # the note stays behind
    database = vault.unlock(PASSPHRASE)  # ...but the lock went with the process
    try:
        titles = [s.title for s in JournalService(database).list()]
        assert titles == ["Saved just before the crash"]  # its confirmed save survived
        assert database.integrity_problems() == []
        assert (data_dir / "journal.lock").read_text() == str(os.getpid())
        with pytest.raises(JournalInUseError):
            vault.unlock(PASSPHRASE)  # and now this process holds it
    finally:
        database.close()


def test_a_leftover_lock_file_naming_a_dead_process_does_not_block(
    vault: Vault, data_dir: Path
) -> None:
    vault.create(PASSPHRASE).database.close()
    (data_dir / "journal.lock").write_text("999999")
    database = vault.unlock(PASSPHRASE)
    try:
        JournalService(database).create(EntryDraft(title="After a crash"))
    finally:
        database.close()
