"""What the journal keeps: the bounds every way in (editor, import, CLI) checks against.

One place, so a reflection the editor accepts is one an import accepts, and the reverse.
"""

from __future__ import annotations

from datetime import date

#: the dates a reflection's event may have (inclusive)
EARLIEST_DATE = date(1970, 1, 1)
LATEST_DATE = date(2200, 1, 1)
#: characters in a title
MAX_TITLE = 300
#: characters per body or section: a very long reflection fits
MAX_TEXT = 2_000_000
#: characters in the role of the other person in a supervision
MAX_ROLE = 200
#: characters in an action or learning goal
MAX_ACTION = 2_000
#: minutes in a session: one day at most
MAX_SESSION_MINUTES = 24 * 60
