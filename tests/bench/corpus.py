"""The benchmark journals: generated reflections, reproducible from a size and a seed.

A journal is generated once per (size, seed, generator source) and cached
under ``/tmp/bench-cache``; each run works on a fresh copy so the cache stays pristine. The
same drafts are written out as jrnl plain text (tags as ``@kss-pl-5``) for the peer.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from journal_app.core.models import EntryDraft

#: the passphrase of every benchmark journal (fictional data, floor KDF parameters)
PASSPHRASE = "benchmark journal walrus orchard"
#: how many calendar years a benchmark journal spans, ending with the current year (so the
#: app's default view, the current appraisal year, has reflections in it)
YEARS = 7
#: bump when the way a cached journal is built changes
BUILD_VERSION = 4
#: jrnl's time format in the benchmark config (locale independent)
JRNL_TIMEFORMAT = "%Y-%m-%d %H:%M"

#: where generate_reflections may live (the brief named ``demo``; it landed as
#: ``demo_generator``); the first module that has it is used
_GENERATOR_MODULES = ("journal_app.services.demo_generator", "journal_app.services.demo")

Generator = Callable[..., Iterator[EntryDraft]]


def generator() -> tuple[Generator, Path]:
    """``generate_reflections`` and the file it comes from."""
    for name in _GENERATOR_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        function = getattr(module, "generate_reflections", None)
        if function is not None and module.__file__:
            return function, Path(module.__file__)
    raise RuntimeError("generate_reflections is not available yet (journal_app.services.demo)")


def date_range(year: int | None = None) -> tuple[date, date]:
    """1 January ``YEARS - 1`` years back to 31 December of ``year`` (default: this year)."""
    last = year if year is not None else date.today().year
    return date(last - YEARS + 1, 1, 1), date(last, 12, 31)


def drafts(size: int, seed: int, year: int | None = None) -> Iterator[EntryDraft]:
    """The ``size`` reflections for ``seed``, oldest first."""
    from journal_app.core.catalogue import Catalogue

    generate, _source = generator()
    first, last = date_range(year)
    return generate(size, seed, first, last, Catalogue.builtin())


#: files whose words and phrases shape what the generator writes
_GENERATOR_DATA = (("demo", "words.md"),)


def fingerprint() -> str:
    """What a cached journal depends on: the generator's source (and how it is built).

    Only the generator and its word lists count, not the other demo modules (the demo
    journal's hand-written reflections change often and generate nothing here). The schema
    is not part of it either: each run's working copy is migrated to the current head before
    anything is measured, as the app would on its first unlock after an upgrade.
    """
    from journal_app.core.resources import resource_path

    _generate, source = generator()
    digest = hashlib.sha256(f"build {BUILD_VERSION}\n".encode())
    for path in [source, *(resource_path(*parts) for parts in _GENERATOR_DATA)]:
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(frozen=True)
class CachedCorpus:
    """Where one generated journal and its jrnl twin live."""

    root: Path

    @property
    def journal_dir(self) -> Path:
        return self.root / "journal"

    @property
    def jrnl_dir(self) -> Path:
        return self.root / "jrnl"

    @property
    def jrnl_text(self) -> Path:
        return self.root / "jrnl-import.txt"

    @property
    def meta_path(self) -> Path:
        return self.root / "meta.json"

    def meta(self) -> dict[str, object]:
        data: dict[str, object] = json.loads(self.meta_path.read_text(encoding="utf-8"))
        return data

    def is_complete(self) -> bool:
        return self.meta_path.exists() and self.journal_dir.exists()


def cached(cache_dir: Path, size: int, seed: int) -> CachedCorpus:
    _first, last = date_range()
    return CachedCorpus(cache_dir / f"n{size}-seed{seed}-to{last.year}-{fingerprint()}")


def working_copy(corpus: CachedCorpus, work_dir: Path) -> Path:
    """A fresh copy of the cached journal folder to measure (saves change it)."""
    target = work_dir / corpus.root.name / "journal"
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(corpus.journal_dir, target, ignore=shutil.ignore_patterns("backups"))
    return target


# -- jrnl's plain-text format ----------------------------------------------------------------


def jrnl_tag(framework_id: str, domain_code: str) -> str:
    """A journal tag as a jrnl tag: ``kss-pl:5`` becomes ``@kss-pl-5``."""
    return f"@{framework_id}-{domain_code}"


def jrnl_entry(draft: EntryDraft, index: int) -> str:
    """One reflection as jrnl plain text: ``[date time] title``, then the text and tags."""
    day = draft.event_date or date(2000, 1, 1)
    # A distinct minute per entry on a day keeps jrnl's order stable.
    when = datetime(day.year, day.month, day.day, 8) + timedelta(minutes=index % 600)
    parts = [f"[{when.strftime(JRNL_TIMEFORMAT)}] {draft.title}"]
    if draft.body.strip():
        parts.append(draft.body.strip())
    for section in draft.sections:
        if section.text.strip():
            parts.append(f"{section.title}:\n{section.text.strip()}")
    if draft.tags:
        parts.append(" ".join(jrnl_tag(t.framework_id, t.domain_code) for t in draft.tags))
    return "\n".join(parts) + "\n\n"
