"""The pseudonyms the check gives ("Child A", "Plentyn A"), in every language the journal speaks.

A pseudonym is a stem (a catalogue message: "Child", "Plentyn") and letters. A new one is
given in the language of the check; but a reflection may hold pseudonyms given earlier in
another language (replaced in English, checked again in Welsh), and a protected name keeps
the pseudonym stored with it, whatever the language now. So the stems of every language
count: a pseudonym of any language is never itself an identifying detail ("Ysgol A" is no
school to find), and a letter taken in one language is taken in all ("Child A" and
"Plentyn A" are never two people).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from journal_app.core.messages import Entry, Message, catalogue, render

from ._protected import PSEUDONYM_STEMS, ProtectKind
from ._types import Role

#: the languages a pseudonym may have been given in: each has a message catalogue
LANGUAGES = ("en", "cy")

#: each role's stem ("Child" -> "Child A"); the protected kinds' stems are PSEUDONYM_STEMS
ROLE_STEMS: dict[Role, Message] = {
    Role.CHILD: Message("identifiers.stem.child"),
    Role.PARENT: Message("identifiers.stem.parent"),
    Role.CARER: Message("identifiers.stem.carer"),
    Role.SIBLING: Message("identifiers.stem.sibling"),
    Role.RELATIVE: Message("identifiers.stem.relative"),
    Role.FAMILY: Message("identifiers.stem.family"),
    Role.WORKER: Message("identifiers.stem.worker"),
    Role.ADULT: Message("identifiers.stem.adult"),
    Role.PERSON: Message("identifiers.stem.person"),
}

# the letters after a stem: A to Z, then AA..., as Lettering gives them
_LETTERS = r"[A-Z]{1,3}"


@dataclass(frozen=True)
class PseudonymWords:
    """The stems of every language, worked out once per catalogue."""

    #: each role's stem, by language
    role_stems: dict[Role, dict[str, str]]
    #: each protected kind's stem, by language
    kind_stems: dict[ProtectKind, dict[str, str]]
    #: any stem of any language followed by letters
    pattern: re.Pattern[str]
    #: how far before a word a pseudonym holding it can start
    reach: int

    def stems_of(self, role: Role) -> tuple[str, ...]:
        """``role``'s stem in every language, without repeats."""
        return tuple(dict.fromkeys(self.role_stems[role].values()))

    def role_of(self, pseudonym: str) -> Role | None:
        """The role a pseudonym of any language was given for ("Brawd/Chwaer B" -> sibling)."""
        stem, _, letters = pseudonym.rpartition(" ")
        if not re.fullmatch(_LETTERS, letters):
            return None
        for role, stems in self.role_stems.items():
            if stem in stems.values():
                return role
        return None

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside a pseudonym ("Ysgol A", "Plentyn B")."""
        for m in self.pattern.finditer(text, max(0, start - self.reach), end + 4):
            # the window may end mid-word: a match is confirmed against the whole text
            if m.start() <= start and end <= m.end():
                whole = self.pattern.match(text, m.start())
                return whole is not None and end <= whole.end()
        return False


_lock = threading.Lock()
_built: list[tuple[tuple[Mapping[str, Entry], ...], PseudonymWords]] = []


def pseudonym_words() -> PseudonymWords:
    """The stems of every language, from the catalogues as they are now (rebuilt only when
    a test points the catalogue at other files)."""
    books = tuple(catalogue(language) for language in LANGUAGES)
    with _lock:
        if _built and all(a is b for a, b in zip(_built[0][0], books, strict=True)):
            return _built[0][1]
    words = _build()
    with _lock:
        _built[:] = [(books, words)]
    return words


def _in_every_language(stem: Message) -> dict[str, str]:
    return {language: render(stem, language) for language in LANGUAGES}


def _build() -> PseudonymWords:
    role_stems = {role: _in_every_language(stem) for role, stem in ROLE_STEMS.items()}
    kind_stems = {kind: _in_every_language(stem) for kind, stem in PSEUDONYM_STEMS.items()}
    stems: set[str] = set()
    for by_language in (*role_stems.values(), *kind_stems.values()):
        stems.update(by_language.values())
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’])(?:{alternatives})[ ]{_LETTERS}(?![\w])")
    return PseudonymWords(role_stems, kind_stems, pattern, max(map(len, stems)) + 1)
