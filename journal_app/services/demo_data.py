"""The demo journal's words, read from ``resources/demo`` so a writer can change them.

Each hand-written reflection is a Markdown file in ``resources/demo/reflections`` whose name
starts with its place in the order (``07-...md``): a block of ``key: value`` lines between
``---`` lines, then the text. In the text a line ``@section_key`` starts a template section;
text before the first is the body. ``resources/demo/words.md`` holds the word lists and
phrase banks of the generated reflections, one ``## heading`` each. ``resources/demo/README.md``
describes both for writers and translators.

Everything is checked by :class:`~journal_app.core.fields.FieldReader`, so a mistake in a
file stops with one message naming the file, the field and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar, cast

from journal_app.core.datafiles import ID_PATTERN, DataFileError, read_text
from journal_app.core.fields import FieldReader
from journal_app.core.messages import Message
from journal_app.core.models import ActionKind, SessionKind, Status, Visibility
from journal_app.core.resources import resource_path

ActionState = Literal["done", "open", "overdue", "undated"]

_MAX_TITLE = 200
_MAX_LINE = 1_000
_MAX_TEXT = 50_000
_MAX_DAYS = 3_650
_MAX_ACTIONS = 20
_TAG = re.compile(r"[a-z0-9-]{2,40}:[0-9a-z.]{1,10}")
_ACTION = re.compile(r"(?:(done|open|overdue) after (\d+) days?|undated): (.*)", re.DOTALL)
#: the front-matter key saying a CPD record is from this registration year
_THIS_YEAR_KEY = "this registration year"
_KEYS = (
    "title",
    "days ago",
    "template",
    "tags",
    "session",
    "minutes",
    "with",
    "status",
    "visibility",
    "essential",
    "this registration year",
    "activity note",
    "action",
    "goal",
)
#: keys that may appear more than once
_REPEATED = ("action", "goal")
_REQUIRED = ("title", "days ago", "template", "tags")

#: sections of words.md whose words are separated by spaces; every other section has one
#: phrase a line
_WORD_SECTIONS = (
    "nouns",
    "adjectives",
    "verbs",
    "gerunds",
    "adverbs",
    "feelings",
    "coining prefixes",
)
_LINE_SECTIONS = (
    "roles",
    "settings",
    "situation",
    "feeling",
    "analysis",
    "forward",
    "peer",
    "impact",
    "list items",
    "titles",
    "cpd types",
    "cpd durations",
)
_TOPICS = re.compile(r"topics for domain (\d{1,2})")
_Choice = TypeVar("_Choice", Status, Visibility, SessionKind)


class DemoDataError(DataFileError):
    """A file of the demo journal cannot be used; the message says where and why."""

    code = "demo_file.unusable"


@dataclass(frozen=True)
class DemoAction:
    """An action or learning goal; ``days`` is how long after the event it falls due."""

    text: str
    state: ActionState = "open"
    days: int = 28
    kind: ActionKind = ActionKind.ACTION


@dataclass(frozen=True)
class DemoReflection:
    """One example reflection, dated ``days_ago`` before the day the demo is filled."""

    title: str
    days_ago: int
    template_id: str
    text: str
    tags: tuple[str, ...]
    session: tuple[SessionKind, int, str] | None = None
    status: Status = Status.FINAL
    visibility: Visibility = Visibility.SHAREABLE
    actions: tuple[DemoAction, ...] = ()
    #: CPD records re-dated into the current Social Work England registration year
    this_registration_year: bool = False
    #: a rank (1 first) for reflections kept when fewer are asked for; 0 for optional ones
    essential: int = 0
    #: how the activity is described in a CPD record's date field, after the month
    activity_note: str = ""


@dataclass(frozen=True)
class DemoWords:
    """The vocabulary and phrase banks of generated reflections (``resources/demo/words.md``)."""

    lists: dict[str, tuple[str, ...]]
    #: topics in each domain of the KSS for practice leaders, so text leans towards its tags
    topics_by_domain: dict[str, tuple[str, ...]]

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self.lists[name]


@cache
def demo_reflections() -> tuple[DemoReflection, ...]:
    """Every hand-written reflection in ``resources/demo/reflections``, in file-name order."""
    return read_reflections(resource_path("demo", "reflections"))


@cache
def demo_words() -> DemoWords:
    """The word lists in ``resources/demo/words.md``."""
    return read_words(resource_path("demo", "words.md"))


def read_reflections(folder: Path) -> tuple[DemoReflection, ...]:
    """The reflections in the ``*.md`` files of ``folder``, in the order of their names."""
    files = sorted(folder.glob("*.md"))
    if not files:
        raise DemoDataError(folder.name, "", Message("demo.no_reflections"))
    return tuple(read_reflection(path) for path in files)


def read_reflection(path: Path) -> DemoReflection:
    """One reflection file: its ``key: value`` lines checked, its text kept as written."""
    reader = FieldReader(path.name, DemoDataError)
    pairs, text = _front_matter(read_text(path, DemoDataError), reader)
    single: dict[str, str] = {}
    for key, value in pairs:
        if key not in _KEYS:
            reader.fail(key, Message("datafile.unknown_field", name=key, allowed=", ".join(_KEYS)))
        if key in single and key not in _REPEATED:
            reader.fail(key, Message("demo.field_twice"))
        single[key] = value
    for key in _REQUIRED:
        if key not in single:
            reader.fail(key, Message("datafile.field_missing"))
    return DemoReflection(
        title=reader.text(single["title"], "title", _MAX_TITLE),
        days_ago=_number(reader, single["days ago"], "days ago", 0, _MAX_DAYS),
        template_id=reader.text(single["template"], "template", 40, ID_PATTERN),
        text=reader.text(text, "text", _MAX_TEXT),
        tags=tuple(
            reader.text(tag, "tags", 60, _TAG) for tag in single["tags"].split(",") if tag.strip()
        ),
        session=_session(reader, single),
        status=_choice(reader, single, "status", Status, Status.FINAL),
        visibility=_choice(reader, single, "visibility", Visibility, Visibility.SHAREABLE),
        actions=_actions(reader, pairs),
        this_registration_year=_yes(reader, single.get("this registration year", "no")),
        essential=_number(reader, single.get("essential", "0"), "essential", 0, 100),
        activity_note=reader.text(
            single.get("activity note", ""), "activity note", _MAX_LINE, allow_empty=True
        ),
    )


def _front_matter(text: str, reader: FieldReader) -> tuple[list[tuple[str, str]], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        reader.fail("", Message("demo.no_front_matter"))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        reader.fail("", Message("demo.front_matter_open"))
    pairs = []
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            reader.fail(_line_field(number), Message("demo.expected_name_value"))
        pairs.append((key.strip().lower(), value.strip()))
    return pairs, "\n".join(lines[end + 1 :])


def _line_field(number: int) -> str:
    # where a fault is, for the writer of the file: its line number (a field path, not prose)
    return f"line {number}"


def _number(reader: FieldReader, value: str, field: str, low: int, high: int) -> int:
    # a whole number written as text; anything else is handed on as text, which the reader refuses
    parsed: object = int(value) if value.isdigit() else value
    return reader.integer(parsed, field, low, high)


def _yes(reader: FieldReader, value: str) -> bool:
    return reader.one_of(value, _THIS_YEAR_KEY, ("yes", "no")) == "yes"


def _choice(
    reader: FieldReader, fields: dict[str, str], key: str, kind: type[_Choice], default: _Choice
) -> _Choice:
    value = fields.get(key)
    return default if value is None else reader.choice(value, key, kind)


def _session(reader: FieldReader, fields: dict[str, str]) -> tuple[SessionKind, int, str] | None:
    if "session" not in fields:
        for key in ("minutes", "with"):
            if key in fields:
                reader.fail(key, Message("demo.needs_session"))
        return None
    kind = _choice(reader, fields, "session", SessionKind, SessionKind.OTHER)
    minutes = _number(reader, fields.get("minutes", ""), "minutes", 1, 24 * 60)
    role = reader.text(fields.get("with", ""), "with", _MAX_LINE, allow_empty=True)
    return kind, minutes, role


def _actions(reader: FieldReader, pairs: Sequence[tuple[str, str]]) -> tuple[DemoAction, ...]:
    actions: list[DemoAction] = []
    for key, value in pairs:
        if key not in _REPEATED:
            continue
        field = f"{key}[{len(actions)}]"
        match = _ACTION.fullmatch(value)
        if match is None:
            reader.fail(field, Message("demo.bad_action"))
        state, days, text = match.groups()
        kind = ActionKind.LEARNING_GOAL if key == "goal" else ActionKind.ACTION
        actions.append(
            DemoAction(
                reader.text(text, field, _MAX_LINE),
                cast(ActionState, state or "undated"),
                _number(reader, days, field, 0, _MAX_DAYS) if days else 0,
                kind,
            )
        )
    if len(actions) > _MAX_ACTIONS:
        reader.fail(
            "action", Message("demo.too_many_actions", count=len(actions), limit=_MAX_ACTIONS)
        )
    return tuple(actions)


def read_words(path: Path) -> DemoWords:
    """The ``## heading`` sections of a words file: every one the generator needs, no other."""
    reader = FieldReader(path.name, DemoDataError)
    sections = re.split(r"^## +(.+?)\s*$", read_text(path, DemoDataError), flags=re.MULTILINE)
    if sections[0].strip():
        reader.fail("", Message("demo.text_before_heading"))
    lists: dict[str, tuple[str, ...]] = {}
    topics: dict[str, tuple[str, ...]] = {}
    for index in range(1, len(sections), 2):
        name, body = sections[index].strip().lower(), sections[index + 1]
        if name in lists or (_TOPICS.fullmatch(name) and name.split()[-1] in topics):
            reader.fail(name, Message("demo.heading_twice"))
        if name in _WORD_SECTIONS:
            # a word listed twice is kept once, where it first appears
            lists[name] = tuple(dict.fromkeys(body.split()))
        elif name in _LINE_SECTIONS:
            lists[name] = tuple(line.strip() for line in body.splitlines() if line.strip())
        elif match := _TOPICS.fullmatch(name):
            topics[match.group(1)] = tuple(
                line.strip() for line in body.splitlines() if line.strip()
            )
        else:
            reader.fail(name, Message("demo.unknown_heading"))
        if not (lists.get(name) or topics.get(name.split()[-1])):
            reader.fail(name, Message("demo.section_empty"))
    for name in (*_WORD_SECTIONS, *_LINE_SECTIONS):
        if name not in lists:
            reader.fail(name, Message("demo.section_missing"))
    return DemoWords(lists, topics)
