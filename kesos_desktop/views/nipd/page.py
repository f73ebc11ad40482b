"""The NIPD page: officials list, card request queue with batch printing, card verification, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.formatting import format_date
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import nipd, nipd_cards, wilayah
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.tasks import run_job
from kesos_desktop.views.common.flow_layout import FlowLayout
from kesos_desktop.views.common.messages import show_error, show_info
from kesos_desktop.views.common.record_list import RecordListWidget
from kesos_desktop.views.icons import decorate
from kesos_desktop.views.nipd.form import OfficialForm
from kesos_desktop.views.nipd.position import PositionDialog


def create_page(db: Database, actor: Actor) -> QWidget:
    return NipdPage(db, actor)


class OfficialsTab(QWidget):
    changed = Signal()  # an approval or card request added work to the queue

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.form: OfficialForm | None = None
        self.current: nipd.OfficialInfo | None = None
        self.list = RecordListWidget(db, ListQuery(nipd.LIST_SPEC, actor), self, settings_key="nipd_perangkat")
        scope = actor.scope_code or wilayah.office_scope(db)

        self.kecamatan = QComboBox()
        self.kecamatan.addItem(self.tr("Semua kecamatan"), "")
        for k in wilayah.regions_at_level(db, wilayah.KECAMATAN, scope) if scope else []:
            self.kecamatan.addItem(k.name, k.code)
        self.desa = QComboBox()
        self.desa.addItem(self.tr("Semua desa"), "")
        self.jabatan = QComboBox()
        self.jabatan.addItem(self.tr("Semua jabatan"), "")
        for j in nipd.list_jabatan(db):
            self.jabatan.addItem(j.name, j.code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), "")
        for code, label in nipd.STATUS_LABELS.items():
            self.status.addItem(core_tr(label), code)
        self.retiring = QComboBox()
        self.retiring.addItem(self.tr("—"), "")
        for months in (6, 12, 24):
            self.retiring.addItem(self.tr("pensiun ≤ {n} bln").format(n=months), months)
        self.list.add_filter_widget(self.tr("Kecamatan:"), self.kecamatan)
        self.list.add_filter_widget(self.tr("Desa:"), self.desa)
        self.list.add_filter_widget(self.tr("Jabatan:"), self.jabatan)
        self.list.add_filter_widget(self.tr("Status:"), self.status)
        self.list.add_filter_widget(self.tr("Pensiun:"), self.retiring)
        self.sk_year = QSpinBox()
        self.sk_year.setRange(1999, 2100)
        self.sk_year.setSpecialValueText(self.tr("semua"))
        self.sk_year.setValue(1999)
        self.list.add_filter_widget(self.tr("Tahun SK:"), self.sk_year)
        self.sk_year.valueChanged.connect(
            lambda v: self.list.set_filter("sk_year", None if v == self.sk_year.minimum() else v)
        )
        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        self.desa.currentIndexChanged.connect(lambda _i: self.list.set_filter("desa", self.desa.currentData()))
        self.jabatan.currentIndexChanged.connect(lambda _i: self.list.set_filter("jabatan", self.jabatan.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: self.list.set_filter("status", self.status.currentData()))
        self.retiring.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("retiring", self.retiring.currentData())
        )

        self.register_button = QPushButton(self.tr("&Daftarkan perangkat…"))
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.approve_button = QPushButton(self.tr("&Setujui && beri NIPD"))
        self.card_button = QPushButton(self.tr("Minta &kartu baru…"))
        self.mutasi_button = QPushButton(self.tr("&Mutasi…"))
        self.end_button = QPushButton(self.tr("&Pemberhentian…"))
        self.import_button = QPushButton(self.tr("&Impor xlsx…"))
        self.template_button = QPushButton(self.tr("Templat impor…"))
        self.export_button = QPushButton(self.tr("&Ekspor Buku A.4…"))
        self.print_register_button = QPushButton(self.tr("&Cetak Buku A.4…"))
        self.print_register_button.clicked.connect(self.print_register)
        decorate(self.register_button, "new", QKeySequence.StandardKey.New)
        decorate(self.edit_button, "edit")
        decorate(self.approve_button, "approve")
        decorate(self.card_button, "nipd")
        decorate(self.mutasi_button, "transfer")
        decorate(self.end_button, "block")
        decorate(self.import_button, "import")
        decorate(self.template_button, "table")
        decorate(self.export_button, "export")
        decorate(self.print_register_button, "print", QKeySequence.StandardKey.Print)
        self.register_button.setEnabled(actor.can(Perm.NIPD_EDIT))
        self.register_button.clicked.connect(self.open_register)
        self.edit_button.clicked.connect(self.open_edit)
        self.approve_button.clicked.connect(self.approve_current)
        self.card_button.clicked.connect(self.request_card)
        self.export_button.clicked.connect(self.export_register)
        self.mutasi_button.clicked.connect(lambda: self.open_position("mutasi"))
        self.end_button.clicked.connect(lambda: self.open_position("berhenti"))
        self.import_button.clicked.connect(self.import_xlsx)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.setEnabled(actor.can(Perm.NIPD_EDIT))
        self.template_button.setEnabled(actor.can(Perm.NIPD_EDIT))
        self.position_dialog: PositionDialog | None = None
        bar = FlowLayout(h_spacing=6)  # two lines on a narrow screen instead of a too-wide window
        for b in (
            self.register_button,
            self.edit_button,
            self.approve_button,
            self.card_button,
            self.mutasi_button,
            self.end_button,
        ):
            bar.addWidget(b)
        for b in (self.import_button, self.template_button, self.export_button, self.print_register_button):
            bar.addWidget(b)

        self.photo = QLabel()
        self.photo.setFixedSize(120, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #c7ced6; background: #f4f6f8;")
        self.detail = QLabel(self.tr("Pilih perangkat di daftar untuk melihat rinciannya."))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QWidget()
        side.setMinimumWidth(280)
        sl = QVBoxLayout(side)
        sl.addWidget(self.photo)
        sl.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        from kesos_desktop.views.common.window_state import remember_splitter

        remember_splitter(splitter, "nipd_officials")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.list.currentChanged.connect(self.show_official)
        self.list.activated.connect(lambda _id: self.open_edit())
        self._update_buttons()

    def _kecamatan_changed(self) -> None:
        code = self.kecamatan.currentData()
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("Semua desa"), "")
        for d in wilayah.children(self.db, code) if code else []:
            self.desa.addItem(d.name, d.code)
        self.desa.blockSignals(False)
        query = self.list.query().with_filter("desa", None).with_filter("within", code or None)
        self.list.set_query(query)

    def _update_buttons(self) -> None:
        o = self.current
        self.edit_button.setEnabled(o is not None and self.actor.can(Perm.NIPD_EDIT))
        self.approve_button.setEnabled(o is not None and o.status == "diajukan" and self.actor.can(Perm.NIPD_APPROVE))
        self.card_button.setEnabled(o is not None and o.status == "aktif" and self.actor.can(Perm.NIPD_EDIT))
        self.mutasi_button.setEnabled(o is not None and o.status != "berhenti" and self.actor.can(Perm.NIPD_EDIT))
        self.end_button.setEnabled(o is not None and o.status != "berhenti" and self.actor.can(Perm.NIPD_EDIT))
        self.export_button.setEnabled(self.actor.can(Perm.DATA_EXPORT))

    def show_official(self, official_id: object) -> None:
        self.current = None
        self.photo.clear()
        if official_id is None:
            self.detail.setText(self.tr("Pilih perangkat di daftar untuk melihat rinciannya."))
            self._update_buttons()
            return
        try:
            o = nipd.get(self.db, self.actor, int(official_id))  # type: ignore[call-overload]
        except errors.KnownError as e:
            self.detail.setText(ui_text(e.message))
            self._update_buttons()
            return
        self.current = o
        if o.has_photo:
            data = nipd.photo_of(self.db, self.actor, o.id)
            pix = QPixmap()
            if data and pix.loadFromData(data):
                self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio))
        history = "".join(
            f"<li>{p.jabatan_name}, {p.desa_name}: TMT {format_date(p.tmt)}"
            + (
                " " + self.tr("s.d. {date} ({reason})").format(date=format_date(p.ended_on), reason=p.end_reason)
                if p.ended_on
                else ""
            )
            + f"<br><small>SK {p.sk_number} ({format_date(p.sk_date)})</small></li>"
            for p in o.positions
        )
        # Texts outside the f-string: lupdate does not look inside f-strings.
        nipd_text = o.nipd_display or self.tr("(belum)")
        place = self.tr("Desa {d}, Kec. {k}").format(d=o.desa_name, k=o.kecamatan_name)
        status, card, history_title = self.tr("Status"), self.tr("Kartu terkini"), self.tr("Riwayat jabatan")
        self.detail.setText(
            f"<b>{o.full_name}</b><br>NIPD: <b>{nipd_text}</b><br>"
            f"{o.jabatan_name}<br>{place}<br>"
            f"{status}: {core_tr(nipd.STATUS_LABELS.get(o.status, o.status))}<br>"
            f"{card}: {o.current_card_serial or '—'}"
            f"<p><b>{history_title}</b><ul>{history}</ul></p>"
        )
        self._update_buttons()

    def open_register(self) -> None:
        self._open_form(None)

    def open_edit(self) -> None:
        if self.current is not None and self.actor.can(Perm.NIPD_EDIT):
            self._open_form(self.current)

    def _open_form(self, official: nipd.OfficialInfo | None) -> None:
        self.form = OfficialForm(self.db, self.actor, official, self)
        self.form.saved.connect(self._saved)
        self.form.open()

    def _saved(self, result: nipd.SaveResult) -> None:
        text = self.tr("Tersimpan: {name}.").format(name=result.official.full_name)
        if result.warnings:
            warn = "\n".join("• " + ui_text(w) for w in result.warnings)
            text += "\n" + self.tr("Perhatian (tidak menghalangi):") + "\n" + warn
            show_info(self, self.tr("Tersimpan dengan catatan"), text)
        self.message.setText(text)
        self.list.refresh()

    def approve_current(self) -> None:
        o = self.current
        if o is None:
            return
        try:
            done = nipd.approve(self.db, self.actor, o.id, expected_version=o.version)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.message.setText(
            self.tr("{name} disetujui. NIPD: {nipd}. Permintaan kartu baru masuk antrean cetak.").format(
                name=done.full_name, nipd=done.nipd_display
            )
        )
        self.list.refresh()
        self.show_official(done.id)
        self.changed.emit()

    def request_card(self) -> None:
        o = self.current
        if o is None:
            return
        labels = [core_tr(v) for v in nipd.REQUEST_REASONS.values()]
        choice, ok = QInputDialog.getItem(self, self.tr("Minta kartu"), self.tr("Alasan:"), labels, 1, False)
        if not ok:
            return
        reason = list(nipd.REQUEST_REASONS)[labels.index(choice)]
        try:
            nipd.request_card(self.db, self.actor, o.id, reason)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.message.setText(self.tr("Permintaan kartu untuk {name} masuk antrean.").format(name=o.full_name))
        self.changed.emit()

    def open_position(self, mode: str) -> None:
        if self.current is None:
            return
        self.position_dialog = PositionDialog(self.db, self.actor, self.current, mode, self)
        self.position_dialog.accepted.connect(self._position_saved)
        self.position_dialog.open()

    def _position_saved(self) -> None:
        dialog = self.position_dialog
        if dialog is None or dialog.result_value is None:
            return
        o = dialog.result_value
        if dialog.mode == "mutasi":
            text = self.tr("Mutasi {name}: {j}, Desa {d} (NIPD tetap {n}).")
        else:
            text = self.tr("{name} diberhentikan; NIPD {n} tidak akan dipakai lagi.")
        self.message.setText(text.format(name=o.full_name, j=o.jabatan_name, d=o.desa_name, n=o.nipd_display or "-"))
        self.list.refresh()
        self.show_official(o.id)
        self.changed.emit()

    def save_template(self) -> None:
        from kesos_desktop.views.nipd.import_dialog import save_template

        done = save_template(self, self.db)
        if done:
            self.message.setText(done)

    def import_xlsx(self) -> None:
        from kesos_desktop.views.nipd.import_dialog import NipdImportDialog

        dlg = NipdImportDialog(self.db, self.actor, self)
        dlg.imported.connect(self._imported)
        self.import_dialog = dlg
        dlg.choose_file()
        dlg.exec()

    def _imported(self, report) -> None:  # type: ignore[no-untyped-def]
        self.message.setText(report.lines()[-1])
        self.list.refresh()
        self.changed.emit()

    def export_register(self) -> None:
        code = self.desa.currentData() or (self.current.desa_code if self.current else None)
        if not code:
            show_error(self, errors.KnownError(self.tr("Pilih desa di penyaring (atau pilih seorang perangkat) dulu.")))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan Buku Data Aparat Desa"),
            f"buku-aparat-{code}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if not path:
            return
        db, actor = self.db, self.actor

        def work(_ctx):  # type: ignore[no-untyped-def]
            book = nipd.register_book(db, actor, code)
            if path.lower().endswith(".pdf"):
                from kesos_desktop.printing import nipd_register

                nipd_register.write_register(book, path)
            else:
                from kesos_desktop.excel import nipd_export

                nipd_export.write_register(book, path)
            nipd.record_export(db, actor, book.desa_code, path, len(book.rows))
            return len(book.rows)

        run_job(
            self,
            self.tr("Mengekspor Buku A.4"),
            work,
            on_success=lambda n: self.message.setText(self.tr("{n} baris diekspor ke {path}").format(n=n, path=path)),
        )

    def print_register(self) -> None:
        """Model A.4 as PDF in the preview (A4 or F4 landscape); saving or printing it is audited as an export."""
        code = self.desa.currentData() or (self.current.desa_code if self.current else None)
        if not code:
            show_error(self, errors.KnownError(self.tr("Pilih desa di penyaring (atau pilih seorang perangkat) dulu.")))
            return
        from kesos_desktop.printing import nipd_register
        from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

        db, actor = self.db, self.actor
        rows = [0]

        def generate(paper):  # type: ignore[no-untyped-def]
            book = nipd.register_book(db, actor, code)
            rows[0] = len(book.rows)
            return render_to_bytes(lambda p: nipd_register.write_register(book, p, pagesize=paper.points))

        self.preview = show_pdf_preview(
            self,
            self.tr("Buku Data Aparat Pemerintahan Desa (Model A.4)"),
            generate,
            suggested_name=f"buku-aparat-{code}.pdf",
            on_output=lambda where: nipd.record_export(db, actor, code, where, rows[0]),
        )


class QueueTab(QWidget):
    """Card requests like a print queue: approve, cancel, print a batch, mark handed over."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.current: nipd.RequestInfo | None = None
        query = ListQuery(nipd.REQUEST_LIST_SPEC, actor).with_filter("status", "requested,approved")
        self.list = RecordListWidget(db, query, self, settings_key="nipd_kartu")
        self.status = QComboBox()
        self.status.addItem(self.tr("Belum dicetak"), "requested,approved")
        self.status.addItem(self.tr("Sudah dicetak"), "printed")
        self.status.addItem(self.tr("Semua"), "")
        self.list.add_filter_widget(self.tr("Tampilkan:"), self.status)
        self.status.currentIndexChanged.connect(lambda _i: self.list.set_filter("status", self.status.currentData()))
        self.list.currentChanged.connect(self._current)

        self.approve_button = QPushButton(self.tr("Set&ujui"))
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        self.distribute_button = QPushButton(self.tr("Tandai &diserahkan"))
        self.approve_button.clicked.connect(lambda: self._step("approve"))
        self.cancel_button.clicked.connect(lambda: self._step("cancel"))
        self.distribute_button.clicked.connect(lambda: self._step("distribute"))

        self.template = QComboBox()
        from kesos_desktop.printing.nipd_cards import TEMPLATES

        for key, label in TEMPLATES.items():
            self.template.addItem(core_tr(label), key)
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("A4, 10 kartu per lembar (bolak-balik)"), "a4")
        self.layout_combo.addItem(self.tr("F4, 10 kartu per lembar (bolak-balik)"), "f4")
        self.layout_combo.addItem(self.tr("CR80, 1 kartu per halaman (printer kartu PVC)"), "cr80")
        self.print_button = QPushButton(self.tr("&Cetak semua yang disetujui…"))
        self.print_button.setEnabled(actor.can(Perm.NIPD_PRINT))
        self.print_button.clicked.connect(self.print_batch)
        decorate(self.print_button, "print", QKeySequence.StandardKey.Print)
        decorate(self.approve_button, "approve")
        decorate(self.cancel_button, "reject")
        decorate(self.distribute_button, "send")
        self.preview = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.handle = None

        steps = QHBoxLayout()
        for b in (self.approve_button, self.cancel_button, self.distribute_button):
            steps.addWidget(b)
        steps.addStretch(1)
        printing = QGroupBox(self.tr("Cetak batch kartu"))
        pf = QHBoxLayout(printing)
        pf.addWidget(QLabel(self.tr("Templat:")))
        pf.addWidget(self.template)
        pf.addWidget(QLabel(self.tr("Tata letak:")))
        pf.addWidget(self.layout_combo, 1)
        pf.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(steps)
        layout.addWidget(self.list, 1)
        layout.addWidget(printing)
        layout.addWidget(self.message)
        self._update_buttons()

    def _current(self, request_id: object) -> None:
        self.current = None
        if request_id is not None:
            try:
                self.current = nipd.get_request(self.db, self.actor, int(request_id))  # type: ignore[call-overload]
            except errors.KnownError:
                self.current = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.current
        self.approve_button.setEnabled(r is not None and r.status == "requested" and self.actor.can(Perm.NIPD_APPROVE))
        self.cancel_button.setEnabled(r is not None and r.status in ("requested", "approved"))
        self.distribute_button.setEnabled(r is not None and r.status == "printed" and self.actor.can(Perm.NIPD_PRINT))

    def _step(self, step: str) -> None:
        r = self.current
        if r is None:
            return
        try:
            nipd.advance_request(self.db, self.actor, r.id, step, expected_version=r.version)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.list.refresh()
        self.current = None
        self._update_buttons()

    def print_batch(self) -> None:
        """Issue the batch (numbers, signatures, audit), then show the cards in the preview to print or save."""
        import tempfile

        path = str(Path(tempfile.mkdtemp(prefix="kesos-kartu-")) / "kartu-nipd.pdf")
        db, actor = self.db, self.actor
        template, layout = self.template.currentData(), self.layout_combo.currentData()
        self.message.setText(self.tr("Mencetak…"))
        self.handle = run_job(
            self,
            self.tr("Mencetak kartu NIPD"),
            lambda ctx: nipd_cards.print_cards(db, actor, path, template=template, layout=layout, ctx=ctx),
            on_success=self._printed,
            on_failure=self._print_failed,
        )

    def _printed(self, result: nipd_cards.BatchResult) -> None:
        import shutil

        self.message.setText(
            self.tr("Batch #{id}: {n} kartu, {pages} halaman. Cetak atau simpan dari pratinjau.").format(
                id=result.batch_id, n=result.cards, pages=result.pages
            )
        )
        self.list.refresh()
        data = Path(result.path).read_bytes()
        shutil.rmtree(Path(result.path).parent, ignore_errors=True)
        self.preview = self.show_batch(
            result.batch_id, data, self.template.currentData(), self.layout_combo.currentData()
        )

    def show_batch(self, batch_id: int, data: bytes | None, template: str, layout: str):  # type: ignore[no-untyped-def]
        """The batch's cards in the preview; A4 <-> F4 redraws the same cards (a reprint, audited as such)."""
        from kesos_desktop.printing.paper import A4, F4
        from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

        db, actor = self.db, self.actor

        def generate(paper, ctx):  # type: ignore[no-untyped-def]
            sheet = paper.id.lower() if layout in ("a4", "f4") else layout
            return render_to_bytes(
                lambda p: nipd_cards.print_cards(
                    db, actor, p, batch_id=batch_id, template=template, layout=sheet, ctx=ctx
                )
            )

        sheets = (A4, F4) if layout in ("a4", "f4") else ()
        return show_pdf_preview(
            self,
            self.tr("Kartu NIPD batch #{id}").format(id=batch_id),
            generate,
            sheets,
            paper=F4 if layout == "f4" else A4,
            suggested_name=f"kartu-nipd-batch-{batch_id}.pdf",
            data=data,
        )

    def _print_failed(self, exc: BaseException) -> None:
        self.message.setText(ui_text(exc.message) if isinstance(exc, errors.KesosError) else str(exc))
        show_error(self, exc)


