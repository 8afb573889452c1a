"""The services' change stream as a Qt signal: what every view refreshes from.

A write through the services announces a :class:`~journal_app.services.changes.Change` on
the unlocked journal's stream, on whatever thread made it (an import runs on a worker). A
view makes one :class:`JournalChanges` and connects to :attr:`JournalChanges.changed`; Qt
delivers it on the view's own (GUI) thread, at once when the write was made there.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from journal_app.services.changes import Change, ChangeStream


class JournalChanges(QObject):
    """Re-emits each change of ``stream`` as :attr:`changed` until this object is gone."""

    changed = Signal(object)  # a Change

    def __init__(self, stream: ChangeStream, parent: QObject | None = None) -> None:
        super().__init__(parent)
        stop = stream.subscribe(self._announce)
        # a plain function, not a method of this object: it runs while the object dies
        self.destroyed.connect(lambda _obj=None: stop())

    def _announce(self, change: Change) -> None:
        # deleted on the GUI thread while a worker was announcing: nobody left to tell
        with contextlib.suppress(RuntimeError):
            self.changed.emit(change)
