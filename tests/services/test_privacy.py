"""The identifier check over whole reflections: every field an export prints is checked."""

from __future__ import annotations

from datetime import date

from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    SupervisionContext,
)
from journal_app.services.journal import JournalService
from journal_app.services.privacy import (
    ROLE,
    check_entries,
    check_entry,
    field_label,
    replaced_draft,
)


def _entry(journal: JournalService) -> EntryDraft:
    return EntryDraft(
        title="Supervision about drift",
        body="We talked about his sister Ellie and what drift looks like.",
        event_date=date(2026, 3, 4),
        sections=(Section("feelings", "Feelings", "Worried for Ellie."),),
        supervision=SupervisionContext(SessionKind.ONE_TO_ONE, 60, "Mrs Okafor"),
        actions=(
            Action("Read the drift research"),
            Action("Ring Mrs Okafor about the visit on 07700 900123"),
            Action("Learn more about Ellie's school", kind=ActionKind.LEARNING_GOAL),
        ),
    )


def test_actions_and_the_supervision_role_are_checked(journal: JournalService) -> None:
    entry = journal.create(_entry(journal))
    result = check_entry(entry)
    assert set(result.by_field) == {"body", "section:feelings", "action:1", "action:2", ROLE}
    assert {f.text for f in result.by_field["action:1"]} == {"Mrs Okafor", "07700 900123"}
    # the same person gets the same replacement in every field
    role_letter = result.by_field[ROLE][0].replacement
    assert role_letter in {f.replacement for f in result.by_field["action:1"]}
    assert field_label(entry, "action:1") == "Action 2"
    assert field_label(entry, "action:2") == "Learning goal 1"
    assert field_label(entry, ROLE) == "Supervision: with (role)"


def test_replacing_everything_leaves_nothing_to_find(journal: JournalService) -> None:
    entry = journal.create(_entry(journal))
    draft = replaced_draft(check_entry(entry))
    assert "Okafor" not in draft.actions[1].text and "07700" not in draft.actions[1].text
    assert draft.actions[0] == entry.actions[0]  # untouched fields stay exactly as they were
    assert draft.supervision is not None and "Okafor" not in draft.supervision.other_party_role
    assert draft.supervision.duration_minutes == 60
    fixed = journal.update(entry.id, draft)
    assert check_entries([fixed]) == []


def test_a_clean_role_and_actions_find_nothing(journal: JournalService) -> None:
    entry = journal.create(
        EntryDraft(
            title="Team meeting",
            supervision=SupervisionContext(SessionKind.GROUP, 90, "newly qualified social worker"),
            actions=(Action("Book the next reflective group"),),
        )
    )
    assert check_entries([entry]) == []
