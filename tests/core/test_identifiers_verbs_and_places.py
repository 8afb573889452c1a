"""The identifier check on schools named after the verbs a pupil's school takes, names
opening a notes-style line before where or how the person was, and the words that look
like names but are days, gerunds, Welsh place words, teams or organisations.

Every sentence here is fictional and written for these tests (none is a tuning sample).
"""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.identifiers import FindingKind, find_identifiers

TODAY = date(2025, 6, 1)


def of_kind(text: str, kind: FindingKind) -> list[str]:
    return [f.text for f in find_identifiers(text, today=TODAY) if f.kind is kind]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Her brother attends Nant Gwyn two days a week.", "Nant Gwyn"),
        ("The twins go to Ashbrook.", "Ashbrook"),
        ("He goes to Elmhurst and says the teachers shout.", "Elmhurst"),
        ("She went to Cherry Vale from reception.", "Cherry Vale"),
        ("They moved to Linden Park in Year 8.", "Linden Park"),
        ("At Coldharbour since Year 5 with no exclusions.", "Coldharbour"),
        ("Started at Foxley Meadows after the summer.", "Foxley Meadows"),
    ],
)
def test_school_after_a_pupils_verb(text: str, school: str) -> None:
    assert of_kind(text, FindingKind.SCHOOL) == [school]


@pytest.mark.parametrize(
    "text",
    [
        "He attends Brownies on Thursdays.",
        "She started at Scouts last month.",
        "He goes to Huddersfield to see his dad.",
        "Goes to Oakfield every other weekend to stay with nan.",
        "They moved to Wakefield in the spring.",
        "She attends CAMHS once a fortnight.",
        "Mum attends Mass most Sundays.",
        "He goes to Tesco with his carer.",
    ],
)
def test_no_school_after_a_club_a_town_or_a_service(text: str) -> None:
    assert of_kind(text, FindingKind.SCHOOL) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ebunoluwa for two nights with the respite carers.", "Ebunoluwa"),
        ("Parminder about his court date, very worried.", "Parminder"),
        ("Zhaklina without her phone all weekend.", "Zhaklina"),
    ],
)
def test_unknown_name_opening_a_note_before_where_or_how(text: str, name: str) -> None:
    assert of_kind(text, FindingKind.PERSON_NAME) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Contact on Saturdays has been reinstated.",
        "Skateboarding keeps him out of trouble.",
        "Vaping got him excluded twice.",
        "Pont had a community day on Saturday.",
        "Cwm was busy with the fair.",
        "He wants an Arsenal shirt for Christmas.",
        "Dad supports Everton and took him to a match.",
        "Grandparents Plus ran the support group.",
        "Kinship Carers Network sent a leaflet.",
    ],
)
def test_days_gerunds_places_teams_and_organisations_are_no_names(text: str) -> None:
    assert of_kind(text, FindingKind.PERSON_NAME) == []


def test_a_relative_named_and_a_person_supported_stay_names() -> None:
    assert of_kind("Aunty Yewande came to the meeting.", FindingKind.PERSON_NAME) == ["Yewande"]
    assert of_kind("We supported Chelsea to attend the review.", FindingKind.PERSON_NAME) == [
        "Chelsea"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("d.o.b. 4-Sep-2016 on the plan.", FindingKind.DATE_OF_BIRTH, "4-Sep-2016"),
        ("Date of birth 21 09 2013", FindingKind.DATE_OF_BIRTH, "21 09 2013"),
        ("Referral 24/60218 was screened.", FindingKind.CASE_REFERENCE, "24/60218"),
        ("Record number 5520193 is the old file.", FindingKind.CASE_REFERENCE, "5520193"),
        ("Letter before proceedings PLO-1187 sent.", FindingKind.CASE_REFERENCE, "PLO-1187"),
        ("Her flat is 3/1, 58 Thistle Street.", FindingKind.ADDRESS, "3/1, 58 Thistle Street"),
        ("Visit note - Ngozika quiet, ate well.", FindingKind.PERSON_NAME, "Ngozika"),
        ("Fifi was the one who rang 999.", FindingKind.PERSON_NAME, "Fifi"),
    ],
)
def test_unusual_forms(text: str, kind: FindingKind, expected: str) -> None:
    assert of_kind(text, kind) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Referral 12/05/2025 came from the police.",
        "Meeting on 12 06 2025 at the office.",
        "On 12/5, 40 families were waiting.",
    ],
)
def test_dates_are_no_references_or_births(text: str) -> None:
    assert find_identifiers(text, today=TODAY) == ()
