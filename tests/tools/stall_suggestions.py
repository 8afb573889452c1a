"""Measurement (not a test): the longest GUI-thread stall around domain suggestions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.tools.stall_suggestions --journal 1000

A real encrypted journal of ``--journal`` generated, fictional, tagged reflections
(``journal_app.services.demo_generator``) is opened in the journal view (list, sidebar,
editor), shown offscreen. A 5 ms heartbeat timer watches the GUI thread; the longest gap
between beats is the longest the window was frozen. Watched, each for a few seconds:

* "open first at N ms": a reflection picked N ms after the view is shown (100: before the
  editor is built ahead, which it then is, with the reflection loaded and suggestions shown;
  850: while the model of the person's tagging is being built ahead);
* "settle": the quiet seconds after it (the editor built ahead, the model warmed up);
* "tick a domain": ticking a domain, saving, and the next suggestions;
* "open another reflection".

Each run starts from a freshly unlocked journal and view, so no model is built at first.
With ``STALL_DEBUG=1`` it also prints each gap over 40 ms (when, how long), the time of the
tick's save and suggestions, and every garbage collection over 10 ms and its thread (a full
collection holds every Python thread, the window's too).
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HEARTBEAT_MS = 5
#: when the first reflection is picked after the view is shown: before the editor is built
#: ahead (500 ms), and while the model is being built ahead (from 800 ms)
OPEN_AT_MS = (100, 850)


def _report_collections() -> None:
    """Print garbage collections over 10 ms, and whether the GUI thread or another ran it."""
    import gc
    import threading

    started: dict[int, float] = {}

    def noted(phase: str, info: dict[str, int]) -> None:
        key = threading.get_ident()
        if phase == "start":
            started[key] = time.perf_counter()
            return
        took = time.perf_counter() - started.pop(key, time.perf_counter())
        if took > 0.01:
            where = "GUI" if threading.current_thread() is threading.main_thread() else "worker"
            print(f"  collection gen{info['generation']} {took * 1000:.0f} ms on {where} thread")

    gc.callbacks.append(noted)


def main() -> None:
    if os.environ.get("STALL_DEBUG"):
        _report_collections()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.core import keywrap
    from journal_app.core.catalogue import Catalogue
    from journal_app.services.demo_generator import generate_reflections
    from journal_app.services.journal import NewEntry
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.journal_view import JournalView

    app = QApplication.instance() or QApplication([])
    catalogue = Catalogue.builtin()
    drafts = list(
        generate_reflections(args.journal, 7, date(2020, 1, 1), date(2025, 12, 31), catalogue)
    )
    loop = QEventLoop()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def watch(
        seconds: float, action: Callable[[], Any] | None = None, delay_ms: int = 50
    ) -> float:
        beats.clear()
        heartbeat.start()
        if action is not None:
            QTimer.singleShot(delay_ms, action)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        heartbeat.stop()
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        if os.environ.get("STALL_DEBUG") and beats:
            long_gaps = [
                (round((a - beats[0]) * 1000), round((b - a) * 1000))
                for a, b in itertools.pairwise(beats)
                if b - a > 0.04
            ]
            print("  gaps (at ms, ms):", long_gaps)
        return round(max(gaps, default=0.0) * 1000, 1)

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "journal", kdf_params=keywrap.minimum_params)
        created = vault.create("plinth marmalade oboe quarry twelve")
        created.database.close()
        for _run, open_at in itertools.product(range(args.runs), OPEN_AT_MS):
            database = vault.unlock("plinth marmalade oboe quarry twelve", writer=True)
            unlocked = UnlockedJournal.open(vault, database)
            journal = unlocked.journal
            if not journal.list(limit=1):
                journal.create_all([NewEntry(d) for d in drafts])
            ids = [s.id for s in journal.list(limit=2)]
            view = JournalView(unlocked)
            view.resize(1280, 800)
            view.show()
            stalls = scenarios(view, ids, open_at, watch)
            for name, value in stalls.items():
                results.setdefault(name, []).append(value)
            view.flush()
            view.deleteLater()
            app.processEvents()
            unlocked.close()
    for name, values in results.items():
        print(f"{name:28} longest stall, ms: {values}")


def scenarios(
    view: Any, ids: list[str], open_at: int, watch: Callable[..., float]
) -> dict[str, float]:
    """The longest stall in each step, on a view just shown."""
    stalls = {
        f"open first at {open_at} ms": watch(
            1.5, lambda: view.entries.entry_chosen.emit(ids[0]), delay_ms=open_at
        ),
        "settle": watch(2.0),
    }
    catalogue = view._unlocked.catalogue
    framework_id = catalogue.default_framework_id
    code = catalogue.framework(framework_id).domains[0].code

    def tick() -> None:
        picker = view.editor.tag_picker
        ticked = any(
            t.framework_id == framework_id and t.domain_code == code for t in picker.tags()
        )
        picker.set_checked(framework_id, code, not ticked)
        began = time.perf_counter()
        view.flush()
        saved = time.perf_counter()
        view.editor.analyse_now()
        if os.environ.get("STALL_DEBUG"):
            print(
                f"save {(saved - began) * 1000:.1f} ms, analyse "
                f"{(time.perf_counter() - saved) * 1000:.1f} ms"
            )

    stalls["tick a domain"] = watch(2.0, tick)
    stalls["open another reflection"] = watch(1.5, lambda: view.entries.entry_chosen.emit(ids[1]))
    return stalls


if __name__ == "__main__":
    main()
