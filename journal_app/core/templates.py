"""Reflective models (Gibbs, Kolb, Driscoll, ...) as entry templates, and switching between them.

A template is an ordered list of sections, each with a prompt. An entry keeps its own copy of
the sections, so a template can change (or a user can switch template) without touching what
was written. Switching never loses text: see :func:`switch_template`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.datafiles import ID_PATTERN, DataFileError, read_json
from journal_app.core.fields import FieldReader
from journal_app.core.messages import Message
from journal_app.core.models import Section

_KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
_TOP_KEYS = ("schema", "id", "title", "description", "sections")
_SECTION_KEYS = ("key", "title", "prompt")


class TemplateFileError(DataFileError):
    """A template file is unreadable or not a valid template; nothing was loaded."""

    code = "template_file.unusable"


@dataclass(frozen=True)
class TemplateSection:
    """One section of a template: a stable key, a heading and a prompt to write to."""

    key: str
    title: str
    prompt: str


@dataclass(frozen=True)
class Template:
    """A reflective model. A template with no sections (free-form) is just a body of text."""

    id: str
    title: str
    description: str
    sections: tuple[TemplateSection, ...]

    def section(self, key: str) -> TemplateSection | None:
        """The section with this key, or ``None``."""
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def empty_sections(self) -> tuple[Section, ...]:
        """The sections a new entry written with this template starts with."""
        return tuple(Section(key=s.key, title=s.title, text="") for s in self.sections)


def parse_template(data: object, source_name: str) -> Template:
    """Check decoded JSON and build a :class:`Template`, or raise :class:`TemplateFileError`."""
    reader = FieldReader(source_name, TemplateFileError)
    top = reader.fields(data, "", _TOP_KEYS)
    reader.schema(top["schema"])
    template_id = reader.text(top["id"], "id", 40, ID_PATTERN)
    title = reader.text(top["title"], "title", 200)
    description = reader.text(top["description"], "description", 800)
    listed = reader.items(top["sections"], "sections", 0, 20)
    sections = tuple(
        _parse_section(reader, item, f"sections[{index}]") for index, item in enumerate(listed)
    )
    seen: set[str] = set()
    for index, section in enumerate(sections):
        if section.key in seen:
            reader.fail(
                f"sections[{index}].key", Message("datafile.key_used_twice", key=section.key)
            )
        seen.add(section.key)
    return Template(template_id, title, description, sections)


def _parse_section(reader: FieldReader, value: object, field: str) -> TemplateSection:
    fields = reader.fields(value, field, _SECTION_KEYS)
    return TemplateSection(
        key=reader.text(fields["key"], f"{field}.key", 40, _KEY_PATTERN),
        title=reader.text(fields["title"], f"{field}.title", 100),
        prompt=reader.text(fields["prompt"], f"{field}.prompt", 1000),
    )


def load_template(path: Path) -> Template:
    """Read and check the template file at ``path``; any fault is a TemplateFileError."""
    return parse_template(read_json(path, TemplateFileError), path.name or str(path))


def switch_template(
    sections: tuple[Section, ...], body: str, new: Template
) -> tuple[tuple[Section, ...], str]:
    """The sections and body of an entry rewritten for the template ``new``.

    Text in a section whose key the new template also has moves into that section. Every
    other section with text is appended to the body under a Markdown heading with its old
    title, so no text is ever lost. The new template's other sections start empty.
    """
    wanted = {section.key for section in new.sections}
    moved: dict[str, str] = {}
    leftovers: list[Section] = []
    for section in sections:
        # a key seen twice (never written by the app, but possible in old data) keeps the
        # first text in the section and sends the second to the body rather than dropping it
        if section.key in wanted and section.key not in moved:
            moved[section.key] = section.text
        elif section.text.strip():
            leftovers.append(section)
    new_sections = tuple(
        Section(key=s.key, title=s.title, text=moved.get(s.key, "")) for s in new.sections
    )
    return new_sections, _append_to_body(body, leftovers)


def _append_to_body(body: str, leftovers: list[Section]) -> str:
    if not leftovers:
        return body
    parts = [body.rstrip()] if body.strip() else []
    for section in leftovers:
        parts.append(f"## {_heading(section)}\n\n{section.text.strip()}")
    return "\n\n".join(parts) + "\n"


def _heading(section: Section) -> str:
    # a heading must stay on one line or Markdown would split it from its text
    title = " ".join(section.title.split())
    return title or section.key or "Untitled section"
