"""Unsaved text kept against a crash: the editor's draft, inside the encrypted database.

Between saves, and whenever a save is refused (no title yet, disk full), the editor's unsaved
draft is written to the journal's own settings table (never a plaintext temp file). On the
next open :meth:`RecoveryDrafts.pending` finds a draft newer than what was saved, and the
journal view offers it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from journal_app.core.errors import EntryNotFoundError
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
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase

RECOVERY_SETTING = "recovery_draft"


@dataclass(frozen=True)
class RecoveryDraft:
    """An unsaved draft kept in the encrypted database; ``entry_id`` is "" if never saved."""

    entry_id: str
    saved_at: datetime  # naive UTC, like the journal's own timestamps
    draft: EntryDraft


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def draft_to_json(draft: EntryDraft) -> dict[str, Any]:
    context = draft.supervision
    return {
        "title": draft.title,
        "body": draft.body,
        "event_date": _day(draft.event_date),
        "template_id": draft.template_id,
        "sections": [[s.key, s.title, s.text] for s in draft.sections],
        "status": draft.status.value,
        "visibility": draft.visibility.value,
        "tags": [[t.framework_id, t.domain_code, t.framework_version] for t in draft.tags],
        "supervision": None
        if context is None
        else [context.session_kind.value, context.duration_minutes, context.other_party_role],
        "actions": [
            [a.text, a.kind.value, _day(a.due_date), _day(a.done_date), a.id]
            for a in draft.actions
        ],
    }


def draft_from_json(data: dict[str, Any]) -> EntryDraft:
    """The draft back from :func:`draft_to_json`; raises ValueError/KeyError/TypeError if bad."""
    context = data["supervision"]
    return EntryDraft(
        title=str(data["title"]),
        body=str(data["body"]),
        event_date=_parse_day(data["event_date"]),
        template_id=str(data["template_id"]),
        sections=tuple(Section(str(k), str(t), str(x)) for k, t, x in data["sections"]),
        status=Status(data["status"]),
        visibility=Visibility(data["visibility"]),
        tags=tuple(Tag(str(f), str(c), str(v)) for f, c, v in data["tags"]),
        supervision=None
        if context is None
        else SupervisionContext(SessionKind(context[0]), context[1], str(context[2])),
        actions=tuple(
            Action(str(text), ActionKind(kind), _parse_day(due), _parse_day(done), str(action_id))
            for text, kind, due, done, action_id in data["actions"]
        ),
    )


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
        "version": 1,
        "entry_id": recovery.entry_id,
        "saved_at": recovery.saved_at.isoformat(),
        "draft": draft_to_json(recovery.draft),
    }
    database.set_setting(RECOVERY_SETTING, json.dumps(value, ensure_ascii=False))


def read_recovery(database: JournalDatabase) -> RecoveryDraft | None:
    stored = database.get_setting(RECOVERY_SETTING)
    if not stored:
        return None
    try:
        value = json.loads(stored)
        return RecoveryDraft(
            entry_id=str(value["entry_id"]),
            saved_at=datetime.fromisoformat(value["saved_at"]),
            draft=draft_from_json(value["draft"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # unreadable (an older format): nothing to offer


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
