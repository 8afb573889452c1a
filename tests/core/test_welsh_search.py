"""Welsh word forms in search: mutations found when the person asks for them, and only then.

The sentences are in tests/fixtures/welsh_search.json (fictional); the score before and after
is in docs/welsh-search.md.
"""

from __future__ import annotations

import pytest

from journal_app.core.models import EntryDraft
from journal_app.core.search_query import to_fts_query
from journal_app.core.welsh_forms import first_letter, mutation_key, radicals, welsh_forms
from journal_app.services.journal import JournalService
from journal_app.services.preferences import load_preferences, save_preferences
from tests.core.report_welsh_search import score


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("plant", {"plant", "blant", "mhlant", "phlant"}),
        ("teulu", {"teulu", "deulu", "nheulu", "theulu"}),
        ("Caerdydd", {"caerdydd", "gaerdydd", "nghaerdydd", "chaerdydd"}),
        ("llawer", {"llawer", "lawer"}),
        ("rhieni", {"rhieni", "rieni"}),
        ("mam", {"mam", "fam", "bam"}),
    ],
)
def test_a_radical_and_its_mutations(word: str, expected: set[str]) -> None:
    assert welsh_forms(word) == expected


def test_mutated_words_lead_back_to_their_radical() -> None:
    assert "plant" in radicals("phlant") and "plant" in radicals("mhlant")
    assert "gwaith" in radicals("waith")
    assert "llawer" in radicals("lawer") and "rhieni" in radicals("rieni")
    assert "mam" in radicals("fam") and "bam" in radicals("fam")
    assert welsh_forms("phlant") == welsh_forms("plant")
    assert first_letter("nghaerdydd") == "ngh" and first_letter("llawer") == "ll"
    assert welsh_forms("dŵr") >= {"dwr", "ddwr"}  # accents go, as in the search index
    assert welsh_forms("yn") == {"yn"}  # short words are left alone


def test_the_query_asks_for_any_form_and_phrases_stay_exact() -> None:
    query = to_fts_query('plant "ei phlant"', welsh_forms=True)
    assert query == '("blant" OR "mhlant" OR "phlant" OR "plant") "ei phlant"'
    assert to_fts_query("plant") == '"plant"'


def test_search_follows_the_preference(journal: JournalService) -> None:
    entry = journal.create(EntryDraft("Ymweliad", body="Roedd ei phlant hi'n dawel."))
    assert journal.search("plant") == []
    database = journal.database
    save_preferences(database, load_preferences(database).__class__(search_welsh_forms=True))
    assert load_preferences(database).search_welsh_forms is True
    assert [h.entry.id for h in journal.search("plant")] == [entry.id]
    assert journal.search("plant", welsh_forms=False) == []


def test_the_welsh_set_is_found_whole_with_forms_on_and_one_false_hit() -> None:
    on = score(welsh_forms=True)
    assert sum(r[1] for r in on.values()) == 0  # nothing missed
    assert {q for q, r in on.items() if r[2]} == {"gate"}  # "ate", the known cost
    off = score(welsh_forms=False)
    assert sum(r[2] for r in off.values()) == 0


@pytest.mark.parametrize(
    "forms",
    [
        ("plant", "blant", "mhlant", "phlant"),
        ("gofal", "ofal", "ngofal"),
        ("cynllun", "gynllun", "nghynllun", "chynllun"),
        ("tîm", "tim", "dîm", "nhîm", "thîm"),
        ("enw", "henw"),
        ("llais", "lais"),
        ("rhiant", "riant"),
        ("mam", "fam"),
        ("diogelu", "ddiogelu", "niogelu"),
    ],
)
def test_a_word_and_its_mutations_share_one_key(forms: tuple[str, ...]) -> None:
    assert len({mutation_key(form) for form in forms}) == 1


def test_different_words_keep_different_keys() -> None:
    words = ["plant", "llais", "gofal", "cynllun", "sgwrs", "ffydd", "teulu", "risg"]
    assert len({mutation_key(word) for word in words}) == len(words)
    assert mutation_key("a") == "a" and mutation_key("ŷd") == "yd"  # short words: folded only
