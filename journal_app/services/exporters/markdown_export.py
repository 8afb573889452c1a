"""Reflections as Markdown files, one per entry, with front matter other tools can read.

Each file starts with a YAML front matter block (every text value double-quoted, so any
YAML reader takes it; dates bare ``YYYY-MM-DD``) followed by the title, the body, the
sections as ``##`` headings and the actions as a task list. The files go into a folder or
into one ``.zip``; either way every file is built in memory first, so a cancelled export
writes nothing.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Protocol

from journal_app.core.models import SESSION_KIND_LABELS, Action, Entry, Tag
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.registry import (
    Cancelled,
    ExportResult,
    Progress,
    never_cancelled,
    no_progress,
    stop_if_cancelled,
)
from journal_app.store.files import ensure_private_dir, write_atomic

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class DomainTitles(Protocol):
    """Readable domain titles for tags (the catalogue)."""

    def domain_title(self, tag: Tag) -> str: ...


def _quoted(text: str) -> str:
    # a JSON string is a valid YAML double-quoted scalar, escapes and all
    return json.dumps(text, ensure_ascii=False)


def file_name(entry: Entry) -> str:
    """``2026-05-14-group-supervision-on-drift-1a2b3c4d.md``: sortable, unique, portable."""
    ascii_title = unicodedata.normalize("NFKD", entry.title).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_title.lower()).strip("-")[:60].rstrip("-") or "reflection"
    return f"{entry.event_date.isoformat()}-{slug}-{entry.id[:8]}.md"


def front_matter(entry: Entry, titles: DomainTitles | None = None) -> str:
    """The YAML block at the top of an entry's file."""
    lines = [
        "---",
        f"id: {_quoted(entry.id)}",
        f"title: {_quoted(entry.title)}",
        f"date: {entry.event_date.isoformat()}",
        f"template: {_quoted(entry.template_id)}",
        f"status: {entry.status.value}",
        f"visibility: {entry.visibility.value}",
    ]
    if entry.tags:
        lines.append("tags:")
        for tag in entry.tags:
            lines.append(f"  - key: {_quoted(tag.key)}")
            lines.append(f"    framework_version: {_quoted(tag.framework_version)}")
            if titles is not None:
                lines.append(f"    domain: {_quoted(titles.domain_title(tag))}")
    else:
        lines.append("tags: []")
    context = entry.supervision
    if context is not None:
        lines.append("supervision:")
        lines.append(f"  session_kind: {context.session_kind.value}")
        lines.append(f"  label: {_quoted(SESSION_KIND_LABELS[context.session_kind])}")
        if context.duration_minutes is not None:
            lines.append(f"  duration_minutes: {context.duration_minutes}")
        if context.other_party_role:
            lines.append(f"  with_role: {_quoted(context.other_party_role)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _action_line(action: Action) -> str:
    box = "[x]" if action.is_done else "[ ]"
    kind = "Learning goal: " if action.kind.value == "learning_goal" else ""
    notes = []
    if action.due_date:
        notes.append(f"due {format_uk_date(action.due_date)}")
    if action.done_date:
        notes.append(f"done {format_uk_date(action.done_date)}")
    suffix = f" ({', '.join(notes)})" if notes else ""
    return f"- {box} {kind}{' '.join(action.text.split())}{suffix}"


def entry_markdown(entry: Entry, titles: DomainTitles | None = None) -> str:
    """One reflection as a complete Markdown document."""
    parts = [front_matter(entry, titles), f"# {entry.title}\n"]
    if entry.body.strip():
        parts.append(entry.body.strip() + "\n")
    for section in entry.sections:
        heading = " ".join(section.title.split()) or section.key
        parts.append(f"## {heading}\n\n{section.text.strip()}\n")
    if entry.actions:
        lines = "\n".join(_action_line(a) for a in entry.actions)
        parts.append(f"## Actions and learning goals\n\n{lines}\n")
    return "\n".join(parts)


def _unique_names(entries: Sequence[Entry]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        name = file_name(entry)
        stem, count = name[:-3], 2
        while name.casefold() in seen:  # case-insensitive file systems (Windows, macOS)
            name, count = f"{stem}-{count}.md", count + 1
        seen.add(name.casefold())
        names.append(name)
    return names


class MarkdownExporter:
    """One Markdown file per reflection, into a folder, or into a ``.zip`` if the
    destination ends in ``.zip``."""

    name: ClassVar[str] = "markdown"
    label: ClassVar[str] = "Markdown files (one per reflection)"
    extension: ClassVar[str] = ".zip"

    def __init__(self, titles: DomainTitles | None = None) -> None:
        self._titles = titles

    def export(
        self,
        entries: Sequence[Entry],
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Build every file in memory, then write them (atomically, owner-only)."""
        files: dict[str, bytes] = {}
        for done, (entry, name) in enumerate(zip(entries, _unique_names(entries), strict=True)):
            stop_if_cancelled(cancelled)
            files[name] = entry_markdown(entry, self._titles).encode("utf-8")
            progress(done + 1, len(entries))
        stop_if_cancelled(cancelled)
        if destination.suffix.lower() == ".zip":
            write_atomic(destination, _zipped(files, entries))
        else:
            if not destination.is_dir():
                # a new folder is made owner-only; a folder the user already has keeps its
                # permissions (never chmod someone's Documents folder)
                ensure_private_dir(destination)
            for name, data in files.items():
                write_atomic(destination / name, data)
        return ExportResult(destination, len(entries), files=len(files))


def _zipped(files: dict[str, bytes], entries: Sequence[Entry]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for (name, data), entry in zip(files.items(), entries, strict=True):
            stamp = entry.updated_at
            when = max(
                (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second),
                (1980, 1, 1, 0, 0, 0),
            )
            info = zipfile.ZipInfo(f"reflections/{name}", date_time=when)
            info.external_attr = 0o600 << 16  # owner-only when unpacked on POSIX
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
