"""Registration / edit form for a village official, with inline field errors and a 3:4 photo cropper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import nipd, wilayah
from kesos_desktop.services.auth import Actor
from kesos_desktop.views.common.messages import show_error
from kesos_desktop.views.common.photo_cropper import choose_photo_file, cropped_photo
from kesos_desktop.views.common.wilayah_picker import WilayahPicker

_ERROR_STYLE = "color: #b3261e;"
_BAD_FIELD = "border: 1px solid #b3261e;"


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def _pydate(edit: QDateEdit) -> date | None:
    d = edit.date()
    if not d.isValid() or d == edit.minimumDate():
        return None
    return date(d.year(), d.month(), d.day())


class OfficialForm(QDialog):
    """Register (``official`` None) or edit personal data. The service decides what is valid."""

    saved = Signal(object)  # nipd.SaveResult

    def __init__(
        self, db: Database, actor: Actor, official: nipd.OfficialInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.official = db, actor, official
        self.photo_bytes: bytes | None = None
        self.result_value: nipd.SaveResult | None = None
        self.setWindowTitle(self.tr("Daftarkan perangkat desa") if official is None else self.tr("Ubah data perangkat"))
        self.setMinimumWidth(960)

        self.nik = QLineEdit()
        self.nik.setMaxLength(20)
        self.nik.setPlaceholderText(self.tr("16 digit"))
        self.title_front = QLineEdit()
        self.title_front.setPlaceholderText(self.tr("mis. H., Drs."))
        self.name = QLineEdit()
        self.title_back = QLineEdit()
        self.title_back.setPlaceholderText(self.tr("mis. S.Sos."))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("— pilih —"), "")
        for code, label in nipd.SEXES.items():
            self.sex.addItem(core_tr(label), code)
        self.birth_place = QLineEdit()
        self.birth_date = self._date_edit()
        self.religion = QComboBox()
        self.religion.addItem("", "")
        for r in nipd.RELIGIONS:
            self.religion.addItem(core_tr(r), r)
        self.education = QComboBox()
        self.education.addItem("", "")
        for code in nipd.EDUCATION:
            self.education.addItem(core_tr(nipd.EDUCATION_LABELS[code]), code)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 digit, bila PNS"))
        self.pangkat = QLineEdit()
        scope = actor.scope_code or wilayah.office_scope(db)
        self.desa = WilayahPicker(db, scope=scope, depth=4)
        self.jabatan = QComboBox()
        self.jabatan.addItem(self.tr("— pilih —"), "")
        for j in nipd.list_jabatan(db):
            self.jabatan.addItem(j.name, j.code)
        self.sk_number = QLineEdit()
        self.sk_date = self._date_edit()
        self.sk_signer = QLineEdit()
        self.sk_signer.setPlaceholderText(self.tr("mis. Kepala Desa Sungai Duri"))
        self.tmt = self._date_edit()

        self.photo_label = QLabel(self.tr("Belum ada foto"))
        self.photo_label.setFixedSize(120, 160)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #9aa5b1; background: #f4f6f8;")
        self.photo_button = QPushButton(self.tr("Pilih &foto…"))
        self.photo_button.clicked.connect(self.choose_photo)

        self.fields: dict[str, QWidget] = {
            "nik": self.nik,
            "title_front": self.title_front,
            "name": self.name,
            "title_back": self.title_back,
            "sex": self.sex,
            "birth_place": self.birth_place,
            "birth_date": self.birth_date,
            "religion": self.religion,
            "education": self.education,
            "address": self.address,
            "phone": self.phone,
            "nip": self.nip,
            "pangkat": self.pangkat,
            "desa_code": self.desa,
            "jabatan_code": self.jabatan,
            "sk_number": self.sk_number,
            "sk_date": self.sk_date,
            "sk_signer": self.sk_signer,
            "tmt": self.tmt,
            "photo": self.photo_button,
        }
        self.errors: dict[str, QLabel] = {}

        personal = QGroupBox(self.tr("Data pribadi"))
        pf = QFormLayout(personal)
        self._row(pf, self.tr("&NIK:"), "nik")
        self._row(pf, self.tr("&Nama (tanpa gelar):"), "name")
        titles = QHBoxLayout()
        titles.addWidget(self.title_front, 1)
        titles.addWidget(QLabel(self.tr("belakang:")))
        titles.addWidget(self.title_back, 1)
        self._row(pf, self.tr("&Gelar depan:"), "title_front", titles)
        self._row(pf, self.tr("&Jenis kelamin:"), "sex")
        self._row(pf, self.tr("&Tempat lahir:"), "birth_place")
        self._row(pf, self.tr("Tanggal &lahir:"), "birth_date")
        self._row(pf, self.tr("&Agama:"), "religion")
        self._row(pf, self.tr("&Pendidikan terakhir:"), "education")
        self._row(pf, self.tr("Ala&mat:"), "address")
        self._row(pf, self.tr("Telepon:"), "phone")
        self._row(pf, self.tr("NIP:"), "nip")
        self._row(pf, self.tr("Pangkat/golongan:"), "pangkat")

        position = QGroupBox(self.tr("Jabatan dan SK pengangkatan"))
        jf = QFormLayout(position)
        if official is None:
            self._row(jf, self.tr("Desa:"), "desa_code")
            self._row(jf, self.tr("Ja&batan:"), "jabatan_code")
            self._row(jf, self.tr("Nomor &SK:"), "sk_number")
            self._row(jf, self.tr("Tanggal S&K:"), "sk_date")
            self._row(jf, self.tr("Penandatangan SK:"), "sk_signer")
            self._row(jf, self.tr("TMT (mulai bertugas):"), "tmt")
        else:
            jf.addRow(QLabel(self.tr("Jabatan: {j}, Desa {d}").format(j=official.jabatan_name, d=official.desa_name)))
            jf.addRow(QLabel(self.tr("Perubahan jabatan atau desa lewat tombol Mutasi.")))
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(self.photo_button)
        err = self._error_label("photo")
        photo_box.addWidget(err)
        photo_box.addStretch(1)
        jf.addRow(self.tr("Foto (3:4):"), photo_box)

        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a5300;")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(_ERROR_STYLE + " font-weight: 600;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan (Ctrl+S)"))
        from kesos_desktop.views.icons import icon

        self.save_button.setIcon(icon("save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

        grid = QGridLayout()
        grid.addWidget(personal, 0, 0)
        grid.addWidget(position, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)
        if official is not None:
            self._load(official)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Ctrl+S also when the shortcut map is not consulted (key events sent straight to a field).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    # --- building ---
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")  # the minimum date shows empty: "not filled in"
        edit.setDate(edit.minimumDate())
        return edit

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet(_ERROR_STYLE)
        label.hide()
        self.errors[key] = label
        return label

    def _row(self, form: QFormLayout, caption: str, key: str, inner: QHBoxLayout | None = None) -> None:
        box = QVBoxLayout()
        box.setSpacing(1)
        if inner is not None:
            box.addLayout(inner)
        else:
            box.addWidget(self.fields[key])
        box.addWidget(self._error_label(key))
        label = QLabel(caption)
        label.setBuddy(self.fields[key] if key != "desa_code" else self.desa)
        form.addRow(label, box)

    def _load(self, o: nipd.OfficialInfo) -> None:
        self.nik.setText(o.nik)
        self.title_front.setText(o.title_front)
        self.name.setText(o.name)
        self.title_back.setText(o.title_back)
        self.sex.setCurrentIndex(self.sex.findData(o.sex))
        self.birth_place.setText(o.birth_place)
        self.birth_date.setDate(_qdate(o.birth_date))
        self.religion.setCurrentIndex(max(0, self.religion.findData(o.religion)))
        self.education.setCurrentIndex(max(0, self.education.findData(o.education)))
        self.address.setText(o.address)
        self.phone.setText(o.phone)
        self.nip.setText(o.nip)
        self.pangkat.setText(o.pangkat)
        if o.has_photo:
            data = nipd.photo_of(self.db, self.actor, o.id)
            if data:
                self._show_photo(data)

    # --- photo ---
    def choose_photo(self) -> None:
        path = choose_photo_file(self)
        if path is not None:
            self.load_photo(path)

    def load_photo(self, path: Path, *, crop: bool = True) -> None:
        self.set_field_error("photo", "")
        try:
            processed = cropped_photo(self, path, crop=crop)
        except errors.ValidationError as e:
            self.set_field_error("photo", ui_text(e.message))
            return
        if processed is None:
            return
        self.photo_bytes = processed
        self._show_photo(processed)

    def _show_photo(self, data: bytes) -> None:
        pix = QPixmap()
        pix.loadFromData(data)
        self.photo_label.setPixmap(pix.scaled(self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio))

    # --- errors ---
    def set_field_error(self, key: str, text: str) -> None:
        label = self.errors.get(key)
        widget = self.fields.get(key)
        if label is not None:
            label.setText(text)
            label.setVisible(bool(text))
        if widget is not None and key != "desa_code":
            widget.setStyleSheet(_BAD_FIELD if text else "")

    def field_error(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _clear_errors(self) -> None:
        for key in self.errors:
            if key != "photo":
                self.set_field_error(key, "")
        self.summary_label.clear()
        self.warning_label.clear()

    # --- saving ---
    def data(self) -> nipd.OfficialInput:
        return nipd.OfficialInput(
            nik=self.nik.text(),
            name=self.name.text(),
            sex=self.sex.currentData() or "",
            birth_place=self.birth_place.text(),
            birth_date=_pydate(self.birth_date),
            desa_code=self.desa.desa_code(),
            jabatan_code=self.jabatan.currentData() or None,
            sk_number=self.sk_number.text(),
            sk_date=_pydate(self.sk_date),
            tmt=_pydate(self.tmt),
            sk_signer=self.sk_signer.text(),
            title_front=self.title_front.text(),
            title_back=self.title_back.text(),
            religion=self.religion.currentData() or "",
            education=self.education.currentData() or "",
            address=self.address.text(),
            phone=self.phone.text(),
            nip=self.nip.text(),
            pangkat=self.pangkat.text(),
            photo=self.photo_bytes,
        )

    def save(self) -> None:
        self._clear_errors()
        try:
            if self.official is None:
                result = nipd.register(self.db, self.actor, self.data())
            else:
                result = nipd.update(
                    self.db, self.actor, self.official.id, self.data(), expected_version=self.official.version
                )
        except errors.ValidationErrors as e:
            self._show_errors(e.errors)
            return
        except errors.ValidationError as e:
            self._show_errors([e])
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _show_errors(self, errs: list[errors.ValidationError]) -> None:
        first: QWidget | None = None
        unplaced = []
        for e in errs:
            key = e.field or ""
            if key in self.errors:
                self.set_field_error(key, ui_text(e.message))
                first = first or self.fields.get(key)
            else:
                unplaced.append(ui_text(e.message))
        self.summary_label.setText(
            self.tr("Periksa isian bertanda merah ({n}).").format(n=len(errs))
            + ("\n" + "\n".join(unplaced) if unplaced else "")
        )
        if first is not None:
            first.setFocus()
