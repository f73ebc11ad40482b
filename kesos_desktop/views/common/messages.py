"""Turn errors and results into dialogs the user understands."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kesos_desktop import errors
from kesos_desktop.i18n import ui_text

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, errors.KesosError):
        return ui_text(exc.message)
    return (
        QCoreApplication.translate("messages", "Terjadi kesalahan tak terduga. Detailnya dicatat di log aplikasi.")
        + f"\n\n{type(exc).__name__}: {exc}"
    )


def error_title(exc: BaseException) -> str:
    if isinstance(exc, errors.ConnectionLost):
        return QCoreApplication.translate("messages", "Koneksi terputus")
    if isinstance(exc, errors.ConflictError):
        return QCoreApplication.translate("messages", "Data telah berubah")
    if isinstance(exc, errors.PermissionDenied):
        return QCoreApplication.translate("messages", "Tidak diizinkan")
    if isinstance(exc, errors.ValidationError | errors.ValidationErrors):
        return QCoreApplication.translate("messages", "Data belum valid")
    if isinstance(exc, errors.KnownError):
        return QCoreApplication.translate("messages", "Tidak dapat dilanjutkan")
    return QCoreApplication.translate("messages", "Kesalahan")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Known errors get their message; bugs are logged with a traceback and shown plainly."""
    if not isinstance(exc, errors.KnownError):
        log.error("Unexpected error", exc_info=exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, errors.KnownError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(error_title(exc))
    box.setText(error_text(exc))
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
