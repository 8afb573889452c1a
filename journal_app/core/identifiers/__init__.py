"""The identifier check: what in a reflection would identify a child, family or person.

Run before anything leaves the journal. It finds names next to family and role words,
names on their own that the shipped gazetteer knows (resources/names: "Ffion told me",
"Visited Jayden Smith"), family names ("the Patel family", "the Joneses"), dates of
birth, postcodes, phone numbers, emails, NHS and National Insurance numbers, case
references ("case 4471", "CIN 1234567"), schools and nurseries, and street addresses, and
suggests consistent replacements ("Child A", "Family A", "[postcode]"). Names the person
protects (``ProtectedTerm``) are always found, in any case, with the pseudonym they chose,
and a shared ``Lettering`` keeps letters the same across reflections. Pure logic: no
Qt, no database; the gazetteer is read once, on first use.

A name the gazetteer does not know is still found where the words around it make a
person ("I met Tahmina", "Rojda and Hevin", "Ifeoluwa, who is nine", "Xinyi has made
friends" when the word is no English word: resources/names/english_words.txt).

What it cannot find: an unknown name with nothing person-like around it ("SW visit: Tyreece
not home"), a bare surname opening a sentence, a name that is also an ordinary word or a
month ("Hope", "April") without a verb or family word that makes it a person, lower-case
names except after a title, family word or "talked with", schools named without a telling
word ("she goes to Oakfield"), dates of birth with no label ("3 May" on its own), house
names.
"""

from __future__ import annotations

from ._check import apply_replacements, check_fields, find_identifiers
from ._lettering import Lettering
from ._numbers import is_valid_nhs_number
from ._protected import (
    PROTECTED_REASON,
    PSEUDONYM_STEMS,
    ProtectedMatcher,
    ProtectedTerm,
    ProtectKind,
    spelling_key,
)
from ._types import KIND_LABELS, Finding, FindingKind

__all__ = [
    "KIND_LABELS",
    "PROTECTED_REASON",
    "PSEUDONYM_STEMS",
    "Finding",
    "FindingKind",
    "Lettering",
    "ProtectKind",
    "ProtectedMatcher",
    "ProtectedTerm",
    "apply_replacements",
    "check_fields",
    "find_identifiers",
    "is_valid_nhs_number",
    "spelling_key",
]
