"""Reading a JSON export back in: the whole file is checked before anything is imported.

A file that is malformed, from a newer version of the app, or valid only in part is refused
as a whole with the reason and where it is (field path and line), so the journal never holds
half an import. Ids are kept, so an import into a new journal exports to the same bytes.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from journal_app.core.appraisal import Appraisal
from journal_app.core.errors import InvalidInputError
from journal_app.core.follow_up import MAX_FOLLOW_UP, FollowUp
from journal_app.core.limits import MAX_ACTION, MAX_ROLE, MAX_SESSION_MINUTES, MAX_TEXT, MAX_TITLE
from journal_app.core.messages import Message
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
from journal_app.services.exporters import json_fields as f
from journal_app.services.exporters.errors import ImportRejected
from journal_app.services.exporters.json_appraisals import appraisal_from_json
from journal_app.services.exporters.json_evidence import ImportedFile, evidence_from_json
from journal_app.services.exporters.json_export import (
    ACTION_KEYS,
    ENTRY_KEYS,
    ENTRY_KEYS_V1,
    FOLLOW_UP_KEYS,
    FORMAT_NAME,
    SCHEMA_VERSION,
    SECTION_KEYS,
    SUPERVISION_KEYS,
    TAG_KEYS,
    TOP_KEYS,
    TOP_KEYS_V2,
)
from journal_app.services.exporters.json_locate import line_of
from journal_app.services.journal import checked_tag

MAX_FILE_BYTES = 512 * 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_TEMPLATE = re.compile(r"[a-z0-9][a-z0-9-]{0,39}", re.ASCII)
_SECTION_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}", re.ASCII)
_ID_HINT = Message("import.hint.id")


class TagResolver(Protocol):
    """The framework catalogue, which every tag must name (see ``checked_tag``)."""

    def resolve_tag(self, key: str) -> Tag: ...


@dataclass(frozen=True)
class ImportedEntry:
    """A reflection from the file, checked and ready to save under its own id.

    ``created_at``/``updated_at`` (naive UTC) are kept from files of schema 2; files of
    schema 1 did not record them, so those reflections get the time of the import.
    """

    id: str
    draft: EntryDraft
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ImportedJournal:
    """Everything in an import file, checked: its reflections and appraisal workspaces
    (files before schema 3 hold no workspaces). A workspace's domains are checked against
    its framework by the appraisal service when it is imported."""

    entries: tuple[ImportedEntry, ...]
    appraisals: tuple[Appraisal, ...] = ()
    evidence: tuple[ImportedFile, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


def read_import_file(path: Path, tags: TagResolver) -> ImportedJournal:
    """Everything in the file at ``path``, or :class:`ImportRejected` saying why not."""
    name = path.name or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportRejected(
            name, "", Message("datafile.unreadable", reason=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ImportRejected(name, "", Message("import.too_large"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            name, Message("import.where.byte", byte=exc.start), Message("import.not_utf8")
        ) from None
    return parse_import(text, name, tags)


def parse_import(text: str, source_name: str, tags: TagResolver) -> ImportedJournal:
    """Check the text of an export file and return what it holds, all or none."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        at = Message("import.where.line_column", line=exc.lineno, column=exc.colno)
        raise ImportRejected(source_name, at, Message("import.bad_json", detail=exc.msg)) from None
    except RecursionError:
        raise ImportRejected(source_name, "", Message("import.too_deep")) from None
    except ValueError:  # the only other: Python's limit on the digits of a whole number
        limit = sys.get_int_max_str_digits() or 4300
        raise ImportRejected(
            source_name,
            _line_of_long_number(text, limit),
            Message("import.number_too_long", limit=limit),
        ) from None
    try:
        return _journal(data, tags)
    except f.FieldFault as fault:
        line = line_of(text, fault.path) if isinstance(fault.path, str) else None
        where: Message | str = (
            Message("import.where.path_line", path=fault.path, line=line) if line else fault.path
        )
        raise ImportRejected(source_name, where, fault.problem) from None


