"""Errors an export or an import can end with, each with a message for a person."""

from __future__ import annotations

from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.messages import Message


class ExportCancelled(JournalError):
    """The user cancelled an export or import; nothing was written or changed."""

    exit_code = 130

    def __init__(self, code: str | Message = "export.cancelled", /, **params: object) -> None:
        super().__init__(code, **params)


class ImportRejected(InvalidInputError):
    """An import file is not one this app can take in whole; nothing was imported.

    The message names the file, where the problem is (field path and line) and what it is.
    It never quotes the text of a reflection.
    """

    def __init__(self, source_name: str, where: str | Message, problem: Message) -> None:
        self.source_name = source_name
        self.where = where
        self.problem = problem
        if where:
            super().__init__("import.rejected_at", name=source_name, where=where, problem=problem)
        else:
            super().__init__("import.rejected", name=source_name, problem=problem)


class PasswordProtectionUnavailable(JournalError):
    """A password was asked for, but this installation cannot encrypt PDFs properly."""

    exit_code = 2
