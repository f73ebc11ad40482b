"""Arsip (TEGAR) page: Katalog, Lokasi, Peminjaman, Daftar/Laporan and Klasifikasi tabs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.formatting import format_number
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_daftar, arsip_pinjam, arsip_search, office
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.tasks import run_job
from kesos_desktop.views.arsip.catalogue import CatalogueTab
from kesos_desktop.views.common.messages import confirm, show_error, show_info
from kesos_desktop.views.common.record_list import RecordListWidget
from kesos_desktop.views.icons import decorate


def _instansi(db: Database) -> str:
    return office.get(db, "arsip.instansi") or office.get(db, office.OFFICE_NAME_KEY) or "Dinas Sosial"


class LendDialog(QDialog):
    """Lend a record (``berkas_id``) or a box (typed box number) to a borrower."""

    def __init__(self, db: Database, actor: Actor, berkas_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.berkas_id = db, actor, berkas_id
        self.result_loan: arsip_pinjam.Pinjaman | None = None
        self.setWindowTitle(self.tr("Peminjaman arsip"))
        self.setMinimumWidth(480)
        self.item = QLabel()
        self.item.setWordWrap(True)
        self.boks = QLineEdit()
        self.boks.setObjectName("boks")
        if berkas_id is not None:
            b = arsip.get_berkas(db, actor, berkas_id)
            self.item.setText(f"{b.kode} — {b.uraian} ({core_tr(arsip.KEAMANAN[b.keamanan])})")
            self.boks.hide()
        else:
            self.item.setText(self.tr("Pinjam satu boks utuh: isi nomor boks."))
        self.peminjam = QComboBox()
        self.peminjam.setObjectName("peminjam")
        self.peminjam.setEditable(False)
        self._reload_people()
        add = QPushButton(self.tr("Peminjam baru…"))
        add.clicked.connect(self.add_person)
        decorate(add, "user")
        who = QHBoxLayout()
        who.addWidget(self.peminjam, 1)
        who.addWidget(add)
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setObjectName("due")
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setCalendarPopup(True)
        self.keperluan = QLineEdit()
        self.kondisi = QLineEdit("baik")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Arsip:"), self.item)
        if berkas_id is None:
            form.addRow(self.tr("Nomor &boks:"), self.boks)
        form.addRow(self.tr("&Peminjam:"), who)
        form.addRow(self.tr("Harus &kembali:"), self.due)
        form.addRow(self.tr("Keperluan:"), self.keperluan)
        form.addRow(self.tr("Kondisi saat dipinjam:"), self.kondisi)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pinjamkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.lend)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _reload_people(self, select_id: int | None = None) -> None:
        self.peminjam.clear()
        for p in arsip_pinjam.list_peminjam(self.db):
            mark = self.tr(" [boleh rahasia]") if p.boleh_rahasia else ""
            self.peminjam.addItem(p.label + mark, p.id)
        if select_id is not None:
            self.peminjam.setCurrentIndex(self.peminjam.findData(select_id))

    def add_person(self) -> None:
        nama, ok = QInputDialog.getText(self, self.tr("Peminjam baru"), self.tr("Nama peminjam:"))
        if not ok or not nama.strip():
            return
        unit, ok = QInputDialog.getText(self, self.tr("Peminjam baru"), self.tr("Unit kerja:"))
        if not ok:
            return
        try:
            p = arsip_pinjam.add_peminjam(self.db, self.actor, nama, unit)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self._reload_people(p.id)

    def lend(self) -> None:
        self.error.setText("")
        boks_id = None
        if self.berkas_id is None:
            box = arsip.find_boks(self.db, self.boks.text())
            if box is None:
                self.error.setText(self.tr("Boks nomor {n} tidak ada.").format(n=self.boks.text().strip()))
                return
            boks_id = box.id
        if self.peminjam.currentData() is None:
            self.error.setText(self.tr("Pilih atau tambahkan peminjam."))
            return
        qd = self.due.date()
        try:
            self.result_loan = arsip_pinjam.lend(
                self.db, self.actor, peminjam_id=int(self.peminjam.currentData()), berkas_id=self.berkas_id,
                boks_id=boks_id, jatuh_tempo=date(qd.year(), qd.month(), qd.day()), keperluan=self.keperluan.text(),
                kondisi=self.kondisi.text(),
            )  # fmt: skip
        except errors.KnownError as e:
            self.error.setText(ui_text(e.message))
            return
        self.accept()


class LoansTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.list = RecordListWidget(db, ListQuery(arsip_pinjam.loan_list_spec(), actor), settings_key="arsip_pinjam")
        self.state = QComboBox()
        self.state.setObjectName("loanState")
        self.state.addItem(self.tr("(semua)"), None)
        for key, label in arsip_pinjam.LOAN_STATES.items():
            self.state.addItem(core_tr(label), key)
        self.state.currentIndexChanged.connect(lambda _i: self.list.set_filter("status", self.state.currentData()))
        self.list.add_filter_widget(self.tr("Status:"), self.state)
        self.new_button = QPushButton(self.tr("Pinjam boks…"))
        self.return_button = QPushButton(self.tr("Kembalikan…"))
        self.return_button.setObjectName("returnLoan")
        self.slip_button = QPushButton(self.tr("Cetak bon…"))
        self.approve_button = QPushButton(self.tr("Izin arsip rahasia…"))
        self.approve_button.setToolTip(
            self.tr("Admin: izinkan atau cabut izin peminjam untuk arsip rahasia/sangat rahasia")
        )
        self.approve_button.clicked.connect(self.approve)
        self.approve_button.setVisible(actor.can(Perm.USERS_MANAGE))
        self.new_button.clicked.connect(lambda: self.lend(None))
        self.return_button.clicked.connect(self.return_selected)
        self.slip_button.clicked.connect(self.print_selected)
        decorate(self.new_button, "book", QKeySequence.StandardKey.New)
        decorate(self.return_button, "undo")
        decorate(self.slip_button, "print", QKeySequence.StandardKey.Print)
        decorate(self.approve_button, "key")
        for b in (self.new_button, self.return_button):
            b.setEnabled(actor.can(Perm.ARSIP_LEND))
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.approve_button)
        bar.addStretch(1)
        bar.addWidget(self.slip_button)
        bar.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)

    def lend(self, berkas_id: int | None) -> arsip_pinjam.Pinjaman | None:
        try:
            dialog = LendDialog(self.db, self.actor, berkas_id, self)
        except errors.KnownError as e:
            show_error(self, e)
            return None
        if not dialog.exec() or dialog.result_loan is None:
            return None
        self.list.refresh()
        loan = dialog.result_loan
        if confirm(
            self,
            self.tr("Bon peminjaman"),
            self.tr("Peminjaman {n} dicatat. Cetak bon peminjaman sekarang?").format(n=loan.nomor),
        ):
            self.print_slip(loan)
        return loan

    def approve(self) -> None:
        people = arsip_pinjam.list_peminjam(self.db)
        if not people:
            show_info(self, self.tr("Izin arsip rahasia"), self.tr("Belum ada peminjam terdaftar."))
            return
        names = [p.label + (self.tr(" — sudah diizinkan") if p.boleh_rahasia else "") for p in people]
        chosen, ok = QInputDialog.getItem(self, self.tr("Izin arsip rahasia"), self.tr("Peminjam:"), names, 0, False)
        if not ok:
            return
        person = people[names.index(chosen)]
        try:
            arsip_pinjam.approve_rahasia(self.db, self.actor, person.id, not person.boleh_rahasia)
        except errors.KnownError as e:
            show_error(self, e)
            return
        state = self.tr("diizinkan") if not person.boleh_rahasia else self.tr("dicabut izinnya")
        show_info(
            self,
            self.tr("Izin arsip rahasia"),
            self.tr("{name} {state} meminjam arsip rahasia.").format(name=person.nama, state=state),
        )

    def return_selected(self) -> None:
        loan_id = self.list.current_id()
        if loan_id is None:
            return
        kondisi, ok = QInputDialog.getText(
            self, self.tr("Pengembalian arsip"), self.tr("Kondisi arsip saat kembali:"), text="baik, lengkap"
        )
        if not ok:
            return
        try:
            arsip_pinjam.return_loan(self.db, self.actor, int(loan_id), kondisi=kondisi)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def print_selected(self) -> None:
        loan_id = self.list.current_id()
        if loan_id is not None:
            self.print_slip(arsip_pinjam.get_loan(self.db, int(loan_id)))

    def print_slip(self, loan: arsip_pinjam.Pinjaman) -> None:
        """The slip (A5, two copies) in the preview, to print or save."""
        from kesos_desktop.printing.arsip_lists import loan_slip_pdf
        from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

        instansi = _instansi(self.db)
        self.preview = show_pdf_preview(
            self, self.tr("Bon peminjaman {nomor}").format(nomor=loan.nomor),
            lambda _paper: render_to_bytes(lambda p: loan_slip_pdf(loan, p, instansi=instansi)),
            (), suggested_name=f"bon-{loan.nomor.replace('/', '-')}.pdf", executor="io",
        )  # fmt: skip


class LocationsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.place = QComboBox()
        self.place.setObjectName("placeFilter")
        self.list = RecordListWidget(db, ListQuery(arsip_search.boks_list_spec(), actor), settings_key="arsip_boks")
        self.list.add_filter_widget(self.tr("Lokasi:"), self.place)
        self.place.currentIndexChanged.connect(lambda _i: self.list.set_filter("lokasi", self.place.currentData()))
        self.reload_places()
        buttons = []
        for text, slot in (
            (self.tr("Tambah gedung/ruang/rak…"), self.add_place),
            (self.tr("Tambah boks…"), self.add_box),
            (self.tr("Pindahkan boks…"), self.move_box),
            (self.tr("Cetak label boks…"), self.print_labels),
            (self.tr("Cetak label folder…"), lambda: self.print_labels(folders=True)),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.append(b)
        self.print_button = buttons[3]
        self.print_button.setObjectName("printLabels")
        for b, name in zip(buttons, ("location", "arsip", "transfer", "label", "label"), strict=True):
            decorate(b, name)
        decorate(self.print_button, "label", QKeySequence.StandardKey.Print)
        bar = QHBoxLayout()
        for b in buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        for b in buttons[:3]:
            b.setEnabled(actor.can(Perm.ARSIP_EDIT))
        self.hint = QLabel(
            self.tr("Label dicetak untuk boks yang dipilih, atau semua boks pada daftar bila tidak ada yang dipilih.")
        )
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bar)

    def reload_places(self) -> None:
        current = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("(semua lokasi)"), None)
        self._places = arsip.list_lokasi(self.db)
        by_id = {p.id: p for p in self._places}
        for p in sorted(self._places, key=lambda x: [by_id[int(i)].name for i in x.path.strip("/").split("/") if i]):
            depth = p.path.strip("/").count("/")
            self.place.addItem("    " * depth + f"{core_tr(arsip.LOKASI_LABELS[p.kind])}: {p.name}", p.id)
        self.place.setCurrentIndex(max(0, self.place.findData(current)))
        self.place.blockSignals(False)

    def add_place(self) -> None:
        kinds = [core_tr(arsip.LOKASI_LABELS[k]) for k in arsip.LOKASI_KINDS]
        kind_label, ok = QInputDialog.getItem(self, self.tr("Tambah lokasi"), self.tr("Jenis:"), kinds, 0, False)
        if not ok:
            return
        kind = arsip.LOKASI_KINDS[kinds.index(kind_label)]
        parent_id = None
        if kind != "gedung":
            want = arsip.LOKASI_KINDS[arsip.LOKASI_KINDS.index(kind) - 1]
            options = [p for p in self._places if p.kind == want]
            if not options:
                show_info(self, self.tr("Tambah lokasi"), self.tr("Buat dulu {kind} induknya.").format(kind=want))
                return
            names = [self._path_name(p) for p in options]
            chosen, ok = QInputDialog.getItem(self, self.tr("Tambah lokasi"), self.tr("Di dalam:"), names, 0, False)
            if not ok:
                return
            parent_id = options[names.index(chosen)].id
        name, ok = QInputDialog.getText(self, self.tr("Tambah lokasi"), self.tr("Nama:"))
        if not ok:
            return
        try:
            arsip.add_lokasi(self.db, self.actor, kind, name, parent_id)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.reload_places()

    def _path_name(self, p: arsip.Lokasi) -> str:
        by_id = {x.id: x for x in self._places}
        return " / ".join(by_id[int(i)].name for i in p.path.strip("/").split("/") if i and int(i) in by_id)

    def _choose_rack(self, title: str) -> int | None:
        racks = [p for p in self._places if p.kind == "rak"]
        if not racks:
            show_info(self, title, self.tr("Belum ada rak. Tambahkan gedung, ruang dan rak dulu."))
            return None
        names = [self._path_name(p) for p in racks]
        chosen, ok = QInputDialog.getItem(self, title, self.tr("Rak:"), names, 0, False)
        return racks[names.index(chosen)].id if ok else None

    def add_box(self) -> None:
        nomor, ok = QInputDialog.getText(self, self.tr("Tambah boks"), self.tr("Nomor boks:"))
        if not ok:
            return
        rak = self._choose_rack(self.tr("Tambah boks"))
        if rak is None:
            return
        try:
            arsip.add_boks(self.db, self.actor, nomor, rak)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def move_box(self) -> None:
        box_id = self.list.current_id()
        if box_id is None:
            return
        box = arsip.get_boks(self.db, int(box_id))
        rak = self._choose_rack(self.tr("Pindahkan boks {n}").format(n=box.nomor))
        if rak is None:
            return
        try:
            arsip.move_boks(self.db, self.actor, box.id, rak, expected_version=box.version)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def _selected_box_ids(self) -> list[int]:
        current = self.list.current_id()
        if current is not None:
            return [int(current)]
        q = self.list.query()
        return [int(r.id) for r in q.page(self.db, 0, 100_000)]

    def print_labels(self, folders: bool = False) -> None:
        ids = self._selected_box_ids()
        if not ids:
            return
        name = "label-folder.pdf" if folders else "label-boks.pdf"
        db, instansi = self.db, _instansi(self.db)
        from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

        def work(paper: Any, ctx: Any) -> bytes:
            from kesos_desktop.printing import arsip_labels

            if folders:
                labels = arsip.folder_labels(db, ids)
                return render_to_bytes(
                    lambda p: arsip_labels.folder_labels_pdf(labels, p, instansi=instansi, pagesize=paper.points)
                )
            boxes = arsip.list_boks(db, ids=ids)
            return render_to_bytes(
                lambda p: arsip_labels.box_labels_pdf(
                    boxes, p, instansi=instansi, progress=ctx.as_callback(), pagesize=paper.points
                )
            )

        self.preview = show_pdf_preview(
            self, self.tr("Label folder") if folders else self.tr("Label boks"), work, suggested_name=name,
            on_output=lambda where: self.hint.setText(self.tr("Label tersimpan/dicetak: {p}").format(p=where)),
        )  # fmt: skip
        self.preview.loaded.connect(lambda pages: self.hint.setText(self.tr("Label siap: {n} halaman").format(n=pages)))


class ListsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, title in arsip_daftar.KINDS.items():
            self.kind.addItem(core_tr(title).title(), key)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(date.today().year)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("(semua unit)"))
        self.status = QLabel()
        self.status.setObjectName("listStatus")
        self.status.setWordWrap(True)
        self.xlsx_button = xlsx = QPushButton(self.tr("Simpan sebagai Excel…"))
        self.pdf_button = pdf = QPushButton(self.tr("Pratinjau && cetak PDF…"))
        decorate(xlsx, "export")
        decorate(pdf, "print", QKeySequence.StandardKey.Print)
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        form = QFormLayout()
        form.addRow(self.tr("Daftar:"), self.kind)
        form.addRow(self.tr("Tahun acuan:"), self.year)
        form.addRow(self.tr("Unit pengolah:"), self.unit)
        bar = QHBoxLayout()
        bar.addWidget(xlsx)
        bar.addWidget(pdf)
        bar.addStretch(1)
        note = QLabel(
            self.tr(
                "Arsip yang kodenya belum punya retensi (JRA) tidak dilewati: dicantumkan di bagian tersendiri "
                '"retensi belum ditetapkan" pada daftar inaktif, usul musnah dan serah permanen.'
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(note)
        self.due = QLabel()
        self.due.setObjectName("dueSummary")
        self.due.setWordWrap(True)
        layout.addWidget(self.due)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setEnabled(actor.can(Perm.DATA_EXPORT))
        self.year.valueChanged.connect(self.refresh_due)

    def refresh_due(self) -> None:
        """Counts for the reference year: what moves to inactive, what is due for disposal or hand-over."""
        year = self.year.value()
        parts = []
        for key, label in arsip_search.DUE_KINDS.items():
            total, _rows = arsip_search.search(self.db, self.actor, "", limit=0, jatuh_tempo=(key, year))
            parts.append(f"{core_tr(label)}: <b>{format_number(total)}</b>")
        self.due.setText(self.tr("Jadwal retensi {year}").format(year=year) + " — " + " · ".join(parts))

    def export(self, fmt: str) -> None:
        kind = self.kind.currentData()
        if fmt == "pdf":
            self.preview_pdf(kind)
            return
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar"), f"daftar-arsip-{kind}-{self.year.value()}.{fmt}",
            "Excel (*.xlsx)" if fmt == "xlsx" else "PDF (*.pdf)",
        )  # fmt: skip
        if not path:
            return
        db, actor, year, unit = self.db, self.actor, self.year.value(), self.unit.text().strip() or None

        def work(ctx: Any) -> arsip_daftar.Daftar:
            d = arsip_daftar.build(db, actor, kind, tahun=year, unit=unit)
            ctx.check()
            if fmt == "xlsx":
                from kesos_desktop.excel.arsip_lists import daftar_xlsx

                daftar_xlsx(d, path, ctx.as_callback())
            else:
                from kesos_desktop.printing.arsip_lists import daftar_pdf

                daftar_pdf(d, path, ctx.as_callback())
            arsip_daftar.record_export(db, actor, d, path, fmt)
            return d

        def done(d: arsip_daftar.Daftar) -> None:
            extra = self.tr("; {n} berkas retensi belum ditetapkan").format(n=len(d.flagged)) if d.flagged else ""
            self.status.setText(self.tr("{title} {year}: {n} berkas{extra} → {path}").format(
                title=core_tr(d.title), year=d.tahun, n=len(d.rows), extra=extra, path=path))  # fmt: skip

        self.last_job = run_job(self, self.tr("Menyusun daftar arsip…"), work, on_success=done)

    def preview_pdf(self, kind: str) -> None:
        """The list as PDF (A4 or F4 landscape) in the preview; saving or printing it is audited as an export."""
        from kesos_desktop.printing.arsip_lists import daftar_pdf
        from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

        db, actor, year, unit = self.db, self.actor, self.year.value(), self.unit.text().strip() or None
        built: list[arsip_daftar.Daftar] = []

        def generate(paper: Any, ctx: Any) -> bytes:
            d = arsip_daftar.build(db, actor, kind, tahun=year, unit=unit)
            ctx.check()
            built[:] = [d]
            return render_to_bytes(lambda p: daftar_pdf(d, p, ctx.as_callback(), pagesize=paper.points))

        def output(where: str) -> None:
            d = built[0]
            arsip_daftar.record_export(db, actor, d, where, "pdf")
            extra = self.tr("; {n} berkas retensi belum ditetapkan").format(n=len(d.flagged)) if d.flagged else ""
            self.status.setText(self.tr("{title} {year}: {n} berkas{extra} → {path}").format(
                title=core_tr(d.title), year=d.tahun, n=len(d.rows), extra=extra, path=where))  # fmt: skip

        self.preview = show_pdf_preview(
            self, core_tr(arsip_daftar.KINDS[kind]).title(), generate,
            suggested_name=f"daftar-arsip-{kind}-{year}.pdf", on_output=output,
        )  # fmt: skip


class ClassificationTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.list = RecordListWidget(
            db, ListQuery(arsip_search.klasifikasi_list_spec(), actor), settings_key="arsip_klas"
        )
        buttons = []
        for text, slot in (
            (self.tr("Tambah kode…"), self.add),
            (self.tr("Ubah retensi…"), self.edit),
            (self.tr("Nonaktifkan/aktifkan"), self.toggle),
            (self.tr("Hapus"), self.delete),
            (self.tr("Impor skema/JRA…"), self.import_file),
            (self.tr("Unduh templat…"), self.template),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            b.setEnabled(actor.can(Perm.ARSIP_EDIT) or text.startswith(self.tr("Unduh")))
            buttons.append(b)
        for b, name in zip(buttons, ("new", "edit", "block", "delete", "import", "table"), strict=True):
            decorate(b, name, QKeySequence.StandardKey.New if name == "new" else None)
        bar = QHBoxLayout()
        for b in buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)

    def _current(self) -> arsip.Klasifikasi | None:
        cid = self.list.current_id()
        if cid is None:
            return None
        return next((k for k in arsip.list_klasifikasi(self.db) if k.id == int(cid)), None)

    def add(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Tambah kode"), self.tr("Kode (mis. 400.9.7):"))
        if not ok:
            return
        title, ok = QInputDialog.getText(self, self.tr("Tambah kode"), self.tr("Judul:"))
        if not ok:
            return
        try:
            arsip.add_klasifikasi(self.db, self.actor, code, title)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def edit(self) -> None:
        k = self._current()
        if k is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Retensi {code}").format(code=k.code),
            self.tr("Retensi aktif, inaktif (tahun), disposisi — mis. 2, 5, Musnah (kosongkan = belum ditetapkan):"),
            text="" if not k.has_retention else f"{k.retensi_aktif}, {k.retensi_inaktif}, {core_tr(arsip.DISPOSISI[k.disposisi or ''])}",
        )  # fmt: skip
        if not ok:
            return
        parts = [p.strip() for p in text.split(",")]
        try:
            if text.strip():
                if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
                    raise errors.ValidationError(
                        "retensi", self.tr("Tulis: aktif, inaktif, disposisi — mis. 2, 5, Musnah")
                    )
                a, i, d = int(parts[0]), int(parts[1]), parts[2]
            else:
                a = i = d = None  # type: ignore[assignment]
            _k, n = arsip.update_klasifikasi(self.db, self.actor, k.code, expected_version=k.version, title=k.title,
                                             retensi_aktif=a, retensi_inaktif=i, disposisi=d, keterangan=k.keterangan,
                                             active=k.active)  # fmt: skip
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()
        if n:
            show_info(self, self.tr("Retensi diubah"), self.tr("{n} berkas dihitung ulang.").format(n=n))

    def toggle(self) -> None:
        k = self._current()
        if k is None:
            return
        try:
            arsip.retire_klasifikasi(self.db, self.actor, k.code, expected_version=k.version, retired=k.active)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def delete(self) -> None:
        k = self._current()
        if k is None or not confirm(self, self.tr("Hapus kode"), self.tr("Hapus kode {code}?").format(code=k.code)):
            return
        try:
            arsip.delete_klasifikasi(self.db, self.actor, k.code)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()

    def import_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Impor skema klasifikasi/JRA"), "",
                                               self.tr("Excel atau CSV (*.xlsx *.xls *.ods *.csv)"))  # fmt: skip
        if not path:
            return
        db, actor = self.db, self.actor

        def done(res: arsip.KlasifikasiImportResult) -> None:
            if res.errors:
                lines = "\n".join(
                    self.tr("Baris {line}, {column}: {text}").format(line=e.line, column=e.column, text=e.text)
                    for e in res.errors[:15]
                )
                show_info(
                    self,
                    self.tr("Impor dibatalkan"),
                    self.tr("Tidak ada yang disimpan. Kesalahan:\n{lines}").format(lines=lines),
                )
                return
            self.list.refresh()
            show_info(self, self.tr("Impor selesai"), self.tr("{c} kode baru, {u} diubah, {r} berkas dihitung ulang.").format(
                c=res.created, u=res.updated, r=res.records_recomputed))  # fmt: skip

        self.last_job = run_job(
            self,
            self.tr("Mengimpor skema…"),
            lambda _ctx: arsip.import_klasifikasi_file(db, actor, path),
            on_success=done,
        )

    def template(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), "templat-klasifikasi-jra.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return
        from kesos_desktop.excel.arsip_import import klasifikasi_template

        klasifikasi_template(path)


class ArsipPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        if actor.can(Perm.ARSIP_EDIT):
            arsip.ensure_starter_scheme(db, actor)
        title = QLabel("<h2>{}</h2>".format(self.tr("Arsip (TEGAR)")))
        self.tabs = QTabWidget()
        self.catalogue = CatalogueTab(db, actor)
        self.locations = LocationsTab(db, actor)
        self.loans = LoansTab(db, actor)
        self.lists = ListsTab(db, actor)
        self.classification = ClassificationTab(db, actor)
        self.tabs.addTab(self.catalogue, self.tr("&Katalog"))
        self.tabs.addTab(self.locations, self.tr("&Lokasi && label"))
        self.tabs.addTab(self.loans, self.tr("&Peminjaman"))
        self.tabs.addTab(self.lists, self.tr("&Daftar/Laporan"))
        self.tabs.addTab(self.classification, self.tr("Klasi&fikasi && JRA"))
        self.catalogue.lendRequested.connect(self._lend)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _lend(self, berkas_id: Any) -> None:
        if berkas_id is None:
            return
        if self.loans.lend(int(berkas_id)) is not None:
            self.catalogue.list.refresh()

    def _tab_changed(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w is self.catalogue:
            self.catalogue.form.reload_lookups()
            self.catalogue.list.refresh()
        elif w is self.locations:
            self.locations.reload_places()
            self.locations.list.refresh()
        elif w is self.lists:
            self.lists.refresh_due()
        elif w is self.loans or w is self.classification:
            w.list.refresh()  # type: ignore[attr-defined]


def create_page(db: Database, actor: Actor) -> QWidget:
    return ArsipPage(db, actor)
