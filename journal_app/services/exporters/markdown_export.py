"""Reflections as Markdown files, one per entry, with front matter other tools can read.

Appraisal workspaces (self-assessment, objectives, plan, feedback) get a file each too,
``appraisal-2026-04-01-to-2027-03-31.md``, beside the reflections.

Each file starts with a YAML front matter block (every text value double-quoted, so any
YAML reader takes it; dates bare ``YYYY-MM-DD``) followed by the title, the body, the
sections as ``##`` headings and the actions as a task list. The files go into a folder or
into one ``.zip``; either way every file is built in memory first, so a cancelled export
writes nothing.

The export's own words (headings, labels, outcomes, who gave feedback) and its dates are in
the export's language: the app's language unless another is asked for, as for the appraisal
PDF. They are ``markdown.*`` catalogue entries. The front matter is data for other tools and
reads the same in every language.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import ClassVar, Protocol

from journal_app.core.appraisal import Appraisal, FeedbackSource, Objective, ObjectiveOutcome
from journal_app.core.language import LANGUAGES
from journal_app.core.localised import long_date
from journal_app.core.messages import SOURCE_LANGUAGE, Message, current_language, text
from journal_app.core.models import SESSION_KIND_LABELS, Action, Entry, Tag
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


def _quoted(value: str) -> str:
    # a JSON string is a valid YAML double-quoted scalar, escapes and all
    return json.dumps(value, ensure_ascii=False)


def markdown_language(language: str | None = None) -> str:
    """The language of an export: ``language`` if the journal speaks it, else the app's
    (English if the app speaks one the export does not)."""
    chosen = language or current_language()
    return chosen if chosen in LANGUAGES else SOURCE_LANGUAGE


class _Words:
    """The export's own words and dates in its language."""

    def __init__(self, language: str | None) -> None:
        self.language = markdown_language(language)

    def __call__(self, code: str, /, **params: object) -> str:
        return text(code, self.language, **params)

    def date(self, day: date) -> str:
        return long_date(day, self.language)


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


def _action_line(action: Action, words: _Words) -> str:
    box = "[x]" if action.is_done else "[ ]"
    kind = f"{words('markdown.learning_goal')}: " if action.kind.value == "learning_goal" else ""
    notes = []
    if action.due_date:
        notes.append(words("markdown.due", date=words.date(action.due_date)))
    if action.done_date:
        notes.append(words("markdown.done", date=words.date(action.done_date)))
    suffix = f" ({', '.join(notes)})" if notes else ""
    return f"- {box} {kind}{' '.join(action.text.split())}{suffix}"


def entry_markdown(
    entry: Entry, titles: DomainTitles | None = None, language: str | None = None
) -> str:
    """One reflection as a complete Markdown document, its own words in ``language`` (by
    default the app's)."""
    words = _Words(language)
    parts = [front_matter(entry, titles), f"# {entry.title}\n"]
    if entry.body.strip():
        parts.append(entry.body.strip() + "\n")
    for section in entry.sections:
        heading = " ".join(section.title.split()) or section.key
        parts.append(f"## {heading}\n\n{section.text.strip()}\n")
    if entry.actions:
        lines = "\n".join(_action_line(a, words) for a in entry.actions)
        parts.append(f"## {words('markdown.actions')}\n\n{lines}\n")
    return "\n".join(parts)


_OUTCOME_WORDS = {
    ObjectiveOutcome.MET: "markdown.met",
    ObjectiveOutcome.PARTLY_MET: "markdown.partly_met",
    ObjectiveOutcome.NOT_MET: "markdown.not_met",
}
_SOURCE_WORDS = {
    FeedbackSource.SUPERVISEE: "markdown.from_supervisee",
    FeedbackSource.COLLEAGUE: "markdown.from_colleague",
    FeedbackSource.MANAGER: "markdown.from_manager",
    FeedbackSource.FAMILY: "markdown.from_family",
    FeedbackSource.CHILD_OR_YOUNG_PERSON: "markdown.from_child_or_young_person",
    FeedbackSource.PARTNER_AGENCY: "markdown.from_partner_agency",
    FeedbackSource.OTHER: "markdown.from_other",
}


def appraisal_file_name(appraisal: Appraisal) -> str:
    """``appraisal-2026-04-01-to-2027-03-31.md``: one per period, sorted by period."""
    period = appraisal.period
    return f"appraisal-{period.start.isoformat()}-to-{period.end.isoformat()}.md"


def _domains(appraisal: Appraisal, codes: Sequence[str], titles: DomainTitles | None) -> str:
    if titles is None:
        return ", ".join(codes)
    return "; ".join(
        f"{code} {titles.domain_title(Tag(appraisal.framework_id, code))}" for code in codes
    )


