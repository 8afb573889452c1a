"""Reading Qt's translation sources (.ts) and checking a translation against its source.

Used by ``tests/test_translations.py`` (the translation check CI runs) and the window's
translation tests. Stdlib only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

#: Qt's place markers: %1..%99 (and %L1), %n and %Ln
QT_MARKER = re.compile(r"%L?(?:\d{1,2}|n)")
#: str.format fields with their format spec, e.g. {folder}, {count:,}
FORMAT_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}(?!\})")
#: printf-style fields (argparse's own words): %s, %r, %(name)s, %(name)r
PRINTF_FIELD = re.compile(r"%(?:\([A-Za-z_]+\))?[sr]")


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file."""

    file: str
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translations) and all(self.translations)


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of one .ts file, in file order."""
    found: list[TsMessage] = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.findall("numerusform"))
                else:
                    forms = (translation.text or "",)
            found.append(
                TsMessage(
                    path.name,
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    kind,
                )
            )
    return found


def read_folder(folder: Path) -> list[TsMessage]:
    """Every message of every .ts file in ``folder``."""
    return [message for path in sorted(folder.glob("*.ts")) for message in read_ts(path)]


def placeholders(text: str) -> set[str]:
    """The place markers of a text, as written: %1, %n, {folder}, {count:,}, %(value)r, %s."""
    found = set(QT_MARKER.findall(text)) | set(PRINTF_FIELD.findall(text))
    for name, spec in FORMAT_FIELD.findall(text):
        found.add("{" + name + (":" + spec if spec else "") + "}")
    return found


def placeholder_problem(source: str, translations: tuple[str, ...], numerus: bool) -> str | None:
    """Why a translation's place markers do not match its source's, or ``None``.

    A plural form may leave out the count (Welsh says "dim" for none, "un" for one), but
    every other marker of the source must be in each form, and a form may add none.
    """
    wanted = placeholders(source)
    count = {"%n", "%Ln"}
    for form in translations:
        have = placeholders(form)
        needed = wanted - count if numerus else wanted
        if not needed <= have or not have <= wanted:
            return f"source has {sorted(wanted)}, translation has {sorted(have)}: {form!r}"
    return None
