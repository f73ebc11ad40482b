from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kesos_desktop import tasks


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record modal message boxes instead of blocking on them; they answer with their default."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.NoButton.value)

    def record(kind: str):  # type: ignore[no-untyped-def]
        def fake(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
            shown.append((title, text))
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(fake)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture(autouse=True)
def _fresh_task_manager(qapp: QApplication) -> Iterator[None]:
    tm = tasks.TaskManager()
    tasks.set_task_manager(tm)
    yield
    tm.shutdown()
