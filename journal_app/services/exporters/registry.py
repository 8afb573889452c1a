"""What every exporter shares: its shape, its result, progress and cancelling.

An exporter is a small class with a ``name`` (used by the CLI and settings), a ``label`` (what
a file dialog shows), a file ``extension`` and ``export(entries, destination, progress,
cancelled)``. The export service constructs each one, since it knows what each needs (the
catalogue, the appraisal options). There is no lookup by name: the three formats are
offered by the service's own methods, and a new format is a new exporter class and method.

``progress(done, total)`` is called between entries and ``cancelled()`` is asked at the same
points; a cancelled export raises :class:`ExportCancelled` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

from journal_app.core.models import Entry
from journal_app.services.exporters.errors import ExportCancelled

#: ``progress(done, total)``: how far an export has got
Progress = Callable[[int, int], None]
#: ``cancelled()``: whether the user has asked to stop
Cancelled = Callable[[], bool]


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
