"""Katalog tab: the searchable record list and the fast keyboard entry form beside it.

The form is built for long runs of records: after a save the classification code, unit, dates, box,
folder and the other choices stay as they were, the file number steps on, and the cursor goes back to
the description. Ctrl+S saves, Ctrl+N starts a new record, Esc clears the selection.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_search
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.views.common.messages import confirm, show_error
from kesos_desktop.views.common.record_list import RecordListWidget

ERROR_STYLE = "border: 1px solid #b3261e;"
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date_text(text: str, *, end: bool = False) -> date | None:
    """``dd/mm/yyyy`` or a bare year (1 Jan, or 31 Dec for an end date); raises ValueError."""
    t = text.strip()
    if not t:
        return None
    if t.isdigit() and len(t) == 4:
        y = int(t)
        if end:
            return min(date(y, 12, 31), date.today()) if y == date.today().year else date(y, 12, 31)
        return date(y, 1, 1)
    m = _DMY.match(t)
    if not m:
        raise ValueError(t)
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def _combo(vocab: dict[str, str]) -> QComboBox:
    c = QComboBox()
    for key, label in vocab.items():
        c.addItem(core_tr(label), key)
    return c


class BerkasForm(QGroupBox):
    saved = Signal(object)  # arsip.Berkas

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.current: arsip.Berkas | None = None
        self.setTitle(self.tr("Berkas baru"))
        self.kode = QLineEdit()
        self.kode.setObjectName("kode")
        self.kode.setPlaceholderText(self.tr("ketik kode atau judul, mis. 400.9 atau sosial"))
        self.kode_info = QLabel()
        self.kode_info.setObjectName("kodeInfo")
        self.kode_info.setWordWrap(True)
        self.kode_info.setStyleSheet("color: #555;")
        # Title + retention wrap to up to three lines; a wrapped label would otherwise be squeezed
        # below its text when the form is short of height (1280x800 with a record loaded).
        self.kode_info.setMinimumHeight(3 * self.kode_info.fontMetrics().lineSpacing() + 6)
        self.uraian = QLineEdit()
        self.uraian.setObjectName("uraian")
        self.tanggal_mulai = QLineEdit()
        self.tanggal_mulai.setObjectName("tanggal_mulai")
        self.tanggal_mulai.setPlaceholderText(self.tr("dd/mm/yyyy atau tahun"))
        self.tanggal_selesai = QLineEdit()
        self.tanggal_selesai.setObjectName("tanggal_selesai")
        self.tanggal_selesai.setPlaceholderText(self.tr("kosong = sama"))
        self.unit = QLineEdit()
        self.unit.setObjectName("unit_pengolah")
        self.nomor = QLineEdit()
        self.nomor.setObjectName("nomor_berkas")
        self.tingkat = _combo(arsip.TINGKAT)
        self.jumlah = QSpinBox()
        self.jumlah.setRange(1, 100000)
        self.satuan = _combo(arsip.SATUAN)
        self.satuan.setCurrentIndex(self.satuan.findData("berkas"))
        self.media = _combo(arsip.MEDIA)
        self.keamanan = _combo(arsip.KEAMANAN)
        self.kondisi = _combo(arsip.KONDISI)
        self.boks = QLineEdit()
        self.boks.setObjectName("boks")
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.keterangan = QLineEdit()
        self.keterangan.setObjectName("keterangan")
        self.computed = QLabel()
        self.computed.setObjectName("computed")
        self.computed.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")

        self._codes: list[arsip.Klasifikasi] = []
        self._code_model = QStringListModel(self)
        completer = QCompleter(self._code_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._code_chosen)
        self.kode.setCompleter(completer)
        self.kode.editingFinished.connect(self._normalise_code)
        self.kode.textChanged.connect(self._show_code_info)
        self._unit_model = QStringListModel(self)
        unit_completer = QCompleter(self._unit_model, self)
        unit_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        unit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(unit_completer)

        dates = QHBoxLayout()
        dates.addWidget(self.tanggal_mulai)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.tanggal_selesai)
        qty = QHBoxLayout()
        qty.addWidget(self.jumlah)
        qty.addWidget(self.satuan)
        place = QHBoxLayout()
        place.addWidget(QLabel(self.tr("Boks")))
        place.addWidget(self.boks)
        place.addWidget(QLabel(self.tr("Folder")))
        place.addWidget(self.folder)

        form = QFormLayout()
        form.addRow(self.tr("&Kode klasifikasi:"), self.kode)
        form.addRow("", self.kode_info)
        form.addRow(self.tr("&Uraian informasi:"), self.uraian)
        form.addRow(self.tr("Tanggal/kurun:"), dates)
        form.addRow(self.tr("Unit &pengolah:"), self.unit)
        form.addRow(self.tr("&Nomor berkas:"), self.nomor)
        form.addRow(self.tr("Tingkat perkembangan:"), self.tingkat)
        form.addRow(self.tr("Jumlah:"), qty)
        form.addRow(self.tr("Media:"), self.media)
        form.addRow(self.tr("Klasifikasi keamanan:"), self.keamanan)
        form.addRow(self.tr("Kondisi:"), self.kondisi)
        form.addRow(self.tr("Lokasi:"), place)
        form.addRow(self.tr("Keterangan:"), self.keterangan)

        self.save_button = QPushButton(self.tr("&Simpan (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.new_button = QPushButton(self.tr("Berkas &baru (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.computed)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        from kesos_desktop.views.arsip.scans import ScanPanel

        self.scans = ScanPanel(db, actor)
        layout.addWidget(self.scans)
        layout.addStretch(1)

        for seq, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence.StandardKey.New, self.new_record)):
            sc = QShortcut(QKeySequence(seq), self)
            # The whole tab (list and form) answers: Ctrl+N from the list starts a new record too.
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
        from kesos_desktop.views.icons import decorate

        decorate(self.save_button, "save")
        decorate(self.new_button, "new")
        decorate(self.delete_button, "delete")
        for w in (self.uraian, self.tanggal_mulai, self.tanggal_selesai, self.unit, self.nomor, self.boks, self.folder,
                  self.keterangan):  # fmt: skip
            w.returnPressed.connect(self.save)
        self.fields: dict[str, QWidget] = {
            "kode": self.kode, "uraian": self.uraian, "tanggal_mulai": self.tanggal_mulai,
            "tanggal_selesai": self.tanggal_selesai, "unit_pengolah": self.unit, "nomor_berkas": self.nomor,
            "tingkat_perkembangan": self.tingkat, "jumlah": self.jumlah, "satuan": self.satuan, "media": self.media,
            "keamanan": self.keamanan, "kondisi": self.kondisi, "boks": self.boks, "folder": self.folder,
            "keterangan": self.keterangan,
        }  # fmt: skip
        self.setEnabled(actor.can(Perm.ARSIP_EDIT))
        self.reload_lookups()
        self._update_buttons()

    # --- lookups -------------------------------------------------------------------------------

    def reload_lookups(self) -> None:
        self._codes = arsip.list_klasifikasi(self.db, include_retired=False)
        self._code_model.setStringList([k.label for k in self._codes])
        self._unit_model.setStringList(arsip.known_units(self.db))

    def _code_chosen(self, text: str) -> None:
        self.kode.setText(text.split(" ", 1)[0])
        self.uraian.setFocus()

    def _normalise_code(self) -> None:
        t = self.kode.text().strip()
        if " " in t and t.split(" ", 1)[0] in {k.code for k in self._codes}:
            self.kode.setText(t.split(" ", 1)[0])

    def _show_code_info(self, text: str) -> None:
        code = text.strip().split(" ", 1)[0]
        k = next((k for k in self._codes if k.code == code), None)
        if k is None:
            self.kode_info.setText("")
            return
        self.kode_info.setText(f"{k.title} — {core_tr(arsip.retention_text(k))}")

    # --- state ---------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current is not None)
        self.setTitle(
            self.tr("Berkas baru") if self.current is None else self.tr("Ubah berkas #{id}").format(id=self.current.id)
        )

    def _clear_errors(self) -> None:
        self.error_label.setText("")
        for w in self.fields.values():
            w.setStyleSheet("")
            w.setToolTip("")

    def load(self, b: arsip.Berkas) -> None:
        self.current = b
        self._clear_errors()
        self.kode.setText(b.kode)
        self.uraian.setText(b.uraian)
        self.uraian.setCursorPosition(0)  # show the start of a long description, not its end
        self.tanggal_mulai.setText(b.tanggal_mulai.strftime("%d/%m/%Y"))
        self.tanggal_selesai.setText(
            "" if b.tanggal_selesai == b.tanggal_mulai else b.tanggal_selesai.strftime("%d/%m/%Y")
        )
        self.unit.setText(b.unit_pengolah)
        self.nomor.setText(b.nomor_berkas or "")
        for combo, value in ((self.tingkat, b.tingkat_perkembangan), (self.satuan, b.satuan), (self.media, b.media),
                             (self.keamanan, b.keamanan), (self.kondisi, b.kondisi)):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.jumlah.setValue(b.jumlah)
        self.boks.setText(b.boks or "")
        self.folder.setText(b.folder or "")
        self.keterangan.setText(b.keterangan or "")
        self._show_computed(b)
        self.scans.set_record(b.id)
        self._update_buttons()

    def _show_computed(self, b: arsip.Berkas | None) -> None:
        if b is None:
            self.computed.setText("")
            return
        status = core_tr(arsip.STATUS.get(b.status, b.status))
        box, folder = self.tr("Boks"), self.tr("folder")
        where = f"{box} {b.boks} / {folder} {b.folder or '-'} — {b.lokasi}" if b.boks else ""
        if b.tahun_retensi_akhir is None:
            ret = self.tr("Retensi belum ditetapkan untuk kode ini")
        else:
            ret = self.tr("Inaktif mulai {a}; retensi berakhir {b}; disposisi {c}").format(
                a=b.tahun_inaktif, b=b.tahun_retensi_akhir, c=core_tr(arsip.DISPOSISI.get(b.disposisi or "", ""))
            )
        self.computed.setText(f"<b>{status}</b> · {ret}<br>{where}")

    def new_record(self) -> None:
        """Start a new record, keeping the previous record's values as defaults."""
        self.current = None
        self._clear_errors()
        self.uraian.clear()
        self.keterangan.clear()
        self.nomor.setText(_next_number(self.nomor.text()))
        self._show_computed(None)
        self.scans.set_record(None)
        self._update_buttons()
        self.uraian.setFocus()

    def input(self) -> arsip.BerkasInput:
        bad: list[errors.ValidationError] = []
        start = end = None
        try:
            start = parse_date_text(self.tanggal_mulai.text())
        except ValueError:
            bad.append(
                errors.ValidationError(
                    "tanggal_mulai", self.tr("Tanggal tidak dapat dibaca: tulis dd/mm/yyyy atau tahun.")
                )
            )
        try:
            end = parse_date_text(self.tanggal_selesai.text(), end=True)
        except ValueError:
            bad.append(
                errors.ValidationError(
                    "tanggal_selesai", self.tr("Tanggal tidak dapat dibaca: tulis dd/mm/yyyy atau tahun.")
                )
            )
        if bad:
            raise errors.ValidationErrors(bad) if len(bad) > 1 else bad[0]
        if start is not None and end is None and self.tanggal_mulai.text().strip().isdigit():
            end = parse_date_text(self.tanggal_mulai.text(), end=True)
        return arsip.BerkasInput(
            kode=self.kode.text().strip().split(" ", 1)[0],
            uraian=self.uraian.text(),
            tanggal_mulai=start,
            tanggal_selesai=end,
            unit_pengolah=self.unit.text(),
            nomor_berkas=self.nomor.text(),
            tingkat_perkembangan=self.tingkat.currentData(),
            jumlah=self.jumlah.value(),
            satuan=self.satuan.currentData(),
            media=self.media.currentData(),
            keamanan=self.keamanan.currentData(),
            kondisi=self.kondisi.currentData(),
            boks=self.boks.text(),
            folder=self.folder.text(),
            keterangan=self.keterangan.text(),
        )

    def _show_errors(self, errs: list[errors.ValidationError]) -> None:
        texts = []
        first: QWidget | None = None
        for e in errs:
            text = ui_text(e.message)
            texts.append(text)
            w = self.fields.get(e.field or "")
            if w is not None:
                w.setStyleSheet(ERROR_STYLE)
                w.setToolTip(text)
                first = first or w
        self.error_label.setText("\n".join(texts))
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        self._clear_errors()
        try:
            data = self.input()
            if self.current is None:
                b = arsip.create_berkas(self.db, self.actor, data)
            else:
                b = arsip.update_berkas(
                    self.db, self.actor, self.current.id, data, expected_version=self.current.version
                )
        except errors.ValidationErrors as e:
            self._show_errors(e.errors)
            return
        except errors.ValidationError as e:
            self._show_errors([e])
            return
        except errors.ConflictError as e:
            show_error(self, e)
            if self.current is not None:
                self.load(arsip.get_berkas(self.db, self.actor, self.current.id))
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        was_new = self.current is None
        self.saved.emit(b)
        if was_new:
            self._show_computed(b)
            self.error_label.setText("")
            self.new_record()
            self.computed.setText(
                self.tr("Tersimpan: #{id} {kode} {uraian}").format(id=b.id, kode=b.kode, uraian=b.uraian[:60])
            )
        else:
            self.load(b)

    def delete(self) -> None:
        if self.current is None:
            return
        if not confirm(
            self, self.tr("Hapus berkas"), self.tr("Hapus berkas #{id} dari katalog?").format(id=self.current.id)
        ):
            return
        try:
            arsip.delete_berkas(self.db, self.actor, self.current.id, expected_version=self.current.version)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.current = None
        self.saved.emit(None)
        self.new_record()


