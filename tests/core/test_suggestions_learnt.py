"""Domain suggestions that learn from the person's own tagging: the model and the service."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from journal_app.core.frameworks import load_framework
from journal_app.core.models import EntryDraft, Tag
from journal_app.core.resources import resource_path
from journal_app.core.suggestions import suggest_domains
from journal_app.core.tagged_model import build_model, feature_counts
from journal_app.services.journal import JournalService
from tests.conftest import snapshot

KSS_PL = load_framework(resource_path("frameworks", "kss-pl.json"))

# A person who files their kinship work under Domain 4. None of these words is a kss-pl
# keyword, so the keyword model alone never suggests Domain 4 for them.
KINSHIP = (
    "Long afternoon with the kinship carers going through the guardianship paperwork.",
    "The grandparents asked again how guardianship differs from fostering for kinship carers.",
    "Kinship carers want a clearer guardianship support offer and someone who calls back.",
    "I explained the guardianship allowance to an aunt, one of our newer kinship carers.",
    "Another kinship household is unsure about guardianship and what happens at eighteen.",
)
LATER = "An uncle rang: the kinship carers are worried about the guardianship allowance."


def _codes(found: tuple[object, ...]) -> list[str]:
    return [s.tag.domain_code for s in found]  # type: ignore[attr-defined]


def test_the_keyword_model_alone_does_not_suggest_the_domain() -> None:
    assert "4" not in _codes(suggest_domains(LATER, KSS_PL, 5))
    for text in KINSHIP:
        assert "4" not in _codes(suggest_domains(text, KSS_PL, 5))


def test_an_empty_model_changes_nothing() -> None:
    empty = build_model([])
    assert empty.size == 0 and empty.examples == {}
    text = "A case audit of workload and risk decisions, and a kinship carer."
    assert suggest_domains(text, KSS_PL, 5, learnt=empty) == suggest_domains(text, KSS_PL, 5)


def test_learnt_words_suggest_the_domain_and_say_why() -> None:
    model = build_model((text, ["4"]) for text in KINSHIP)
    found = suggest_domains(LATER, KSS_PL, 3, learnt=model)
    (four,) = [s for s in found if s.tag.domain_code == "4"]
    assert {"kinship", "guardianship"} <= set(four.learnt_words)
    assert set(four.learnt_words) <= set(four.matched_phrases)
    assert four.learnt_from == len(KINSHIP)


def test_the_weight_grows_with_the_number_of_tagged_examples() -> None:
    scores = []
    for count in (2, 3, 5):
        model = build_model((text, ["4"]) for text in KINSHIP[:count])
        found = {s.tag.domain_code: s for s in suggest_domains(LATER, KSS_PL, 5, learnt=model)}
        scores.append(found["4"].score if "4" in found else 0.0)
    assert scores[0] < scores[1] < scores[2]


def test_a_word_from_one_reflection_only_is_never_learnt() -> None:
    # "Marchetti" (a name) appears in one tagged reflection: it must not become a reason
    texts = [KINSHIP[0] + " Mrs Marchetti joined us.", *KINSHIP[1:3]]
    model = build_model((text, ["4"]) for text in texts)
    evidence = model.evidence("Mrs Marchetti phoned about the dog.")
    assert "4" not in evidence


def test_words_typical_of_every_domain_are_not_reasons() -> None:
    # "reflection" is in every tagged text, so it says nothing about any one domain
    model = build_model(
        [
            ("My reflection on the kinship guardianship meeting.", ["4"]),
            ("My reflection on kinship guardianship again.", ["4"]),
            ("My reflection on the audit sample.", ["6"]),
            ("My reflection on the audit sample, again.", ["6"]),
        ]
    )
    assert model.evidence("A reflection.") == {}


# --- through the journal service, on a real encrypted journal ---------------------------


def _draft(text: str, tags: tuple[Tag, ...] = ()) -> EntryDraft:
    return EntryDraft(
        title="Reflection", body=text, event_date=date(2026, 3, 2), template_id="free", tags=tags
    )


def test_tagging_reflections_changes_later_suggestions(
    journal: JournalService, data_dir: Path
) -> None:
    ids = [journal.create(_draft(text)).id for text in KINSHIP]
    # untagged, they teach nothing
    assert "4" not in _codes(journal.suggest_domains(LATER, KSS_PL, 3))

    for entry_id in ids:
        journal.tag(entry_id, [Tag("kss-pl", "4")])
    before = snapshot(data_dir)
    found = journal.suggest_domains(LATER, KSS_PL, 3)
    assert "4" in _codes(found)
    (four,) = [s for s in found if s.tag.domain_code == "4"]
    assert "kinship" in four.learnt_words and four.learnt_from == len(KINSHIP)
    # a suggestion is only offered: nothing was tagged, nothing new was written to disk
    assert snapshot(data_dir) == before
    assert all(journal.get(entry_id).tags == (Tag("kss-pl", "4", "2018"),) for entry_id in ids)

    # untagging most of them is seen at once (the model is rebuilt when tags change)
    for entry_id in ids[1:]:
        journal.untag(entry_id, [Tag("kss-pl", "4")])
    assert "4" not in _codes(journal.suggest_domains(LATER, KSS_PL, 3))


def test_trashed_reflections_and_other_frameworks_are_not_learnt_from(
    journal: JournalService,
) -> None:
    ids = [journal.create(_draft(text, (Tag("kss-pl", "4"),))).id for text in KINSHIP]
    journal.create(_draft(KINSHIP[0], (Tag("kss-ps", "2"),)))
    assert [codes for _, codes in journal.tagged_texts("kss-ps")] == [("2",)]
    assert len(journal.tagged_texts("kss-pl")) == len(KINSHIP)
    for entry_id in ids:
        journal.trash(entry_id)
    assert journal.tagged_texts("kss-pl") == []
    assert "4" not in _codes(journal.suggest_domains(LATER, KSS_PL, 3))


def test_editing_a_tagged_reflection_is_learnt_again(journal: JournalService) -> None:
    ids = [journal.create(_draft(text, (Tag("kss-pl", "4"),))).id for text in KINSHIP]
    assert "4" in _codes(journal.suggest_domains(LATER, KSS_PL, 3))
    # the person rewrites those reflections without the kinship words: the cached word
    # counts of the old text must not keep suggesting Domain 4
    for entry_id in ids:
        journal.update(entry_id, _draft("Notes moved to another place.", (Tag("kss-pl", "4"),)))
    assert "4" not in _codes(journal.suggest_domains(LATER, KSS_PL, 3))


def test_a_word_that_hardly_moved_the_score_is_not_given_as_a_reason() -> None:
    # the person filed kinship work under Domain 6, which the text also matches by keyword
    model = build_model((text, ["6"]) for text in KINSHIP[:2])
    # one learnt word lost in a long text about something else: its share is negligible
    filler = " ".join("fill" + "".join(chr(97 + int(d)) for d in str(n)) for n in range(300))
    text = f"A case audit of supervision. {filler} kinship."
    with_model = suggest_domains(text, KSS_PL, 5, learnt=model)
    assert with_model == suggest_domains(text, KSS_PL, 5)
    assert all("kinship" not in s.matched_phrases for s in with_model)


def test_placeholders_are_no_feature_of_the_learnt_model() -> None:
    written = "Removed the [NHS number] for Child A and [Parent B]."
    assert feature_counts(written) == Counter({"removed": 1})
    plain = feature_counts("Removed the NHS number for the child.")
    assert {"nhs", "number", "child"} <= set(plain)
