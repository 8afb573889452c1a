"""How the CLI prints entries: aligned text for people, JSON for scripts.

Everything a user wrote (or a file they imported) passes through :func:`visible` before it
reaches the terminal: a title holding ESC[2J would otherwise clear the screen, ESC]0;...BEL
retitle the window, and a right-to-left override disguise the text around it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from journal_app.core.messages import Message, render, text
from journal_app.core.models import Entry, EntrySummary, SearchHit, SessionKind, Status, Visibility
from journal_app.core.text import bracket_matches

if TYPE_CHECKING:
    from journal_app.core.identifiers import Finding
    from journal_app.services.privacy import EntryFindings, PlacedFindings


#: bidirectional embeddings, overrides and isolates: they reorder the text shown around them
_BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
#: C0 controls (ESC among them), DEL, C1 controls (0x9B is a one-byte CSI) and bidi controls
_CONTROLS = (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS)


def _shown_as(code: int) -> str:
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_ONE_LINE = {code: _shown_as(code) for code in _CONTROLS}
_LINES = {code: shown for code, shown in _ONE_LINE.items() if code not in (0x09, 0x0A)}
# json.dumps already escapes C0; DEL, C1 and bidi controls it leaves raw (ensure_ascii=False)
_JSON = {code: f"\\u{code:04x}" for code in _CONTROLS if code >= 0x7F}


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` safe for a terminal: control characters become visible escapes (ESC as
    ``\\x1b``, a right-to-left override as ``\\u202e``) and do nothing.

    With ``lines`` (a body, a section), new lines and tabs are kept and Windows line endings
    become plain new lines; without it (a title, a tag) they are shown as escapes too, so
    one field stays on one line.
    """
    if lines:
        return text.replace("\r\n", "\n").translate(_LINES)
    return text.translate(_ONE_LINE)


def with_own_words(code: str, own: Mapping[str, str], /, **params: object) -> str:
    """The words of ``code`` in the current language, with the person's own words (a name, a
    title, a role) in their places, shown safely.

    Their own words never become a message's parameters: each place is filled with a mark,
    and the mark is replaced in the finished line, so the translation may put them anywhere.
    """
    marks = {name: f"\x00{index}\x00" for index, name in enumerate(own)}
    said = text(code, **params, **marks)
    for name, mark in marks.items():
        said = said.replace(mark, visible(own[name]))
    return said


#: the words of a reflection's status, visibility and kind of session (the values typed on
#: the command line, and what 'show' and 'list' print, in the current language)
STATUS_WORDS = {Status.DRAFT: "cli.entry.draft", Status.FINAL: "cli.entry.final"}
VISIBILITY_WORDS = {
    Visibility.PRIVATE: "cli.entry.private",
    Visibility.SHAREABLE: "cli.entry.shareable",
}
SESSION_WORDS = {
    SessionKind.ONE_TO_ONE: "cli.entry.session_one_to_one",
    SessionKind.GROUP: "cli.entry.session_group",
    SessionKind.PEER: "cli.entry.session_peer",
    SessionKind.REFLECTIVE_CASE_DISCUSSION: "cli.entry.session_reflective_case_discussion",
    SessionKind.LEADERSHIP_MEETING: "cli.entry.session_leadership_meeting",
    SessionKind.TRAINING: "cli.entry.session_training",
    SessionKind.OTHER: "cli.entry.session_other",
}


