"""Practice frameworks (the KSS, PCF, professional standards) as validated, immutable data.

A framework is a list of domains a reflection can evidence. Each ships as a versioned JSON
file (see ``resources/frameworks/SCHEMA.md``); users may import their own, so parsing is
strict and every fault is reported as a :class:`FrameworkFileError` naming the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.core.datafiles import ID_PATTERN, SCHEMA_VERSION, DataFileError, read_json
from journal_app.core.fields import FieldReader
from journal_app.core.messages import Message

_CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}")
_URL_PATTERN = re.compile(r"https://\S+")
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
#: optional: files written before these existed (and most imports) leave them out
_OPTIONAL_TOP_KEYS = ("source_document", "in_force", "replaces", "audience")
_DOMAIN_KEYS = ("code", "title", "summary", "prompts", "keywords")
#: optional: keywords in Welsh, used for reflections written in Welsh
_OPTIONAL_DOMAIN_KEYS = ("keywords_cy",)
_SOURCE_KEYS = ("title", "publisher", "published", "url", "checked_on", "checked")
_OPTIONAL_SOURCE_KEYS = ("unconfirmed_codes",)
_IN_FORCE_KEYS = ("from", "until")
_REPLACES_KEYS = ("version", "codes")
_AUDIENCE_KEYS = ("roles", "services", "nations")

#: the words a framework file may use for who it is for
ROLES = ("practitioner", "supervisor", "leader")
SERVICES = ("children", "adults")
NATIONS = ("england", "wales")


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
    #: the same kind of keywords in Welsh, for reflections written in Welsh (may be empty)
    keywords_cy: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceDocument:
    """The published document a framework file was checked against, and how far."""

    title: str
    publisher: str
    #: as the publisher gives it ("18 February 2026", "2018")
    published: str
    url: str
    checked_on: date
    #: what the check did and did not confirm, in a sentence or two
    checked: str
    #: domains whose title or wording could not be confirmed against the document
    unconfirmed_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Replaces:
    """The earlier version of the same framework this one replaces, and its codes' new homes."""

    version: str
    #: old code -> new code; an old code missing here has no counterpart in this version
    codes: tuple[tuple[str, str], ...]

    def new_code(self, old_code: str) -> str | None:
        """Where a tag on ``old_code`` belongs in this version, or ``None`` if nowhere."""
        return dict(self.codes).get(old_code)


