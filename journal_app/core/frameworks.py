"""Practice frameworks (the KSS, PCF, professional standards) as validated, immutable data.

A framework is a list of domains a reflection can evidence. Each ships as a versioned JSON
file (see ``resources/frameworks/SCHEMA.md``); users may import their own, so parsing is
strict and every fault is reported as a :class:`FrameworkFileError` naming the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.datafiles import (
    ID_PATTERN,
    SCHEMA_VERSION,
    DataFileError,
    FieldReader,
    read_json,
)
from journal_app.core.messages import Message

_CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}")
_TOP_KEYS = (
    "schema",
    "id",
    "title",
    "short_title",
    "publisher",
    "year",
    "version",
    "source",
    "domains",
)
_DOMAIN_KEYS = ("code", "title", "summary", "prompts", "keywords")


class FrameworkFileError(DataFileError):
    """A framework file is unreadable or not a valid framework; nothing was loaded."""

    code = "framework_file.unusable"


@dataclass(frozen=True)
class Domain:
    """One domain (or standard, or section) of a framework."""

    code: str
    title: str
    summary: str
    prompts: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Framework:
    """A practice framework at one version, with its domains in their published order."""

    id: str
    title: str
    short_title: str
    publisher: str
    year: int
    version: str
    source: str
    domains: tuple[Domain, ...]

    def domain(self, code: str) -> Domain | None:
        """The domain with this code, or ``None`` if the framework has no such domain."""
        for domain in self.domains:
            if domain.code == code:
                return domain
        return None

    @property
    def codes(self) -> tuple[str, ...]:
        """The domain codes in order, e.g. ``("1", "2", ...)``."""
        return tuple(domain.code for domain in self.domains)


def parse_framework(data: object, source_name: str) -> Framework:
    """Check decoded JSON and build a :class:`Framework`, or raise :class:`FrameworkFileError`.

    ``source_name`` is what the error messages call the file (usually its name).
    """
    reader = FieldReader(source_name, FrameworkFileError)
    top = reader.fields(data, "", _TOP_KEYS)
    reader.schema(top["schema"])
    # check the short fields first so errors come in the order a reader meets them
    header = {
        "id": reader.text(top["id"], "id", 40, ID_PATTERN),
        "title": reader.text(top["title"], "title", 200),
        "short_title": reader.text(top["short_title"], "short_title", 60),
        "publisher": reader.text(top["publisher"], "publisher", 200),
        "version": reader.text(top["version"], "version", 40),
        "source": reader.text(top["source"], "source", 400),
    }
    year = reader.integer(top["year"], "year", 1900, 2100)
    domains = tuple(
        _parse_domain(reader, item, f"domains[{index}]")
        for index, item in enumerate(reader.items(top["domains"], "domains", 1, 50))
    )
    seen: set[str] = set()
    for index, domain in enumerate(domains):
        if domain.code in seen:
            reader.fail(
                f"domains[{index}].code", Message("datafile.code_used_twice", code=domain.code)
            )
        seen.add(domain.code)
    return Framework(**header, year=year, domains=domains)


def _parse_domain(reader: FieldReader, value: object, field: str) -> Domain:
    fields = reader.fields(value, field, _DOMAIN_KEYS)
    code = reader.text(fields["code"], f"{field}.code", 10, _CODE_PATTERN)
    title = reader.text(fields["title"], f"{field}.title", 200)
    summary = reader.text(fields["summary"], f"{field}.summary", 800)
    prompts = reader.texts(fields["prompts"], f"{field}.prompts", 12, 500)
    keywords = reader.texts(fields["keywords"], f"{field}.keywords", 100, 80)
    for index, keyword in enumerate(keywords):
        # a keyword of punctuation alone could never match anything and hides a typo
        if not any(char.isalnum() for char in keyword):
            reader.fail(f"{field}.keywords[{index}]", Message("datafile.keyword_needs_letter"))
    # matching ignores case, so keep one lowercase spelling of each keyword
    unique_keywords = tuple(dict.fromkeys(keyword.lower() for keyword in keywords))
    return Domain(code, title, summary, prompts, unique_keywords)


def load_framework(path: Path) -> Framework:
    """Read and check the framework file at ``path``; any fault is a FrameworkFileError."""
    return parse_framework(read_json(path, FrameworkFileError), path.name or str(path))


def framework_to_json(framework: Framework) -> dict[str, object]:
    """The JSON form of a framework, as :func:`parse_framework` reads it back."""
    return {
        "schema": SCHEMA_VERSION,
        "id": framework.id,
        "title": framework.title,
        "short_title": framework.short_title,
        "publisher": framework.publisher,
        "year": framework.year,
        "version": framework.version,
        "source": framework.source,
        "domains": [
            {
                "code": domain.code,
                "title": domain.title,
                "summary": domain.summary,
                "prompts": list(domain.prompts),
                "keywords": list(domain.keywords),
            }
            for domain in framework.domains
        ],
    }
