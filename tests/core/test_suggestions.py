"""Domain suggestions: how matching works, speed, and accuracy on a labelled set."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.frameworks import Domain, Framework, load_framework
from journal_app.core.models import Tag
from journal_app.core.resources import resource_path
from journal_app.core.suggestions import suggest_domains
from journal_app.core.word_forms import forms_of, singular

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "labelled_reflections.json"
KSS_PL = load_framework(resource_path("frameworks", "kss-pl.json"))


def tiny_framework() -> Framework:
    def domain(code: str, keywords: tuple[str, ...]) -> Domain:
        return Domain(code, f"Domain {code}", "", (), keywords)

    return Framework(
        id="tiny",
        title="Tiny",
        short_title="Tiny",
        publisher="Tests",
        year=2024,
        version="v1",
        source="tests",
        domains=(
            domain("A", ("audit", "case audit")),
            domain("B", ("workload", "caseload", "themes")),
            domain("C", ("decision", "risk")),
        ),
    )


def codes(text: str, framework: Framework | None = None, limit: int = 3) -> list[str]:
    return [s.tag.domain_code for s in suggest_domains(text, framework or tiny_framework(), limit)]


def test_a_match_gives_tag_title_score_and_reason() -> None:
    (suggestion,) = suggest_domains("The audit was useful.", tiny_framework())
    assert suggestion.tag == Tag("tiny", "A", "v1")
    assert suggestion.domain_title == "Domain A"
    assert suggestion.score > 0
    assert suggestion.matched_phrases == ("audit",)


def test_only_domains_with_a_match_are_returned() -> None:
    assert codes("Nothing relevant here at all.") == []
    assert codes("") == []
    assert codes("   \n") == []


def test_case_insensitive_whole_words_and_plurals() -> None:
    assert codes("AUDITS were done") == ["A"]
    assert codes("we were auditing") == ["A"]
    assert codes("in the auditorium") == []  # whole words only
    assert codes("caseloads and workloads") == ["B"]
    assert codes("we decided after weighing the risks") == ["C"]


def test_a_phrase_outweighs_a_single_word() -> None:
    (first, second) = suggest_domains("One case audit and one risk.", tiny_framework())
    assert first.tag.domain_code == "A" and second.tag.domain_code == "C"
    assert first.score > second.score
    # the phrase claims its words: "audit" inside "case audit" is not counted twice
    assert first.matched_phrases == ("case audit",)


def test_best_first_and_limit() -> None:
    text = "A decision about risk, a decision about workload."
    assert codes(text) == ["C", "B"]
    assert codes(text, limit=1) == ["C"]
    assert codes(text, limit=0) == []


def test_function_words_never_match_a_stemmed_keyword() -> None:
    # a crude stem of "themes" is "them"; the pronoun must not suggest anything
    assert codes("I told them about it") == []
    assert codes("the themes were clear") == ["B"]


def test_keyword_forms_cover_common_endings() -> None:
    assert {"audits", "audited", "auditing"} <= forms_of("audit")
    assert {"families"} <= forms_of("family")
    assert {"planned", "planning", "plans"} <= forms_of("plan")
    assert {"decided", "deciding", "decides"} <= forms_of("decide")
    assert {"biases", "biased"} <= forms_of("bias")
    assert forms_of("news") == {"news"}
    # a keyword written in the plural matches the singular too
    assert {"target", "targets"} <= forms_of("targets")
    assert {"boundary", "boundaries"} <= forms_of("boundaries")
    assert singular("families") == "family" and singular("analysis") == "analysis"


def test_same_input_same_output() -> None:
    text = "Case audit of workload and risk decisions."
    assert suggest_domains(text, KSS_PL) == suggest_domains(text, KSS_PL)


@pytest.mark.parametrize(
    "file_stem",
    sorted(p.stem for p in resource_path("frameworks").iterdir() if p.suffix == ".json"),
    ids=lambda value: str(value),
)
def test_every_shipped_framework_can_suggest(file_stem: str) -> None:
    framework = load_framework(resource_path("frameworks", f"{file_stem}.json"))
    for domain in framework.domains:
        suggestions = suggest_domains(f"Today: {domain.keywords[0]}.", framework, limit=10)
        assert domain.code in [s.tag.domain_code for s in suggestions], domain.code


def test_an_800_word_reflection_takes_under_5_ms() -> None:
    words = " ".join(r["text"] for r in load_labelled()).split()
    text = " ".join((words * 3)[:800])
    suggest_domains(text, KSS_PL)  # warm the per-framework keyword cache
    best = min(_timed(text) for _ in range(7))
    print(f"\n800-word suggestion: {best * 1000:.2f} ms")
    assert best < 0.005


def _timed(text: str) -> float:
    start = time.perf_counter()
    suggest_domains(text, KSS_PL)
    return time.perf_counter() - start


# --- the labelled set ------------------------------------------------------------------


def load_labelled() -> list[dict[str, Any]]:
    data = json.loads(FIXTURE.read_text("utf-8"))
    assert data["framework"] == "kss-pl"
    reflections = data["reflections"]
    assert isinstance(reflections, list)
    return reflections


def test_labelled_set_is_big_enough_and_well_formed() -> None:
    reflections = load_labelled()
    assert len(reflections) >= 48
    per_domain = Counter(r["codes"][0] for r in reflections)
    assert set(per_domain) == set(KSS_PL.codes)
    assert min(per_domain.values()) >= 8
    assert len({r["id"] for r in reflections}) == len(reflections)
    for reflection in reflections:
        sentences = len(re.findall(r"[.!?](?:\s|$)", reflection["text"]))
        assert 2 <= sentences <= 5, reflection["id"]
        assert all(KSS_PL.domain(code) for code in reflection["codes"])


def _accuracy(reflections: list[dict[str, Any]]) -> tuple[float, float]:
    top1 = top3 = 0
    for reflection in reflections:
        found = [s.tag.domain_code for s in suggest_domains(reflection["text"], KSS_PL, 3)]
        top1 += bool(found) and found[0] in reflection["codes"]
        top3 += any(code in reflection["codes"] for code in found)
    return top1 / len(reflections), top3 / len(reflections)


def test_suggestion_accuracy_on_the_labelled_set() -> None:
    reflections = load_labelled()
    # "fresh3" was written after the last keyword change: the honest out-of-sample figure
    for split in ("tune", "holdout", "fresh", "fresh2", "fresh3"):
        subset = [r for r in reflections if r["split"] == split]
        one, three = _accuracy(subset)
        print(f"\n{split:8} n={len(subset):3} top-1 {one:.2f} top-3 {three:.2f}", end="")
    top1, top3 = _accuracy(reflections)
    print(f"\nall      n={len(reflections):3} top-1 {top1:.2f} top-3 {top3:.2f} (chance 0.17)")
    assert top1 >= 0.6
    assert top3 >= 0.85


# --- false stems: a word must not match a different word that shares its start ---------


def words_framework() -> Framework:
    def domain(code: str, keywords: tuple[str, ...]) -> Domain:
        return Domain(code, f"Domain {code}", "", (), keywords)

    return Framework(
        id="words",
        title="Words",
        short_title="Words",
        publisher="Tests",
        year=2024,
        version="v1",
        source="tests",
        domains=(
            domain("1", ("rights", "news")),
            domain("2", ("morale", "care")),
            domain("3", ("decide", "plan", "mentoring", "family", "reading")),
        ),
    )


@pytest.mark.parametrize(
    "text",
    [
        "I wanted to put things right with the family's new worker.",  # right is not rights
        "She felt a moral duty to stay late.",  # moral is not morale
        "The new manager started on Monday.",  # new is not news
        "We talked about the careers fair.",  # careers is not care
        "I read the file before the visit.",  # read (a file) is not reading (for learning)
        "The planet felt a long way from the plane.",  # neither is a plan
        "It was a decisive moment.",  # decisive is not decide
    ],
)
def test_a_different_word_is_not_a_keyword(text: str) -> None:
    found = {
        phrase for s in suggest_domains(text, words_framework(), 5) for phrase in s.matched_phrases
    }
    assert found <= {"family"}, found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Children's rights were ignored.", "rights"),
        ("Team morale is low.", "morale"),
        ("We decided to wait.", "decide"),
        ("I planned the visit.", "plan"),
        ("She mentored two students.", "mentoring"),
        ("Three families moved.", "family"),
        ("My reading this month was about neglect.", "reading"),
        ("The news came late.", "news"),
    ],
)
def test_regular_forms_of_a_keyword_still_match(text: str, phrase: str) -> None:
    found = [p for s in suggest_domains(text, words_framework(), 5) for p in s.matched_phrases]
    assert phrase in found


def test_the_kss_pl_false_stems_from_the_review_are_gone() -> None:
    assert codes("We tried hard to put things right for him.", KSS_PL) == []
    assert "morale" not in {
        p for s in suggest_domains("A moral duty to act.", KSS_PL) for p in s.matched_phrases
    }


# --- ties ------------------------------------------------------------------------------


def test_a_tie_on_score_goes_to_the_domain_with_more_distinct_terms() -> None:
    # C: "risk" + "decision" (two terms, 2.0); A: "case audit" (one phrase, 2.0)
    found = suggest_domains("A case audit, then a risk decision.", tiny_framework())
    assert [s.tag.domain_code for s in found] == ["C", "A"]
    assert [s.rank for s in found] == [1, 2]


def test_a_full_tie_shares_the_rank_and_is_not_broken_by_domain_number() -> None:
    # one single word each: nothing tells them apart, so both are rank 1, listed in the
    # order the evidence appears in the text (not A before C because A comes first)
    found = suggest_domains("The risk was discussed before the audit.", tiny_framework())
    assert [(s.tag.domain_code, s.rank) for s in found] == [("C", 1), ("A", 1)]
    found = suggest_domains("The audit was discussed before the risk.", tiny_framework())
    assert [(s.tag.domain_code, s.rank) for s in found] == [("A", 1), ("C", 1)]
    # a clear winner has rank 1 and the next rank 2
    found = suggest_domains("Risk, risk and an audit.", tiny_framework())
    assert [(s.tag.domain_code, s.rank) for s in found] == [("C", 1), ("A", 2)]


@pytest.mark.parametrize("framework_id", ["kss-pl", "kss-ps", "pcf", "swe"])
def test_no_keyword_is_given_to_two_domains(framework_id: str) -> None:
    # the same word in two domains can only ever tie: it says nothing about either
    framework = load_framework(resource_path("frameworks", f"{framework_id}.json"))
    owners: dict[str, list[str]] = {}
    for domain in framework.domains:
        for keyword in domain.keywords:
            owners.setdefault(keyword, []).append(domain.code)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


# --- the kss-ps and swe tuning sets ------------------------------------------------------

OTHER_SETS = {
    "kss-ps": "labelled_reflections_kss_ps.json",
    "swe": "labelled_reflections_swe.json",
}


def _load_set(framework_id: str) -> tuple[Framework, list[dict[str, Any]]]:
    data = json.loads((FIXTURE.parent / OTHER_SETS[framework_id]).read_text("utf-8"))
    assert data["framework"] == framework_id
    return load_framework(resource_path("frameworks", f"{framework_id}.json")), data["reflections"]


@pytest.mark.parametrize("framework_id", sorted(OTHER_SETS))
def test_other_tuning_sets_are_well_formed(framework_id: str) -> None:
    framework, reflections = _load_set(framework_id)
    per_domain = Counter(r["codes"][0] for r in reflections)
    assert set(per_domain) == set(framework.codes)
    assert min(per_domain.values()) >= 4
    assert len({r["id"] for r in reflections}) == len(reflections)
    for reflection in reflections:
        sentences = len(re.findall(r"[.!?](?:\s|$)", reflection["text"]))
        assert 2 <= sentences <= 5, reflection["id"]
        assert all(framework.domain(code) for code in reflection["codes"])


@pytest.mark.parametrize("framework_id", sorted(OTHER_SETS))
def test_suggestion_accuracy_on_the_other_tuning_sets(framework_id: str) -> None:
    framework, reflections = _load_set(framework_id)
    top1 = top3 = 0
    for reflection in reflections:
        found = [s.tag.domain_code for s in suggest_domains(reflection["text"], framework, 3)]
        top1 += bool(found) and found[0] in reflection["codes"]
        top3 += any(code in reflection["codes"] for code in found)
    n = len(reflections)
    print(f"\n{framework_id} n={n} top-1 {top1 / n:.2f} top-3 {top3 / n:.2f}")
    # a floor against regressions; these sets were tuned on, so this is not the real figure
    assert top1 / n >= 0.6
    assert top3 / n >= 0.75


def test_a_form_of_two_keyword_words_counts_for_both() -> None:
    # "plans" is a form of "plan" (Domain 1) and of "planning" (Domain 2): neither may
    # silently win because its name sorts first
    framework = Framework(
        id="forms",
        title="Forms",
        short_title="Forms",
        publisher="Tests",
        year=2024,
        version="v1",
        source="tests",
        domains=(
            Domain("1", "Domain 1", "", (), ("plan",)),
            Domain("2", "Domain 2", "", (), ("planning",)),
        ),
    )
    found = suggest_domains("Two plans were agreed.", framework)
    assert sorted(s.tag.domain_code for s in found) == ["1", "2"]
    assert {s.rank for s in found} == {1}


@pytest.mark.parametrize(
    "text",
    [
        "[NHS number]",
        "I took out the [NHS number] and the [postcode] before I shared it.",
        "Chased the [case reference] and rang the [phone number] twice.",
        "Child A and Parent B met me with [Child C] at [address].",
    ],
)
def test_the_identifier_checks_placeholders_are_no_reason_for_a_suggestion(text: str) -> None:
    assert suggest_domains(text, KSS_PL) == ()


def test_the_same_words_written_out_still_count() -> None:
    (first, *_) = suggest_domains("The numbers of referrals rose again.", KSS_PL)
    assert "numbers" in first.matched_phrases
