"""Example reflections: a believable demo journal, and many generated ones for benchmarks.

:func:`fill_demo_journal` writes a year of hand-written, fictional reflections by a
practice leader (Markdown files in ``resources/demo/reflections``, read by ``demo_data``):
every domain of the KSS for practice leaders, most template types, Social Work England CPD
records, drafts, private entries, and actions that are done, open and overdue.
:func:`generate_reflections` makes any number of reproducible, machine-written reflections
(see ``demo_generator``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.localised import long_date
from journal_app.core.models import (
    Action,
    EntryDraft,
    Section,
    SupervisionContext,
    Tag,
)
from journal_app.core.periods import registration_year
from journal_app.core.templates import Template
from journal_app.services.demo_data import DemoAction, DemoReflection, demo_reflections
from journal_app.services.demo_generator import generate_reflections

__all__ = ["DEMO_REFLECTIONS", "fill_demo_journal", "generate_reflections"]

#: every hand-written reflection, in the order they are offered
DEMO_REFLECTIONS: tuple[DemoReflection, ...] = demo_reflections()

_YEAR_DAYS = 364


class ReflectionWriter(Protocol):
    """Where example reflections go: a JournalService, or anything that saves drafts."""

    def create(self, draft: EntryDraft) -> object: ...


_SECTION_LINE = re.compile(r"^@([a-z][a-z0-9_]*)\s*$", re.MULTILINE)
_LIST_ITEM = re.compile(r"^(?:[-*] |\d+\. )")


def fill_demo_journal(
    journal: ReflectionWriter, catalogue: Catalogue, today: date, count: int = 60, seed: int = 7
) -> int:
    """Write ``count`` example reflections dated over the year up to ``today``; returns how many.

    Up to 60 are hand-written; fewer are chosen so that every KSS practice leader domain,
    three CPD records and a draft come first. Beyond 60 the rest are generated. The seed
    moves dates by a few days and picks which optional reflections are kept. Each reflection
    is saved on its own, oldest first.
    """
    if count < 0:
        raise InvalidInputError("demo.negative_example_count")
    rng = random.Random(seed)
    chosen = _choose(count, rng)
    drafts = [_draft(spec, catalogue, today, rng) for spec in chosen]
    extra = count - len(drafts)
    if extra > 0:
        start = today - timedelta(days=_YEAR_DAYS)
        drafts.extend(generate_reflections(extra, seed, start, today, catalogue))
    drafts.sort(key=lambda d: d.event_date or today)
    for draft in drafts:
        journal.create(draft)
    return len(drafts)


def _choose(count: int, rng: random.Random) -> list[DemoReflection]:
    """The essential reflections in priority order, then the others in a seeded order."""
    essential = sorted((s for s in DEMO_REFLECTIONS if s.essential), key=lambda s: s.essential)
    others = [s for s in DEMO_REFLECTIONS if not s.essential]
    rng.shuffle(others)
    return [*essential, *others][:count]


def _draft(
    spec: DemoReflection, catalogue: Catalogue, today: date, rng: random.Random
) -> EntryDraft:
    when = _event_date(spec, today, rng)
    written, body = split_sections(spec.text)
    if spec.activity_note:
        # the example reflections are written in English, their dates too
        note = f"{long_date(when, 'en')} ({spec.activity_note})."
        written.insert(min(2, len(written)), ("activity_date", note))
    template = _template(catalogue, spec.template_id)
    sections, leftover = fit_sections(template, written)
    kind, minutes, role = spec.session or (None, None, "")
    return EntryDraft(
        title=spec.title,
        body="\n\n".join(part for part in (body, leftover) if part),
        event_date=when,
        template_id=template.id if template else "free-form",
        sections=sections,
        status=spec.status,
        visibility=spec.visibility,
        tags=_tags(catalogue, spec.tags),
        supervision=SupervisionContext(kind, minutes, role) if kind else None,
        actions=tuple(_action(a, when, today, rng) for a in spec.actions),
    )


def _event_date(spec: DemoReflection, today: date, rng: random.Random) -> date:
    jitter = rng.randint(-3, 3) if spec.days_ago > 3 else 0
    days_ago = max(0, min(_YEAR_DAYS, spec.days_ago + jitter))
    when = today - timedelta(days=days_ago)
    if spec.this_registration_year:
        year = registration_year(today)
        if when < year.start:
            # spread the current year's records over the part of the year gone so far
            place = [s for s in DEMO_REFLECTIONS if s.this_registration_year].index(spec)
            when = year.start + (today - year.start) * (place + 1) // 4
    return when


def _template(catalogue: Catalogue, template_id: str) -> Template | None:
    try:
        return catalogue.template(template_id)
    except InvalidInputError:
        return None  # not installed: the sections go into the body under headings


def _tags(catalogue: Catalogue, keys: Sequence[str]) -> tuple[Tag, ...]:
    tags = []
    for key in keys:
        try:
            tags.append(catalogue.resolve_tag(key))
        except InvalidInputError:
            continue  # a framework this installation does not have
    return tuple(tags)


def _action(spec: DemoAction, when: date, today: date, rng: random.Random) -> Action:
    if spec.state == "undated":
        return Action(spec.text, spec.kind)
    due = when + timedelta(days=spec.days)
    if spec.state == "done":
        finished = min(today, when + timedelta(days=max(1, spec.days - rng.randint(0, 5))))
        return Action(spec.text, spec.kind, due, finished)
    if spec.state == "overdue" and due >= today:
        due = max(when + timedelta(days=1), today - timedelta(days=7))
    elif spec.state == "open" and due <= today:
        due = today + timedelta(days=14 + spec.days % 30)
    return Action(spec.text, spec.kind, due)


def split_sections(text: str) -> tuple[list[tuple[str, str]], str]:
    """``@key`` lines split a text into (key, text) sections; text before the first is body."""
    pieces = _SECTION_LINE.split(text)
    body = _reflow(pieces[0])
    sections = [(pieces[i], _reflow(pieces[i + 1])) for i in range(1, len(pieces), 2)]
    return sections, body


def _reflow(text: str) -> str:
    """Join hard-wrapped lines into paragraphs, keeping list items on lines of their own."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if lines and not _LIST_ITEM.match(line):
                lines[-1] += " " + line
            elif line:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def fit_sections(
    template: Template | None, written: Sequence[tuple[str, str]]
) -> tuple[tuple[Section, ...], str]:
    """Put written (key, text) pairs into the template's sections; the rest becomes body.

    A written section goes to the template section with the same key, else to the free one
    whose key shares most words with it. Text that fits nowhere (the template changed, or is
    not installed) is kept in the body under a heading, so nothing written is ever lost.
    """
    if template is None or not template.sections:
        return (), _as_body(written)
    texts: dict[str, str] = {}
    unplaced = []
    keys = [s.key for s in template.sections]
    for key, text in written:
        target = _best_key(key, [k for k in keys if k not in texts])
        if target is None:
            unplaced.append((key, text))
        else:
            texts[target] = text
    sections = tuple(Section(s.key, s.title, texts.get(s.key, "")) for s in template.sections)
    return sections, _as_body(unplaced)


def _best_key(key: str, free: list[str]) -> str | None:
    if key in free:
        return key
    wanted = set(key.split("_"))
    scored = [(len(wanted & set(k.split("_"))), -i, k) for i, k in enumerate(free)]
    best = max(scored, default=None)
    if best is not None and best[0] > 0:
        return best[2]
    return None


def _as_body(sections: Sequence[tuple[str, str]]) -> str:
    parts = []
    for key, text in sections:
        if text.strip():
            parts.append(f"## {key.replace('_', ' ').capitalize()}\n\n{text}")
    return "\n\n".join(parts)
