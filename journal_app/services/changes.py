"""One stream of changes: every write through the services says what it changed.

A write announces a :class:`Change` (the reflections it touched, and whether tags, actions
or settings changed) on the journal's :class:`ChangeStream` once it is stored. Whoever shows
the journal subscribes once and refreshes from it: the desktop app bridges the stream to a
Qt signal (so a write on a worker thread reaches the views on the GUI thread); the CLI and
tests may subscribe a plain function. No Qt here: the services stay usable without a display.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """What one write changed. ``entries`` holds the ids of reflections written, trashed,
    restored or deleted; ``listed`` says they joined or left the lists (created, trashed,
    restored, deleted), not only edited; ``many`` that more changed than is worth naming
    (emptying the trash, an import), so a view re-reads everything."""

    entries: frozenset[str] = field(default_factory=frozenset)
    tags: bool = False
    actions: bool = False
    settings: bool = False
    listed: bool = False
    many: bool = False

    @classmethod
    def of_entries(
        cls,
        ids: Iterable[str],
        *,
        tags: bool = False,
        actions: bool = False,
        listed: bool = False,
        many: bool = False,
    ) -> Change:
        return cls(frozenset(ids), tags=tags, actions=actions, listed=listed, many=many)


class ChangeStream:
    """Listeners told of every :class:`Change`, in the order they subscribed.

    ``announce`` runs on the thread that made the write; a listener that touches widgets
    must hand the change over to the GUI thread itself (the UI's bridge does).
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with each change from now on; returns a function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, change: Change) -> None:
        """Tell every listener about ``change`` (a write that is already stored)."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)
