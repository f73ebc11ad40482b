"""The PPKS page: record list with search and filters, entry form, workflow actions, import wizard,
exports, dashboard and duplicate review."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.formatting import format_date, format_number
from kesos_desktop.i18n import tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks, wilayah
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.tasks import Op, run_job
from kesos_desktop.views.common.messages import confirm, show_error, show_info
from kesos_desktop.views.common.record_list import RecordListWidget, format_count
from kesos_desktop.views.icons import decorate, icon
from kesos_desktop.views.ppks.dashboard import DashboardWidget
from kesos_desktop.views.ppks.dismissed import DismissedPairsDialog
from kesos_desktop.views.ppks.form import PersonDialog
from kesos_desktop.views.ppks.import_wizard import ImportWizard


def create_page(db: Database, actor: Actor) -> QWidget:
    return PpksPage(db, actor)


class PpksPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.tabs = QTabWidget(objectName="tabs")
        self.records = RecordsTab(db, actor)
        self.dashboard = DashboardWidget(db, actor)
        self.duplicates = DuplicatesTab(db, actor)
        self.tabs.addTab(self.records, self.tr("Data PPKS"))
        self.tabs.addTab(self.dashboard, self.tr("Dasbor"))
        self.tabs.addTab(self.duplicates, self.tr("Kemungkinan Ganda"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.dashboard.drill.connect(self.show_records)
        self.duplicates.openRecord.connect(self.records.open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard and not self.dashboard.loaded:
            self.dashboard.reload()

    def show_records(self, filters: dict[str, Any]) -> None:
        """Open the list filtered to the records behind a dashboard number."""
        self.records.apply_filters(filters)
        self.tabs.setCurrentWidget(self.records)


class RecordsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.list = RecordListWidget(db, ListQuery(ppks.LIST_SPEC, actor), settings_key="ppks")
        self.list.setObjectName("records")

        scope = actor.scope_code or wilayah.office_scope(db)
        self.category = QComboBox(objectName="filter_category")
        self.category.addItem(self.tr("Semua kategori"), None)
        for c in ppks.categories():
            self.category.addItem(f"{c.code} — {c.name}", c.code)
        self.category.setMaximumWidth(260)
        self.kecamatan = QComboBox(objectName="filter_kecamatan")
        self.kecamatan.addItem(self.tr("Semua kecamatan"), None)
        if not scope or wilayah.level_of(scope) < wilayah.KECAMATAN:
            for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, scope):
                self.kecamatan.addItem(r.name, r.code)
        self.desa = QComboBox(objectName="filter_desa")
        self._fill_desa(scope if scope and wilayah.level_of(scope) >= wilayah.KECAMATAN else None)
        self.status = QComboBox(objectName="filter_status")
        self.status.addItem(self.tr("Semua status"), None)
        for s in ppks.STATUSES:
            self.status.addItem(tr(ppks.STATUS_LABELS[s]), s)
        self.status.addItem(tr(ppks.STALE_LABEL).capitalize(), ppks.STALE)
        self.year = QComboBox(objectName="filter_year")
        self.year.addItem(self.tr("Semua tahun"), None)
        for y in range(date.today().year, date.today().year - 8, -1):
            self.year.addItem(str(y), y)
        self._extra: dict[str, Any] = {}  # filters without a combo (sex, age) set by the dashboard
        self.extra_label = QLabel(objectName="extra_filters")
        clear = QPushButton(self.tr("Hapus filter"), objectName="clear_filters")
        clear.clicked.connect(lambda: self.apply_filters({}))
        for label, combo in (
            (self.tr("Kategori"), self.category),
            (self.tr("Kecamatan"), self.kecamatan),
            (self.tr("Desa"), self.desa),
            (self.tr("Status"), self.status),
            (self.tr("Tahun"), self.year),
        ):
            self.list.add_filter_widget(label, combo)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.list.add_filter_widget("", self.extra_label)
        self.list.add_filter_widget("", clear)

        can_edit = actor.can(Perm.PPKS_EDIT)
        can_verify = actor.can(Perm.PPKS_VERIFY)
        self.add_button = self._button(self.tr("&Tambah"), "add", self.add, can_edit)
        self.edit_button = self._button(self.tr("&Ubah/Lihat"), "edit", self.edit_current, True)
        self.submit_button = self._button(self.tr("A&jukan"), "submit", self.submit_current, can_edit)
        self.verify_button = self._button(self.tr("&Verifikasi"), "verify", self.verify_current, can_verify)
        self.reject_button = self._button(self.tr("T&olak"), "reject", self.reject_current, can_verify)
        self.delete_button = self._button(self.tr("Hapus"), "delete", self.delete_current, can_edit)
        self.import_button = self._button(self.tr("&Impor Excel…"), "import", self.open_import, can_edit)
        more = QToolButton(objectName="more")
        more.setText(self.tr("Unduh / Cetak"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(self.tr("Templat impor (xlsx)…"), self.save_template)
        if actor.can(Perm.DATA_EXPORT):
            menu.addAction(self.tr("Ekspor daftar terfilter (xlsx)…"), self.export_list)
            menu.addSeparator()
            for by, label in (("kecamatan", "kecamatan"), ("desa", "desa"), ("kategori", "kategori")):
                menu.addAction(
                    icon("print"), self.tr("Rekap per {what} (pratinjau/cetak)…").format(what=label),
                    lambda by=by: self.rekap(by),
                )  # fmt: skip
            for by, label in (("kecamatan", "kecamatan"), ("desa", "desa"), ("kategori", "kategori")):
                menu.addAction(
                    self.tr("Rekap per {what} (xlsx)…").format(what=label), lambda by=by: self.rekap(by, "xlsx")
                )
        more.setMenu(menu)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.submit_button, self.verify_button, self.reject_button,
                  self.delete_button):  # fmt: skip
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(more)
        self.detail = QLabel(objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # off the tab frame, like the other pages
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        self.list.activated.connect(self.open_record)
        self.list.currentChanged.connect(self._current_changed)
        decorate(self.add_button, "new", QKeySequence.StandardKey.New)
        decorate(self.edit_button, "edit")
        decorate(self.submit_button, "send")
        decorate(self.verify_button, "approve")
        decorate(self.reject_button, "reject")
        decorate(self.delete_button, "delete", QKeySequence.StandardKey.Delete)
        decorate(self.import_button, "import")
        more.setIcon(icon("export"))
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._current: ppks.PersonInfo | None = None
        self._update_actions()

    def _button(self, text: str, name: str, slot: Any, visible: bool) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(slot)
        b.setVisible(visible)
        return b

    # --- filters -------------------------------------------------------------------------------

    def _fill_desa(self, kecamatan: str | None) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("Semua desa"), None)
        if kecamatan:
            for r in wilayah.regions_at_level(self._db, wilayah.DESA, kecamatan[:8]):
                if not self._actor.scope_code or wilayah.in_scope(r.code, self._actor.scope_code):
                    self.desa.addItem(r.name, r.code)
        self.desa.blockSignals(False)

    def _filters_changed(self) -> None:
        sender = self.sender()
        if sender is self.kecamatan:
            self._fill_desa(self.kecamatan.currentData())
        self._apply()

    def _apply(self) -> None:
        values = {
            "category": self.category.currentData(),
            "kecamatan": self.kecamatan.currentData(),
            "desa": self.desa.currentData(),
            "status": self.status.currentData(),
            "year": self.year.currentData(),
            **self._extra,
        }
        query = ListQuery(
            ppks.LIST_SPEC,
            self._actor,
            search_text=self.list.query().search_text,
            filter_values={k: v for k, v in values.items() if v not in (None, "")},
            sort_key=self.list.query().sort_key,
            descending=self.list.query().descending,
        )
        self.list.set_query(query)
        parts = []
        if "sex" in self._extra:
            parts.append(self.tr("Jenis kelamin: {v}").format(v=self._extra["sex"]))
        if "age" in self._extra:
            parts.append(self.tr("Umur: {v}").format(v=self._extra["age"]))
        self.extra_label.setText(", ".join(parts))

    def apply_filters(self, filters: dict[str, Any]) -> None:
        """Set every filter at once (dashboard drill-down, "Hapus filter")."""
        combos = {"category": self.category, "kecamatan": self.kecamatan, "status": self.status, "year": self.year}
        desa = filters.get("desa")
        kecamatan = filters.get("kecamatan") or (desa[:8] if desa else None)
        for key, combo in combos.items():
            value = kecamatan if key == "kecamatan" else filters.get(key)
            combo.blockSignals(True)
            i = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        self._fill_desa(kecamatan)
        self.desa.blockSignals(True)
        self.desa.setCurrentIndex(max(self.desa.findData(desa), 0) if desa else 0)
        self.desa.blockSignals(False)
        self._extra = {k: filters[k] for k in ("sex", "age") if filters.get(k)}
        # A kecamatan outside the combo (an operator's own scope) still filters.
        if kecamatan and self.kecamatan.findData(kecamatan) < 0:
            self._extra["kecamatan"] = kecamatan
        self._apply()

    # --- current record ------------------------------------------------------------------------

    def _current_changed(self, record_id: Any) -> None:
        if record_id is None:
            self._current = None
            self._update_actions()
            return
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.get(db, actor, int(record_id))).success(self._show_current).run()

    def load_current_now(self) -> ppks.PersonInfo | None:
        rid = self.list.current_id()
        self._current = ppks.get(self._db, self._actor, int(rid)) if rid is not None else None
        self._update_actions()
        return self._current

    def _show_current(self, info: ppks.PersonInfo) -> None:
        self._current = info
        self._update_actions()

    def _update_actions(self) -> None:
        info = self._current
        status = info.status if info else None
        editable = info is not None and (self._actor.role.value == "admin" or status in ppks.EDITABLE_BY_OPERATOR)
        self.edit_button.setEnabled(info is not None)
        self.edit_button.setText(
            self.tr("&Ubah") if editable and self._actor.can(Perm.PPKS_EDIT) else self.tr("&Lihat")
        )
        self.submit_button.setEnabled(status in ppks.EDITABLE_BY_OPERATOR)
        self.verify_button.setEnabled(status == ppks.SUBMITTED)
        self.reject_button.setEnabled(status == ppks.SUBMITTED)
        self.delete_button.setEnabled(editable)
        if info is None:
            self.detail.setText("")
            return
        bits = [f"#{info.id} {info.name}", tr(ppks.STATUS_LABELS[info.status])]
        if info.needs_update:
            bits.append(tr(ppks.STALE_LABEL))
        if info.reject_reason:
            bits.append(self.tr("Alasan ditolak: {r}").format(r=info.reject_reason))
        if info.nik_warning:
            bits.append(self.tr("Peringatan NIK: {r}").format(r=info.nik_warning_reason))
        self.detail.setText(" · ".join(bits))

    # --- actions -------------------------------------------------------------------------------

    def add(self) -> None:
        if not self._actor.can(Perm.PPKS_EDIT):
            return
        self._open_form(None)

    def edit_current(self) -> None:
        rid = self.list.current_id()
        if rid is not None:
            self.open_record(rid)

    def open_record(self, record_id: Any) -> None:
        try:
            info = ppks.get(self._db, self._actor, int(record_id))
        except errors.KnownError as e:
            show_error(self, e)
            return
        self._open_form(info)

    def _open_form(self, info: ppks.PersonInfo | None) -> PersonDialog:
        dialog = PersonDialog(self._db, self._actor, info, self)
        editable = self._actor.can(Perm.PPKS_EDIT) and (
            info is None or self._actor.role.value == "admin" or info.status in ppks.EDITABLE_BY_OPERATOR
        )
        if not editable:
            dialog.setWindowTitle(self.tr("Lihat Data PPKS (hanya baca)"))
            for w in dialog.findChildren(QWidget):
                if w is not dialog.buttons and w.objectName() not in ("", "qt_scrollarea_viewport"):
                    w.setEnabled(False)
            dialog.save_button.setEnabled(False)
            dialog.save_button.hide()
        dialog.saved.connect(lambda _i: self.list.refresh())
        dialog.openRecord.connect(lambda rid: (dialog.reject(), self.open_record(rid)))
        dialog.setModal(True)
        dialog.show()
        self.form = dialog
        return dialog

    def _transition(self, fn: Any) -> None:
        info = self._current
        if info is None:
            return
        # Refresh first (a reset clears the current row), then keep showing the record just changed.
        Op(self, lambda: fn(info)).success(lambda new: (self.list.refresh(), self._show_current(new))).run()

    def submit_current(self) -> None:
        db, actor = self._db, self._actor
        self._transition(lambda i: ppks.submit(db, actor, i.id, expected_version=i.version))

    def verify_current(self) -> None:
        db, actor = self._db, self._actor
        self._transition(lambda i: ppks.verify(db, actor, i.id, expected_version=i.version))

    def reject_current(self) -> None:
        if self._current is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Tolak data"), self.tr("Alasan penolakan (dikirim ke operator):")
        )
        if not ok:
            return
        db, actor = self._db, self._actor
        self._transition(lambda i: ppks.reject(db, actor, i.id, reason, expected_version=i.version))

    def delete_current(self) -> None:
        info = self._current
        if info is None or not confirm(
            self, self.tr("Hapus data"), self.tr("Hapus data #{id} {name}?").format(id=info.id, name=info.name)
        ):
            return
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.delete(db, actor, info.id, expected_version=info.version)).success(
            lambda _r: self.list.refresh()
        ).run()

    def open_import(self) -> ImportWizard:
        wizard = ImportWizard(self._db, self._actor, self)
        wizard.imported.connect(lambda _r: self.list.refresh())
        wizard.setModal(True)
        wizard.show()
        self.wizard = wizard
        return wizard

    def _save_name(self, title: str, suggested: str, filters: str) -> str | None:
        name, _f = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return name or None

    def save_template(self) -> None:
        name = self._save_name(self.tr("Simpan templat"), "templat-ppks.xlsx", self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return
        from kesos_desktop.excel import ppks_template

        db, actor = self._db, self._actor
        Op(self, lambda: ppks_template.build(db, actor, name)).success(
            lambda p: show_info(self, self.tr("Templat"), self.tr("Templat disimpan: {p}").format(p=p))
        ).run()

    def export_list(self) -> None:
        name = self._save_name(self.tr("Ekspor daftar"), "data-ppks.xlsx", self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return
        from kesos_desktop.excel import ppks_export

        q = self.list.query()
        db, actor, filters, search = self._db, self._actor, dict(q.filter_values), q.search_text
        run_job(
            self,
            self.tr("Mengekspor data PPKS…"),
            lambda ctx: ppks_export.export_list(db, actor, name, filters=filters, search=search, ctx=ctx),
            on_success=lambda n: show_info(
                self, self.tr("Ekspor"), self.tr("{n} baris diekspor ke {p}").format(n=format_count(n), p=name)
            ),
        )

    def rekap(self, by: str, fmt: str = "pdf") -> None:
        db, actor = self._db, self._actor
        if fmt == "pdf":
            from kesos_desktop.printing import ppks_reports
            from kesos_desktop.views.common.pdf_preview import render_to_bytes, show_pdf_preview

            def generate(paper: Any) -> bytes:
                table = ppks.rekap(db, actor, by)
                return render_to_bytes(
                    lambda p: ppks_reports.write_rekap_pdf(db, actor, table, p, pagesize=paper.points)
                )

            self.preview = show_pdf_preview(
                self, self.tr("Rekap PPKS per {what}").format(what=by), generate, suggested_name=f"rekap-ppks-{by}.pdf"
            )
            return
        name = self._save_name(self.tr("Simpan rekap"), f"rekap-ppks-{by}.xlsx", self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return

        def work(_ctx: Any) -> str:
            table = ppks.rekap(db, actor, by)
            if name.lower().endswith(".xlsx"):
                from kesos_desktop.excel import ppks_export

                ppks_export.write_rekap_xlsx(db, actor, table, name)
            else:
                from kesos_desktop.printing import ppks_reports

                ppks_reports.write_rekap_pdf(db, actor, table, name)
            return name

        run_job(
            self,
            self.tr("Menyusun rekap…"),
            work,
            on_success=lambda p: show_info(self, self.tr("Rekap"), self.tr("Rekap disimpan: {p}").format(p=p)),
        )


class DuplicatesTab(QWidget):
    openRecord = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.pairs: list[ppks.DuplicatePair] = []
        self.table = QTableWidget(objectName="pairs")
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data A"), self.tr("Tgl lahir A"), self.tr("NIK A"), self.tr("Data B"), self.tr("Tgl lahir B"),
             self.tr("NIK B"), self.tr("Alasan")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        scan = QPushButton(self.tr("&Pindai data ganda"), objectName="scan")
        scan.clicked.connect(self.scan)
        open_a = QPushButton(self.tr("Buka A"), objectName="open_a")
        open_a.clicked.connect(lambda: self._open(0))
        open_b = QPushButton(self.tr("Buka B"), objectName="open_b")
        open_b.clicked.connect(lambda: self._open(1))
        self.merge_button = QPushButton(self.tr("&Gabungkan B ke A"), objectName="merge")
        self.merge_button.clicked.connect(self.merge)
        self.merge_button.setVisible(actor.can(Perm.PPKS_MERGE))
        # Reviewing pairs is verification work; the decision is remembered so the pair stays away.
        self.dismiss_button = QPushButton(self.tr("&Bukan ganda…"), objectName="dismiss")
        self.dismiss_button.setToolTip(self.tr("Tandai pasangan ini sebagai dua orang berbeda (tidak muncul lagi)"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setVisible(actor.can(Perm.PPKS_VERIFY))
        self.dismissed_button = QPushButton(self.tr("Daftar bukan ganda"), objectName="dismissed_list")
        self.dismissed_button.clicked.connect(self.show_dismissed)
        self.dismissed_button.setVisible(actor.can(Perm.PPKS_VERIFY))
        decorate(scan, "copy")
        decorate(self.merge_button, "transfer")
        self.status = QLabel(objectName="dup_status")
        bar = QHBoxLayout()
        for w in (scan, open_a, open_b, self.merge_button, self.dismiss_button, self.dismissed_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def scan(self) -> None:
        db, actor = self._db, self._actor
        run_job(
            self,
            self.tr("Mencari kemungkinan data ganda…"),
            lambda ctx: ppks.probable_duplicates(db, actor, limit=2000, progress=ctx.as_callback()),
            on_success=self.show_pairs,
        )

    def show_pairs(self, pairs: list[ppks.DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))

        def d(x: date | None) -> str:
            return format_date(x)

        for r, p in enumerate(pairs):
            for c, text in enumerate(
                (f"#{p.a_id} {p.a_name}", d(p.a_birth), p.a_nik or "", f"#{p.b_id} {p.b_name}", d(p.b_birth),
                 p.b_nik or "", f"{tr(p.reason_text)} ({format_number(p.score, 2)})")
            ):  # fmt: skip
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("{n} pasangan").format(n=format_count(len(pairs))))

    def _selected(self) -> ppks.DuplicatePair | None:
        row = self.table.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _open(self, which: int) -> None:
        p = self._selected()
        if p is not None:
            self.openRecord.emit(p.a_id if which == 0 else p.b_id)

    def merge(self) -> None:
        p = self._selected()
        if p is None or not confirm(
            self,
            self.tr("Gabungkan data"),
            self.tr("Gabungkan #{b} {bn} ke #{a} {an}? Data #{b} dihapus; salinannya disimpan di riwayat.").format(
                a=p.a_id, an=p.a_name, b=p.b_id, bn=p.b_name
            ),
        ):
            return
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.merge(db, actor, p.a_id, p.b_id)).success(lambda _i: self._merged(p)).run()

    def _merged(self, pair: ppks.DuplicatePair) -> None:
        self.show_pairs([q for q in self.pairs if pair.b_id not in (q.a_id, q.b_id)])

    def dismiss(self) -> None:
        p = self._selected()
        if p is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Bukan data ganda"),
            self.tr("#{a} {an} dan #{b} {bn} adalah dua orang berbeda. Alasan:").format(
                a=p.a_id, an=p.a_name, b=p.b_id, bn=p.b_name
            ),
        )
        if not ok:
            return
        db, actor = self._db, self._actor
        Op(self, lambda: ppks.dismiss_duplicate(db, actor, p.a_id, p.b_id, reason)).success(
            lambda _d: self.show_pairs([q for q in self.pairs if q is not p])
        ).run()

    def show_dismissed(self) -> DismissedPairsDialog:
        dialog = DismissedPairsDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
