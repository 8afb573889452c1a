"""The identifier check on the shapes notes take: absences and states after a name, pairs of
names no list knows, plural families, school staff, flats in blocks, NI and court numbers.

Every sentence here is fictional and written for these tests (none is a tuning sample).
"""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # absences and states, notes-style, after a word no list knows
        ("Tiwatope not home at 4pm.", ["Tiwatope"]),
        ("Ruqayyah not in school since Tuesday.", ["Ruqayyah"]),
        ("Hope not seen by the school nurse.", ["Hope"]),
        ("Kaelan tearful when we spoke.", ["Kaelan"]),
        ("Olamide withdrawn and tired today.", ["Olamide"]),
        # two words no list knows, doing what people do
        ("Zaneta and Ondrej share a bunk bed.", ["Zaneta", "Ondrej"]),
        # described as a child of the family
        ("Vihaan is the middle one of three.", ["Vihaan"]),
        ("Tadiwa is the eldest of five.", ["Tadiwa"]),
        ("Oyelowo is a 9-year-old boy.", ["Oyelowo"]),
        # short names that split into two English words
        ("Binyam likes drawing.", ["Binyam"]),
    ],
)
def test_names_in_notes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_family_the_gazetteer_lacks_in_the_plural() -> None:
    assert names("The Lovells were not at the site.") == ["Lovells"]
    assert names("The Quarrells have moved on.") == ["Quarrells"]


@pytest.mark.parametrize(
    "text",
    [
        "Lohri was a happy evening for the whole family.",
        "Navratri has started, so visits are in the day.",
        "Holi colours were still on the children's hands.",
        "Ben & Jerry's tubs were the reward.",
        "Frankie & Benny's was where contact ended.",
        "Domino's pizza for tea again.",
        "Noah's Ark Children's Hospital sent the letter.",
        "Hywel Dda health board has a waiting list.",
        "Betsi Cadwaladr are doing the assessment.",
        "The Kurds have a long history in the city.",
        "Urdu and Punjabi are spoken at home.",
        "Grangetown and Butetown have their own hubs.",
        "Taith is the exchange scheme.",
        "Bibi ji cooks for everyone.",
        "Room 4 in the family centre was free.",
        "Log no 2 was fine.",
        "Funding for childcare is the issue.",
    ],
)
def test_stays_clean(text: str) -> None:
    assert found(text) == []


def test_a_month_after_in_is_a_time_even_before_born() -> None:
    assert found("He'll be 12 in October (born 4/10/2013).") == [("date_of_birth", "4/10/2013")]
    assert names("Since April said that, she has been calmer.") == ["April"]


def test_capitals_inside_a_word_are_no_name() -> None:
    assert found("NINo: QQ 12 34 56 C") == [("ni_number", "QQ 12 34 56 C")]
    assert names("DeShawn said he was fine.") == ["DeShawn"]


