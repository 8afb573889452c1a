"""Names the person protects: always caught, any case and accent, with their pseudonym;
letters consistent across reflections checked together."""

from __future__ import annotations

import pytest

from journal_app.core.identifiers import (
    PROTECTED_REASON,
    FindingKind,
    Lettering,
    ProtectedMatcher,
    ProtectedTerm,
    ProtectKind,
    apply_replacements,
    check_fields,
    find_identifiers,
)

KAYLEIGH = ProtectedTerm(("Kayleigh", "Kayley", "Kay"), ProtectKind.CHILD, "Child A")
SIAN = ProtectedTerm(("Siân",), ProtectKind.PARENT, "Parent C")
STREET = ProtectedTerm(("Acacia Road",), ProtectKind.STREET, "Street A")
SCHOOL = ProtectedTerm(("Oakfield",), ProtectKind.SCHOOL, "School A")
TERMS = ProtectedMatcher([KAYLEIGH, SIAN, STREET, SCHOOL])


def _replaced(text: str) -> str:
    return apply_replacements(text, find_identifiers(text, protected=TERMS))


def test_a_lower_case_bare_first_name_is_caught_only_when_protected() -> None:
    text = "drove past kayleigh after school"
    assert find_identifiers(text) == ()  # the detectors alone do not see it
    (finding,) = find_identifiers(text, protected=TERMS)
    assert (finding.text, finding.replacement) == ("kayleigh", "Child A")
    assert finding.kind is FindingKind.PERSON_NAME
    assert finding.reason == PROTECTED_REASON


def test_every_spelling_and_case_and_possessive_is_caught() -> None:
    assert _replaced("KAYLEY and Kay; kayleigh's coat") == "Child A and Child A; Child A's coat"


def test_whole_words_only() -> None:
    assert _replaced("Kayleighville is okay, Kayak too") == "Kayleighville is okay, Kayak too"


def test_accents_are_matched_either_way() -> None:
    assert _replaced("sian rang; Siân came") == "Parent C rang; Parent C came"
    plain = ProtectedMatcher([ProtectedTerm(("Zoe",), ProtectKind.CHILD, "Child B")])
    found = find_identifiers("Zoë laughed", protected=plain)
    assert [f.text for f in found] == ["Zoë"]


def test_streets_and_schools_get_their_own_kind_and_spacing_is_loose() -> None:
    found = find_identifiers("lives on acacia  road, goes to oakfield", protected=TERMS)
    assert [(f.kind, f.replacement) for f in found] == [
        (FindingKind.ADDRESS, "Street A"),
        (FindingKind.SCHOOL, "School A"),
    ]


def test_the_longest_spelling_wins() -> None:
    terms = ProtectedMatcher(
        [
            ProtectedTerm(("Kay",), ProtectKind.CHILD, "Child A"),
            ProtectedTerm(("Kay-Marie",), ProtectKind.CHILD, "Child B"),
        ]
    )
    found = find_identifiers("Kay-Marie and Kay", protected=terms)
    assert [(f.text, f.replacement) for f in found] == [
        ("Kay-Marie", "Child B"),
        ("Kay", "Child A"),
    ]


def test_a_protected_name_wins_over_a_detector_and_takes_the_surname_too() -> None:
    text = "Visited Kayleigh Smith at 12 Acacia Road with her mum Jo"
    assert _replaced(text) == "Visited Child A at Street A with her mum Parent A"


def test_no_one_else_is_given_a_protected_pseudonym() -> None:
    # "Child A" belongs to Kayleigh: the next child the detectors find is Child B
    found = find_identifiers("Kay and her brother Tom", protected=TERMS)
    assert [f.replacement for f in found] == ["Child A", "Sibling A"]
    found = find_identifiers("the child Ellie and Kay", protected=TERMS)
    assert [f.replacement for f in found] == ["Child B", "Child A"]


def test_one_lettering_gives_the_same_letter_across_reflections() -> None:
    lettering = Lettering()
    first = check_fields({"body": "His sister Ellie and mum Sarah Jones"}, lettering=lettering)
    second = check_fields({"body": "his brother Tom, then Sarah and Ellie"}, lettering=lettering)
    assert apply_replacements("His sister Ellie and mum Sarah Jones", first["body"]) == (
        "His sister Sibling A and mum Parent A"
    )
    assert apply_replacements("his brother Tom, then Sarah and Ellie", second["body"]) == (
        "his brother Sibling B, then Parent A and Sibling A"
    )


def test_without_a_shared_lettering_each_check_starts_again() -> None:
    # the old behaviour, still right for one reflection on its own
    first = find_identifiers("His sister Ellie")
    second = find_identifiers("His brother Tom")
    assert first[0].replacement == second[0].replacement == "Sibling A"


def test_fifty_terms_over_five_thousand_words_of_other_text_find_nothing() -> None:
    terms = ProtectedMatcher(
        ProtectedTerm((f"Namexq{i}", f"Other Namexq{i}"), ProtectKind.CHILD, f"Child {i}")
        for i in range(50)
    )
    text = "We talked about the plan and what the family wants next. " * 500
    assert terms.find(text) == []
    named = text + "Other Namexq49 rang."
    assert [named[h.start : h.end] for h in terms.find(named)] == ["Other Namexq49"]


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("She goes to St Bride's Primary now.", "She goes to [school] now."),
        ("Her email is bride.jones@example.org today.", "Her email is [email] today."),
        ("They live at 4 Bride Lane.", "They live at [address]."),
        ("Bride and her mum came.", "Child A and her mum came."),
    ],
)
def test_a_protected_name_inside_a_finding_of_another_kind_leaves_nothing_behind(
    text: str, replaced: str
) -> None:
    terms = ProtectedMatcher([ProtectedTerm(("Bride",), ProtectKind.CHILD, "Child A")])
    found = find_identifiers(text, protected=terms)
    assert apply_replacements(text, found) == replaced
