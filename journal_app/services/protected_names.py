"""Names I protect: the person's own list of names the identifier check always catches.

Children's and family members' names, nicknames, a street, a school: each with every
spelling the person uses and the pseudonym they chose ("Child A"). The list lives only in
the journal's encrypted database, so it is in every backup and nowhere else: no export,
log or message carries it (messages here never repeat the name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from journal_app.core.errors import InvalidInputError
from journal_app.core.identifiers import (
    PROTECTED_REASON,
    Finding,
    FindingKind,
    ProtectedMatcher,
    ProtectedTerm,
    ProtectKind,
    Role,
    letters,
    pseudonym_words,
    spelling_key,
)
from journal_app.core.messages import SOURCE_LANGUAGE, current_language
from journal_app.store import protected_names as store
from journal_app.store.database import JournalDatabase

MAX_NAME = 80
MAX_SPELLINGS = 20
MAX_PSEUDONYM = 40
MAX_NAMES = 500
_LETTER = re.compile(r"[^\W_]")
# a detector's pseudonym ("Sibling A", "Brawd/Chwaer A") says what kind of name it found
_KIND_OF_ROLE: dict[Role, ProtectKind] = {
    Role.CHILD: ProtectKind.CHILD,
    Role.PARENT: ProtectKind.PARENT,
    Role.CARER: ProtectKind.PARENT,
    Role.SIBLING: ProtectKind.FAMILY,
    Role.RELATIVE: ProtectKind.FAMILY,
    Role.FAMILY: ProtectKind.FAMILY,
}


def _tidy(text: str) -> str:
    """One line, single spaces, no control characters."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def tidy_spellings(spellings: Iterable[str]) -> tuple[str, ...]:
    """The spellings as they will be stored: tidied, empty ones and repeats dropped, checked.

    Raises InvalidInputError (nothing is changed) for no name, a name too long or without
    a letter, or too many spellings.
    """
    kept: dict[str, str] = {}
    for spelling in spellings:
        tidy = _tidy(spelling)
        if not tidy:
            continue
        if len(tidy) > MAX_NAME:
            raise InvalidInputError("protected.name_too_long", limit=MAX_NAME)
        if not _LETTER.search(tidy):
            raise InvalidInputError("protected.name_needs_letter")
        kept.setdefault(spelling_key(tidy), tidy)
    if not kept:
        raise InvalidInputError("protected.no_name")
    if len(kept) > MAX_SPELLINGS:
        raise InvalidInputError("protected.too_many_spellings", limit=MAX_SPELLINGS)
    return tuple(kept.values())


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_HOUSEHOLD = frozenset({"family", "household"})
_POSSESSIVE = re.compile(r"['’]s?$")


def spellings_of_finding(finding: Finding) -> tuple[str, ...]:
    """The spellings "Always treat this as Child A" protects: the words found, then the
    forms the same person or family is written in elsewhere. "Mrs Patel" also catches
    "Patel"; "Jayden Smith" also "Jayden"; "Patel family" also "Patel", "the Patels" and
    "the Patel's"; "O'Brien" also "OBrien". Possessives need no spelling of their own
    (the match is on whole words, so "Jayden's" is caught by "Jayden")."""
    text = _POSSESSIVE.sub("", _tidy(finding.text)) or _tidy(finding.text)
    spellings = [text]
    words = text.split()
    if finding.kind is FindingKind.PERSON_NAME and len(words) > 1:
        if words[0].rstrip(".").casefold() in _TITLES:
            spellings.append(" ".join(words[1:]))
        elif words[-1].casefold() in _HOUSEHOLD:
            surname = " ".join(words[:-1])
            plural = surname + ("es" if surname.endswith(("s", "x", "z", "ch", "sh")) else "s")
            spellings += [surname, plural]
        elif len(words[0]) > 1:
            spellings.append(words[0])
    spellings += [s.replace("'", "").replace("’", "") for s in spellings if "'" in s or "’" in s]
    return tuple(dict.fromkeys(spellings))


def can_protect(finding: Finding) -> bool:
    """Whether "Always treat this as Child A" makes sense for ``finding``: a name, school or
    street the detectors found (numbers, dates and postcodes have no pseudonym to keep)."""
    kinds = (FindingKind.PERSON_NAME, FindingKind.SCHOOL, FindingKind.ADDRESS)
    return finding.kind in kinds and finding.reason != PROTECTED_REASON


def kind_of_finding(finding: Finding) -> ProtectKind:
    """The protected kind a finding suggests: "Sibling A" (or "Brawd/Chwaer A") -> family,
    a school -> school."""
    if finding.kind is FindingKind.SCHOOL:
        return ProtectKind.SCHOOL
    if finding.kind is FindingKind.ADDRESS:
        return ProtectKind.STREET
    role = pseudonym_words().role_of(finding.replacement)
    return ProtectKind.PERSON if role is None else _KIND_OF_ROLE.get(role, ProtectKind.PERSON)


