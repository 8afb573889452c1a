"""The identifier check on the kinds of text an outside reviewer saw leak or cry wolf.

Every sentence here is fictional and written for this file. Each test lists EVERY finding
the sentence should give (kind and exact text), so a test fails on a miss and on a false
alarm alike.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.identifiers import apply_replacements, find_identifiers

TODAY = date(2025, 6, 1)


def found(text: str, today: date = TODAY) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in find_identifiers(text, today=today)]


def replaced(text: str) -> str:
    return apply_replacements(text, find_identifiers(text, today=TODAY))


# --- case references as people write them --------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Picked up case 5182 from the duty team this morning.", "5182"),
        ("Case 6630: mum did not answer the door.", "6630"),
        ("I closed case #7719 after the review.", "7719"),
        ("Handover notes for case 30945 are on the system.", "30945"),
        ("The CIN 7654321 plan was reviewed.", "7654321"),
        ("His CLA-4417 record needs updating.", "CLA-4417"),
        ("EHM 204518 was opened by early help.", "204518"),
        ("The Liquidlogic number 4471190 matched the letter.", "4471190"),
        ("Her CareFirst ref is 778812.", "778812"),
        ("Cross-checked against CP/2209/88 before the visit.", "CP/2209/88"),
        ("Referral number 77120 came from the school.", "77120"),
        ("Case: 4471 - no answer at the door.", "4471"),
    ],
)
def test_case_references_as_people_write_them(text: str, code: str) -> None:
    assert found(text) == [("case_reference", code)]
    assert "[case reference]" in replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Just in case 300 families apply, we booked the bigger hall.",
        "The Section 47 enquiry started on Monday.",
        "Case 2 in the audit was the harder one.",
        "The case in 2024 taught me a lot about drift.",
        "The CIN plan and the CLA review were both due in May.",
        "I hold 18 cases, 4 of them CP.",
    ],
)
def test_case_words_without_a_reference_flag_nothing(text: str) -> None:
    assert found(text) == []


# --- schools that do not say "School" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("She starts at Parkside Nursery in September.", "Parkside Nursery"),
        ("Little Acorns Nursery reported a bruise on her arm.", "Little Acorns Nursery"),
        ("He goes to Rainbow Pre-School three mornings a week.", "Rainbow Pre-School"),
        ("Tiny Steps Preschool asked for a meeting.", "Tiny Steps Preschool"),
        (
            "He moved to Westfield Pupil Referral Unit after Easter.",
            "Westfield Pupil Referral Unit",
        ),
        ("The Hillcrest PRU staff were warm with him.", "Hillcrest PRU"),
        ("Cylch Meithrin Tregarth has a place for her.", "Cylch Meithrin Tregarth"),
        ("Sunnybank Day Nursery closes at six.", "Sunnybank Day Nursery"),
        ("She attends St Mary's and loves it.", "St Mary's"),
        ("He is in Year 4 at Brynhyfryd.", "Brynhyfryd"),
    ],
)
def test_nurseries_pre_schools_and_referral_units(text: str, school: str) -> None:
    assert found(text) == [("school", school)]


@pytest.mark.parametrize(
    "text",
    [
        "The nursery said she was settling.",
        "Nursery staff noticed she was hungry.",
        "Pre-school settings across the county were asked.",
        "A Pupil Referral Unit is not always the answer.",
        "The Day Nursery manager joined the call.",
        "In Year 6 at Christmas we did a play; he goes to St John's every Sunday.",
    ],
)
def test_school_words_alone_flag_nothing(text: str) -> None:
    assert found(text) == []


# --- family names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        (
            "I visited the Mahmoud family's new flat.",
            "Mahmoud family",
            "I visited the Family A's new flat.",
        ),
        (
            "The De Souza family asked for an interpreter.",
            "De Souza family",
            "The Family A asked for an interpreter.",
        ),
        (
            "Later the Ó Súilleabháin family moved nearer the coast.",
            "Ó Súilleabháin family",
            "Later the Family A moved nearer the coast.",
        ),
        ("We worried about the Joneses after the fire.", "Joneses", None),
        ("We visited the Mahmouds' new house.", "Mahmouds", None),
        ("We sat in the Kowalski's kitchen.", "Kowalski", "We sat in the Family A's kitchen."),
        ("The van der Berg children were collected late.", "van der Berg", None),
    ],
)
def test_family_names_in_more_shapes(text: str, name: str, after: str | None) -> None:
    findings = find_identifiers(text, today=TODAY)
    assert [(f.kind.value, f.text, f.replacement) for f in findings] == [
        ("person_name", name, "Family A")
    ]
    if after is not None:
        assert replaced(text) == after


# --- names with no family word beside them -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Visited Jayden Smith at home with the health visitor.", ["Jayden Smith"]),
        ("Amira and her mum were waiting in reception.", ["Amira"]),
        ("Ffion told me she hates the new bedroom.", ["Ffion"]),
        ("I sat with Oluwaseun while he drew his house.", ["Oluwaseun"]),
        ("Aleksandra was reluctant to talk at first.", ["Aleksandra"]),
        ("Mohammed and Priya walked back together.", ["Mohammed", "Priya"]),
        ("Later Siobhan rang the office twice.", ["Siobhan"]),
        ("Dafydd and Gwenllian share a bedroom.", ["Dafydd", "Gwenllian"]),
        ("Kai Smith-Jones missed his appointment.", ["Kai Smith-Jones"]),
        ("We think Callum O'Neill was excluded on Monday.", ["Callum O'Neill"]),
        ("Will told me he wants to go home.", ["Will"]),
        ("I asked Grace what helps her feel safe.", ["Grace"]),
        ("Zuzanna and Oliwia were both at the window.", ["Zuzanna", "Oliwia"]),
        ("Chidi said the flat was cold.", ["Chidi"]),
        ("Ruby-Rose cried when the taxi came.", ["Ruby-Rose"]),
        ("Aunty Shazia offered to have the girls.", ["Shazia"]),
        ("Hope and her sister were playing outside.", ["Hope"]),
        ("I took Maisie and Alfie to the contact centre.", ["Maisie", "Alfie"]),
        ("Jack was excited about the trip.", ["Jack"]),
        ("Blessing is doing well at college.", ["Blessing"]),
        ('"Go away," Tayla shouted from the stairs.', ["Tayla"]),
        ("Kenzo said he was hungry.", ["Kenzo"]),
    ],
)
def test_bare_names_are_found(text: str, names: list[str]) -> None:
    assert found(text) == [("person_name", name) for name in names]


def test_a_name_that_is_also_a_word_before_its_date_of_birth() -> None:
    assert found("Jay (DOB 11.11.2014) has a new school.") == [
        ("person_name", "Jay"),
        ("date_of_birth", "11.11.2014"),
    ]


def test_a_bare_name_keeps_its_letter_and_takes_a_role_from_context() -> None:
    text = "Amira and her mum came in. Later Amira drew a rainbow."
    assert replaced(text) == "Child A and her mum came in. Later Child A drew a rainbow."
    assert replaced("Ffion told me about school.") == "Person A told me about school."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spoke to mr patel about the rent arrears.", "mr patel"),
        ("Her daughter lily-mae has settled well.", "lily-mae"),
        ("I rang mrs kowalski back at four.", "mrs kowalski"),
        ("Talked with paige about her college course.", "paige"),
        ("I spoke to dr okafor at the surgery.", "dr okafor"),
    ],
)
def test_lower_case_names_where_context_makes_them_names(text: str, name: str) -> None:
    assert found(text) == [("person_name", name)]


# --- Welsh and unusual addresses, format slips -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("They moved to 15 Pen-y-Bryn last month.", "15 Pen-y-Bryn"),
        ("The flat at 9 Llys Derwen is damp.", "9 Llys Derwen"),
        ("Nain lives at 4 Ffordd Glyndwr now.", "4 Ffordd Glyndwr"),
        ("Home visit to 19 St Helen's Road.", "19 St Helen's Road"),
        ("The visit was at 14 St. John's Road.", "14 St. John's Road"),
        ("She lives at 3/2 Castle Street with her aunt.", "3/2 Castle Street"),
        ("Her new address is flat 2, 18 mill lane.", "flat 2, 18 mill lane"),
        ("We met at 27 Lôn Gwyrfai.", "27 Lôn Gwyrfai"),
        ("Dad is staying at 6 Maes yr Haf.", "6 Maes yr Haf"),
    ],
)
def test_welsh_and_unusual_addresses(text: str, address: str) -> None:
    assert found(text) == [("address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "We spent 2 long days in court.",
        "I walked 3 miles down the lane.",
        "There are 2 close relatives nearby.",
    ],
)
def test_numbers_before_street_like_words_flag_nothing(text: str) -> None:
    assert found(text) == []


def test_format_slips() -> None:
    assert found("Her NI number is jh 55 10 27 b on the form.") == [("ni_number", "jh 55 10 27 b")]
    assert found("The letter went to KX4  9PQ by mistake.") == [("postcode", "KX4  9PQ")]


# --- false alarms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The unborn baby is due on 14 April 2025.",
        "The baby is due to be born on 2 May 2025, the midwife said.",
        "The pre-birth conference was held on 14 April 2025.",
        "We agreed the birth planning meeting on 3 April 2025.",
        "The birth plan was signed off on 20 March 2025.",
        "Her EDD is 2 May 2025 and she is anxious.",
    ],
)
def test_due_dates_and_pre_birth_meetings_are_not_dates_of_birth(text: str) -> None:
    assert found(text, today=date(2025, 9, 1)) == []


def test_an_adult_date_of_birth_after_born_on_the() -> None:
    assert found("Mum was born on the 3rd of March 1990.") == [
        ("date_of_birth", "3rd of March 1990")
    ]


def test_a_real_birth_date_near_a_due_date_is_still_found() -> None:
    text = "The baby was born on 2 May 2025, a week after the pre-birth meeting."
    assert found(text, today=date(2025, 9, 1)) == [("date_of_birth", "2 May 2025")]


@pytest.mark.parametrize(
    "text",
    [
        "- Mum: Happy with the plan\n- Dad: Concerned about housing",
        "Mum: Pleased that contact is back on.\nDad - Worried about money.",
        "Child: Quiet and watchful throughout.",
        "The Barnardo's family support worker joined us.",
        "The Welsh Government's Child Practice Review was published.",
        "She has contacted the Child Maintenance Service.",
        "The Action for Children family worker came too.",
        "The NSPCC's child protection helpline took the call.",
        "St Helen's parish hall hosts the group.",
    ],
)
def test_bullet_notes_and_organisations_are_not_people(text: str) -> None:
    assert found(text) == []


def test_a_name_in_a_bullet_note_is_still_found() -> None:
    assert found("- Mum: Sarah said the plan works") == [("person_name", "Sarah")]


@pytest.mark.parametrize(
    "text",
    [
        "Mum's voice was clear in the plan.",
        "Knowledge and Skills Statement: Child and Family Assessment.",
        "KSS domain 4: Effective Assessments and Outcomes for Children.",
        "Section 47 of the Children Act 1989 applied.",
        "The two-year-old was asleep when we arrived.",
        "In April and May we met weekly; by June the plan had drifted.",
        "On Wednesday the team met; Friday was quieter.",
        "I used Gibbs' reflective cycle and Kolb's learning cycle.",
        "Schön's reflection-in-action helped, as did the Munro review.",
        "Donald Schön and Eileen Munro both write about uncertainty.",
        "NSPCC, CAMHS and Cafcass were all invited.",
        "The Independent Reviewing Officer and the Team Manager agreed.",
        "Grace under pressure is something I am learning.",
        "Will the plan hold? I hope so; the Hope Project is what the family needs.",
        "Frank conversations with my manager help.",
        "## What happened\n\nHope and fear sat side by side.",
        "Summer holidays are hard for the family.",
        "Victoria Climbié's death changed practice.",
        "The Lord Laming report is still quoted.",
        "Brené Brown on shame resonated with me.",
        "Siobhan Maclean and Karen Treisman are on my reading list.",
        "Baba said he would come; Tata and Mama argued; Oma was upset.",
        "The Council's policy and the Church's hall were both mentioned.",
        "Covid hit the family hard. Data showed a rise. Lockdown started in March.",
        "Attendees said it helped. Housing said no. Everyone laughed. Feedback said more.",
        "Signs of Safety and Restorative Practice shaped the meeting.",
        "Reflecting on this, I felt anxious. Rose-tinted views help no one.",
        "Rogers (1957) wrote about empathy; Perry's neurosequential model fits too.",
        "Taylor and White (2000) argue for critical reflection.",
        "Rogers' core conditions helped me stay with her anger.",
        "The Liberty Protection Safeguards will replace DoLS.",
        "I moved to Gwynedd in 2019 and then to Preston.",
        "We worked with max effort and talked with the imam.",
        "The risk was rated Amber at the meeting.",
        "Hope was in short supply today. Patience was thin by Friday.",
        "Amber is the rating we agreed; Summer felt long.",
        "She is on Ward 5 now; see Page 4 of the plan.",
        "The family follow Islam; their house is Tudor.",
    ],
)
def test_clean_text_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (
            "April said she was scared. We meet again in April.",
            "Person A said she was scared. We meet again in April.",
        ),
        (
            "Will told me he is fine. Will the plan hold? I asked Will later.",
            "Person A told me he is fine. Will the plan hold? I asked Person A later.",
        ),
        (
            "His sister Hope came. Hope is what we need. Hope said yes.",
            "His sister Sibling A came. Hope is what we need. Sibling A said yes.",
        ),
    ],
)
def test_a_name_that_is_also_a_word_is_replaced_only_where_it_is_the_person(
    text: str, after: str
) -> None:
    assert replaced(text) == after


def test_every_tuning_sample_checks_clean_once_anonymised() -> None:
    samples_path = Path(__file__).resolve().parents[1] / "fixtures" / "identifier_samples.json"
    data = json.loads(samples_path.read_text(encoding="utf-8"))
    today = date.fromisoformat(data["today"])
    for sample in data["samples"]:
        once = apply_replacements(sample["text"], find_identifiers(sample["text"], today=today))
        assert find_identifiers(once, today=today) == (), once
