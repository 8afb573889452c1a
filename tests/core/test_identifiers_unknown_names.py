"""The identifier check on names the gazetteer does not know, dates of birth without a
year, postcodes typed with odd gaps, schools and streets without the usual telling word,
and the clean text that must stay clean beside them.

Every sentence here is fictional and written for this file. Each test lists EVERY finding
the sentence should give (kind and exact text), so a test fails on a miss and on a false
alarm alike.
"""

from __future__ import annotations

import pytest

from journal_app.core.identifiers import apply_replacements, find_identifiers
from tests.core.identifier_helpers import TODAY, found

# --- names with no family word beside them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # someone met, told or asked
        ("I met Zubaida before the core group.", ["Zubaida"]),
        ("Sat with Oyelaran while the nurse took bloods.", ["Oyelaran"]),
        ("We told Fenella that her brother was safe.", ["Fenella"]),
        ("Spoke with Ndidi after school about the bruise.", ["Ndidi"]),
        ("The conversation with Tariku was hard to end.", ["Tariku"]),
        ("The plan was explained to Tesfaye on the way home.", ["Tesfaye"]),
        # before "and her mum", "and his nain"
        ("Gwern and his nain were waiting at the gate.", ["Gwern"]),
        # beside a known given name in a list
        ("Ijeoma and Ffion came downstairs together.", ["Ijeoma", "Ffion"]),
        ("Priya, Kasimir and Dafydd are the three eldest.", ["Priya", "Kasimir", "Dafydd"]),
        # described by "who", or owning what only a person has
        ("Yonatan, who is eleven, translated for his mum.", ["Yonatan"]),
        ("Ezinne's wishes were written in her own words.", ["Ezinne"]),
        # a verb only a person does, with a name ending as a plural would not
        ("After the meeting Ermias told me about the move.", ["Ermias"]),
        ("Meklit spoke about the journey for the first time.", ["Meklit"]),
    ],
)
def test_unknown_names_where_the_words_around_make_a_person(text: str, names: list[str]) -> None:
    assert found(text) == [("person_name", name) for name in names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tsehay has made a friend in her class.", ["Tsehay"]),
        ("I think Odunayo hasn't slept properly for weeks.", ["Odunayo"]),
        ("Kamsiyochukwu was upset when the taxi was late.", ["Kamsiyochukwu"]),
        ("Zavian can't read yet and hides it well.", ["Zavian"]),
        ("Aryelle and Brooklyn were fighting over the tablet.", ["Aryelle", "Brooklyn"]),
        ("Yohannes, who is eleven, translated for his mum.", ["Yohannes"]),
    ],
)
def test_a_word_that_is_no_english_word_as_the_subject_of_a_verb(
    text: str, names: list[str]
) -> None:
    assert found(text) == [("person_name", name) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "Snapchat has been a big worry for his carers.",
        "Fortnite is all he talks about.",
        "Tigrinya is her first language and Makaton helps her brother.",
        "Rhyl has a higher rate of referrals than the rest of the county.",
        "Tonypandy felt a long way from her old school.",
        "Aberdare was where she grew up.",
        "Lockdown was hard for the whole family.",
        "Covid has changed how contact happens.",
        "Playtime is when the trouble starts.",
        "Taith is the exchange scheme she wants to apply for.",
        "Nyumbani was the name of the children's home.",
        "Attendees said it helped; Providers were less sure.",
        "Halloween was hard for the younger two, and Vaisakhi was lovely.",
    ],
)
def test_unknown_capitalised_words_that_are_things_flag_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cerys-Fflur has settled with her foster family.", "Cerys-Fflur"),
        ("Then Brogan-Lee asked to go outside.", "Brogan-Lee"),
        ("I visited Kacey-Jayne D'Costa at her nan's house.", "Kacey-Jayne D'Costa"),
        ("Later Davontae Lloyd-Pritchard came home from college.", "Davontae Lloyd-Pritchard"),
        ("Mr Ó Dubhghaill did not attend the review.", "Mr Ó Dubhghaill"),
    ],
)
def test_double_barrelled_apostrophe_and_gaelic_names(text: str, name: str) -> None:
    assert found(text) == [("person_name", name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Took Alfie to the dentist because mum was unwell.", "Alfie"),
        ("Seeing Maisie smile at her dad was lovely.", "Maisie"),
        ("Reassured Dafydd that he was not in trouble.", "Dafydd"),
    ],
)
def test_a_verb_opening_the_note_is_not_part_of_the_name(text: str, name: str) -> None:
    assert found(text) == [("person_name", name)]


def test_an_unknown_name_is_replaced_consistently() -> None:
    text = "I met Zubaida at the hub. Zubaida said she wants to stay."
    replaced = apply_replacements(text, find_identifiers(text, today=TODAY))
    assert replaced == "I met Person A at the hub. Person A said she wants to stay."


