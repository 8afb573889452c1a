"""The kinds of identifying detail as the window names them (the editor's bar, the export's
findings list).

The identifier check (``journal_app.core.identifiers``) has English labels for files and
the command line; the window translates these, marked here so the translation sources
list them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journal_app.core.identifiers import FindingKind

CONTEXT = "FindingKind"

#: (QT_TRANSLATE_NOOP hands back its text; Qt's stubs call it an object)
FINDING_KIND_WORDS: dict[FindingKind, object] = {
    FindingKind.PERSON_NAME: QT_TRANSLATE_NOOP("FindingKind", "Name"),
    FindingKind.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("FindingKind", "Date of birth"),
    FindingKind.POSTCODE: QT_TRANSLATE_NOOP("FindingKind", "Postcode"),
    FindingKind.PHONE: QT_TRANSLATE_NOOP("FindingKind", "Phone number"),
    FindingKind.EMAIL: QT_TRANSLATE_NOOP("FindingKind", "Email address"),
    FindingKind.NHS_NUMBER: QT_TRANSLATE_NOOP("FindingKind", "NHS number"),
    FindingKind.NI_NUMBER: QT_TRANSLATE_NOOP("FindingKind", "National Insurance number"),
    FindingKind.CASE_REFERENCE: QT_TRANSLATE_NOOP("FindingKind", "Case reference"),
    FindingKind.SCHOOL: QT_TRANSLATE_NOOP("FindingKind", "School"),
    FindingKind.ADDRESS: QT_TRANSLATE_NOOP("FindingKind", "Address"),
}


def finding_kind_label(kind: FindingKind) -> str:
    """What kind of detail a finding is, in the window's language."""
    return QCoreApplication.translate(CONTEXT, str(FINDING_KIND_WORDS[kind]))
