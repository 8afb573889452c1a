"""Given and family names of the UK's communities, and common short forms, that the
generated lists lacked (resources/names/supplement_given.txt and supplement_family.txt)."""

from __future__ import annotations

import pytest

from journal_app.core.identifiers._gazetteer import gazetteer

from .identifier_helpers import names

# one or more per community group of the supplement
GIVEN = [
    "Eilidh",
    "Ruaridh",
    "Mhairi",
    "Aoibhinn",
    "Caerwyn",
    "Kerensa",
    "Kezia",
    "Harjeet",
    "Priyanka",
    "Saima",
    "Shahana",
    "Tharshan",
    "Fardowsa",
    "Tsion",
    "Elfatih",
    "Zarghona",
    "Rebin",
    "Yazan",
    "Behnam",
    "Diellza",
    "Mădălina",
    "Madalina",
    "Kasia",
    "Wojtek",
    "Austėja",
    "Tinotenda",
    "Lerato",
    "Kwabena",
    "Oluwatosin",
    "Chukwuemeka",
    "Dieumerci",
    "Jahiem",
    "Quynh",
    "Zhihao",
    "Maricel",
    "Steph",
]
FAMILY = [
    "Urquhart",
    "Boswell",
    "McDonagh",
    "Sahota",
    "Ruparelia",
    "Talukder",
    "Selvarajah",
    "Warsame",
    "Gebremedhin",
    "Stanekzai",
    "Krasniqi",
    "Ndlovu",
    "Acheampong",
    "Nwachukwu",
    "Tshibangu",
    "Kazlauskas",
]


@pytest.mark.parametrize("name", GIVEN)
def test_given_names_of_uk_communities_are_listed(name: str) -> None:
    assert gazetteer().is_given(name)


@pytest.mark.parametrize("name", FAMILY)
def test_family_names_of_uk_communities_are_listed(name: str) -> None:
    assert gazetteer().is_family(name)


def test_english_words_and_two_letter_names_stay_out_of_the_family_supplement() -> None:
    # "He", "Do", "Tan" are family names too, but not ones a list can trust
    assert not gazetteer().is_family("He")
    assert not gazetteer().is_family("Do")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eilidh said the move went better than she expected.", ["Eilidh"]),
        ("Spoke to Harjeet after school about the bus.", ["Harjeet"]),
        ("Tinotenda Moyo has settled with her aunt.", ["Tinotenda Moyo"]),
        ("Kwabena Acheampong came to the review with his dad.", ["Kwabena Acheampong"]),
        ("Steph's new phone is working again.", ["Steph"]),
        ("left a message for priyanka about the meeting", ["priyanka"]),
    ],
)
def test_community_names_are_found_in_notes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nat Ins: RT 12 34 56 C was on the referral form.",
        "Nat. Ins. number checked with the family.",
        "The review is on Wednesday; nothing else to add.",
        "The paddy field in the picture book made him laugh.",
    ],
)
def test_abbreviations_and_words_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone or NHS number in brackets is no year of publication
        ("Rang Tahmina (07700 900 123) about the visit.", ["Tahmina"]),
        ("call Ffion, 0161 496 0123, after school", ["Ffion"]),
        ("Amber (NHS 943 476 5919) has a new GP.", ["Amber"]),
        # a note to oneself opens with a verb: "Ask", "Ring", "Text"
        ("Ask Kerensa whether the contact went well.", ["Kerensa"]),
        ("Ring Oluwatosin before Friday.", ["Oluwatosin"]),
    ],
)
def test_names_before_numbers_and_after_note_verbs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rogers (1957) on empathy still shapes how I listen.",
        "Munro, 2011, on the review of child protection.",
        "Call Centre staff were helpful.",
        "Visit Cardiff on Friday for the training.",
    ],
)
def test_citations_and_imperatives_alone_are_not_names(text: str) -> None:
    assert names(text) == []
