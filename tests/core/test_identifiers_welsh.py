"""The identifier check in the current language: English exactly as before, Welsh labels,
reasons and replacements, pseudonyms of either language never found again, and a protected
name's own pseudonym kept in both.

The catalogues are read from this checkout's ``resources/messages`` (the installed package
may point at another checkout), through ``journal_app.core.messages`` as the app reads them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core.identifiers import (
    KIND_LABELS,
    LANGUAGES,
    PLACEHOLDERS,
    PROTECTED_REASON,
    PSEUDONYM_STEMS,
    ROLE_STEMS,
    FindingKind,
    Lettering,
    ProtectedMatcher,
    ProtectedTerm,
    ProtectKind,
    Role,
    apply_replacements,
    check_fields,
    find_identifiers,
    pseudonym_words,
)
from journal_app.core.messages import Message

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "messages"
SAMPLES = ROOT / "tests" / "fixtures" / "identifier_samples.json"
TODAY = date(2025, 6, 1)
KAYLEIGH = ProtectedTerm(("Kayleigh",), ProtectKind.CHILD, "Child A")
TERMS = ProtectedMatcher([KAYLEIGH])

#: between them, every reason the check gives (fictional people and numbers)
TEXTS = [
    "Visited Jayden Smith (7) and his sister Ellie at 12 Acacia Road, CF10 3AT. Mum Sarah Jones "
    "rang from 07700 900123, sarah@example.org. NHS 943 476 5919, NI JK 12 34 56 C. CIN 1234567. "
    "He goes to Oakfield Primary School. DOB 03/03/2016. The Patel family. Kayleigh came too.",
    "Mrs Okafor phoned. The Nowaks were home. The Kowalski's car was outside. Tyreece "
    "laughed. I talked with reuben about school. Ref AB12345 on file. Case CR-2023-0451 is open. "
    "She was excluded from Brynglas. He is 9 (03/03/2016). She was born on 4 May 2024.",
    "The 9-year-old Tyreece was quiet. We visited his nan, marjorie, at home. Mum gave birth "
    "on 2 March 2025 at the Heath. his mum Wiremu came. wiremu said hi and Wiremu left.",
]

#: (found, label, replacement, reason) as the check said them before it was translated
ENGLISH = [
    [
        ("Jayden Smith", "Name", "Child B", "A name followed by an age"),
        ("Ellie", "Name", "Sibling A", "A name next to 'sister'"),
        ("12 Acacia Road", "Address", "[address]", "A house number and street"),
        ("CF10 3AT", "Postcode", "[postcode]", "A UK postcode"),
        ("Sarah Jones", "Name", "Parent A", "A name next to 'Mum'"),
        ("07700 900123", "Phone number", "[phone number]", "Looks like a UK phone number"),
        ("sarah@example.org", "Email address", "[email]", "An email address"),
        (
            "943 476 5919",
            "NHS number",
            "[NHS number]",
            "Ten digits with a valid NHS number check digit",
        ),
        (
            "JK 12 34 56 C",
            "National Insurance number",
            "[NI number]",
            "Looks like a National Insurance number",
        ),
        ("1234567", "Case reference", "[case reference]", "A reference after 'CIN'"),
        ("Oakfield Primary School", "School", "[school]", "A school's name"),
        ("03/03/2016", "Date of birth", "[date of birth]", "A date next to 'DOB'"),
        ("Patel family", "Name", "Family A", "A family name before 'family'"),
        ("Kayleigh", "Name", "Child A", "On your list of names you protect"),
    ],
    [
        ("Mrs Okafor", "Name", "Adult A", "A name after the title 'Mrs'"),
        ("Nowaks", "Name", "Family A", "A family name in the plural"),
        ("Kowalski", "Name", "Family B", "A family name owning something"),
        ("Tyreece", "Name", "Person A", "Looks like a person's name"),
        ("reuben", "Name", "Person B", "A name after 'talked with'"),
        ("AB12345", "Case reference", "[case reference]", "A reference after 'Ref'"),
        (
            "CR-2023-0451",
            "Case reference",
            "[case reference]",
            "Looks like a case or file reference",
        ),
        ("Brynglas", "School", "[school]", "A school's name after 'excluded from'"),
        ("03/03/2016", "Date of birth", "[date of birth]", "A date that matches the age given"),
        ("4 May 2024", "Date of birth", "[date of birth]", "A date next to 'born'"),
    ],
    [
        ("Tyreece", "Name", "Child B", "A name after an age"),
        ("marjorie", "Name", "Relative A", "A name next to 'nan'"),
        (
            "2 March 2025",
            "Date of birth",
            "[date of birth]",
            "A recent date near a mention of birth",
        ),
        ("Wiremu", "Name", "Parent A", "A name next to 'mum'"),
        ("Wiremu", "Name", "Parent A", "The same name appears elsewhere in this entry"),
    ],
]

WELSH = [
    [
        ("Jayden Smith", "Enw", "Plentyn B", "Enw ac oedran ar ei ôl"),
        ("Ellie", "Enw", "Brawd/Chwaer A", "Enw wrth ymyl 'sister'"),
        ("12 Acacia Road", "Cyfeiriad", "[cyfeiriad]", "Rhif tŷ a stryd"),
        ("CF10 3AT", "Cod post", "[cod post]", "Cod post yn y DU"),
        ("Sarah Jones", "Enw", "Rhiant A", "Enw wrth ymyl 'Mum'"),
        ("07700 900123", "Rhif ffôn", "[rhif ffôn]", "Mae'n edrych fel rhif ffôn yn y DU"),
        ("sarah@example.org", "Cyfeiriad e-bost", "[e-bost]", "Cyfeiriad e-bost"),
        ("943 476 5919", "Rhif GIG", "[rhif GIG]", "Deg digid gyda digid gwirio rhif GIG dilys"),
        (
            "JK 12 34 56 C",
            "Rhif Yswiriant Gwladol",
            "[rhif Yswiriant Gwladol]",
            "Mae'n edrych fel rhif Yswiriant Gwladol",
        ),
        ("1234567", "Cyfeirnod achos", "[cyfeirnod achos]", "Cyfeirnod ar ôl 'CIN'"),
        ("Oakfield Primary School", "Ysgol", "[ysgol]", "Enw ysgol"),
        ("03/03/2016", "Dyddiad geni", "[dyddiad geni]", "Dyddiad wrth ymyl 'DOB'"),
        ("Patel family", "Enw", "Teulu A", "Enw teulu o flaen 'family'"),
        # the person chose "Child A": theirs, never translated
        ("Kayleigh", "Enw", "Child A", "Ar eich rhestr o enwau rydych yn eu diogelu"),
    ],
    [
        ("Mrs Okafor", "Enw", "Oedolyn A", "Enw ar ôl y teitl 'Mrs'"),
        ("Nowaks", "Enw", "Teulu A", "Enw teulu yn y lluosog"),
        ("Kowalski", "Enw", "Teulu B", "Enw teulu sy'n berchen ar rywbeth"),
        ("Tyreece", "Enw", "Person A", "Mae'n edrych fel enw person"),
        ("reuben", "Enw", "Person B", "Enw ar ôl 'talked with'"),
        ("AB12345", "Cyfeirnod achos", "[cyfeirnod achos]", "Cyfeirnod ar ôl 'Ref'"),
        (
            "CR-2023-0451",
            "Cyfeirnod achos",
            "[cyfeirnod achos]",
            "Mae'n edrych fel cyfeirnod achos neu ffeil",
        ),
        ("Brynglas", "Ysgol", "[ysgol]", "Enw ysgol ar ôl 'excluded from'"),
        (
            "03/03/2016",
            "Dyddiad geni",
            "[dyddiad geni]",
            "Dyddiad sy'n cyfateb i'r oedran a roddwyd",
        ),
        ("4 May 2024", "Dyddiad geni", "[dyddiad geni]", "Dyddiad wrth ymyl 'born'"),
    ],
    [
        ("Tyreece", "Enw", "Plentyn B", "Enw ar ôl oedran"),
        ("marjorie", "Enw", "Perthynas A", "Enw wrth ymyl 'nan'"),
        (
            "2 March 2025",
            "Dyddiad geni",
            "[dyddiad geni]",
            "Dyddiad diweddar yn agos at sôn am enedigaeth",
        ),
        ("Wiremu", "Enw", "Rhiant A", "Enw wrth ymyl 'mum'"),
        (
            "Wiremu",
            "Enw",
            "Rhiant A",
            "Mae'r un enw i'w weld mewn man arall yn y myfyrdod hwn",
        ),
    ],
]


@pytest.fixture
def catalogues() -> Iterator[None]:
    """This checkout's catalogues, in English; English again afterwards."""
    messages.use_folder(FOLDER)
    messages.set_language(messages.SOURCE_LANGUAGE)
    try:
        yield
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)


