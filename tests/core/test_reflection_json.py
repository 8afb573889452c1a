"""The one encoding of a reflection as JSON, and its reader, checked or for shape only."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from journal_app.core.datafiles import DataFileError
from journal_app.core.fields import FieldReader
from journal_app.core.models import (
    Action,
    ActionKind,
    Entry,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.reflection_json import (
    DRAFT_KEYS,
    ENTRY_KEYS,
    draft_from_json,
    draft_to_json,
    entry_to_json,
)

ENTRY = Entry(
    id="r-1",
    title="Peer supervision on a case review",
    body="What I noticed.",
    event_date=date(2026, 3, 2),
    template_id="gibbs",
    created_at=datetime(2026, 3, 2, 9, 0, 0, 123_456),
    updated_at=datetime(2026, 3, 3, 17, 45, 1),
    status=Status.FINAL,
    visibility=Visibility.SHAREABLE,
    sections=(Section("feelings", "Feelings", "Unsettled at first."),),
    tags=(Tag("kss-pl", "2", "2018"),),
    supervision=SupervisionContext(SessionKind.PEER, None, "senior practitioner"),
    actions=(Action("Read the audit", ActionKind.LEARNING_GOAL, None, date(2026, 4, 1), "a-1"),),
)


def _reader() -> FieldReader:
    return FieldReader("test.json", DataFileError)


def test_a_saved_reflection_is_its_draft_with_id_and_times() -> None:
    encoded = entry_to_json(ENTRY)
    assert tuple(encoded) == ENTRY_KEYS
    assert encoded["id"] == "r-1"
    assert encoded["created_at"] == "2026-03-02T09:00:00Z"  # whole seconds, UTC
    assert encoded["updated_at"] == "2026-03-03T17:45:01Z"
    written = draft_to_json(ENTRY.to_draft())
    assert tuple(written) == DRAFT_KEYS
    assert {key: encoded[key] for key in DRAFT_KEYS} == written


@pytest.mark.parametrize("checked", [True, False])
def test_what_is_written_reads_back_as_it_was(checked: bool) -> None:
    fields = draft_to_json(ENTRY.to_draft())
    assert draft_from_json(_reader(), fields, "entries[0]", checked=checked) == ENTRY.to_draft()


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"title": "  "}, "entries[4].title", "must not be empty"),
        ({"title": "t" * 301}, "entries[4].title", "the limit is 300"),
        ({"template": "Gibbs Model"}, "entries[4].template", "'Gibbs Model' is not allowed here"),
        ({"event_date": None}, "entries[4].event_date", "null is not a date"),
        ({"body": "a\x00b"}, "entries[4].body", "NUL"),
        (
            {
                "actions": [
                    {"id": "", "kind": "action", "text": "", "due_date": None, "done_date": None}
                ]
            },
            "entries[4].actions[0].text",
            "must not be empty",
        ),
    ],
)
def test_an_import_is_checked_and_the_fault_names_its_field(
    change: dict[str, object], field: str, problem: str
) -> None:
    fields = {**draft_to_json(ENTRY.to_draft()), **change}
    with pytest.raises(DataFileError) as refused:
        draft_from_json(_reader(), fields, "entries[4]")
    message = str(refused.value)
    assert f"'test.json' cannot be used at {field}: " in message and problem in message
    # and a kept draft, which may be just what the journal refused to save, is read anyway
    kept = draft_from_json(_reader(), fields, "draft", checked=False)
    assert draft_to_json(kept) == fields


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"status": "posted"}, "draft.status"),
        ({"body": None}, "draft.body"),
        ({"sections": [["feelings", "Feelings", "x"]]}, "draft.sections[0]"),
        ({"supervision": {"session_kind": "peer"}}, "draft.supervision.duration_minutes"),
    ],
)
def test_even_a_kept_draft_must_have_the_right_shape(
    change: dict[str, object], field: str
) -> None:
    fields = {**draft_to_json(ENTRY.to_draft()), **change}
    with pytest.raises(DataFileError, match=f"at {re.escape(field)}: "):
        draft_from_json(_reader(), fields, "draft", checked=False)


def test_each_tag_of_an_import_goes_through_the_journal_s_rule() -> None:
    seen: list[tuple[Tag, str]] = []

    def check(tag: Tag, where: str) -> Tag:
        seen.append((tag, where))
        return Tag(tag.framework_id, tag.domain_code, "2018")

    fields = {
        **draft_to_json(ENTRY.to_draft()),
        "tags": [{"framework": "kss-pl", "domain": "5", "framework_version": ""}],
    }
    draft = draft_from_json(_reader(), fields, "entries[1]", check_tag=check)
    assert seen == [(Tag("kss-pl", "5", ""), "entries[1].tags[0]")]
    assert draft.tags == (Tag("kss-pl", "5", "2018"),)


def test_a_tag_given_twice_in_an_import_is_refused() -> None:
    tag = {"framework": "kss-pl", "domain": "5", "framework_version": "2018"}
    fields = {**draft_to_json(ENTRY.to_draft()), "tags": [tag, tag]}
    with pytest.raises(DataFileError, match=r"at entries\[0\]\.tags\[1\]: the tag kss-pl:5"):
        draft_from_json(_reader(), fields, "entries[0]")
