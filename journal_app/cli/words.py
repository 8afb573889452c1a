"""The command line's language, and argparse's own words in it.

``journal-app`` speaks the language ``--language`` names (``en``, ``cy``, or ``system``), or
else the one the locale variables ask for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``: ``LANG=cy_GB.UTF-8`` means Welsh), or else English. The choice is made before the
command grammar is built, because the help texts are looked up as the grammar is built.

argparse writes some words itself ("usage:", "options", "show this help message and exit",
"the following arguments are required: ..."). It translates them only through gettext's
module-level ``gettext``/``ngettext``, which it imports as ``argparse._`` and
``argparse.ngettext``; the journal's words live in its own catalogue
(:mod:`journal_app.core.messages`), not in gettext ``.mo`` files. :func:`use_catalogue`
points those two names at the catalogue: each argparse wording a person can meet has a code
(``cli.argparse.*``), and a wording without one, or English, is left exactly as argparse has
it. ``tests/cli/test_cli_language.py`` fails if a Python release changes one of these
wordings, so a new wording cannot silently stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from journal_app.core import language as languages
from journal_app.core.messages import (
    PLURAL_PARAMETER,
    SOURCE_LANGUAGE,
    catalogue,
    current_language,
    plural_category,
    set_language,
    text,
)

#: argparse's wordings a person can meet, and their catalogue codes. The wording keeps
#: argparse's own %-placeholders (%s, %(value)r...), which argparse fills in afterwards.
ARGPARSE_WORDS: dict[str, str] = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional_arguments",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "the following arguments are required: %s": "cli.argparse.required",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "ignored explicit argument %r": "cli.argparse.ignored_explicit",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "unexpected option string: %s": "cli.argparse.unexpected_option",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "can't open '%(filename)s': %(error)s": "cli.argparse.cannot_open",
}
#: argparse's wordings with a number: (singular, plural) -> a plural catalogue entry
ARGPARSE_PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "cli.argparse.expected_arguments",
}

LANGUAGE_OPTION = "--language"


def language_asked(arguments: Sequence[str]) -> str | None:
    """The value of ``--language`` anywhere in ``arguments`` (``None`` if not given)."""
    scan = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    scan.add_argument(LANGUAGE_OPTION)
    try:
        found, _rest = scan.parse_known_args(list(arguments))
    except argparse.ArgumentError:
        return None
    value = found.language
    return value if isinstance(value, str) else None


def choose_language(asked: str | None, environ: dict[str, str] | None = None) -> str:
    """The language for this run: ``asked`` (``--language``) if the journal speaks it, the
    locale's for ``system`` or nothing asked, else English. An unknown ``asked`` is left to
    the grammar to refuse (in the locale's language)."""
    if asked in languages.LANGUAGES:
        return asked
    return languages.resolve(languages.SYSTEM, languages.from_environment(environ))


def start_in_language(arguments: Sequence[str]) -> str:
    """Choose and set the language for this run (messages and help); returns it."""
    chosen = choose_language(language_asked(arguments))
    set_language(chosen)
    use_catalogue()
    return chosen


def use_catalogue() -> None:
    """Let argparse's own words come from the catalogue (see the module's docstring)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 (argparse reads this module global)
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


def _gettext(message: str) -> str:
    code = ARGPARSE_WORDS.get(message)
    if code is None or current_language() == SOURCE_LANGUAGE:
        return message
    return text(code)


def _ngettext(singular: str, plural: str, count: int) -> str:
    code = ARGPARSE_PLURALS.get((singular, plural))
    language = current_language()
    if code is None or language == SOURCE_LANGUAGE:
        return singular if count == 1 else plural
    entry = catalogue(language).get(code) or catalogue(SOURCE_LANGUAGE)[code]
    if isinstance(entry, str):
        form = entry
    else:
        form = entry.get(plural_category(count, language)) or entry["other"]
    # argparse puts the number in itself, with %s
    return form.replace("{" + PLURAL_PARAMETER + "}", "%s")
