"""Entry form for one PPKS record: live validation with the reason shown on each field."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.excel.ppks_import import CellProblem, parse_date
from kesos_desktop.i18n import tr, ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks, wilayah
from kesos_desktop.services.auth import Actor, Role
from kesos_desktop.tasks import Op
from kesos_desktop.views.common.messages import error_text
from kesos_desktop.views.common.photo_cropper import choose_photo_file, cropped_photo
from kesos_desktop.views.common.wilayah_picker import WilayahPicker

_ERROR_STYLE = "color: #b3261e;"
_INVALID = "border: 1px solid #c62828;"


def _date_text(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


class PersonDialog(QDialog):
    """Create (``info=None``) or edit a record. ``saved`` carries the new ``PersonInfo``."""

    saved = Signal(object)
    openRecord = Signal(int)  # the "existing record" link next to a duplicate NIK

    CHECK_DELAY_MS = 250

    def __init__(self, db: Database, actor: Actor, info: ppks.PersonInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._info = info
        self._busy = False
        self._last_check: ppks.Checked | None = None
        self.setWindowTitle(self.tr("Ubah Data PPKS") if info else self.tr("Tambah Data PPKS"))
        self.resize(1040, 720)
        from kesos_desktop.views.common.window_state import remember_dialog_geometry

        remember_dialog_geometry(self, "ppks_form")

        self.nik = QLineEdit(objectName="nik", maxLength=24, placeholderText=self.tr("16 digit"))
        self.kk = QLineEdit(objectName="kk", maxLength=24, placeholderText=self.tr("16 digit (boleh kosong)"))
        self.name = QLineEdit(objectName="name", maxLength=150)
        self.birth_place = QLineEdit(objectName="birth_place", maxLength=100)
        self.birth_date = QLineEdit(objectName="birth_date", placeholderText=self.tr("hh/bb/tttt"))
        self.sex = QComboBox(objectName="sex")
        self.sex.addItem("—", None)
        for code, label in ppks.SEXES.items():
            self.sex.addItem(f"{code} — {tr(label)}", code)
        self.address = QLineEdit(objectName="address", maxLength=250)
        self.rt = QLineEdit(objectName="rt", maxLength=3)
        self.rw = QLineEdit(objectName="rw", maxLength=3)
        scope = actor.scope_code or wilayah.office_scope(db)
        self.wilayah = WilayahPicker(db, scope=scope, depth=4)
        self.wilayah.setObjectName("desa_code")
        self.categories = QListWidget(objectName="categories")
        for c in ppks.categories():
            item = QListWidgetItem(f"{c.code} — {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        # Long names ("Anak yang Memerlukan Perlindungan Khusus") wrap instead of hiding behind a scroll bar.
        self.categories.setWordWrap(True)
        self.categories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.categories.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.categories.setMinimumHeight(170)
        self.categories.setMinimumWidth(330)
        self.details = QPlainTextEdit(objectName="details")
        self.details.setPlaceholderText(
            self.tr("Rincian per kategori, satu baris: KODE: rincian (mis. PD: tuna netra; KBA: banjir 12/01/2026)")
        )
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(48)
        self.condition = QPlainTextEdit(objectName="condition_notes")
        self.condition.setTabChangesFocus(True)
        self.condition.setFixedHeight(48)
        self.needs = QPlainTextEdit(objectName="needs")
        self.needs.setTabChangesFocus(True)
        self.needs.setFixedHeight(48)
        self.enumerator = QLineEdit(objectName="enumerator", maxLength=120)
        self.collected_on = QLineEdit(objectName="collected_on", placeholderText=self.tr("hh/bb/tttt"))
        self.decile = QSpinBox(objectName="dtsen_decile")
        self.decile.setRange(0, 10)
        self.decile.setSpecialValueText(self.tr("tidak diketahui"))
        self.accept_warning = QCheckBox(self.tr("Terima NIK/KK bermasalah dengan tanda peringatan (admin)"))
        self.accept_warning.setObjectName("accept_warning")
        self.accept_warning.setVisible(actor.role is Role.ADMIN)
        self.accept_warning.setEnabled(False)
        # Optional photo: cropped to 3:4 here, stored as a small JPEG (the NIPD rules).
        self.photo_label = QLabel(self.tr("Tanpa foto"), objectName="photo")
        self.photo_label.setFixedSize(90, 120)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #9aa5b1; background: #f4f6f8;")
        self.photo_button = QPushButton(self.tr("Pilih &foto…"), objectName="photo_choose")
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_remove = QPushButton(self.tr("&Hapus foto"), objectName="photo_remove")
        self.photo_remove.clicked.connect(self.remove_photo)
        self.photo_remove.setEnabled(False)
        self.photo_bytes: bytes | None = None  # what the label shows
        self._photo_changed = False
        self._photo_error = ""

        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {
            "nik": self.nik, "kk": self.kk, "name": self.name, "birth_place": self.birth_place,
            "birth_date": self.birth_date, "sex": self.sex, "address": self.address, "rt": self.rt, "rw": self.rw,
            "desa_code": self.wilayah, "categories": self.categories, "condition_notes": self.condition,
            "needs": self.needs, "enumerator": self.enumerator, "collected_on": self.collected_on,
            "dtsen_decile": self.decile, "photo": self.photo_button,
        }  # fmt: skip
        self.duplicate_link = QLabel(objectName="duplicate_link")
        self.duplicate_link.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate_link.linkActivated.connect(lambda href: self.openRecord.emit(int(href.split(":")[1])))
        self.duplicate_link.hide()

        identity = QGroupBox(self.tr("Identitas"))
        f1 = QFormLayout(identity)
        self._row(f1, self.tr("&NIK"), "nik", extra=self.duplicate_link)
        self._row(f1, self.tr("No. &KK"), "kk")
        self._row(f1, self.tr("Na&ma"), "name")
        born = QWidget()
        bl = QHBoxLayout(born)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.birth_place, 2)
        bl.addWidget(QLabel(self.tr("Tanggal:")))
        bl.addWidget(self.birth_date, 1)
        self._row(f1, self.tr("Tempat/Tgl &Lahir"), "birth_date", widget=born, also=("birth_place",))
        self._row(f1, self.tr("&Jenis Kelamin"), "sex")
        photo_box = QWidget()
        pl = QHBoxLayout(photo_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.photo_label)
        pb = QVBoxLayout()
        pb.addWidget(self.photo_button)
        pb.addWidget(self.photo_remove)
        pb.addStretch(1)
        pl.addLayout(pb)
        pl.addStretch(1)
        self._row(f1, self.tr("Foto (3:4)"), "photo", widget=photo_box)
        place = QGroupBox(self.tr("Alamat"))
        f2 = QFormLayout(place)
        self._row(f2, self.tr("&Alamat"), "address")
        rtrw = QWidget()
        rl = QHBoxLayout(rtrw)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel("RT"))
        rl.addWidget(self.rt)
        rl.addWidget(QLabel("RW"))
        rl.addWidget(self.rw)
        rl.addStretch(1)
        self._row(f2, self.tr("RT/RW"), "rt", widget=rtrw, also=("rw",))
        self._row(f2, self.tr("Wilayah"), "desa_code")
        social = QGroupBox(self.tr("Kategori dan kondisi"))
        f3 = QFormLayout(social)
        self._row(f3, self.tr("Kategori &PPKS"), "categories")
        f3.addRow(self.tr("Rincian kategori"), self.details)
        self._row(f3, self.tr("K&ondisi"), "condition_notes")
        self._row(f3, self.tr("Ke&butuhan"), "needs")
        self._row(f3, self.tr("Petugas pendata"), "enumerator")
        self._row(f3, self.tr("Tgl pendataan"), "collected_on")
        self._row(f3, self.tr("Desil DTSEN"), "dtsen_decile")

        self.warnings = QLabel(objectName="warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.general_error = QLabel(objectName="general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.hide()

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(identity, 0, 0)
        grid.addWidget(place, 1, 0)
        grid.addWidget(social, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own between "Batal" and NIK
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Simpan"))
        self.save_button.setObjectName("save")
        from kesos_desktop.views.icons import decorate, shortcut_text

        decorate(
            self.save_button,
            "save",
            tip=self.tr("Simpan ({key})").format(key=shortcut_text(QKeySequence.StandardKey.Save)),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        if info is not None and info.status == ppks.REJECTED and info.reject_reason:
            banner = QLabel(self.tr("Ditolak verifikator: {reason}").format(reason=info.reject_reason))
            banner.setObjectName("reject_banner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background:#fdecea; color:#611a15; padding:6px;")
            layout.addWidget(banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.general_error)
        layout.addWidget(self.accept_warning)
        layout.addWidget(self.buttons)

        order = [self.nik, self.kk, self.name, self.birth_place, self.birth_date, self.sex, self.photo_button,
                 self.photo_remove, self.address, self.rt,
                 self.rw, self.wilayah, self.categories, self.details, self.condition, self.needs, self.enumerator,
                 self.collected_on, self.decile, self.accept_warning, self.save_button]  # fmt: skip
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        if info is not None:
            self._load(info)
        self._timer = QTimer(self, singleShot=True, interval=self.CHECK_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        # Errors show on the fields the user has touched; all of them once "Simpan" was pressed
        # (an existing record shows all at once: it was saved before).
        self._touched: set[str] = set(self._fields) if info is not None else set()
        self._show_all = info is not None
        for key in ("nik", "kk", "name", "birth_place", "birth_date", "address", "rt", "rw", "enumerator",
                    "collected_on", "condition_notes", "needs"):  # fmt: skip
            self._fields[key].textChanged.connect(lambda *_a, k=key: self._touch(k))  # type: ignore[attr-defined]
        self.details.textChanged.connect(lambda: self._touch("categories"))
        self.sex.currentIndexChanged.connect(lambda _i: self._touch("sex"))
        self.decile.valueChanged.connect(lambda _v: self._touch("dtsen_decile"))
        self.categories.itemChanged.connect(lambda _i: self._touch("categories"))
        self.wilayah.changed.connect(lambda _c: self._touch("desa_code"))
        self.accept_warning.toggled.connect(lambda _b: self._touch("nik"))
        self.nik.setFocus()

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        if key == "birth_date":
            self._touched.add("birth_place")
        self._timer.start()

    def _row(
        self, form: QFormLayout, label: str, key: str, *, widget: QWidget | None = None, extra: QWidget | None = None,
        also: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget or self._fields[key])
        err = QLabel(objectName=f"error_{key}")
        err.setWordWrap(True)
        err.setStyleSheet(_ERROR_STYLE)
        err.hide()
        v.addWidget(err)
        if extra is not None:
            v.addWidget(extra)
        # Rows keep their natural height (spare room in a group box goes below the last row), except the
        # category list, which takes the room to show more categories at once.
        if key != "categories":
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._errors[key] = err
        for k in also:
            self._errors[k] = err
        lab = QLabel(label)
        lab.setBuddy(self._fields[key])
        form.addRow(lab, box)

    # --- values --------------------------------------------------------------------------------

    def _load(self, info: ppks.PersonInfo) -> None:
        self.nik.setText(info.nik or "")
        self.kk.setText(info.kk or "")
        self.name.setText(info.name)
        self.birth_place.setText(info.birth_place or "")
        self.birth_date.setText(_date_text(info.birth_date))
        self.sex.setCurrentIndex(max(0, self.sex.findData(info.sex)))
        self.address.setText(info.address or "")
        self.rt.setText(info.rt or "")
        self.rw.setText(info.rw or "")
        self.wilayah.set_code(info.desa_code)
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in info.categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.details.setPlainText(
            "\n".join(f"{c}: {d.get('rincian', '')}" for c, d in info.category_details.items() if d)
        )
        self.condition.setPlainText(info.condition_notes or "")
        self.needs.setPlainText(info.needs or "")
        self.enumerator.setText(info.enumerator or "")
        self.collected_on.setText(_date_text(info.collected_on))
        self.decile.setValue(info.dtsen_decile or 0)
        if info.nik_warning:
            self.accept_warning.setChecked(True)
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.photo_of(db, actor, info.id)).success(self._stored_photo).run()

    # --- photo ---------------------------------------------------------------------------------

    def _stored_photo(self, data: bytes | None) -> None:
        if data and not self._photo_changed:
            self._show_photo(data)

    def choose_photo(self) -> None:
        path = choose_photo_file(self)
        if path is not None:
            self.load_photo(path)

    def load_photo(self, path: Path, *, crop: bool = True) -> None:
        """Crop (3:4) and shrink the picked image; a file that is not an image is reported on the field."""
        try:
            processed = cropped_photo(self, path, crop=crop)
            if processed is None:
                return
        except errors.ValidationError as e:
            self._photo_error = ui_text(e.message)
        else:
            self._photo_error = ""
            self._photo_changed = True
            self._show_photo(processed)
        self._touch("photo")
        self.validate_now()

    def remove_photo(self) -> None:
        self._photo_changed = True
        self._photo_error = ""
        self._show_photo(None)

    def _show_photo(self, data: bytes | None) -> None:
        self.photo_bytes = data
        self.photo_remove.setEnabled(data is not None)
        if data is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("Tanpa foto"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.photo_label.setPixmap(
            pix.scaled(
                self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def set_category(self, code: str, checked: bool = True) -> None:
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _date(self, edit: QLineEdit, key: str, problems: dict[str, str]) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except CellProblem as e:
            problems[key] = e.text
            return None

    def collect(self) -> tuple[ppks.PersonInput, dict[str, str]]:
        problems: dict[str, str] = {}
        cats = tuple(
            self.categories.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.categories.count())
            if self.categories.item(i).checkState() == Qt.CheckState.Checked
        )
        details: dict[str, dict[str, Any]] = {}
        for line in self.details.toPlainText().splitlines():
            code, sep, text = line.partition(":")
            found = ppks.find_category(code.strip()) if sep else None
            if found and text.strip():
                details[found] = {"rincian": text.strip()}
        data = ppks.PersonInput(
            name=self.name.text(),
            desa_code=self.wilayah.code() or "",
            categories=cats,
            nik=self.nik.text() or None,
            kk=self.kk.text() or None,
            birth_place=self.birth_place.text(),
            birth_date=self._date(self.birth_date, "birth_date", problems),
            sex=self.sex.currentData(),
            address=self.address.text(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            condition_notes=self.condition.toPlainText(),
            needs=self.needs.toPlainText(),
            enumerator=self.enumerator.text(),
            collected_on=self._date(self.collected_on, "collected_on", problems),
            dtsen_decile=self.decile.value() or None,
            category_details=details,
        )
        return data, problems

    # --- validation ----------------------------------------------------------------------------

    def validate_now(self) -> ppks.Checked | None:
        """Check the form as it is and show each reason on its field; None when the database is unreachable."""
        self._timer.stop()
        data, problems = self.collect()
        try:
            checked = ppks.check(
                self._db,
                self._actor,
                data,
                person_id=self._info.id if self._info else None,
                accept_nik_warning=self.accept_warning.isChecked(),
            )
        except errors.EnvironmentProblem as exc:
            # Server gone (or file locked) while the form is open: say so, keep every typed value.
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        self._last_check = checked
        shown: dict[str, list[str]] = {k: [v] for k, v in problems.items()}
        for e in checked.errors:
            key = e.field or ""
            if key in problems:
                continue
            shown.setdefault(key, []).append(ui_text(e.message))
        if not self._show_all:
            shown = {k: v for k, v in shown.items() if k in self._touched}
        if self._photo_error:
            shown["photo"] = [self._photo_error]
        self.show_errors(shown)
        dup = next((getattr(e, "existing_id", None) for e in checked.errors if getattr(e, "existing_id", None)), None)
        if dup is not None:
            link = self.tr("Buka data #{id} yang sudah ada").format(id=dup)
            self.duplicate_link.setText(f'<a href="ppks:{dup}">{link}</a>')
        self.duplicate_link.setVisible(dup is not None)
        self.accept_warning.setEnabled(checked.acceptable or self.accept_warning.isChecked())
        self.warnings.setText("\n".join(ui_text(w) for w in checked.warnings))
        self.warnings.setVisible(bool(checked.warnings))
        return checked

    def show_errors(self, shown: dict[str, list[str]]) -> None:
        seen: set[int] = set()
        for key, label in self._errors.items():
            if id(label) in seen and key not in shown:
                continue
            texts = shown.get(key, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
            seen.add(id(label))
            widget = self._fields.get(key)
            if widget is not None and widget is not self.wilayah:
                widget.setStyleSheet(_INVALID if texts else "")
        general = [t for k, ts in shown.items() if k not in self._errors for t in ts]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def field_error(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy:
            return
        self._show_all = True
        checked = self.validate_now()
        if checked is None:
            return
        _data, problems = self.collect()
        if problems or not checked.ok or self._photo_error:
            first = next((self._fields[e.field] for e in checked.errors if e.field in self._fields), None)
            if first is not None:
                first.setFocus()
            return
        data, _p = self.collect()
        accept = self.accept_warning.isChecked()
        info = self._info
        db, actor = self._db, self._actor
        photo = self.photo_bytes if self._photo_changed else None
        removed = self._photo_changed and self.photo_bytes is None
        if info is None:
            fn = lambda: ppks.create(db, actor, data, accept_nik_warning=accept, photo=photo)  # noqa: E731
        else:
            fn = lambda: ppks.update(  # noqa: E731
                db,
                actor,
                info.id,
                data,
                expected_version=info.version,
                accept_nik_warning=accept,
                photo=photo,
                remove_photo=removed,
            )
        self._busy = True
        self.save_button.setEnabled(False)
        Op(self, fn).success(self._saved).failure(self._failed).finally_(self._done).run()

    def _done(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)

    def _saved(self, info: ppks.PersonInfo) -> None:
        self._info = info
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.ValidationError) and exc.field in self._errors:
            self.show_errors({exc.field: [ui_text(exc.message)]})
        elif isinstance(exc, errors.ValidationErrors):
            shown: dict[str, list[str]] = {}
            for e in exc.errors:
                shown.setdefault(e.field or "", []).append(ui_text(e.message))
            self.show_errors(shown)
        elif isinstance(exc, errors.DuplicateError):
            self.show_errors({"nik": [ui_text(exc.message)]})
        elif isinstance(exc, errors.ConflictError):
            self.general_error.setText(
                self.tr("Data ini telah diubah oleh pengguna lain. Tutup formulir dan buka lagi untuk memuat ulang.")
            )
            self.general_error.show()
        else:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
