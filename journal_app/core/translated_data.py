"""The shipped templates and frameworks in another language, read from overlay files.

A translation sits beside the English file in a folder named after the language:
``templates/cy/gibbs.json`` holds only the words of ``templates/gibbs.json`` in Welsh, keyed
by the same section keys (a framework's by its domain codes). A translator edits data, never
code, and the English file stays the only source of structure: ids, keys, codes, versions,
dates and keywords come from it alone. An overlay is checked with the same reader as the
English file and must give every field the English file has, and nothing else, so a section
added in English without its translation is caught by the tests, not by someone writing.

Keys are unchanged, so a reflection written in one language opens in the other. A
reflection keeps the section titles it was written with (an entry stores its own copy), so
nothing stored is ever rewritten when the language changes. See docs/translating-content.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from journal_app.core.datafiles import DataFileError, read_json
from journal_app.core.fields import FieldReader, shown
from journal_app.core.frameworks import (
    Domain,
    Framework,
    FrameworkFileError,
    SourceDocument,
    parse_source_document,
)
from journal_app.core.messages import SOURCE_LANGUAGE, Message
from journal_app.core.templates import Template, TemplateFileError, TemplateSection

#: what an overlay translates: a template, a framework, a tuple of CPD rules
_Read = TypeVar("_Read")

#: the language code of an overlay folder ("cy"; "pt-br" would do too)
_LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")

_TEMPLATE_KEYS = ("schema", "id", "language", "title", "description", "sections")
_SECTION_KEYS = ("title", "prompt")

#: ``titles``: a framework whose official wording exists only in English keeps its titles
#: in English; one published in the language too has them translated
TITLES_ENGLISH = "english"
TITLES_TRANSLATED = "translated"
_FRAMEWORK_KEYS = ("schema", "id", "version", "language", "titles", "about", "domains")
_HEADER_KEYS = ("title", "short_title", "publisher", "source")
#: with English titles the source document is the English one: only its words are translated
_SOURCE_WORDS = ("published", "checked")


def overlay_path(english: Path, language: str) -> Path | None:
    """The translation into ``language`` of the shipped file ``english``, if there is one."""
    if language == SOURCE_LANGUAGE or not _LANGUAGE_PATTERN.fullmatch(language):
        return None
    path = english.parent / language / english.name
    return path if path.is_file() else None


def _source_name(path: Path) -> str:
    # errors name the folder too: "cy/gibbs.json" is not the English file
    return f"{path.parent.name}/{path.name}"


def overlaid(
    english: _Read,
    path: Path,
    language: str,
    reject: type[DataFileError],
    translate: Callable[[_Read, object, str, str], _Read],
) -> _Read:
    """``english`` (read from the shipped file at ``path``) in ``language`` if a translation
    of that file is shipped, checked by ``translate``; otherwise ``english`` itself. A
    faulty translation raises ``reject``."""
    overlay = overlay_path(path, language)
    if overlay is None:
        return english
    data = read_json(overlay, reject)
    return translate(english, data, _source_name(overlay), language)


# -- templates ------------------------------------------------------------------------------


def translated_template(english: Template, path: Path, language: str) -> Template:
    """``english`` in ``language`` if a translation of the file at ``path`` is shipped;
    otherwise ``english`` itself. A faulty translation raises :class:`TemplateFileError`."""
    return overlaid(english, path, language, TemplateFileError, translate_template)


def translate_template(
    english: Template, data: object, source_name: str, language: str
) -> Template:
    """Check decoded overlay JSON against ``english`` and return the translated template."""
    reader = FieldReader(source_name, TemplateFileError)
    top = reader.fields(data, "", _TEMPLATE_KEYS)
    _check_header(reader, top, english.id, language)
    keys = [section.key for section in english.sections]
    listed = reader.fields(top["sections"], "sections", keys)
    sections = []
    for section in english.sections:
        where = f"sections.{section.key}"
        fields = reader.fields(listed[section.key], where, _SECTION_KEYS)
        sections.append(
            TemplateSection(
                key=section.key,
                title=reader.text(fields["title"], f"{where}.title", 100),
                prompt=reader.text(fields["prompt"], f"{where}.prompt", 1000),
            )
        )
    return Template(
        id=english.id,
        title=reader.text(top["title"], "title", 200),
        description=reader.text(top["description"], "description", 800),
        sections=tuple(sections),
    )


# -- frameworks -----------------------------------------------------------------------------


def translated_framework(english: Framework, path: Path, language: str) -> Framework:
    """``english`` in ``language`` if a translation of the file at ``path`` is shipped;
    otherwise ``english`` itself. A faulty translation raises :class:`FrameworkFileError`."""
    return overlaid(english, path, language, FrameworkFileError, translate_framework)


def translate_framework(
    english: Framework, data: object, source_name: str, language: str
) -> Framework:
    """Check decoded overlay JSON against ``english`` and return the translated framework.

    With ``"titles": "translated"`` the overlay gives the framework's title, short title,
    publisher, source and every domain title, and its ``source_document`` is the published
    translation it was checked against (whose ``unconfirmed_codes`` mark titles of our own).
    With ``"titles": "english"`` the official English titles stay and the overlay must not
    give them. Either way it gives ``about``: what the framework is, in the reader's words,
    shown beside the title (most useful when the title stays in English).
    """
    reader = FieldReader(source_name, FrameworkFileError)
    raw = data if isinstance(data, dict) else {}
    # which fields are required depends on this one, so it is checked first
    titles = raw.get("titles", TITLES_ENGLISH)
    if titles not in (TITLES_ENGLISH, TITLES_TRANSLATED):
        reader.fail(
            "titles",
            Message(
                "datafile.not_one_of",
                shown=shown(titles),
                allowed=", ".join((TITLES_ENGLISH, TITLES_TRANSLATED)),
            ),
        )
    translated = titles == TITLES_TRANSLATED
    required = [*_FRAMEWORK_KEYS, *(_HEADER_KEYS if translated else ())]
    if english.source_document is not None:
        required.append("source_document")
    top = reader.fields(data, "", required)
    _check_header(reader, top, english.id, language)
    version = reader.text(top["version"], "version", 40)
    if version != english.version:
        allowed = english.version
        reader.fail(
            "version", Message("datafile.not_one_of", shown=shown(version), allowed=allowed)
        )
    framework = replace(
        english,
        domains=_domains(reader, top["domains"], english, translated),
        about=reader.text(top["about"], "about", 600),
    )
    if translated:
        framework = replace(
            framework,
            title=reader.text(top["title"], "title", 200),
            short_title=reader.text(top["short_title"], "short_title", 60),
            publisher=reader.text(top["publisher"], "publisher", 200),
            source=reader.text(top["source"], "source", 400),
        )
    if english.source_document is not None:
        framework = replace(
            framework,
            source_document=_source_document(
                reader, top["source_document"], english, english.source_document, translated
            ),
        )
    return framework


def _domains(
    reader: FieldReader, value: object, english: Framework, translated: bool
) -> tuple[Domain, ...]:
    listed = reader.fields(value, "domains", english.codes)
    wanted = ("title", "summary", "prompts") if translated else ("summary", "prompts")
    domains = []
    for domain in english.domains:
        where = f"domains.{domain.code}"
        fields = reader.fields(listed[domain.code], where, wanted)
        # the same questions in the same order, so a translator can match them one to one
        count = len(domain.prompts)
        prompts = reader.items(fields["prompts"], f"{where}.prompts", count, count)
        domains.append(
            replace(
                domain,
                title=(
                    reader.text(fields["title"], f"{where}.title", 200)
                    if translated
                    else domain.title
                ),
                summary=reader.text(fields["summary"], f"{where}.summary", 800),
                prompts=tuple(
                    reader.text(prompt, f"{where}.prompts[{index}]", 500)
                    for index, prompt in enumerate(prompts)
                ),
            )
        )
    return tuple(domains)


def _source_document(
    reader: FieldReader,
    value: object,
    english: Framework,
    source: SourceDocument,
    translated: bool,
) -> SourceDocument:
    if translated:
        # the published translation, checked on its own terms
        return parse_source_document(reader, value, set(english.codes))
    fields = reader.fields(value, "source_document", _SOURCE_WORDS)
    return replace(
        source,
        published=reader.text(fields["published"], "source_document.published", 80),
        checked=reader.text(fields["checked"], "source_document.checked", 800),
    )


# -- shared ---------------------------------------------------------------------------------


def _check_header(
    reader: FieldReader, top: dict[str, object], english_id: str, language: str
) -> None:
    reader.schema(top["schema"])
    for field, wanted in (("id", english_id), ("language", language)):
        found = reader.text(top[field], field, 40)
        if found != wanted:
            reader.fail(field, Message("datafile.not_one_of", shown=shown(found), allowed=wanted))