@pytest.fixture
def welsh(catalogues: None) -> None:
    """Speak Welsh (the fixture above restores English)."""
    messages.set_language("cy")


def _said(text: str) -> list[tuple[str, str, str, str]]:
    found = find_identifiers(text, today=TODAY, protected=TERMS)
    return [(f.text, f.label, f.replacement, str(f.reason)) for f in found]


# -- what the check says ------------------------------------------------------------------


@pytest.mark.parametrize("number", range(len(TEXTS)))
def test_the_english_reads_exactly_as_before(catalogues: None, number: int) -> None:
    assert _said(TEXTS[number]) == ENGLISH[number]


@pytest.mark.parametrize("number", range(len(TEXTS)))
def test_welsh_labels_reasons_and_replacements(welsh: None, number: int) -> None:
    assert _said(TEXTS[number]) == WELSH[number]


def test_the_texts_give_every_reason_there_is(catalogues: None) -> None:
    """Not vacuous: the two tables above cover each reason in the catalogue."""
    reasons = {
        f.reason.code
        for text in TEXTS
        for f in find_identifiers(text, today=TODAY, protected=TERMS)
    }
    every = {code for code in messages.catalogue("en") if code.startswith("identifiers.reason.")}
    assert reasons == every


def test_a_reason_is_said_in_the_language_current_when_it_is_shown(catalogues: None) -> None:
    """Findings carry their reason as a message: checked in English, shown in Welsh."""
    (finding,) = find_identifiers("Postcode KX12 7PQ was on the referral.")
    assert finding.reason == Message("identifiers.reason.postcode")
    assert (finding.label, str(finding.reason)) == ("Postcode", "A UK postcode")
    messages.set_language("cy")
    assert (finding.label, str(finding.reason)) == ("Cod post", "Cod post yn y DU")
    # the replacement was handed out when the check ran, and does not change under it
    assert finding.replacement == "[postcode]"