def to_json_data(value: Any) -> Any:
    """Dataclasses, enums, dates, mappings and sequences as JSON-ready data, recursively."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Message):
        return render(value)  # words for people, in the catalogue's language
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
    """``value`` as JSON; the control characters JSON allows raw are written as escapes."""
    text = json.dumps(to_json_data(value), ensure_ascii=False, indent=2)
    sys.stdout.write(text.translate(_JSON))
    sys.stdout.write("\n")


def _tags(summary: EntrySummary | Entry) -> str:
    return visible(" ".join(t.key for t in summary.tags))


def print_summaries(summaries: Iterable[EntrySummary]) -> int:
    statuses = {status: text(code) for status, code in STATUS_WORDS.items()}
    width = max(map(len, statuses.values()))
    count = 0
    for s in summaries:
        flags = f"{statuses[s.status]:<{width}}"
        title = visible(s.title)
        print(f"{s.id}  {s.event_date.isoformat()}  {flags}  {title}  {_tags(s)}".rstrip())
        count += 1
    return count


def print_hits(hits: Iterable[SearchHit]) -> int:
    count = 0
    for hit in hits:
        s = hit.entry
        print(f"{s.id}  {s.event_date.isoformat()}  {visible(s.title)}")
        snippet = visible(" ".join(bracket_matches(hit.snippet).split()))
        if snippet:
            print(f"    {snippet}")
        count += 1
    return count


def print_entry(entry: Entry) -> None:
    print(f"# {visible(entry.title)}")
    template = visible(entry.template_id)
    print(text("cli.entry.dates", date=entry.event_date.isoformat(), template=template))
    print(
        text(
            "cli.entry.statuses",
            status=Message(STATUS_WORDS[entry.status]),
            visibility=Message(VISIBILITY_WORDS[entry.visibility]),
        )
    )
    if entry.tags:
        tags = ", ".join(f"{t.key} ({t.framework_version})" for t in entry.tags)
        print(text("cli.entry.tags", tags=visible(tags)))
    if entry.supervision:
        sv = entry.supervision
        line = text("cli.entry.session", kind=Message(SESSION_WORDS[sv.session_kind]))
        if sv.duration_minutes is not None:
            line += text("cli.entry.minutes", count=sv.duration_minutes)
        if sv.other_party_role:
            line += with_own_words("cli.entry.with_role", {"role": sv.other_party_role})
        print(line)
    if entry.body:
        print()
        print(visible(entry.body, lines=True))
    for section in entry.sections:
        print()
        print(f"## {visible(section.title)}")
        print(visible(section.text, lines=True))
    if entry.actions:
        print()
        print(f"## {text('cli.entry.actions')}")
        for action in entry.actions:
            due = ""
            if action.due_date:
                due = text("cli.entry.due", date=action.due_date.isoformat())
            done = text("cli.entry.done") if action.is_done else ""
            print(f"- {visible(action.text)}{due}{done}")


def print_findings(
    results: Iterable[EntryFindings], header: Callable[[Entry], str], stream: TextIO
) -> None:
    """Each reflection with findings (its ``header`` line), then each finding: kind,
    where, the text found, the suggestion and why."""
    from journal_app.services.privacy import field_label  # the identifier check is heavy

    for result in results:
        print(visible(header(result.entry)), file=stream)
        for field, findings in result.by_field.items():
            where = field_label(result.entry, field)
            for finding in findings:
                print(visible(_finding_line(finding, where)), file=stream)


def print_placed_findings(results: Sequence[PlacedFindings], stream: TextIO) -> None:
    """Findings in the appraisal workspace's texts: where, then each finding as above."""
    if results:
        print(render(Message("cli.findings.in_workspace")), file=stream)
    for result in results:
        for finding in result.findings:
            print(visible(_finding_line(finding, result.place)), file=stream)


def nothing_identifying(checked: int) -> str:
    """What the check says when it found nothing in ``checked`` reflections."""
    return render(Message("cli.findings.none", count=checked))


def _finding_line(finding: Finding, where: str) -> str:
    """ "Name in Text: 'Jayden' -> 'Child A' (A name next to 'his')", in the current
    language. What was found is the person's own text: it is put in the line here, never
    passed into a message."""
    kind = render(Message("cli.findings.where", kind=finding.label, where=where))
    return f"    {kind}: '{finding.text}' -> '{finding.replacement}' ({finding.reason})"
