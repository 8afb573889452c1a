"""Addresses, case references and dates of birth written in more of the ways workers write
them: Welsh day ordinals and mutated birth verbs, a sibling's record number beside a
labelled one, logs of the out-of-hours team, Welsh streets typed in lower case, named
houses, and a date of birth column in a table. All sentences are fictional."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found


def _kind(text: str, kind: str) -> list[str]:
    return [words for k, words in found(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dyddiad geni: 2il Mawrth 2016.", "2il Mawrth 2016"),
        ("Cafodd ei geni ar y 1af Mehefin 2019.", "1af Mehefin 2019"),
        ("Ganed Osian ar 21ain Hydref 2013 yn Abertawe.", "21ain Hydref 2013"),
        ("Trafodwyd y bachgen a anwyd ar 05/09/2017 yn y cyfarfod.", "05/09/2017"),
        ("Mae'r ferch, a aned ar 7fed Ebrill 2012, yn hapus.", "7fed Ebrill 2012"),
    ],
)
def test_welsh_dates_of_birth(text: str, date: str) -> None:
    assert _kind(text, "date_of_birth") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Cyfarfod ar y 3ydd Mawrth 2025 i drafod y cynllun.",
        "Mae'r babi i fod i gael ei eni ar 2il Gorffennaf 2025 (disgwyl).",
        "Roedd y panel ar 12fed Mai 2025.",
    ],
)
def test_welsh_dates_that_are_no_birth(text: str) -> None:
    assert _kind(text, "date_of_birth") == []


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("Mosaic ID 3318402, and her half-brother is 3318415.", ["3318402", "3318415"]),
        ("LCS 660214 (dad's record 660198)", ["660214", "660198"]),
        ("WCCIS number for the twins: 2045511 and 2045512", ["2045511", "2045512"]),
        ("Case number for the older boy - 5512034", ["5512034"]),
        ("EDT log 25-3317 says the police attended.", ["25-3317"]),
        ("OOH log 7781 was passed to the day team.", ["7781"]),
    ],
)
def test_case_references_of_a_family(text: str, refs: list[str]) -> None:
    assert _kind(text, "case_reference") == refs


@pytest.mark.parametrize(
    "text",
    [
        "Mosaic ID 3318402; the team has 3400 cases and a budget of 3318000.",
        "Reference number for the training course: 88123456.",
        "Ref for the policy review - 2025114",
        "Mosaic 1184520 and a grant of £1184521 for the authority",
    ],
)
def test_numbers_beside_a_case_reference_that_are_not_one(text: str) -> None:
    assert _kind(text, "case_reference") == [t for t in ["3318402", "1184520"] if t in text]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nain has moved to 8 heol y felin since June.", "8 heol y felin"),
        ("address: 41 stryd fawr", "41 stryd fawr"),
        ("They now live at 2 clos glas with the baby.", "2 clos glas"),
        ("Visit to 17 Sedge Drove went well.", "17 Sedge Drove"),
        ("home is 6 Mill Causeway", "6 Mill Causeway"),
        ("The Old Bakery, Fore Street is where dad lives.", "The Old Bakery, Fore Street"),
        ("Staying at Elm Vicarage, Church Road for now.", "Elm Vicarage, Church Road"),
        ("Gran's home, Lark House, Mill Lane, is small.", "Lark House, Mill Lane"),
        ("Mum is in Room 5, Hatfield Hostel until May.", "Room 5, Hatfield Hostel"),
    ],
)
def test_more_ways_addresses_are_written(text: str, address: str) -> None:
    assert _kind(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Hyfforddiant yn ystafell 3, Canolfan y Fro, dydd Mawrth.",
        "Panel ar lawr 2, Neuadd y Sir.",
        "We met at 3 in the old room and talked for 2 hours.",
        "The Old Bailey case was in the news; 12 staff read it.",
    ],
)
def test_rooms_and_buildings_that_are_no_home(text: str) -> None:
    assert _kind(text, "address") == []


def test_a_column_of_dates_of_birth_in_a_table() -> None:
    text = (
        "| Child | DOB | Last seen |\n"
        "| Tomasz | 19/08/2016 | 02/05/2025 |\n"
        "| Oskar | 07/01/2021 | 02/05/2025 |"
    )
    assert _kind(text, "date_of_birth") == ["19/08/2016", "07/01/2021"]


def test_a_table_typed_on_one_line() -> None:
    text = "Typed up: | pupil | class | dob | Rhys | Oak | 30/10/2015 | Efa | Ash | 12/12/2018"
    assert _kind(text, "date_of_birth") == ["30/10/2015", "12/12/2018"]


def test_a_table_with_no_birth_column() -> None:
    text = "| Meeting | Date |\n| Core group | 14/03/2023 |\n| Review | 20/04/2024 |"
    assert _kind(text, "date_of_birth") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Strategy discussion 03/05/2025, baby born 28/04/2025.", ["28/04/2025"]),
        ("The case opened 10/02/2016 when he was 9.", []),
        ("Care order made on 01/09/2018; she was 7.", []),
        ("Leon, 8 (04.09.2016) is doing well.", ["04.09.2016"]),
        ("Amber (12) - 22/01/2013 - Year 8", ["22/01/2013"]),
        ("Ellis dob 5th Jan 14, Year 6", ["5th Jan 14"]),
        ("DOB 9 Oct '17", ["9 Oct '17"]),
        ("born 2 Mar, 12 weeks early", ["2 Mar"]),
    ],
)
def test_birth_dates_among_other_dates(text: str, dates: list[str]) -> None:
    assert _kind(text, "date_of_birth") == dates


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The family are back on the Brookfield site, pitch 11.", "Brookfield site, pitch 11"),
        ("Pitch 6 Millbrook - water tap fixed.", "Pitch 6 Millbrook"),
        ("Nan's trailer is on plot 2 at Sandholme.", "plot 2 at Sandholme"),
        ("chalet 9, Dunes Holiday Park", "chalet 9, Dunes Holiday Park"),
        ("Bay 5, Marsh Lane Traveller Site", "Bay 5, Marsh Lane Traveller Site"),
        ("new address: 7 ash st", "7 ash st"),
        ("moved to 30 birch cres last week", "30 birch cres"),
    ],
)
def test_pitches_sites_and_short_street_words(text: str, address: str) -> None:
    assert _kind(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Plot 3 The garden project has started.",
        "Caravan 2 Monday, then the others.",
        "We parked in bay 4 at Morrisons.",
        "She is at 3 st the latest.",
    ],
)
def test_pitch_like_words_that_are_no_address(text: str) -> None:
    assert _kind(text, "address") == []


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Liquid Logic 3390112 has the chronology.", "3390112"),
        ("HV notes on SystmOne 5566123 say the same.", "5566123"),
        ("GP record EMIS 7781234", "7781234"),
        ("Police log 0917 14/10 - mum reported him missing.", "0917"),
        ("CR 554412/25 is the assault.", "554412/25"),
    ],
)
def test_more_systems_and_police_forms(text: str, ref: str) -> None:
    assert _kind(text, "case_reference") == [ref]


@pytest.mark.parametrize(
    "text",
    [
        "EMIS 1500 patients were moved over.",
        "Police log 2024 12/11 was the year of the change.",
        "Liquid Logic 2025 upgrade went live.",
    ],
)
def test_system_names_before_counts_and_years(text: str) -> None:
    assert _kind(text, "case_reference") == []


@pytest.mark.parametrize(
    "text",
    [
        "The twins, born a month early, were discharged on 20/05/2025.",
        "Baby born in April; birth registered on 09/05/2025.",
        "Grandad died on 11/01/2019 when she was 2, born the year before.",
        "He came into care on 03/03/2021, a week after his brother was born.",
        "Born early, she was in SCBU from 01/04/2025 to 28/04/2025.",
        "The birth certificate was issued 14/07/2018.",
    ],
)
def test_days_of_other_events_near_a_birth(text: str) -> None:
    assert _kind(text, "date_of_birth") == []


def test_a_birth_in_hospital_is_still_a_birth() -> None:
    assert _kind("She was born in hospital on 02/05/2025, 5lb 2oz.", "date_of_birth") == [
        "02/05/2025"
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Tŷ Coch, Heol y Felin is nain's house.", "Tŷ Coch, Heol y Felin"),
        ("They moved to no.12 beech grove in March.", "no.12 beech grove"),
        ("Dad's flat is at 4 River Vw.", "4 River Vw"),
    ],
)
def test_welsh_named_houses_and_short_forms(text: str, address: str) -> None:
    assert _kind(text, "address") == [address]


def test_a_number_after_no_dot_that_is_no_house() -> None:
    assert _kind("Item no.3 the review was delayed.", "address") == []


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Ref.No: 880123 on the letter.", "880123"),
        ("Case Ref No:- 771204", "771204"),
        ("police ref:- 44/55120/25 for the incident", "44/55120/25"),
        ("Niche ref 25*044871 was shared by PC Jones.", "25*044871"),
        ("YOS no. 33190 - order ends in June", "33190"),
    ],
)
def test_labels_joined_and_separated(text: str, ref: str) -> None:
    assert ref in _kind(text, "case_reference")


def test_a_star_without_a_reference_label() -> None:
    assert _kind("Rated 4*5 stars, 10*2000 steps.", "case_reference") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("d/o/b 17/09/2014 on the referral form", "17/09/2014"),
        ("Mae ei phen-blwydd yw 9 Tachwedd.", "9 Tachwedd"),
        ("Dyddiad geni Cai oedd 2il Medi 2016.", "2il Medi 2016"),
        ("Fy mhen-blwydd: 4 Mai", "4 Mai"),
    ],
)
def test_more_birth_labels(text: str, date: str) -> None:
    assert _kind(text, "date_of_birth") == [date]
