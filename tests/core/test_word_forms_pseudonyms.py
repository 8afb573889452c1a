"""Domain suggestions never count the identifier check's pseudonyms or placeholders as words,
in any language, because word_forms takes them from the check itself (pseudonym_words()).

All people here are fictional.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core.identifiers import LANGUAGES, PLACEHOLDERS, letters, pseudonym_words
from journal_app.core.messages import render
from journal_app.core.tagged_model import feature_counts
from journal_app.core.welsh_words import welsh_tokens
from journal_app.core.word_forms import tokens

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "messages"
#: A, B, Z, AA, ZZ and AAA: the letters the check gives, up to its longest
LETTERS = [letters(n) for n in (0, 1, 25, 26, 701, 702)]


@pytest.fixture(autouse=True)
def catalogues(checkout_catalogues: None) -> None:
    """This checkout's catalogues for every test here (tests/conftest.py)."""


def _every_pseudonym() -> list[str]:
    words = pseudonym_words()
    stems = {
        stem
        for by_language in (*words.role_stems.values(), *words.kind_stems.values())
        for stem in by_language.values()
    }
    return [f"{stem} {letter}" for stem in sorted(stems) for letter in LETTERS]


def test_the_stems_of_both_languages_are_there() -> None:
    """Not vacuous: the English and the Welsh stems, the two-word Welsh one among them."""
    assert LANGUAGES == ("en", "cy")
    stems = {p.rsplit(" ", 1)[0] for p in _every_pseudonym()}
    assert {"Child", "Parent", "Street", "Plentyn", "Rhiant", "Brawd/Chwaer", "Stryd"} <= stems
    assert len(stems) >= 20


def test_every_pseudonym_in_english_and_welsh_is_no_word() -> None:
    for pseudonym in _every_pseudonym():
        assert tokens(f"Met {pseudonym} and {pseudonym}'s mum.") == ["met", "and", "mum"], (
            pseudonym
        )
        assert welsh_tokens(f"Gwelais {pseudonym} a mam {pseudonym}.") == [
            "gwelais",
            "a",
            "mam",
        ], pseudonym
        stem_words = {word.lower() for word in pseudonym.replace("/", " ").split()[:-1]}
        assert not stem_words & set(feature_counts(f"Visited {pseudonym} at home.")), pseudonym


def test_every_placeholder_in_english_and_welsh_is_no_word() -> None:
    for language in LANGUAGES:
        for placeholder in PLACEHOLDERS.values():
            shown = render(placeholder, language)
            assert tokens(f"Took out the {shown} first.") == ["took", "out", "the", "first"]


def test_the_same_word_without_letters_still_counts() -> None:
    assert tokens("The child and the parent.") == ["the", "child", "and", "the", "parent"]
    assert welsh_tokens("Y plentyn a'r rhiant.") == ["y", "plentyn", "a", "r", "rhiant"]
    assert tokens("Child Ab met me.") == ["child", "ab", "met", "me"]  # not a pseudonym


def test_a_stem_changed_in_the_catalogue_is_followed(tmp_path: Path) -> None:
    """The words come from the identifier check's stems, so the two never drift apart."""
    english = (FOLDER / "en.toml").read_text(encoding="utf-8")
    changed = english.replace('child = "Child"', 'child = "Youngster"', 1)
    assert changed != english
    (tmp_path / "en.toml").write_text(changed, encoding="utf-8")
    shutil.copy(FOLDER / "cy.toml", tmp_path / "cy.toml")
    assert tokens("Youngster A met me.") == ["youngster", "a", "met", "me"]
    messages.use_folder(tmp_path)
    assert tokens("Youngster A met me.") == ["met", "me"]
    assert tokens("Child A met me.") == ["child", "a", "met", "me"]
