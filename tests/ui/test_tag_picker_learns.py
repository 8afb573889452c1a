"""The editor's suggestions come from the journal service, so they learn from own tagging."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from journal_app.core.models import EntryDraft, Tag
from journal_app.ui.app_context import UnlockedJournal
from tests.core.learnt_texts import KINSHIP, LATER
from tests.ui.drive import make_view
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)


def _suggested(view: object) -> list[str]:
    return [b.objectName() for b in view.editor.tag_picker.suggestion_buttons()]  # type: ignore[attr-defined]


def test_the_editor_suggests_a_domain_learnt_from_own_tagging(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    journal = views_journal.journal
    for text in KINSHIP:
        draft = EntryDraft(title="Kinship", body=text, event_date=date(2026, 3, 2))
        journal.create(draft)
    view = make_view(qtbot, views_journal)
    view.new_entry()
    view.editor.body.edit.setPlainText(LATER)
    view.editor.analyse_now()
    assert "suggest_kss-pl_4" not in _suggested(view)  # untagged, nothing learnt

    for summary in journal.list():
        journal.tag(summary.id, [Tag("kss-pl", "4")])
    view.editor.analyse_now()  # answers at once; the model is rebuilt in the background
    qtbot.waitUntil(lambda: "suggest_kss-pl_4" in _suggested(view), timeout=10_000)
    # offered with its reasons, never ticked by itself
    assert view.editor.tag_picker.tags() == ()
    (four,) = [s for s in view.editor.tag_picker.suggestions if s.tag.domain_code == "4"]
    assert "kinship" in four.matched_phrases
