"""Shared by the reliability harnesses: new journals, deterministic fictional reflections
and comparisons.

Every reflection's content is a pure function of its id and version, so a harness can say
exactly what a confirmed save must read back as without keeping the text anywhere else.
"""

from __future__ import annotations

import hashlib
import os
import random
import select
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from journal_app.core import keywrap
from journal_app.core.models import Action, Entry, EntryDraft, Section, Status, Visibility
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault

_WORD_TEXT = (
    "supervision reflection practice family risk curiosity relationship team learning "
    "feedback boundaries wellbeing caseload analysis decision voice carer support challenge "
    "drift hypothesis strengths safety plan chronology escalation threshold consultation "
    "café naïve résumé Ωmega مرحبا שלום 🙂 👩🏽‍💻 straße ﬁnance"
)
_WORDS = tuple(_WORD_TEXT.split())
_SIZES = (40, 300, 2_000, 9_000, 30_000)


def fast_kdf() -> keywrap.KdfParams:
    """The floor parameters: the fastest a key file may legally ask for."""
    return keywrap.minimum_params()


def create_journal(
    data_dir: Path, passphrase: str, fill: Callable[[JournalService], None] | None = None
) -> tuple[bytes, str]:
    """Create a journal in ``data_dir`` with the fastest KDF, let ``fill`` write to it, then
    close it. Returns its database key and journal id: all a harness needs to open it again
    without paying for the KDF."""
    database = Vault(data_dir, kdf_params=fast_kdf).create(passphrase).database
    try:
        if fill is not None:
            fill(JournalService(database))
        return database.key, database.journal_id
    finally:
        database.close()


def token(entry_id: str, version: int) -> str:
    """A word found only in this version of this reflection (for search checks)."""
    return "tok" + hashlib.sha256(f"{entry_id}:{version}".encode()).hexdigest()[:14]


def draft_for(entry_id: str, version: int) -> EntryDraft:
    """The fictional content of version ``version`` of reflection ``entry_id``."""
    rng = random.Random(f"{entry_id}:{version}")
    size = rng.choice(_SIZES)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_WORDS)
        words.append(word)
        length += len(word) + 1
    words.insert(rng.randrange(len(words) + 1), token(entry_id, version))
    body = " ".join(words)
    if rng.random() < 0.3:
        body = body.replace(" ", "\n\n", 3)
    sections: tuple[Section, ...] = ()
    if rng.random() < 0.35:
        sections = tuple(
            Section(
                key, key.title(), " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 80)))
            )
            for key in ("description", "feelings", "analysis")[: rng.randrange(1, 4)]
        )
    actions: tuple[Action, ...] = ()
    if rng.random() < 0.25:
        actions = (Action(f"Follow up {rng.choice(_WORDS)} with the team"),)
    return EntryDraft(
        title=f"Crash test {entry_id[:8]} version {version}",
        body=body,
        event_date=date(2025, 1, 1) + timedelta(days=rng.randrange(600)),
        template_id="gibbs" if sections else "free-form",
        sections=sections,
        status=rng.choice((Status.DRAFT, Status.FINAL)),
        visibility=rng.choice((Visibility.PRIVATE, Visibility.SHAREABLE)),
        actions=actions,
    )


def differences(entry: Entry, draft: EntryDraft) -> list[str]:
    """Fields of a stored entry that do not read back exactly as written (names only)."""
    wrong = []
    if entry.title != draft.title:
        wrong.append("title")
    if entry.body != draft.body:
        wrong.append("body")
    if draft.event_date is not None and entry.event_date != draft.event_date:
        wrong.append("event_date")
    if entry.template_id != draft.template_id:
        wrong.append("template")
    if entry.sections != draft.sections:
        wrong.append("sections")
    if entry.status != draft.status or entry.visibility != draft.visibility:
        wrong.append("status/visibility")
    if [a.text for a in entry.actions] != [a.text for a in draft.actions]:
        wrong.append("actions")
    return wrong


def region_of(offset: int, page_size: int = 4096, reserve: int = 80) -> str:
    """SQLCipher 4 layout: a 16-byte salt opens page 1; each page ends with IV and HMAC."""
    if offset < 16:
        return "salt (file header)"
    within = offset % page_size
    if within >= page_size - reserve:
        return "page IV/HMAC (reserve bytes)"
    return "page content (encrypted)"


def file_snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def read_lines(fd: int, until: float | None, buffer: bytearray) -> list[str]:
    """Whole lines a child wrote to the pipe ``fd`` until the deadline ``until`` (a
    ``time.monotonic()`` value), or with ``None`` until end of file; a part line stays in
    ``buffer`` for the next call."""
    lines: list[str] = []
    while True:
        timeout = None if until is None else max(0.0, until - time.monotonic())
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer.extend(chunk)
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            lines.append(line.decode("utf-8"))
        if until is not None and time.monotonic() >= until:
            break
    return lines
