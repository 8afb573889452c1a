"""The tag picker offers only domains the journal knows (the one tag rule), and a reflection
holding a tag from before that rule keeps it when saved from the editor."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import Tag
from journal_app.ui.editor.tag_picker import TagPicker


def test_unknown_saved_tags_survive_and_only_known_domains_are_offered(qtbot: QtBot) -> None:
    catalogue = Catalogue.builtin()
    picker = TagPicker(catalogue)
    qtbot.addWidget(picker)
    legacy = (Tag("kss-pl", "99", "2015"), Tag("nope", "1", "1"))
    picker.set_tags((*legacy, Tag("kss-pl", "5", "2015")))
    assert picker.domain_item("kss-pl", "99") is None  # no tick box for an unknown domain
    picker.set_checked("kss-pl", "3")
    picker.set_checked("kss-pl", "5", False)
    assert set(picker.tags()) == {*legacy, Tag("kss-pl", "3")}


def test_the_new_frameworks_are_offered_and_a_2017_welsh_tag_keeps_its_version(
    qtbot: QtBot,
) -> None:
    from datetime import date

    catalogue = Catalogue.builtin(today=date(2026, 12, 2))
    picker = TagPicker(catalogue)
    qtbot.addWidget(picker)
    for framework_id, code in (("kss-cfp", "10"), ("ecs", "6"), ("kss-ps-adults", "8")):
        assert picker.domain_item(framework_id, code) is not None
    picker.set_tags((Tag("scw", "7", "2017"),))
    picker.set_checked("scw", "2")
    # the old tag stays on the 2017 version; the new tick takes the version in force
    assert set(picker.tags()) == {Tag("scw", "7", "2017"), Tag("scw", "2")}
