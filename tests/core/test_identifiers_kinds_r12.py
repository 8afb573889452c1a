"""Addresses, case references, dates of birth, postcodes and schools written the ways
people write them in notes (sentences made up for these tests)."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found


def _kinds(text: str, kind: str) -> list[str]:
    return [words for k, words in found(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Temporary room at 31 Mill Approach until the council decides.", "31 Mill Approach"),
        ("Flat 4, 9 Quarry Approach is the new tenancy.", "Flat 4, 9 Quarry Approach"),
        ("Her nan lives at 17 Birchfield Garth now.", "17 Birchfield Garth"),
        ("the family moved to 5 Pen'n y Graig Terrace last week", "5 Pen'n y Graig Terrace"),
        ("home visit to 22 brackley rd, nobody in", "22 brackley rd"),
        ("staying at 8 orchard ave with her aunt", "8 orchard ave"),
    ],
)
def test_streets_with_more_endings(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


def test_flat_in_a_named_mill_or_court() -> None:
    text = "New address: Apt 7, Cotton Mill, Dock Street."
    assert _kinds(text, "address")[0].startswith("Apt 7, Cotton Mill")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Youth offending team ref Childview 44817 for the panel.", "44817"),
        ("Rang the team about the family, ref LCS 5521907, no reply yet.", "5521907"),
        ("Rhif achos WCCIS: 2240981 ar y ffurflen.", "2240981"),
        ("Cyfeirnod Mosaic 7730214", "7730214"),
    ],
)
def test_label_then_system_then_number(text: str, code: str) -> None:
    assert code in _kinds(text, "case_reference")


@pytest.mark.parametrize(
    "text",
    [
        "A station approach road is being resurfaced, so allow extra time.",
        "The approach we agreed in supervision was to slow down.",
        "Referral rate up 4 percent, ref the LCS dashboard.",
    ],
)
def test_clean_sentences_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Baby arrived 14/03/2025 and both are home.", "14/03/2025"),
        ("born!! arrived on 2 Feb 2025, 7lb 1oz", "2 Feb 2025"),
        ("Twins were delivered 30.01.2025 at the hospital.", "30.01.2025"),
        ("Kieran Walsh 03/02/2013 - Year 7, lives with nan", "03/02/2013"),
        ("Child | DOB | School\nMaisie Hart | 19/06/2016 | Oakfield", "19/06/2016"),
        ("b. 4 May 2014 (school records say 05/04/2014)", "05/04/2014"),
    ],
)
def test_more_dates_of_birth(text: str, date: str) -> None:
    assert date in _kinds(text, "date_of_birth")


@pytest.mark.parametrize(
    "text",
    [
        "Her 18th birthday is 20/09/2026, so the pathway plan has to start now.",
        "Met Jordan Smith 12/05/2025 about the rota.",
        "The parcel arrived 12/03/2025 with the wrong forms.",
    ],
)
def test_dates_that_are_no_birth(text: str) -> None:
    assert _kinds(text, "date_of_birth") == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Tyrese moved up to Brackenhurst this term and likes his tutor.", "Brackenhurst"),
        ("Transfer to Hollinsmead in September is agreed.", "Hollinsmead"),
        ("She is at the Lighthouse Centre (AP) two mornings a week.", "Lighthouse Centre"),
        ("He goes to Kestrel (alternative provision) on Fridays.", "Kestrel"),
        ("The twins go to Ashby Juniors and Ashby Infants.", "Ashby Juniors"),
    ],
)
def test_schools_named_by_what_is_said_of_them(text: str, school: str) -> None:
    assert school in _kinds(text, "school")


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r ysgol uwchradd leol sydd â'r uned newydd yn dda.",
        "We drove to Swansea (primary school visits) in the afternoon.",
        "Transfer to the new team in January is still the plan.",
    ],
)
def test_no_school_in_these(text: str) -> None:
    assert _kinds(text, "school") == []


def test_lower_case_postcode_after_a_street() -> None:
    assert "zx4 7bt" in _kinds("Moved to 3 Mill Rd, zx4 7bt last week.", "postcode")
