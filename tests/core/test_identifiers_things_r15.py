"""Words that read as a person but name a thing: a theorist cited without a year, a
children's programme or character, a room named after a virtue, a Welsh word or title; and
the same words still found when they are a person. All sentences are invented."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "Brought Johns' reflective questions to the team meeting; using Rolfe and Johns helped.",
        "For CPD this month: Turney on neglect and the research on drift.",
        "As Munro said, the system had become about compliance.",
        "Perry argues that regulation comes before reasoning.",
        "Took Morrison's 4x4x4 model into the group session.",
        "We used Hawkins and Shohet to frame the supervision.",
        "Drawing on Howe for the attachment part of the assessment.",
    ],
)
def test_theorist_cited_without_a_year_is_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Ferguson said her son had not slept.", ["Mrs Ferguson"]),
        ("Perry hit his brother at tea time.", ["Perry"]),
        ("I read Perry a story before bed.", ["Perry"]),
        ("We used Perry's bike for the ride home.", ["Perry"]),
    ],
)
def test_theorist_surname_as_a_person_is_still_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Mr Men stickers kept him busy during the review.",
        "Mr Tumble songs in the car calm her down.",
        "Hey Duggee is on while mum cooks.",
        "Bluey is still her favourite programme.",
        "He wore an Elsa costume to the party and loved it.",
        "Bob the Builder toys in the contact room.",
    ],
)
def test_childrens_programmes_and_characters_are_no_person(text: str) -> None:
    assert names(text) == []


def test_a_child_with_a_characters_name_is_still_found() -> None:
    assert names("Elsa's mum rang to cancel contact.") == ["Elsa"]


@pytest.mark.parametrize(
    "text",
    [
        "The Faith and Grace room is booked for the family meeting.",
        "Contact moved to the Hope suite this week.",
    ],
)
def test_a_room_named_after_a_virtue_is_no_person(text: str) -> None:
    assert names(text) == []


def test_a_person_owning_a_room_is_still_found() -> None:
    assert names("I asked Grace about her room.") == ["Grace"]


@pytest.mark.parametrize(
    "text",
    [
        "Roedd y plant yn canu caneuon Cymreig yn y Cylch ddoe.",
        "Mae'r ysgol yn dathlu gyda gwisg Gymreig a chawl.",
        "Mae Seren yr Wythnos yn cael tystysgrif heddiw.",
        "Dosbarth Enfys yn mynd i'r parc heddiw.",
    ],
)
def test_welsh_words_and_titles_are_no_person(text: str) -> None:
    assert names(text) == []


def test_a_welsh_given_name_is_still_found() -> None:
    assert names("Mae Seren wedi bod yn absennol ers dydd Llun.") == ["Seren"]