class VerifyTab(QWidget):
    """Type, paste or scan (a USB scanner types the payload and Enter) the QR payload."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.payload = QLineEdit()
        self.payload.setPlaceholderText(self.tr("Pindai kode QR kartu dengan pemindai USB, atau tempel isinya di sini"))
        self.payload.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.clicked.connect(self.check)
        decorate(self.check_button, "qr")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setStyleSheet("font-size: 14px;")
        self.photo = QLabel()
        self.photo.setFixedSize(150, 200)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result = None
        row = QHBoxLayout()
        row.addWidget(self.payload, 1)
        row.addWidget(self.check_button)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        bl = QHBoxLayout(box)
        bl.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        bl.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Verifikasi Kartu NIPD</h3>")))
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(box, 1)
        self.setFocusProxy(self.payload)

    def check(self) -> None:
        text = self.payload.text().strip()
        if not text:
            return
        result = nipd_cards.verify(text, db=self.db)
        self.result = result
        if result.ok:
            color, head = "#1b5e20", self.tr("SAH")
        elif result.valid:
            color, head = "#8a5300", self.tr("PERHATIAN")
        else:
            color, head = "#b3261e", self.tr("TIDAK SAH")
        self.verdict.setStyleSheet(
            f"font-size: 18px; font-weight: 700; color: white; background: {color}; padding: 8px; border-radius: 4px;"
        )
        self.verdict.setText(f"{head}: {ui_text(result.reason)}")
        self.photo.clear()
        if result.photo:
            pix = QPixmap()
            if pix.loadFromData(result.photo):
                self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio))
        f = result.fields
        lines = []
        if f is not None:
            lines.append(
                self.tr(
                    "Isi kode: NIPD {nipd}, seri {serial}, {name}, jabatan {jab}, desa {desa}, terbit {date}"
                ).format(
                    nipd=f.nipd, serial=f.serial, name=f.name, jab=f.jabatan, desa=f.desa, date=format_date(f.issued)
                )
            )
        if result.checked_db and result.name:
            status = core_tr(nipd.STATUS_LABELS.get(result.status or "", result.status or ""))
            lines.append(f"<b>{result.name}</b> — {result.nipd_display}")
            lines.append(self.tr("{jab}, Desa {desa}").format(jab=result.jabatan, desa=result.desa))
            lines.append(self.tr("Status perangkat: {s}").format(s=status))
            lines.append(
                self.tr("Kartu ini kartu terkini") if result.current else self.tr("Kartu ini BUKAN kartu terkini")
            )
            if result.valid_until:
                lines.append(self.tr("Berlaku s.d. {d}").format(d=format_date(result.valid_until)))
        self.details.setText("<br>".join(lines))
        self.payload.selectAll()


class SettingsTab(QWidget):
    """Number format and card texts/images (admin)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        ns = nipd.number_settings(db)
        self.template = QLineEdit(ns.template)
        self.scope = QComboBox()
        for key, label in (
            ("desa", self.tr("per desa")),
            ("kec", self.tr("per kecamatan")),
            ("kab", self.tr("per kabupaten")),
        ):
            self.scope.addItem(label, key)
        self.scope.setCurrentIndex(self.scope.findData(ns.scope))
        self.period = QComboBox()
        self.period.addItem(self.tr("per tahun SK"), "tahun")
        self.period.addItem(self.tr("selamanya"), "selamanya")
        self.period.setCurrentIndex(self.period.findData(ns.period))
        self.template_error = QLabel()
        self.template_error.setStyleSheet("color: #b3261e;")
        save_format = QPushButton(self.tr("Simpan format NIPD"))
        save_format.setObjectName("save_format")
        save_format.clicked.connect(self.save_format)
        decorate(save_format, "save")
        fbox = QGroupBox(self.tr("Format NIPD"))
        ff = QFormLayout(fbox)
        ff.addRow(self.tr("Templat:"), self.template)
        tokens = QLabel(
            self.tr("Token: {desa} {kec} {kab} {prov} {tahun} {jk} {lahir} {urut:N}. Bawaan: {desa}{tahun}{urut:4}")
        )
        tokens.setWordWrap(True)
        ff.addRow("", tokens)
        ff.addRow(self.tr("Nomor urut dihitung:"), self.scope)
        ff.addRow(self.tr("Periode:"), self.period)
        ff.addRow(self.template_error)
        ff.addRow(save_format)

        cs = nipd_cards.card_settings(db)
        self.texts: dict[str, QLineEdit] = {}
        cbox = QGroupBox(self.tr("Kartu"))
        cf = QFormLayout(cbox)
        labels = {
            "pemda": self.tr("Nama pemda (kosong: dari kabupaten):"),
            "title": self.tr("Judul kartu:"),
            "signer_name": self.tr("Nama pejabat penanda tangan:"),
            "signer_nip": self.tr("NIP pejabat:"),
            "signer_title": self.tr("Jabatan pejabat:"),
            "place": self.tr("Tempat terbit:"),
            "color": self.tr("Warna utama (#RRGGBB):"),
            "accent": self.tr("Warna aksen (#RRGGBB):"),
        }
        for key, label in labels.items():
            edit = QLineEdit(cs.get(key))
            self.texts[key] = edit
            cf.addRow(label, edit)
        self.validity = QSpinBox()
        self.validity.setRange(1, 20)
        self.validity.setValue(int(cs.get("validity_years") or 5))
        cf.addRow(self.tr("Masa berlaku (tahun):"), self.validity)
        self.images_label = QLabel()
        self._images_text(cs)
        cf.addRow(self.images_label)
        img_row = QHBoxLayout()
        for key, text in (("signature", self.tr("Muat tanda tangan…")), ("logo", self.tr("Muat logo…"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, k=key: self.load_image(k))
            decorate(b, "camera")
            img_row.addWidget(b)
        key_button = QPushButton(self.tr("Ekspor kunci publik…"))
        key_button.clicked.connect(self.export_key)
        decorate(key_button, "key")
        img_row.addWidget(key_button)
        cf.addRow(img_row)
        save_card = QPushButton(self.tr("Simpan pengaturan kartu"))
        save_card.clicked.connect(self.save_card)
        decorate(save_card, "save")
        cf.addRow(save_card)
        self.message = QLabel()

        jbox = QGroupBox(self.tr("Daftar jabatan (Permendagri 84/2015; dapat ditambah)"))
        self.jabatan_list = RecordListWidget(
            db, ListQuery(nipd.JABATAN_LIST_SPEC, actor), jbox, settings_key="nipd_jabatan"
        )
        self.jabatan_code = QLineEdit()
        self.jabatan_code.setMaxLength(12)
        self.jabatan_name = QLineEdit()
        self.jabatan_order = QSpinBox()
        self.jabatan_order.setRange(1, 999)
        self.jabatan_active = QComboBox()
        self.jabatan_active.addItem(self.tr("aktif"), True)
        self.jabatan_active.addItem(self.tr("tidak dipakai lagi"), False)
        self.jabatan_error = QLabel()
        self.jabatan_error.setStyleSheet("color: #b3261e;")
        self.jabatan_save = QPushButton(self.tr("Simpan jabatan"))
        self.jabatan_save.clicked.connect(self.save_jabatan)
        decorate(self.jabatan_save, "save")
        self.jabatan_list.currentChanged.connect(self._jabatan_selected)
        jf = QFormLayout()
        jf.addRow(self.tr("Kode:"), self.jabatan_code)
        jf.addRow(self.tr("Nama:"), self.jabatan_name)
        jf.addRow(self.tr("Urutan:"), self.jabatan_order)
        jf.addRow(self.tr("Status:"), self.jabatan_active)
        jf.addRow(self.jabatan_error)
        jf.addRow(self.jabatan_save)
        jl = QHBoxLayout(jbox)
        jl.addWidget(self.jabatan_list, 2)
        jl.addLayout(jf, 1)
        self._jabatan_version: int | None = None

        left = QVBoxLayout()
        left.addWidget(fbox)
        left.addWidget(jbox, 1)
        right = QVBoxLayout()
        right.addWidget(cbox)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _jabatan_selected(self, code: object) -> None:
        self.jabatan_error.clear()
        if code is None:
            self._jabatan_version = None
            return
        try:
            j = nipd.get_jabatan(self.db, str(code))
        except errors.KnownError:
            return
        self.jabatan_code.setText(j.code)
        self.jabatan_name.setText(j.name)
        self.jabatan_order.setValue(j.sort_order)
        self.jabatan_active.setCurrentIndex(0 if j.active else 1)
        self._jabatan_version = j.version

    def save_jabatan(self) -> None:
        self.jabatan_error.clear()
        code = self.jabatan_code.text().strip().upper()
        selected = self.jabatan_list.current_id()
        version = self._jabatan_version if selected == code else None
        try:
            nipd.save_jabatan(
                self.db,
                self.actor,
                code,
                self.jabatan_name.text(),
                sort_order=self.jabatan_order.value(),
                active=bool(self.jabatan_active.currentData()),
                expected_version=version,
            )
        except errors.ValidationError as e:
            self.jabatan_error.setText(ui_text(e.message))
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.jabatan_list.refresh()
        self.message.setText(self.tr("Jabatan {code} disimpan.").format(code=code))

    def _images_text(self, cs: nipd_cards.CardSettings) -> None:
        sig = self.tr("ada") if cs.signature else self.tr("BELUM ADA (kartu tidak bisa dicetak)")
        logo = self.tr("ada") if cs.logo else self.tr("lambang bawaan")
        self.images_label.setText(self.tr("Tanda tangan: {s}; logo: {l}").format(s=sig, l=logo))

    def save_format(self) -> None:
        self.template_error.clear()
        try:
            nipd.set_number_settings(
                self.db, self.actor, self.template.text(), self.scope.currentData(), self.period.currentData()
            )
        except errors.ValidationError as e:
            self.template_error.setText(ui_text(e.message))
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.message.setText(self.tr("Format NIPD disimpan; berlaku untuk nomor baru saja."))

    def save_card(self) -> None:
        values = {k: e.text() for k, e in self.texts.items()}
        values["validity_years"] = str(self.validity.value())
        try:
            nipd_cards.set_card_settings(self.db, self.actor, values=values)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.message.setText(self.tr("Pengaturan kartu disimpan."))

    def load_image(self, key: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih gambar"), "", self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            cs = nipd_cards.set_card_settings(self.db, self.actor, images={key: Path(path).read_bytes()})
        except errors.KnownError as e:
            show_error(self, e)
            return
        self._images_text(cs)

    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan kunci publik"), "kunci-publik-nipd.txt", "*.txt")
        if path:
            Path(path).write_text(nipd_cards.export_public_key(self.db), encoding="utf-8")
            self.message.setText(self.tr("Kunci publik disimpan di {path}").format(path=path))


class NipdPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.tabs = QTabWidget(self)
        self.officials = OfficialsTab(db, actor)
        self.queue = QueueTab(db, actor)
        self.verify = VerifyTab(db, actor)
        self.tabs.addTab(self.officials, self.tr("Perangkat Desa"))
        self.tabs.addTab(self.queue, self.tr("Antrean Kartu"))
        self.tabs.addTab(self.verify, self.tr("Verifikasi Kartu"))
        self.settings: SettingsTab | None = None
        if actor.can(Perm.SETTINGS_MANAGE):
            self.settings = SettingsTab(db, actor)
            self.tabs.addTab(self.settings, self.tr("Pengaturan NIPD"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.officials.changed.connect(self.queue.list.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.queue:
            self.queue.list.refresh()
        elif widget is self.officials:
            self.officials.list.refresh()
        elif widget is self.verify:
            self.verify.payload.setFocus()
