"""Unsaved text kept against a crash: the editor's draft, inside the encrypted database.

Between saves, and whenever a save is refused (no title yet, disk full), the editor's unsaved
draft is written to the journal's own settings table (never a plaintext temp file). On the
next open :meth:`RecoveryDrafts.pending` finds a draft newer than what was saved, and the
journal view offers it back.

The draft is kept as the JSON export writes a reflection (:mod:`journal_app.core.reflection_json`),
read back for its shape only; a draft kept by an older version of the app, in the shorter
format 1, is still read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from journal_app.core.datafiles import DataFileError
from journal_app.core.errors import EntryNotFoundError, InvalidInputError
from journal_app.core.fields import FieldReader
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.reflection_json import DRAFT_KEYS, draft_from_json, draft_to_json
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase

RECOVERY_SETTING = "recovery_draft"

#: 2 keeps the draft as the JSON export writes a reflection; 1 (still read) kept it in a
#: shorter form of its own
FORMAT_VERSION = 2
_KEPT_KEYS = ("version", "entry_id", "saved_at", "draft")


@dataclass(frozen=True)
class RecoveryDraft:
    """An unsaved draft kept in the encrypted database; ``entry_id`` is "" if never saved."""

    entry_id: str
    saved_at: datetime  # naive UTC, like the journal's own timestamps
    draft: EntryDraft


class RecoveryDrafts:
    """The one unsaved draft of an open journal, kept in its encrypted settings table."""

    def __init__(self, database: JournalDatabase, journal: JournalService) -> None:
        self._database = database
        self._journal = journal

    def keep(self, recovery: RecoveryDraft) -> None:
        """Keep ``recovery`` in place of any draft kept before."""
        write_recovery(self._database, recovery)

    def read(self) -> RecoveryDraft | None:
        """The draft kept, if any and readable."""
        return read_recovery(self._database)

    def clear(self) -> None:
        """Forget the kept draft (it was saved, or the person let it go)."""
        clear_recovery(self._database)

    def pending(self) -> RecoveryDraft | None:
        """A kept draft worth offering back: never saved, or newer than and unlike the saved
        reflection."""
        return pending_recovery(self._journal, self._database)


def write_recovery(database: JournalDatabase, recovery: RecoveryDraft) -> None:
    value = {
        "version": FORMAT_VERSION,
        "entry_id": recovery.entry_id,
        "saved_at": recovery.saved_at.isoformat(),
        "draft": draft_to_json(recovery.draft),
    }
    database.set_setting(RECOVERY_SETTING, json.dumps(value, ensure_ascii=False))


def read_recovery(database: JournalDatabase) -> RecoveryDraft | None:
    """The kept draft, in either format, or ``None`` if there is none or it cannot be read."""
    stored = database.get_setting(RECOVERY_SETTING)
    if not stored:
        return None
    reader = FieldReader(RECOVERY_SETTING, DataFileError)
    try:
        kept = reader.fields(json.loads(stored), "", _KEPT_KEYS)
        version = reader.integer(kept["version"], "version", 1, FORMAT_VERSION)
        entry_id = reader.string(kept["entry_id"], "entry_id")
        saved_at = datetime.fromisoformat(reader.string(kept["saved_at"], "saved_at"))
        if version == 1:
            draft = _draft_from_version_1(kept["draft"])
        else:
            fields = reader.fields(kept["draft"], "draft", DRAFT_KEYS)
            # only the shape: the draft may be just what the journal refused to save
            draft = draft_from_json(reader, fields, "draft", checked=False)
    except (ValueError, KeyError, TypeError, InvalidInputError):
        return None  # unreadable (damaged, or from a newer app): nothing to offer
    return RecoveryDraft(entry_id, saved_at, draft)


def _draft_from_version_1(data: Any) -> EntryDraft:
    """A draft kept in format 1, by the app before the export's encoding was shared; raises
    ValueError/KeyError/TypeError if it is damaged."""
    context = data["supervision"]
    return EntryDraft(
        title=str(data["title"]),
        body=str(data["body"]),
        event_date=_day(data["event_date"]),
        template_id=str(data["template_id"]),
        sections=tuple(Section(str(k), str(t), str(x)) for k, t, x in data["sections"]),
        status=Status(data["status"]),
        visibility=Visibility(data["visibility"]),
        tags=tuple(Tag(str(f), str(c), str(v)) for f, c, v in data["tags"]),
        supervision=None
        if context is None
        else SupervisionContext(SessionKind(context[0]), context[1], str(context[2])),
        actions=tuple(
            Action(str(text), ActionKind(kind), _day(due), _day(done), str(action_id))
            for text, kind, due, done, action_id in data["actions"]
        ),
    )


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def clear_recovery(database: JournalDatabase) -> None:
    database.set_setting(RECOVERY_SETTING, "")


def pending_recovery(journal: JournalService, database: JournalDatabase) -> RecoveryDraft | None:
    """A recovery draft worth offering: never saved, or newer than and unlike the saved entry."""
    recovery = read_recovery(database)
    if recovery is None:
        return None
    if not recovery.entry_id:
        return recovery
    try:
        entry = journal.get(recovery.entry_id)
    except EntryNotFoundError:
        return recovery  # the saved reflection is gone; the text is all that is left
    if entry.updated_at > recovery.saved_at:
        return None  # saved after the draft was kept: the draft is old news
    saved = entry.to_draft()
    if _same_text(saved, recovery.draft):
        return None
    return recovery


def _same_text(saved: EntryDraft, recovered: EntryDraft) -> bool:
    # the service tidies spaces in titles and fills in tag versions, so compare what matters
    def key(draft: EntryDraft) -> tuple[object, ...]:
        return (
            " ".join(draft.title.split()),
            draft.body,
            tuple((s.key, s.text) for s in draft.sections),
            tuple((a.text, a.due_date, a.done_date) for a in draft.actions),
            tuple((t.framework_id, t.domain_code) for t in draft.tags),
        )

    return key(saved) == key(recovered)
