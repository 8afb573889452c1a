"""Errors a user can meet, each with a message written for a person, not a programmer.

Every error the services raise derives from :class:`JournalError` and carries a
:class:`~journal_app.core.messages.Message` (a catalogue code and its parameters); the CLI and
the UI show ``str(error)``, its wording from the message catalogue, and nothing else, so
parameters must never hold entry text or secrets.
"""

from __future__ import annotations

from journal_app.core.messages import Message


class JournalError(Exception):
    """Base for every error a user may see. ``str()`` is the message to show.

    Raised as ``JournalError("backup.not_found", name=...)``: a code from the message
    catalogue and its parameters, or a ready :class:`Message`.
    """

    #: process exit code the CLI uses for this kind of error
    exit_code = 1

    def __init__(self, code: str | Message, /, **params: object) -> None:
        self.message = code if isinstance(code, Message) else Message(code, **params)
        super().__init__(self.message.code)

    def __str__(self) -> str:
        return str(self.message)

    def __reduce__(self) -> tuple[object, ...]:
        # Exception pickles as cls(*args), which would lose the parameters (and some
        # subclasses take other arguments): rebuild from the message and the attributes.
        return (_restored, (type(self), self.message), self.__dict__)


def _restored(cls: type[JournalError], message: Message) -> JournalError:
    error = cls.__new__(cls)
    Exception.__init__(error, message.code)
    error.message = message
    return error


class InvalidInputError(JournalError):
    """Something the user typed or supplied is not acceptable; nothing was changed."""

    exit_code = 2


class WrongPassphraseError(JournalError):
    """The passphrase (or recovery key) does not unlock this journal.

    The seal cannot tell a wrong passphrase from a sealed key whose bytes were changed (both
    fail the same check), so the default message mentions damage too.
    """

    exit_code = 3

    def __init__(self, code: str | Message = "passphrase.wrong", /, **params: object) -> None:
        super().__init__(code, **params)


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


class JournalLockedError(JournalError):
    """The journal is locked; unlock it first."""

    exit_code = 7


class EntryNotFoundError(JournalError):
    """No reflection with that id exists."""

    exit_code = 8


class KeyringUnavailableError(JournalError):
    """Remembering the journal on this device is not possible here; the message says why."""

    exit_code = 9


class StorageError(JournalError):
    """The disk refused a write (full, read-only, permissions); nothing stored was lost."""

    exit_code = 10
