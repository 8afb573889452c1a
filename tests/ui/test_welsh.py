"""The window in Welsh: the language chosen and applied, Welsh plural forms by CLDR, Qt's own
buttons, the first-run and Preferences choices, and the compiled translations.

Most tests compile a small Welsh .ts of their own (the translators' Welsh is not needed to
test the machinery); the message-box test uses the real qt_standard.ts.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QMessageBox

from journal_app.core import messages
from journal_app.services.preferences import load_preferences
from journal_app.ui import language, translation_files
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.first_run import FirstRunDialog
from journal_app.ui.plurals import EnglishPlurals
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.translations import CatalogueTranslator

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations" / "cy"
FIRST_RUN_TITLE = "Set up your journal – Reflective Supervision Journal"
WELSH_TITLE = "Sefydlu eich dyddlyfr – Dyddlyfr Goruchwylio Myfyriol"
#: the form kept in each of Qt's five Welsh slots, named after the CLDR category it holds
SLOT_FORMS = ("zero %n", "one %n", "two %n", "few-or-many %n", "other %n")


def ts_file(*messages: tuple[str, str, str | tuple[str, ...]]) -> str:
    """A Welsh .ts: (context, source, translation or plural forms) per message."""
    body = []
    for context, source, translation in messages:
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translation)
            body.append(
                f'<context><name>{context}</name><message numerus="yes">'
                f"<source>{escape(source)}</source><translation>{forms}</translation>"
                "</message></context>"
            )
        else:
            body.append(
                f"<context><name>{context}</name><message><source>{escape(source)}</source>"
                f"<translation>{escape(translation)}</translation></message></context>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="cy_GB">{"".join(body)}</TS>\n'
    )


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Compiled translations go to a temp folder, never the user's cache."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(language, "translations_cache", lambda: folder)
    return folder


@pytest.fixture
def welsh_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> Path:
    """A Welsh source folder of our own: Qt's buttons and a few of the window's words."""
    folder = tmp_path / "cy"
    folder.mkdir()
    shutil.copy(SOURCES / "qt_standard.ts", folder / "qt_standard.ts")
    (folder / "window.ts").write_text(
        ts_file(
            ("FirstRunDialog", FIRST_RUN_TITLE, WELSH_TITLE),
            ("Language", "Language", "Iaith"),
            ("Test", "%n reflection(s)", SLOT_FORMS),
            (
                "Test",
                "in %n day(s)",
                ("heddiw", "yfory", "mewn %n ddiwrnod", "mewn %n diwrnod", "mewn %n diwrnod"),
            ),
        ),
        encoding="utf-8",
    )
    real = translation_files.sources_folder
    monkeypatch.setattr(
        translation_files,
        "sources_folder",
        lambda lang: folder if lang == "cy" else real(lang),
    )
    return folder


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does, the session goes on in English with English plurals."""
    yield
    language.apply_language(qapp, "en")
    assert messages.current_language() == "en"


def _our_translators(app: QApplication) -> list[QTranslator]:
    return [
        t
        for t in app.findChildren(QTranslator)
        if isinstance(t, CatalogueTranslator | EnglishPlurals)
    ]


# -- plural forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "zero 0"),
        (1, "one 1"),
        (2, "two 2"),
        (3, "few-or-many 3"),  # Qt's own rule would give the form of 2 here
        (4, "other 4"),  # ...and here
        (6, "few-or-many 6"),
        (7, "other 7"),
        (11, "other 11"),
        (100, "other 100"),
        (12345, "other 12,345"),
    ],
)
def test_welsh_plurals_follow_cldr(
    qapp, welsh_sources: Path, back_to_english: None, count: int, shown: str
) -> None:
    language.apply_language(qapp, "cy")
    assert QCoreApplication.translate("Test", "%n reflection(s)", "", count) == shown


def test_qt_alone_would_put_three_to_five_with_two(qapp, welsh_sources: Path, cache: Path) -> None:
    """Why the translator asks by CLDR category: Qt's own Welsh rule, on the same file."""
    compiled = translation_files.compiled_translations("cy", cache)
    assert compiled is not None
    plain = QTranslator()
    assert plain.load(str(compiled))
    forms = {n: plain.translate("Test", "%n reflection(s)", "", n) for n in (2, 3, 4, 5, 6)}
    assert forms == {2: "two %n", 3: "two %n", 4: "two %n", 5: "two %n", 6: "few-or-many %n"}


def test_welsh_words_for_a_count_and_english_until_translated(
    qapp, welsh_sources: Path, back_to_english: None
) -> None:
    language.apply_language(qapp, "cy")
    days = [QCoreApplication.translate("Test", "in %n day(s)", "", n) for n in (0, 1, 2, 3, 5)]
    assert days == ["heddiw", "yfory", "mewn 2 ddiwrnod", "mewn 3 diwrnod", "mewn 5 diwrnod"]
    # no Welsh yet: English, with English plural forms
    assert QCoreApplication.translate("Test", "%n action(s) overdue", "", 1) == "1 action overdue"
    assert QCoreApplication.translate("Test", "Not translated") == "Not translated"


# -- applying a language --------------------------------------------------------------------------


def test_a_welsh_message_box_has_welsh_buttons(qapp, cache: Path, back_to_english: None) -> None:
    language.apply_language(qapp, "cy")  # the real sources: qt_standard.ts is Welsh
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.No | buttons.Cancel | buttons.Ok
    )
    box.setDetailedText("manylion")
    texts = sorted(button.text() for button in box.buttons())
    assert {"&Ie", "&Na", "Canslo", "Iawn", "Dangos y Manylion..."} <= set(texts)
    language.apply_language(qapp, "en")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.Cancel)
    assert sorted(button.text() for button in box.buttons()) == ["&Yes", "Cancel"]


