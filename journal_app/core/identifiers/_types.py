"""The values the identifier check hands out, and the raw hits its detectors produce.

Every word a person reads from the check is a catalogue message (resources/messages): the
kind's label, the reason and the placeholder ("[postcode]"). Reasons stay messages until
they are shown, so checking as the person types never spends time on words nobody reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal_app.core.messages import Message, render


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


#: what each kind is called ("Name", "Postcode"), in the current language when rendered
KIND_LABELS: dict[FindingKind, Message] = {
    FindingKind.PERSON_NAME: Message("identifiers.kind.person_name"),
    FindingKind.DATE_OF_BIRTH: Message("identifiers.kind.date_of_birth"),
    FindingKind.POSTCODE: Message("identifiers.kind.postcode"),
    FindingKind.PHONE: Message("identifiers.kind.phone"),
    FindingKind.EMAIL: Message("identifiers.kind.email"),
    FindingKind.NHS_NUMBER: Message("identifiers.kind.nhs_number"),
    FindingKind.NI_NUMBER: Message("identifiers.kind.ni_number"),
    FindingKind.CASE_REFERENCE: Message("identifiers.kind.case_reference"),
    FindingKind.SCHOOL: Message("identifiers.kind.school"),
    FindingKind.ADDRESS: Message("identifiers.kind.address"),
}

#: what a detail of each kind is replaced with ("[postcode]"); names get a pseudonym instead
PLACEHOLDERS: dict[FindingKind, Message] = {
    FindingKind.PERSON_NAME: Message("identifiers.placeholder.person_name"),
    FindingKind.DATE_OF_BIRTH: Message("identifiers.placeholder.date_of_birth"),
    FindingKind.POSTCODE: Message("identifiers.placeholder.postcode"),
    FindingKind.PHONE: Message("identifiers.placeholder.phone"),
    FindingKind.EMAIL: Message("identifiers.placeholder.email"),
    FindingKind.NHS_NUMBER: Message("identifiers.placeholder.nhs_number"),
    FindingKind.NI_NUMBER: Message("identifiers.placeholder.ni_number"),
    FindingKind.CASE_REFERENCE: Message("identifiers.placeholder.case_reference"),
    FindingKind.SCHOOL: Message("identifiers.placeholder.school"),
    FindingKind.ADDRESS: Message("identifiers.placeholder.address"),
}


@dataclass(frozen=True)
class Finding:
    """One identifying detail in a piece of text, with a suggested replacement.

    ``start``/``end`` index into the text that was checked; ``text`` is what was there, so a
    finding can be recognised as stale once the text has been edited. ``replacement`` is
    the words that go in its place, in the language of the check ("[postcode]", "Plentyn A")
    or the pseudonym the person chose; ``reason`` says why in a message, so ``str(reason)``
    is in the current language.
    """

    kind: FindingKind
    start: int
    end: int
    text: str
    replacement: str
    reason: Message

    @property
    def label(self) -> str:
        """A short human label for the kind in the current language ("Name", "Cod post")."""
        return render(KIND_LABELS[self.kind])


class Role(StrEnum):
    """Who a named person is to the reflection; decides the pseudonym's first word (its
    English one is the value; ``_pseudonyms.ROLE_STEMS`` has it in every language)."""

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
    """A detector's raw result for a fixed-replacement kind (everything but names), or a
    protected name's. ``pseudonym`` is the protected name's own; empty for the rest, which
    are replaced by their kind's placeholder."""

    kind: FindingKind
    start: int
    end: int
    reason: Message
    pseudonym: str = ""


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
    reason: Message
