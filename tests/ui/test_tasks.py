"""The task runner: work off the GUI thread, one at a time, results and errors as signals."""

from __future__ import annotations

import threading
import time

from journal_app.core.errors import StorageError
from journal_app.ui.tasks import TaskRunner, error_text


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(tasks: TaskRunner, qtbot) -> None:
    gui_thread = threading.current_thread()
    seen: dict[str, object] = {}

    def work(report, cancelled):
        report(50, "half way")
        return threading.current_thread()

    def done(worker_thread) -> None:
        seen["worker"] = worker_thread
        seen["callback"] = threading.current_thread()

    tasks.start(work, done, on_progress=lambda p, m: seen.setdefault("progress", (p, m)))
    qtbot.waitUntil(lambda: "callback" in seen)
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert seen["progress"] == (50, "half way")
    qtbot.waitUntil(lambda: not tasks.busy)


def test_one_task_at_a_time(tasks: TaskRunner, qtbot) -> None:
    running: list[int] = []
    overlaps: list[bool] = []

    def work(report, cancelled):
        running.append(1)
        overlaps.append(len(running) > 1)
        time.sleep(0.05)
        running.pop()

    for _ in range(3):
        tasks.start(work)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5_000)
    assert overlaps == [False, False, False]


def test_cancel_flag_and_errors(tasks: TaskRunner, qtbot) -> None:
    errors: list[BaseException] = []
    started = threading.Event()

    def work(report, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise StorageError("storage.disk_full")

    task = tasks.start(work, on_error=errors.append)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors))
    assert error_text(errors[0]) == (
        "The disk is full, so the reflection was not saved. Free some space and save again."
    )


def test_unexpected_errors_never_show_their_message() -> None:
    text = error_text(ValueError("the text of a private reflection"))
    assert "private reflection" not in text and "ValueError" in text


def test_background_work_steps_aside_for_a_persons_own(tasks: TaskRunner, qtbot) -> None:
    order: list[str] = []
    started = threading.Event()

    def backup(report, cancelled):
        started.set()
        while not cancelled():  # long, until asked to stop
            time.sleep(0.01)
        order.append("background stopped")

    def export(report, cancelled):
        order.append("export")

    def queued_background(report, cancelled):
        order.append("queued background")

    tasks.start(backup, background=True)
    assert started.wait(5)
    tasks.start(queued_background, background=True)
    tasks.start(export)  # asks the running background task to stop, and goes first
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5_000)
    assert order == ["background stopped", "export", "queued background"]


def test_a_persons_task_is_never_cancelled_by_another(tasks: TaskRunner, qtbot) -> None:
    finished: list[str] = []
    started = threading.Event()

    def first(report, cancelled):
        started.set()
        time.sleep(0.1)
        finished.append("cancelled" if cancelled() else "first")

    tasks.start(first)
    assert started.wait(5)
    tasks.start(lambda report, cancelled: finished.append("second"))
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5_000)
    assert finished == ["first", "second"]
