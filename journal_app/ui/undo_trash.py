"""Undo for "Move to trash": a button in the status bar and Ctrl+Z, for a short while.

Moving a reflection to the trash happens at once (no question first); this is the way
back without going to the Trash. The offer lasts :data:`UNDO_SECONDS`, then quietly goes.
Ctrl+Z in a text field still undoes typing there: fields take the key before the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QStatusBar

UNDO_SECONDS = 30


class UndoTrash(QObject):
    """Offers to bring back the reflection last moved to the trash."""

    def __init__(
        self,
        action: QAction,
        status_bar: QStatusBar,
        restore: Callable[[str], object],
    ) -> None:
        super().__init__(status_bar)
        self._action = action
        self._restore = restore
        self._entry_id: str | None = None
        self.button = QPushButton(self.tr("&Undo"), status_bar)
        self.button.setAccessibleName(self.tr("Undo move to trash"))
        self.button.setToolTip(action.toolTip())
        self.button.clicked.connect(self.undo)
        self.button.hide()
        status_bar.insertPermanentWidget(0, self.button)
        self._status_bar = status_bar
        self._expiry = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._expiry.timeout.connect(self.forget)
        self.forget()

    @property
    def entry_id(self) -> str | None:
        """The reflection that Undo would bring back, while the offer lasts."""
        return self._entry_id

    def offer(self, entry_id: str) -> None:
        """A reflection was just moved to the trash: offer to bring it back."""
        self._entry_id = entry_id
        self._action.setEnabled(True)
        with contextlib.suppress(RuntimeError):  # the window is closing: nothing to show it in
            self.button.show()
            self._status_bar.showMessage(
                self.tr("Moved to the trash. Undo brings it back (Ctrl+Z)."), UNDO_SECONDS * 1000
            )
        self._expiry.start()

    def undo(self) -> None:
        entry_id = self._entry_id
        self.forget()
        if entry_id is not None:
            self._restore(entry_id)

    def forget(self) -> None:
        """The offer ends (time is up, it was used, or the journal locked)."""
        self._entry_id = None
        self._expiry.stop()
        self._action.setEnabled(False)
        self.button.hide()
