"""Python's full garbage collections put off while an appraisal PDF is laid out.

Laying out a long document keeps a growing number of objects alive (every finished page's
PDF objects, the reflections still to come), and Python's cycle collector walks all of
them at each full collection: for 5,000 reflections, five to eight walks of up to a few
hundred thousand objects, about a twentieth of the export's time, that find almost nothing
to free (the layout's garbage is freed by reference counting, or by the young
generations' collections, which go on as usual). While an export runs, full collections
wait until it ends; the collector's own thresholds are put back when the last export
running in the process ends, and the next full collection happens as it would have.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: a third threshold that the young collections never reach in one export
_NEVER = 1_000_000_000

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def full_collections_put_off() -> Iterator[None]:
    """Run the block with the cycle collector's full collections put off (see the
    module's notes); exports in several threads at once each keep them off until the last
    one ends."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            young, middle = _saved[0], _saved[1]
            gc.set_threshold(young, middle, _NEVER)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
