"""The exporters the app offers, found by name, and the plumbing every exporter shares.

An exporter is a small class with a ``name`` (used by the CLI and settings), a ``label`` (what
a file dialog shows), a file ``extension`` and ``export(entries, destination, progress,
cancelled)``. Exporters are constructed by the export service, which knows what each needs
(the catalogue, the appraisal options); the registry only makes them discoverable.

``progress(done, total)`` is called between entries and ``cancelled()`` is asked at the same
points; a cancelled export raises :class:`ExportCancelled` before anything is written.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol, TypeVar

from journal_app.core.errors import InvalidInputError
from journal_app.core.models import Entry
from journal_app.services.exporters.errors import ExportCancelled

#: ``progress(done, total)``: how far an export has got
Progress = Callable[[int, int], None]
#: ``cancelled()``: whether the user has asked to stop
Cancelled = Callable[[], bool]

#: modules whose exporters register themselves when first imported
_BUILTIN_MODULES = (
    "journal_app.services.exporters.appraisal_pdf.exporter",
    "journal_app.services.exporters.json_export",
    "journal_app.services.exporters.markdown_export",
)


def no_progress(done: int, total: int) -> None:
    """A progress callback that ignores progress (for callers with nothing to show)."""


def never_cancelled() -> bool:
    """A cancel check for callers that offer no way to cancel."""
    return False


def stop_if_cancelled(cancelled: Cancelled) -> None:
    """Raise :class:`ExportCancelled` if the user has asked to stop."""
    if cancelled():
        raise ExportCancelled()


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: where, how many reflections, and (for a PDF) how many pages."""

    destination: Path
    entry_count: int
    files: int = 1
    pages: int = 0


class Exporter(Protocol):
    """What every exporter offers."""

    name: ClassVar[str]
    label: ClassVar[str]
    extension: ClassVar[str]

    def export(
        self,
        entries: Sequence[Entry],
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult: ...


_REGISTRY: dict[str, type[Exporter]] = {}
_ExporterClass = TypeVar("_ExporterClass", bound=type[Exporter])


def register(cls: _ExporterClass) -> _ExporterClass:
    """Class decorator: make an exporter available under its ``name``."""
    existing = _REGISTRY.get(cls.name)
    if existing is not None and existing is not cls:
        raise ValueError(f"Two exporters are called '{cls.name}'")
    _REGISTRY[cls.name] = cls
    return cls


def _load_builtins() -> None:
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)


def exporter_class(name: str) -> type[Exporter]:
    """The exporter registered as ``name``, or InvalidInputError naming those there are."""
    _load_builtins()
    found = _REGISTRY.get(name)
    if found is None:
        known = ", ".join(sorted(_REGISTRY))
        raise InvalidInputError("export.unknown_format", name=name, known=known)
    return found


def exporter_classes() -> tuple[type[Exporter], ...]:
    """Every registered exporter, in name order (for menus and file dialogs)."""
    _load_builtins()
    return tuple(_REGISTRY[name] for name in sorted(_REGISTRY))