def suggested_pseudonym(
    kind: ProtectKind, taken: Iterable[str], language: str | None = None
) -> str:
    """The first free "Child A", "Child B"... for ``kind`` among the pseudonyms ``taken``,
    in ``language`` (default: the current one: "Plentyn A"). A letter taken in any
    language is not free: with "Child A" taken, the Welsh suggestion is "Plentyn B"."""
    used = {t.casefold() for t in taken}
    by_language = pseudonym_words().kind_stems[kind]
    stem = by_language.get(language or current_language(), by_language[SOURCE_LANGUAGE])
    stems = {s.casefold() for s in by_language.values()}
    n = 0
    while any(f"{s} {letters(n)}".casefold() in used for s in stems):
        n += 1
    return f"{stem} {letters(n)}"


class ProtectedNames:
    """The list of protected names in one unlocked journal."""

    def __init__(self, database: JournalDatabase) -> None:
        self._db = database

    def list(self) -> list[ProtectedTerm]:
        """Every protected name, in the order added."""
        with self._db.session() as session:
            return store.list_terms(session)

    def matcher(self) -> ProtectedMatcher:
        """The list ready for the identifier check."""
        return ProtectedMatcher(self.list())

    def find(self, name: str) -> ProtectedTerm | None:
        """The protected name with ``name`` among its spellings (any case or accents)."""
        key = spelling_key(_tidy(name))
        for term in self.list():
            if any(spelling_key(s) == key for s in term.spellings):
                return term
        return None

    def add(
        self,
        spellings: Sequence[str],
        kind: ProtectKind = ProtectKind.PERSON,
        pseudonym: str = "",
    ) -> ProtectedTerm:
        """Protect a name from now on. ``spellings[0]`` is the name, the rest its other
        spellings and nicknames; an empty ``pseudonym`` gets the next free "Child A" (or
        "Parent A", "Street A"... by ``kind``)."""
        with self._db.session() as session:
            terms = store.list_terms(session)
            if len(terms) >= MAX_NAMES:
                raise InvalidInputError("protected.list_full", limit=MAX_NAMES)
            term = self._checked(ProtectedTerm(tuple(spellings), kind, pseudonym), terms)
            return store.insert_term(session, term)

    def protect_finding(self, finding: Finding) -> ProtectedTerm:
        """ "Always treat this as Child A": the words found, and the other forms of them
        (:func:`spellings_of_finding`), join the list with the finding's pseudonym
        ("[school]" and the like become "School A", so each stays distinct). A form that is
        already another name's spelling is left to that name."""
        kind = kind_of_finding(finding)
        pseudonym = "" if finding.replacement.startswith("[") else finding.replacement
        terms = self.list()
        taken = {t.pseudonym.casefold() for t in terms}
        if pseudonym.casefold() in taken:
            pseudonym = ""  # already someone else's: take the next free one instead
        first, *others = spellings_of_finding(finding)
        claimed = {spelling_key(s) for t in terms for s in t.spellings}
        claimed |= {spelling_key(t.pseudonym) for t in terms} | {spelling_key(pseudonym)}
        spellings = [first, *(s for s in others if spelling_key(s) not in claimed)]
        return self.add(spellings, kind, pseudonym)

    def update(self, term: ProtectedTerm) -> ProtectedTerm:
        """Change a protected name's spellings, kind or pseudonym (``term.id`` says which)."""
        with self._db.session() as session:
            terms = store.list_terms(session)
            others = [t for t in terms if t.id != term.id]
            if len(others) == len(terms):
                raise InvalidInputError(_NOT_ON_LIST)
            updated = store.update_term(session, self._checked(term, others))
            assert updated is not None  # found in the same transaction just above
            return updated

    def remove(self, term_id: str) -> None:
        """Stop protecting a name. Reflections already changed keep their pseudonyms."""
        with self._db.session() as session:
            if not store.delete_term(session, term_id):
                raise InvalidInputError(_NOT_ON_LIST)

    @staticmethod
    def _checked(term: ProtectedTerm, others: Sequence[ProtectedTerm]) -> ProtectedTerm:
        spellings = tidy_spellings(term.spellings)
        taken = {spelling_key(s) for other in others for s in other.spellings}
        if any(spelling_key(s) in taken for s in spellings):
            raise InvalidInputError("protected.already_listed")
        pseudonym = _tidy(term.pseudonym) or suggested_pseudonym(
            term.kind, (o.pseudonym for o in others)
        )
        if len(pseudonym) > MAX_PSEUDONYM:
            raise InvalidInputError("protected.pseudonym_too_long", limit=MAX_PSEUDONYM)
        if spelling_key(pseudonym) in taken | {spelling_key(s) for s in spellings}:
            raise InvalidInputError("protected.pseudonym_is_a_name")
        if any(o.pseudonym.casefold() == pseudonym.casefold() for o in others):
            raise InvalidInputError("protected.pseudonym_taken")
        return replace(term, spellings=spellings, pseudonym=pseudonym)


_NOT_ON_LIST = "protected.not_listed"
