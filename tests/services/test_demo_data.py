"""The demo journal read from resources/demo: the same reflections as before, and checked files.

The digests in ``demo_journal_digest.json`` were taken from the demo journal and the generator
when their words were still Python modules, so a test here fails if moving the words into
Markdown (or any later edit to a reader) changes a single draft. A deliberate change to the
demo text changes them too: regenerate the file with ``draft_digests`` and say why.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import ActionKind, EntryDraft, SessionKind, Status
from journal_app.core.resources import resource_path
from journal_app.services.demo import fill_demo_journal, generate_reflections
from journal_app.services.demo_data import (
    DemoDataError,
    demo_reflections,
    read_reflection,
    read_reflections,
    read_words,
)

CATALOGUE = Catalogue.builtin()
DIGESTS = json.loads((Path(__file__).parent / "demo_journal_digest.json").read_text("utf-8"))
#: name in the digest file: (today, count, seed) given to fill_demo_journal
DEMO_CASES = {
    "year-60": (date(2026, 6, 15), 60, 7),
    "few-20": (date(2026, 6, 15), 20, 3),
    "autumn-60": (date(2026, 10, 1), 60, 11),
    "topped-up-80": (date(2026, 6, 15), 80, 7),
}


class Recorder:
    def __init__(self) -> None:
        self.drafts: list[EntryDraft] = []

    def create(self, draft: EntryDraft) -> None:
        self.drafts.append(draft)


def draft_digests(drafts: Sequence[EntryDraft]) -> dict[str, object]:
    """The digest of all drafts and the start of each one's, as stored in the digest file."""

    def digest(value: object) -> str:
        return hashlib.sha256(repr(value).encode()).hexdigest()

    return {"all": digest(list(drafts)), "each": [digest(draft)[:16] for draft in drafts]}


@pytest.mark.parametrize("case", sorted(DEMO_CASES))
def test_the_demo_journal_from_resources_is_the_one_the_code_made(case: str) -> None:
    today, count, seed = DEMO_CASES[case]
    recorder = Recorder()
    fill_demo_journal(recorder, CATALOGUE, today, count, seed)
    got = draft_digests(recorder.drafts)
    expected = DIGESTS[case]
    assert got["each"] == expected["each"]
    assert got["all"] == expected["all"]


def test_generated_reflections_from_the_word_file_are_the_ones_the_code_made() -> None:
    drafts = list(generate_reflections(150, 5, date(2025, 4, 1), date(2026, 3, 31), CATALOGUE))
    assert draft_digests(drafts) == {k: DIGESTS["generated-150"][k] for k in ("all", "each")}


def test_sixty_reflections_in_file_order_with_their_fields() -> None:
    reflections = demo_reflections()
    assert len(reflections) == 60
    first = reflections[0]
    assert first.title == "Starting this journal: what kind of leader do I want to be?"
    assert (first.days_ago, first.template_id, first.tags, first.essential) == (
        358,
        "free-form",
        ("kss-pl:2",),
        14,
    )
    assert [(a.state, a.days, a.kind) for a in first.actions] == [
        ("done", 10, ActionKind.ACTION),
        ("open", 380, ActionKind.LEARNING_GOAL),
    ]
    assert sum(r.this_registration_year for r in reflections) == 3
    assert any(r.status is Status.DRAFT for r in reflections)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """---
title: A supervision that went well
days ago: 12
template: gibbs
tags: kss-pl:1, kss-ps:2
session: one_to_one
minutes: 45
with: a team manager
action: overdue after 30 days: Read the practice standards again
goal: undated: Notice what helps
---

@description
What happened.
"""


def test_a_written_reflection_is_read_with_every_field(tmp_path: Path) -> None:
    reflection = read_reflection(_write(tmp_path, "01-a.md", GOOD))
    assert reflection.session == (SessionKind.ONE_TO_ONE, 45, "a team manager")
    assert reflection.tags == ("kss-pl:1", "kss-ps:2")
    assert [(a.state, a.days, a.kind) for a in reflection.actions] == [
        ("overdue", 30, ActionKind.ACTION),
        ("undated", 0, ActionKind.LEARNING_GOAL),
    ]
    assert reflection.text == "@description\nWhat happened."


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("days ago: 12", "days ago: twelve"), "at days ago: expected a whole number"),
        (("days ago: 12", "days ago: 99999"), "at days ago: 99999 is out of range"),
        (("template: gibbs", "template: Gibbs Cycle"), "at template:"),
        (("title: A supervision that went well\n", ""), "at title: this required field"),
        (("session: one_to_one", "session: coffee"), "at session: 'coffee' is not one of"),
        (("overdue after 30 days:", "overdue soon:"), "at action[0]: expected"),
        (("minutes: 45", "colour: blue"), "at colour: unknown field"),
        (("with: a team manager", "with: a team manager\ntitle: again"), "given twice"),
        (("---\n\n@description", "\n@description"), "not closed by a line '---'"),
    ],
)
def test_a_mistake_in_a_reflection_file_is_named(
    tmp_path: Path, change: tuple[str, str], where: str
) -> None:
    path = _write(tmp_path, "07-bad.md", GOOD.replace(*change, 1))
    with pytest.raises(DemoDataError) as caught:
        read_reflection(path)
    assert str(caught.value).startswith("Demo journal file '07-bad.md' cannot be used")
    assert where in str(caught.value)


def test_an_empty_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DemoDataError, match="has no reflections"):
        read_reflections(tmp_path)
    with pytest.raises(DemoDataError, match="was not found"):
        read_words(tmp_path / "words.md")


def test_the_word_file_needs_every_section_and_no_stranger(tmp_path: Path) -> None:
    words = resource_path("demo", "words.md").read_text("utf-8")
    assert read_words(_write(tmp_path, "words.md", words)).topics_by_domain.keys() == {
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    }
    without_roles = words.replace("## roles", "## parts")
    with pytest.raises(DemoDataError, match="at parts: unknown heading"):
        read_words(_write(tmp_path, "words.md", without_roles))
    cut = words[: words.index("## cpd durations")]
    with pytest.raises(DemoDataError, match="at cpd durations: this required section is missing"):
        read_words(_write(tmp_path, "words.md", cut))


def test_an_edited_word_changes_the_generated_text(tmp_path: Path) -> None:
    """The digest test can fail: a writer's one-word edit reaches the drafts."""
    folder = tmp_path / "reflections"
    shutil.copytree(resource_path("demo", "reflections"), folder)
    first = sorted(folder.glob("*.md"))[0]
    first.write_text(first.read_text("utf-8").replace("appraiser", "mentor", 1), "utf-8")
    edited = read_reflections(folder)
    assert edited[0].text != demo_reflections()[0].text
    assert edited[1:] == demo_reflections()[1:]
