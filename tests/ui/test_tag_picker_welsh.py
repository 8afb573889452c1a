"""The editor suggests SCW sections for a reflection written in Welsh, giving the Welsh words."""

# Fixtures are imported from views_fixtures, so test arguments share their names.
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal_app.ui.app_context import UnlockedJournal
from tests.ui.drive import make_view
from tests.ui.views_fixtures import views_journal  # noqa: F401  (fixture)

WELSH = (
    "Cynhaliais gyfarfod tîm i drafod y rota newydd. Roedd morâl y staff yn isel, ac fel "
    "rheolwr rhaid i mi wrando ar eu pryderon."
)


def test_a_welsh_reflection_is_offered_an_scw_section_because_of_its_welsh_words(
    qtbot: QtBot, views_journal: UnlockedJournal
) -> None:
    view = make_view(qtbot, views_journal)
    view.new_entry()
    picker = view.editor.tag_picker
    picker.set_checked("scw", "1")  # SCW in use: its sections are suggested
    view.editor.body.edit.setPlainText(WELSH)
    view.editor.analyse_now()
    assert "suggest_scw_7" in [b.objectName() for b in picker.suggestion_buttons()]
    (seven,) = [s for s in picker.suggestions if s.tag.key == "scw:7"]
    assert {"cyfarfod tîm", "morâl", "rheolwr"} <= set(seven.matched_phrases)
    labels = [label.text() for label in picker.findChildren(QLabel)]
    assert any("SCW 7" in text and "“cyfarfod tîm”" in text for text in labels)
    assert ("scw", "7") not in {(t.framework_id, t.domain_code) for t in picker.tags()}
