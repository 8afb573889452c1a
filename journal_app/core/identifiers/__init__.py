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

Every word a person reads from the check is a catalogue message (``identifiers.*`` in
resources/messages): labels, reasons (``Finding.reason`` is a ``Message``), and the
replacements, which are given in the current language ("Plentyn A", "[cod post]" in
Welsh). A pseudonym already in the text, in any language, is not found again; a protected
name's stored pseudonym is used as it is.

A name the gazetteer does not know is still found where the words around it make a
person ("I met Tahmina", "Rojda and Hevin", "Ifeoluwa, who is nine", "Xinyi has made
friends" when the word is no English word: resources/names/english_words.txt).

A word no list knows is also a name mid-sentence after a word that takes a person
("Checked on Eilidh"), when it is no English word, place, organisation or cited writer.
Welsh family words, with their mutations ("ei fam", "fy mrawd", "tad-cu"), are role words,
and Welsh sentences are read as Welsh ("Mae Nia...": "Mae" opens the sentence). Schools
are found after words only a school is the place of ("excluded from Oakridge", "the DSL at
Brynglas"), and a date whose age matches ("He is 9 (03/03/2016)") is a date of birth.

Notes-style absences ("Tyreece not home", "Liberty not in school"), two unknown words
doing what people do ("Tharshika and Kajan live with their nan"), "is the youngest",
and a family the gazetteer lacks, in the plural, doing what a household does ("The
Boswells have moved on") make a person too; "Nando's" and "Noah's Ark Children's
Hospital" own a shop or an institution, and are nobody.

Messages and notes are read as people write them: a greeting or sign-off names its
person ("Hi Kayleigh,", "Thanks, Mo"), as does "text from Nat"; nicknames are names ("aka
'Tiny'", "Kaz (what everyone calls him)", "Big Shaq", "Kez (Kieran)"), as is the label of
a note line when it is no word ("- Tommo: no change"); notes run on after a comma ("Rhiannon
settled, Jax unsettled"). A surname made of two words is still a surname ("The Ashworths
have asked"), and a name after "at" or "visit to" is a school when its sentence is about
school ("punctuality at Castlebrook", "her visit to Woodlands, where he is in Year 4").

What it cannot find: an unknown name opening a sentence with nothing person-like after it
("Tyreece quiet today" when the gazetteer lacks Tyreece), a bare surname opening a sentence,
a name that is also an ordinary word or a month ("Hope", "April", "Juniper") without a
verb or family word that makes it a person, lower-case names except after a title, family
word or "talked with", schools named with no telling word or school verb ("she goes to
Oakfield"), dates of birth with no label ("3 May" on its own), house names. A known name
that is a programme ("Bluey is her favourite") is still flagged; a team only when the
words around it are about football ("Chelsea won", "Chelsea fans").
"""

from __future__ import annotations

from ._check import apply_replacements, check_fields, find_identifiers
from ._lettering import Lettering, letters
from ._numbers import is_valid_nhs_number
from ._protected import (
    PROTECTED_REASON,
    PSEUDONYM_STEMS,
    ProtectedMatcher,
    ProtectedTerm,
    ProtectKind,
    spelling_key,
)
from ._pseudonyms import LANGUAGES, ROLE_STEMS, PseudonymWords, pseudonym_words
from ._types import KIND_LABELS, PLACEHOLDERS, Finding, FindingKind, Role

__all__ = [
    "KIND_LABELS",
    "LANGUAGES",
    "PLACEHOLDERS",
    "PROTECTED_REASON",
    "PSEUDONYM_STEMS",
    "ROLE_STEMS",
    "Finding",
    "FindingKind",
    "Lettering",
    "ProtectKind",
    "ProtectedMatcher",
    "ProtectedTerm",
    "PseudonymWords",
    "Role",
    "apply_replacements",
    "check_fields",
    "find_identifiers",
    "is_valid_nhs_number",
    "letters",
    "pseudonym_words",
    "spelling_key",
]