@dataclass(frozen=True)
class Audience:
    """Who a framework is for; empty means anyone."""

    roles: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()


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
    source_document: SourceDocument | None = None
    #: the first and last days it applies; ``None`` means open-ended
    in_force_from: date | None = None
    in_force_until: date | None = None
    replaces: Replaces | None = None
    audience: Audience = field(default_factory=Audience)
    #: what the framework is, in the reader's language, when its titles stay in the language
    #: it was published in (set by a translation, see core/translated_data.py); else empty
    about: str = ""

    def in_force_on(self, day: date) -> bool:
        """Whether the framework applies on ``day``."""
        if self.in_force_from is not None and day < self.in_force_from:
            return False
        return self.in_force_until is None or day <= self.in_force_until

    @property
    def label(self) -> str:
        """The short title with its version, for places where versions sit side by side."""
        return f"{self.short_title} ({self.version})"

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
    top = reader.fields(data, "", _TOP_KEYS, _OPTIONAL_TOP_KEYS)
    reader.schema(top["schema"])
    # check the short fields first so errors come in the order a reader meets them
    header: dict[str, Any] = {
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
    extra = _parse_optional(reader, top, {d.code for d in domains})
    return Framework(**header, year=year, domains=domains, **extra)


def _parse_optional(
    reader: FieldReader, top: dict[str, object], codes: set[str]
) -> dict[str, Any]:
    # Any: each key is checked here and matches the Framework field of the same name
    extra: dict[str, Any] = {}
    if "source_document" in top:
        extra["source_document"] = parse_source_document(reader, top["source_document"], codes)
    if "in_force" in top:
        span = reader.fields(top["in_force"], "in_force", (), _IN_FORCE_KEYS)
        start = reader.optional_date(span.get("from"), "in_force.from")
        end = reader.optional_date(span.get("until"), "in_force.until")
        if start and end and end < start:
            reader.fail("in_force.until", Message("datafile.earlier_than", other="in_force.from"))
        extra["in_force_from"], extra["in_force_until"] = start, end
    if "replaces" in top:
        extra["replaces"] = _parse_replaces(reader, top["replaces"], codes)
    if "audience" in top:
        fields = reader.fields(top["audience"], "audience", (), _AUDIENCE_KEYS)
        extra["audience"] = Audience(
            roles=_words(reader, fields.get("roles", []), "audience.roles", ROLES),
            services=_words(reader, fields.get("services", []), "audience.services", SERVICES),
            nations=_words(reader, fields.get("nations", []), "audience.nations", NATIONS),
        )
    return extra


def parse_source_document(reader: FieldReader, value: object, codes: set[str]) -> SourceDocument:
    """Check a ``source_document`` object, whose ``unconfirmed_codes`` must be in ``codes``."""
    fields = reader.fields(value, "source_document", _SOURCE_KEYS, _OPTIONAL_SOURCE_KEYS)
    checked_on = reader.iso_date(fields["checked_on"], "source_document.checked_on")
    unconfirmed = reader.texts(
        fields.get("unconfirmed_codes", []), "source_document.unconfirmed_codes", 50, 10
    )
    for index, code in enumerate(unconfirmed):
        if code not in codes:
            reader.fail(
                f"source_document.unconfirmed_codes[{index}]",
                Message("datafile.no_such_domain", code=code),
            )
    return SourceDocument(
        title=reader.text(fields["title"], "source_document.title", 300),
        publisher=reader.text(fields["publisher"], "source_document.publisher", 200),
        published=reader.text(fields["published"], "source_document.published", 80),
        url=reader.text(fields["url"], "source_document.url", 400, _URL_PATTERN),
        checked_on=checked_on,
        checked=reader.text(fields["checked"], "source_document.checked", 800),
        unconfirmed_codes=unconfirmed,
    )


def _parse_replaces(reader: FieldReader, value: object, codes: set[str]) -> Replaces:
    fields = reader.fields(value, "replaces", _REPLACES_KEYS)
    version = reader.text(fields["version"], "replaces.version", 40)
    mapping = fields["codes"]
    if not isinstance(mapping, dict) or not mapping:
        reader.fail("replaces.codes", Message("datafile.codes_mapping"))
    pairs = []
    for old, new in mapping.items():
        where = f"replaces.codes.{old}"
        old_code = reader.text(old, where, 10, _CODE_PATTERN)
        new_code = reader.text(new, where, 10, _CODE_PATTERN)
        if new_code not in codes:
            reader.fail(where, Message("datafile.version_has_no_domain", code=new_code))
        pairs.append((old_code, new_code))
    return Replaces(version, tuple(pairs))


def _words(
    reader: FieldReader, value: object, field: str, allowed: tuple[str, ...]
) -> tuple[str, ...]:
    listed = reader.items(value, field, 0, len(allowed))
    return tuple(
        reader.one_of(item, f"{field}[{index}]", allowed) for index, item in enumerate(listed)
    )


def _parse_domain(reader: FieldReader, value: object, field: str) -> Domain:
    fields = reader.fields(value, field, _DOMAIN_KEYS, _OPTIONAL_DOMAIN_KEYS)
    code = reader.text(fields["code"], f"{field}.code", 10, _CODE_PATTERN)
    title = reader.text(fields["title"], f"{field}.title", 200)
    summary = reader.text(fields["summary"], f"{field}.summary", 800)
    prompts = reader.texts(fields["prompts"], f"{field}.prompts", 12, 500)
    keywords = _keywords(reader, fields["keywords"], f"{field}.keywords")
    welsh = _keywords(reader, fields.get("keywords_cy", []), f"{field}.keywords_cy")
    return Domain(code, title, summary, prompts, keywords, welsh)


def _keywords(reader: FieldReader, value: object, field: str) -> tuple[str, ...]:
    keywords = reader.texts(value, field, 100, 80)
    for index, keyword in enumerate(keywords):
        # a keyword of punctuation alone could never match anything and hides a typo
        if not any(char.isalnum() for char in keyword):
            reader.fail(f"{field}[{index}]", Message("datafile.keyword_needs_letter"))
    # matching ignores case, so keep one lowercase spelling of each keyword
    return tuple(dict.fromkeys(keyword.lower() for keyword in keywords))


def load_framework(path: Path) -> Framework:
    """Read and check the framework file at ``path``; any fault is a FrameworkFileError."""
    return parse_framework(read_json(path, FrameworkFileError), path.name or str(path))


def _domain_to_json(domain: Domain) -> dict[str, object]:
    data: dict[str, object] = {
        "code": domain.code,
        "title": domain.title,
        "summary": domain.summary,
        "prompts": list(domain.prompts),
        "keywords": list(domain.keywords),
    }
    if domain.keywords_cy:
        data["keywords_cy"] = list(domain.keywords_cy)
    return data


def framework_to_json(framework: Framework) -> dict[str, object]:
    """The JSON form of a framework, as :func:`parse_framework` reads it back."""
    data: dict[str, object] = {
        "schema": SCHEMA_VERSION,
        "id": framework.id,
        "title": framework.title,
        "short_title": framework.short_title,
        "publisher": framework.publisher,
        "year": framework.year,
        "version": framework.version,
        "source": framework.source,
        "domains": [_domain_to_json(domain) for domain in framework.domains],
    }
    source = framework.source_document
    if source is not None:
        data["source_document"] = {
            "title": source.title,
            "publisher": source.publisher,
            "published": source.published,
            "url": source.url,
            "checked_on": source.checked_on.isoformat(),
            "checked": source.checked,
            "unconfirmed_codes": list(source.unconfirmed_codes),
        }
    if framework.in_force_from or framework.in_force_until:
        data["in_force"] = {
            "from": framework.in_force_from.isoformat() if framework.in_force_from else None,
            "until": framework.in_force_until.isoformat() if framework.in_force_until else None,
        }
    if framework.replaces is not None:
        data["replaces"] = {
            "version": framework.replaces.version,
            "codes": dict(framework.replaces.codes),
        }
    audience = framework.audience
    if audience != Audience():
        data["audience"] = {
            "roles": list(audience.roles),
            "services": list(audience.services),
            "nations": list(audience.nations),
        }
    return data
