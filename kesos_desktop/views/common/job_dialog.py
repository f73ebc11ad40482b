"""Progress dialog for a background job (``tasks.run_job``): step text, bar, time left, "Batal"."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop.i18n import ui_text

SHOW_DELAY_MS = 300
_BAR_MAX = 2**31 - 1
_MIN_ESTIMATE_S = 1.0


def elapsed_text(seconds: float) -> str:
    s = int(seconds)
    clock = f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    return QCoreApplication.translate("JobDialog", "Berjalan {clock}").format(clock=clock)


def remaining_text(seconds: float) -> str:
    """A rough, human figure: "Sisa sekitar 12 detik", "... 3 menit", "... 1 jam 5 menit"."""
    s = max(0, math.ceil(seconds))
    if s < 3:
        return QCoreApplication.translate("JobDialog", "Hampir selesai")
    if s < 60:
        return QCoreApplication.translate("JobDialog", "Sisa sekitar {n} detik").format(n=s)
    if s < 3600:
        return QCoreApplication.translate("JobDialog", "Sisa sekitar {n} menit").format(n=round(s / 60))
    return QCoreApplication.translate("JobDialog", "Sisa sekitar {h} jam {m} menit").format(
        h=s // 3600, m=round(s % 3600 / 60)
    )


class JobDialog(QDialog):
    """Window-modal while running; shown only after ``show_delay_ms`` so quick jobs do not flash.

    The dialog only displays: ``cancel_requested`` is connected by the caller to ``JobContext.cancel``.
    Esc and the window's close button ask to cancel instead of closing. ``finish()`` closes and
    deletes it (its only delete path).
    """

    cancel_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        cancellable: bool = True,
        show_delay_ms: int = SHOW_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
        )
        self.setMinimumWidth(420)
        self._cancellable = cancellable
        self._running = False
        self._cancelling = False
        self._clock = QElapsedTimer()
        self._estimate_start: tuple[float, int] | None = None  # (seconds, done) of the first counted step
        self._estimate = ""
        self._confirm_box: QMessageBox | None = None

        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel(self.tr("Memulai…"))
        self.step_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.time_label = QLabel()
        self.time_label.setEnabled(False)  # greyed: secondary information
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_cancel)
        self.cancel_button.setVisible(cancellable)

        buttons = QHBoxLayout()
        buttons.addWidget(self.time_label, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)

        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_delay_ms)
        self._show_timer.timeout.connect(self._show_if_running)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._update_time)

    # --- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def start(self) -> None:
        self._running = True
        self._clock.start()
        self._show_timer.start()
        self._tick_timer.start()
        self._update_time()

    def finish(self) -> None:
        self._running = False
        self._show_timer.stop()
        self._tick_timer.stop()
        if self._confirm_box is not None:
            box, self._confirm_box = self._confirm_box, None
            box.hide()  # deleted with this dialog
        self.hide()
        self.deleteLater()

    def set_progress(self, done: int, total: int, text: str = "") -> None:
        if not self._running:
            return
        if text and not self._cancelling:
            self.step_label.setText(ui_text(text))
        if total <= 0:
            self.progress_bar.setRange(0, 0)  # busy indicator
            self._estimate = ""
        else:
            done = min(max(done, 0), total)
            scale = max(1, math.ceil(total / _BAR_MAX))
            self.progress_bar.setRange(0, total // scale)
            self.progress_bar.setValue(done // scale)
            self._estimate = self._remaining(done, total)
        self._update_time()

    def _remaining(self, done: int, total: int) -> str:
        now = self._elapsed()
        if self._estimate_start is None or done < self._estimate_start[1]:
            # Count from the first measured step: a slow preparation phase would skew the rate.
            self._estimate_start = (now, done)
            return ""
        t0, d0 = self._estimate_start
        if done <= d0 or now - t0 < _MIN_ESTIMATE_S:
            return self._estimate
        return remaining_text((now - t0) * (total - done) / (done - d0))

    def _update_time(self) -> None:
        parts = [self._estimate] if self._estimate else []
        parts.append(elapsed_text(self._elapsed()))
        self.time_label.setText(" · ".join(parts))

    def _elapsed(self) -> float:
        return self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0

    def _show_if_running(self) -> None:
        if self._running:
            self.show()

    # --- cancel ------------------------------------------------------------------------------

    def request_cancel(self) -> None:
        if not (self._running and self._cancellable) or self._cancelling:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.step_label.setText(self.tr("Membatalkan…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        # Esc lands here: while the job runs it means "Batal", never "hide and keep running".
        if self._running:
            self.request_cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._running:
            event.accept()
            return
        event.ignore()
        if not self._cancellable or self._cancelling:
            return
        if self._confirm_box is None:
            # Not exec(): a nested event loop could deliver the job's end and delete this dialog under it.
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Batalkan proses?"),
                self.tr("Proses ini masih berjalan. Batalkan sekarang?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.finished.connect(self._on_confirm_finished)
            self._confirm_box = box
            box.open()

    def _on_confirm_finished(self, result: int) -> None:
        box, self._confirm_box = self._confirm_box, None
        if box is not None:
            yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
            box.deleteLater()
            if yes:
                self.request_cancel()
