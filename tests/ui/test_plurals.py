"""Phrases with a count read correctly for one and for many, through Qt's plural forms.

Every such phrase in the UI is written once with ``%n`` (and ``(s)``) and translated with
the number; the English plural translator (journal_app/ui/plurals.py) picks the form.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal_app.ui.plurals import english_plural

UI = Path(__file__).resolve().parents[2] / "journal_app" / "ui"
# a string literal (possibly split over adjacent literals) holding %n
_COUNTED = re.compile(r'"((?:[^"\\\n]|\\.)*%n(?:[^"\\\n]|\\.)*)"')
# a count put into text by str.format: the old way, which could only say "1 reflections"
_FORMATTED_COUNT = re.compile(r'(?<![fF])"[^"\n]*\{(n|count|k|d|m)\}')


def _counted_phrases() -> set[str]:
    phrases: set[str] = set()
    for path in UI.rglob("*.py"):
        for match in _COUNTED.finditer(path.read_text(encoding="utf-8")):
            phrases.add(match.group(1))
    return phrases


def test_the_ui_has_counted_phrases_to_check() -> None:
    assert len(_counted_phrases()) >= 20


@pytest.mark.parametrize("phrase", sorted(_counted_phrases()))
def test_each_counted_phrase_reads_right_for_one_and_two(phrase: str) -> None:
    one = QCoreApplication.translate("Any", phrase, "", 1)
    two = QCoreApplication.translate("Any", phrase, "", 2)
    for text, number in ((one, "1"), (two, "2")):
        assert "%n" not in text and "(s)" not in text
        assert number in text
    if "(s)" in phrase:
        assert one != two.replace("2", "1")


def test_no_ui_text_puts_a_count_in_with_format() -> None:
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in UI.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if _FORMATTED_COUNT.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("phrase", "count", "expected"),
    [
        ("%n reflection(s)", 1, "1 reflection"),
        ("%n reflection(s)", 2, "2 reflections"),
        ("%n reflection(s)", 10_000, "10,000 reflections"),
        ("%n word(s)", 1, "1 word"),
        ("%n day(s) ago", 2, "2 days ago"),
        (
            "Encrypted · locks after %n minute(s) without activity",
            1,
            "Encrypted · locks after 1 minute without activity",
        ),
    ],
)
def test_known_phrases(phrase: str, count: int, expected: str) -> None:
    assert QCoreApplication.translate("Any", phrase, "", count) == expected


def test_the_replace_all_question_says_one_reflection(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    text = widget.tr(
        "Change %n detail(s) in %1 to the suggestions? The reflections in your journal "
        "are saved with the new words, and then the PDF is made.",
        "",
        2,
    ).replace("%1", widget.tr("%n reflection(s)", "", 1))
    assert text.startswith("Change 2 details in 1 reflection to the suggestions?")


def test_english_plural_without_qt() -> None:
    assert english_plural("%n page(s)", 1) == "1 page"
    assert english_plural("%n page(s)", 0) == "0 pages"
