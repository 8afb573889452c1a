"""Word classes and formats: banks, shops and charities, fixtures, Welsh common words,
ordinary words the small word list lacks, references to no child's file, Welsh and
lower-case addresses. Each family is tested both ways."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found, names


@pytest.mark.parametrize(
    "text",
    [
        "Her wages go into a Barclays account, the grant into Starling.",
        "He has a new card with Revolut and one with Monzo.",
        "The youth group raised money for Unicef and Tearfund.",
        "Lunch at the McDonald's by the retail park went fine.",
        "Wolves v Burnley kicks off at three, he has a ticket.",
        "Leeds vs Chelsea tonight so the lounge will be busy.",
        "Saints v Pompey is on the big screen at the club.",
        "Bursary forms went in on Monday.",
        "Unannounced visit, all fine, children asleep.",
        "Handover done at five.",
        "Mae'n hapus yn yr ysgol newydd.",
        "Mae hi'n siarad Saesneg yn yr ysgol a Chymraeg adref.",
        "Mae'r gweithiwr yn dysgu ar lefel Canolradd rwan.",
        "Cefnogaeth gan Gweithredu dros Blant ers mis Mai.",
    ],
)
def test_names_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lunch with Kayleigh at the McDonald's on Friday.", ["Kayleigh"]),
        ("Spoke to Mr McDonald about the rent arrears.", ["Mr McDonald"]),
        ("Jordan v Tyrese again in the corridor, both sent home.", ["Jordan", "Tyrese"]),
        ("Mae'n dda gweld Gwenllian yn chwerthin.", ["Gwenllian"]),
        ("Bethan met her at the Barclays branch.", ["Bethan"]),
    ],
)
def test_names_still_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ticket ref 4471028836 raised for the broken printer.",
        "Ticket reference 9981203345 - password reset.",
        "Bank transfer ref 5521098874 for the clothing grant.",
        "Payment ref 3390217745 arrived on Tuesday.",
    ],
)
def test_reference_to_no_file(text: str) -> None:
    assert [k for k, _ in found(text)] == []


def test_case_reference_still_found() -> None:
    assert found("Case ref 3390217745 for the older brother.") == [
        ("case_reference", "3390217745")
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nain yn byw yn 6 Tai Brynhyfryd, Penygroes.", "6 Tai Brynhyfryd"),
        ("Bwthyn Cae Mawr, Lôn Isaf - tŷ'r teulu.", "Bwthyn Cae Mawr, Lôn Isaf"),
        ("Maen nhw yn Carafán 4, Fferm Bryn Hir dros yr haf.", "Carafán 4, Fferm Bryn Hir"),
        ("Worries at flat 9, 41 Larchmere road again.", "flat 9, 41 Larchmere road"),
        ("Contact moved to 8 Mill Yard, Hebden.", "8 Mill Yard"),
        ("Her flat is 14 Marina Point now.", "14 Marina Point"),
        ("cyfeiriad: Fflat 3, 17 Heol y Bont", "Fflat 3, 17 Heol y Bont"),
    ],
)
def test_addresses_found(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We had 2 Family court hearings this month.",
        "Farm visit with 3 children on the school trip.",
    ],
)
def test_no_address(text: str) -> None:
    assert [k for k, _ in found(text) if k == "address"] == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("He moves up to Oakley Park Secondary in September.", "Oakley Park Secondary"),
        ("She hopes to get into Kingsmead Sixth Form.", "Kingsmead Sixth Form"),
        ("Ashby Secondary phoned about the exclusion.", "Ashby Secondary"),
    ],
)
def test_secondary_and_sixth_form_schools(text: str, school: str) -> None:
    assert ("school", school) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He is in Lower Sixth Form now and doing well.",
        "Starting Sixth Form was a big step.",
        "The move to Secondary was hard for him.",
    ],
)
def test_stage_of_school_no_school(text: str) -> None:
    assert [k for k, _ in found(text) if k == "school"] == []


@pytest.mark.parametrize("text", ["Mae'n hapus heddiw.", "Mae'r plant yn iawn."])
def test_welsh_verb_with_particle_no_name(text: str) -> None:
    assert names(text) == []


def test_place_after_postcode_and_comma() -> None:
    assert names("The placement is in BS16 2QT, Shirley, near the park.") == []


def test_person_after_postcode_still_found() -> None:
    assert "Tamsin" in names("Moved to BS16 2QT. Tamsin said it is quieter.")


def test_day_still_to_come_is_no_date_of_birth() -> None:
    text = "She turns 18 on 14/03/2026 (dob 14/03/2008) so start the pathway plan."
    assert [(k, t) for k, t in found(text) if k == "date_of_birth"] == [
        ("date_of_birth", "14/03/2008")
    ]


def test_nursery_rhyme_is_no_nursery() -> None:
    assert found("Little Stars nursery rhyme club at the library on Fridays.") == []
    assert ("school", "Little Stars Nursery") in found("Little Stars Nursery rang at ten.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Adult social care ref ASC 771 204 for the review.", "ASC 771 204"),
        ("Child protection number CPR 4410/25 closed last month.", "CPR 4410/25"),
        ("The plan sits under KCC-PP-33810 on the system.", "KCC-PP-33810"),
        ("Rhif: AB/PP/2025/114", "AB/PP/2025/114"),
    ],
)
def test_reference_formats(text: str, code: str) -> None:
    assert ("case_reference", code) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Audit against ISO-BS-9001 next week.", "He sat GCSE/BTEC/2024 papers.", "ref AB 123 ok"],
)
def test_no_reference(text: str) -> None:
    assert [k for k, _ in found(text) if k == "case_reference"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Penzance family hub has a new drop-in on Tuesdays.",
        "Poor signal up in the Dales, so take the work phone.",
        "Still Waveney side, so the case stays with us.",
    ],
)
def test_places_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ashcrofts have moved on again.", ["Ashcrofts"]),
        ("Nobody has heard from the Okafor family since May.", ["Okafor family"]),
    ],
)
def test_households_still_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_welsh_pre_birth_meeting_is_no_date_of_birth() -> None:
    assert found("Cyfarfod cyn-geni ar 9 Mawrth; disgwyl y babi ym mis Ebrill.") == []
    assert ("date_of_birth", "9 Mawrth 2016") in found("Cafodd ei geni ar 9 Mawrth 2016.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gurpreet and navdeep (twins) start the group next week", ["gurpreet", "navdeep"]),
        ("eleri and gwenllian - respite carer wants a second adult", ["eleri", "gwenllian"]),
    ],
)
def test_lower_case_names_joined(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_lower_case_word_joined_to_no_name_stays() -> None:
    assert names("bread and milk - carer has asked for a top up") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carers hope to take Ruby and Kacper camping.", ["Ruby", "Kacper"]),
        ("Joy and Oskar share a room at the carers'.", ["Joy", "Oskar"]),
    ],
)
def test_word_names_joined_to_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Hope and patience got us through the meeting.", "Bread and Butter pudding for tea."],
)
def test_words_joined_to_no_name_stay(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Melatonin has helped with sleep since March.",
        "Physio is booked for the week after half term.",
        "Enuresis still an issue at night, carers patient with it.",
        "Rehousing was discussed at the panel.",
    ],
)
def test_health_and_practice_words_no_name(text: str) -> None:
    assert names(text) == []


def test_name_before_health_word_still_found() -> None:
    assert names("Kacey said the melatonin helps her sleep.") == ["Kacey"]
