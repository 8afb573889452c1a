"""The appraisal workspace: self-assessment, objectives carried into the next period,
promoted actions, feedback; refused input changes nothing; all of it encrypted and kept.

Every quote and objective here is fictional.
"""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.appraisal import Feedback, FeedbackSource, Objective, ObjectiveOutcome
from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.models import Action, EntryDraft
from journal_app.core.periods import Period
from journal_app.services.appraisals import MAX_QUOTE, Appraisals
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase
from tests.conftest import PASSPHRASE, snapshot

THIS_YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
LAST_YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))


@pytest.fixture
def appraisals(database: JournalDatabase) -> Appraisals:
    return Appraisals(database, Catalogue.builtin())


def test_a_workspace_is_made_once_per_period(appraisals: Appraisals) -> None:
    first = appraisals.start(THIS_YEAR, "kss-pl")
    again = appraisals.start(THIS_YEAR, "kss-pl")
    assert first.id and first.id == again.id
    assert [a.period for a in appraisals.list()] == [THIS_YEAR]


def test_self_assessment_is_kept_per_domain_and_emptied_away(appraisals: Appraisals) -> None:
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.set_self_assessment(
        workspace.id, "3", strengths="Group supervision is steadier.", to_develop=""
    )
    updated = appraisals.set_self_assessment(
        workspace.id, "5", strengths="", to_develop="Challenging drift in plans."
    )
    assert updated.self_assessment("3").strengths == "Group supervision is steadier."
    assert updated.self_assessment("5").to_develop == "Challenging drift in plans."
    cleared = appraisals.set_self_assessment(workspace.id, "3", strengths=" ", to_develop="")
    assert [s.domain_code for s in cleared.self_assessments] == ["5"]
    assert appraisals.get(workspace.id) == cleared


def test_last_years_plan_is_reviewed_in_this_years_workspace(appraisals: Appraisals) -> None:
    last = appraisals.start(LAST_YEAR, "kss-pl")
    planned = appraisals.add_objective(
        last.id,
        Objective(
            "Run a monthly reflective case discussion.",
            domain_codes=("3", "5"),
            how="Book the room for the year.",
            by_when=date(2026, 3, 1),
        ),
    )
    objective = planned.plan[0]
    this = appraisals.start(THIS_YEAR, "kss-pl")

    previous = appraisals.previous(this)
    assert previous is not None and previous.id == last.id
    assert [o.text for o in previous.plan] == ["Run a monthly reflective case discussion."]

    reviewed = appraisals.review_objective(
        last.id, objective.id, ObjectiveOutcome.PARTLY_MET, "Eight of twelve were held."
    )
    assert reviewed.plan[0].outcome is ObjectiveOutcome.PARTLY_MET
    assert reviewed.plan[0].outcome_note == "Eight of twelve were held."
    assert reviewed.plan[0].id == objective.id  # the same objective, not a copy
    assert appraisals.previous(appraisals.start(LAST_YEAR, "kss-pl")) is None


def test_an_action_from_a_reflection_becomes_an_objective_once(
    database: JournalDatabase, appraisals: Appraisals
) -> None:
    journal = JournalService(database, Catalogue.builtin())
    entry = journal.create(
        EntryDraft(
            "After group supervision",
            actions=(Action("Shadow the new team manager's audits", due_date=date(2026, 9, 1)),),
        )
    )
    action = entry.actions[0]
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    promoted = appraisals.promote_action(workspace.id, action, ["6"])
    objective = promoted.plan[0]
    assert (objective.text, objective.by_when, objective.from_action_id) == (
        "Shadow the new team manager's audits",
        date(2026, 9, 1),
        action.id,
    )
    assert objective.domain_codes == ("6",)
    with pytest.raises(InvalidInputError, match="already in the plan"):
        appraisals.promote_action(workspace.id, action)


