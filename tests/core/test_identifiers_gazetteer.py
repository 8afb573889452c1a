"""The names gazetteer behind the identifier check: what it knows and how it loads."""

from __future__ import annotations

import subprocess
import sys

from journal_app.core.identifiers._gazetteer import gazetteer
from journal_app.core.resources import resource_path


def test_importing_the_check_does_not_load_the_names() -> None:
    code = (
        "import journal_app.core.identifiers as check\n"
        "from journal_app.core.identifiers._gazetteer import gazetteer\n"
        "print(gazetteer.cache_info().currsize)\n"
        "check.find_identifiers('Ffion told me.')\n"
        "print(gazetteer.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "1"]


def test_the_gazetteer_is_loaded_once() -> None:
    assert gazetteer() is gazetteer()


def test_names_of_the_uks_communities_are_known() -> None:
    names = gazetteer()
    for name in [
        "Ffion", "Dafydd", "Gwenllian", "Oluwaseun", "Aleksandra", "Mohammed", "Priya",
        "Siobhan", "Siobhán", "Jayden", "Zuzanna", "Chidi", "Lily-Mae", "Seán", "Dmytro",
        "Tafadzwa", "Łukasz",
    ]:  # fmt: skip
        assert names.is_given(name), name
    for name in ["Smith", "O'Neill", "O’Neill", "Smith-Jones", "Kowalski", "Okafor"]:
        assert names.is_family(name), name


def test_names_that_are_also_words_are_kept_apart() -> None:
    names = gazetteer()
    for word in ["Will", "Hope", "Grace", "Mark", "Rose", "Bill", "Frank", "Faith", "Jack"]:
        assert names.is_given_word(word) and not names.is_given(word), word
    assert names.is_given("Max") and not names.is_lower_case_name("max")
    assert names.is_lower_case_name("paige")
    for word in ["Happy", "Concerned", "Practice", "Review", "Government", "Kolb"]:
        assert not (names.is_given(word) or names.is_given_word(word)), word


def test_the_shipped_files_are_folded_sorted_and_disjoint() -> None:
    sets = {}
    for name in ["given", "given_words", "given_rare_words", "family"]:
        lines = resource_path("names", f"{name}.txt").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ")
        body = lines[1:]
        assert body == sorted(body) and all(line == line.casefold() for line in body)
        sets[name] = set(body)
    assert not sets["given"] & sets["given_words"]
    assert sets["given_rare_words"] <= sets["given"]
    assert (resource_path("names") / "SOURCES.md").exists()
