"""Checking the fields of an import file one by one, naming the field path of any fault.

Unlike the framework files' reader, text is taken exactly as written (no stripping): an
import must give back the very bytes that were exported.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime
from enum import StrEnum
from typing import NoReturn, TypeVar

from journal_app.core.datafiles import describe_type
from journal_app.core.messages import Message
from journal_app.core.text import check_storable

_Choice = TypeVar("_Choice", bound=StrEnum)

EARLIEST = date(1970, 1, 1)
LATEST = date(2200, 1, 1)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


class FieldFault(Exception):
    """One fault in an import file: the field path (or "the top level") and the problem."""

    def __init__(self, path: str | Message, problem: Message) -> None:
        super().__init__(path, problem.code)
        self.path = path
        self.problem = problem


#: where a fault in the file as a whole is
TOP_LEVEL = Message("datafile.top_level")


def fail(path: str | Message, problem: Message) -> NoReturn:
    raise FieldFault(path, problem)


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def obj(value: object, path: str, keys: Collection[str]) -> dict[str, object]:
    """``value`` as an object with exactly ``keys``."""
    if not isinstance(value, dict):
        fail(path or TOP_LEVEL, Message("import.expected_object", found=describe_type(value)))
    unknown = sorted(str(key) for key in value if key not in keys)
    if unknown:
        fail(join(path, unknown[0]), Message("import.unknown_field", name=unknown[0]))
    missing = [key for key in keys if key not in value]
    if missing:
        fail(join(path, missing[0]), Message("datafile.field_missing"))
    return value


def items(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        fail(path, Message("datafile.expected_list", found=describe_type(value)))
    return value


def text(value: object, path: str, label: Message, limit: int, *, required: bool = False) -> str:
    """``value`` as text, exactly as written, that the journal can store."""
    if not isinstance(value, str):
        fail(path, Message("datafile.expected_text", found=describe_type(value)))
    if required and not value.strip():
        fail(path, Message("datafile.empty"))
    problem = check_storable(label, value, limit)
    if problem:
        fail(path, Message("storable.as_clause", sentence=problem))
    return value


def pattern(value: object, path: str, regex: re.Pattern[str], hint: Message) -> str:
    if not isinstance(value, str):
        fail(path, Message("datafile.expected_text", found=describe_type(value)))
    if not regex.fullmatch(value):
        fail(path, Message("import.not_valid_here", text=value[:40], hint=hint))
    return value


def choice(value: object, path: str, kind: type[_Choice]) -> _Choice:
    allowed = [member.value for member in kind]
    if not isinstance(value, str) or value not in allowed:
        fail(path, Message("import.not_one_of", shown=_shown(value), allowed=", ".join(allowed)))
    return kind(value)


def iso_date(value: object, path: str) -> date:
    """``value`` as a real ``YYYY-MM-DD`` date within the range the journal keeps."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        fail(path, Message("import.not_a_date", shown=_shown(value)))
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        fail(path, Message("import.not_a_real_date", text=value))
    if not EARLIEST <= parsed <= LATEST:
        fail(path, Message("import.date_out_of_range", text=value))
    return parsed


def utc_time(value: object, path: str) -> datetime:
    """``value`` as a real UTC time ``YYYY-MM-DDTHH:MM:SSZ``, returned as naive UTC."""
    if not isinstance(value, str) or not _UTC_TIME.fullmatch(value):
        fail(path, Message("import.not_a_time", shown=_shown(value)))
    try:
        parsed = datetime.fromisoformat(value.removesuffix("Z"))
    except ValueError:
        fail(path, Message("import.not_a_real_time", text=value))
    iso_date(value[:10], path)  # the same range of years as every other date
    return parsed


def optional_date(value: object, path: str) -> date | None:
    return None if value is None else iso_date(value, path)


def whole_number(value: object, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        fail(path, Message("datafile.expected_integer", found=describe_type(value)))
    if not low <= value <= high:
        fail(path, Message("datafile.out_of_range", value=value, low=low, high=high))
    return value


def _shown(value: object) -> Message:
    """A wrong value as a fault names it: the text quoted (cut short), else its kind."""
    if isinstance(value, str):
        return Message("import.quoted", text=value[:40])
    return describe_type(value)
