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

#: the schema version this app writes and understands
SCHEMA_VERSION = 1

#: a framework or template file is a few kilobytes; anything far larger is not one
MAX_FILE_BYTES = 1_000_000

ID_PATTERN = re.compile(r"[a-z0-9-]{2,40}")


class DataFileError(InvalidInputError):
    """A framework or template file cannot be used; the message says where and why."""

    #: what kind of file this is, in the user's words
    kind = "Data file"

    def __init__(self, source_name: str, field: str, problem: str) -> None:
        self.source_name = source_name
        self.field = field
        self.problem = problem
        where = f" at {field}" if field else ""
        super().__init__(f"{self.kind} '{source_name}' cannot be used{where}: {problem}.")


def describe_type(value: object) -> str:
    """How a JSON value's type reads to a person ("text", "a number", ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def read_text(path: Path, error: type[DataFileError]) -> str:
    """The UTF-8 text in ``path``; every way of failing raises ``error``, never an OSError."""
    name = path.name or str(path)
    # Windows reports opening a folder as "permission denied", so ask first
    if path.is_dir():
        raise error(name, "", "this is a folder, not a file")
    try:
        with path.open("rb") as handle:
            # read one byte past the limit so an oversized file is noticed without reading it all
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise error(name, "", "the file was not found") from None
    except PermissionError:
        raise error(name, "", "permission to read the file was refused") from None
    except OSError as exc:
        raise error(name, "", f"the file could not be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise error(name, "", "the file is too large (over 1 MB) to be one of these files")
    try:
        return raw.decode("utf-8-sig")  # tolerate the BOM Windows Notepad adds
    except UnicodeDecodeError as exc:
        raise error(
            name, "", f"the file is not UTF-8 text (unexpected byte at position {exc.start})"
        ) from None


def read_json(path: Path, error: type[DataFileError]) -> object:
    """The parsed JSON in ``path``; every way of failing raises ``error``, never an OSError."""
    name = path.name or str(path)
    text = read_text(path, error)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            name, "", f"the JSON is not valid (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (ValueError, RecursionError):
        # absurd numbers or nesting thousands deep: valid-looking JSON no real file contains
        raise error(name, "", "the JSON contains values too large or too deeply nested") from None


class FieldReader:
    """Checks fields of decoded JSON, raising ``error`` with the field path on the first fault."""

    def __init__(self, source_name: str, error: type[DataFileError]) -> None:
        self.source_name = source_name
        self.error = error

    def fail(self, field: str, problem: str) -> NoReturn:
        """Stop with an error naming the file, the field and the problem."""
        raise self.error(self.source_name, field, problem)

    def fields(self, value: object, field: str, keys: Collection[str]) -> dict[str, object]:
        """``value`` as a JSON object with every one of ``keys`` and no other key."""
        where = field or "the top level"
        if not isinstance(value, dict):
            self.fail(field, f"{where} must be an object, not {describe_type(value)}")
        unknown = sorted(str(key) for key in value if key not in keys)
        if unknown:
            self.fail(field, f"unknown field '{unknown[0]}' (allowed: {', '.join(keys)})")
        missing = [key for key in keys if key not in value]
        if missing:
            self.fail(_join(field, missing[0]), "this required field is missing")
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
            self.fail(field, f"expected text, found {describe_type(value)}")
        text = value.strip()
        if not text and not allow_empty:
            self.fail(field, "must not be empty")
        if len(text) > max_length:
            self.fail(field, f"is {len(text)} characters long; the limit is {max_length}")
        if pattern is not None and not pattern.fullmatch(text):
            self.fail(field, f"'{text}' is not allowed here ({_pattern_hint(pattern)})")
        return text

    def integer(self, value: object, field: str, low: int, high: int) -> int:
        """``value`` as a whole number between ``low`` and ``high``."""
        # bool is an int in Python but never what a file author meant
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, f"expected a whole number, found {describe_type(value)}")
        if not low <= value <= high:
            self.fail(field, f"{value} is out of range ({low} to {high})")
        return value

    def items(self, value: object, field: str, min_items: int, max_items: int) -> list[object]:
        """``value`` as a list with an allowed number of items."""
        if not isinstance(value, list):
            self.fail(field, f"expected a list, found {describe_type(value)}")
        if len(value) < min_items:
            self.fail(field, f"needs at least {min_items} item(s), found {len(value)}")
        if len(value) > max_items:
            self.fail(field, f"has {len(value)} items; the limit is {max_items}")
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
            self.fail(field, f"schema {number} is newer than this app understands; update the app")
        return number


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _pattern_hint(pattern: re.Pattern[str]) -> str:
    if pattern is ID_PATTERN:
        return "use 2 to 40 lowercase letters, digits and hyphens"
    return f"expected the form {pattern.pattern}"
