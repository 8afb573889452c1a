"""One change to the keys at a time: an OS lock on a small file beside the key file.

Changing the passphrase, recovering, issuing a new recovery key and rotating the database key
each read the key file, do slow work (Argon2id) and write it back. Two of them at once would
both report success while only the last write counts. Each takes this lock around its
"is the key file still the one I read? then write" step, so the second learns it lost.

It is a separate file from ``journal.lock``: the app holds that one for as long as a journal
is open, and the passphrase is changed from inside the open app.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from journal_app.core.errors import JournalInUseError, StorageError
from journal_app.core.messages import Message
from journal_app.store.files import FILE_MODE
from journal_app.store.instance_lock import _try_lock, _unlock, read_only_message

KEY_LOCK_NAME = "journal.key.lock"
#: how long to wait for another change to the keys before giving up (a passphrase change
#: holds the lock for milliseconds; a key rotation for as long as it runs)
DEFAULT_WAIT_SECONDS = 15.0

BUSY_MESSAGE = Message("keys.busy")


#: locks this process holds, by path: (holding thread, depth). A key rotation holds the
#: lock throughout and makes a backup meanwhile, which takes it again on the same thread.
_held: dict[str, tuple[int, int]] = {}
_guard = threading.Lock()


@contextlib.contextmanager
def key_file_lock(data_dir: Path, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the key lock of the journal in ``data_dir`` (:class:`JournalInUseError` when
    another process or thread keeps it longer than ``wait_seconds``). Re-entrant on the
    thread that holds it."""
    name = os.path.abspath(data_dir / KEY_LOCK_NAME)
    me = threading.get_ident()
    with _guard:
        holder = _held.get(name)
        if holder is not None and holder[0] == me:
            _held[name] = (me, holder[1] + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                thread, depth = _held[name]
                _held[name] = (thread, depth - 1)
        return
    with _os_lock(data_dir, DEFAULT_WAIT_SECONDS if wait_seconds is None else wait_seconds):
        with _guard:
            _held[name] = (me, 1)
        try:
            yield
        finally:
            with _guard:
                del _held[name]


@contextlib.contextmanager
def _os_lock(data_dir: Path, wait_seconds: float) -> Iterator[None]:
    try:
        fd = os.open(data_dir / KEY_LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError:
        raise StorageError(read_only_message(data_dir)) from None
    handle = os.fdopen(fd, "r+", encoding="utf-8")
    try:
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise JournalInUseError(BUSY_MESSAGE)
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()
