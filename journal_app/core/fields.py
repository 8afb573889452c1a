"""The one reader of checked JSON data: every field checked before it becomes a value.

Frameworks, templates, the CPD rules, the demo journal's files and the JSON import all read
their fields through :class:`FieldReader`, so a fault reads the same whichever file it is in.
The first fault ends the reading with one error (made by the reader's ``reject``) whose
message names the file, the field (``domains[2].title``, ``entries[3].event_date``) and what
was wrong, quoting the wrong value where that helps (cut short, so a long text is never
repeated whole), so a non-technical user, or whoever wrote the file for them, can fix it.

Text comes two ways. :meth:`FieldReader.text` strips the spaces around hand-written values
(a framework's titles); :meth:`FieldReader.exact_text` keeps text exactly as written, as an
import must, to give back the very bytes that were exported, and applies the journal's own
rule for text it can store.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import NoReturn, TypeVar

from journal_app.core.datafiles import ID_PATTERN, SCHEMA_VERSION, Reject
from journal_app.core.limits import EARLIEST_DATE, LATEST_DATE
from journal_app.core.messages import Message
from journal_app.core.text import check_storable

_Choice = TypeVar("_Choice", bound=StrEnum)

#: where a fault in the file as a whole is
TOP_LEVEL = Message("datafile.top_level")

#: how much of a wrong value a fault quotes
SHOWN_CHARACTERS = 40

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


def describe_type(value: object) -> Message:
    """How a JSON value's type reads to a person ("text", "a number", ...)."""
    if value is None:
        kind = "null"
    elif isinstance(value, bool):
        kind = "boolean"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str):
        kind = "text"
    elif isinstance(value, list):
        kind = "list"
    else:
        # json.loads makes nothing else; anything else is named as an object too
        kind = "object"
    return Message(f"datafile.type.{kind}")


def shown(value: object) -> Message:
    """A wrong value as a fault names it: the text quoted (cut short), else its kind."""
    if isinstance(value, str):
        return Message("datafile.quoted", text=value[:SHOWN_CHARACTERS])
    return describe_type(value)


def join(field: str, key: str) -> str:
    """The path of ``key`` inside the object at ``field`` ("" for the top level)."""
    return f"{field}.{key}" if field else key


