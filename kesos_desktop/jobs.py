"""Qt-free progress and cancel for long work. Services accept a ``JobContext`` and call
``ctx.step(done, total)`` between chunks; ``ctx.check()`` raises ``Cancelled`` once the user cancels."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from kesos_desktop import errors

ProgressFn = Callable[[int, int, str], None]


class JobContext:
    def __init__(self, on_progress: ProgressFn | None = None, *, min_interval: float = 0.05) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._min_interval = min_interval
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise errors.Cancelled()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report progress (throttled, always passes the final step) and honour a cancel."""
        self.check()
        now = time.monotonic()
        if self._on_progress is not None and (done >= total or now - self._last >= self._min_interval):
            self._last = now
            self._on_progress(done, total, text)

    def as_callback(self) -> Callable[[int, int], None]:
        return lambda done, total: self.step(done, total)


NULL = JobContext()
