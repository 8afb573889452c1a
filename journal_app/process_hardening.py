"""No secrets in crash dumps: the operating system never writes this process's memory to disk.

While a journal is open, the process holds the database key, the passphrase the person typed
and the reflections on screen. A crash dump (a Linux core file, a Windows Error Reporting
minidump) would copy all of that, unencrypted, to a file. :func:`harden_process` is called
first thing by every entry point (``journal-app`` and its commands, ``python -m journal_app``,
the desktop app's :func:`journal_app.ui.app.run_app`), before any journal is unlocked. It is
process-wide, so it lives beside the layers rather than in one: it imports nothing of ours
and nothing slow.

What it does, and what it does not cover:

Linux
    ``RLIMIT_CORE`` is set to 0, soft and hard (without root nothing can raise it again;
    programs we start inherit it). The kernel then writes no core file. A ``core_pattern``
    that pipes to a helper is not bound by the limit: ``systemd-coredump`` honours it and
    keeps no core, other helpers (``apport``) decide for themselves. Hence also
    ``prctl(PR_SET_DUMPABLE, 0)``: the kernel skips the dump altogether, file or pipe,
    whatever the limit or ``core_pattern`` says. It also stops other processes of the same
    user from attaching a debugger (``ptrace``) or reading ``/proc/<pid>/mem``, so a program
    running as the same person cannot lift the key out of the running app. Not covered:
    root (or ``CAP_SYS_PTRACE``) can still read the memory; with ``fs.suid_dumpable = 2``
    the kernel still dumps a non-dumpable process, but only to a root-only file or helper;
    memory swapped out to an unencrypted swap partition (full-disk encryption covers that).

macOS
    ``RLIMIT_CORE`` is set to 0, so no ``/cores/core.<pid>`` is written. Crash Reporter
    still writes a crash report (``~/Library/Logs/DiagnosticReports``): stack traces and
    register values, not the contents of memory. ``ptrace(PT_DENY_ATTACH)`` is deliberately
    not used: it only stops debuggers that honour it and gets in the way of support.

Windows
    ``SetErrorMode`` with ``SEM_NOGPFAULTERRORBOX`` (plus ``SEM_FAILCRITICALERRORS``, as
    Microsoft advises for every program): on a crash Windows Error Reporting is not invoked,
    so it writes no report and no minidump, including the ``LocalDumps`` an administrator
    may have configured. The app then closes without the "stopped working" box.
    ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``: where Error Reporting still runs (a
    report for a window that stopped responding), it collects no heap memory. Not covered:
    a person or program with the same user rights taking a dump on purpose (Task Manager's
    "Create dump file", a debugger), and the page file or hibernation file (BitLocker covers
    those). ``WerAddExcludedApplication`` is not used: it works by program name, and ours is
    ``python.exe``, shared with every other Python program.

Nothing here raises or prints: a step that fails (an old kernel, a sandbox that forbids the
call) is skipped and start-up carries on. Python's own ``faulthandler`` (if someone enables
it with ``PYTHONFAULTHANDLER``) prints only file names, line numbers and function names, never
values, so it cannot show entry text.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

# <linux/prctl.h>
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
# <errhandlingapi.h> and <werapi.h>
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def harden_process() -> tuple[str, ...]:
    """Turn crash dumps of this process off, as far as the platform allows.

    Safe to call more than once. Returns the names of the steps that took effect (for tests
    and diagnostics; nothing secret), e.g. ``("rlimit_core", "not_dumpable")`` on Linux.
    """
    done: list[str] = []
    if sys.platform != "win32" and _no_core_files():
        done.append("rlimit_core")
    if sys.platform.startswith("linux") and _not_dumpable():
        done.append("not_dumpable")
    if sys.platform == "win32":
        done.extend(_no_error_reporting_dumps())
    return tuple(done)


def _no_core_files() -> bool:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except Exception:  # whatever the platform does, start-up goes on
        return False


def _not_dumpable() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        zero = ctypes.c_ulong(0)
        if libc.prctl(PR_SET_DUMPABLE, zero, zero, zero, zero) != 0:
            return False
        return bool(libc.prctl(PR_GET_DUMPABLE, zero, zero, zero, zero) == 0)
    except Exception:
        return False


def _no_error_reporting_dumps() -> list[str]:
    done: list[str] = []
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return done
    with contextlib.suppress(Exception):
        kernel32 = windll.kernel32
        # Keep whatever the process already had (e.g. inherited from a parent).
        current = kernel32.GetErrorMode()
        kernel32.SetErrorMode(current | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        if kernel32.GetErrorMode() & SEM_NOGPFAULTERRORBOX:
            done.append("no_error_reporting")
    with contextlib.suppress(Exception):
        # S_OK is 0; WerSetFlags lives in kernel32 since Vista.
        if windll.kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0:
            done.append("no_heap_in_reports")
    return done
