"""Pairs marked "bukan ganda" (not the same person): the list, and the admin's undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop.formatting import local_datetime_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.tasks import Op
from kesos_desktop.views.common.messages import confirm
from kesos_desktop.views.common.record_list import format_count


class DismissedPairsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.restored = 0
        self.pairs: list[ppks.DismissedPair] = []
        self.setWindowTitle(self.tr("Pasangan bukan data ganda"))
        self.table = QTableWidget(objectName="dismissed")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data A"), self.tr("Data B"), self.tr("Alasan"), self.tr("Oleh"), self.tr("Tanggal")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("&Kembalikan ke daftar ganda"), objectName="restore")
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setVisible(actor.can(Perm.PPKS_MERGE))
        self.status = QLabel(objectName="dismissed_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.dismissed_duplicates(db, actor)).success(self._show).run()

    def _show(self, pairs: list[ppks.DismissedPair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for r, p in enumerate(pairs):
            for c, text in enumerate(
                (f"#{p.a_id} {p.a_name}", f"#{p.b_id} {p.b_name}", p.reason, p.by or "", local_datetime_text(p.at))
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("{n} pasangan").format(n=format_count(len(pairs))))

    def restore(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        p = self.pairs[row]
        if not confirm(
            self,
            self.tr("Kembalikan pasangan"),
            self.tr("Tampilkan lagi #{a} {an} dan #{b} {bn} sebagai kemungkinan data ganda?").format(
                a=p.a_id, an=p.a_name, b=p.b_id, bn=p.b_name
            ),
        ):
            return
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.restore_duplicate(db, actor, p.a_id, p.b_id)).success(lambda _r: self._restored()).run()

    def _restored(self) -> None:
        self.restored += 1
        self.reload()
