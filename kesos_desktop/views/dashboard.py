"""Home page: who is logged in, which office and database, and a few figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kesos_desktop.formatting import format_number
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, office
from kesos_desktop.views.common.flow_layout import FlowLayout


def _fmt(n: int | str | None) -> str:
    return format_number(int(n or 0))


class DashboardPage(QWidget):
    def __init__(self, db: Database, actor: auth.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.heading = QLabel()
        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: #555;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #611a15; background: #fdecea; padding: 6px;")
        self.error_label.hide()
        self.cards = QGridLayout()
        # What waits for this user (by role), each a button to the rows behind the number.
        self.tasks_heading = QLabel("<h3>" + self.tr("Pekerjaan menunggu") + "</h3>")
        self.tasks = FlowLayout(h_spacing=8, v_spacing=8)  # wraps: the page stays as narrow as a laptop needs
        self.task_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.error_label)
        layout.addSpacing(16)
        layout.addWidget(self.tasks_heading)
        layout.addLayout(self.tasks)
        layout.addSpacing(16)
        layout.addLayout(self.cards)
        layout.addStretch(1)
        self.heading.setText("<h1>" + self.tr("Selamat datang, {name}").format(name=actor.full_name) + "</h1>")
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
        """Load the figures and the waiting work off the GUI thread (a slow or lost server never freezes Home)."""
        from kesos_desktop.services import worklist
        from kesos_desktop.tasks import Op

        db, actor = self.db, self.actor
        self.loaded = False
        Op(self, lambda: (office.overview(db), worklist.for_actor(db, actor))).success(self._show_all).failure(
            self._show_failure
        ).run()

    def _show_all(self, result) -> None:  # type: ignore[no-untyped-def]
        data, tasks = result
        self.error_label.hide()
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
        self._show_tasks(tasks)

    def _show_failure(self, exc: BaseException) -> None:
        # Inline, not a dialog: Home is shown on every return and must not nag while the server is away.
        from kesos_desktop.views.common.messages import error_text

        self.error_label.setText(self.tr("Angka dasbor belum dapat dimuat: {error}").format(error=error_text(exc)))
        self.error_label.show()
        self.loaded = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._shown:  # coming back from work elsewhere: the waiting counts have moved
            self._refresh_tasks()
        self._shown = True

    _shown = False
    loaded = False

    def _refresh_tasks(self) -> None:
        from kesos_desktop.services import worklist
        from kesos_desktop.tasks import Op

        db, actor = self.db, self.actor
        self.loaded = False
        Op(self, lambda: worklist.for_actor(db, actor)).success(self._show_tasks).failure(self._show_failure).run()

    def _show_tasks(self, tasks) -> None:  # type: ignore[no-untyped-def]
        from kesos_desktop.views import style

        while self.tasks.count():
            item = self.tasks.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.task_buttons.clear()
        self.tasks_heading.setVisible(bool(tasks))
        for task in tasks:
            button = QPushButton(f"{_fmt(task.count)}   {core_tr(task.label)}")
            button.setObjectName(f"task_{task.key}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            weight, color = (600, style.ACCENT) if task.count else (400, "#6b7682")
            button.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 10px 14px; font-weight: {weight}; color: {color}; }}"
            )
            button.clicked.connect(lambda _c=False, t=task: self.open_task(t))
            self.tasks.addWidget(button)
            self.task_buttons[task.key] = button
        self.loaded = True

    def open_task(self, task) -> None:  # type: ignore[no-untyped-def]
        """Open the page behind a waiting-work number, filtered to those rows."""
        window = self.window()
        if not hasattr(window, "show_module"):
            return
        window.show_module(task.module)
        page = window.page(task.module)
        status = task.filters.get("status")
        if task.module == "ppks" and hasattr(page, "show_records"):
            page.show_records(dict(task.filters))
        elif task.module == "nipd" and hasattr(page, "officials"):
            if task.key == "nipd_pending":
                tab, combo = page.officials, page.officials.status
            else:  # card requests: the queue's "not yet printed" view holds both steps
                tab, combo, status = page.queue, page.queue.status, "requested,approved"
            page.tabs.setCurrentWidget(tab)
            combo.setCurrentIndex(max(0, combo.findData(status)))
        elif task.module == "arsip" and hasattr(page, "loans"):
            page.tabs.setCurrentWidget(page.loans)
            page.loans.state.setCurrentIndex(max(0, page.loans.state.findData(status)))
