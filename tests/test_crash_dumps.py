"""No secrets in crash dumps: every entry point turns core dumps off before opening a journal.

A child process (``tests/crash_dump_child.py``) allows core dumps as ``ulimit -c unlimited``
would, starts an entry point on a real journal, and crashes with SIGSEGV. Whatever the
machine's ``core_pattern`` (a plain file, a pipe to systemd-coredump or apport, a folder we
cannot see), the child reports what the kernel would do: not dumpable, core limit 0. Where
core files land in the crashing process's folder (``core_pattern`` is a plain name, as here),
a control child without any entry point shows that the machine really writes one holding the
text, and the entry point's crash must leave none.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import process_hardening
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.crash_dump_child import MARKER

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="core dumps and prctl are Linux's"
)

CHILD = Path(__file__).with_name("crash_dump_child.py")
CORE_PATTERN = Path("/proc/sys/kernel/core_pattern")


@pytest.fixture
def journal_on_disk(vault: Vault, tmp_path: Path) -> tuple[Path, Path, str]:
    """A real journal with one entry whose title and body hold the marker."""
    created = vault.create(PASSPHRASE)
    entry = JournalService(created.database).create(
        EntryDraft(title=f"Supervision {MARKER}", body=f"Reflection body {MARKER}")
    )
    created.database.close()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return vault.data_dir, passphrase_file, entry.id


def crash_child(mode: str, journal: tuple[Path, Path, str], folder: Path) -> tuple[dict, Path]:
    """Run the child in an empty folder of its own; its report and that folder."""
    data_dir, passphrase_file, entry_id = journal
    cwd = folder / f"crash-{mode}"
    cwd.mkdir()
    home = folder / f"home-{mode}"
    runtime = home / "runtime"
    runtime.mkdir(parents=True, mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),  # the GUI's settings and single-instance socket stay in here
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real keyring
    }
    env.pop("PYTHONFAULTHANDLER", None)
    finished = subprocess.run(
        [sys.executable, str(CHILD), mode, str(data_dir), str(passphrase_file), entry_id],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    lines = finished.stderr.decode(errors="replace").strip().splitlines()
    assert finished.returncode == -signal.SIGSEGV, (finished.returncode, lines[-5:])
    report: dict = json.loads(lines[-1])
    return report, cwd


def describe_cores(folder: Path) -> list[str]:
    """What the crash left in its folder: each file's name, size and whether it has the text."""
    found = []
    for path in sorted(folder.iterdir()):
        holds = MARKER.encode() in path.read_bytes()
        found.append(f"{path.name} ({path.stat().st_size} bytes, text inside: {holds})")
    return found


@pytest.mark.parametrize("mode", ["cli", "module", "gui"])
def test_every_entry_point_turns_crash_dumps_off(
    mode: str, journal_on_disk: tuple[Path, Path, str], tmp_path: Path
) -> None:
    report, cwd = crash_child(mode, journal_on_disk, tmp_path)
    assert report["dumpable"] == 0, "the kernel would still dump this process"
    assert report["rlimit_core"] == [0, 0]
    assert describe_cores(cwd) == []


def test_a_real_crash_leaves_no_core_with_the_text(
    journal_on_disk: tuple[Path, Path, str], tmp_path: Path
) -> None:
    pattern = CORE_PATTERN.read_text().strip() if CORE_PATTERN.exists() else "|"
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"core files do not land beside the process here (core_pattern {pattern!r})")
    _report, control = crash_child("control", journal_on_disk, tmp_path)
    cores = describe_cores(control)
    if not cores:
        pytest.skip("this machine wrote no core file even with core dumps allowed")
    assert "text inside: True" in cores[0]  # without the protection: the text is on disk
    for core in control.iterdir():
        core.unlink()  # tens of megabytes
    report, cwd = crash_child("cli", journal_on_disk, tmp_path)
    assert describe_cores(cwd) == [], report


def test_a_failing_step_never_stops_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sandbox that forbids both calls: nothing raised, nothing printed, nothing done."""
    import ctypes
    import resource

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("not allowed here")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    monkeypatch.setattr(ctypes, "CDLL", refuse)
    assert process_hardening.harden_process() == ()
