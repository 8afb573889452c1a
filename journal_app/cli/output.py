"""How the CLI prints entries: aligned text for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from journal_app.core.models import Entry, EntrySummary, SearchHit
from journal_app.core.text import bracket_matches

if TYPE_CHECKING:
    from journal_app.services.privacy import EntryFindings


def to_json_data(value: Any) -> Any:
    """Dataclasses, enums, dates, mappings and sequences as JSON-ready data, recursively."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_data(v) for v in value]
    return value


def print_json(value: Any) -> None:
    json.dump(to_json_data(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _tags(summary: EntrySummary | Entry) -> str:
    return " ".join(t.key for t in summary.tags)


def print_summaries(summaries: Iterable[EntrySummary]) -> int:
    count = 0
    for s in summaries:
        flags = "draft" if s.status.value == "draft" else "final"
        print(f"{s.id}  {s.event_date.isoformat()}  {flags:<5}  {s.title}  {_tags(s)}".rstrip())
        count += 1
    return count


def print_hits(hits: Iterable[SearchHit]) -> int:
    count = 0
    for hit in hits:
        s = hit.entry
        print(f"{s.id}  {s.event_date.isoformat()}  {s.title}")
        snippet = " ".join(bracket_matches(hit.snippet).split())
        if snippet:
            print(f"    {snippet}")
        count += 1
    return count


def print_entry(entry: Entry) -> None:
    print(f"# {entry.title}")
    print(f"Date: {entry.event_date.isoformat()}   Template: {entry.template_id}")
    print(f"Status: {entry.status.value}   Visibility: {entry.visibility.value}")
    if entry.tags:
        print("Tags: " + ", ".join(f"{t.key} ({t.framework_version})" for t in entry.tags))
    if entry.supervision:
        sv = entry.supervision
        minutes = f", {sv.duration_minutes} min" if sv.duration_minutes is not None else ""
        role = f", with {sv.other_party_role}" if sv.other_party_role else ""
        print(f"Session: {sv.session_kind.value}{minutes}{role}")
    if entry.body:
        print()
        print(entry.body)
    for section in entry.sections:
        print()
        print(f"## {section.title}")
        print(section.text)
    if entry.actions:
        print()
        print("## Actions and learning goals")
        for action in entry.actions:
            due = f" (due {action.due_date.isoformat()})" if action.due_date else ""
            done = " [done]" if action.is_done else ""
            print(f"- {action.text}{due}{done}")


def print_findings(
    results: Iterable[EntryFindings], header: Callable[[Entry], str], stream: TextIO
) -> None:
    """Each reflection with findings (its ``header`` line), then each finding: kind,
    where, the text found, the suggestion and why."""
    from journal_app.services.privacy import field_label  # the identifier check is heavy

    for result in results:
        print(header(result.entry), file=stream)
        for field, findings in result.by_field.items():
            where = field_label(result.entry, field)
            for finding in findings:
                print(
                    f"    {finding.label} in {where}: '{finding.text}' -> "
                    f"'{finding.replacement}' ({finding.reason})",
                    file=stream,
                )
