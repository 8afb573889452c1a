"""The words a person reads, kept in one catalogue per language and looked up by code.

Below the UI nothing builds a sentence. An error or a status carries a :class:`Message`: a
stable code (``"backup.not_found"``) and its parameters (``name="daily-2026-01-02.db"``).
The wording lives in ``resources/messages/<language>.toml``; the CLI and the UI both turn a
message into words with :func:`render` (``str(message)`` and ``str(error)`` do the same), so
there is one wording of each message whichever front end shows it.

Why a data file per language keyed by code, with CLDR plural categories, rather than
gettext:

* The key is a code, not the English sentence. Correcting an English wording does not orphan
  every translation of it, and tests can check that each code raised exists, that each entry
  is used, and that each entry's placeholders are the parameters passed.
* Plural forms are the Unicode CLDR categories (``zero``, ``one``, ``two``, ``few``, ``many``,
  ``other``), chosen by Babel's CLDR rules for the language. Welsh uses all six; gettext would
  need a hand-written C ``Plural-Forms`` expression per file, and the one most tools ship for
  Welsh has four forms, not CLDR's six. Qt's ``tr`` (the UI's own strings) follows CLDR too,
  so the two halves of the app agree on Welsh grammar.
* TOML is plain text a translator can edit in any editor (with comments, read by Python's own
  ``tomllib``), needs no compile step at build or install time, and needs nothing beyond the
  file to add a language. Babel is imported only when a plural is rendered, so start-up does
  not pay for it.

An entry is either a string or a table of plural forms; a plural entry picks its form with
the parameter ``count`` (a language may make an entry plural that English keeps as one
string). Placeholders use Python's ``str.format`` syntax (``{name}``, ``{when:%Y-%m-%d}``,
``{count:,}``), plus ``{problem:clause}``, which drops a sentence's closing full stop. A
parameter that is itself a :class:`Message` is rendered first, so a fault can be a sentence
inside another (a tuple of messages becomes a list separated by semicolons). A language file
may leave entries out: they fall back to English, and a missing plural form falls back to
``other``.
"""

from __future__ import annotations

import string
import threading
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from journal_app.core.resources import resource_path

#: the language every message is written in first, and the fallback for a missing entry
SOURCE_LANGUAGE = "en"

#: the Unicode CLDR plural categories, in CLDR's order
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")

#: a plural entry chooses its form by this parameter
PLURAL_PARAMETER = "count"

#: the code the UI raises a service error with when its words are already translated by Qt's
#: ``tr()`` (the UI's own checks); the catalogue passes the text through unchanged
TRANSLATED_BY_QT = "ui.translated_by_qt"

#: an entry: one wording, or one wording per plural category
Entry = str | Mapping[str, str]

_lock = threading.Lock()
_state: dict[str, Any] = {"language": SOURCE_LANGUAGE, "folder": None}


class Message:
    """Something to say to a person: a catalogue code and the parameters its wording needs.

    ``str(message)`` is the wording in the current language. Parameters must never hold the
    text of a reflection, a passphrase or a key (messages can reach logs and tooltips).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = params

    def __str__(self) -> str:
        return render(self)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.code == other.code and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash(self.code)


def render(message: Message, language: str | None = None) -> str:
    """The words of ``message`` in ``language`` (default: the current one)."""
    return text(message.code, language, **message.params)


def text(code: str, language: str | None = None, /, **params: object) -> str:
    """The words for ``code`` with ``params`` filled in; a ``Message`` parameter is rendered
    first. An unknown code is a programming error (tests check every code exists)."""
    language = language or current_language()
    entry = _entry(code, language)
    values = {name: _rendered(value, language) for name, value in params.items()}
    if not isinstance(entry, str):
        entry = _plural_form(entry, language, values)
    return _FORMATTER.vformat(entry, (), values)


class _Formatter(string.Formatter):
    """``str.format`` plus one spec: ``{problem:clause}`` drops a sentence's closing full stop,
    for a sentence a wording uses as part of its own."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "clause":
            return str(value).rstrip(".")
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def _rendered(value: object, language: str) -> object:
    """A parameter ready to fill in: a message in words, a tuple of messages in words
    separated by semicolons (a list of problems), anything else as it is."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return "; ".join(render(v, language) for v in value)
    return value


def set_language(language: str) -> None:
    """Render messages in ``language`` from now on (a language with no file renders in
    English)."""
    with _lock:
        _state["language"] = language


def current_language() -> str:
    return str(_state["language"])


def use_folder(folder: Path | None) -> None:
    """Read catalogues from ``folder`` instead of the shipped one (tests; ``None`` resets)."""
    with _lock:
        _state["folder"] = None if folder is None else Path(folder)
        _load.cache_clear()


def catalogue(language: str = SOURCE_LANGUAGE) -> Mapping[str, Entry]:
    """Every entry of ``language``'s file, by code (empty if there is no such file)."""
    return _load(_state["folder"] or _shipped_folder(), language)


@cache
def _shipped_folder() -> Path:
    # asked once: importlib.resources takes longer to answer than a message takes to render,
    # and the identifier check renders a few words on every keystroke's check
    return Path(resource_path("messages"))


def placeholders(entry: Entry) -> set[str]:
    """The parameter names an entry's wording uses (all plural forms together)."""
    forms = [entry] if isinstance(entry, str) else list(entry.values())
    names: set[str] = set()
    for form in forms:
        for _literal, field, _spec, _conversion in string.Formatter().parse(form):
            if field is not None:
                names.add(field.split(".")[0].split("[")[0])
    return names


def plural_category(count: int, language: str) -> str:
    """The CLDR plural category of ``count`` in ``language`` (Babel's CLDR data)."""
    # Imported here: Babel's locale data is only needed once a plural is shown.
    from babel.core import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(language).plural_form(count))
    except (UnknownLocaleError, ValueError):
        return str(Locale.parse(SOURCE_LANGUAGE).plural_form(count))


def _entry(code: str, language: str) -> Entry:
    entry = catalogue(language).get(code)
    if entry is None and language != SOURCE_LANGUAGE:
        entry = catalogue(SOURCE_LANGUAGE).get(code)
    if entry is None:
        raise KeyError(f"no message {code!r} in the catalogue")
    return entry


def _plural_form(forms: Mapping[str, str], language: str, values: Mapping[str, object]) -> str:
    count = values.get(PLURAL_PARAMETER)
    if not isinstance(count, int):
        raise TypeError(f"a plural message needs an integer '{PLURAL_PARAMETER}'")
    return forms.get(plural_category(count, language)) or forms["other"]


@cache
def _load(folder: Path, language: str) -> Mapping[str, Entry]:
    path = folder / f"{language}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    found: dict[str, Entry] = {}
    _flatten(data.get("messages", {}), "", found)
    return found


def _flatten(table: Mapping[str, Any], prefix: str, found: dict[str, Entry]) -> None:
    """TOML reads ``backup.not_found = "..."`` as nested tables: join the keys back into
    codes. A table whose keys are all plural categories (with ``other``) is one entry."""
    for key, value in table.items():
        code = f"{prefix}{key}"
        if isinstance(value, str):
            found[code] = value
        elif _is_plural(value):
            found[code] = {category: str(form) for category, form in value.items()}
        else:
            _flatten(value, f"{code}.", found)


def _is_plural(value: Mapping[str, Any]) -> bool:
    return "other" in value and all(
        key in PLURAL_CATEGORIES and isinstance(form, str) for key, form in value.items()
    )
