"""The identifier check applied to whole reflections, before anything leaves the journal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal_app.core.identifiers import Finding, check_fields
from journal_app.core.models import Entry

TITLE, BODY = "title", "body"


def entry_fields(entry: Entry) -> dict[str, str]:
    """The texts of an entry that leave the journal: title, body, each section by key."""
    fields = {TITLE: entry.title, BODY: entry.body}
    fields.update({f"section:{s.key}": s.text for s in entry.sections})
    return fields


def field_label(entry: Entry, field: str) -> str:
    """A person's name for a field: "Title", "Text", or the section's own title."""
    if field == TITLE:
        return "Title"
    if field == BODY:
        return "Text"
    key = field.removeprefix("section:")
    return next((s.title for s in entry.sections if s.key == key), key)


@dataclass(frozen=True)
class EntryFindings:
    """What the identifier check found in one reflection, field by field."""

    entry: Entry
    by_field: dict[str, tuple[Finding, ...]]

    @property
    def count(self) -> int:
        return sum(len(f) for f in self.by_field.values())


def check_entry(entry: Entry, today: date | None = None) -> EntryFindings:
    """Check every exported field of ``entry`` together (same name, same letter)."""
    found = check_fields(entry_fields(entry), today=today)
    return EntryFindings(entry, {k: v for k, v in found.items() if v})


def check_entries(entries: Iterable[Entry], today: date | None = None) -> list[EntryFindings]:
    """Only the reflections with something found, in the order given."""
    results = (check_entry(entry, today) for entry in entries)
    return [result for result in results if result.count]