def _journal(data: object, tags: TagResolver) -> ImportedJournal:
    if isinstance(data, dict) and data.get("format") != FORMAT_NAME:
        f.fail("format", Message("import.not_an_export", format=FORMAT_NAME))
    # the version decides which keys the top level has, so it is read first (a file with
    # none is refused by the check of the keys just below)
    given = data.get("schema_version") if isinstance(data, dict) else None
    version = (
        SCHEMA_VERSION if given is None else f.whole_number(given, "schema_version", 1, 1_000_000)
    )
    if version > SCHEMA_VERSION:
        f.fail(
            "schema_version",
            Message("import.schema_too_new", schema=version, newest=SCHEMA_VERSION),
        )
    top = f.obj(data, "", TOP_KEYS if version >= 3 else TOP_KEYS_V2)
    entries = _entries(top, tags, version)
    if version < 3:
        return ImportedJournal(entries)
    appraisals = tuple(
        appraisal_from_json(item, f"appraisals[{i}]")
        for i, item in enumerate(f.items(top["appraisals"], "appraisals"))
    )
    _check_unique(
        [(f"appraisals[{i}].id", a.id) for i, a in enumerate(appraisals)],
        "import.appraisal_id_twice",
    )
    inner = [
        (f"appraisals[{i}].{part}[{j}].id", item_id)
        for i, a in enumerate(appraisals)
        for part, ids in (
            ("plan", [o.id for o in a.plan]),
            ("feedback", [q.id for q in a.feedback]),
        )
        for j, item_id in enumerate(ids)
    ]
    _check_unique(inner, "import.appraisal_item_id_twice")
    seen: set[tuple[object, object]] = set()
    for i, appraisal in enumerate(appraisals):
        period = (appraisal.period.start, appraisal.period.end)
        if period in seen:
            f.fail(f"appraisals[{i}].period", Message("import.appraisal_same_period"))
        seen.add(period)
    evidence = tuple(
        evidence_from_json(item, f"evidence_files[{i}]")
        for i, item in enumerate(f.items(top["evidence_files"], "evidence_files"))
    )
    _check_unique(
        [(f"evidence_files[{i}].id", e.file.id) for i, e in enumerate(evidence)],
        "import.evidence_id_twice",
    )
    follow_ups = tuple(
        _follow_up(item, f"follow_ups[{i}]")
        for i, item in enumerate(f.items(top["follow_ups"], "follow_ups"))
    )
    _check_unique(
        [(f"follow_ups[{i}].entry_id", fu.entry_id) for i, fu in enumerate(follow_ups)],
        "import.follow_up_twice",
    )
    known = {e.id for e in entries}
    for i, fu in enumerate(follow_ups):
        if fu.entry_id not in known:
            f.fail(f"follow_ups[{i}].entry_id", Message("import.follow_up_no_reflection"))
    return ImportedJournal(entries, appraisals, evidence, follow_ups)


def _follow_up(value: object, path: str) -> FollowUp:
    fu = f.obj(value, path, FOLLOW_UP_KEYS)
    dismissed = fu["dismissed"]
    if not isinstance(dismissed, bool):
        f.fail(f"{path}.dismissed", Message("import.expected_true_or_false"))
    return FollowUp(
        entry_id=f.pattern(fu["entry_id"], f"{path}.entry_id", _ID, _ID_HINT),
        text=f.text(fu["text"], f"{path}.text", Message("field.follow_up"), MAX_FOLLOW_UP),
        written_on=f.optional_date(fu["written_on"], f"{path}.written_on"),
        dismissed=dismissed,
    )


def _entries(top: dict[str, object], tags: TagResolver, version: int) -> tuple[ImportedEntry, ...]:
    if top["period"] is not None:
        period = f.obj(top["period"], "period", ("from", "to"))
        f.iso_date(period["from"], "period.from")
        f.iso_date(period["to"], "period.to")
    listed = f.items(top["entries"], "entries")
    count = f.whole_number(top["entry_count"], "entry_count", 0, 10_000_000)
    entries = tuple(_entry(item, f"entries[{i}]", tags, version) for i, item in enumerate(listed))
    if count != len(entries):
        f.fail("entry_count", Message("import.count_mismatch", said=count, held=len(entries)))
    _check_unique(
        [(f"entries[{i}].id", e.id) for i, e in enumerate(entries)], "import.reflection_id_twice"
    )
    action_ids = [
        (f"entries[{i}].actions[{j}].id", action.id)
        for i, e in enumerate(entries)
        for j, action in enumerate(e.draft.actions)
        if action.id
    ]
    _check_unique(action_ids, "import.action_id_twice")
    return entries


def _line_of_long_number(text: str, limit: int) -> Message | str:
    """Where the first number of more than ``limit`` digits is, as "line N" ("" if unseen)."""
    found = re.search(rf"(?<=[:\[,\s])-?\d{{{limit + 1},}}", text)
    if not found:
        return ""
    return Message("import.where.line", line=text.count(chr(10), 0, found.start()) + 1)


def _check_unique(ids: list[tuple[str, str]], code: str) -> None:
    seen: set[str] = set()
    for path, item_id in ids:
        if item_id in seen:
            f.fail(path, Message(code, id=item_id))
        seen.add(item_id)


