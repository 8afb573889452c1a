"""The identifier check: what it finds, what it leaves alone, and how it replaces.

Accuracy is measured on tests/fixtures/identifier_samples.json (all fictional); the same
scoring prints as a table with ``python tests/core/report_identifier_accuracy.py``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core.identifiers import (
    Finding,
    FindingKind,
    apply_replacements,
    check_fields,
    find_identifiers,
    is_valid_nhs_number,
)
from tests.core.identifier_helpers import TODAY, found


def _load_report() -> ModuleType:
    # loaded by path so the test works whatever pytest's import mode is
    path = Path(__file__).with_name("report_identifier_accuracy.py")
    spec = importlib.util.spec_from_file_location("report_identifier_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


REPORT = _load_report()


def replaced(text: str) -> str:
    return apply_replacements(text, find_identifiers(text, today=TODAY))


# --- accuracy on the fictional samples ------------------------------------------------


@pytest.fixture(scope="module")
def scores() -> dict[FindingKind, Any]:
    today, samples = REPORT.load_samples()
    return dict(REPORT.score(samples, today))


@pytest.mark.parametrize("kind", list(FindingKind))
def test_precision_and_recall_per_kind(kind: FindingKind, scores: dict[FindingKind, Any]) -> None:
    score = scores[kind]
    assert score.precision >= 0.95, score.misses
    assert score.recall >= 0.95, score.misses


@pytest.mark.parametrize("kind", list(FindingKind))
def test_samples_cover_every_kind_both_ways(kind: FindingKind) -> None:
    _, samples = REPORT.load_samples()
    mine = [s for s in samples if s["kind"] == kind.value]
    positives = [s for s in mine if any(k == kind.value for k, _ in s["expected"])]
    assert len(positives) >= 10
    assert len(mine) - len(positives) >= 10


# --- the values handed out ------------------------------------------------------------


def test_finding_label_and_immutability() -> None:
    finding = find_identifiers("Postcode KX12 7PQ was on the referral.")[0]
    assert finding.kind is FindingKind.POSTCODE
    assert finding.label == "Postcode"
    assert finding.replacement == "[postcode]"
    assert finding.reason
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.text = "changed"  # type: ignore[misc]
    labels = {kind: Finding(kind, 0, 0, "", "", "").label for kind in FindingKind}
    assert labels[FindingKind.PERSON_NAME] == "Name"
    assert labels[FindingKind.DATE_OF_BIRTH] == "Date of birth"
    assert all(labels.values())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Mum was tearful but engaged well.",
        "Support effective decision-making was my focus in March.",
        "On 3 March 2025 I met the team; supervision lasted 90 minutes.",
        "Social Work England standard 3 and the KSS 2018 shaped the session.",
        "Child A's mum said Parent B had moved to [address].",
    ],
)
def test_text_without_identifiers_gives_empty_tuple(text: str) -> None:
    assert find_identifiers(text, today=TODAY) == ()


def test_findings_are_sorted_and_do_not_overlap() -> None:
    text = (
        "Tom's mum, Sarah Jones, lives at 14 Elm Grove Road, JX4 2BT (07700 900123). "
        "Tom, 7, attends Oakhollow Primary School; NHS number 943 476 5919."
    )
    findings = find_identifiers(text, today=TODAY)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for before, after in pairwise(findings):
        assert before.end <= after.start
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_specific_kind_wins_over_the_digits_inside_it() -> None:
    # ten digits inside a phone number may pass the NHS check by chance
    assert found("+44 (0)113 496 0999 is the out-of-hours line.") == [
        ("phone", "+44 (0)113 496 0999")
    ]


# --- names and their replacements -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "replacement"),
    [
        ("His sister Ellie stayed over.", "Ellie", "Sibling A"),
        ("Tom's mum was worried.", "Tom", "Child A"),
        ("Mum, Sarah, said no.", "Sarah", "Parent A"),
        ("The child (Jayden) was quiet.", "Jayden", "Child A"),
        ("Her foster mum Karen said goodbye.", "Karen", "Carer A"),
        ("Their nan, Olwen, helps out.", "Olwen", "Relative A"),
        ("My supervisor Helen listened.", "Helen", "Worker A"),
        ("Mrs Patel did not attend.", "Mrs Patel", "Adult A"),
        ("Mr O'Brien rang twice.", "Mr O'Brien", "Adult A"),
        ("Amir (7) likes football.", "Amir", "Child A"),
        ("Siân's grandad cares for her.", "Siân", "Child A"),
        ("Her cousin Zoë came too.", "Zoë", "Relative A"),
        ("Seán, 9, was excited.", "Seán", "Child A"),
        ("Dad Lee Smith-Jones felt judged.", "Lee Smith-Jones", "Parent A"),
    ],
)
def test_names_in_context_get_role_letters(text: str, name: str, replacement: str) -> None:
    findings = find_identifiers(text, today=TODAY)
    assert [(f.text, f.replacement) for f in findings] == [(name, replacement)]
    assert findings[0].kind is FindingKind.PERSON_NAME
    assert findings[0].label == "Name"


def test_same_name_same_letter_and_later_mentions_are_caught() -> None:
    text = "Jayden's mum said Jayden's sister Mia was kind. Later Jayden and Mia laughed."
    findings = find_identifiers(text, today=TODAY)
    by_text = {(f.text, f.replacement) for f in findings}
    assert by_text == {("Jayden", "Child A"), ("Mia", "Sibling A")}
    assert [f.text for f in findings].count("Jayden") == 3
    assert replaced(text) == (
        "Child A's mum said Child A's sister Sibling A was kind. Later Child A and Sibling A "
        "laughed."
    )


def test_children_are_lettered_in_order_of_first_mention() -> None:
    text = "The children, Noah and Isla, were seen with their brother Kai, 4."
    assert replaced(text) == (
        "The children, Child A and Child B, were seen with their brother Sibling A, 4."
    )


def test_a_first_name_later_joined_by_its_surname_is_one_person() -> None:
    text = "I met mum, Sarah, at home. Sarah Jones later rang the office."
    assert replaced(text) == "I met mum, Parent A, at home. Parent A later rang the office."


@pytest.mark.parametrize(
    "text",
    [
        "Mum said Dad would come; Nan and Grandad were there too.",
        "In March the child said Monday was hardest.",
        "The baby Moses basket arrived.",
        "After seeing the child, Practice Week started.",
    ],
)
def test_role_words_without_a_name_flag_nothing(text: str) -> None:
    assert found(text) == []


def test_anonymised_text_checks_clean() -> None:
    text = (
        "Tom's mum, Sarah Jones, rang from 07700 900123 about 14 Elm Grove Road, JX4 2BT. "
        "Tom, 7, is at Oakhollow Primary School. DOB: 14/02/2018. Case ref CR-2023-0451."
    )
    once = replaced(text)
    assert find_identifiers(once, today=TODAY) == ()
    assert "Sarah" not in once and "Tom" not in once


# --- consistency across the fields of one entry ---------------------------------------


def test_check_fields_keeps_letters_consistent_across_fields() -> None:
    fields = {
        "title": "Thinking about Ellie and Jayden",
        "body": "Jayden's mum worried. His sister Ellie is 12. Their dad, Mark, left.",
        "feelings": "I felt for Ellie; Mark had been kind to Jayden.",
    }
    result = check_fields(fields, today=TODAY)
    assert list(result) == ["title", "body", "feelings"]
    replacements = {(f.text, f.replacement) for findings in result.values() for f in findings}
    assert replacements == {("Ellie", "Sibling A"), ("Jayden", "Child A"), ("Mark", "Parent A")}
    assert apply_replacements(fields["title"], result["title"]) == (
        "Thinking about Sibling A and Child A"
    )
    assert apply_replacements(fields["feelings"], result["feelings"]) == (
        "I felt for Sibling A; Parent A had been kind to Child A."
    )


def test_check_fields_with_no_names_and_empty_fields() -> None:
    result = check_fields({"title": "", "body": "A good session about endings."})
    assert result == {"title": (), "body": ()}


def test_find_identifiers_matches_a_single_field_check() -> None:
    text = "Her brother Rhys rang 07700 900456."
    assert find_identifiers(text, today=TODAY) == check_fields({"x": text}, today=TODAY)["x"]


# --- applying replacements ------------------------------------------------------------


def test_apply_replacements_replaces_every_finding() -> None:
    text = "Email j.patel@example.org or ring 020 7946 0018; postcode GIR 0AA."
    assert replaced(text) == "Email [email] or ring [phone number]; postcode [postcode]."


def test_apply_replacements_uses_only_the_chosen_findings() -> None:
    text = "Ring 020 7946 0018 or email j.patel@example.org."
    phone = [f for f in find_identifiers(text) if f.kind is FindingKind.PHONE]
    assert apply_replacements(text, phone) == "Ring [phone number] or email j.patel@example.org."
    assert apply_replacements(text, []) == text


def test_apply_replacements_skips_stale_findings() -> None:
    text = "His sister Ellie rang."
    findings = find_identifiers(text)
    edited = "His sister Elena rang."  # edited since the check: the span no longer matches
    assert apply_replacements(edited, findings) == edited
    moved = "Earlier, " + text
    assert apply_replacements(moved, findings) == moved
    out_of_range = Finding(FindingKind.POSTCODE, 40, 47, "JX4 2BT", "[postcode]", "")
    assert apply_replacements(text, [out_of_range]) == text


def test_apply_replacements_resolves_overlaps_earliest_then_longest() -> None:
    text = "Sarah Jones rang."
    full = Finding(FindingKind.PERSON_NAME, 0, 11, "Sarah Jones", "Parent A", "")
    first = Finding(FindingKind.PERSON_NAME, 0, 5, "Sarah", "Parent B", "")
    last = Finding(FindingKind.PERSON_NAME, 6, 11, "Jones", "Parent C", "")
    assert apply_replacements(text, [last, first, full]) == "Parent A rang."
    assert apply_replacements(text, [last, first]) == "Parent B Parent C rang."
    assert apply_replacements(text, [full, full]) == "Parent A rang."


# --- numbers, dates and places --------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["943 476 5919", "9960308243", "628-194-8211", "485 253 8883", "5432319489"]
)
def test_valid_nhs_numbers_pass_the_check_and_are_found(number: str) -> None:
    assert is_valid_nhs_number(number)
    assert found(f"NHS number {number} is on the form.") == [("nhs_number", number)]


@pytest.mark.parametrize(
    "number",
    [
        "943 476 5918",  # wrong check digit
        "9960308244",
        "5260181590",  # the check digit would have to be 10: never issued
        "1111111111",
        "943 476 591",
        "94347659190",
    ],
)
def test_invalid_nhs_numbers_fail_the_check_and_are_not_found(number: str) -> None:
    assert not is_valid_nhs_number(number)
    assert found(f"The code {number} is on the form.") == []


def test_ten_digits_failing_the_check_can_still_be_a_phone_number() -> None:
    assert not is_valid_nhs_number("0163296012")
    assert found("Ring 0163296012 today.") == [("phone", "0163296012")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was born on 12/03/2015 in hospital.", "12/03/2015"),
        ("Date of birth 3 March 2016 was recorded.", "3 March 2016"),
        ("DOB: 2009-11-30", "2009-11-30"),
        ("The eldest, aged 11 (12/10/2013), has settled.", "12/10/2013"),
    ],
)
def test_dates_of_birth(text: str, expected: str) -> None:
    assert found(text) == [("date_of_birth", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2024 we met to review the plan.",
        "In March we talked about endings.",
        "The KSS were published in 2018.",
        "The child was aged 7 when we met on 4 May 2023.",
        "We discussed the birth parent group on 3 March 2025.",
    ],
)
def test_dates_that_are_not_dates_of_birth(text: str) -> None:
    assert found(text) == []


def test_a_recent_date_near_birth_depends_on_today() -> None:
    text = "The baby was born 2 January 2025 and is feeding well."
    assert found(text) == [("date_of_birth", "2 January 2025")]
    # a labelled date is a date of birth whatever its year
    assert find_identifiers("Mother's date of birth: 05/05/1990.", today=date(2030, 1, 1))


def test_postcodes_need_the_full_shape() -> None:
    assert found("Letters went to GIR 0AA and sw1a 1aa and KX127PQ.") == [
        ("postcode", "GIR 0AA"),
        ("postcode", "sw1a 1aa"),
        ("postcode", "KX127PQ"),
    ]
    assert found("The KSS 2018, the M4 and room B12.") == []


def test_ni_numbers_follow_the_prefix_rules() -> None:
    assert found("NI JT 47 83 12 B and AB123456C.") == [
        ("ni_number", "JT 47 83 12 B"),
        ("ni_number", "AB123456C"),
    ]
    assert found("QQ 12 34 56 C, GB 12 34 56 A, AO 12 34 56 A, AB 12 34 56 E.") == []


def test_schools_and_addresses() -> None:
    assert found("He moved from 5a Kestrel Way to flat 3, 22 Mill Lane.") == [
        ("address", "5a Kestrel Way"),
        ("address", "flat 3, 22 Mill Lane"),
    ]
    assert found("Ysgol y Dderwen and St Bride's Catholic Primary.") == [
        ("school", "Ysgol y Dderwen"),
        ("school", "St Bride's Catholic Primary"),
    ]
    assert found("We had 2 Family Court hearings; the Virtual School attended.") == []


# --- robustness and speed -------------------------------------------------------------

_FRAGMENTS = [
    "Tom's mum ",
    "his sister Ellie ",
    "Mrs Patel ",
    "07700 900123 ",
    "JX4 2BT ",
    "943 476 5919 ",
    "DOB 12/03/2015 ",
    "14 Elm Road ",
    "Oakhollow Primary School ",
    "case ref CR-2023-0451 ",
    "Amir, 7, ",
    "The child ",
    "(",
    ", ",
    ". ",
    "' ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=20))
def test_any_text_gives_sorted_disjoint_findings_that_apply_cleanly(parts: list[str]) -> None:
    text = "".join(parts)
    findings = find_identifiers(text, today=TODAY)
    assert all(text[f.start : f.end] == f.text and f.replacement for f in findings)
    assert all(a.end <= b.start for a, b in pairwise(findings))
    apply_replacements(text, findings)


@pytest.mark.parametrize(
    ("text", "found", "replaced"),
    [
        ("I met the Patel family on Tuesday.", "Patel family", "I met the Family A on Tuesday."),
        ("The Nowak household is stable.", "Nowak household", "The Family A is stable."),
        ("We visited the Okafor children.", "Okafor", "We visited the Family A children."),
        ("the Smith-Jones twins were late", "Smith-Jones", "the Family A twins were late"),
    ],
)
def test_a_surname_naming_a_family_is_found(text: str, found: str, replaced: str) -> None:
    findings = find_identifiers(text)
    assert [f.text for f in findings] == [found]
    assert apply_replacements(text, findings) == replaced


def test_a_family_name_is_caught_again_later_but_mrs_is_her_own_person() -> None:
    text = "The Patel family moved. Mrs Patel said the Patel children settled."
    findings = find_identifiers(text)
    assert [(f.text, f.replacement) for f in findings] == [
        ("Patel family", "Family A"),
        ("Mrs Patel", "Adult A"),
        ("Patel", "Family A"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Christmas family time was hard.",
        "The Family Court hearing went ahead.",
        "the Polish family and the Troubled Families programme",
        "The whole family came to the Early Help family meeting.",
        "We used the Signs of Safety family network meeting.",
        "the Monday family session",
    ],
)
def test_words_describing_a_family_are_not_family_names(text: str) -> None:
    assert find_identifiers(text) == ()
