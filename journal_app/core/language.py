"""Which language the journal speaks: the person's choice, or the system's.

The journal speaks English (``en``) and Welsh (``cy``). A person chooses one of
:data:`CHOICES`: ``"system"`` (follow the computer's language), ``"en"`` or ``"cy"``. The
desktop app keeps the choice as a preference; the command line takes ``--language`` or,
like other command-line tools, the locale variables (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``).

A language the journal does not have (German, say) means English: English is the language
every message is written in first (:data:`journal_app.core.messages.SOURCE_LANGUAGE`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

#: the languages the journal speaks, by ISO 639-1 code
LANGUAGES = ("en", "cy")
#: follow the computer's language
SYSTEM = "system"
#: what a person may choose, in the order Preferences lists them
CHOICES = (SYSTEM, *LANGUAGES)
#: the fallback for a language the journal does not have
DEFAULT = "en"
#: each language's name in itself, as a chooser lists it (never translated: a person looks
#: for the name of their own language)
NATIVE_NAMES = {"en": "English", "cy": "Cymraeg"}

#: the locale variables, in the order POSIX (and gettext) give them precedence
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def supported(tag: str) -> str | None:
    """The journal's language for a locale or language tag (``cy_GB.UTF-8``, ``cy-GB``,
    ``Welsh_United Kingdom.1252``), or ``None`` if it has no such language."""
    cleaned = tag.strip().replace("-", "_").split(".")[0].split("@")[0].lower()
    if not cleaned:
        return None
    language = cleaned.split("_")[0]
    if language in LANGUAGES:
        return language
    # Windows names its locales in English words ("Welsh_United Kingdom")
    by_name = {"welsh": "cy", "english": "en"}
    return by_name.get(language)


def first_supported(tags: Iterable[str]) -> str | None:
    """The first of ``tags`` (most preferred first) the journal speaks, else ``None``."""
    for tag in tags:
        language = supported(tag)
        if language is not None:
            return language
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the locale variables ask for, or ``None`` when they say nothing.

    The first variable that is set decides, as in POSIX; ``LANGUAGE`` may list several
    (``cy:en``) and its first the journal speaks wins. ``C`` and ``POSIX`` mean English.
    """
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith("C."):
            return DEFAULT
        tags = value.split(":") if variable == "LANGUAGE" else [value]
        found = first_supported(tags)
        if found is not None or variable != "LANGUAGE":
            return found or DEFAULT
    return None


def resolve(choice: str, system: str | None) -> str:
    """The language to speak for a person's ``choice`` (one of :data:`CHOICES`), given the
    system's language (``None``: unknown)."""
    if choice in LANGUAGES:
        return choice
    return system if system in LANGUAGES else DEFAULT
