"""Names in notes typed in lower case, and words beside a role, an age or a month that
name no one (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yusra seemed quieter at tea, ate a little", ["yusra"]),
        ("by the time we started, tomasz was already crying", ["tomasz"]),
        ("i was too slow to push for kamila, the school saw it first", ["kamila"]),
        ("still thinking about what ruby-mae told me in the garden", ["ruby-mae"]),
        ("quick one - darnell mcgowan 07700 900 111, wants a call back", ["darnell mcgowan"]),
        ("the mcgowan girls were at the window when we left", ["mcgowan"]),
        ("shaquille (jayden-lee) walked out before the end", ["jayden-lee"]),
    ],
)
def test_lower_case_names_with_a_person_around_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "her nino is on the form somewhere",
        "we will miss more sessions if the bus is late",
        "the young boys were out on the green",
        "mae hi'n mynd i'r ysgol bob dydd",
        "email kamila.z@example.org bounced",
    ],
)
def test_lower_case_words_that_are_no_one(text: str) -> None:
    assert "kamila" not in " ".join(names(text))
    assert [n for n in names(text) if n.islower()] == []


@pytest.mark.parametrize(
    "text",
    [
        "Booked an interpreter (Kurdish) for the review.",
        "An interpreter (Polish) is needed for mum.",
        "Gypsy Roma Traveller (Roma, 12) is how the form records it.",
        "Twins aged 4 both started nursery.",
        "His gp Meadow Surgery has the records.",
        "Referred to the Autism Children's Service.",
        "Gender: F | Nationality: British",
        "- Dad: Will ring the school on Monday",
    ],
)
def test_words_beside_a_role_or_an_age_that_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The review on Friday 21 November went better than I feared.",
        "The relapse in March worries me more than I said.",
        "Contact on the 3rd of May was cancelled.",
    ],
)
def test_a_month_after_a_day_or_in_is_a_time_even_with_a_verb(text: str) -> None:
    assert names(text) == []


def test_a_month_after_since_can_still_be_a_person() -> None:
    assert names("Since May told me, I have kept an eye on it.") == ["May"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Autumn was really upset after the phone call.", ["Autumn"]),
        ("Hope seemed frightened when the door banged.", ["Hope"]),
    ],
)
def test_a_name_that_is_a_word_is_a_person_when_it_feels(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["Summer was quiet in the office this year.", "Hope is fragile in this family."]
)
def test_a_word_that_is_a_name_without_a_feeling_stays_a_word(text: str) -> None:
    assert names(text) == []
