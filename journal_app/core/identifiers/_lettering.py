"""Handing out "Child A", "Parent B": one pseudonym per person, shared across reflections.

One :class:`Lettering` is shared by every reflection checked together (an export), so a
name found in two reflections gets the same pseudonym in both. Pseudonyms the person chose
for their protected names are reserved first, so nobody else is ever given them.

A lettering speaks one language, the current one when it is made ("Child A" in English,
"Plentyn A" in Welsh), so one export never mixes them. A letter reserved or given in any
language is taken in all: with "Child A" reserved, a Welsh check's first child is
"Plentyn B", never a second "A".
"""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.core.messages import current_language, text

from ._pseudonyms import ROLE_STEMS, pseudonym_words
from ._types import Role


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: enough letters for any journal."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


class Lettering:
    """Pseudonyms given so far, by the names they were given for."""

    def __init__(self, reserved: Iterable[str] = (), language: str | None = None) -> None:
        #: the language new pseudonyms (and the check's placeholders) are given in
        self.language = language or current_language()
        self._taken = {pseudonym.casefold() for pseudonym in reserved}
        self._by_name: dict[str, str] = {}
        self._next: dict[Role, int] = {}

    def reserve(self, pseudonyms: Iterable[str]) -> None:
        """Never give out any of ``pseudonyms`` (a protected name's own pseudonym)."""
        self._taken.update(p.casefold() for p in pseudonyms)

    def give(self, role: Role, key: str, spellings: Iterable[str] = ()) -> str:
        """The pseudonym for the person called ``key``: the one given before under that
        name, else the next letter for ``role`` free in every language. Every spelling is
        remembered, so a later "Sarah" on her own is the "Sarah Jones" of an earlier
        reflection."""
        given = self._by_name.get(key.casefold())
        if given is None:
            stems = [stem.casefold() for stem in pseudonym_words().stems_of(role)]
            n = self._next.get(role, 0)
            while any(f"{stem} {letters(n)}".casefold() in self._taken for stem in stems):
                n += 1
            self._next[role] = n + 1
            given = f"{text(ROLE_STEMS[role].code, self.language)} {letters(n)}"
            self._taken.add(given.casefold())
        for name in (key, *spellings):
            self._by_name.setdefault(name.casefold(), given)
        return given
