"""The language the window speaks: the person's choice, kept outside the journal, applied
at start-up.

The choice ("system", "en" or "cy", :data:`journal_app.core.language.CHOICES`) is a
preference inside the journal and, like the theme, is mirrored in QSettings: the first-run
and unlock dialogs are on screen before any journal is open. "Follow the system" takes the
first of the system's preferred languages (``QLocale.uiLanguages``) the journal speaks.

Applying a language sets the message catalogue's language (words from below the window),
Qt's default locale (date pickers, month names) and the one translator of the window's
words. The window's words are set as each widget is built, so a change made in Preferences
shows from the next start; a change on the first-run welcome page rebuilds that dialog at
once (nothing is typed there yet).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from journal_app.core import language as languages
from journal_app.core import messages
from journal_app.ui.plurals import EnglishPlurals
from journal_app.ui.translation_files import CompileError, compiled_translations
from journal_app.ui.translations import CatalogueTranslator

log = logging.getLogger(__name__)

LANGUAGE_SETTING = "appearance/language"
#: Qt's locale for each language (UK English: day-first dates, "Sept"-free month names)
QT_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "cy": (QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def stored_choice() -> str:
    """The language chosen last time on this computer (``"system"`` until one is chosen)."""
    value = QSettings().value(LANGUAGE_SETTING, languages.SYSTEM)
    return value if isinstance(value, str) and value in languages.CHOICES else languages.SYSTEM


def store_choice(choice: str) -> None:
    if choice in languages.CHOICES:
        QSettings().setValue(LANGUAGE_SETTING, choice)


def system_language() -> str | None:
    """The first of the system's preferred languages the journal speaks, if any."""
    return languages.first_supported(QLocale.system().uiLanguages())


def effective_language(choice: str) -> str:
    """The language to speak for a choice: itself, or the system's for "system"."""
    return languages.resolve(choice, system_language())


def current_language() -> str:
    """The language the window speaks now."""
    return messages.current_language()


def qt_locale(language: str) -> QLocale:
    language_code, country = QT_LOCALES.get(language, QT_LOCALES[languages.DEFAULT])
    return QLocale(language_code, country)


def translations_cache() -> Path:
    """Where translations compiled from the source tree are kept (not the journal's folder:
    they hold the window's words only, never anything the person wrote)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(found or Path.home() / ".cache") / "translations"


def make_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator:
    """The translator for ``language``: English's plural forms, or the language's catalogue.

    If the catalogue cannot be compiled or read (a source tree without lrelease), the window
    speaks English and says why in the log; the messages from below it keep the language.
    """
    if language != messages.SOURCE_LANGUAGE:
        try:
            compiled = compiled_translations(language, translations_cache())
            if compiled is not None:
                return CatalogueTranslator(language, compiled, parent)
        except (CompileError, OSError) as error:
            log.warning("the window's %s words could not be loaded: %s", language, error)
    return EnglishPlurals(parent)


def apply_language(app: QCoreApplication, language: str) -> QTranslator:
    """Speak ``language`` from now on: the messages, Qt's locale and the window's words.

    Widgets built before keep their words; the new ones use the new language.
    """
    messages.set_language(language)
    QLocale.setDefault(qt_locale(language))
    for old in app.findChildren(QTranslator):
        if isinstance(old, EnglishPlurals | CatalogueTranslator):
            QCoreApplication.removeTranslator(old)
            old.setParent(None)  # Python's now: gone with its last reference
    translator = make_translator(language, app)
    QCoreApplication.installTranslator(translator)
    return translator


def start_language(app: QCoreApplication, asked: str | None = None) -> str:
    """At start-up: speak ``asked`` (``--language``, this time only), else the language
    chosen on this computer; returns the language spoken."""
    spoken = effective_language(asked or stored_choice())
    apply_language(app, spoken)
    return spoken


def language_chooser(choice: str, parent: QWidget) -> QComboBox:
    """A list of "Follow the system", "English" and "Cymraeg", showing ``choice``.

    Each language is named in itself, so a person finds theirs whatever the window speaks.
    """
    chooser = QComboBox(parent)
    chooser.setAccessibleName(_tr("Language"))
    chooser.addItem(_tr("Follow the system"), languages.SYSTEM)
    for language in languages.LANGUAGES:
        chooser.addItem(languages.NATIVE_NAMES[language], language)
    chooser.setCurrentIndex(max(0, chooser.findData(choice)))
    return chooser


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Qt's words in ``language`` for a moment (a notice about the change of language)."""
    app = QCoreApplication.instance()
    if app is None or language == current_language():
        yield
        return
    translator = make_translator(language, app)
    QCoreApplication.installTranslator(translator)  # asked first: installed last
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)


def tell_about_restart(parent: QWidget | None, language: str) -> None:
    """Say, in the language just chosen, that the window changes language at the next start."""
    with speaking(language):
        QMessageBox.information(
            parent,
            _tr("Language"),
            _tr(
                "The app will speak %1 from the next time you open it. Its words are set as "
                "each window is built, so the windows open now keep theirs. Nothing you have "
                "written is affected."
            ).replace("%1", languages.NATIVE_NAMES.get(language, language)),
        )
