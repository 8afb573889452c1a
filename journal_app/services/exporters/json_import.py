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
from journal_app.services.journal import MAX_ROLE, MAX_TEXT, MAX_TITLE, checked_tag

MAX_FILE_BYTES = 512 * 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_TEMPLATE = re.compile(r"[a-z0-9][a-z0-9-]{0,39}", re.ASCII)
_SECTION_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}", re.ASCII)
_ID_HINT = "letters, digits, hyphens and underscores"


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
            name, "", f"the file could not be read ({exc.strerror or exc})"
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ImportRejected(name, "", "the file is larger than 512 MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(name, f"byte {exc.start}", "the file is not UTF-8 text") from None
    return parse_import(text, name, tags)


def parse_import(text: str, source_name: str, tags: TagResolver) -> ImportedJournal:
    """Check the text of an export file and return what it holds, all or none."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ImportRejected(source_name, where, f"this is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportRejected(source_name, "", "the JSON is nested too deeply") from None
    except ValueError:  # the only other: Python's limit on the digits of a whole number
        limit = sys.get_int_max_str_digits() or 4300
        raise ImportRejected(
            source_name,
            _line_of_long_number(text, limit),
            f"a number in the file is too long (more than {limit:,} digits)",
        ) from None
    try:
        return _journal(data, tags)
    except f.FieldFault as fault:
        line = line_of(text, fault.path)
        where = f"{fault.path} (line {line})" if line else fault.path
        raise ImportRejected(source_name, where, fault.problem) from None


def _journal(data: object, tags: TagResolver) -> ImportedJournal:
    if isinstance(data, dict) and data.get("format") != FORMAT_NAME:
        f.fail("format", f"this is not an export of this journal (expected '{FORMAT_NAME}')")
    # the version decides which keys the top level has, so it is read first (a file with
    # none is refused by the check of the keys just below)
    given = data.get("schema_version") if isinstance(data, dict) else None
    version = (
        SCHEMA_VERSION if given is None else f.whole_number(given, "schema_version", 1, 1_000_000)
    )
    if version > SCHEMA_VERSION:
        f.fail(
            "schema_version",
            f"schema {version} is from a newer version of the app; this app reads schemas "
            f"1 to {SCHEMA_VERSION}",
        )
    top = f.obj(data, "", TOP_KEYS if version >= 3 else TOP_KEYS_V2)
    entries = _entries(top, tags, version)
    if version < 3:
        return ImportedJournal(entries)
    appraisals = tuple(
        appraisal_from_json(item, f"appraisals[{i}]")
        for i, item in enumerate(f.items(top["appraisals"], "appraisals"))
    )
    _check_unique([(f"appraisals[{i}].id", a.id) for i, a in enumerate(appraisals)], "appraisal")
    inner = [
        (f"appraisals[{i}].{part}[{j}].id", item_id)
        for i, a in enumerate(appraisals)
        for part, ids in (
            ("plan", [o.id for o in a.plan]),
            ("feedback", [q.id for q in a.feedback]),
        )
        for j, item_id in enumerate(ids)
    ]
    _check_unique(inner, "objective or feedback")
    seen: set[tuple[object, object]] = set()
    for i, appraisal in enumerate(appraisals):
        period = (appraisal.period.start, appraisal.period.end)
        if period in seen:
            f.fail(f"appraisals[{i}].period", "another appraisal in the file has the same period")
        seen.add(period)
    evidence = tuple(
        evidence_from_json(item, f"evidence_files[{i}]")
        for i, item in enumerate(f.items(top["evidence_files"], "evidence_files"))
    )
    _check_unique(
        [(f"evidence_files[{i}].id", e.file.id) for i, e in enumerate(evidence)], "evidence file"
    )
    follow_ups = tuple(
        _follow_up(item, f"follow_ups[{i}]")
        for i, item in enumerate(f.items(top["follow_ups"], "follow_ups"))
    )
    _check_unique(
        [(f"follow_ups[{i}].entry_id", fu.entry_id) for i, fu in enumerate(follow_ups)],
        "follow-up's reflection",
    )
    known = {e.id for e in entries}
    for i, fu in enumerate(follow_ups):
        if fu.entry_id not in known:
            f.fail(f"follow_ups[{i}].entry_id", "names no reflection in this file")
    return ImportedJournal(entries, appraisals, evidence, follow_ups)


def _follow_up(value: object, path: str) -> FollowUp:
    fu = f.obj(value, path, FOLLOW_UP_KEYS)
    dismissed = fu["dismissed"]
    if not isinstance(dismissed, bool):
        f.fail(f"{path}.dismissed", "expected true or false")
    return FollowUp(
        entry_id=f.pattern(fu["entry_id"], f"{path}.entry_id", _ID, _ID_HINT),
        text=f.text(fu["text"], f"{path}.text", "follow-up", MAX_FOLLOW_UP),
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
        f.fail(
            "entry_count", f"says {count} but the file holds {len(entries)}; it may be cut short"
        )
    _check_unique([(f"entries[{i}].id", e.id) for i, e in enumerate(entries)], "reflection")
    action_ids = [
        (f"entries[{i}].actions[{j}].id", action.id)
        for i, e in enumerate(entries)
        for j, action in enumerate(e.draft.actions)
        if action.id
    ]
    _check_unique(action_ids, "action")
    return entries


def _line_of_long_number(text: str, limit: int) -> str:
    """Where the first number of more than ``limit`` digits is, as "line N" ("" if unseen)."""
    found = re.search(rf"(?<=[:\[,\s])-?\d{{{limit + 1},}}", text)
    return f"line {text.count(chr(10), 0, found.start()) + 1}" if found else ""


def _check_unique(ids: list[tuple[str, str]], what: str) -> None:
    seen: set[str] = set()
    for path, item_id in ids:
        if item_id in seen:
            f.fail(path, f"the {what} id '{item_id}' appears twice in the file")
        seen.add(item_id)


def _entry(value: object, path: str, tags: TagResolver, version: int) -> ImportedEntry:
    e = f.obj(value, path, ENTRY_KEYS if version >= 2 else ENTRY_KEYS_V1)
    entry_id = f.pattern(e["id"], f"{path}.id", _ID, _ID_HINT)
    title = f.text(e["title"], f"{path}.title", "title", MAX_TITLE, required=True)
    sections = tuple(
        _section(item, f"{path}.sections[{i}]")
        for i, item in enumerate(f.items(e["sections"], f"{path}.sections"))
    )
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys):
        f.fail(f"{path}.sections", "two sections have the same key")
    draft = EntryDraft(
        title=title,
        event_date=f.iso_date(e["event_date"], f"{path}.event_date"),
        template_id=f.pattern(e["template"], f"{path}.template", _TEMPLATE, "a template id"),
        status=f.choice(e["status"], f"{path}.status", Status),
        visibility=f.choice(e["visibility"], f"{path}.visibility", Visibility),
        body=f.text(e["body"], f"{path}.body", "text", MAX_TEXT),
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
        f.fail(f"{path}.updated_at", "is earlier than created_at")
    return ImportedEntry(entry_id, draft, created, updated)


def _section(value: object, path: str) -> Section:
    s = f.obj(value, path, SECTION_KEYS)
    return Section(
        key=f.pattern(s["key"], f"{path}.key", _SECTION_KEY, "lowercase letters, digits and _"),
        title=f.text(s["title"], f"{path}.title", "section title", 200),
        text=f.text(s["text"], f"{path}.text", "section", MAX_TEXT),
    )


def _tags(value: object, path: str, resolver: TagResolver) -> tuple[Tag, ...]:
    tags: list[Tag] = []
    for i, item in enumerate(f.items(value, path)):
        where = f"{path}[{i}]"
        t = f.obj(item, where, TAG_KEYS)
        tag = Tag(
            f.pattern(t["framework"], f"{where}.framework", _TEMPLATE, "a framework id"),
            f.pattern(t["domain"], f"{where}.domain", _CODE, "a domain code such as 5"),
            f.text(t["framework_version"], f"{where}.framework_version", "version", 40),
        )
        try:  # the journal's one rule for tags, as for a tag ticked in the editor
            tag = checked_tag(resolver, tag)
        except InvalidInputError as exc:
            f.fail(where, f"the tag {tag.key} cannot be used: {str(exc).rstrip('.')}")
        if any(other.key == tag.key for other in tags):
            f.fail(where, f"the tag {tag.key} appears twice in this reflection")
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
        else f.whole_number(minutes, f"{path}.duration_minutes", 0, 24 * 60),
        other_party_role=f.text(
            s["other_party_role"], f"{path}.other_party_role", "role", MAX_ROLE
        ),
    )


def _action(value: object, path: str) -> Action:
    a = f.obj(value, path, ACTION_KEYS)
    action_id = a["id"]
    return Action(
        id="" if action_id == "" else f.pattern(action_id, f"{path}.id", _ID, _ID_HINT),
        kind=f.choice(a["kind"], f"{path}.kind", ActionKind),
        text=f.text(a["text"], f"{path}.text", "action", 2_000, required=True),
        due_date=f.optional_date(a["due_date"], f"{path}.due_date"),
        done_date=f.optional_date(a["done_date"], f"{path}.done_date"),
    )
