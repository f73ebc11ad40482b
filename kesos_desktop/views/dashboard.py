"""Home page: who is logged in, which office and database, and a few figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kesos_desktop.formatting import format_number
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, office


def _fmt(n: int | str | None) -> str:
    return format_number(int(n or 0))


class DashboardPage(QWidget):
    def __init__(self, db: Database, actor: auth.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.heading = QLabel()
        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: #555;")
        self.cards = QGridLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(16)
        layout.addLayout(self.cards)
        layout.addStretch(1)
        self.refresh()

    def _card(self, row: int, col: int, value: str, label: str) -> None:
        frame = QFrame()
        frame.setObjectName("card")
        frame.setStyleSheet("#card { background: white; border: 1px solid #dde3ea; border-radius: 8px; }")
        v = QVBoxLayout(frame)
        number = QLabel(value)
        from kesos_desktop.views import style

        number.setStyleSheet(f"font-size: 26px; font-weight: 600; color: {style.ACCENT};")
        text = QLabel(label)
        text.setStyleSheet("color: #444;")
        v.addWidget(number)
        v.addWidget(text)
        self.cards.addWidget(frame, row, col)

    def refresh(self) -> None:
        data = office.overview(self.db)
        self.heading.setText("<h1>" + self.tr("Selamat datang, {name}").format(name=self.actor.full_name) + "</h1>")
        scope = data["scope_name"] or self.tr("(cakupan kantor belum diatur)")
        self.subheading.setText(
            self.tr("Peran: {role} · Wilayah kerja: {scope}").format(
                role=core_tr(auth.ROLE_LABELS[self.actor.role]), scope=scope
            )
        )
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._card(0, 0, _fmt(data["kecamatan"]), self.tr("Kecamatan dalam cakupan"))
        self._card(0, 1, _fmt(data["desa"]), self.tr("Desa/kelurahan dalam cakupan"))
        self._card(0, 2, _fmt(data["users"]), self.tr("Pengguna aktif"))
        self._card(1, 0, _fmt(data["audit"]), self.tr("Catatan log audit"))
        self.cards.setAlignment(Qt.AlignmentFlag.AlignTop)
