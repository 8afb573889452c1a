"""English plural forms for Qt's ``tr(text, "", n)``.

Every phrase with a count is written once, with ``%n`` and ``(s)``, and translated with the
number: ``self.tr("%n reflection(s)", "", n)``. Qt asks each installed translator for the
form that suits ``n``; a Welsh catalogue will carry its own forms (Welsh has six). English
is the source language and has no catalogue, so this translator gives English its two
forms ("1 reflection", "2 reflections") and writes the number with thousands separators
("10,000"). Text translated without a count is left to Qt as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

PLURAL_MARK = "(s)"


def english_plural(text: str, n: int) -> str:
    """``text`` with ``(s)`` made singular or plural for ``n``, and ``n`` put in for ``%n``."""
    form = text.replace(PLURAL_MARK, "" if n == 1 else "s")
    return form.replace("%Ln", f"{n:,}").replace("%n", f"{n:,}")


class EnglishPlurals(QTranslator):
    """A translator that only chooses English plural forms."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n is None or n < 0:
            return None  # no count: Qt shows the text as written
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:
        return False


def install_plurals(app: QCoreApplication) -> EnglishPlurals:
    """Install the English plural forms once (kept alive by ``app``)."""
    existing = app.findChild(EnglishPlurals)
    if existing is not None:
        return existing
    translator = EnglishPlurals(app)
    QCoreApplication.installTranslator(translator)
    return translator


def plural(context: str, text: str, n: int) -> str:
    """``tr`` with a count for code outside a QObject (item models, helpers)."""
    return QCoreApplication.translate(context, text, "", n)
