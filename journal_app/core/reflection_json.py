"""A reflection as JSON: the one encoding that the JSON export and the recovery drafts write,
and the one reader of it.

A reflection is an object with ``id``, ``title``, ``event_date``, ``created_at``,
``updated_at``, ``template``, ``status``, ``visibility``, ``body``, ``sections`` (key, title,
text), ``tags`` (framework, domain, framework_version), ``supervision`` (session_kind,
duration_minutes, other_party_role, or null) and ``actions`` (id, kind, text, due_date,
done_date), keys always in this order (``docs/json-export.md``). Dates are ``YYYY-MM-DD``;
the times are UTC, ``YYYY-MM-DDTHH:MM:SSZ``. An unsaved draft has no id or times, and its
date may be null.

Reading comes in two strengths. An import file is *checked*: every text within the journal's
limits and storable, ids and codes in their forms, tags known to the catalogue, so a file is
refused whole before anything is saved. A draft the editor kept against a crash is read for
its *shape* only: it may be exactly what the journal refused to save (no title yet, too
long), and is offered back so the person can put it right, so only what could not be shown
in the editor (a wrong type, an unknown status) makes it unreadable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from journal_app.core.fields import FieldReader
from journal_app.core.limits import MAX_ACTION, MAX_ROLE, MAX_SESSION_MINUTES, MAX_TEXT, MAX_TITLE
from journal_app.core.messages import Message
from journal_app.core.models import (
    Action,
    ActionKind,
    Entry,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)

ENTRY_KEYS = (
    "id",
    "title",
    "event_date",
    "created_at",
    "updated_at",
    "template",
    "status",
    "visibility",
    "body",
    "sections",
    "tags",
    "supervision",
    "actions",
)
#: the keys a saved reflection has and a draft has not
_SAVED_ONLY = ("id", "created_at", "updated_at")
#: the keys of what a person writes: a draft, kept or exported
DRAFT_KEYS = tuple(key for key in ENTRY_KEYS if key not in _SAVED_ONLY)
#: the entry keys of the export's schema 1, which had no times
ENTRY_KEYS_V1 = tuple(key for key in ENTRY_KEYS if key not in ("created_at", "updated_at"))
SECTION_KEYS = ("key", "title", "text")
TAG_KEYS = ("framework", "domain", "framework_version")
SUPERVISION_KEYS = ("session_kind", "duration_minutes", "other_party_role")
ACTION_KEYS = ("id", "kind", "text", "due_date", "done_date")

#: the form of the ids of reflections, actions, appraisals and files in an export
ID_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
ID_HINT = Message("import.hint.id")
#: the form of a template's or a framework's id
NAME_FORM = re.compile(r"[a-z0-9][a-z0-9-]{0,39}", re.ASCII)
#: the form of a framework's domain code ("5", "2.1")
CODE_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}", re.ASCII)
CODE_HINT = Message("import.hint.domain")
_SECTION_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_SECTION_TITLE_LIMIT = 200
_TAG_VERSION_LIMIT = 40

#: the journal's rule for a tag read from a file: given the tag and its field path, the tag
#: as the journal keeps it (its version filled in), or a fault raised through the reader
TagCheck = Callable[[Tag, str], Tag]


def iso_day(value: date | None) -> str | None:
    """A date as the JSON holds it, ``YYYY-MM-DD`` (or null)."""
    return value.isoformat() if value is not None else None


def utc_time(value: datetime) -> str:
    """A stored time (naive UTC) as the JSON holds it, to the whole second."""
    return value.replace(microsecond=0).isoformat() + "Z"


def draft_to_json(draft: EntryDraft) -> dict[str, Any]:
    """What a person wrote as JSON-ready data, keys in the documented order."""
    context = draft.supervision
    return {
        "title": draft.title,
        "event_date": iso_day(draft.event_date),
        "template": draft.template_id,
        "status": draft.status.value,
        "visibility": draft.visibility.value,
        "body": draft.body,
        "sections": [{"key": s.key, "title": s.title, "text": s.text} for s in draft.sections],
        "tags": [
            {
                "framework": t.framework_id,
                "domain": t.domain_code,
                "framework_version": t.framework_version,
            }
            for t in draft.tags
        ],
        "supervision": None
        if context is None
        else {
            "session_kind": context.session_kind.value,
            "duration_minutes": context.duration_minutes,
            "other_party_role": context.other_party_role,
        },
        "actions": [
            {
                "id": a.id,
                "kind": a.kind.value,
                "text": a.text,
                "due_date": iso_day(a.due_date),
                "done_date": iso_day(a.done_date),
            }
            for a in draft.actions
        ],
    }


def entry_to_json(entry: Entry) -> dict[str, Any]:
    """A saved reflection as JSON-ready data: its id and times among what was written, keys
    in the documented order."""
    saved = {
        "id": entry.id,
        "created_at": utc_time(entry.created_at),
        "updated_at": utc_time(entry.updated_at),
    }
    written = draft_to_json(entry.to_draft())
    return {key: saved[key] if key in saved else written[key] for key in ENTRY_KEYS}


def draft_from_json(
    reader: FieldReader,
    fields: Mapping[str, object],
    path: str,
    *,
    checked: bool = True,
    check_tag: TagCheck | None = None,
) -> EntryDraft:
    """What a person wrote, from an object whose keys the caller has checked (it holds every
    one of :data:`DRAFT_KEYS`). ``path`` is the object's field path; a fault stops the reader
    naming the field. ``checked`` reads an import (limits, forms, ``check_tag`` for each
    tag); otherwise only the shape is read, as for a kept draft."""
    read = _DraftReader(reader, checked)
    title = read.text(fields["title"], f"{path}.title", Message("field.title"), MAX_TITLE, True)
    sections = tuple(
        read.section(item, f"{path}.sections[{i}]")
        for i, item in enumerate(reader.items(fields["sections"], f"{path}.sections"))
    )
    keys = [s.key for s in sections]
    if checked and len(set(keys)) != len(keys):
        reader.fail(f"{path}.sections", Message("import.sections_same_key"))
    event_date = fields["event_date"]
    return EntryDraft(
        title=title,
        event_date=reader.iso_date(event_date, f"{path}.event_date")
        if checked or event_date is not None
        else None,
        template_id=read.token(
            fields["template"], f"{path}.template", NAME_FORM, Message("import.hint.template")
        ),
        status=reader.choice(fields["status"], f"{path}.status", Status),
        visibility=reader.choice(fields["visibility"], f"{path}.visibility", Visibility),
        body=read.text(fields["body"], f"{path}.body", Message("field.text"), MAX_TEXT),
        sections=sections,
        tags=read.tags(fields["tags"], f"{path}.tags", check_tag),
        supervision=read.supervision(fields["supervision"], f"{path}.supervision"),
        actions=tuple(
            read.action(item, f"{path}.actions[{i}]")
            for i, item in enumerate(reader.items(fields["actions"], f"{path}.actions"))
        ),
    )


class _DraftReader:
    """The parts of a draft, read checked (an import) or for their shape (a kept draft)."""

    def __init__(self, reader: FieldReader, checked: bool) -> None:
        self.reader = reader
        self.checked = checked

    def text(
        self, value: object, field: str, label: Message, limit: int, required: bool = False
    ) -> str:
        if not self.checked:
            return self.reader.string(value, field)
        return self.reader.exact_text(value, field, label, limit, required=required)

    def token(self, value: object, field: str, form: re.Pattern[str], hint: Message) -> str:
        if not self.checked:
            return self.reader.string(value, field)
        return self.reader.matching(value, field, form, hint)

    def section(self, value: object, path: str) -> Section:
        s = self.reader.fields(value, path, SECTION_KEYS)
        return Section(
            key=self.token(
                s["key"], f"{path}.key", _SECTION_KEY, Message("import.hint.section_key")
            ),
            title=self.text(
                s["title"], f"{path}.title", Message("field.section_title"), _SECTION_TITLE_LIMIT
            ),
            text=self.text(s["text"], f"{path}.text", Message("field.section_text"), MAX_TEXT),
        )

    def tags(self, value: object, path: str, check_tag: TagCheck | None) -> tuple[Tag, ...]:
        tags: list[Tag] = []
        for i, item in enumerate(self.reader.items(value, path)):
            where = f"{path}[{i}]"
            t = self.reader.fields(item, where, TAG_KEYS)
            tag = Tag(
                self.token(
                    t["framework"],
                    f"{where}.framework",
                    NAME_FORM,
                    Message("import.hint.framework"),
                ),
                self.token(t["domain"], f"{where}.domain", CODE_FORM, CODE_HINT),
                self.text(
                    t["framework_version"],
                    f"{where}.framework_version",
                    Message("field.version"),
                    _TAG_VERSION_LIMIT,
                ),
            )
            if check_tag is not None:
                tag = check_tag(tag, where)
            if self.checked and any(other.key == tag.key for other in tags):
                self.reader.fail(where, Message("import.tag_twice", tag=tag.key))
            tags.append(tag)
        return tuple(tags)

    def supervision(self, value: object, path: str) -> SupervisionContext | None:
        if value is None:
            return None
        s = self.reader.fields(value, path, SUPERVISION_KEYS)
        minutes = s["duration_minutes"]
        return SupervisionContext(
            session_kind=self.reader.choice(
                s["session_kind"], f"{path}.session_kind", SessionKind
            ),
            duration_minutes=None
            if minutes is None
            else self.reader.integer(minutes, f"{path}.duration_minutes", 0, MAX_SESSION_MINUTES),
            other_party_role=self.text(
                s["other_party_role"], f"{path}.other_party_role", Message("field.role"), MAX_ROLE
            ),
        )

    def action(self, value: object, path: str) -> Action:
        a = self.reader.fields(value, path, ACTION_KEYS)
        action_id = a["id"]
        return Action(
            id="" if action_id == "" else self.token(action_id, f"{path}.id", ID_FORM, ID_HINT),
            kind=self.reader.choice(a["kind"], f"{path}.kind", ActionKind),
            text=self.text(a["text"], f"{path}.text", Message("field.action"), MAX_ACTION, True),
            due_date=self.reader.optional_date(a["due_date"], f"{path}.due_date"),
            done_date=self.reader.optional_date(a["done_date"], f"{path}.done_date"),
        )