def _objective_lines(
    appraisal: Appraisal, objective: Objective, titles: DomainTitles | None, words: _Words
) -> list[str]:
    lines = [f"- {' '.join(objective.text.split())}"]
    if objective.domain_codes:
        domains = _domains(appraisal, objective.domain_codes, titles)
        lines.append(f"  - {words('markdown.domains')}: {domains}")
    if objective.how.strip():
        lines.append(f"  - {words('markdown.how')}: {' '.join(objective.how.split())}")
    if objective.by_when is not None:
        lines.append(f"  - {words('markdown.by')}: {words.date(objective.by_when)}")
    if objective.outcome is not None:
        note = " ".join(objective.outcome_note.split())
        outcome = words(_OUTCOME_WORDS[objective.outcome])
        lines.append(f"  - {words('markdown.outcome')}: {outcome}" + (f". {note}" if note else ""))
    return lines


def appraisal_markdown(
    appraisal: Appraisal, titles: DomainTitles | None = None, language: str | None = None
) -> str:
    """One appraisal workspace as a complete Markdown document, its own words in
    ``language`` (by default the app's)."""
    words = _Words(language)
    lines = [
        "---",
        f"id: {_quoted(appraisal.id)}",
        f"period_from: {appraisal.period.start.isoformat()}",
        f"period_to: {appraisal.period.end.isoformat()}",
        f"framework: {_quoted(appraisal.framework_id)}",
    ]
    if appraisal.appraisal_date is not None:
        lines.append(f"appraisal_date: {appraisal.appraisal_date.isoformat()}")
    period = Message(
        "period.range",
        start=words.date(appraisal.period.start),
        end=words.date(appraisal.period.end),
    )
    lines += ["---", "", f"# {words('markdown.appraisal', period=period)}", ""]
    if appraisal.self_assessments:
        lines += [f"## {words('markdown.self_assessment')}", ""]
        for item in appraisal.self_assessments:
            lines += [f"### {_domains(appraisal, [item.domain_code], titles)}", ""]
            if item.strengths.strip():
                lines += [f"**{words('markdown.strengths')}**", "", item.strengths.strip(), ""]
            if item.to_develop.strip():
                lines += [f"**{words('markdown.to_develop')}**", "", item.to_develop.strip(), ""]
    if appraisal.plan:
        lines += [f"## {words('markdown.plan')}", ""]
        for objective in appraisal.plan:
            lines += _objective_lines(appraisal, objective, titles, words)
        lines.append("")
    if appraisal.feedback:
        lines += [f"## {words('markdown.feedback')}", ""]
        for quote in appraisal.feedback:
            lines += [f"> {line}" if line else ">" for line in quote.quote.strip().split("\n")]
            said = [words(_SOURCE_WORDS[quote.source])]
            if quote.context.strip():
                said.append(quote.context.strip())
            if quote.received_on is not None:
                said.append(words.date(quote.received_on))
            lines += [">", f"> — {', '.join(said)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


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

    def __init__(
        self,
        titles: DomainTitles | None = None,
        appraisals: Sequence[Appraisal] = (),
        language: str | None = None,
    ) -> None:
        self._titles = titles
        self._appraisals = appraisals
        #: the language of the files' own words, chosen now (the app's, unless another is
        #: asked for), so an export that runs in the background keeps one language
        self._language = markdown_language(language)

    def export(
        self,
        entries: Sequence[Entry],
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Build every file in memory, then write them (atomically, owner-only)."""
        files: dict[str, bytes] = {}
        stamps: dict[str, datetime] = {}
        for done, (entry, name) in enumerate(zip(entries, _unique_names(entries), strict=True)):
            stop_if_cancelled(cancelled)
            files[name] = entry_markdown(entry, self._titles, self._language).encode("utf-8")
            stamps[name] = entry.updated_at
            progress(done + 1, len(entries))
        for appraisal in self._appraisals:
            # "appraisal-..." can never clash with a reflection's name, which starts with a date
            name = appraisal_file_name(appraisal)
            written = appraisal_markdown(appraisal, self._titles, self._language)
            files[name] = written.encode("utf-8")
            stamps[name] = datetime.combine(appraisal.period.start, datetime.min.time())
        stop_if_cancelled(cancelled)
        if destination.suffix.lower() == ".zip":
            write_atomic(destination, _zipped(files, stamps))
        else:
            if not destination.is_dir():
                # a new folder is made owner-only; a folder the user already has keeps its
                # permissions (never chmod someone's Documents folder)
                ensure_private_dir(destination)
            for name, data in files.items():
                write_atomic(destination / name, data)
        return ExportResult(destination, len(entries), files=len(files))


def _zipped(files: dict[str, bytes], stamps: dict[str, datetime]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            stamp = stamps[name]
            when = max(
                (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second),
                (1980, 1, 1, 0, 0, 0),
            )
            folder = "appraisals" if name.startswith("appraisal-") else "reflections"
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=when)
            info.external_attr = 0o600 << 16  # owner-only when unpacked on POSIX
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