def _entry(value: object, path: str, tags: TagResolver, version: int) -> ImportedEntry:
    e = f.obj(value, path, ENTRY_KEYS if version >= 2 else ENTRY_KEYS_V1)
    entry_id = f.pattern(e["id"], f"{path}.id", _ID, _ID_HINT)
    title = f.text(e["title"], f"{path}.title", Message("field.title"), MAX_TITLE, required=True)
    sections = tuple(
        _section(item, f"{path}.sections[{i}]")
        for i, item in enumerate(f.items(e["sections"], f"{path}.sections"))
    )
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys):
        f.fail(f"{path}.sections", Message("import.sections_same_key"))
    draft = EntryDraft(
        title=title,
        event_date=f.iso_date(e["event_date"], f"{path}.event_date"),
        template_id=f.pattern(
            e["template"], f"{path}.template", _TEMPLATE, Message("import.hint.template")
        ),
        status=f.choice(e["status"], f"{path}.status", Status),
        visibility=f.choice(e["visibility"], f"{path}.visibility", Visibility),
        body=f.text(e["body"], f"{path}.body", Message("field.text"), MAX_TEXT),
        sections=sections,
        tags=_tags(e["tags"], f"{path}.tags", tags),
        supervision=_supervision(e["supervision"], f"{path}.supervision"),
        actions=tuple(
            _action(item, f"{path}.actions[{i}]")
            for i, item in enumerate(f.items(e["actions"], f"{path}.actions"))
        ),
    )
    if version < 2:
        return ImportedEntry(entry_id, draft)
    created = f.utc_time(e["created_at"], f"{path}.created_at")
    updated = f.utc_time(e["updated_at"], f"{path}.updated_at")
    if updated < created:
        f.fail(f"{path}.updated_at", Message("import.updated_before_created"))
    return ImportedEntry(entry_id, draft, created, updated)


def _section(value: object, path: str) -> Section:
    s = f.obj(value, path, SECTION_KEYS)
    return Section(
        key=f.pattern(s["key"], f"{path}.key", _SECTION_KEY, Message("import.hint.section_key")),
        title=f.text(s["title"], f"{path}.title", Message("field.section_title"), 200),
        text=f.text(s["text"], f"{path}.text", Message("field.section_text"), MAX_TEXT),
    )


def _tags(value: object, path: str, resolver: TagResolver) -> tuple[Tag, ...]:
    tags: list[Tag] = []
    for i, item in enumerate(f.items(value, path)):
        where = f"{path}[{i}]"
        t = f.obj(item, where, TAG_KEYS)
        tag = Tag(
            f.pattern(
                t["framework"], f"{where}.framework", _TEMPLATE, Message("import.hint.framework")
            ),
            f.pattern(t["domain"], f"{where}.domain", _CODE, Message("import.hint.domain")),
            f.text(
                t["framework_version"], f"{where}.framework_version", Message("field.version"), 40
            ),
        )
        try:  # the journal's one rule for tags, as for a tag ticked in the editor
            tag = checked_tag(resolver, tag)
        except InvalidInputError as exc:
            f.fail(where, Message("import.tag_unusable", tag=tag.key, problem=exc.message))
        if any(other.key == tag.key for other in tags):
            f.fail(where, Message("import.tag_twice", tag=tag.key))
        tags.append(tag)
    return tuple(tags)


def _supervision(value: object, path: str) -> SupervisionContext | None:
    if value is None:
        return None
    s = f.obj(value, path, SUPERVISION_KEYS)
    minutes = s["duration_minutes"]
    return SupervisionContext(
        session_kind=f.choice(s["session_kind"], f"{path}.session_kind", SessionKind),
        duration_minutes=None
        if minutes is None
        else f.whole_number(minutes, f"{path}.duration_minutes", 0, MAX_SESSION_MINUTES),
        other_party_role=f.text(
            s["other_party_role"], f"{path}.other_party_role", Message("field.role"), MAX_ROLE
        ),
    )


def _action(value: object, path: str) -> Action:
    a = f.obj(value, path, ACTION_KEYS)
    action_id = a["id"]
    return Action(
        id="" if action_id == "" else f.pattern(action_id, f"{path}.id", _ID, _ID_HINT),
        kind=f.choice(a["kind"], f"{path}.kind", ActionKind),
        text=f.text(a["text"], f"{path}.text", Message("field.action"), MAX_ACTION, required=True),
        due_date=f.optional_date(a["due_date"], f"{path}.due_date"),
        done_date=f.optional_date(a["done_date"], f"{path}.done_date"),
    )
