"""The real desktop app on the offscreen platform: entry list ready after unlock, and stalls.

The window is built before unlocking (as at start-up). Unlock is timed on its own (floor KDF
parameters). "Ready" runs from handing the unlocked journal to the app (``JournalApp.open``)
until the entry list has painted rows. Afterwards a 5 ms heartbeat timer watches the GUI
thread: the longest gap between beats is the longest the window was frozen, first while the
app settles (deferred counts), then during a search typed into the search bar.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path
from typing import Any

from journal_app.bench import corpus
from journal_app.bench.measures.common import vault

HEARTBEAT_MS = 5
SETTLE_S = 2.0
TIMEOUT_S = 120.0


def run(params: dict[str, object]) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    journal_dir = Path(str(params["journal_dir"]))
    word = str(params.get("word", "supervision"))
    app = QApplication.instance() or QApplication([])

    from journal_app.ui.app import JournalApp
    from journal_app.ui.entries.list_panel import EntryListPanel
    from journal_app.ui.entries.model import EntryListModel

    painted: dict[str, float] = {}

    class ListPaints(QObject):
        """Notes when a list view showing reflections first paints with rows."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "list" not in painted:
                view = watched.parent()
                if isinstance(view, QAbstractItemView):
                    model = view.model()
                    if isinstance(model, EntryListModel) and model.rowCount() > 0:
                        painted["list"] = time.perf_counter()
            return False

    watcher = ListPaints(app)
    app.installEventFilter(watcher)

    the_vault = vault(journal_dir)
    built = time.perf_counter()
    journal_app = JournalApp(the_vault)
    window_s = time.perf_counter() - built
    started = time.perf_counter()
    database = the_vault.unlock(corpus.PASSPHRASE, writer=True)
    unlock_s = time.perf_counter() - started

    opened = time.perf_counter()
    journal_app.window.show()
    journal_app.open(database)
    open_call_s = time.perf_counter() - opened
    # A real event loop (not a processEvents busy loop), as the app runs under app.exec().
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)

    def quit_when_painted() -> None:
        if "list" in painted:
            loop.quit()

    poll.timeout.connect(quit_when_painted)
    poll.start()
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    loop.exec()
    poll.stop()
    if "list" not in painted:
        raise RuntimeError("the entry list never painted rows")
    ready_s = painted["list"] - opened
    panels = journal_app.window.findChildren(EntryListPanel)
    rows = panels[0].model.rowCount() if panels else 0
    total = panels[0].model.total if panels else 0

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def watch(seconds: float, action: Any = None) -> dict[str, float]:
        beats.clear()
        heartbeat.start()
        if action is not None:
            QTimer.singleShot(50, action)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        heartbeat.stop()
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        return {
            "max_stall_ms": round(max(gaps, default=0.0) * 1000, 1),
            "stalls_over_100ms": sum(1 for g in gaps if g > 0.1),
        }

    settle = watch(SETTLE_S)
    search_timing: dict[str, float] = {}

    def type_search() -> None:
        if not panels:
            return
        begun = time.perf_counter()
        panels[0].search_bar.setText(word)
        panels[0].search_bar.search_now()
        search_timing["search_ms"] = round((time.perf_counter() - begun) * 1000, 1)
        search_timing["results"] = panels[0].results_model.rowCount()

    search = watch(1.0, type_search)
    journal_app.shutdown()
    return {
        "window_build_ms": round(window_s * 1000, 1),
        "unlock_ms": round(unlock_s * 1000, 1),
        "open_call_ms": round(open_call_s * 1000, 1),
        "list_ready_ms": round(ready_s * 1000, 1),
        "rows_loaded": rows,
        "entries": total,
        "after_open": settle,
        "search_word": word,
        "search_in_gui": {**search_timing, **search},
    }
