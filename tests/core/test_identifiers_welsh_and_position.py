"""The identifier check on Welsh family words and Welsh sentences, names no list knows in
the middle of a sentence, schools named with no school word, dates of birth with only a
birthday or an age beside them, and the clean text (organisations, places, writers,
clean Welsh) that must stay clean beside them.

Every sentence here is fictional and written for this file. Each test lists EVERY finding
the sentence should give (kind and exact text), so a test fails on a miss and on a false
alarm alike.
"""

from __future__ import annotations

import pytest

from journal_app.core.identifiers import apply_replacements, find_identifiers
from tests.core.identifier_helpers import TODAY, found


def names(*texts: str) -> list[tuple[str, str]]:
    return [("person_name", t) for t in texts]


# --- Welsh family words, plain and changed after "ei", "fy", "'i" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tad Gwydion was waiting in the car.", ["Gwydion"]),
        ("She lives with her modryb Heulwen in Bala.", ["Heulwen"]),
        ("His chwaer, Elan, walks him to school.", ["Elan"]),
        ("Mae ei fam, Mererid, yn gweithio nos.", ["Mererid"]),
        ("Roedd ei thad, Emyr, yn y gegin.", ["Emyr"]),
        ("Siaradais â fy mrawd Hedd am y cynllun.", ["Hedd"]),
        ("Mae tad-cu Ianto yn ei gasglu o'r ysgol.", ["Ianto"]),
        ("Daeth ei nain, Eirwen, i'r cyfarfod.", ["Eirwen"]),
        ("Cefais sgwrs gyda'i fodryb, Delyth, ddoe.", ["Delyth"]),
        ("Mae Llio a'i brawd yn rhannu ystafell.", ["Llio"]),
        ("Dywedodd Gwenno nad yw hi eisiau symud.", ["Gwenno"]),
        ("Roedd Tomos yn dawel iawn heddiw.", ["Tomos"]),
    ],
)
def test_welsh_family_words_and_sentences_flag_the_name_never_the_word(
    text: str, expected: list[str]
) -> None:
    assert found(text) == names(*expected)


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r plentyn yn byw gyda'i nain a'i daid.",
        "Roedd ei fam wedi blino ar ôl y shifft.",
        "Dywedodd fy nhad ei fod yn hapus gyda'r cynllun.",
        "Mae pryderon am bresenoldeb y plant yn yr ysgol.",
        "Bydd y cyfarfod grŵp craidd ddydd Mercher.",
        "Ar nos Wener roedd y tŷ yn swnllyd.",
        "Cafodd y teulu help gan Dechrau'n Deg.",
        "Mam: hapus gyda'r cynllun.",
        "Mae e'n hoffi chwarae pêl-droed.",
        "Mae o'n aros gyda'i fodryb.",
        "Nain and taid came to the review together.",
        "Mam-gu rang to say she would be late.",
        "He was a tad nervous before the panel.",
    ],
)
def test_clean_welsh_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Maen nhw'n byw yn 11 Rhodfa'r Eglwys.", "11 Rhodfa'r Eglwys"),
        ("Moved to 6 Lôn Isaf in March.", "6 Lôn Isaf"),
        ("Nain is at 2 Clos yr Onnen.", "2 Clos yr Onnen"),
    ],
)
def test_welsh_streets(text: str, address: str) -> None:
    assert found(text) == [("address", address)]


# --- names no list knows, found by where they stand ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mid-sentence after a verb that takes a person
        ("Checked on Mairead after the strategy meeting.", ["Mairead"]),
        ("Taught Oghenekaro to top up the gas meter.", ["Oghenekaro"]),
        ("Drove Yordanos home after contact.", ["Yordanos"]),
        # a name ending as an English word would ("-ing", "-ed") but with no word before it
        ("Later saw Huiling at the library.", ["Huiling"]),
        # an age or a date of birth straight after
        ("Struan - 8 - did not want to talk.", ["Struan"]),
        ("Kaelan (dob 03.02.2019) is at nursery.", ["Kaelan"]),
    ],
)
def test_unknown_names_by_position(text: str, expected: list[str]) -> None:
    assert [f for f in found(text) if f[0] == "person_name"] == names(*expected)


@pytest.mark.parametrize(
    "text",
    [
        # organisations, products and places where a person could stand
        "We had support from Gisda and a referral to Ategi.",
        "She spends most evenings on Snapchat and her Nintendo.",
        "The family moved here from Hong Kong two years ago.",
        "They fled Syria in 2016 and lived in Lebanon.",
        "Jordan was where the family stayed for a year.",
        "The Gisda worker visits on Tuesdays.",
        "The Liberty Protection Safeguards will replace DoLS.",
        # writers cited, and a typed word that is no name
        "I read Crenshaw's ideas on intersectionality again.",
        "I also revisited Saleebey before supervision.",
        "Next time I will bring the Genogram and Ecomap.",
        "The plan was agreed, Becuase mum asked for it.",
    ],
)
def test_things_places_and_writers_mid_sentence_stay_clean(text: str) -> None:
    assert found(text) == []


# --- schools named with no school word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("He was excluded from Hillcrest again on Friday.", "Hillcrest"),
        ("Her teacher at Pencoed said she sleeps in class.", "Pencoed"),
        ("The DSL at Glanhowy raised the concern.", "Glanhowy"),
        ("Attendance at Brynderwen is below 70%.", "Brynderwen"),
        ("She transferred to Bryn y Môr in April.", "Bryn y Môr"),
        ("The SENCo from Larkrise came to the meeting.", "Larkrise"),
    ],
)
def test_schools_after_words_only_a_school_is_the_place_of(text: str, school: str) -> None:
    assert found(text) == [("school", school)]


@pytest.mark.parametrize(
    "text",
    [
        "He was excluded from Maths for a week.",
        "Her teacher at Christmas gave her a card.",
        "She started at Tesco on Saturday.",
        "The DSL at school is new.",
    ],
)
def test_school_words_before_no_school_stay_clean(text: str) -> None:
    assert found(text) == []


# --- dates of birth with a birthday, an age or a Welsh label ------------------------------


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Her birthday is 9th October 2014.", ["9th October 2014"]),
        ("He is 7 (12/12/2017) and in Year 2.", ["12/12/2017"]),
        ("Baby delivered on 02/05/2025 by section.", ["02/05/2025"]),
        ("Cafodd ei geni ar 4 Mehefin 2016.", ["4 Mehefin 2016"]),
        ("Ganwyd ef ar 11/11/2013.", ["11/11/2013"]),
        (
            "Her birthday was given to the school as 2 March 2014, but the surgery has "
            "it as 3 March 2014.",
            ["2 March 2014", "3 March 2014"],
        ),
    ],
)
def test_dates_of_birth_without_a_born_word(text: str, dates: list[str]) -> None:
    assert found(text) == [("date_of_birth", d) for d in dates]


@pytest.mark.parametrize(
    "text",
    [
        "The letter was delivered on 02/05/2025.",
        "The meeting is 9 (of 12) on 12/12/2024 in the plan.",
        "The pre-birth conference is on 12 August 2025.",
        "Her birthday party is on Saturday.",
    ],
)
def test_other_dates_stay_clean(text: str) -> None:
    assert found(text) == []


def test_welsh_sentence_anonymises_cleanly() -> None:
    text = "Mae ei chwaer, Mali, yn byw gyda'i nain yn 14 Heol y Felin."
    once = apply_replacements(text, find_identifiers(text, today=TODAY))
    assert "Mali" not in once and "Heol y Felin" not in once
    assert "chwaer" in once and "nain" in once
    assert find_identifiers(once, today=TODAY) == ()
