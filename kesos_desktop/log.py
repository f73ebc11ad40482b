"""Logging to a rotating file in the data folder, plus Qt's own messages and uncaught exceptions."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from types import TracebackType

from kesos_desktop import paths

log = logging.getLogger("kesos")


def setup(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_kesos", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "kesos-desktop.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._kesos = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def install_qt_message_handler() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(msg_type: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(msg_type, logging.WARNING), message)

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """Log an unexpected exception and tell the user, on the GUI thread, instead of dying silently."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            from kesos_desktop.views.common.messages import show_error

            show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