def test_the_school_friend_is_no_school() -> None:
    assert ("school", "Tom") not in found("Tom is his new school friend.")


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Our Lady of Fatima Catholic Primary rang.", "Our Lady of Fatima Catholic Primary"),
        ("He left Hawthorn Grammar in Year 8.", "Hawthorn Grammar"),
        ("The head teacher of Elmcroft called.", "Elmcroft"),
        ("The form tutor at Cedarwood is kind.", "Cedarwood"),
        ("The safeguarding lead at Millbrook made the referral.", "Millbrook"),
        ("St Cadoc's is her school.", "St Cadoc's"),
        ("She is at Heathfield in Year 5.", "Heathfield"),
        (
            "Oak Lane Junior and Infant School has a nurture group.",
            "Oak Lane Junior and Infant School",
        ),
        ("Bluebell Childcare does the school run.", "Bluebell Childcare"),
        ("Acorn Montessori noticed the bruise.", "Acorn Montessori"),
        ("Highgrove Girls' School called.", "Highgrove Girls' School"),
    ],
)
def test_schools(text: str, school: str) -> None:
    assert ("school", school) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("They live at 18 Birch Ct.", "18 Birch Ct"),
        ("Nan is at 4 Linden Gdns.", "4 Linden Gdns"),
        ("Moved to 9 Cefn y Coed in May.", "9 Cefn y Coed"),
        ("Apartment 12, Wharfside Lofts is damp.", "Apartment 12, Wharfside Lofts"),
        ("Room 2, 17 Park Road is the hostel.", "Room 2, 17 Park Road"),
        ("Flat 7 Heron House has no lift.", "Flat 7 Heron House"),
        ("House 3, Meadow Court is the new tenancy.", "House 3, Meadow Court"),
        ("They live at 22 Hazelmere.", "22 Hazelmere"),
    ],
)
def test_addresses(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_lives_at_needs_a_street_like_word() -> None:
    assert found("She moved to 3 March meetings.") == []
    assert found("They moved in 2 Days.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number QQ654321A.", ("ni_number", "QQ654321A")),
        ("NI no: TZ 11 22 33 (letter missing).", ("ni_number", "TZ 11 22 33")),
        ("Nat Ins No. PW 837106 C", ("ni_number", "PW 837106 C")),
        ("Her mobile (07700 900 614) is off.", ("phone", "07700 900 614")),
        ("LL number 445566 is the sibling.", ("case_reference", "445566")),
        ("Incident number 2231 of 3 May.", ("case_reference", "2231")),
        ("Listed under KX25C00456 next week.", ("case_reference", "KX25C00456")),
        ("CCN 778812 on the police letter.", ("case_reference", "778812")),
    ],
)
def test_numbers(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_bracketed_area_code_keeps_its_bracket() -> None:
    assert ("phone", "(0113) 496 0321") in found("Ring (0113) 496 0321 after six.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ifechukwu brought his reading book to show me.", ["Ifechukwu"]),
        ("Tsegereda often looks after the baby.", ["Tsegereda"]),
        ("Gurnoor now goes to the breakfast club.", ["Gurnoor"]),
        ("Oluwaferanmi wore his football kit.", ["Oluwaferanmi"]),
    ],
)
def test_what_people_do_after_a_word_no_list_knows(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Roblox crashed again.", "Covid made everything harder.", "March brought new problems."],
)
def test_things_and_months_doing_things_stay_clean(text: str) -> None:
    assert found(text) == []


def test_a_family_without_the() -> None:
    assert names("Wiśniewski family moved in May.") == ["Wiśniewski family"]
    for text in ("Polish family support group.", "WhatsApp family group.", "Eid family meal."):
        assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Alarmingly, the baby was not weighed.",
        "Clare's Law application made by mum.",
        "Herbert Protocol form given to the care home.",
        "Christmas Eve contact went ahead.",
    ],
)
def test_adverbs_laws_protocols_and_eves_stay_clean(text: str) -> None:
    assert found(text) == []


def test_eldest_and_youngest_are_child_words() -> None:
    assert names("Tamunosaki, the eldest, was quiet.") == ["Tamunosaki"]
    assert names("The eldest is at college.") == []


def test_people_done_to_and_their_bodies() -> None:
    assert names("The mark on Abebech's cheek was new.") == ["Abebech"]
    assert names("Police returned Kayvon home at midnight.") == ["Kayvon"]


@pytest.mark.parametrize(
    "text",
    [
        "Senghenydd remembers the disaster every year.",
        "Morgannwg looks after the health side.",
        "Splott and Adamsdown have one hub between them.",
        "Misgendering upset him at school.",
    ],
)
def test_welsh_places_doing_things_stay_clean(text: str) -> None:
    assert found(text) == []


def test_the_day_a_child_turned_an_age_is_a_date_of_birth() -> None:
    assert found("She turned 11 on 9 March.") == [("date_of_birth", "9 March")]
    assert found("He turns 18 on 2 April, so planning starts now.") == []


def test_present_tense_acts_and_spaced_welsh_street_names() -> None:
    assert names("Shagufta bakes with her aunt on Sundays.") == ["Shagufta"]
    assert found("They moved to 8 Ffordd Cae y Nant.") == [("address", "8 Ffordd Cae y Nant")]


def test_cousins_godparents_and_short_partner_words() -> None:
    assert names("Cousins Kayzer and Tobenna stay at weekends.") == ["Kayzer", "Tobenna"]
    assert names("Her bf Jordan drove her to contact.") == ["Jordan"]
    assert names("Godfather Babatunde offered to help.") == ["Babatunde"]