def test_feedback_is_added_changed_and_removed(appraisals: Appraisals) -> None:
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    added = appraisals.add_feedback(
        workspace.id,
        Feedback(
            "Supervision helped me see the pattern in the referrals.",
            FeedbackSource.SUPERVISEE,
            "end-of-year supervision survey",
            date(2026, 11, 20),
        ),
    )
    quote = added.feedback[0]
    assert quote.id and quote.source is FeedbackSource.SUPERVISEE
    changed = appraisals.update_feedback(
        workspace.id, Feedback("Clearer now.", FeedbackSource.MANAGER, id=quote.id)
    )
    assert [(f.quote, f.source) for f in changed.feedback] == [
        ("Clearer now.", FeedbackSource.MANAGER)
    ]
    assert appraisals.remove_feedback(workspace.id, quote.id).feedback == ()


@pytest.mark.parametrize(
    "bad_call",
    [
        lambda a, w: a.set_self_assessment(w, "99", strengths="x", to_develop=""),
        lambda a, w: a.set_self_assessment(w, "3", strengths="a\x00b", to_develop=""),
        lambda a, w: a.add_objective(w, Objective("  ")),
        lambda a, w: a.add_objective(w, Objective("Fine", domain_codes=("42",))),
        lambda a, w: a.add_objective(w, Objective("Fine", by_when=date(1900, 1, 1))),
        lambda a, w: a.add_feedback(w, Feedback("")),
        lambda a, w: a.add_feedback(w, Feedback("x" * (MAX_QUOTE + 1))),
        lambda a, w: a.remove_feedback(w, "no-such-id"),
        lambda a, w: a.update_objective(w, Objective("Fine", id="no-such-id")),
        lambda a, w: a.set_details(w, framework_id="no-such-framework", appraisal_date=None),
        lambda a, w: a.set_details(w, framework_id="kss-pl", appraisal_date=date(2300, 1, 1)),
        lambda a, w: a.review_objective(w, "no-such-id", ObjectiveOutcome.MET),
    ],
)
def test_bad_input_is_refused_in_words_and_changes_nothing(
    appraisals: Appraisals, database: JournalDatabase, bad_call: object
) -> None:
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.add_objective(workspace.id, Objective("Keep this one."))
    before = appraisals.get(workspace.id)
    with pytest.raises(InvalidInputError) as refused:
        bad_call(appraisals, workspace.id)  # type: ignore[operator]
    assert "Traceback" not in str(refused.value) and str(refused.value).endswith(".")
    assert appraisals.get(workspace.id) == before


def test_a_period_that_cannot_be_an_appraisal_is_refused(appraisals: Appraisals) -> None:
    with pytest.raises(InvalidInputError):
        appraisals.start(Period(date(2020, 1, 1), date(2026, 1, 1)), "kss-pl")
    with pytest.raises(InvalidInputError):
        appraisals.start(THIS_YEAR, "no-such-framework")
    assert appraisals.list() == []


def test_the_workspace_survives_lock_and_unlock_and_is_not_in_plaintext(
    vault: Vault, database: JournalDatabase
) -> None:
    marker = "Quokka-lantern-7731"
    appraisals = Appraisals(database, Catalogue.builtin())
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.set_self_assessment(workspace.id, "1", strengths=marker, to_develop="")
    appraisals.add_feedback(workspace.id, Feedback(f"Quote {marker}"))
    database.close()

    for name, data in snapshot(vault.data_dir).items():
        assert marker.encode() not in data, name
        assert marker.encode("utf-16-le") not in data, name

    reopened = vault.unlock(PASSPHRASE)
    try:
        kept = Appraisals(reopened, Catalogue.builtin()).get(workspace.id)
        assert kept.self_assessment("1").strengths == marker
        assert kept.feedback[0].quote == f"Quote {marker}"
        assert marker in " ".join(kept.texts())
    finally:
        reopened.close()


def test_removing_a_workspace_leaves_reflections_alone(
    database: JournalDatabase, appraisals: Appraisals
) -> None:
    journal = JournalService(database, Catalogue.builtin())
    entry = journal.create(EntryDraft("A reflection", actions=(Action("An action"),)))
    workspace = appraisals.start(THIS_YEAR, "kss-pl")
    appraisals.promote_action(workspace.id, entry.actions[0])
    appraisals.delete(workspace.id)
    assert appraisals.list() == []
    assert journal.get(entry.id).actions == entry.actions
    with pytest.raises(InvalidInputError):
        appraisals.delete(workspace.id)
