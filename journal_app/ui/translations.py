"""The window's words in another language: one translator per language, with CLDR plurals.

English is the language the code is written in; it needs no catalogue, only its plural forms
(:class:`journal_app.ui.plurals.EnglishPlurals`). Welsh is read from its compiled ``.qm``
(:mod:`journal_app.ui.translation_files`) by a :class:`CatalogueTranslator`, which holds the
window's areas and Qt's own buttons in one file.

Plural forms follow the Unicode CLDR categories the message catalogue uses (Babel's rules),
not Qt's own rule for Welsh. Qt gives Welsh five forms and chooses them as 0, 1, 2-5, 6,
everything else, so "3", "4" and "5" would share the form of "2", which takes the soft
mutation ("2 gath") that "4 cath" must not have. CLDR has six categories for Welsh: zero
(0), one (1), two (2), few (3), many (6) and other. The translator works out the category
with Babel and asks the ``.qm`` for the form Qt keeps in the slot holding that category,
with a number Qt's rule files in that slot. The five slots hold:

===== ================== ========================== =====================================
slot  CLDR category      numbers                    asked with
===== ================== ========================== =====================================
1     zero               0                          0
2     one                1                          1
3     two                2                          2
4     few and many       3 and 6                    6
5     other              4, 5, 7, 8, 9, 10, 11, 100 7
===== ================== ========================== =====================================

Few (tri, tair) and many (chwe) share a slot: after "tri" and "chwe" a masculine noun takes
the aspirate mutation alike ("3 phlentyn", "6 phlentyn"); a phrase where the two differ is
written another way (docs/translations.md). A string with no Welsh yet is shown in English,
with English plural forms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTranslator

from journal_app.core.localised import number
from journal_app.core.messages import plural_category
from journal_app.ui.plurals import english_plural

log = logging.getLogger(__name__)

#: For each language with a catalogue: the number to ask Qt with for each CLDR category, so
#: that Qt's own numerus rule for the language picks the slot holding that category.
QT_PLURAL_SLOTS: dict[str, dict[str, int]] = {
    "cy": {"zero": 0, "one": 1, "two": 2, "few": 6, "many": 6, "other": 7},
}


class CatalogueTranslator(QTranslator):
    """One language's window and Qt words, from its compiled ``.qm``, with CLDR plurals."""

    def __init__(self, language: str, qm_file: Path, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.speaks = language
        self._slots = QT_PLURAL_SLOTS.get(language, {})
        if not self.load(str(qm_file)):
            raise OSError(f"Qt could not read the translations in {qm_file.name}")

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n is None or n < 0:
            found = super().translate(context, source_text, disambiguation)
            return found or None  # None: the next translator, or the English as written
        category = plural_category(n, self.speaks)
        asked = self._slots.get(category, n)
        found = super().translate(context, source_text, disambiguation, asked)
        if not found:
            return english_plural(source_text, n)
        shown = number(n, self.speaks)
        return found.replace("%Ln", shown).replace("%n", shown)

    def isEmpty(self) -> bool:
        return False
