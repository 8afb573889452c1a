"""Reading a JSON export back in: the whole file is checked before anything is imported.

A file that is malformed, from a newer version of the app, or valid only in part is refused
as a whole with the reason and where it is (field path and line), so the journal never holds
half an import. Ids are kept, so an import into a new journal exports to the same bytes. The
fields are read by the one reader of checked data (:mod:`journal_app.core.fields`), each
reflection by the one reader of a reflection (:mod:`journal_app.core.reflection_json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from journal_app.core.appraisal import Appraisal
from journal_app.core.datafiles import parse_json, read_text
from journal_app.core.errors import InvalidInputError
from journal_app.core.fields import FieldReader
from journal_app.core.follow_up import MAX_FOLLOW_UP, FollowUp
from journal_app.core.messages import Message
from journal_app.core.models import EntryDraft, Tag
from journal_app.core.reflection_json import (
    ENTRY_KEYS,
    ENTRY_KEYS_V1,
    ID_FORM,
    ID_HINT,
    TagCheck,
    draft_from_json,
)
from journal_app.services.exporters.errors import ImportRejected
from journal_app.services.exporters.json_appraisals import appraisal_from_json
from journal_app.services.exporters.json_evidence import ImportedFile, evidence_from_json
from journal_app.services.exporters.json_export import (
    FOLLOW_UP_KEYS,
    FORMAT_NAME,
    SCHEMA_VERSION,
    TOP_KEYS,
    TOP_KEYS_V2,
)
from journal_app.services.exporters.json_locate import line_of
from journal_app.services.journal import checked_tag

MAX_FILE_BYTES = 512 * 1024 * 1024


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
    return parse_import(
        read_text(path, ImportRejected, MAX_FILE_BYTES), path.name or str(path), tags
    )


def parse_import(text: str, source_name: str, tags: TagResolver) -> ImportedJournal:
    """Check the text of an export file and return what it holds, all or none."""
    data = parse_json(text, source_name, ImportRejected)

    def rejected(name: str, where: str | Message, problem: Message) -> ImportRejected:
        # a field's line is found only now, when a fault needs it: the fast parser keeps none
        line = line_of(text, where) if isinstance(where, str) and where else None
        if line:
            where = Message("datafile.where.path_line", path=where, line=line)
        return ImportRejected(name, where, problem)

    return _journal(FieldReader(source_name, rejected), data, tags)


def _journal(reader: FieldReader, data: object, tags: TagResolver) -> ImportedJournal:
    if isinstance(data, dict) and data.get("format") != FORMAT_NAME:
        reader.fail("format", Message("import.not_an_export", format=FORMAT_NAME))
    # the version decides which keys the top level has, so it is read first (a file with
    # none is refused by the check of the keys just below)
    given = data.get("schema_version") if isinstance(data, dict) else None
    version = (
        SCHEMA_VERSION if given is None else reader.schema(given, "schema_version", SCHEMA_VERSION)
    )
    top = reader.fields(data, "", TOP_KEYS if version >= 3 else TOP_KEYS_V2)
    entries = _entries(reader, top, tags, version)
    if version < 3:
        return ImportedJournal(entries)
    appraisals = tuple(
        appraisal_from_json(reader, item, f"appraisals[{i}]")
        for i, item in enumerate(reader.items(top["appraisals"], "appraisals"))
    )
    _check_unique(
        reader,
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
    _check_unique(reader, inner, "import.appraisal_item_id_twice")
    seen: set[tuple[object, object]] = set()
    for i, appraisal in enumerate(appraisals):
        period = (appraisal.period.start, appraisal.period.end)
        if period in seen:
            reader.fail(f"appraisals[{i}].period", Message("import.appraisal_same_period"))
        seen.add(period)
    evidence = tuple(
        evidence_from_json(reader, item, f"evidence_files[{i}]")
        for i, item in enumerate(reader.items(top["evidence_files"], "evidence_files"))
    )
    _check_unique(
        reader,
        [(f"evidence_files[{i}].id", e.file.id) for i, e in enumerate(evidence)],
        "import.evidence_id_twice",
    )
    follow_ups = tuple(
        _follow_up(reader, item, f"follow_ups[{i}]")
        for i, item in enumerate(reader.items(top["follow_ups"], "follow_ups"))
    )
    _check_unique(
        reader,
        [(f"follow_ups[{i}].entry_id", fu.entry_id) for i, fu in enumerate(follow_ups)],
        "import.follow_up_twice",
    )
    known = {e.id for e in entries}
    for i, fu in enumerate(follow_ups):
        if fu.entry_id not in known:
            reader.fail(f"follow_ups[{i}].entry_id", Message("import.follow_up_no_reflection"))
    return ImportedJournal(entries, appraisals, evidence, follow_ups)


def _follow_up(reader: FieldReader, value: object, path: str) -> FollowUp:
    fu = reader.fields(value, path, FOLLOW_UP_KEYS)
    return FollowUp(
        entry_id=reader.matching(fu["entry_id"], f"{path}.entry_id", ID_FORM, ID_HINT),
        text=reader.exact_text(
            fu["text"], f"{path}.text", Message("field.follow_up"), MAX_FOLLOW_UP
        ),
        written_on=reader.optional_date(fu["written_on"], f"{path}.written_on"),
        dismissed=reader.true_or_false(fu["dismissed"], f"{path}.dismissed"),
    )


def _entries(
    reader: FieldReader, top: dict[str, object], tags: TagResolver, version: int
) -> tuple[ImportedEntry, ...]:
    if top["period"] is not None:
        period = reader.fields(top["period"], "period", ("from", "to"))
        reader.iso_date(period["from"], "period.from")
        reader.iso_date(period["to"], "period.to")
    listed = reader.items(top["entries"], "entries")
    count = reader.integer(top["entry_count"], "entry_count", 0, 10_000_000)
    entries = tuple(
        _entry(reader, item, f"entries[{i}]", tags, version) for i, item in enumerate(listed)
    )
    if count != len(entries):
        reader.fail("entry_count", Message("import.count_mismatch", said=count, held=len(entries)))
    _check_unique(
        reader,
        [(f"entries[{i}].id", e.id) for i, e in enumerate(entries)],
        "import.reflection_id_twice",
    )
    action_ids = [
        (f"entries[{i}].actions[{j}].id", action.id)
        for i, e in enumerate(entries)
        for j, action in enumerate(e.draft.actions)
        if action.id
    ]
    _check_unique(reader, action_ids, "import.action_id_twice")
    return entries


def _check_unique(reader: FieldReader, ids: list[tuple[str, str]], code: str) -> None:
    seen: set[str] = set()
    for path, item_id in ids:
        if item_id in seen:
            reader.fail(path, Message(code, id=item_id))
        seen.add(item_id)


def _entry(
    reader: FieldReader, value: object, path: str, tags: TagResolver, version: int
) -> ImportedEntry:
    e = reader.fields(value, path, ENTRY_KEYS if version >= 2 else ENTRY_KEYS_V1)
    entry_id = reader.matching(e["id"], f"{path}.id", ID_FORM, ID_HINT)
    draft = draft_from_json(reader, e, path, check_tag=_tag_rule(reader, tags))
    if version < 2:
        return ImportedEntry(entry_id, draft)
    created = reader.utc_time(e["created_at"], f"{path}.created_at")
    updated = reader.utc_time(e["updated_at"], f"{path}.updated_at")
    if updated < created:
        reader.fail(f"{path}.updated_at", Message("datafile.earlier_than", other="created_at"))
    return ImportedEntry(entry_id, draft, created, updated)


def _tag_rule(reader: FieldReader, resolver: TagResolver) -> TagCheck:
    """The journal's one rule for tags, as for a tag ticked in the editor."""

    def check(tag: Tag, where: str) -> Tag:
        try:
            return checked_tag(resolver, tag)
        except InvalidInputError as exc:
            reader.fail(where, Message("import.tag_unusable", tag=tag.key, problem=exc.message))

    return check
