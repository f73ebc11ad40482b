"""The page a module shows until its issue lands: says plainly that it is not available yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotYetAvailable(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(description)
        body.setWordWrap(True)
        note = QLabel(self.tr("Modul ini belum tersedia di versi ini."))
        note.setObjectName("notAvailable")
        note.setStyleSheet("color: #8a5a00; background: #fff4d6; padding: 10px; border-radius: 6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
