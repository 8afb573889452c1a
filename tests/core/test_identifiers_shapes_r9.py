"""The identifier check on the fixed-shape kinds as many writers type them: made-up postcode
areas, dates of birth after "as" or an aside, lists of case numbers, a team's own prefix,
and the references that point at no child (policies, invoices, financial years).

Every sentence here is fictional and written for these tests (none is a tuning sample).
"""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found


def _kinds(text: str, kind: str) -> list[str]:
    return [words for k, words in found(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # areas no real postcode has, written the way a postcode is written
        ("Nan is somewhere near QW4 7HT now.", ["QW4 7HT"]),
        ("The foster home (XR12 6BN) is an hour away.", ["XR12 6BN"]),
        ("Moved to 3 Birch Row, ZZ7 2DL last week.", ["ZZ7 2DL"]),
    ],
)
def test_postcodes_in_made_up_areas(text: str, expected: list[str]) -> None:
    assert _kinds(text, "postcode") == expected


@pytest.mark.parametrize(
    "text",
    [
        "We meet at Q1 and Q2 reviews.",
        "Room B12 3rd floor.",
        "She scored 8 out of 10 in the QX test.",
    ],
)
def test_no_postcode_in_ordinary_codes(text: str) -> None:
    assert _kinds(text, "postcode") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as" after the label, and an aside between the label and the date
        ("Dad gave his DOB as 14/02/1989 at the desk.", ["14/02/1989"]),
        ("Mum gave her date of birth as 9 June 1993.", ["9 June 1993"]),
        ("Gran's date of birth (for the DBS form) is 30 May 1961.", ["30 May 1961"]),
        # "b." with no space, and a birthday typed short
        ("Twins: Ava b.04/03/2019, Ezra b.04/03/2019.", ["04/03/2019", "04/03/2019"]),
        ("bday 11/11/2017 - mum is planning a party", ["11/11/2017"]),
        # a year, month and day with dots
        ("born 2016.07.21 per the red book", ["2016.07.21"]),
        # a second date in the same breath as a labelled one
        ("d.o.b 2/3/19 but the nursery has 2/4/19", ["2/3/19", "2/4/19"]),
    ],
)
def test_dates_of_birth_as_people_label_them(text: str, expected: list[str]) -> None:
    assert _kinds(text, "date_of_birth") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after the plural
        ("cases 5521 and 5522 are cousins, keep them together", ["5521", "5522"]),
        ("Case nos 7801, 7802 & 7803 closed today.", ["7801", "7802", "7803"]),
        # "file" on its own before a reference
        ("saved under file 31/8842 on the team drive", ["31/8842"]),
        # a number tagged with "#" at the start of a note
        ("#6120 - strategy meeting booked", ["#6120"]),
        # a team's own prefix before four digits or more
        ("the YJS-40291 paperwork is with the panel", ["YJS-40291"]),
        ("EH-55120: home visit done.", ["EH-55120"]),
    ],
)
def test_case_references_in_lists_and_tags(text: str, expected: list[str]) -> None:
    assert _kinds(text, "case_reference") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lone working policy ref 2023/214 says two workers after dark.",
        "Guidance reference LA-GUID-2022-08 is out of date.",
        "Reference 2025/26 settlement, a 4% rise.",
        "Invoice INV-20250112 paid for the taxi.",
        "We follow ISO-9001 on the records.",
        "Budget line FIN-2026 is nearly spent.",
        "Use #1 priority and #2 after that.",
    ],
)
def test_references_to_no_child(text: str) -> None:
    assert _kinds(text, "case_reference") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a flat in a named block, then the street: one address, not two
        ("Flat 12, Kestrel House, 41 Foundry Street", "Flat 12, Kestrel House, 41 Foundry Street"),
        ("Flat 3A, Cwrt Mawr, 7 Heol y Felin", "Flat 3A, Cwrt Mawr, 7 Heol y Felin"),
        # a named house and its street, no number
        ("Tŷ Gwyn, Lôn Isaf - up the lane past the school", "Tŷ Gwyn, Lôn Isaf"),
        ("They rent Ivy Cottage, Church Lane now.", "Ivy Cottage, Church Lane"),
        # the house's name before its number on an address line
        ("gran's address: Bryn Awel, 6 Heol Maes", "Bryn Awel, 6 Heol Maes"),
        # a pitch on a Traveller site
        ("The family are on Plot 7, Meadowside site.", "Plot 7, Meadowside site"),
        ("pitch 22 at Lower Moor caravan park", "pitch 22 at Lower Moor caravan park"),
    ],
)
def test_flats_houses_and_pitches(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("address: 77b hawthorn avenue", "77b hawthorn avenue"),
        ("basement flat, 19 carlton road", "19 carlton road"),
        ("they're at no. 4 the green", "no. 4 the green"),
        ("12 orchard close", "12 orchard close"),
        ("- 5 mill lane, the one by the park", "5 mill lane"),
    ],
)
def test_streets_in_lower_case(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "3 main road signs were down on the way.",
        "We had 2 long walks and 1 short one.",
        "at 3 the park closes",
        "Rose Cottage is a lovely name for a cafe.",
        "Pitch 3 of the football ground was muddy.",
    ],
)
def test_no_address_in_ordinary_talk(text: str) -> None:
    assert _kinds(text, "address") == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # alternative provision and pupil referral units named as learning centres
        ("Riverbend Learning Centre offered three mornings.", "Riverbend Learning Centre"),
        (
            "He is on the roll at Kingsmoor Alternative Provision.",
            "Kingsmoor Alternative Provision",
        ),
        # a nursery's or school's own name before a word in lower case
        ("Busy Bees Corner nursery took her for two days.", "Busy Bees Corner nursery"),
        ("He starts Ashbrook primary in September.", "Ashbrook primary"),
        # saints' schools and church schools typed in lower case
        ("school: st brigid's catholic primary", "st brigid's catholic primary"),
        ("moving to st cuthbert's cofe in the new year", "st cuthbert's cofe"),
        # Welsh schools typed in lower case, and a mutated "Cylch"
        ("ysgol gynradd bryn celyn rang again today", "ysgol gynradd bryn celyn"),
        ("mae hi'n mynd i Gylch Meithrin Seren Fach bob bore", "Gylch Meithrin Seren Fach"),
        # a label with "="
        ("nursery = Happy Hedgehogs", "Happy Hedgehogs"),
    ],
)
def test_schools_as_people_write_them(text: str, school: str) -> None:
    assert _kinds(text, "school") == [school]


