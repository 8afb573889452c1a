"""How the command line prints the identifier check's findings: the English as before, and
the same lines in Welsh (through the printing functions, whatever chooses the language).

All people here are fictional.
"""

from __future__ import annotations

import io
from datetime import date

import pytest

from journal_app.cli import output
from journal_app.core import messages
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.privacy import PlacedFindings, check_entries, check_places


@pytest.fixture
def catalogues(checkout_catalogues: None) -> None:
    """This checkout's catalogues (tests/conftest.py)."""


def _printed(journal: JournalService) -> list[str]:
    entry = journal.create(
        EntryDraft(title="Visit", body="His sister Ellie, CF10 3AT.", event_date=date(2026, 3, 4))
    )
    stream = io.StringIO()
    output.print_findings(check_entries([entry]), lambda e: "== visit", stream)
    places = check_places([("Feedback 1", "Thanks from Ellie's mum Sarah.")])
    output.print_placed_findings(places, stream)
    return stream.getvalue().splitlines()


def test_the_english_lines_read_as_before(catalogues: None, journal: JournalService) -> None:
    assert _printed(journal) == [
        "== visit",
        "    Name in Text: 'Ellie' -> 'Sibling A' (A name next to 'sister')",
        "    Postcode in Text: 'CF10 3AT' -> '[postcode]' (A UK postcode)",
        "In your appraisal workspace (change them there):",
        "    Name in Feedback 1: 'Ellie' -> 'Child A' (A name next to 'mum')",
        "    Name in Feedback 1: 'Sarah' -> 'Parent A' (A name next to 'mum')",
    ]
    assert output.nothing_identifying(1) == (
        "Checked 1 reflection(s): nothing that identifies a person was found."
    )


def test_the_same_lines_in_welsh(catalogues: None, journal: JournalService) -> None:
    messages.set_language("cy")
    assert _printed(journal) == [
        "== visit",
        # "(Testun)": after "yn" a label would have to mutate ("yn Nhestun")
        "    Enw (Testun): 'Ellie' -> 'Brawd/Chwaer A' (Enw wrth ymyl 'sister')",
        "    Cod post (Testun): 'CF10 3AT' -> '[cod post]' (Cod post yn y DU)",
        "Yn eich man gwaith arfarnu (newidiwch nhw yno):",
        "    Enw (Feedback 1): 'Ellie' -> 'Plentyn A' (Enw wrth ymyl 'mum')",
        "    Enw (Feedback 1): 'Sarah' -> 'Rhiant A' (Enw wrth ymyl 'mum')",
    ]
    said = [output.nothing_identifying(n) for n in (1, 2, 3)]
    assert said == [
        "Gwiriwyd 1 myfyrdod: ni chanfuwyd dim sy'n adnabod person.",
        "Gwiriwyd 2 fyfyrdod: ni chanfuwyd dim sy'n adnabod person.",
        "Gwiriwyd 3 myfyrdod: ni chanfuwyd dim sy'n adnabod person.",
    ]


def test_placed_findings_print_nothing_when_there_are_none() -> None:
    stream = io.StringIO()
    output.print_placed_findings(list[PlacedFindings](), stream)
    assert stream.getvalue() == ""
