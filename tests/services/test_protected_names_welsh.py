"""Names I protect when the journal speaks Welsh: new pseudonyms are suggested in Welsh, a
stored pseudonym stays exactly as it was stored, and a Welsh finding still says what kind
of name it is. Where the check found something is said in Welsh too.

All people and places here are fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core.identifiers import Finding, FindingKind, ProtectKind, find_identifiers
from journal_app.core.messages import Message
from journal_app.core.models import Action, ActionKind, EntryDraft, Section
from journal_app.services.journal import JournalService
from journal_app.services.privacy import check_entry, field_label, follow_up_place
from journal_app.services.protected_names import (
    ProtectedNames,
    kind_of_finding,
    suggested_pseudonym,
)
from journal_app.store.database import JournalDatabase

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "messages"
FOUND = Message("identifiers.reason.bare_name")


@pytest.fixture
def welsh() -> Iterator[None]:
    """This checkout's catalogues, in Welsh; English again afterwards."""
    messages.use_folder(FOLDER)
    messages.set_language("cy")
    try:
        yield
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)


def test_a_new_pseudonym_is_suggested_in_welsh_and_skips_letters_taken_in_english(
    welsh: None,
) -> None:
    assert suggested_pseudonym(ProtectKind.CHILD, []) == "Plentyn A"
    assert suggested_pseudonym(ProtectKind.CHILD, ["Child A"]) == "Plentyn B"
    assert suggested_pseudonym(ProtectKind.CHILD, ["plentyn a", "Child B"]) == "Plentyn C"
    assert suggested_pseudonym(ProtectKind.STREET, []) == "Stryd A"
    assert suggested_pseudonym(ProtectKind.SCHOOL, []) == "Ysgol A"
    assert suggested_pseudonym(ProtectKind.OTHER, []) == "Enw A"
    assert suggested_pseudonym(ProtectKind.CHILD, [], "en") == "Child A"
    messages.set_language("en")
    assert suggested_pseudonym(ProtectKind.PARENT, ["Rhiant A"]) == "Parent B"


def test_a_stored_pseudonym_stays_as_it_was_stored(welsh: None, database: JournalDatabase) -> None:
    names = ProtectedNames(database)
    messages.set_language("en")
    kayleigh = names.add(["Kayleigh"], ProtectKind.CHILD)  # suggested in English
    messages.set_language("cy")
    ffion = names.add(["Ffionella"], ProtectKind.CHILD)  # suggested in Welsh, after Child A
    chosen = names.add(["Acacia Road"], ProtectKind.STREET, "Heol X")
    assert (kayleigh.pseudonym, ffion.pseudonym, chosen.pseudonym) == (
        "Child A",
        "Plentyn B",
        "Heol X",
    )
    for language in ("cy", "en"):
        messages.set_language(language)
        assert [t.pseudonym for t in names.list()] == ["Child A", "Plentyn B", "Heol X"]
        found = find_identifiers(
            "kayleigh and ffionella on acacia road", protected=names.matcher()
        )
        assert [f.replacement for f in found] == ["Child A", "Plentyn B", "Heol X"]


def test_always_treat_as_keeps_the_welsh_pseudonym_found(
    welsh: None, database: JournalDatabase
) -> None:
    names = ProtectedNames(database)
    sister = Finding(FindingKind.PERSON_NAME, 0, 5, "Ellie", "Brawd/Chwaer A", FOUND)
    assert kind_of_finding(sister) is ProtectKind.FAMILY
    assert names.protect_finding(sister).pseudonym == "Brawd/Chwaer A"
    school = Finding(FindingKind.SCHOOL, 0, 8, "Oakfield", "[ysgol]", FOUND)
    assert names.protect_finding(school).pseudonym == "Ysgol A"
    carer = Finding(FindingKind.PERSON_NAME, 0, 4, "Jo", "Gofalwr A", FOUND)
    assert kind_of_finding(carer) is ProtectKind.PARENT
    unknown = Finding(FindingKind.PERSON_NAME, 0, 4, "Jo", "Rhywun A", FOUND)
    assert kind_of_finding(unknown) is ProtectKind.PERSON


def test_where_a_finding_is_is_said_in_welsh(welsh: None, journal: JournalService) -> None:
    entry = journal.create(
        EntryDraft(
            title="Goruchwyliaeth",
            body="Siaradais am ei chwaer Ellie.",
            event_date=date(2026, 3, 4),
            sections=(Section("feelings", "Teimladau", "Poeni am Ellie."),),
            actions=(
                Action(text="Ffonio mam Ellie"),
                Action(text="Darllen am Ellie", kind=ActionKind.LEARNING_GOAL),
            ),
        )
    )
    result = check_entry(entry)
    places = [field_label(entry, field) for field in result.by_field]
    assert places == ["Testun", "Teimladau", "Cam gweithredu 1", "Nod dysgu 1"]
    assert field_label(entry, "title") == "Teitl"
    assert follow_up_place("Goruchwyliaeth") == "Beth sydd wedi newid ers “Goruchwyliaeth”"
    messages.set_language("en")
    assert follow_up_place("Supervision") == "What changed since “Supervision”"