def test_applying_a_language_sets_the_catalogue_the_locale_and_one_translator(
    qapp, welsh_sources: Path, back_to_english: None
) -> None:
    language.apply_language(qapp, "cy")
    language.apply_language(qapp, "cy")  # again: still one translator
    assert messages.current_language() == "cy"
    assert [type(t) for t in _our_translators(qapp)] == [CatalogueTranslator]
    picker = QDateEdit(QDate(2026, 12, 2))
    picker.setDisplayFormat("d MMMM yyyy")
    assert picker.text() == "2 Rhagfyr 2026"  # Qt's Welsh month names for the date pickers
    language.apply_language(qapp, "en")
    assert [type(t) for t in _our_translators(qapp)] == [EnglishPlurals]
    picker = QDateEdit(QDate(2026, 12, 2))
    picker.setDisplayFormat("d MMMM yyyy")
    assert picker.text() == "2 December 2026"


def test_without_lrelease_the_window_speaks_english_and_says_why_in_the_log(
    qapp, welsh_sources: Path, monkeypatch: pytest.MonkeyPatch, caplog, back_to_english: None
) -> None:
    monkeypatch.setattr(translation_files, "lrelease_program", lambda: None)
    with caplog.at_level(logging.WARNING):
        language.apply_language(qapp, "cy")
    assert [type(t) for t in _our_translators(qapp)] == [EnglishPlurals]
    assert messages.current_language() == "cy"  # the catalogue's Welsh still shows
    assert "lrelease is not installed" in caplog.text


def test_the_start_up_speaks_the_language_chosen_on_this_computer(
    qapp, welsh_sources: Path, back_to_english: None
) -> None:
    language.store_choice("cy")
    try:
        assert language.start_language(qapp) == "cy"
        assert messages.current_language() == "cy"
        assert QCoreApplication.translate("FirstRunDialog", FIRST_RUN_TITLE) == WELSH_TITLE
        language.start_language(qapp, "en")  # journal-app --language en: this time only
        assert messages.current_language() == "en"
        assert language.stored_choice() == "cy"
    finally:
        language.store_choice("system")


# -- choosing -------------------------------------------------------------------------------------


def test_choosing_cymraeg_on_the_welcome_page_rebuilds_the_dialog_in_welsh(
    make_app, vault, qtbot, welsh_sources: Path, back_to_english: None
) -> None:
    app = make_app(vault)
    app.start()
    first = app.dialog
    assert isinstance(first, FirstRunDialog) and first.windowTitle() == FIRST_RUN_TITLE
    chooser = first.welcome.language
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "Follow the system",
        "English",
        "Cymraeg",
    ]
    try:
        chooser.activated.emit(chooser.findData("cy"))
        second = app.dialog
        assert isinstance(second, FirstRunDialog) and second is not first
        assert second.windowTitle() == WELSH_TITLE
        assert second.welcome.language.currentData() == "cy"
        assert language.stored_choice() == "cy"
        assert messages.current_language() == "cy"
    finally:
        language.store_choice("system")


def test_a_new_language_in_preferences_is_saved_and_shows_from_the_next_start(
    vault, database, tasks, qtbot, monkeypatch: pytest.MonkeyPatch, back_to_english: None
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "journal_app.ui.settings_dialog.tell_about_restart",
        lambda _parent, lang: told.append(lang),
    )
    unlocked = UnlockedJournal.open(vault, database)
    dialog = SettingsDialog(unlocked, load_preferences(database), tasks)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    try:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert load_preferences(database).language == "cy"
        assert QSettings().value(language.LANGUAGE_SETTING) == "cy"
        assert told == ["cy"]
        assert messages.current_language() == "en"  # this session keeps its words
    finally:
        language.store_choice("system")


def test_the_notice_about_the_next_start_is_in_the_language_chosen(
    qapp, welsh_sources: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None
) -> None:
    shown: list[tuple[str, list[str]]] = []

    def information(_parent: object, title: str, _text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok)
        shown.append((title, [button.text() for button in box.buttons()]))

    monkeypatch.setattr(QMessageBox, "information", information)
    language.tell_about_restart(None, "cy")
    assert shown == [("Iaith", ["Iawn"])]
    assert messages.current_language() == "en"
    assert QCoreApplication.translate("Language", "Language") == "Language"


# -- compiled translations ------------------------------------------------------------------------


def test_the_sources_compile_once_and_again_only_when_they_change(
    welsh_sources: Path, cache: Path
) -> None:
    first = translation_files.compiled_translations("cy", cache)
    assert first is not None and first.parent == cache
    assert first.name.startswith("cy-") and first.suffix == ".qm"
    made = first.stat().st_mtime_ns
    assert translation_files.compiled_translations("cy", cache) == first
    assert first.stat().st_mtime_ns == made  # reused, not compiled again
    window = welsh_sources / "window.ts"
    window.write_text(window.read_text(encoding="utf-8").replace("Iaith", "Yr iaith"), "utf-8")
    second = translation_files.compiled_translations("cy", cache)
    assert second is not None and second != first
    assert sorted(cache.glob("cy-*.qm")) == [second]  # the one for the old sources is gone
    assert translation_files.compiled_translations("en", cache) is None


def test_a_build_s_compiled_file_is_used_when_it_matches_the_sources(
    welsh_sources: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shipped = tmp_path / "shipped"
    sources = translation_files.source_files("cy")
    made = translation_files.compile_sources(
        sources, shipped / translation_files.compiled_name("cy", sources)
    )
    monkeypatch.setattr(
        translation_files, "resource_path", lambda *parts: shipped.joinpath(*parts[1:])
    )
    assert translation_files.compiled_translations("cy", cache) == made
    assert not cache.exists()  # nothing compiled at start-up