class FieldReader:
    """Checks fields of decoded JSON, raising ``reject`` with the field path on the first fault."""

    def __init__(self, source_name: str, reject: Reject) -> None:
        self.source_name = source_name
        self.reject = reject

    def fail(self, field: str | Message, problem: Message) -> NoReturn:
        """Stop with an error naming the file, the field ("" for the whole file) and the
        problem."""
        raise self.reject(self.source_name, field, problem)

    def fields(
        self,
        value: object,
        field: str,
        keys: Collection[str],
        optional: Collection[str] = (),
    ) -> dict[str, object]:
        """``value`` as a JSON object with every one of ``keys``, perhaps some of ``optional``,
        and no other key."""
        if not isinstance(value, dict):
            self.fail(
                field or TOP_LEVEL, Message("datafile.expected_object", found=describe_type(value))
            )
        allowed = (*keys, *optional)
        unknown = sorted(str(key) for key in value if key not in allowed)
        if unknown:
            self.fail(
                join(field, unknown[0]),
                Message("datafile.unknown_field", name=unknown[0], allowed=", ".join(allowed)),
            )
        missing = [key for key in keys if key not in value]
        if missing:
            self.fail(join(field, missing[0]), Message("datafile.field_missing"))
        return {str(key): item for key, item in value.items()}

    def items(
        self, value: object, field: str, min_items: int = 0, max_items: int | None = None
    ) -> list[object]:
        """``value`` as a list with an allowed number of items."""
        if not isinstance(value, list):
            self.fail(field, Message("datafile.expected_list", found=describe_type(value)))
        if len(value) < min_items:
            self.fail(
                field, Message("datafile.too_few_items", minimum=min_items, count=len(value))
            )
        if max_items is not None and len(value) > max_items:
            self.fail(field, Message("datafile.too_many_items", count=len(value), limit=max_items))
        return list(value)

    def text(
        self,
        value: object,
        field: str,
        max_length: int,
        pattern: re.Pattern[str] | None = None,
        allow_empty: bool = False,
    ) -> str:
        """``value`` as stripped text no longer than ``max_length`` (and matching ``pattern``)."""
        text = self.string(value, field).strip()
        if not text and not allow_empty:
            self.fail(field, Message("datafile.empty"))
        self._length(text, field, max_length)
        if pattern is not None:
            self.matching(text, field, pattern, _pattern_hint(pattern))
        return text

    def texts(self, value: object, field: str, max_items: int, max_length: int) -> tuple[str, ...]:
        """``value`` as a list of non-empty texts."""
        listed = self.items(value, field, 0, max_items)
        return tuple(
            self.text(item, f"{field}[{index}]", max_length) for index, item in enumerate(listed)
        )

    def exact_text(
        self, value: object, field: str, label: Message, max_length: int, *, required: bool = False
    ) -> str:
        """``value`` as text, exactly as written, that the journal can store. ``label`` names
        the field as the journal's rule for stored text does ("the title")."""
        text = self.string(value, field)
        if required and not text.strip():
            self.fail(field, Message("datafile.empty"))
        self._length(text, field, max_length)
        problem = check_storable(label, text, max_length)
        if problem:
            self.fail(field, Message("storable.as_clause", sentence=problem))
        return text

    def matching(self, value: object, field: str, pattern: re.Pattern[str], hint: Message) -> str:
        """``value`` as text, exactly as written, matching ``pattern`` (``hint`` says how)."""
        text = self.string(value, field)
        if not pattern.fullmatch(text):
            self.fail(field, Message("datafile.not_allowed", shown=shown(text), hint=hint))
        return text

    def one_of(self, value: object, field: str, allowed: Sequence[str]) -> str:
        """``value`` as one of the words ``allowed``."""
        if not isinstance(value, str) or value not in allowed:
            self.fail(
                field,
                Message("datafile.not_one_of", shown=shown(value), allowed=", ".join(allowed)),
            )
        return value

    def choice(self, value: object, field: str, kind: type[_Choice]) -> _Choice:
        """``value`` as a member of ``kind``, by its value."""
        return kind(self.one_of(value, field, [member.value for member in kind]))

    def integer(self, value: object, field: str, low: int, high: int) -> int:
        """``value`` as a whole number between ``low`` and ``high``."""
        # bool is an int in Python but never what a file author meant
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, Message("datafile.expected_integer", found=describe_type(value)))
        if not low <= value <= high:
            self.fail(field, Message("datafile.out_of_range", value=value, low=low, high=high))
        return value

    def true_or_false(self, value: object, field: str) -> bool:
        """``value`` as ``true`` or ``false``."""
        if not isinstance(value, bool):
            self.fail(
                field, Message("datafile.expected_true_or_false", found=describe_type(value))
            )
        return value

    def schema(self, value: object, field: str = "schema", newest: int = SCHEMA_VERSION) -> int:
        """The schema number, refusing files written for a newer app."""
        number = self.integer(value, field, 1, 1_000_000)
        if number > newest:
            self.fail(field, Message("datafile.schema_too_new", schema=number, newest=newest))
        return number

    def iso_date(self, value: object, field: str) -> date:
        """``value`` as a real ``YYYY-MM-DD`` date within the range the journal keeps."""
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            self.fail(field, Message("datafile.not_a_date", shown=shown(value)))
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            self.fail(field, Message("datafile.not_a_real_date", shown=shown(value)))
        if not EARLIEST_DATE <= parsed <= LATEST_DATE:
            self.fail(
                field,
                Message(
                    "datafile.date_out_of_range",
                    shown=shown(value),
                    earliest=EARLIEST_DATE.year,
                    latest=LATEST_DATE.year,
                ),
            )
        return parsed

    def optional_date(self, value: object, field: str) -> date | None:
        """``value`` as a date as :meth:`iso_date` reads it, or ``None`` for null."""
        return None if value is None else self.iso_date(value, field)

    def utc_time(self, value: object, field: str) -> datetime:
        """``value`` as a real UTC time ``YYYY-MM-DDTHH:MM:SSZ``, returned as naive UTC."""
        if not isinstance(value, str) or not _UTC_TIME.fullmatch(value):
            self.fail(field, Message("datafile.not_a_time", shown=shown(value)))
        try:
            parsed = datetime.fromisoformat(value.removesuffix("Z"))
        except ValueError:
            self.fail(field, Message("datafile.not_a_real_time", shown=shown(value)))
        self.iso_date(value[:10], field)  # the same range of years as every other date
        return parsed

    def string(self, value: object, field: str) -> str:
        """``value`` as text, exactly as written, of any length."""
        if not isinstance(value, str):
            self.fail(field, Message("datafile.expected_text", found=describe_type(value)))
        return value

    def _length(self, text: str, field: str, max_length: int) -> None:
        if len(text) > max_length:
            self.fail(field, Message("datafile.too_long", length=len(text), limit=max_length))


def _pattern_hint(pattern: re.Pattern[str]) -> Message:
    if pattern is ID_PATTERN:
        return Message("datafile.id_hint")
    return Message("datafile.pattern_hint", pattern=pattern.pattern)
