"""Where a framework is described, a Welsh catalogue adds what the framework is (its
``about``), since an English-only framework keeps its English title; English is unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core import messages
from journal_app.core.catalogue import Catalogue
from journal_app.ui.coverage_view import CoverageView
from journal_app.ui.editor.tag_picker import TagPicker
from journal_app.ui.first_run_pages import FrameworkPage
from journal_app.ui.tree_items import top_level_items
from tests.ui.views_fixtures import open_new_journal

TODAY = date(2026, 12, 2)


def _descriptions(picker: TagPicker) -> dict[str, str]:
    found = {}
    for item in top_level_items(picker.tree):
        picker.tree.setCurrentItem(item)  # what the description under the list then says
        found[item.text(0)] = picker.description.text()
    return found


def test_the_tag_picker_says_what_an_english_only_framework_is_in_welsh(qtbot: QtBot) -> None:
    picker = TagPicker(Catalogue.builtin(today=TODAY, language="cy"))
    qtbot.addWidget(picker)
    described = _descriptions(picker)
    kss = described["KSS practice leaders"]
    assert kss.startswith("Knowledge and skills statement for practice leaders")
    assert "dim ond yn Saesneg y mae ar gael" in kss
    assert described["Cod Gweithwyr GCC"].startswith(
        "Cod Ymarfer Proffesiynol ar gyfer Gweithwyr Gofal Cymdeithasol (Gofal Cymdeithasol Cymru"
    )


def test_the_tag_picker_reads_as_before_in_english(qtbot: QtBot) -> None:
    picker = TagPicker(Catalogue.builtin(today=TODAY, language="en"))
    qtbot.addWidget(picker)
    described = _descriptions(picker)
    assert described["KSS practice leaders"] == (
        "Knowledge and skills statement for practice leaders (Department for Education, 2018)"
    )


def test_the_first_run_notes_say_what_each_framework_is_in_welsh(qtbot: QtBot) -> None:
    catalogue = Catalogue.builtin(today=TODAY, language="cy")
    page = FrameworkPage(catalogue.frameworks, "kss-pl", None, TODAY)
    qtbot.addWidget(page)
    note = page.notes["pcf"].text()
    assert note.startswith("Professional Capabilities Framework for social work in England")
    assert "BASW" in note and "Saesneg" in note
    assert page.buttons["scw"].text() == "Cod Gweithwyr GCC"
    english_catalogue = Catalogue.builtin(today=TODAY, language="en")
    english = FrameworkPage(english_catalogue.frameworks, "kss-pl", None, TODAY)
    qtbot.addWidget(english)
    assert "\n" not in english.notes["pcf"].text()


def test_the_coverage_view_says_what_the_framework_is_beside_its_source(
    qtbot: QtBot, tmp_path: Path
) -> None:
    messages.set_language("cy")  # as start-up does, before the journal is unlocked
    try:
        unlocked = open_new_journal(tmp_path / "journal")
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)
    try:
        view = CoverageView(unlocked, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
        source = view.source_label.text()
        assert source.startswith("Datganiad gan yr Adran Addysg (Lloegr)")
        assert "Knowledge and skills statement for practice leaders" in source
        assert "diweddarwyd tudalen gov.uk ddiwethaf ar 18 Mai 2018" in source
        view.report = None
        view.framework_combo.setCurrentIndex(view.framework_combo.findData("scw"))
        qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
        source = view.source_label.text()
        assert "Cod Ymarfer Proffesiynol ar gyfer Gweithwyr Gofal Cymdeithasol" in source
        assert "1, 2, 3, 4, 5, 6, 7" in source  # every Welsh section title is our own
    finally:
        unlocked.close()
