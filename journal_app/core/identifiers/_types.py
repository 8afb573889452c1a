"""The values the identifier check hands out, and the raw hits its detectors produce."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FindingKind(StrEnum):
    """What sort of identifying detail a finding is."""

    PERSON_NAME = "person_name"
    DATE_OF_BIRTH = "date_of_birth"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    NHS_NUMBER = "nhs_number"
    NI_NUMBER = "ni_number"
    CASE_REFERENCE = "case_reference"
    SCHOOL = "school"
    ADDRESS = "address"


KIND_LABELS: dict[FindingKind, str] = {
    FindingKind.PERSON_NAME: "Name",
    FindingKind.DATE_OF_BIRTH: "Date of birth",
    FindingKind.POSTCODE: "Postcode",
    FindingKind.PHONE: "Phone number",
    FindingKind.EMAIL: "Email address",
    FindingKind.NHS_NUMBER: "NHS number",
    FindingKind.NI_NUMBER: "National Insurance number",
    FindingKind.CASE_REFERENCE: "Case reference",
    FindingKind.SCHOOL: "School",
    FindingKind.ADDRESS: "Address",
}


@dataclass(frozen=True)
class Finding:
    """One identifying detail in a piece of text, with a suggested replacement.

    ``start``/``end`` index into the text that was checked; ``text`` is what was there, so a
    finding can be recognised as stale once the text has been edited.
    """

    kind: FindingKind
    start: int
    end: int
    text: str
    replacement: str
    reason: str

    @property
    def label(self) -> str:
        """A short human label for the kind, e.g. "Name" or "Postcode"."""
        return KIND_LABELS[self.kind]


class Role(StrEnum):
    """Who a named person is to the reflection; the value is the replacement's stem."""

    CHILD = "Child"
    PARENT = "Parent"
    CARER = "Carer"
    SIBLING = "Sibling"
    RELATIVE = "Relative"
    FAMILY = "Family"
    WORKER = "Worker"
    ADULT = "Adult"
    PERSON = "Person"


@dataclass(frozen=True)
class Hit:
    """A detector's raw result for a fixed-replacement kind (everything but names)."""

    kind: FindingKind
    start: int
    end: int
    replacement: str
    reason: str


@dataclass(frozen=True)
class NameHit:
    """A person's name found in context, before letters are given out.

    ``key`` is the name without any title, used to recognise the same person elsewhere;
    ``strength`` ranks the evidence for ``role`` so that "his sister Ellie" outweighs a bare
    "Ellie's nan" when the two disagree about who Ellie is.
    """

    start: int
    end: int
    key: str
    role: Role
    strength: int
    reason: str
