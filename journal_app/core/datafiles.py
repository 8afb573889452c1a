"""Reading a JSON data file from disk: frameworks, templates, CPD rules and the JSON import.

Such files can come from outside the app (a framework an employer wrote, an export from
another computer), so every way of failing ends in one error, made by the ``reject`` the
caller gives (:class:`DataFileError` or a subclass for the app's own data files, the
import's refusal for an import), naming the file, where the fault is (a byte, a line and
column) and what it is. The fields inside are then checked by
:class:`~journal_app.core.fields.FieldReader`, which fails the same way.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from journal_app.core.errors import InvalidInputError
from journal_app.core.messages import Message

#: the schema version of the app's own data files (frameworks, templates, CPD rules)
SCHEMA_VERSION = 1

#: a framework or template file is a few kilobytes; anything far larger is not one
MAX_FILE_BYTES = 1_000_000

ID_PATTERN = re.compile(r"[a-z0-9-]{2,40}")

#: what a fault becomes: given the file's name, where in it ("" for the file as a whole, a
#: field path, or a message such as "line 3, column 7") and the problem, the error to raise
Reject = Callable[[str, "str | Message", Message], Exception]


class DataFileError(InvalidInputError):
    """A framework or template file cannot be used; the message says where and why."""

    #: the catalogue code of the message, naming what kind of file this is; "_at" is added
    #: when the fault is in a field or at a place in the file
    code = "datafile.unusable"

    def __init__(self, source_name: str, field: str | Message, problem: Message) -> None:
        self.source_name = source_name
        self.field = field
        self.problem = problem
        if field:
            super().__init__(f"{self.code}_at", name=source_name, field=field, problem=problem)
        else:
            super().__init__(self.code, name=source_name, problem=problem)


def read_text(path: Path, reject: Reject, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text in ``path``; every way of failing raises ``reject``, never an OSError."""
    name = path.name or str(path)
    # Windows reports opening a folder as "permission denied", so ask first
    if path.is_dir():
        raise reject(name, "", Message("datafile.is_folder"))
    try:
        with path.open("rb") as handle:
            # read one byte past the limit so an oversized file is noticed without reading it all
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise reject(name, "", Message("datafile.not_found")) from None
    except PermissionError:
        raise reject(name, "", Message("datafile.read_refused")) from None
    except OSError as exc:
        raise reject(
            name, "", Message("datafile.unreadable", reason=exc.strerror or exc)
        ) from None
    if len(raw) > max_bytes:
        megabytes = max(1, round(max_bytes / 2**20))
        raise reject(name, "", Message("datafile.too_large", megabytes=megabytes))
    try:
        return raw.decode("utf-8-sig")  # tolerate the BOM Windows Notepad adds
    except UnicodeDecodeError as exc:
        at = Message("datafile.where.byte", byte=exc.start)
        raise reject(name, at, Message("datafile.not_utf8")) from None


def parse_json(text: str, source_name: str, reject: Reject) -> object:
    """The JSON value in ``text``; a fault raises ``reject`` saying where it is."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = Message("datafile.where.line_column", line=exc.lineno, column=exc.colno)
        raise reject(source_name, at, Message("datafile.bad_json", detail=exc.msg)) from None
    except RecursionError:
        raise reject(source_name, "", Message("datafile.too_deep")) from None
    except ValueError:  # the only other: Python's limit on the digits of a whole number
        limit = sys.get_int_max_str_digits() or 4300
        raise reject(
            source_name,
            _line_of_long_number(text, limit),
            Message("datafile.number_too_long", limit=limit),
        ) from None


def read_json(path: Path, reject: Reject, max_bytes: int = MAX_FILE_BYTES) -> object:
    """The parsed JSON in ``path``; every way of failing raises ``reject``, never an OSError."""
    return parse_json(read_text(path, reject, max_bytes), path.name or str(path), reject)


def _line_of_long_number(text: str, limit: int) -> Message | str:
    """Where the first number of more than ``limit`` digits is, as "line N" ("" if unseen)."""
    found = re.search(rf"(?<=[:\[,\s])-?\d{{{limit + 1},}}", text)
    if not found:
        return ""
    return Message("datafile.where.line", line=text.count("\n", 0, found.start()) + 1)
