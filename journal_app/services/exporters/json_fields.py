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
from journal_app.core.limits import EARLIEST_DATE, LATEST_DATE
from journal_app.core.text import check_storable

_Choice = TypeVar("_Choice", bound=StrEnum)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


class FieldFault(Exception):
    """One fault in an import file: the field path and the problem in plain words."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def fail(path: str, problem: str) -> NoReturn:
    raise FieldFault(path, problem)


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def obj(value: object, path: str, keys: Collection[str]) -> dict[str, object]:
    """``value`` as an object with exactly ``keys``."""
    if not isinstance(value, dict):
        fail(path or "the top level", f"expected an object, found {describe_type(value)}")
    unknown = sorted(str(key) for key in value if key not in keys)
    if unknown:
        fail(join(path, unknown[0]), f"'{unknown[0]}' is not a field this format has")
    missing = [key for key in keys if key not in value]
    if missing:
        fail(join(path, missing[0]), "this required field is missing")
    return value


def items(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        fail(path, f"expected a list, found {describe_type(value)}")
    return value


def text(value: object, path: str, label: str, limit: int, *, required: bool = False) -> str:
    """``value`` as text, exactly as written, that the journal can store."""
    if not isinstance(value, str):
        fail(path, f"expected text, found {describe_type(value)}")
    if required and not value.strip():
        fail(path, "must not be empty")
    problem = check_storable(label, value, limit)
    if problem:
        fail(path, problem.rstrip("."))
    return value


def pattern(value: object, path: str, regex: re.Pattern[str], hint: str) -> str:
    if not isinstance(value, str):
        fail(path, f"expected text, found {describe_type(value)}")
    if not regex.fullmatch(value):
        fail(path, f"'{value[:40]}' is not valid here ({hint})")
    return value


def choice(value: object, path: str, kind: type[_Choice]) -> _Choice:
    allowed = [member.value for member in kind]
    if not isinstance(value, str) or value not in allowed:
        shown = f"'{value[:40]}'" if isinstance(value, str) else describe_type(value)
        fail(path, f"{shown} is not one of {', '.join(allowed)}")
    return kind(value)


def iso_date(value: object, path: str) -> date:
    """``value`` as a real ``YYYY-MM-DD`` date within the range the journal keeps."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        shown = f"'{value[:40]}'" if isinstance(value, str) else describe_type(value)
        fail(path, f"{shown} is not a date in the form YYYY-MM-DD")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        fail(path, f"'{value}' is not a real date")
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        fail(path, f"{value} is outside the dates the journal keeps (1970 to 2200)")
    return parsed


def utc_time(value: object, path: str) -> datetime:
    """``value`` as a real UTC time ``YYYY-MM-DDTHH:MM:SSZ``, returned as naive UTC."""
    if not isinstance(value, str) or not _UTC_TIME.fullmatch(value):
        shown = f"'{value[:40]}'" if isinstance(value, str) else describe_type(value)
        fail(path, f"{shown} is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ")
    try:
        parsed = datetime.fromisoformat(value.removesuffix("Z"))
    except ValueError:
        fail(path, f"'{value}' is not a real time")
    iso_date(value[:10], path)  # the same range of years as every other date
    return parsed


def optional_date(value: object, path: str) -> date | None:
    return None if value is None else iso_date(value, path)


def whole_number(value: object, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        fail(path, f"expected a whole number, found {describe_type(value)}")
    if not low <= value <= high:
        fail(path, f"{value} is out of range ({low} to {high})")
    return value
