"""Domain suggestions for reflections written in Welsh: words, forms, reasons and learning."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.frameworks import Domain, Framework
from journal_app.core.models import EntryDraft, Tag
from journal_app.core.suggestions import suggest_domains
from journal_app.core.tagged_model import build_model, feature_counts
from journal_app.core.welsh_words import WELSH_FUNCTION_WORDS, keyword_forms, welsh_tokens
from journal_app.core.word_forms import tokens
from journal_app.services.journal import JournalService
from tests.conftest import snapshot
from tests.core.report_suggestions_heldout import load_heldout
from tests.core.report_suggestions_welsh import WELSH_HELDOUT, WELSH_TUNING

SCW = Catalogue.builtin().versions("scw")


def bilingual_framework() -> Framework:
    def domain(code: str, english: tuple[str, ...], welsh: tuple[str, ...]) -> Domain:
        return Domain(code, f"Domain {code}", "", (), english, welsh)

    return Framework(
        id="bilingual",
        title="Bilingual",
        short_title="Bilingual",
        publisher="Tests",
        year=2026,
        version="v1",
        source="tests",
        domains=(
            domain("A", ("child's voice",), ("plentyn", "gofalwr", "beth sy'n bwysig")),
            domain("B", ("supervision",), ("diogelu", "tîm", "asesiad risg")),
            domain("C", ("plant",), ("cofnod", "dŵr")),
        ),
    )


def codes(text: str, framework: Framework | None = None, limit: int = 3) -> list[str]:
    found = suggest_domains(text, framework or bilingual_framework(), limit)
    return [s.tag.domain_code for s in found]


# --- words and their forms ------------------------------------------------------------


def test_welsh_letters_and_digraphs_stay_in_one_word() -> None:
    text = "Mae'r dŵr yn oer i'r plant; llawer o ffyrdd, rhieni'n ffonio, chwaer, ŷd, ngheffyl."
    assert welsh_tokens(text) == [
        "mae", "r", "dŵr", "yn", "oer", "i", "r", "plant", "llawer", "o", "ffyrdd",
        "rhieni", "n", "ffonio", "chwaer", "ŷd", "ngheffyl",
    ]  # fmt: skip
    # typed with a separate accent (as some keyboards do), a word is still one word
    assert welsh_tokens(unicodedata.normalize("NFD", "dŵr a thŷ")) == ["dŵr", "a", "thŷ"]
    # the English tokenizer no longer breaks accented words in two either
    assert tokens("naïve dŵr") == ["naïve", "dŵr"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Roedd ei blentyn yn dawel iawn.", "A"),  # soft
        ("Mae fy mhlentyn yn hapus.", "A"),  # nasal
        ("Siaradais â'i phlentyn hi.", "A"),  # aspirate
        ("Roedd y gofalwyr i gyd yno.", "A"),  # plural -wr -> -wyr
        ("Siaradais â'i ofalwr.", "A"),  # soft mutation drops the g
        ("Mae diogelwch y plentyn yn bwysig.", "B"),  # diogelu / diogelwch share a stem
        ("Cawson ni gyfarfod gyda'r tim.", "B"),  # no circumflex typed
        ("Roedd y cofnodion yn fyr.", "C"),  # plural -ion
        ("Roedd y dwr yn oer.", "C"),  # ŵ typed as w
    ],
)
def test_a_welsh_keyword_matches_its_mutated_plural_and_stem_forms(text: str, code: str) -> None:
    assert codes(text)[:1] == [code]


def test_the_reason_is_the_welsh_keyword_as_the_framework_writes_it() -> None:
    (suggestion,) = suggest_domains("Siaradais gyda'r tim am y gwaith.", bilingual_framework())
    assert suggestion.matched_phrases == ("tîm",)
    (suggestion,) = suggest_domains("Mae fy mhlentyn yn hapus.", bilingual_framework())
    assert suggestion.matched_phrases == ("plentyn",)


def test_small_welsh_words_never_drive_a_suggestion() -> None:
    # "dim" (nothing) is a soft mutation of "tim": a small word is never a keyword's form
    assert "dim" in keyword_forms("tîm")
    assert codes("Doedd dim byd i'w wneud, dim o gwbl.") == []
    only_small = "Mae hi wedi bod yn y ac a i o ar am gyda ei eu ond hefyd yr."
    assert codes(only_small) == []
    assert {"a", "ac", "y", "yr", "yn", "i", "o", "ar", "am", "gyda", "ei", "eu"} <= (
        WELSH_FUNCTION_WORDS
    )


def test_a_phrase_with_small_words_matches_word_for_word_and_weighs_as_written() -> None:
    (found,) = suggest_domains("Beth sy'n bwysig iddi hi yw ei theulu.", bilingual_framework())
    assert found.matched_phrases == ("beth sy'n bwysig",)
    assert found.score == 3.0  # three words, though "'n" is matched as a word of its own
    assert codes("Beth sydd yn bwysig iddi hi?") == []  # another wording: no phrase


def test_english_keywords_still_count_in_a_welsh_reflection() -> None:
    # a Welsh reflection often names things in English
    found = suggest_domains(
        "Roedd y supervision yn dda ac roedd llais y plentyn yn glir.", bilingual_framework()
    )
    assert {(s.tag.domain_code, s.matched_phrases) for s in found} == {
        ("A", ("plentyn",)),
        ("B", ("supervision",)),
    }


def test_an_english_reflection_is_not_matched_against_the_welsh_keywords() -> None:
    # "plant" is also an English word, "dim" a Welsh form of "tîm", "cofnodi" of "cofnod"
    text = "The plant on the windowsill was dim; we were asked to cofnodi nothing."
    assert codes(text) == ["C"]
    (found,) = suggest_domains(text, bilingual_framework())
    assert found.matched_phrases == ("plant",)  # the ENGLISH keyword of domain C


def test_welsh_pseudonyms_are_no_evidence() -> None:
    assert codes("Plentyn A a Gofalwr B.") == []
    assert codes("Plentyn yn yr ysgol.") == ["A"]


# --- learning from the person's tagging, in Welsh ------------------------------------

ALLOTMENT = [
    "Buon ni'n garddio gyda Mrs A yn y rhandir ac roedd hi'n sgwrsio gyda'i chymdogion.",
    "Aeth Mr B i'r rhandir gyda grŵp o gymdogion a phlannu tatws; roedd y garddio'n help.",
    "Mae'r grŵp garddio yn y rhandir yn dod â chymdogion at ei gilydd bob wythnos.",
    "Ar ôl y garddio yn y rhandir, cafodd Mr D baned gyda'i gymdogion.",
]
LATER = "Soniodd Mrs E am y rhandir a'i chymdogion newydd, ac am arddio bob bore."


def test_mutated_forms_of_a_welsh_word_are_one_feature() -> None:
    counts = feature_counts(
        "Roedd y cymdogion yno, a'i gymdogion, ei chymdogion, fy nghymdogion; roedd y garddio "
        "yn dda a'r arddio'n hwyl."
    )
    assert sorted(counts.values()) == [1, 1, 2, 4]  # and "dda", "hwyl" once each
    # and none of the small words count
    assert feature_counts("Mae hi wedi bod yn y ac a i o ar am gyda ei eu.") == Counter()


def test_tagging_welsh_reflections_teaches_welsh_words() -> None:
    framework = SCW[-1]
    assert "3" not in codes(LATER, framework, 7)
    model = build_model((text, ["3"]) for text in ALLOTMENT)
    found = suggest_domains(LATER, framework, 3, learnt=model)
    (three,) = [s for s in found if s.tag.domain_code == "3"]
    # the words as the person wrote them, mutations and all
    assert {"rhandir", "chymdogion", "arddio"} <= set(three.learnt_words)
    assert three.learnt_from == len(ALLOTMENT)


def _draft(text: str) -> EntryDraft:
    return EntryDraft(
        title="Myfyrdod", body=text, event_date=date(2026, 9, 2), template_id="free", tags=()
    )


def test_tagging_welsh_reflections_changes_later_welsh_suggestions(
    journal: JournalService, data_dir: Path
) -> None:
    framework = Catalogue.builtin().framework("scw")
    ids = [journal.create(_draft(text)).id for text in ALLOTMENT]
    assert "3" not in codes(LATER, framework, 7)
    assert "3" not in [s.tag.domain_code for s in journal.suggest_domains(LATER, framework, 3)]
    for entry_id in ids:
        journal.tag(entry_id, [Tag("scw", "3")])
    before = snapshot(data_dir)
    found = journal.suggest_domains(LATER, framework, 3)
    (three,) = [s for s in found if s.tag.domain_code == "3"]
    assert "rhandir" in three.learnt_words and three.learnt_from == len(ALLOTMENT)
    assert snapshot(data_dir) == before  # offered, never applied or written


# --- the Welsh keyword lists and sets ------------------------------------------------


@pytest.mark.parametrize("framework", SCW, ids=lambda f: f.version)
def test_every_scw_section_has_welsh_keywords_and_none_is_in_two(framework: Framework) -> None:
    owners: dict[str, list[str]] = {}
    for domain in framework.domains:
        assert len(domain.keywords_cy) >= 10
        for keyword in domain.keywords_cy:
            owners.setdefault(keyword, []).append(domain.code)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


@pytest.mark.parametrize("framework", SCW, ids=lambda f: f.version)
def test_no_english_scw_keyword_is_a_small_welsh_word(framework: Framework) -> None:
    # in a Welsh reflection it would only ever match itself
    words = {w for d in framework.domains for k in d.keywords for w in welsh_tokens(k)}
    assert {w for w in words if len(w) > 1} & WELSH_FUNCTION_WORDS == set()


@pytest.mark.parametrize("framework", SCW, ids=lambda f: f.version)
def test_the_welsh_heldout_file_is_well_formed(framework: Framework) -> None:
    heldout = load_heldout(WELSH_HELDOUT, {"scw": framework})
    assert len(heldout.sets["scw"]) >= 36
    assert "before" in json.loads(WELSH_HELDOUT.read_text("utf-8"))["description"]


def _tuning() -> list[dict[str, Any]]:
    reflections: list[dict[str, Any]] = json.loads(WELSH_TUNING.read_text("utf-8"))["reflections"]
    return reflections


def test_the_welsh_tuning_set_shares_no_text_with_the_heldout_set() -> None:
    heldout = json.loads(WELSH_HELDOUT.read_text("utf-8"))["sets"]["scw"]
    assert {r["text"] for r in _tuning()}.isdisjoint(r["text"] for r in heldout)
    assert set(Counter(r["codes"][0] for r in _tuning())) == set(SCW[0].codes)


@pytest.mark.parametrize("framework", SCW, ids=lambda f: f.version)
def test_suggestion_accuracy_on_the_welsh_tuning_set(framework: Framework) -> None:
    top1 = top3 = 0
    for reflection in _tuning():
        found = [s.tag.domain_code for s in suggest_domains(reflection["text"], framework, 3)]
        top1 += bool(found) and found[0] in reflection["codes"]
        top3 += any(code in reflection["codes"] for code in found)
    n = len(_tuning())
    # a floor against regressions; the keywords were chosen on this set
    assert top1 / n >= 0.75
    assert top3 / n >= 0.85
