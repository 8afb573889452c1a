"""Suggesting frameworks for a role and a nation, and only those in force."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.framework_choice import coming_soon, read_role, suggest_frameworks

TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.builtin(today=TODAY)


def ids(catalogue: Catalogue, role: str, registered_with: str, day: date = TODAY) -> list[str]:
    return [f.id for f in suggest_frameworks(catalogue.frameworks, role, registered_with, day)]


@pytest.mark.parametrize(
    ("text", "role", "services"),
    [
        ("Principal social worker", "leader", ("children",)),
        ("Team manager, adults' services", "supervisor", ("adults",)),
        ("Advanced practitioner", "practitioner", ("children",)),
        ("Practice supervisor (all-age)", "supervisor", ("children", "adults")),
        ("", "leader", ("children",)),
    ],
)
def test_reading_a_job_title(text: str, role: str, services: tuple[str, ...]) -> None:
    reading = read_role(text)
    assert (reading.role, reading.services) == (role, services)


def test_suggestions_follow_role_and_nation(catalogue: Catalogue) -> None:
    assert ids(catalogue, "Principal social worker", "swe") == ["kss-pl", "pcf", "swe"]
    assert ids(catalogue, "Team manager", "swe")[:2] == ["kss-ps", "kss-cfp"]
    assert ids(catalogue, "Practice supervisor, adults", "swe")[0] == "kss-ps-adults"
    assert ids(catalogue, "Practice supervisor, adults", "scw") == ["scw"]
    assert "scw" in ids(catalogue, "Social worker", "both")


def test_the_early_career_standards_take_over_on_1_april_2027(catalogue: Catalogue) -> None:
    before = ids(catalogue, "Social worker", "swe", date(2027, 3, 31))
    after = ids(catalogue, "Social worker", "swe", date(2027, 4, 1))
    assert "kss-cfp" in before and "ecs" not in before
    assert "ecs" in after and "kss-cfp" not in after
    assert [f.id for f in coming_soon(catalogue.frameworks, TODAY)] == ["ecs"]
