"""Browse the Kemendagri region list: every provinsi down to every desa/kelurahan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from kesos_desktop.i18n import tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import wilayah
from kesos_desktop.services.auth import Actor
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.views.common.record_list import RecordListWidget


class WilayahView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scope = wilayah.office_scope(db)
        self.list = RecordListWidget(db, ListQuery(wilayah.LIST_SPEC, actor), self, settings_key="wilayah")

        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("Semua"), None)
        for level, label in wilayah.LEVEL_LABELS.items():
            self.level_combo.addItem(tr(label), level)
        self.level_combo.currentIndexChanged.connect(self._on_level)
        self.list.add_filter_widget(self.tr("Tingkat:"), self.level_combo)

        self.scope_check = QCheckBox(self.tr("Hanya cakupan kantor"), self)
        if self._scope:
            self.scope_check.setToolTip(self.tr("Hanya wilayah di bawah {code}").format(code=self._scope))
        else:
            self.scope_check.setEnabled(False)
            self.scope_check.setToolTip(self.tr("Cakupan kantor belum diatur."))
        self.scope_check.toggled.connect(self._on_scope)
        self.list.add_filter_widget("", self.scope_check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list.search_edit())

    def set_level(self, level: int | None) -> None:
        i = 0 if level is None else self.level_combo.findData(level)
        if i >= 0:
            self.level_combo.setCurrentIndex(i)

    def _on_level(self, index: int) -> None:
        self.list.set_filter("level", self.level_combo.itemData(index))

    def _on_scope(self, checked: bool) -> None:
        self.list.set_filter("within", self._scope if checked and self._scope else None)

    def focus_search(self) -> None:
        self.list.search_edit().setFocus(Qt.FocusReason.OtherFocusReason)
