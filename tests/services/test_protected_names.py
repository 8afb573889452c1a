"""Names I protect: the list in the journal, caught everywhere an export looks, the same
pseudonym in every reflection and in the PDF, in backups and in no export file.

All people and places here are fictional.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.identifiers import (
    PROTECTED_REASON,
    Finding,
    FindingKind,
    ProtectKind,
    find_identifiers,
)
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.periods import Period
from journal_app.services.backups import BackupService
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.journal import JournalService
from journal_app.services.privacy import replaced_draft
from journal_app.services.protected_names import (
    MAX_NAME,
    ProtectedNames,
    can_protect,
    kind_of_finding,
    spellings_of_finding,
)
from journal_app.store.database import JournalDatabase
from tests.services.pdf_text import page_lines

TODAY = date(2027, 3, 20)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))


def _options() -> AppraisalOptions:
    return AppraisalOptions(period=YEAR, produced_on=TODAY)


def _draft(title: str, body: str, **changes: object) -> EntryDraft:
    base: dict[str, object] = {
        "title": title,
        "body": body,
        "event_date": date(2026, 6, 10),
        "template_id": "free-form",
        "status": Status.FINAL,
        "visibility": Visibility.SHAREABLE,
        "tags": (Tag("kss-pl", "1"),),
    }
    base.update(changes)
    return EntryDraft(**base)  # type: ignore[arg-type]


def _exports(journal: JournalService) -> ExportService:
    return ExportService(journal, Catalogue.builtin(), today=lambda: TODAY)


# -- the list itself ------------------------------------------------------------------------


def test_add_list_update_and_remove(database: JournalDatabase) -> None:
    names = ProtectedNames(database)
    kayleigh = names.add(["  Kayleigh ", "Kayley", "kay", "KAY"], ProtectKind.CHILD)
    assert kayleigh.spellings == ("Kayleigh", "Kayley", "kay")  # repeats dropped
    assert kayleigh.pseudonym == "Child A"
    tom = names.add(["Tom"], ProtectKind.CHILD)
    assert tom.pseudonym == "Child B"  # the next free letter for the kind
    street = names.add(["Acacia Road"], ProtectKind.STREET)
    assert street.pseudonym == "Street A"
    assert [t.name for t in names.list()] == ["Kayleigh", "Tom", "Acacia Road"]

    changed = names.update(
        kayleigh.__class__(("Kayleigh", "Kayleigh-Mae"), ProtectKind.CHILD, "Child K", kayleigh.id)
    )
    assert changed.pseudonym == "Child K"
    assert names.find("kayleigh-mae") == changed
    names.remove(tom.id)
    assert [t.name for t in names.list()] == ["Kayleigh", "Acacia Road"]
    assert names.find("Tom") is None


@pytest.mark.parametrize(
    ("spellings", "pseudonym", "message"),
    [
        ([], "", "Type the name"),
        (["   "], "", "Type the name"),
        (["x" * (MAX_NAME + 1)], "", f"at most {MAX_NAME} characters"),
        (["--"], "", "at least one letter"),
        (["KAY"], "", "already on your list"),
        (["Jo"], "Child A", "already has that pseudonym"),
        (["Jo"], "jo", "cannot be one of the names"),
        (["Jo"], "Kayleigh", "cannot be one of the names"),
        (["Jo"], "P" * 41, "at most 40 characters"),
    ],
)
def test_bad_input_gets_a_plain_message_and_changes_nothing(
    database: JournalDatabase, spellings: list[str], pseudonym: str, message: str
) -> None:
    names = ProtectedNames(database)
    names.add(["Kayleigh", "Kay"], ProtectKind.CHILD)
    before = names.list()
    with pytest.raises(InvalidInputError, match=message) as raised:
        names.add(spellings, ProtectKind.CHILD, pseudonym)
    assert "Kay" not in str(raised.value)  # a message never repeats a protected name
    assert names.list() == before


def test_removing_or_changing_a_name_not_on_the_list_says_so(database: JournalDatabase) -> None:
    names = ProtectedNames(database)
    with pytest.raises(InvalidInputError, match="not on your list"):
        names.remove("no-such-id")


# -- caught everywhere an export looks ------------------------------------------------------


def test_a_protected_lower_case_first_name_is_caught_in_every_field(
    journal: JournalService,
) -> None:
    journal.create(
        _draft(
            "talking with ffionella",
            "I sat with ffionella and her nan.",
            template_id="gibbs",
            sections=(Section("feelings", "Feelings", "worried about ffionella"),),
            actions=(
                Action("ring school about ffionella"),
                Action("learn what ffionella needs", kind=ActionKind.LEARNING_GOAL),
            ),
            supervision=SupervisionContext(SessionKind.ONE_TO_ONE, 60, "ffionella"),
        )
    )
    exports = _exports(journal)
    assert exports.findings_for_export(_options()) == []  # nothing sees her by itself
    ProtectedNames(journal.database).add(["Ffionella"], ProtectKind.CHILD, "Child F")
    (result,) = exports.findings_for_export(_options())
    caught = {
        field: [(f.text, f.replacement, f.reason) for f in findings]
        for field, findings in result.by_field.items()
    }
    expected = [("ffionella", "Child F", PROTECTED_REASON)]
    assert caught == {
        "title": expected,
        "body": expected,
        "section:feelings": expected,
        "action:0": expected,
        "action:1": expected,
        "supervision-role": expected,
    }
    fixed = replaced_draft(result)
    assert "ffionella" not in repr(fixed).lower()
    assert fixed.supervision is not None and fixed.supervision.other_party_role == "Child F"


# -- the same pseudonym in every reflection and in the PDF ----------------------------------

FIRST = "Kayleigh came in with her brother Brandonio. Her mum Sarah Jones was calm."
# Tyreekus comes first here: checked on its own, he would take Brandonio's "Sibling A"
SECOND = "kay was quieter. Her brother Tyreekus came, her brother Brandonio drew. Sarah rang."


def test_two_reflections_give_the_same_names_the_same_pseudonyms_in_findings_and_pdf(
    journal: JournalService, tmp_path: Path
) -> None:
    ProtectedNames(journal.database).add(["Kayleigh", "Kay"], ProtectKind.CHILD)
    journal.create(_draft("First visit", FIRST, event_date=date(2026, 5, 1)))
    journal.create(_draft("Second visit", SECOND, event_date=date(2026, 6, 1)))
    exports = _exports(journal)
    results = exports.findings_for_export(_options())
    assert len(results) == 2
    pseudonyms = [{f.text: f.replacement for f in r.by_field["body"]} for r in results]
    assert pseudonyms[0] == {
        "Kayleigh": "Child A",
        "Brandonio": "Sibling A",
        "Sarah Jones": "Parent A",
    }
    assert pseudonyms[1] == {
        "kay": "Child A",
        "Tyreekus": "Sibling B",
        "Brandonio": "Sibling A",
        "Sarah": "Parent A",
    }

    # "Replace all with suggestions", as the export dialog does it, then the PDF
    for result in results:
        journal.update(result.entry.id, replaced_draft(result))
    assert exports.findings_for_export(_options()) == []
    destination = tmp_path / "appraisal.pdf"
    exports.appraisal_pdf(_options(), destination)
    reader = PdfReader(io.BytesIO(destination.read_bytes()))
    lines = [line for page in reader.pages for line in page_lines(page)]
    text = " ".join(" ".join(lines).split())  # a sentence may wrap over two lines
    assert "Child A came in with her brother Sibling A. Her mum Parent A was calm." in text
    assert (
        "Child A was quieter. Her brother Sibling B came, her brother Sibling A drew. Parent A "
        "rang." in text
    )
    for name in ("Kayleigh", "Brandonio", "Tyreekus", "Sarah", "Jones"):
        assert name not in text


# -- kept in backups, never in an export ----------------------------------------------------


def test_the_list_is_in_a_restored_backup(journal: JournalService) -> None:
    database = journal.database
    ProtectedNames(database).add(["Kayleigh", "Kay"], ProtectKind.CHILD, "Child K")
    backup = database.backup("manual")
    ProtectedNames(database).remove(ProtectedNames(database).list()[0].id)
    assert ProtectedNames(database).list() == []
    restored = BackupService().restore(database, backup.path)
    try:
        (term,) = ProtectedNames(restored.database).list()
        assert (term.spellings, term.pseudonym) == (("Kayleigh", "Kay"), "Child K")
    finally:
        restored.database.close()


def test_json_and_markdown_exports_do_not_carry_the_list(
    journal: JournalService, tmp_path: Path
) -> None:
    marker = "Quillabeth"
    ProtectedNames(journal.database).add([marker, "Quilla"], ProtectKind.CHILD, "Child Q")
    journal.create(_draft("A visit", "Nothing identifying here."))
    exports = _exports(journal)
    exports.export_json(tmp_path / "journal.json")
    exports.export_markdown(tmp_path / "markdown")
    files = [tmp_path / "journal.json", *(tmp_path / "markdown").rglob("*")]
    assert len(files) >= 2
    for path in files:
        if path.is_file():
            data = path.read_bytes().lower()
            assert marker.lower().encode() not in data and b"quilla" not in data
            assert b"child q" not in data


# -- "Always treat this as Child A" ---------------------------------------------------------


def test_a_finding_joins_the_list_with_its_pseudonym_and_keeps_it_in_later_reflections(
    journal: JournalService,
) -> None:
    names = ProtectedNames(journal.database)
    journal.create(
        _draft("One", "His sister Ellie came, with mum Jo.", event_date=date(2026, 5, 1))
    )
    (first,) = _exports(journal).findings_for_export(_options())
    ellie = next(f for f in first.by_field["body"] if f.text == "Ellie")
    assert can_protect(ellie)
    term = names.protect_finding(ellie)
    assert (term.spellings, term.kind, term.pseudonym) == (
        ("Ellie",),
        ProtectKind.FAMILY,
        "Sibling A",
    )
    # a later reflection names another sibling first: Ellie keeps "Sibling A" all the same
    journal.create(_draft("Two", "her brother Tom and ellie", event_date=date(2026, 6, 1)))
    later = _exports(journal).findings_for_export(_options())[1]
    assert {f.text: f.replacement for f in later.by_field["body"]} == {
        "Tom": "Sibling B",
        "ellie": "Sibling A",
    }
    protected = next(f for f in later.by_field["body"] if f.text == "ellie")
    assert not can_protect(protected)  # already on the list


def test_a_school_finding_gets_a_pseudonym_of_its_own() -> None:
    finding = Finding(FindingKind.SCHOOL, 0, 8, "Oakfield Primary", "[school]", "A school's name")
    assert kind_of_finding(finding) is ProtectKind.SCHOOL


def test_protecting_a_school_finding_stores_school_a(database: JournalDatabase) -> None:
    names = ProtectedNames(database)
    school = Finding(FindingKind.SCHOOL, 0, 16, "Oakfield Primary", "[school]", "A school's name")
    assert names.protect_finding(school).pseudonym == "School A"
    other = Finding(FindingKind.SCHOOL, 0, 9, "Brynhyfryd", "[school]", "A school's name")
    assert names.protect_finding(other).pseudonym == "School B"


@pytest.mark.parametrize(
    ("kind", "found", "replacement", "later", "caught"),
    [
        # a full name: the first name alone, and its possessive, are the same child
        (FindingKind.PERSON_NAME, "Jayden Smith", "Person A", "jayden's coat", "jayden"),
        # a titled name: the surname without the title
        (FindingKind.PERSON_NAME, "Mrs Okafor", "Adult A", "Okafor rang", "Okafor"),
        # a household: the surname, the plural and the possessive
        (FindingKind.PERSON_NAME, "Mahmoud family", "Family A", "the Mahmouds", "Mahmouds"),
        (FindingKind.PERSON_NAME, "Mahmoud family", "Family A", "Mahmoud's flat", "Mahmoud"),
        # an apostrophe people leave out
        (FindingKind.PERSON_NAME, "O'Donnell", "Person A", "saw odonnell", "odonnell"),
        # a name found with its possessive keeps the name only
        (FindingKind.PERSON_NAME, "Kacey's", "Person A", "Kacey said", "Kacey"),
    ],
)
def test_always_treat_as_catches_the_other_forms_of_the_name(
    database: JournalDatabase,
    kind: FindingKind,
    found: str,
    replacement: str,
    later: str,
    caught: str,
) -> None:
    names = ProtectedNames(database)
    finding = Finding(kind, 0, len(found), found, replacement, "A name")
    term = names.protect_finding(finding)
    assert term.pseudonym == replacement
    hits = find_identifiers(later, protected=names.matcher())
    assert [(f.text, f.replacement, f.reason) for f in hits] == [
        (caught, replacement, PROTECTED_REASON)
    ]


def test_always_treat_as_leaves_a_form_another_name_holds(database: JournalDatabase) -> None:
    names = ProtectedNames(database)
    names.add(["Jayden"], ProtectKind.CHILD, "Child A")
    finding = Finding(FindingKind.PERSON_NAME, 0, 12, "Jayden Smith", "Person A", "A name")
    term = names.protect_finding(finding)
    assert term.spellings == ("Jayden Smith",)  # "Jayden" stays Child A's
    assert spellings_of_finding(finding) == ("Jayden Smith", "Jayden")
