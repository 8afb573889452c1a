"""Framework sources, versions and the Wales CPD panel in the coverage view; the move dialog."""

# ruff: noqa: F811

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft, Tag
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.coverage_view import CoverageView
from journal_app.ui.tag_move_dialog import TagMoveDialog
from tests.ui.views_fixtures import populate_year, views_journal  # noqa: F401  (fixture)

TODAY = date(2026, 11, 26)


def _coverage(qtbot: QtBot, unlocked: UnlockedJournal, framework_id: str = "") -> CoverageView:
    view = CoverageView(unlocked, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    if framework_id:
        view.report = None
        view.framework_combo.setCurrentIndex(view.framework_combo.findData(framework_id))
        qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    return view


def _tags(unlocked: UnlockedJournal, entry_id: str) -> tuple[Tag, ...]:
    return unlocked.journal.get(entry_id).tags


def test_the_source_is_named_and_the_leaders_statement_is_not_a_pqs(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = _coverage(qtbot, views_journal)
    source = view.source_label.text()
    assert source.startswith(
        "Source: Knowledge and skills statement for practice leaders (Department for Education"
    )
    assert "Checked 2 December 2026." in source
    assert "not yet confirmed against the published document: 1, 6." in source
    assert "Post-qualifying" not in source + view.framework_combo.currentText()
    assert "Suggested for your role and registration: KSS practice leaders" in (
        view.suggest_label.text()
    )
    early = _coverage(qtbot, views_journal, "ecs")
    assert "Early career standards applies from 1 April 2027." in early.suggest_label.text()


def test_tags_move_to_the_2026_welsh_code_from_the_app_and_can_be_undone(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    journal = views_journal.journal
    before = journal.create(
        EntryDraft(
            title="Before July", event_date=date(2026, 5, 1), tags=(Tag("scw", "7", "2017"),)
        )
    ).id
    after = journal.create(
        EntryDraft(
            title="After July", event_date=date(2026, 9, 1), tags=(Tag("scw", "6", "2017"),)
        )
    ).id
    view = _coverage(qtbot, views_journal, "scw")
    assert view.versions_label.text() == "2 tags still on version 2017 of SCW Workers' Code."
    assert view.move_button.isVisibleTo(view) and not view.undo_move_button.isVisibleTo(view)
    assert "Tags by version: 2017 (2)." in view.summary_label.text()

    dialog = TagMoveDialog(views_journal, "scw", view)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(3) == "scw:6 (2026)"
    assert dialog.summary.text() == "1 tag will move; 1 kept on the earlier version."
    dialog.include_earlier.setChecked(True)
    assert dialog.tree.topLevelItemCount() == 2
    dialog.include_earlier.setChecked(False)
    dialog._move()
    assert dialog.done_move is not None and dialog.done_move.tags == 1
    assert _tags(views_journal, after) == (Tag("scw", "6", "2026"),)
    assert _tags(views_journal, before) == (Tag("scw", "7", "2017"),)

    view.report = None
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    assert view.undo_move_button.isVisibleTo(view)
    view._undo_move()
    assert _tags(views_journal, after) == (Tag("scw", "6", "2017"),)
    assert "Put back 1 tag on version 2017." in view.state_label.text()


def test_someone_registered_in_wales_sees_their_renewal_and_records_since(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    populate_year(views_journal, TODAY)
    views_journal.save_preferences(
        replace(views_journal.preferences(), registered_with="scw", scw_renewal_date="2026-04-01")
    )
    view = _coverage(qtbot, views_journal)
    assert view.cpd_group.title() == "Social Care Wales CPD"
    text = view.cpd_label.text()
    assert "Last renewal: 1 April 2026" in text
    assert "You have 1 CPD record since your last renewal on 1 April 2026." in text
    assert "Social Work England" not in text and "peer reflection" not in text
