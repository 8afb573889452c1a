"""The identifier check on how different writers name people and schools: messages pasted
in (greetings, sign-offs, "text from"), nicknames, labelled note lines, notes run on after
a comma, families named by a compound surname, schools in sentences about school, and
Welsh labels for dates of birth and case numbers.

Every sentence here is fictional and written for these tests (none is a tuning sample).
"""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # messages: greetings, sign-offs and who a message came from
        ("Copied in: 'Hi Leontyne, your rent is due.'", ["Leontyne"]),
        ("Hiya Kerys, hope you are ok", ["Kerys"]),
        ("Cheers, Dwayne x", ["Dwayne"]),
        ("> see you Friday\n> Thanks Patience", ["Patience"]),
        ("txt from Shanelle - 'on my way'", ["Shanelle"]),
        ("Message from Grace: landlord rang again.", ["Grace"]),
        ("Voicemail from Tobi asking for a call back.", ["Tobi"]),
        # nicknames and the names beside them
        ("Known as Scrappy on the estate.", ["Scrappy"]),
        ("YP aka 'Biscuit' stopped again by police.", ["Biscuit"]),
        ("Rocco (what his mum calls him) cried at the end.", ["Rocco"]),
        ("Teddy (Edward) loves trains.", ["Teddy", "Edward"]),
        ("Lil Deon was with the older boys.", ["Deon"]),
        ("Big Tash drove them back.", ["Tash"]),
        ("Nickname 'Chops', real name Ruairi.", ["Chops", "Ruairi"]),
        ("Bubs is what the family call the baby.", ["Bubs"]),
        # labelled note lines
        ("- Zaneta: settled, no concerns", ["Zaneta"]),
        ("Aroha: better this week\nKip: refused to come down", ["Aroha", "Kip"]),
        # notes run on after a comma
        ("Harvey settled, Zuri upset after contact.", ["Harvey", "Zuri"]),
        # what only a person has
        ("She asked about Faith's drawing.", ["Faith"]),
        # a family named by a surname made of two words
        ("The Pembertons have moved house.", ["Pembertons"]),
        ("The Ashdowns have asked for more contact.", ["Ashdowns"]),
        # a name that is also a word, paired with a given name
        ("Kian & Precious argued over the remote.", ["Kian", "Precious"]),
        # the Welsh "and"
        ("Mae Gethin a Cai yn rhannu ystafell.", ["Gethin", "Cai"]),
    ],
)
def test_names_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- Summary: good progress",
        "Risks: none noted\nActions: review in May",
        "Agenda:\n1. Apologies: none\n2. Minutes: agreed",
        "Nodiadau: dim newid\nPryderon: dim",
        "Thanks, team",
        "Cheers, everyone x",
        "Dear Colleague, please see attached.",
        "Message from Housing: no change.",
        "Known as the Team Around the Family.",
        "Big Brother was on in the background.",
        "Young Minds leaflet given.",
        "The session (Thursday) went fine.",
        "Chelsea won so he was in a good mood.",
        "Chelsea and Arsenal fans argued on the bus.",
        "Xmas contact agreed.",
        "Attendance is low and the trip to Longleat was cancelled.",
        "Settled, calm and happy.",
        "Home is what she calls the flat.",
    ],
)
def test_no_name_found(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Punctuality at Hazelbrook has slipped, the EWO says.", [("school", "Hazelbrook")]),
        ("Exclusion risk at Oakhurst flagged by the SENCo.", [("school", "Oakhurst")]),
        ("On my visit to Thornleigh his teacher was upbeat.", [("school", "Thornleigh")]),
        ("Mae Ysgol Bryn-y-Môr yn poeni.", [("school", "Ysgol Bryn-y-Môr")]),
        # a form's or a note's label
        ("School - Ashgrove", [("school", "Ashgrove")]),
        ("Nursery: Little Acorns", [("school", "Little Acorns")]),
        ("Name: Kai\nSchool: Hollybank", [("person_name", "Kai"), ("school", "Hollybank")]),
    ],
)
def test_schools_in_school_talk(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The teacher took the class to Techniquest.",
        "In Year 9 she moved to Splott with her nan.",
        "Attendance dropped after the move to Cardiff.",
        "Teacher says he went to Tesco at lunch.",
        "School: Not attending",
        "School: Cardiff",
        "School - Mum says fine",
        "Email from college: Tamsin has 62% attendance this term.",
    ],
)
def test_no_school_where_a_place_is_meant(text: str) -> None:
    assert [k for k, _ in found(text) if k == "school"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lowri DG 02/02/2012.", [("person_name", "Lowri"), ("date_of_birth", "02/02/2012")]),
        (
            "Ganwyd Cadi ar 5 Ionawr 2019.",
            [("person_name", "Cadi"), ("date_of_birth", "5 Ionawr 2019")],
        ),
        ("Rhif achos 2023-44120 ar y system.", [("case_reference", "2023-44120")]),
        ("Rhif cyfeirnod 55128 ar y ffeil.", [("case_reference", "55128")]),
        (
            "PNC shows Dale DOB 09/11/2008.",
            [("person_name", "Dale"), ("date_of_birth", "09/11/2008")],
        ),
    ],
)
def test_welsh_labels_and_acronyms_after_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