def test_every_kind_role_and_protected_kind_has_its_words(welsh: None) -> None:
    assert set(KIND_LABELS) == set(PLACEHOLDERS) == set(FindingKind)
    assert set(ROLE_STEMS) == set(Role)
    assert set(PSEUDONYM_STEMS) == set(ProtectKind)
    for language in LANGUAGES:
        placeholders = [messages.render(m, language) for m in PLACEHOLDERS.values()]
        assert all(re.fullmatch(r"\[[^\[\]]+\]", p) for p in placeholders), placeholders
        assert len(set(placeholders)) == len(placeholders)
        stems = [messages.render(m, language) for m in ROLE_STEMS.values()]
        assert len(set(stems)) == len(stems)  # two roles never read as one


def test_pseudonyms_are_given_in_every_language_the_journal_has() -> None:
    files = {path.stem for path in FOLDER.glob("*.toml")}
    assert set(LANGUAGES) == files


# -- pseudonyms of either language are not identifying ------------------------------------

WELSH_PSEUDONYMS = (
    "Mae Plentyn A yn 7 oed ac mae Rhiant B yn poeni. Siaradais gyda Gofalwr C heddiw. "
    "Roedd Brawd/Chwaer A yn yr ysgol, a Perthynas A hefyd. Ymwelais â Teulu A. "
    "Siaradais gyda Gweithiwr A ac Oedolyn B a Person C. Mae'n mynd i Ysgol A ac yn byw ar "
    "Stryd A. Plentyn A's mum and Rhiant B's partner met at Ysgol B, near Enw A."
)
ENGLISH_PSEUDONYMS = (
    "Child A told me that Parent B was cross. Carer C agreed. Sibling A, Relative A, Family A, "
    "Worker A, Adult A and Person A. He goes to School A on Street A. Child AB's mum."
)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text", [WELSH_PSEUDONYMS, ENGLISH_PSEUDONYMS])
def test_pseudonyms_of_either_language_are_not_found(
    catalogues: None, language: str, text: str
) -> None:
    messages.set_language(language)
    assert find_identifiers(text, today=TODAY) == ()


