"""Names that are also words, and other names the check used to miss (round 19).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a word, as the subject of a verb, "he" or "she" after it
        ("Will has moved to his nan's for the week.", ["Will"]),
        ("Joy didn't like her new room at first.", ["Joy"]),
        ("We talked about whether Hope hasn't seen her brother enough.", ["Hope"]),
        ("Autumn keeps telling me she is fine.", ["Autumn"]),
        ("Patience read her poem out at the review.", ["Patience"]),
        # an auxiliary and a verb only a person does
        ("Grace should stay with the same carers until the summer.", ["Grace"]),
        ("Will has been suspended for the rest of the week.", ["Will"]),
        ("Faith still refusing to go to school on Mondays.", ["Faith"]),
        # owning something, then "he" or "she"
        ("Amber's review went well and she is pleased with the plan.", ["Amber"]),
    ],
)
def test_names_that_are_words_as_subjects(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grace is said before tea at the residential home.",
        "Grace was given by the panel chair for the late paperwork.",
        "Will ring the GP tomorrow. Will also ask for the letter.",
        "Hope is the thing that keeps her going.",
        "Summer was hard for her this year.",
        "The grace period ended for him last week.",
        "In Summer she stayed with her aunt.",
        "There is hope that she will settle.",
    ],
)
def test_words_that_are_names_stay_words(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jade - NHS no 943 476 5919 - moved to the new GP.", ["Jade"]),
        ("Ruby, dob 02/02/2019, starts nursery in September.", ["Ruby"]),
        ("Nel - ganwyd 3 Mawrth 2020, yn byw gyda'i nain.", ["Nel"]),
        ("Erin (ganwyd 14/07/2017) yn hapus yn yr ysgol.", ["Erin"]),
        ("Hope turned 16 on Saturday and wants her own phone.", ["Hope"]),
    ],
)
def test_name_before_a_birth_date_or_number(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Summer turned 5% colder than last year.", "Spring - dob checks for the new starters."],
)
def test_no_name_before_other_details(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Connor Ward moved onto the site in March.", ["Connor Ward"]),
        ("Megan Ward's new address is on the file now.", ["Megan Ward"]),
        ("Nicola Munro is the new kinship carer.", ["Nicola Munro"]),
        # the family of a person named in the entry, even when the surname is a word
        ("Danny Lee came to the office; the Lees want a move.", ["Danny Lee", "Lees"]),
        ("Tommy Ward said the Wards will stay put.", ["Tommy Ward", "Wards"]),
    ],
)
def test_surnames_that_are_also_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She was admitted to Victoria Ward overnight.",
        "Rainbow Ward 4 has a new play worker.",
        "We used Eileen Munro's review in supervision.",
        "The Lees of the valley flooded again.",
        "Over 3 May Day events the team was stretched.",
    ],
)
def test_wards_and_writers_stay_unnamed(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spoke to hope at contact, she says the visits are too short", ["hope"]),
        ("talked with faith on the phone and she was calmer", ["faith"]),
        ("text in: 'hi its zainab can u ring me back'", ["zainab"]),
        ("msg: 'its me kacper, lost my phone'", ["kacper"]),
        ("amani (9) wants to stay at the same school", ["amani"]),
    ],
)
def test_lower_case_names_in_quick_notes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "spoke to faith leaders at the mosque, she said they would help",
        "spoke to grace and favour housing about the flat",
        "the puppy chased its tail (3) times",
    ],
)
def test_lower_case_words_stay_words(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her new partner Wes has moved in.", ["Wes"]),
        ("Not sure the new partner Lee knows about the plan.", ["Lee"]),
    ],
)
def test_role_word_after_a_word_ending_like_a_welsh_role(text: str, expected: list[str]) -> None:
    # "new partner" once read as the Welsh "w partner" inside "new", hiding the role
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YP Kwame Mensah, placed out of area since May.", ["Kwame Mensah"]),
        ("UASC Yonas - college want his documents.", ["Yonas"]),
        ("Handing over the Kowalski case before my leave.", ["Kowalski"]),
        ("Panel next week for the Hughes-Okafor adoption.", ["Hughes-Okafor"]),
        ("Lewis-Baptiste siblings: the plan is in court next month.", ["Lewis-Baptiste"]),
    ],
)
def test_labelled_people_and_families_by_their_case(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We went over the Gillick case in training.",
        "The Court case was adjourned.",
        "UASC Team meeting moved to Thursday.",
        "YP Forum meets on Tuesdays.",
        "Looked-After children have a virtual school head.",
    ],
)
def test_labels_and_cited_cases_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kieran (Big Kez) Doherty was arrested on Friday.", ["Kieran", "Big Kez", "Doherty"]),
        ("Anjali (Anji) Raghunathan starts college.", ["Anjali", "Anji", "Raghunathan"]),
        ("Lil T (Marcus) keeps turning up at the flat.", ["Lil T", "Marcus"]),
    ],
)
def test_nicknames_in_brackets_and_the_surname_after(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Sam (SW) Team meeting moved.", "Little Mix (Cardiff) tickets sold out."],
)
def test_brackets_beside_words_name_no_one(text: str) -> None:
    assert names(text) in ([], ["Sam"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gave Faith her certificate; she beamed.", ["Faith"]),
        ("ring Amber back about the contact times", ["Amber"]),
        ("Let Osian know the trip is on.", ["Osian"]),
        ("Home visit to Autumn and her three kids went well.", ["Autumn"]),
    ],
)
def test_names_after_a_note_verb_or_before_their_children(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Let Summer be over soon.", "Gave hope to the whole team.", "Summer and her friends went."],
)
def test_note_verbs_before_words_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letter signed Mr D. Penhaligon, the grandfather.", ["Mr D. Penhaligon"]),
        ("Ms K Adeyemi rang back about the meeting.", ["Ms K Adeyemi"]),
        ("At the review for Jasmine R the actions rolled over again.", ["Jasmine R"]),
        ("Kai M was excluded on Tuesday.", ["Kai M"]),
    ],
)
def test_initials_beside_a_title_or_a_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mrs A. said the plan was fine.",
        "The risk stayed at Amber B on the tool.",
        "Will I get a reply?",
        # a title and an initial at a sentence's end, then an ordinary word
        "I phoned Mrs K. Then I wrote to the panel.",
        "Spoke with Mr D. Afterwards the team met.",
    ],
)
def test_lone_initials_name_no_one(text: str) -> None:
    assert names(text) == []
