"""Markup typed into a reflection, or into an imported framework, is printed as characters.

The PDF is laid out with ReportLab's paragraph markup, where ``<font>``, ``<img>`` and
``<a>`` mean something; every piece of user text must reach the page as the characters
typed. Here every field that is printed holds such markup; the PDF is read back with pypdf.
All the words are fictional; the markup is the point.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import (
    Action,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.periods import Period
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase
from tests.services.pdf_text import page_lines

TODAY = date(2027, 3, 20)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
MARKUP = (
    '<b>B</b><font color=red size=7>X</font><img src="file:///etc/passwd" width=900 '
    'height=600><a href="https://example.org">link</a> &amp; &lt;'
)
#: for the person's details, which may be at most 120 characters
SHORT_MARKUP = '<font size=7>X</font><img src="file:///etc/passwd" width=900>'
PERSON_FIELDS = ("name", "job role", "employer", "appraiser")
FRAMEWORK_ID = "hostile-local"


def hostile(what: str) -> str:
    return f"{SHORT_MARKUP if what in PERSON_FIELDS else MARKUP} {what}"


def _framework() -> dict[str, Any]:
    return {
        "schema": 1,
        "id": FRAMEWORK_ID,
        "title": hostile("framework title"),
        "short_title": "<b>Ours</b>",
        "publisher": hostile("publisher"),
        "year": 2024,
        "version": "2024",
        "source": hostile("source"),
        "domains": [
            {
                "code": "1",
                "title": hostile("domain title"),
                "summary": hostile("domain summary"),
                "prompts": [],
                "keywords": [],
            }
        ],
    }


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    source = tmp_path / "framework.json"
    source.write_text(json.dumps(_framework()), encoding="utf-8")
    folder = tmp_path / "frameworks"
    Catalogue.builtin().import_framework(source, folder)
    return Catalogue.builtin(folder)


def _squashed(text: str) -> str:
    return "".join(text.split())  # lines break anywhere in a long value


@pytest.fixture
def pdf_text(database: JournalDatabase, catalogue: Catalogue, tmp_path: Path) -> str:
    journal = JournalService(database, catalogue)
    journal.create(
        EntryDraft(
            title=hostile("reflection title"),
            body=hostile("body text"),
            event_date=date(2026, 6, 10),
            template_id="gibbs",
            sections=(
                Section("description", hostile("section heading"), hostile("section text")),
                Section("conclusion", "Conclusion", hostile("conclusion text")),
            ),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag(FRAMEWORK_ID, "1"), Tag("kss-pl", "1")),
            supervision=SupervisionContext(SessionKind.GROUP, 60, hostile("role")),
            actions=(Action(hostile("action"), due_date=date(2026, 7, 1)),),
        )
    )
    service = ExportService(journal, catalogue, today=lambda: TODAY)
    path = tmp_path / "appraisal.pdf"
    service.appraisal_pdf(
        AppraisalOptions(
            period=YEAR,
            framework_ids=(FRAMEWORK_ID, "kss-pl"),
            name=hostile("name"),
            role=hostile("job role"),
            employer=hostile("employer"),
            appraiser=hostile("appraiser"),
            produced_on=TODAY,
        ),
        path,
    )
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return _squashed(" ".join(line for page in reader.pages for line in page_lines(page)))


@pytest.mark.parametrize(
    "what",
    [
        "reflection title",
        "body text",
        "section heading",
        "section text",
        "conclusion text",
        "action",
        "role",
        "name",
        "job role",
        "employer",
        "appraiser",
        "framework title",
        "domain title",
    ],
)
def test_markup_in_user_text_is_printed_literally(pdf_text: str, what: str) -> None:
    assert _squashed(hostile(what)) in pdf_text
