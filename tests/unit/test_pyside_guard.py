"""Guard against the PySide6 6.12.0 bug: void Qt calls dropped a reference to None each time,
and after a few thousand calls the interpreter aborted (``Fatal Python error: none_dealloc``)."""

import sys

from PySide6.QtCore import QObject, QTimer


def test_void_qt_calls_do_not_leak_none_references() -> None:
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"o{i % 7}")  # returns void
        timer.setInterval(i % 100)  # returns void
        obj.blockSignals(False)
    after = sys.getrefcount(None)
    # A leak removes 20,000 references; a little noise either way is normal.
    assert after >= before - 100, f"refcount(None) fell by {before - after}: PySide6 leaks None references"


def test_pinned_pyside_version() -> None:
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) == (6, 11), f"PySide6 {PySide6.__version__}: keep >=6.11,<6.12 (see pyproject.toml)"