@pytest.mark.parametrize(
    "text",
    [
        "Sunday school is important to Gran.",
        "Morning nursery went well.",
        "Jayden's school rang twice.",
        "The local primary school has a breakfast club.",
        "Forest school is on Fridays.",
        "mae'r ysgol gynradd yn cau heddiw",
        "The Family Learning team ran a session.",
    ],
)
def test_no_school_in_ordinary_talk(text: str) -> None:
    assert _kinds(text, "school") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # NHS numbers grouped oddly, or run on, after their label
        ("nhs no.4010234563 on the red book", "nhs_number", "4010234563"),
        ("NHS number 401 0234 563 for the GP letter", "nhs_number", "401 0234 563"),
        ("NHS no 943476 5919", "nhs_number", "943476 5919"),
        # phone numbers as contact cards print them
        ("her mobile: 07700.900.415", "phone", "07700.900.415"),
        ("whatsapp 447700900516 after school", "phone", "447700900516"),
        # NI numbers printed in threes
        ("NI no: TW 318 442 C", "ni_number", "TW 318 442 C"),
    ],
)
def test_numbers_grouped_as_forms_print_them(text: str, kind: str, expected: str) -> None:
    assert _kinds(text, kind) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "NHS no 401 0234 564 is one digit out.",
        "The 44 bus at 7.30, then the 9.10.",
        "Version 0.1.2 of the form.",
    ],
)
def test_no_number_where_the_shape_fails(text: str) -> None:
    kinds = {k for k, _ in found(text)}
    assert not kinds & {"nhs_number", "phone", "ni_number"}
