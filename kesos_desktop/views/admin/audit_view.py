"""The audit-log viewer: who did what and when, filtered, with each entry's before/after values."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.i18n import tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit_list
from kesos_desktop.services.auth import Actor
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.views.common.messages import error_text
from kesos_desktop.views.common.record_list import RecordListWidget


class AuditLogView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        # Checks the permission before any widget is built.
        query = ListQuery(audit_list.LIST_SPEC, actor)
        self.list = RecordListWidget(db, query, self, settings_key="audit")

        self.user_combo = self._combo(self.tr("Semua pengguna"), "username")
        self.action_combo = self._combo(self.tr("Semua aksi"), "action")
        for key, label in audit_list.ACTION_LABELS.items():
            self.action_combo.addItem(tr(label), key)
        self.entity_combo = self._combo(self.tr("Semua jenis"), "entity")
        self.reload_choices()
        self.list.add_filter_widget(self.tr("Pengguna:"), self.user_combo)
        self.list.add_filter_widget(self.tr("Aksi:"), self.action_combo)
        self.list.add_filter_widget(self.tr("Jenis data:"), self.entity_combo)

        today = QDate.currentDate()
        self.date_from_check, self.date_from_edit = self._date_filter(self.tr("Dari"), "date_from", today.addDays(-30))
        self.date_to_check, self.date_to_edit = self._date_filter(self.tr("Sampai"), "date_to", today)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Pilih satu entri untuk melihat nilai sebelum dan sesudahnya."))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        from kesos_desktop.views.common.window_state import remember_splitter

        remember_splitter(splitter, "audit_log")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentChanged.connect(self.show_entry)

    # --- filters -------------------------------------------------------------------------------

    def _combo(self, all_text: str, key: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(all_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda i: self.list.set_filter(key, combo.itemData(i)))
        return combo

    def _date_filter(self, label: str, key: str, initial: QDate) -> tuple[QCheckBox, QDateEdit]:
        box = QWidget(self)
        check = QCheckBox(label, box)
        edit = QDateEdit(initial, box)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(edit)

        def apply() -> None:
            edit.setEnabled(check.isChecked())
            self.list.set_filter(key, edit.date().toPython() if check.isChecked() else None)

        check.toggled.connect(apply)
        edit.dateChanged.connect(apply)
        self.list.add_filter_widget("", box)
        return check, edit

    def reload_choices(self) -> None:
        """Refill the user and entity combos from the log, keeping the current choices."""
        for combo, values in (
            (self.user_combo, audit_list.distinct_usernames(self._db, self._actor)),
            (self.entity_combo, audit_list.distinct_entities(self._db, self._actor)),
        ):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(blocked)

    def refresh(self) -> None:
        self.reload_choices()
        self.list.refresh()

    # --- detail pane ---------------------------------------------------------------------------

    def show_entry(self, entry_id: Any) -> None:
        if entry_id is None:
            self.detail.clear()
            return
        try:
            entry = audit_list.get_entry(self._db, self._actor, int(entry_id))
        except errors.KnownError as e:
            self.detail.setPlainText(error_text(e))
            return
        self.detail.setHtml(self._entry_html(entry))

    def _entry_html(self, entry: Any) -> str:
        e = html.escape
        facts = [
            (self.tr("Waktu"), audit_list.local_time(entry.at)),
            (self.tr("Pengguna"), entry.username),
            (self.tr("Aksi"), tr(audit_list.ACTION_LABELS.get(entry.action, entry.action))),
            (self.tr("Jenis data"), entry.entity),
            (self.tr("ID data"), entry.entity_id or ""),
            (self.tr("Keterangan"), entry.summary),
        ]
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts]
        parts.append("</table>")
        changes = audit_list.field_changes(entry)
        if not changes:
            nothing = self.tr("Tidak ada nilai sebelum/sesudah yang dicatat.")  # outside the f-string: lupdate
            parts.append(f"<p><i>{e(nothing)}</i></p>")
            return "".join(parts)
        parts.append("<table border='1' cellspacing='0' cellpadding='4'>")
        column, before, after = self.tr("Kolom"), self.tr("Sebelum"), self.tr("Sesudah")
        parts.append(
            f"<tr><th align='left'>{e(column)}</th><th align='left'>{e(before)}</th>"
            f"<th></th><th align='left'>{e(after)}</th></tr>"
        )
        for c in changes:
            after = f"<b>{e(c.after)}</b>" if c.changed else e(c.after)
            parts.append(f"<tr><td>{e(c.field)}</td><td>{e(c.before)}</td><td>&rarr;</td><td>{after}</td></tr>")
        parts.append("</table>")
        return "".join(parts)
