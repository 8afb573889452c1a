"""What the UI holds while a journal is unlocked: the services, nothing else.

The class lives with the services (:mod:`journal_app.services.unlocked`), Qt-free; dropping it
(on lock) closes the database and forgets the key. The views must hold no entry text of
their own beyond what is on screen.
"""

from __future__ import annotations

from journal_app.services.unlocked import UnlockedJournal

__all__ = ["UnlockedJournal"]
