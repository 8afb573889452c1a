"""The draft kept against a crash: kept in the export's encoding of a reflection, read back
whatever the journal thought of it, and drafts kept by the older format still recovered."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.limits import MAX_TITLE
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
from journal_app.core.reflection_json import DRAFT_KEYS, draft_to_json
from journal_app.services.journal import JournalService
from journal_app.services.recovery_drafts import (
    RECOVERY_SETTING,
    RecoveryDraft,
    RecoveryDrafts,
)
from journal_app.store.database import JournalDatabase

SAVED_AT = datetime(2026, 5, 14, 10, 30, 5)

#: a draft with every part filled in (fictional)
FULL = EntryDraft(
    title="Group supervision – drift",
    body="Café notes ŵ",
    event_date=date(2026, 5, 14),
    template_id="gibbs",
    sections=(Section("description", "Description", "What happened"),),
    status=Status.DRAFT,
    visibility=Visibility.PRIVATE,
    tags=(Tag("kss-pl", "5", "2018"),),
    supervision=SupervisionContext(SessionKind.GROUP, 90, "team manager"),
    actions=(Action("Book the audit", ActionKind.ACTION, date(2026, 6, 1), None, "act-1"),),
)

#: the setting exactly as the app wrote it before drafts shared the export's encoding
#: (format 1: lists in place of objects, "template_id"), holding FULL
FORMAT_1 = (
    '{"version": 1, "entry_id": "entry-7", "saved_at": "2026-05-14T10:30:05", "draft": '
    '{"title": "Group supervision – drift", "body": "Café notes ŵ", "event_date": '
    '"2026-05-14", "template_id": "gibbs", "sections": [["description", "Description", '
    '"What happened"]], "status": "draft", "visibility": "private", "tags": [["kss-pl", "5", '
    '"2018"]], "supervision": ["group", 90, "team manager"], "actions": [["Book the audit", '
    '"action", "2026-06-01", null, "act-1"]]}}'
)


@pytest.fixture
def drafts(database: JournalDatabase, journal: JournalService) -> RecoveryDrafts:
    return RecoveryDrafts(database, journal)


def test_a_kept_draft_comes_back_whole(drafts: RecoveryDrafts) -> None:
    drafts.keep(RecoveryDraft("entry-7", SAVED_AT, FULL))
    assert drafts.read() == RecoveryDraft("entry-7", SAVED_AT, FULL)


def test_a_draft_is_kept_as_the_export_writes_a_reflection(
    drafts: RecoveryDrafts, database: JournalDatabase
) -> None:
    drafts.keep(RecoveryDraft("", SAVED_AT, FULL))
    kept = json.loads(database.get_setting(RECOVERY_SETTING) or "")
    assert kept["version"] == 2
    assert kept["draft"] == draft_to_json(FULL)
    assert tuple(kept["draft"]) == DRAFT_KEYS
    assert kept["draft"]["sections"] == [
        {"key": "description", "title": "Description", "text": "What happened"}
    ]


def test_a_draft_kept_in_the_older_format_is_still_recovered(
    drafts: RecoveryDrafts, database: JournalDatabase
) -> None:
    database.set_setting(RECOVERY_SETTING, FORMAT_1)
    expected = RecoveryDraft("entry-7", SAVED_AT, FULL)
    assert drafts.read() == expected
    # its reflection is gone from the journal, so it is offered back
    assert drafts.pending() == expected


@pytest.mark.parametrize(
    "draft",
    [
        pytest.param(EntryDraft(title="", body="Words typed before any title."), id="no-title"),
        pytest.param(EntryDraft(title="t" * (MAX_TITLE + 1)), id="title-too-long"),
        pytest.param(
            EntryDraft(title="Half done", actions=(Action(""),), event_date=None),
            id="empty-action",
        ),
        pytest.param(EntryDraft(title="Pasted", body="before\x00after"), id="nul"),
    ],
)
def test_a_draft_the_journal_refused_to_save_is_still_offered_back(
    drafts: RecoveryDrafts, journal: JournalService, draft: EntryDraft
) -> None:
    with pytest.raises(InvalidInputError):
        journal.create(draft)
    drafts.keep(RecoveryDraft("", SAVED_AT, draft))
    assert drafts.pending() == RecoveryDraft("", SAVED_AT, draft)


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        "[1, 2]",
        FORMAT_1.replace('"version": 1', '"version": 3'),  # from a newer app
        FORMAT_1.replace('"status": "draft"', '"status": "posted"'),
        json.dumps(
            {
                "version": 2,
                "entry_id": "",
                "saved_at": SAVED_AT.isoformat(),
                "draft": {**draft_to_json(FULL), "status": "posted"},
            }
        ),
        json.dumps(
            {
                "version": 2,
                "entry_id": "",
                "saved_at": SAVED_AT.isoformat(),
                "draft": {**draft_to_json(FULL), "title": 5},
            }
        ),
        json.dumps(
            {"version": 2, "entry_id": "", "saved_at": "yesterday", "draft": draft_to_json(FULL)}
        ),
    ],
    ids=[
        "not-json",
        "not-an-object",
        "newer-format",
        "old-unknown-status",
        "unknown-status",
        "title-not-text",
        "bad-time",
    ],
)
def test_a_damaged_draft_offers_nothing(
    drafts: RecoveryDrafts, database: JournalDatabase, stored: str
) -> None:
    database.set_setting(RECOVERY_SETTING, stored)
    assert drafts.read() is None
    assert drafts.pending() is None


def test_a_draft_older_than_the_saved_reflection_is_not_offered(
    drafts: RecoveryDrafts, journal: JournalService
) -> None:
    saved = journal.create(EntryDraft(title="Saved", body="Saved words."))
    before = saved.updated_at.replace(year=saved.updated_at.year - 1)
    drafts.keep(RecoveryDraft(saved.id, before, EntryDraft(title="Saved", body="Older words.")))
    assert drafts.read() is not None
    assert drafts.pending() is None
