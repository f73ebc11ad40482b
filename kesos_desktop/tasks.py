"""Background work for the views, after Anki's ``taskman`` + ``CollectionOp`` (Orange3 for cancel).

``TaskManager`` owns two executors: ``db`` (one worker: everything that opens a session, so SQLite
writes never race) and ``io`` (two workers: PDF and xlsx work). Results come back to the GUI thread
through a queued signal of the long-lived manager; workers never touch widgets.

- ``Op(parent, fn).success(cb).failure(cb).finally_(cb).run()`` for short work without a dialog.
- ``run_job(parent, title, fn, on_success=...)`` for long work: ``fn(ctx)`` reports ``ctx.step()`` to
  a ``JobDialog`` and stops at the next ``ctx.check()`` once the user presses "Batal".

A job must not wait for another job on the same executor: the db executor has one worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, Generic, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kesos_desktop import errors
from kesos_desktop.jobs import JobContext
from kesos_desktop.views.common import messages
from kesos_desktop.views.common.job_dialog import JobDialog

log = logging.getLogger(__name__)

T = TypeVar("T")
ExecutorName = Literal["db", "io"]


class TaskManager(QObject):
    """Runs callables on the db or io executor and calls back on the GUI thread."""

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._executors: dict[str, ThreadPoolExecutor] = {}
        if not synchronous:
            self._executors = {
                "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="kesos-db"),
                "io": ThreadPoolExecutor(max_workers=2, thread_name_prefix="kesos-io"),
            }
        self._lock = threading.Lock()
        self._futures: set[Future[Any]] = set()
        self._contexts: set[JobContext] = set()
        self._closed = False
        # Queued even when emitted on the GUI thread, so a callback never runs inside submit().
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[Future[T]], None] | None = None,
        *,
        executor: ExecutorName = "db",
        context: JobContext | None = None,
    ) -> Future[T]:
        """Run ``fn`` on ``executor``; ``on_done(future)`` is called on the GUI thread afterwards.

        ``context`` is cancelled by ``shutdown()`` while the job runs.
        """
        if self._closed:
            raise RuntimeError("TaskManager is shut down")
        if self.synchronous:
            fut: Future[T] = Future()
            fut.set_running_or_notify_cancel()
            try:
                fut.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to on_done like a worker's failure
                fut.set_exception(exc)
            if on_done is not None:
                on_done(fut)
            return fut
        pool = self._executors[executor]
        with self._lock:
            fut = pool.submit(fn)
            self._futures.add(fut)
            if context is not None:
                self._contexts.add(context)

        def finished(f: Future[T]) -> None:  # runs on the worker thread (or here, if already done)
            with self._lock:
                self._futures.discard(f)
                if context is not None:
                    self._contexts.discard(context)
            if on_done is not None:
                self._deliver.emit(lambda: on_done(f))

        fut.add_done_callback(finished)
        return fut

    def run_on_main(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the GUI thread; safe from any thread. Inline when synchronous."""
        if self.synchronous:
            fn()
        else:
            self._deliver.emit(fn)

    def _on_deliver(self, fn: Callable[[], None]) -> None:
        # After shutdown the windows are going away: late results are dropped.
        if not self._closed:
            fn()

    def pending(self) -> int:
        with self._lock:
            return len(self._futures)

    def shutdown(self, timeout: float | None = None) -> bool:
        """Cancel running jobs' contexts, drop queued work, wait for the workers (``aboutToQuit``).

        Returns False when ``timeout`` passed with work still running.
        """
        if self._closed:
            return True
        self._closed = True
        with self._lock:
            contexts = list(self._contexts)
            futures = list(self._futures)
        for ctx in contexts:
            ctx.cancel()
        for pool in self._executors.values():
            pool.shutdown(wait=False, cancel_futures=True)
        # A future cancelled by shutdown() never counts as done for wait(): leave those out.
        _done, not_done = wait_futures([f for f in futures if not f.cancelled()], timeout=timeout)
        if not_done:
            log.warning("%d background task(s) still running at shutdown", len(not_done))
        return not not_done


_instance: TaskManager | None = None


def task_manager() -> TaskManager:
    """The app-wide manager, created on first use and shut down when the application quits."""
    global _instance
    if _instance is None:
        tm = TaskManager()
        app = QCoreApplication.instance()
        if app is not None:
            # Callbacks must run on the GUI thread, whoever asked first.
            tm.moveToThread(app.thread())
            app.aboutToQuit.connect(tm.shutdown)
        _instance = tm
    return _instance


