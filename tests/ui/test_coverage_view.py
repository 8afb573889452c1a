"""The coverage view: heat map, gaps in words, CPD status and actions due."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.coverage_view import CoverageView
from tests.ui.views_fixtures import populate_year, views_journal  # noqa: F401  (fixture)

TODAY = date(2026, 11, 26)


def make_coverage(qtbot: QtBot, unlocked: UnlockedJournal) -> CoverageView:
    view = CoverageView(unlocked, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    return view


def test_coverage_shows_gaps_cpd_and_actions(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    populate_year(views_journal, TODAY)
    view = make_coverage(qtbot, views_journal)

    assert view.gaps_label.text().startswith("No evidence yet for 3 of 6 domains")
    assert "2 Creating a context for excellent practice" in view.gaps_label.text()
    assert view.summary_label.text().startswith("6 reflections in this appraisal year")

    cpd = view.cpd_label.text()
    assert "CPD records: 1 of at least 2" in cpd
    assert "With peer reflection: 0 of at least 1" in cpd
    assert "Days to 30 November 2026: 4" in cpd
    assert "at least 2 are needed" in cpd

    tree = view.actions_tree
    assert tree.topLevelItemCount() == 10
    assert tree.topLevelItem(0).text(0).startswith("Overdue:")
    assert "5 overdue" in view.actions_empty.text()

    described = view.heat_map.describe()
    assert "5 Support effective decision-making: 3 reflections." in described
    assert "Nov" not in described  # words for screen readers, not the drawing's labels
    assert not view.heat_map.grab().isNull()


def test_empty_journal_and_another_framework(qtbot: QtBot, views_journal: UnlockedJournal) -> None:
    view = make_coverage(qtbot, views_journal)
    assert view.gaps_label.text() == "No evidence yet for any of the 6 domains in this period."
    assert "You have no CPD records" in view.cpd_label.text()
    assert view.actions_empty.text() == "No open actions for this year."

    view.report = None
    view.framework_combo.setCurrentIndex(view.framework_combo.findData("kss-ps"))
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    assert len(view.report.coverage.domains) == 8
    assert "8 domains" in view.gaps_label.text()

    view.report = None
    view.year_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    assert view.report.coverage.period.start == date(2025, 4, 1)


def test_working_out_coverage_stops_when_cancelled(views_journal: UnlockedJournal) -> None:
    import pytest

    from journal_app.core.periods import appraisal_year
    from journal_app.services.coverage_report import ReportCancelled, build_report

    populate_year(views_journal, TODAY)
    framework = views_journal.catalogue.framework("kss-pl")
    period = appraisal_year(TODAY)
    with pytest.raises(ReportCancelled):
        build_report(views_journal.journal, framework, period, TODAY, lambda: True)
    report = build_report(views_journal.journal, framework, period, TODAY)
    assert report.coverage.total_entries == 6