def test_a_welsh_school_pseudonym_is_no_school_but_a_school_starting_so_still_is(
    catalogues: None,
) -> None:
    # "Ysgol A" read as a Welsh school's name before the pseudonyms were recognised
    assert find_identifiers("Mae e'n mynd i Ysgol A. Y DSL yn Ysgol A.") == ()
    found = find_identifiers("Mae e'n mynd i Ysgol Y Graig ers mis Medi.")
    assert [(f.kind, f.text) for f in found] == [(FindingKind.SCHOOL, "Ysgol Y Graig")]
    found = find_identifiers("Roedd Plentyn A gyda'i frawd, Ieuan.")
    assert [f.text for f in found] == ["Ieuan"]


@pytest.mark.parametrize(("replace_in", "check_in"), [("cy", "cy"), ("cy", "en"), ("en", "cy")])
def test_every_tuning_sample_checks_clean_once_anonymised_in_either_language(
    catalogues: None, replace_in: str, check_in: str
) -> None:
    data = json.loads(SAMPLES.read_text(encoding="utf-8"))
    today = date.fromisoformat(data["today"])
    for sample in data["samples"]:
        messages.set_language(replace_in)
        once = apply_replacements(sample["text"], find_identifiers(sample["text"], today=today))
        messages.set_language(check_in)
        assert find_identifiers(once, today=today) == (), once


# -- one person, one pseudonym ------------------------------------------------------------


def test_a_protected_name_keeps_the_pseudonym_the_person_chose_in_either_language(
    catalogues: None,
) -> None:
    welsh_choice = ProtectedTerm(("Ffionella",), ProtectKind.CHILD, "Plentyn K")
    terms = ProtectedMatcher([KAYLEIGH, welsh_choice])
    text = "Kayleigh and Ffionella played; their sister Ellie watched."
    for language in LANGUAGES:
        messages.set_language(language)
        found = {f.text: f for f in find_identifiers(text, protected=terms)}
        assert found["Kayleigh"].replacement == "Child A"
        assert found["Ffionella"].replacement == "Plentyn K"
        assert found["Kayleigh"].reason == PROTECTED_REASON
    messages.set_language("cy")
    assert apply_replacements(text, find_identifiers(text, protected=terms)) == (
        "Child A and Plentyn K played; their sister Brawd/Chwaer A watched."
    )


def test_a_letter_taken_in_one_language_is_taken_in_the_other(catalogues: None) -> None:
    """ "Child A" protected: a Welsh check's first child is "Plentyn B", and the other way
    round; "Child A" and "Plentyn A" never stand for two people."""
    text = "the child Ellie and Kay"
    english_choice = ProtectedMatcher([ProtectedTerm(("Kay",), ProtectKind.CHILD, "Child A")])
    welsh_choice = ProtectedMatcher([ProtectedTerm(("Kay",), ProtectKind.CHILD, "Plentyn A")])
    messages.set_language("cy")
    assert [f.replacement for f in find_identifiers(text, protected=english_choice)] == [
        "Plentyn B",
        "Child A",
    ]
    messages.set_language("en")
    assert [f.replacement for f in find_identifiers(text, protected=welsh_choice)] == [
        "Child B",
        "Plentyn A",
    ]


def test_one_lettering_speaks_one_language_for_a_whole_export(catalogues: None) -> None:
    """Letters made in Welsh stay Welsh, and the same across reflections, even if the
    language changes while the export is being checked."""
    messages.set_language("cy")
    lettering = Lettering()
    first = check_fields({"body": "His sister Ellie and mum Sarah Jones"}, lettering=lettering)
    messages.set_language("en")
    second = check_fields(
        {"body": "his brother Tom, then Sarah and Ellie. CF10 3AT."}, lettering=lettering
    )
    assert [f.replacement for f in first["body"]] == ["Brawd/Chwaer A", "Rhiant A"]
    assert [f.replacement for f in second["body"]] == [
        "Brawd/Chwaer B",
        "Rhiant A",
        "Brawd/Chwaer A",
        "[cod post]",
    ]
    assert str(second["body"][0].reason) == "A name next to 'brother'"  # shown in English now
    assert Lettering(language="en").language == "en"


def test_a_pseudonym_of_either_language_tells_its_role(catalogues: None) -> None:
    words = pseudonym_words()
    assert words.role_of("Brawd/Chwaer B") is Role.SIBLING
    assert words.role_of("Sibling B") is Role.SIBLING
    assert words.role_of("Plentyn AA") is Role.CHILD
    assert words.role_of("Person C") is Role.PERSON
    assert words.role_of("Plentyn") is None
    assert words.role_of("Kayleigh Smith") is None
    assert words.role_of("[cod post]") is None
