"""Learnt models built on the suggester's own thread: answers at once, newest model wins,
and locking stops a build and keeps nothing."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest

from journal_app.core.frameworks import load_framework
from journal_app.core.models import EntryDraft, Tag
from journal_app.core.resources import resource_path
from journal_app.services import suggestions
from journal_app.services.journal import JournalService
from tests.core.learnt_texts import KINSHIP, LATER

KSS_PL = load_framework(resource_path("frameworks", "kss-pl.json"))


def _codes(found: tuple[Any, ...]) -> list[str]:
    return [s.tag.domain_code for s in found]


def _tagged_kinship(journal: JournalService) -> list[str]:
    drafts = [
        EntryDraft(title="Kinship", body=text, event_date=date(2026, 3, 2)) for text in KINSHIP
    ]
    ids = [journal.create(draft).id for draft in drafts]
    for entry_id in ids:
        journal.tag(entry_id, [Tag("kss-pl", "4")])
    return ids


class _HeldRead:
    """Holds the worker's build while it reads the texts, until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reading = threading.Event()
        self.release = threading.Event()
        real = suggestions.texts

        def held(session: Any, keys: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                self.reading.set()
                assert self.release.wait(10)
            return real(session, keys)

        monkeypatch.setattr(suggestions, "texts", held)


def test_suggest_ready_answers_with_keywords_and_learns_in_the_background(
    journal: JournalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tagged_kinship(journal)
    suggester = journal.suggester
    heard: list[str] = []
    suggester.add_listener(heard.append)
    held = _HeldRead(monkeypatch)
    # the worker is held mid-build, yet the answer comes (keywords only: nothing built yet)
    assert "4" not in _codes(suggester.suggest_ready(LATER, KSS_PL, 3))
    assert held.reading.wait(10)
    held.release.set()
    assert suggester.wait(10)
    assert heard == ["kss-pl"]
    assert "4" in _codes(suggester.suggest_ready(LATER, KSS_PL, 3))
    suggester.forget()


def test_a_build_of_older_tags_finishing_last_is_discarded(
    journal: JournalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _tagged_kinship(journal)
    suggester = journal.suggester
    heard: list[str] = []
    suggester.add_listener(heard.append)
    held = _HeldRead(monkeypatch)
    suggester.refresh("kss-pl")  # the worker reads the tags (all five on Domain 4)...
    assert held.reading.wait(10)
    for entry_id in ids:
        journal.untag(entry_id, [Tag("kss-pl", "4")])
    # ...a newer build (here on this thread) sees them untagged and is kept first
    assert "4" not in _codes(suggester.suggest(LATER, KSS_PL, 3))
    held.release.set()
    assert suggester.wait(10)
    # the older build finished last, and is thrown away: Domain 4 is not learnt back
    assert heard == []
    assert "4" not in _codes(suggester.suggest_ready(LATER, KSS_PL, 3))
    suggester.forget()


def test_forgetting_stops_a_build_and_keeps_no_model(
    journal: JournalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tagged_kinship(journal)
    suggester = journal.suggester
    assert "4" in _codes(suggester.suggest(LATER, KSS_PL, 3))  # a model built and kept
    heard: list[str] = []
    suggester.add_listener(heard.append)
    journal.untag(journal.list()[0].id, [Tag("kss-pl", "4")])  # so a rebuild is needed
    held = _HeldRead(monkeypatch)
    suggester.refresh("kss-pl")
    assert held.reading.wait(10)
    threading.Timer(0.2, held.release.set).start()
    suggester.forget()  # waits for the held build, which stops instead of finishing
    assert heard == []
    # nothing learnt is kept: the answer is the keywords' alone
    assert "4" not in _codes(suggester.suggest_ready(LATER, KSS_PL, 3))
    suggester.forget()


def test_a_build_steps_aside_while_the_window_is_busy(
    journal: JournalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tagged_kinship(journal)
    suggester = journal.suggester
    built_at: list[float] = []
    real = suggestions.build_model_from_counts

    def recorded(*args: Any) -> Any:
        built_at.append(time.monotonic())
        return real(*args)

    monkeypatch.setattr(suggestions, "build_model_from_counts", recorded)
    asked = time.monotonic()
    suggester.step_aside(0.5)
    suggester.refresh("kss-pl")
    assert suggester.wait(10)
    assert built_at and built_at[0] - asked >= 0.5  # it waited, then built
    assert "4" in _codes(suggester.suggest_ready(LATER, KSS_PL, 3))
    suggester.forget()
