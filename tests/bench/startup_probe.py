"""Start the real desktop app and report when its first window (the unlock dialog) paints.

``python -m tests.bench.startup_probe DATA_DIR`` under ``QT_QPA_PLATFORM=offscreen``.
Prints ``{"seconds": <since the process was spawned>, "window": <class>}`` on the first paint
of a top-level window and exits at once (the spawn time comes from the benchmark's launcher
in ``BENCH_SPAWNED_AT``; run by hand, from when ``main`` starts). Only Qt's
application object is made before the app's own code runs (the app reuses an existing one),
so the app's imports and set-up are all inside the measured time.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(data_dir: str, started: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                spawned = float(os.environ.get("BENCH_SPAWNED_AT", started))
                report = {"seconds": time.time() - spawned, "window": type(watched).__name__}
                sys.stdout.write(json.dumps(report) + "\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    QTimer.singleShot(30_000, lambda: os._exit(3))  # no window within 30 s: fail

    from journal_app.ui.app import run_app

    run_app(data_dir=data_dir)
    return 4  # the app ended without painting a window


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], time.time()))