def _next_number(text: str) -> str:
    m = re.match(r"^(.*?)(\d+)$", text.strip())
    if not m:
        return text
    prefix, digits = m.groups()
    return f"{prefix}{int(digits) + 1:0{len(digits)}d}"


class CatalogueTab(QWidget):
    lendRequested = Signal(object)  # berkas id

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.list = RecordListWidget(db, arsip_search.berkas_query(db, actor), settings_key="arsip_berkas")
        self.keamanan_filter = QComboBox()
        self.keamanan_filter.addItem(self.tr("(semua)"), None)
        for key, label in arsip.KEAMANAN.items():
            self.keamanan_filter.addItem(core_tr(label), key)
        self.keamanan_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("keamanan", self.keamanan_filter.currentData())
        )
        self.due_filter = QComboBox()
        self.due_filter.setObjectName("dueFilter")
        self.due_filter.addItem(self.tr("(semua)"), None)
        year = date.today().year
        for key, label in arsip_search.DUE_KINDS.items():
            self.due_filter.addItem(core_tr(label), (key, year))
        self.due_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("jatuh_tempo", self.due_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("(semua)"), None)
        for key, label in arsip.STATUS.items():
            self.status_filter.addItem(core_tr(label), key)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("status", self.status_filter.currentData())
        )
        self.year_from = QLineEdit()
        self.year_from.setPlaceholderText(self.tr("dari"))
        self.year_from.setMaximumWidth(60)
        self.year_to = QLineEdit()
        self.year_to.setPlaceholderText(self.tr("s.d."))
        self.year_to.setMaximumWidth(60)
        for w in (self.year_from, self.year_to):
            w.editingFinished.connect(self._apply_years)
        self.list.add_filter_widget(self.tr("Keamanan:"), self.keamanan_filter)
        self.list.add_filter_widget(self.tr("Jadwal retensi:"), self.due_filter)
        self.list.add_filter_widget(self.tr("Status:"), self.status_filter)
        self.list.add_filter_widget(self.tr("Tahun:"), self.year_from)
        self.list.add_filter_widget("–", self.year_to)
        self.lend_button = QPushButton(self.tr("Pinjamkan…"))
        self.lend_button.setEnabled(False)
        self.lend_button.clicked.connect(lambda: self.lendRequested.emit(self.list.current_id()))
        self.lend_button.setVisible(actor.can(Perm.ARSIP_LEND))

        self.form = BerkasForm(db, actor)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        self.import_button = QPushButton(self.tr("Impor daftar lama (xlsx)…"))
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(actor.can(Perm.ARSIP_EDIT))
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.lend_button)
        lv.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        # The form scrolls rather than squeezing its rows over each other on a short screen.
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(self.form)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = form_area.verticalScrollBar().sizeHint().width()
        form_area.setMinimumWidth(self.form.minimumSizeHint().width() + bar)
        split.addWidget(form_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        from kesos_desktop.views.common.window_state import remember_splitter
        from kesos_desktop.views.icons import decorate

        remember_splitter(split, "arsip_catalogue")
        decorate(self.import_button, "import")
        decorate(self.lend_button, "book")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentChanged.connect(self._on_current)
        self.form.saved.connect(self._on_saved)

    def open_import(self) -> None:
        from kesos_desktop.views.arsip.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self.actor, self)
        dialog.exec()
        if dialog.imported:
            self.list.refresh()

    def _apply_years(self) -> None:
        def year(w: QLineEdit) -> int | None:
            t = w.text().strip()
            return int(t) if t.isdigit() else None

        lo, hi = year(self.year_from), year(self.year_to)
        self.list.set_filter("tahun", (lo, hi) if (lo or hi) else None)

    def _on_current(self, berkas_id: Any) -> None:
        self.lend_button.setEnabled(berkas_id is not None)
        if berkas_id is None:
            return
        try:
            self.form.load(arsip.get_berkas(self.db, self.actor, int(berkas_id)))
        except errors.KnownError as e:
            show_error(self, e)

    def _on_saved(self, _b: object) -> None:
        self.list.refresh()

    def search(self, text: str) -> None:
        """Put ``text`` (e.g. a scanned box QR payload) in the search box and run it now."""
        edit = self.list.search_edit()
        edit.setText(text)
        edit.returnPressed.emit()
