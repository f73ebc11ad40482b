"""Mutasi (new jabatan or desa under the same NIPD) and pemberhentian (end of service) dialogs."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import nipd, wilayah
from kesos_desktop.services.auth import Actor
from kesos_desktop.text import QT_TRANSLATE_NOOP
from kesos_desktop.views.common.messages import show_error
from kesos_desktop.views.common.wilayah_picker import WilayahPicker
from kesos_desktop.views.nipd.form import _pydate

# Stored (and printed) in Bahasa Indonesia whatever the UI language; the list shows them translated.
REASONS = (
    QT_TRANSLATE_NOOP("kesos", "Mengundurkan diri"),
    QT_TRANSLATE_NOOP("kesos", "Meninggal dunia"),
    QT_TRANSLATE_NOOP("kesos", "Usia 60 tahun (purna tugas)"),
    QT_TRANSLATE_NOOP("kesos", "Diberhentikan"),
    QT_TRANSLATE_NOOP("kesos", "Lainnya"),
)


class PositionDialog(QDialog):
    """``mode`` "mutasi" or "berhenti"; the service validates, errors show under their field."""

    def __init__(
        self, db: Database, actor: Actor, official: nipd.OfficialInfo, mode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.official, self.mode = db, actor, official, mode
        self.result_value: nipd.OfficialInfo | None = None
        self.setWindowTitle(self.tr("Mutasi jabatan") if mode == "mutasi" else self.tr("Pemberhentian"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{official.full_name}</b> — NIPD {official.nipd_display or '-'}"))
        form.addRow(QLabel(self.tr("Sekarang: {j}, Desa {d}").format(j=official.jabatan_name, d=official.desa_name)))
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        if mode == "mutasi":
            self.jabatan = QComboBox()
            for j in nipd.list_jabatan(db):
                self.jabatan.addItem(j.name, j.code)
            self.jabatan.setCurrentIndex(self.jabatan.findData(official.jabatan_code))
            self.desa = WilayahPicker(db, scope=actor.scope_code or wilayah.office_scope(db), depth=4)
            self.desa.set_code(official.desa_code)
            self.tmt = self._date()
            self._row(form, self.tr("Jabatan baru:"), "jabatan_code", self.jabatan)
            self._row(form, self.tr("Desa:"), "desa_code", self.desa)
            key_number, key_date = "sk_number", "sk_date"
        else:
            self.reason = QComboBox()
            self.reason.setEditable(True)
            for r in REASONS:
                self.reason.addItem(ui_text(r), r)
            self._row(form, self.tr("Alasan:"), "end_reason", self.reason)
            key_number, key_date = "end_sk_number", "end_sk_date"
        self.sk_number = QLineEdit()
        self.sk_date = self._date()
        self._row(form, self.tr("Nomor SK:"), key_number, self.sk_number)
        self._row(form, self.tr("Tanggal SK:"), key_date, self.sk_date)
        if mode == "mutasi":
            self.sk_signer = QLineEdit()
            self._row(form, self.tr("Penandatangan SK:"), "sk_signer", self.sk_signer)
            self._row(form, self.tr("TMT jabatan baru:"), "tmt", self.tmt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        from PySide6.QtGui import QKeySequence

        from kesos_desktop.views.icons import decorate

        decorate(self.save_button, "save", QKeySequence.StandardKey.Save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _date(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
        edit.setDate(edit.minimumDate())
        return edit

    def _reason(self) -> str:
        """The Indonesian text of a listed reason (what the register prints), or what was typed."""
        text = self.reason.currentText().strip()
        index = self.reason.findText(text)
        return str(self.reason.itemData(index)) if index >= 0 else text

    def _row(self, form: QFormLayout, caption: str, key: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        label = QLabel()
        label.setStyleSheet("color: #b3261e;")
        label.setWordWrap(True)
        label.hide()
        box.addWidget(label)
        self.fields[key] = widget
        self.errors[key] = label
        form.addRow(caption, box)

    def field_error(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def save(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        o = self.official
        try:
            if self.mode == "mutasi":
                self.result_value = nipd.mutasi(
                    self.db,
                    self.actor,
                    o.id,
                    expected_version=o.version,
                    jabatan_code=self.jabatan.currentData(),
                    desa_code=self.desa.desa_code() or "",
                    sk_number=self.sk_number.text(),
                    sk_date=_pydate(self.sk_date),
                    tmt=_pydate(self.tmt),
                    sk_signer=self.sk_signer.text(),
                )
            else:
                self.result_value = nipd.end_service(
                    self.db,
                    self.actor,
                    o.id,
                    expected_version=o.version,
                    sk_number=self.sk_number.text(),
                    sk_date=_pydate(self.sk_date),
                    reason=self._reason(),
                )
        except errors.ValidationErrors as e:
            first = None
            for err in e.errors:
                label = self.errors.get(err.field or "")
                if label is not None:
                    label.setText(ui_text(err.message))
                    label.show()
                    first = first or self.fields.get(err.field or "")
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.accept()
