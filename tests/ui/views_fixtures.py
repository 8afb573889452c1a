"""Fixtures for the journal and coverage view tests: real encrypted journals, fast KDF.

Imported by the view test modules (``from tests.ui.views_fixtures import *``-style imports of
the fixtures they use), so they work with or without the shared ``conftest.py``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from journal_app.core import keywrap
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
from journal_app.core.text import word_count
from journal_app.services.vault import Vault
from journal_app.ui.app_context import UnlockedJournal

PASSPHRASE = "tidy harbour lantern seventeen"
BIG_JOURNAL_SIZE = 10_000


def open_new_journal(folder: Path) -> UnlockedJournal:
    """A brand-new encrypted journal in ``folder``, unlocked (minimum KDF cost for speed)."""
    vault = Vault(folder, kdf_params=keywrap.minimum_params)
    created = vault.create(PASSPHRASE, PASSPHRASE)
    return UnlockedJournal.open(vault, created.database)


def reopen_journal(folder: Path) -> UnlockedJournal:
    """Unlock an existing journal again, as the app does after a restart."""
    vault = Vault(folder, kdf_params=keywrap.minimum_params)
    return UnlockedJournal.open(vault, vault.unlock(PASSPHRASE))


def wait_until(predicate: object, timeout: float = 5.0) -> bool:
    """Poll ``predicate`` (processing Qt events) until it is true or time runs out."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False


@pytest.fixture
def views_journal(tmp_path: Path) -> Iterator[UnlockedJournal]:
    """An empty journal in a temp folder, closed after the test."""
    unlocked = open_new_journal(tmp_path / "journal")
    yield unlocked
    unlocked.close()


def _fictional_draft(number: int, today: date) -> EntryDraft:
    topics = (
        "group supervision on risk and decision-making",
        "case audit feedback with the team",
        "workload conversation about caseloads",
        "reflective case discussion after a strategy meeting",
        "coaching a newly qualified social worker",
    )
    topic = topics[number % len(topics)]
    return EntryDraft(
        title=f"Reflection {number}: {topic}",
        body=f"Notes on {topic}. What I learnt about my own practice this time.",
        event_date=today - timedelta(days=number % 700),
        template_id="free-form",
        status=Status.FINAL if number % 3 else Status.DRAFT,
        visibility=Visibility.SHAREABLE if number % 4 == 0 else Visibility.PRIVATE,
        tags=(Tag("kss-pl", str(1 + number % 6)), Tag("kss-pl", str(1 + (number + 2) % 6))),
    )


def bulk_insert(unlocked: UnlockedJournal, count: int, today: date) -> None:
    """``count`` fictional reflections in one transaction, then the search index rebuilt.

    ``JournalService.create`` takes ~5 ms a reflection (one durable commit each), so 10,000
    of them would take most of a minute; one bulk insert into the same tables takes about a
    second and leaves the journal exactly as the service would (the service then rebuilds
    the full-text index itself).
    """
    from sqlalchemy import insert

    from journal_app.store.tables import EntryRow, TagRow

    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    drafts = [_fictional_draft(number, today) for number in range(count)]
    with unlocked.journal.database.session() as session:
        first = session.scalar(select(func.coalesce(func.max(EntryRow.pk), 0))) + 1
        session.execute(
            insert(EntryRow),
            [
                {
                    "pk": first + n,
                    "uuid": str(uuid.uuid4()),
                    "title": d.title,
                    "body": d.body,
                    "template_id": d.template_id,
                    "event_date": d.event_date,
                    "created_at": now,
                    "updated_at": now,
                    "status": d.status.value,
                    "visibility": d.visibility.value,
                    "other_party_role": "",
                    "word_count": word_count(d.title, d.body),
                }
                for n, d in enumerate(drafts)
            ],
        )
        session.execute(
            insert(TagRow),
            [
                {
                    "entry_pk": first + n,
                    "framework_id": t.framework_id,
                    "framework_version": "2018",
                    "domain_code": t.domain_code,
                }
                for n, d in enumerate(drafts)
                for t in d.tags
            ],
        )
    unlocked.journal.rebuild_search_index()


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnlockedJournal]:
    """10,000 reflections, made once per test module and shared by its tests."""
    unlocked = open_new_journal(tmp_path_factory.mktemp("big") / "journal")
    unlocked.journal.create(_fictional_draft(BIG_JOURNAL_SIZE, date.today()))
    bulk_insert(unlocked, BIG_JOURNAL_SIZE - 1, date.today())
    yield unlocked
    unlocked.close()


def populate_year(unlocked: UnlockedJournal, today: date) -> None:
    """A handful of realistic, fictional reflections across the appraisal year."""
    journal = unlocked.journal
    gibbs = unlocked.catalogue.template("gibbs")
    cpd = unlocked.catalogue.template("swe-cpd")
    for weeks, codes, title in (
        (1, ("1", "5"), "Group supervision: holding risk when the evidence is unclear"),
        (3, ("4",), "Coaching a newly qualified social worker through a first court report"),
        (6, ("5",), "Signing off a decision to step down a plan"),
        (10, ("1", "4"), "Practice standards session with team managers"),
        (14, ("5", "4"), "Reflective case discussion about neglect"),
    ):
        sections = tuple(
            Section(s.key, s.title, f"{s.title}: what I noticed about my own part in it.")
            for s in gibbs.sections
        )
        journal.create(
            EntryDraft(
                title=title,
                event_date=today - timedelta(weeks=weeks),
                template_id="gibbs",
                sections=sections,
                status=Status.FINAL,
                tags=tuple(Tag("kss-pl", code) for code in codes),
                supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
                actions=(
                    Action(
                        "Share the risk discussion framework with the team",
                        due_date=today - timedelta(days=5),
                    ),
                    Action(
                        "Read the latest national review on neglect",
                        due_date=today + timedelta(days=30),
                    ),
                ),
            )
        )
    journal.create(
        EntryDraft(
            title="CPD: trauma-informed supervision workshop",
            event_date=today - timedelta(days=20),
            template_id="swe-cpd",
            sections=tuple(
                Section(s.key, s.title, "Trauma-informed supervision workshop")
                if s.key == "description"
                else Section(s.key, s.title, "")
                for s in cpd.sections
            ),
            status=Status.FINAL,  # only final CPD records count
            tags=(Tag("kss-pl", "4"),),
        )
    )
