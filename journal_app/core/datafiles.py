"""Reading and checking the JSON data files behind frameworks and templates.

Framework and template files can come from outside the app (a user imports a framework their
employer wrote), so every value is checked before it becomes a dataclass. A problem always
ends in one error whose message names the file, the field (``domains[2].title``) and what was
wrong, so a non-technical user, or whoever wrote the file for them, can fix it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path
from typing import NoReturn

from journal_app.core.errors import InvalidInputError
from journal_app.core.messages import Message

#: the schema version this app writes and understands
SCHEMA_VERSION = 1

#: a framework or template file is a few kilobytes; anything far larger is not one
MAX_FILE_BYTES = 1_000_000

ID_PATTERN = re.compile(r"[a-z0-9-]{2,40}")


class DataFileError(InvalidInputError):
    """A framework or template file cannot be used; the message says where and why."""

    #: the catalogue code of the message, naming what kind of file this is; "_at" is added
    #: when the fault is in a field
    code = "datafile.unusable"

    def __init__(self, source_name: str, field: str, problem: Message) -> None:
        self.source_name = source_name
        self.field = field
        self.problem = problem
        if field:
            super().__init__(f"{self.code}_at", name=source_name, field=field, problem=problem)
        else:
            super().__init__(self.code, name=source_name, problem=problem)


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


def read_json(path: Path, error: type[DataFileError]) -> object:
    """The parsed JSON in ``path``; every way of failing raises ``error``, never an OSError."""
    name = path.name or str(path)
    # Windows reports opening a folder as "permission denied", so ask first
    if path.is_dir():
        raise error(name, "", Message("datafile.is_folder"))
    try:
        with path.open("rb") as handle:
            # read one byte past the limit so an oversized file is noticed without reading it all
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise error(name, "", Message("datafile.not_found")) from None
    except PermissionError:
        raise error(name, "", Message("datafile.read_refused")) from None
    except OSError as exc:
        raise error(name, "", Message("datafile.unreadable", reason=exc.strerror or exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise error(name, "", Message("datafile.too_large"))
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM Windows Notepad adds
    except UnicodeDecodeError as exc:
        raise error(name, "", Message("datafile.not_utf8", position=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            name,
            "",
            Message("datafile.bad_json", line=exc.lineno, column=exc.colno, detail=exc.msg),
        ) from None
    except (ValueError, RecursionError):
        # absurd numbers or nesting thousands deep: valid-looking JSON no real file contains
        raise error(name, "", Message("datafile.json_too_deep")) from None


class FieldReader:
    """Checks fields of decoded JSON, raising ``error`` with the field path on the first fault."""

    def __init__(self, source_name: str, error: type[DataFileError]) -> None:
        self.source_name = source_name
        self.error = error

    def fail(self, field: str, problem: Message) -> NoReturn:
        """Stop with an error naming the file, the field and the problem."""
        raise self.error(self.source_name, field, problem)

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
            where = field or Message("datafile.top_level")
            self.fail(
                field, Message("datafile.not_object", where=where, found=describe_type(value))
            )
        allowed = (*keys, *optional)
        unknown = sorted(str(key) for key in value if key not in allowed)
        if unknown:
            self.fail(
                field,
                Message("datafile.unknown_field", name=unknown[0], allowed=", ".join(allowed)),
            )
        missing = [key for key in keys if key not in value]
        if missing:
            self.fail(_join(field, missing[0]), Message("datafile.field_missing"))
        return {str(key): item for key, item in value.items()}

    def text(
        self,
        value: object,
        field: str,
        max_length: int,
        pattern: re.Pattern[str] | None = None,
        allow_empty: bool = False,
    ) -> str:
        """``value`` as stripped text no longer than ``max_length`` (and matching ``pattern``)."""
        if not isinstance(value, str):
            self.fail(field, Message("datafile.expected_text", found=describe_type(value)))
        text = value.strip()
        if not text and not allow_empty:
            self.fail(field, Message("datafile.empty"))
        if len(text) > max_length:
            self.fail(field, Message("datafile.too_long", length=len(text), limit=max_length))
        if pattern is not None and not pattern.fullmatch(text):
            self.fail(
                field, Message("datafile.not_allowed", text=text, hint=_pattern_hint(pattern))
            )
        return text

    def integer(self, value: object, field: str, low: int, high: int) -> int:
        """``value`` as a whole number between ``low`` and ``high``."""
        # bool is an int in Python but never what a file author meant
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, Message("datafile.expected_integer", found=describe_type(value)))
        if not low <= value <= high:
            self.fail(field, Message("datafile.out_of_range", value=value, low=low, high=high))
        return value

    def items(self, value: object, field: str, min_items: int, max_items: int) -> list[object]:
        """``value`` as a list with an allowed number of items."""
        if not isinstance(value, list):
            self.fail(field, Message("datafile.expected_list", found=describe_type(value)))
        if len(value) < min_items:
            self.fail(
                field, Message("datafile.too_few_items", minimum=min_items, count=len(value))
            )
        if len(value) > max_items:
            self.fail(field, Message("datafile.too_many_items", count=len(value), limit=max_items))
        return list(value)

    def texts(self, value: object, field: str, max_items: int, max_length: int) -> tuple[str, ...]:
        """``value`` as a list of non-empty texts."""
        listed = self.items(value, field, 0, max_items)
        return tuple(
            self.text(item, f"{field}[{index}]", max_length) for index, item in enumerate(listed)
        )

    def schema(self, value: object, field: str = "schema") -> int:
        """The schema number, refusing files written for a newer app."""
        number = self.integer(value, field, 1, 1_000)
        if number > SCHEMA_VERSION:
            self.fail(field, Message("datafile.schema_too_new", schema=number))
        return number


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _pattern_hint(pattern: re.Pattern[str]) -> Message:
    if pattern is ID_PATTERN:
        return Message("datafile.id_hint")
    return Message("datafile.pattern_hint", pattern=pattern.pattern)