def set_task_manager(tm: TaskManager | None) -> TaskManager | None:
    """Replace the app-wide manager (tests); returns the previous one. None means "create lazily"."""
    global _instance
    previous, _instance = _instance, tm
    return previous


def _alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def _failure_of(fut: Future[Any]) -> BaseException | None:
    # A queued future cancelled before it ran has no exception to ask for: report it as a cancel.
    return errors.Cancelled() if fut.cancelled() else fut.exception()


def _report_skipped(exc: BaseException) -> None:
    # The window that asked is gone; a bug must still reach the log.
    if not isinstance(exc, errors.KnownError):
        log.error("Background task failed after its window closed", exc_info=exc)


class Op(Generic[T]):
    """A short background call: ``Op(self, lambda: svc.load(db, id)).success(self.show).run()``.

    Callbacks run on the GUI thread and are skipped when ``parent`` was deleted meanwhile.
    Without ``failure()``, errors are shown with ``show_error(parent, exc)``.
    """

    def __init__(self, parent: QWidget | None, fn: Callable[[], T], *, executor: ExecutorName = "db") -> None:
        self._parent = parent
        self._fn = fn
        self._executor: ExecutorName = executor
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def finally_(self, cb: Callable[[], None]) -> Op[T]:
        self._finally = cb
        return self

    def run(self) -> Future[T]:
        return task_manager().submit(self._fn, self._on_done, executor=self._executor)

    def _on_done(self, fut: Future[T]) -> None:
        exc = _failure_of(fut)
        if not _alive(self._parent):
            if exc is not None:
                _report_skipped(exc)
            return
        try:
            if exc is None:
                if self._success is not None:
                    self._success(fut.result())
            elif isinstance(exc, errors.Cancelled):
                pass
            elif self._failure is not None:
                self._failure(exc)
            else:
                messages.show_error(self._parent, exc)
        finally:
            if self._finally is not None and _alive(self._parent):
                self._finally()


class JobHandle(Generic[T]):
    """A running ``run_job``: cancel it, or look at its state."""

    def __init__(self, context: JobContext, dialog: JobDialog) -> None:
        self.context = context
        self.dialog = dialog
        self.future: Future[T] | None = None
        self.finished = False
        """True once the result was handed to the callbacks (on the GUI thread)."""

    def cancel(self) -> None:
        """Ask the job to stop at its next ``ctx.check()``; a job still queued never starts."""
        self.context.cancel()
        if self.future is not None:
            self.future.cancel()

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[JobContext], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    executor: ExecutorName = "db",
    cancellable: bool = True,
) -> JobHandle[T]:
    """Run ``fn(ctx)`` in the background behind a ``JobDialog`` with progress and "Batal".

    ``Cancelled`` from the job closes the dialog quietly and calls ``on_cancelled``; other errors
    go to ``on_failure`` (default: ``show_error``). A job that finished despite a late cancel still
    reports success: its work was done.
    """
    tm = task_manager()
    dialog = JobDialog(parent, title, cancellable=cancellable)
    latest: list[tuple[int, int, str]] = []
    lock = threading.Lock()

    def flush() -> None:  # GUI thread
        with lock:
            update = latest.pop() if latest else None
            latest.clear()
        if update is not None and shiboken6.isValid(dialog):
            dialog.set_progress(*update)

    def report(done: int, total: int, text: str) -> None:  # worker thread
        with lock:
            queued = bool(latest)
            latest[:] = [(done, total, text)]
        # One pending delivery at a time: a fast job cannot flood the event queue.
        if not queued:
            tm.run_on_main(flush)

    ctx = JobContext(report)
    handle: JobHandle[T] = JobHandle(ctx, dialog)
    dialog.cancel_requested.connect(handle.cancel)

    def on_done(fut: Future[T]) -> None:  # GUI thread
        handle.finished = True
        if shiboken6.isValid(dialog):
            dialog.finish()
        exc = _failure_of(fut)
        if not _alive(parent):
            if exc is not None:
                _report_skipped(exc)
            return
        if exc is None:
            on_success(fut.result())
        elif isinstance(exc, errors.Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failure is not None:
            on_failure(exc)
        else:
            messages.show_error(parent, exc)

    dialog.start()
    try:
        handle.future = tm.submit(lambda: fn(ctx), on_done, executor=executor, context=ctx)
    except BaseException:
        dialog.finish()
        raise
    return handle
