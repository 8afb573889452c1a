"""Telling a Welsh reflection from an English one by its small words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.core.text_language import (
    SURE_AFTER,
    is_welsh,
    is_welsh_counted,
    welsh_and_english_markers,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH_SETS = (
    "labelled_reflections.json",
    "labelled_reflections_kss_ps.json",
    "labelled_reflections_swe.json",
)


def _texts(name: str) -> list[str]:
    data = json.loads((FIXTURES / name).read_text("utf-8"))
    if "reflections" in data:
        return [r["text"] for r in data["reflections"]]
    return [r["text"] for items in data["sets"].values() for r in items]


def test_every_english_labelled_reflection_reads_as_english() -> None:
    texts = [t for name in ENGLISH_SETS for t in _texts(name)]
    texts += _texts("suggestions_heldout.json")
    assert len(texts) > 300
    assert [t[:40] for t in texts if is_welsh(t)] == []


@pytest.mark.parametrize(
    "name", ["labelled_reflections_scw_cy.json", "suggestions_welsh_heldout.json"]
)
def test_every_welsh_reflection_reads_as_welsh(name: str) -> None:
    assert [t[:40] for t in _texts(name) if not is_welsh(t)] == []


@pytest.mark.parametrize(
    ("text", "welsh"),
    [
        ("", False),
        ("Supervision", False),  # no small word either way: English, as before
        ("Goruchwyliaeth gyda'r tîm heddiw.", True),
        ("Roedd y cyfarfod yn anodd.", True),
        ("The meeting was hard.", False),
        # an English reflection that quotes Welsh stays English
        ("We talked about the Cynnig Rhagweithiol and what it means for the team.", False),
        # a Welsh one that names things in English stays Welsh
        ("Roedd y supervision yn dda a siaradon ni am y care and support plan.", True),
        # words both languages share count for neither
        ("a i am at hi", False),
    ],
)
def test_short_texts(text: str, welsh: bool) -> None:
    assert is_welsh(text) is welsh


def test_stopping_early_gives_the_same_answer_as_reading_everything() -> None:
    long_english = "The team was tired and the plan was late. " * 200
    welsh, english = welsh_and_english_markers(long_english, stop_when_sure=True)
    assert welsh + english < welsh_and_english_markers(long_english)[1]  # read a part only
    assert welsh + english >= SURE_AFTER
    # a reflection that turns Welsh after an English opening is read to the end
    mixed = "The team was tired. " * 3 + "Roedd y tîm wedi blino ac roedd y cynllun yn hwyr. " * 40
    assert is_welsh(mixed)
    for name in (*ENGLISH_SETS, "labelled_reflections_scw_cy.json"):
        for text in _texts(name):
            full_welsh, full_english = welsh_and_english_markers(text)
            assert is_welsh(text) is (full_welsh > full_english)


def test_counting_from_word_counts_agrees_with_reading_the_text() -> None:
    # the learnt model decides from the word counts it makes anyway; it must read each
    # labelled reflection as the suggestions do
    from collections import Counter

    from journal_app.core.word_forms import TOKEN

    names = (*ENGLISH_SETS, "labelled_reflections_scw_cy.json", "suggestions_welsh_heldout.json")
    for name in (*names, "suggestions_heldout.json"):
        for text in _texts(name):
            assert is_welsh_counted(Counter(TOKEN.findall(text.lower()))) is is_welsh(text)
    assert is_welsh_counted(Counter(["mae'r", "roedd", "the"]))
    assert not is_welsh_counted(Counter())