@pytest.mark.parametrize(
    "text",
    [
        "Mum's voice came through clearly in the assessment.",
        "- Mum: Happy with the plan\n- Dad: Concerned about housing",
        "Kolb's learning cycle helped me slow down.",
        "Gibbs (1988) starts with a description of what happened.",
        "Morrison's 4x4x4 model framed the supervision.",
        "The Barnardo's family support worker joined the visit.",
        "I rang the Child Maintenance Service with him.",
        "Section 47 enquiries began that evening.",
        "The Children Act 1989 puts the child's welfare first.",
        "KSS-PL 3: Developing excellent practitioners.",
        "A 15-year-old girl was reported missing.",
        "In September the duty rota changed.",
        "Spoke with Shelter about the eviction notice.",
        "Met with Llamau and Platfform about housing.",
        "Asked Education to share the attendance figures.",
        "Told Housing that the boiler had failed again.",
        "Visited Cardiff Central library for the drop-in.",
        "Penarth and Barry are both in our patch.",
        "Seeing the children settled was a relief.",
        "Took the referral to the MASH meeting.",
        "Support was offered by Brook and by Kooth.",
        "Everyone said the meeting went well.",
    ],
)
def test_traps_in_clean_reflections_flag_nothing(text: str) -> None:
    assert found(text) == []


# --- dates of birth without a year ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Her daughter was born on 4th June and is thriving.", "4th June"),
        ("DOB 17/09, the year is missing on the referral.", "17/09"),
        ("Date of birth: 2nd of December (to be checked).", "2nd of December"),
        ("His birthday is on 28 February.", "28 February"),
        ("The twins were born on the 11th of May.", "11th of May"),
    ],
)
def test_dates_of_birth_without_a_year(text: str, when: str) -> None:
    assert found(text) == [("date_of_birth", when)]


@pytest.mark.parametrize(
    "text",
    [
        "The review is on 4th June at the civic centre.",
        "Contact is on 17/09 and 24/09.",
        "The baby is due to be born on 4 June.",
        "The birth plan was agreed on 2 April.",
        "She was born 12.5 weeks early.",
        "He was born 30/02, the form says, which cannot be right.",
        "He was born in March, so he is the youngest in his year.",
    ],
)
def test_days_and_months_that_are_not_dates_of_birth(text: str) -> None:
    assert found(text) == []


# --- postcodes typed with odd gaps ------------------------------------------------------


@pytest.mark.parametrize(
    "postcode",
    ["KX 12 7PQ", "KX12 7 PQ", "TX5-6NW", "ZX9   8HD", "kx12 7pq", "Zx9 8Hd", "yx3a4rs"],
)
def test_postcodes_in_odd_spacing_and_case(postcode: str) -> None:
    assert found(f"The new address is in {postcode} now.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing is 12 3rd floor, room 4.",
        "The M4 was closed so I was late.",
        "Form CP1 went to the court.",
        "It is 12 3 weeks on from the referral.",
    ],
)
def test_odd_postcode_shapes_in_prose_flag_nothing(text: str) -> None:
    assert found(text) == []


# --- schools and streets ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("The DSL at Hawthorn Junior rang me.", "Hawthorn Junior"),
        ("Pontcanna Comp rang about his attendance.", "Pontcanna Comp"),
        ("She goes to Ysgol Gynradd Bryn y Môr.", "Ysgol Gynradd Bryn y Môr"),
    ],
)
def test_schools_without_school_in_the_name(text: str, school: str) -> None:
    assert found(text) == [("school", school)]


@pytest.mark.parametrize(
    "text", ["Junior doctors were on strike that week.", "He plays for the Under 12 Junior team."]
)
def test_junior_that_is_no_school_flags_nothing(text: str) -> None:
    assert found(text) == []


def test_two_welsh_schools_joined_by_a_stay_two() -> None:
    assert found("Ysgol Gymraeg Bro Taf a Coleg y Cymoedd") == [
        ("school", "Ysgol Gymraeg Bro Taf"),
        ("school", "Coleg y Cymoedd"),
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("They moved to 8 Heol Bryn-y-Mor last week.", "8 Heol Bryn-y-Mor"),
        ("The visit was at 3 The Paddocks.", "3 The Paddocks"),
        ("Nan lives at 21 River Side in a bungalow.", "21 River Side"),
        ("He stays at 40 Hazel Spinney with his dad.", "40 Hazel Spinney"),
    ],
)
def test_streets_with_less_usual_street_words(text: str, address: str) -> None:
    assert found(text) == [("address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "We ran 3 Risk Approach sessions for the team.",
        "Page 12 The Orchard Project has a waiting list.",
        "We had 2 Team Around the Family meetings.",
    ],
)
def test_street_words_naming_something_else_flag_nothing(text: str) -> None:
    assert found(text) == []
