"""UK places as a class of words: a town, a borough or a Welsh place is no person, and a
place that is also a name ("Stanley", "Kendal") is the place only where the words around
say so. All sentences are made up for these tests."""

from __future__ import annotations

import pytest

from journal_app.core.identifiers._gazetteer import places

from .identifier_helpers import names


def test_places_load_once_and_hold_the_uk() -> None:
    assert places() is places()
    found = places()
    for place in ("torbay", "splott", "caerdydd", "abertawe", "ashton-under-lyne"):
        assert place in found.words
    for place in ("king's lynn", "newcastle emlyn", "castell newydd emlyn", "milton keynes"):
        assert place in found.multi


def test_other_languages_spellings_are_left_out() -> None:
    # GeoNames lists romanisations of other languages ("Kardif", "Njukasul"): not UK names
    assert not places().is_place("Kardif")
    assert not places().is_place("Njukasul")


@pytest.mark.parametrize(
    "text",
    [
        "The out-of-hours team covers Torbay and Halton on alternate weekends.",
        "Splott was busy on the walk round the estate.",
        "Mae'r teulu wedi symud i Caerdydd ers mis Medi.",
        "Rhondda Cynon Taf and Caerffili share the duty rota this month.",
        "Referrals from Knowsley have doubled since the summer.",
        "The contact centre in Wythenshawe closes early on Fridays.",
    ],
)
def test_a_place_that_is_no_name_is_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Downham Market, King's Lynn and Swaffham are all on the one patch now.",
        "The drive out to Newcastle Emlyn took most of the morning.",
        "She grew up near Bishop Auckland and still supports the local side.",
        "Cover for Ashby de la Zouch comes from the Coalville office.",
    ],
)
def test_the_words_of_a_longer_place_are_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to Stanley last spring and the school is closer.",
        "He was born in Kendal and lived there until he was six.",
        "Preston Council agreed to fund the taxi.",
        "Her nan lives at 4 Mill Lane, Clayton, not far from the shops.",
        "Kendal, Penrith and Keswick are covered from one base.",
        "Contact moved from Chorley to the Burnley family centre after the roadworks.",
    ],
)
def test_a_place_that_is_also_a_name_is_the_place_where_the_words_say_so(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stanley said he did not want to go back.", ["Stanley"]),
        ("Ashley's mum phoned about the bus pass.", ["Ashley"]),
        ("Lynn told me the flat was cold again.", ["Lynn"]),
        ("I sat with Kendal in Ashley's room while they packed.", ["Kendal", "Ashley"]),
        ("We spoke to Shirley at the door; Shirley was upset.", ["Shirley", "Shirley"]),
        ("Emlyn, 9, was quiet in the car.", ["Emlyn"]),
    ],
)
def test_a_name_that_is_also_a_place_stays_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NOWAK Kinga - arrived Friday, placed with kinship carers.", ["NOWAK Kinga"]),
        ("Referral received: HUSSAINI Tahmina, asylum claim pending.", ["HUSSAINI Tahmina"]),
        ("KOVACS Zoltan seen at the hotel on Monday.", ["KOVACS Zoltan"]),
    ],
)
def test_a_family_name_in_capitals_before_a_given_name_is_a_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "URGENT Please ring the duty desk before noon.",
        "CAMHS Tuesday slot moved to the afternoon.",
        "UASC Team meeting is on the rota again.",
    ],
)
def test_an_acronym_before_a_capital_is_no_person(text: str) -> None:
    assert names(text) == []
