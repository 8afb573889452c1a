"""What the identifier check finds in a sentence, as the identifier tests compare it."""

from __future__ import annotations

from datetime import date

from journal_app.core.identifiers import FindingKind, find_identifiers

#: the day the tests check on: ages and dates of birth are read against it
TODAY = date(2025, 6, 1)


def found(text: str) -> list[tuple[str, str]]:
    """Each finding in ``text`` as (kind, the words found), in order."""
    return [(f.kind.value, f.text) for f in find_identifiers(text, today=TODAY)]


def names(text: str) -> list[str]:
    """The people's names found in ``text``, in order."""
    return [
        f.text for f in find_identifiers(text, today=TODAY) if f.kind is FindingKind.PERSON_NAME
    ]
