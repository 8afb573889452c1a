"""Errors a user can meet, each with a message written for a person, not a programmer.

Every error the services raise derives from :class:`JournalError`; the CLI and the UI show
``str(error)`` and nothing else, so messages must never contain entry text or secrets.
"""

from __future__ import annotations


class JournalError(Exception):
    """Base for every error a user may see. ``str()`` is the message to show."""

    #: process exit code the CLI uses for this kind of error
    exit_code = 1


class InvalidInputError(JournalError):
    """Something the user typed or supplied is not acceptable; nothing was changed."""

    exit_code = 2


class WrongPassphraseError(JournalError):
    """The passphrase (or recovery key) does not unlock this journal.

    The seal cannot tell a wrong passphrase from a sealed key whose bytes were changed (both
    fail the same check), so the default message mentions damage too.
    """

    exit_code = 3

    def __init__(
        self,
        message: str = (
            "Wrong passphrase. Nothing was changed. (If you are sure it is right, the key "
            "file may be damaged: restore the journal from a backup.)"
        ),
    ) -> None:
        super().__init__(message)


class JournalNotFoundError(JournalError):
    """There is no journal in the chosen folder."""

    exit_code = 4


class JournalExistsError(JournalError):
    """A journal already exists where a new one was to be created."""

    exit_code = 4


class DamagedJournalError(JournalError):
    """The journal or its key file is damaged or has been altered."""

    exit_code = 5


class JournalInUseError(JournalError):
    """Another copy of the app has this journal open."""

    exit_code = 6


class EntryNotFoundError(JournalError):
    """No reflection with that id exists."""

    exit_code = 8


class KeyringUnavailableError(JournalError):
    """Remembering the journal on this device is not possible here; the message says why."""

    exit_code = 9


class StorageError(JournalError):
    """The disk refused a write (full, read-only, permissions); nothing stored was lost."""

    exit_code = 10
