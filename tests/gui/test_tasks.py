"""The job runner with real threads, real widgets and (for the db executor) a real database."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kesos_desktop import errors
from kesos_desktop.jobs import JobContext
from kesos_desktop.models.db import Database
from kesos_desktop.services import wilayah
from kesos_desktop.tasks import Op, TaskManager, run_job, set_task_manager, task_manager
from kesos_desktop.views.common.job_dialog import JobDialog, elapsed_text, remaining_text

WAIT_MS = 5000


@pytest.fixture
def manager(qapp: Any) -> Iterator[TaskManager]:
    tm = TaskManager()
    previous = set_task_manager(tm)
    yield tm
    assert tm.shutdown(timeout=10)
    set_task_manager(previous)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes that would have been shown (their text); none blocks."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_progress_reaches_the_dialog_and_success_runs_on_gui_thread(
    qtbot: Any, manager: TaskManager, parent: QWidget, boxes: list[str]
) -> None:
    gate = threading.Event()
    job_threads: list[str] = []
    results: list[tuple[str, bool]] = []

    def job(ctx: JobContext) -> str:
        job_threads.append(threading.current_thread().name)
        ctx.step(5, 10, "Baris 5 dari 10")
        assert gate.wait(WAIT_MS / 1000)
        ctx.step(10, 10, "Selesai")
        return "hasil"

    handle = run_job(parent, "Impor data", job, on_success=lambda r: results.append((r, _on_gui_thread())))
    dialog = handle.dialog
    assert isinstance(dialog, JobDialog) and not dialog.isVisible()  # not before the show delay
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.progress_bar.value() == 5, timeout=WAIT_MS)
    assert dialog.progress_bar.maximum() == 10
    assert dialog.step_label.text() == "Baris 5 dari 10"
    assert dialog.windowTitle() == "Impor data"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert "Berjalan 0:0" in dialog.time_label.text()
    assert results == []

    gate.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert results == [("hasil", True)]
    assert job_threads[0].startswith("kesos-db")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    assert boxes == []


def test_unknown_total_shows_a_busy_bar(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    gate = threading.Event()

    def job(ctx: JobContext) -> None:
        ctx.step(0, 0, "Membaca berkas")
        assert gate.wait(WAIT_MS / 1000)

    handle = run_job(parent, "Membaca", job, on_success=lambda _r: None, executor="io")
    dialog = handle.dialog
    qtbot.waitUntil(lambda: dialog.step_label.text() == "Membaca berkas", timeout=WAIT_MS)
    assert dialog.progress_bar.minimum() == dialog.progress_bar.maximum() == 0
    gate.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)


def test_quick_job_never_shows_the_dialog(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    results: list[int] = []
    handle = run_job(parent, "Cepat", lambda ctx: 42, on_success=results.append)
    dialog = handle.dialog
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert results == [42]
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())


def test_known_error_goes_to_show_error(qtbot: Any, manager: TaskManager, parent: QWidget, boxes: list[str]) -> None:
    successes: list[Any] = []

    def job(ctx: JobContext) -> None:
        raise errors.KnownError("Berkas tidak dapat dibaca.")

    handle = run_job(parent, "Impor", job, on_success=successes.append)
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert boxes == ["Berkas tidak dapat dibaca."]
    assert successes == []


def test_custom_failure_handler_gets_the_exception_on_gui_thread(
    qtbot: Any, manager: TaskManager, parent: QWidget, boxes: list[str]
) -> None:
    failures: list[tuple[type[BaseException], bool]] = []

    def job(ctx: JobContext) -> None:
        raise errors.NotFound()

    handle = run_job(
        parent,
        "Cari",
        job,
        on_success=lambda _r: pytest.fail("no success expected"),
        on_failure=lambda e: failures.append((type(e), _on_gui_thread())),
    )
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert failures == [(errors.NotFound, True)]
    assert boxes == []


def _chunked_job(chunks: list[int], total: int = 2000):  # type: ignore[no-untyped-def]
    def job(ctx: JobContext) -> str:
        for i in range(total):
            ctx.step(i, total, f"Baris {i + 1} dari {total}")
            chunks.append(i)
            time.sleep(0.002)
        return "selesai"

    return job


def test_cancel_button_stops_the_job_between_chunks(
    qtbot: Any, manager: TaskManager, parent: QWidget, boxes: list[str]
) -> None:
    chunks: list[int] = []
    cancelled: list[bool] = []
    successes: list[str] = []
    handle = run_job(
        parent,
        "Ekspor",
        _chunked_job(chunks),
        on_success=successes.append,
        on_cancelled=lambda: cancelled.append(_on_gui_thread()),
    )
    dialog = handle.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.progress_bar.value() > 0, timeout=WAIT_MS)

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.step_label.text() == "Membatalkan…"
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)

    assert cancelled == [True]
    assert successes == []
    assert 0 < len(chunks) < 2000
    assert handle.future is not None and isinstance(handle.future.exception(), errors.Cancelled)
    assert boxes == []  # a cancel is not an error


def test_cancelling_a_queued_job_means_it_never_starts(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    gate = threading.Event()
    blocker = Op(None, lambda: gate.wait(5)).run()  # occupies the single db worker
    ran: list[bool] = []
    cancelled: list[bool] = []
    handle = run_job(
        parent,
        "Antre",
        lambda ctx: ran.append(True),
        on_success=pytest.fail,
        on_cancelled=lambda: cancelled.append(True),
    )
    handle.dialog.request_cancel()
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    gate.set()
    blocker.result(timeout=5)
    assert cancelled == [True] and ran == []


def test_escape_cancels(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    chunks: list[int] = []
    cancelled: list[bool] = []
    handle = run_job(
        parent, "Ekspor", _chunked_job(chunks), on_success=pytest.fail, on_cancelled=lambda: cancelled.append(True)
    )
    dialog = handle.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.cancelling
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert cancelled == [True]


def _visible_question(qtbot: Any, dialog: JobDialog) -> QMessageBox:
    def find() -> QMessageBox | None:
        return next((b for b in dialog.findChildren(QMessageBox) if shiboken6.isValid(b) and b.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=WAIT_MS)
    box = find()
    assert box is not None
    return box


def test_window_close_asks_before_cancelling(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    chunks: list[int] = []
    cancelled: list[bool] = []
    handle = run_job(
        parent, "Ekspor", _chunked_job(chunks), on_success=pytest.fail, on_cancelled=lambda: cancelled.append(True)
    )
    dialog = handle.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)

    dialog.close()
    assert dialog.isVisible() and not dialog.cancelling  # still running: only a question
    box = _visible_question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not dialog.cancelling and dialog.isVisible()

    dialog.close()
    box = _visible_question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert dialog.cancelling
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)
    assert cancelled == [True]


def test_not_cancellable_job_has_no_cancel_button(qtbot: Any, manager: TaskManager, parent: QWidget) -> None:
    gate = threading.Event()
    handle = run_job(parent, "Simpan", lambda ctx: gate.wait(5), on_success=lambda _r: None, cancellable=False)
    dialog = handle.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert not dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.cancelling and dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=WAIT_MS)


def test_op_runs_on_the_db_worker_and_calls_back_on_gui_thread(
    qtbot: Any, manager: TaskManager, parent: QWidget, db: Database
) -> None:
    seen: dict[str, Any] = {}

    def load() -> list[wilayah.Region]:
        seen["worker"] = threading.current_thread().name
        return wilayah.children(db, "61.07")

    def done(regions: list[wilayah.Region]) -> None:
        seen["regions"] = regions
        seen["gui"] = _on_gui_thread()

    finished: list[bool] = []
    Op(parent, load).success(done).finally_(lambda: finished.append(True)).run()
    assert "regions" not in seen  # never called back inside run()
    qtbot.waitUntil(lambda: finished == [True], timeout=WAIT_MS)
    assert seen["worker"].startswith("kesos-db") and seen["gui"] is True
    assert len(seen["regions"]) == 17


def test_op_io_executor_and_default_failure(
    qtbot: Any, manager: TaskManager, parent: QWidget, boxes: list[str]
) -> None:
    workers: list[str] = []

    def fail() -> None:
        workers.append(threading.current_thread().name)
        raise errors.PermissionDenied()

    finished: list[bool] = []
    Op(parent, fail, executor="io").finally_(lambda: finished.append(True)).run()
    qtbot.waitUntil(lambda: finished == [True], timeout=WAIT_MS)
    assert workers[0].startswith("kesos-io")
    assert boxes == ["Anda tidak memiliki hak untuk tindakan ini."]


def test_op_callbacks_are_skipped_when_parent_was_deleted(qtbot: Any, manager: TaskManager, boxes: list[str]) -> None:
    owner = QWidget()
    gate = threading.Event()
    called: list[str] = []
    Op(owner, lambda: gate.wait(5)).success(lambda _r: called.append("success")).finally_(
        lambda: called.append("finally")
    ).run()
    Op(owner, lambda: 1 / 0).success(lambda _r: called.append("success")).run()  # no error box either
    shiboken6.delete(owner)
    gate.set()
    # Deliveries come back in order: once this one arrives, the others have been handled.
    marker: list[bool] = []
    Op(None, lambda: None).success(lambda _r: marker.append(True)).run()
    qtbot.waitUntil(lambda: marker == [True], timeout=WAIT_MS)
    assert called == [] and boxes == []


def test_shutdown_cancels_running_jobs_and_waits(qtbot: Any, qapp: Any) -> None:
    tm = TaskManager()
    ctx = JobContext()
    started = threading.Event()
    state: list[str] = []
    delivered: list[str] = []

    def job() -> None:
        started.set()
        try:
            while True:
                ctx.check()
                time.sleep(0.005)
        finally:
            time.sleep(0.1)  # cleanup the shutdown must wait for
            state.append("cleaned up")

    running = tm.submit(job, lambda f: delivered.append("job"), context=ctx)
    queued = tm.submit(lambda: state.append("queued ran"), lambda f: delivered.append("queued"))
    assert started.wait(5)

    assert tm.shutdown(timeout=10) is True
    assert ctx.cancelled
    assert state == ["cleaned up"]  # waited for the worker; the queued job never started
    assert isinstance(running.exception(), errors.Cancelled)
    assert queued.cancelled()
    qtbot.wait(20)
    assert delivered == []  # late results are dropped once shut down
    with pytest.raises(RuntimeError):
        tm.submit(lambda: None)


def test_synchronous_manager_runs_inline(qtbot: Any, parent: QWidget) -> None:
    tm = TaskManager(synchronous=True)
    previous = set_task_manager(tm)
    try:
        order: list[str] = []
        Op(parent, lambda: order.append("fn") or 7).success(lambda r: order.append(f"success {r}")).run()
        order.append("after run")
        assert order == ["fn", "success 7", "after run"]

        steps: list[int] = []

        def job(ctx: JobContext) -> int:
            for i in range(3):
                ctx.step(i + 1, 3)
                steps.append(i)
            return len(steps)

        results: list[int] = []
        handle = run_job(parent, "Sinkron", job, on_success=results.append)
        assert handle.finished and results == [3] and steps == [0, 1, 2]
    finally:
        set_task_manager(previous)
        tm.shutdown()


def test_task_manager_is_created_once(qapp: Any) -> None:
    previous = set_task_manager(None)
    try:
        tm = task_manager()
        assert task_manager() is tm
        assert tm.thread() is qapp.thread()
    finally:
        set_task_manager(previous)
        tm.shutdown()


def test_time_texts(qapp: Any) -> None:
    assert remaining_text(12) == "Sisa sekitar 12 detik"
    assert remaining_text(11.2) == "Sisa sekitar 12 detik"
    assert remaining_text(180) == "Sisa sekitar 3 menit"
    assert remaining_text(3900) == "Sisa sekitar 1 jam 5 menit"
    assert remaining_text(1) == "Hampir selesai"
    assert elapsed_text(75) == "Berjalan 1:15"
    assert elapsed_text(3725) == "Berjalan 1:02:05"


def test_dialog_estimates_time_left(qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = JobDialog(None, "Uji", show_delay_ms=10_000)
    qtbot.addWidget(dialog)
    now = [0.0]
    monkeypatch.setattr(dialog, "_elapsed", lambda: now[0])
    dialog.start()
    dialog.set_progress(10, 100, "Baris 10")
    assert "Sisa" not in dialog.time_label.text()  # no estimate from one point
    now[0] = 4.0
    dialog.set_progress(30, 100, "Baris 30")  # 20 rows in 4 s: 70 rows left = 14 s
    assert dialog.time_label.text() == "Sisa sekitar 14 detik · Berjalan 0:04"
    dialog.set_progress(0, 0, "Menyimpan")
    assert dialog.time_label.text() == "Berjalan 0:04"
    dialog.finish()
