"""A child process for ``test_crash_dumps.py``: an entry point started, then a crash.

Run as ``python tests/crash_dump_child.py MODE DATA_DIR PASSPHRASE_FILE ENTRY_ID`` with its
working folder where a core file would land. First it allows core dumps as far as it may (as
``ulimit -c unlimited`` in the shell that started the app would), then MODE:

* ``cli``: the ``journal-app`` command (:func:`journal_app.cli.run`) shows the entry;
* ``module``: ``python -m journal_app`` (the package's ``__main__``) shows the entry;
* ``gui``: the desktop app (:func:`journal_app.ui.app.run_app`) starts on the journal;
* ``control``: no entry point at all; the entry's text is simply held in memory.

At the crash point (for ``cli`` and ``module``: as the entry just read from the journal is
printed; for ``gui``: once the event loop runs; for ``control``: straight away) it
writes one line of JSON on stderr (whether the kernel would dump the process, its core
limit) and sends itself SIGSEGV.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import resource
import runpy
import signal
import sys

PR_GET_DUMPABLE = 3
MARKER = "quokka-lantern-crash-marker"


def allow_core_dumps() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        wanted = resource.RLIM_INFINITY
        resource.setrlimit(resource.RLIMIT_CORE, (wanted, wanted))
    except (ValueError, OSError):  # not root: as far as the hard limit allows
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def crash() -> None:
    zero = ctypes.c_ulong(0)
    dumpable = ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, zero, zero, zero, zero)
    report = {"dumpable": dumpable, "rlimit_core": list(resource.getrlimit(resource.RLIMIT_CORE))}
    os.write(2, (json.dumps(report) + "\n").encode())
    os.kill(os.getpid(), signal.SIGSEGV)
    os._exit(99)  # never reached: SIGSEGV's default action ends the process


class CrashOnMarker(io.TextIOBase):
    """Standard output that crashes the process when the entry's text reaches it."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if MARKER in text:
            crash()
        return len(text)


def main(mode: str, data_dir: str, passphrase_file: str, entry_id: str) -> None:
    allow_core_dumps()
    arguments = ["--data-dir", data_dir, "--passphrase-file", passphrase_file, "show", entry_id]
    if mode == "control":
        held = f"{MARKER} held in memory"  # noqa: F841 - the point is that it is in memory
        crash()
    elif mode in ("cli", "module"):
        sys.stdout = CrashOnMarker()
        sys.argv = ["journal-app", *arguments]
        if mode == "cli":
            from journal_app.cli import run

            run()
        else:
            runpy.run_module("journal_app", run_name="__main__", alter_sys=True)
    elif mode == "gui":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        QTimer.singleShot(0, app, crash)  # runs once run_app's event loop is going
        from journal_app.ui.app import run_app

        run_app(data_dir=data_dir)
    print("the crash point was never reached", file=sys.stderr)
    sys.exit(98)


if __name__ == "__main__":
    main(*sys.argv[1:5])
