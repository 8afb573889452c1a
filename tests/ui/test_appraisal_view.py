"""The appraisal workspace view: what is typed is stored, refused input changes nothing,
last period's plan is reviewed this period, actions become objectives, feedback is checked.

Every text here is fictional.
"""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal_app.core.appraisal import ObjectiveOutcome
from journal_app.core.models import Action, EntryDraft, Status, Tag
from journal_app.core.periods import Period
from journal_app.services.appraisals import Appraisals
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.appraisal.view import AppraisalView
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)

TODAY = date(2026, 12, 2)
THIS_YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
LAST_YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))


def _view(qtbot: QtBot, unlocked: UnlockedJournal) -> AppraisalView:
    view = AppraisalView(unlocked, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def _stored(unlocked: UnlockedJournal) -> Appraisals:
    return unlocked.appraisals()


def test_it_opens_on_this_years_workspace_with_the_domains_and_their_evidence(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    views_journal.journal.create(
        EntryDraft(
            "Clarifying the practice model",
            event_date=date(2026, 6, 1),
            status=Status.FINAL,
            tags=(Tag("kss-pl", "1"),),
        )
    )
    view = _view(qtbot, views_journal)
    assert view.period() == THIS_YEAR
    page = view.self_assessment
    assert page.domain_list.count() == 6
    assert "1 reflection" in page.domain_list.item(0).text()
    assert page.evidence_list.item(0).text() == "Clarifying the practice model"
    opened: list[str] = []
    page.open_entry_requested.connect(opened.append)
    page.evidence_list.itemActivated.emit(page.evidence_list.item(0))
    assert opened and opened[0]


def test_a_self_assessment_is_saved_when_another_domain_is_chosen(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = _view(qtbot, views_journal)
    page = view.self_assessment
    page.strengths.setPlainText("Steadier group supervision.")
    page.to_develop.setPlainText("Delegating the audit.")
    page.domain_list.setCurrentRow(2)
    stored = _stored(views_journal).find(THIS_YEAR)
    assert stored is not None
    assert stored.self_assessment("1").strengths == "Steadier group supervision."
    assert stored.self_assessment("1").to_develop == "Delegating the audit."
    assert "✓" in page.domain_list.item(0).text()
    page.domain_list.setCurrentRow(0)  # and it comes back
    assert page.strengths.toPlainText() == "Steadier group supervision."


def test_a_wrong_date_is_refused_in_words_and_nothing_is_stored(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = _view(qtbot, views_journal)
    view.tabs.setCurrentWidget(view.plan)
    view.plan.text.setPlainText("Lead the peer audit")
    view.plan.by_when.setText("31 Febtember 2027")
    assert not view.plan.save()
    assert view.problem_label.isVisible() and "not a month name" in view.problem_label.text()
    stored = _stored(views_journal).find(THIS_YEAR)
    assert stored is not None and stored.plan == ()


def test_an_objective_with_domains_and_an_action_from_a_reflection_join_the_plan(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    views_journal.journal.create(
        EntryDraft(
            "After the audit",
            event_date=date(2026, 9, 1),
            actions=(Action("Share the audit tool with the teams", due_date=date(2027, 1, 5)),),
        )
    )
    view = _view(qtbot, views_journal)
    plan = view.plan
    plan.text.setPlainText("Lead the peer audit")
    plan.how.setText("With two team managers")
    plan.by_when.setText("31 January 2027")
    plan.domain_boxes[2].setChecked(True)
    assert plan.save()
    assert plan.add_action_button.isEnabled()
    plan.add_action_button.click()
    stored = _stored(views_journal).find(THIS_YEAR)
    assert stored is not None
    assert [(o.text, o.domain_codes, o.by_when) for o in stored.plan] == [
        ("Lead the peer audit", ("3",), date(2027, 1, 31)),
        ("Share the audit tool with the teams", (), date(2027, 1, 5)),
    ]
    assert stored.plan[1].from_action_id
    assert not plan.add_action_button.isEnabled()  # nothing else left to add


def test_last_years_plan_is_reviewed_on_this_years_page(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    from journal_app.core.appraisal import Objective

    service = _stored(views_journal)
    last = service.start(LAST_YEAR, "kss-pl")
    service.add_objective(last.id, Objective("Finish the leadership programme"))
    view = _view(qtbot, views_journal)
    review = view.review
    view.tabs.setCurrentWidget(review)
    assert review.objective_list.count() == 1
    review.outcome.setCurrentIndex(review.outcome.findData(ObjectiveOutcome.PARTLY_MET))
    review.note.setPlainText("Four modules of six.")
    assert review.save()
    kept = service.get(last.id).plan[0]
    assert (kept.outcome, kept.outcome_note) == (
        ObjectiveOutcome.PARTLY_MET,
        "Four modules of six.",
    )
    assert "Partly met" in review.objective_list.item(0).text()


def test_feedback_is_checked_for_identifying_details_as_it_is_typed(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = _view(qtbot, views_journal)
    page = view.feedback
    view.tabs.setCurrentWidget(page)
    page.quote.setPlainText("You helped Jayden Smith's mum feel heard.")
    assert page.findings.isVisible() and "Jayden" in page.findings.text()
    page.quote.setPlainText("You helped the mother feel heard.")
    assert not page.findings.isVisible()
    page.context.setText("family feedback form")
    assert page.save()
    stored = _stored(views_journal).find(THIS_YEAR)
    assert stored is not None and stored.feedback[0].quote == "You helped the mother feel heard."
    assert "“You helped the mother feel heard.”" in page.quote_list.item(0).text()


def test_removing_asks_first_and_a_new_objective_being_typed_is_kept(
    qtbot: QtBot, views_journal: UnlockedJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.appraisal import Feedback

    service = _stored(views_journal)
    workspace = service.start(THIS_YEAR, "kss-pl")
    service.add_feedback(workspace.id, Feedback("First quote."))
    service.add_feedback(workspace.id, Feedback("Second quote."))
    view = _view(qtbot, views_journal)
    page = view.feedback
    view.tabs.setCurrentWidget(page)
    page.quote_list.setCurrentRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: next(answers))
    page.remove_button.click()  # "No": nothing removed
    assert [f.quote for f in service.get(workspace.id).feedback] == [
        "First quote.",
        "Second quote.",
    ]
    page.remove_button.click()  # "Yes"
    assert [f.quote for f in service.get(workspace.id).feedback] == ["Second quote."]
    assert page.quote.toPlainText() == "Second quote."  # the next one is shown

    view.tabs.setCurrentWidget(view.plan)
    view.plan.new_button.click()
    view.plan.text.setPlainText("Half-typed objective")
    page.quote.setPlainText("Second quote, corrected.")
    assert page.save()  # a change from another page...
    assert view.plan.text.toPlainText() == "Half-typed objective"  # ...keeps what is typed
