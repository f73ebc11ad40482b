"""Window sizes and splitter positions remembered per PC (``config.qsettings()``, under ``ui/``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from kesos_desktop import config


def _key(name: str, what: str) -> str:
    return f"ui/{name}/{what}"


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Restore the splitter's sizes now and save them (debounced) whenever the user drags it."""
    state = config.qsettings().value(_key(name, "splitter"))
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(300)

    def save() -> None:
        s = config.qsettings()
        s.setValue(_key(name, "splitter"), splitter.saveState())
        s.sync()

    timer.timeout.connect(save)
    splitter.splitterMoved.connect(lambda _pos, _index: timer.start())


def restore_geometry(widget: QWidget, name: str) -> bool:
    """Put a dialog back where the user left it; False when nothing was saved (keep the default size)."""
    geometry = config.qsettings().value(_key(name, "geometry"))
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        return widget.restoreGeometry(geometry)
    return False


def save_geometry(widget: QWidget, name: str) -> None:
    s = config.qsettings()
    s.setValue(_key(name, "geometry"), widget.saveGeometry())
    s.sync()


def remember_dialog_geometry(dialog: QDialog, name: str) -> None:
    """Restore a dialog's size and place now; save them whenever it closes (accepted or not)."""
    restore_geometry(dialog, name)
    dialog.finished.connect(lambda _result: save_geometry(dialog, name))
