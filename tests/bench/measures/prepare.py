"""Bring a working copy up to the current schema (as the first unlock after an upgrade would).

Not a figure the targets care about, but reported: it is what an upgrade costs at this size.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from journal_app.store import migrate
from tests.bench.measures.common import vault


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    the_vault = vault(journal_dir)
    from tests.bench import corpus

    started = time.perf_counter()
    database = the_vault.unlock(corpus.PASSPHRASE, writer=True)
    try:
        revision = migrate.current_revision(database.engine)
    finally:
        database.close()
    seconds = time.perf_counter() - started
    # The pre-migration backup is not part of what is measured next; drop it.
    shutil.rmtree(journal_dir / "backups", ignore_errors=True)
    return {"revision": revision, "first_unlock_s": round(seconds, 2)}
