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

from tests.bench import corpus
from tests.bench.measures.common import vault

HEARTBEAT_MS = 5
SAVE_WATCH_S = 2.5  # after the last key: Ctrl+S, then the autosave 1.5 s later
KEY_MS = 60  # a quick typist
#: the export watched on the GUI thread: the newest reflections' PDF, made on the task runner
EXPORT_COUNT = 250
TYPED = " Looking back, what helped most was slowing down."
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
    # The watcher is Python called for every event in the app; left in, it would add to
    # the very stalls measured below (each call waits for the GIL while a task runs).
    app.removeEventFilter(watcher)
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
        result = {
            "max_stall_ms": round(max(gaps, default=0.0) * 1000, 1),
            "stalls_over_100ms": sum(1 for g in gaps if g > 0.1),
        }
        if os.environ.get("BENCH_STALL_DEBUG") and beats:
            result["long_gaps"] = [  # type: ignore[assignment]
                (round((a - beats[0]) * 1000), round((b - a) * 1000))
                for a, b in itertools.pairwise(beats)
                if b - a > 0.05
            ]
        return result

    def watch_until(action: Any, finished: Any) -> dict[str, float]:
        """Like ``watch``, for as long as ``finished()`` is false (a background task)."""
        done = QTimer()
        done.setInterval(20)
        done.timeout.connect(lambda: loop.quit() if finished() else None)
        done.start()
        try:
            return watch(TIMEOUT_S, action)
        finally:
            done.stop()

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
    open_entry = watch(1.0, lambda: _open_first_result(panels))
    view = journal_app.window.journal_view
    open_entry["opened"] = view is not None and view.editor.entry_id is not None
    typist = _Typist(journal_app)
    save = watch(len(TYPED) * KEY_MS / 1000 + SAVE_WATCH_S, typist.start)
    export_timing: dict[str, float] = {}
    export = watch_until(
        lambda: _export_pdf(journal_app, export_timing), lambda: "done_s" in export_timing
    )
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
        "open_in_gui": open_entry,
        "save_in_gui": save,
        "export_in_gui": {**export_timing, **export},
    }


def _open_first_result(panels: list[Any]) -> None:
    """Pick the first search result, as a click does (the first time, the editor is built
    and the reflection loaded just after)."""
    if panels and panels[0].results_model.rowCount():
        panels[0].results_view.setCurrentIndex(panels[0].results_model.index(0, 0))


class _Typist:
    """Types ``TYPED`` into the open reflection's title a key at a time, as a person does
    (one key every ``KEY_MS``), then presses Ctrl+S; the autosave follows on its own."""

    def __init__(self, journal_app: Any) -> None:
        from PySide6.QtCore import QTimer

        self._view = journal_app.window.journal_view
        self._keys = list(TYPED)
        self._timer = QTimer()
        self._timer.setInterval(KEY_MS)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        if self._view is not None:
            self._view.editor.title_edit.setFocus()
            self._timer.start()

    def _next(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        edit = self._view.editor.title_edit
        if self._keys:
            QTest.keyClicks(edit, self._keys.pop(0))
            return
        self._timer.stop()
        QTest.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        self._view.save_now()


def _export_pdf(journal_app: Any, timing: dict[str, float]) -> None:
    """Make the newest reflections' appraisal PDF through the real export dialog: it is
    built and shown over the window (its live count runs), then its own ``run_export`` (what
    "Export PDF…" calls once a file is chosen) runs the task behind its progress dialog."""
    import tempfile

    from PySide6.QtCore import QTimer

    from journal_app.core.periods import Period
    from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
    from journal_app.ui.export_dialog import ExportDialog

    window = journal_app.window
    unlocked = window.unlocked
    newest = unlocked.journal.list(limit=EXPORT_COUNT)
    options = AppraisalOptions(
        period=Period(newest[-1].event_date, newest[0].event_date),
        include_private=True,
        include_drafts=True,
        name="Benchmark",
    )
    folder = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    dialog = ExportDialog(unlocked, window)
    dialog.open()  # window-modal, as the shell shows it, without a nested event loop

    def watch_result() -> None:
        if dialog.export_result is None:
            return
        poll.stop()
        timing["done_s"] = round(time.perf_counter() - started, 2)
        timing["pages"] = dialog.export_result.pages
        dialog.export_result.destination.unlink(missing_ok=True)
        folder.rmdir()
        dialog.close()

    poll = QTimer(dialog)
    poll.setInterval(20)
    poll.timeout.connect(watch_result)
    poll.start()
    dialog.run_export(options, folder / "appraisal.pdf")
