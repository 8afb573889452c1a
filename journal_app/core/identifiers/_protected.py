"""Names the person protects: always caught, in any case, with the pseudonym they chose.

A short list kept inside the journal ("Kayleigh", "Kayley", "Kay" -> "Child A"; "Acacia
Road" -> "Street A") is matched before every detector and wins over any of them: no
gazetteer, role word or capital letter is needed. Matching is case-insensitive, on whole
words ("Kayleigh's" is caught, "Kayleighville" is not), and accent-blind both ways ("Sian"
catches "Siân" and the other way round), the longest spelling first. Pure logic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from journal_app.core.messages import Message

from ._types import FindingKind, Hit

PROTECTED_REASON = Message("identifiers.reason.protected")


class ProtectKind(StrEnum):
    """Who or what a protected name is; decides the default pseudonym and the finding kind."""

    CHILD = "child"
    PARENT = "parent"
    FAMILY = "family"
    PERSON = "person"
    STREET = "street"
    SCHOOL = "school"
    OTHER = "other"


#: the default pseudonym's first word for each kind ("Child" -> "Child A", "Plentyn A"),
#: shared with the pseudonyms the check gives (``_pseudonyms``)
PSEUDONYM_STEMS: dict[ProtectKind, Message] = {
    ProtectKind.CHILD: Message("identifiers.stem.child"),
    ProtectKind.PARENT: Message("identifiers.stem.parent"),
    ProtectKind.FAMILY: Message("identifiers.stem.family"),
    ProtectKind.PERSON: Message("identifiers.stem.person"),
    ProtectKind.STREET: Message("identifiers.stem.street"),
    ProtectKind.SCHOOL: Message("identifiers.stem.school"),
    ProtectKind.OTHER: Message("identifiers.stem.name"),
}

_FINDING_KINDS: dict[ProtectKind, FindingKind] = {
    ProtectKind.STREET: FindingKind.ADDRESS,
    ProtectKind.SCHOOL: FindingKind.SCHOOL,
}


@dataclass(frozen=True)
class ProtectedTerm:
    """One protected name: every spelling the person added, its kind and its pseudonym.

    ``spellings[0]`` is the name as the person first typed it; ``id`` is the store's id
    (empty before the term is saved). The pseudonym is used exactly as stored, in whatever
    language it was chosen or suggested: it is never translated.
    """

    spellings: tuple[str, ...]
    kind: ProtectKind
    pseudonym: str
    id: str = ""

    @property
    def name(self) -> str:
        return self.spellings[0]

    @property
    def finding_kind(self) -> FindingKind:
        return _FINDING_KINDS.get(self.kind, FindingKind.PERSON_NAME)


def fold(text: str) -> str:
    """``text`` without accents, one character for one, so offsets still match.

    "Siân" -> "Sian", "Zoë" -> "Zoe". A character that does not decompose into one base
    letter and marks ("ß", "æ", "ł") is kept as it is.
    """
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = [c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)]
        out.append(base[0] if len(base) == 1 else ch)
    return "".join(out)


def spelling_key(spelling: str) -> str:
    """What two spellings must share to be the same: case, accents and spacing aside."""
    words = re.split(r"[\s\-]+", fold(spelling).lower().replace("’", "'").strip())
    return " ".join(w for w in words if w)


def _lowered(text: str) -> str:
    """``text`` folded and lower-cased, one character for one (offsets still match)."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # "İ" lowers to two characters: keep any such character as it is
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in folded)


_Trie = dict[str, "_Trie"]


def _trie(keys: Iterable[str]) -> str:
    """One pattern for every spelling, shared beginnings merged, the longest tried first.

    A flat alternation of a hundred spellings is tried spelling by spelling at every
    position of the text (about 20 ms for 5,000 words); a trie gives up after a letter.
    """
    root: _Trie = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [
            (r"[\s\-]+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer spelling first

    return emit(root)


class ProtectedMatcher:
    """Finds every protected name in a text; build once per check, reuse for every field."""

    def __init__(self, terms: Iterable[ProtectedTerm]) -> None:
        self.terms = tuple(terms)
        spellings: dict[str, ProtectedTerm] = {}
        for term in self.terms:
            for spelling in term.spellings:
                key = spelling_key(spelling)
                if key:
                    spellings.setdefault(key, term)  # the first term to claim a spelling
        self._spellings = spellings
        self._pattern = re.compile(rf"(?<!\w)(?:{_trie(spellings)})(?!\w)") if spellings else None

    def __bool__(self) -> bool:
        return self._pattern is not None

    @property
    def pseudonyms(self) -> frozenset[str]:
        """Every pseudonym in use, so the check never gives another person the same one."""
        return frozenset(term.pseudonym for term in self.terms)

    def find(self, text: str) -> list[Hit]:
        """Every protected name in ``text``, in order, never overlapping."""
        if self._pattern is None:
            return []
        hits = []
        for m in self._pattern.finditer(_lowered(text)):
            term = self._spellings.get(spelling_key(m.group()))
            if term is None:  # pragma: no cover - every match is one of the spellings
                continue
            hits.append(
                Hit(term.finding_kind, m.start(), m.end(), PROTECTED_REASON, term.pseudonym)
            )
        return hits
