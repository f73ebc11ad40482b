"""Import wizard: pick a file, check the column mapping, preview, validate every row, save the error
copy, and write either all valid rows or nothing (the user chooses)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop.excel import ppks_import as imp
from kesos_desktop.formatting import format_date
from kesos_desktop.models.db import Database
from kesos_desktop.services.auth import Actor, Role
from kesos_desktop.tasks import run_job
from kesos_desktop.views.common.messages import show_error, show_info


def _cell(value: Any) -> QTableWidgetItem:
    if value is None:
        text = ""
    elif hasattr(value, "strftime"):
        text = format_date(value)
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = str(value)
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return it


class ImportWizard(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.plan: imp.ImportPlan | None = None
        self.result: imp.ImportResult | None = None
        self.setWindowTitle(self.tr("Impor Data PPKS dari Excel"))
        self.resize(980, 640)
        from kesos_desktop.views.common.window_state import remember_dialog_geometry

        remember_dialog_geometry(self, "ppks_import")

        self.path = QLineEdit(objectName="path")
        self.path.setPlaceholderText(self.tr("Pilih file .xlsx dari desa…"))
        browse = QPushButton(self.tr("&Pilih file…"), objectName="browse")
        browse.clicked.connect(self.browse)
        from kesos_desktop.views.icons import icon

        browse.setIcon(icon("folder"))
        self.update_existing = QRadioButton(self.tr("NIK yang sudah ada: perbarui datanya"), objectName="update")
        self.report_existing = QRadioButton(self.tr("NIK yang sudah ada: laporkan saja"), objectName="report")
        self.update_existing.setChecked(True)
        g1 = QButtonGroup(self)
        g1.addButton(self.update_existing)
        g1.addButton(self.report_existing)
        self.all_or_nothing = QRadioButton(self.tr("Simpan hanya bila semua baris valid"), objectName="all")
        self.valid_only = QRadioButton(self.tr("Simpan baris yang valid saja"), objectName="valid_only")
        self.all_or_nothing.setChecked(True)
        g2 = QButtonGroup(self)
        g2.addButton(self.all_or_nothing)
        g2.addButton(self.valid_only)

        self.accept_warnings = QCheckBox(
            self.tr("Terima NIK/KK bermasalah (kode wilayah lama dll.) dengan tanda peringatan"), objectName="accept"
        )
        self.accept_warnings.setVisible(actor.role is Role.ADMIN)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        opts = QFormLayout()
        opts.addRow(self.tr("File:"), file_row)
        o1 = QHBoxLayout()
        o1.addWidget(self.update_existing)
        o1.addWidget(self.report_existing)
        o1.addStretch(1)
        o2 = QHBoxLayout()
        o2.addWidget(self.all_or_nothing)
        o2.addWidget(self.valid_only)
        o2.addStretch(1)
        opts.addRow(self.tr("Data lama:"), o1)
        opts.addRow(self.tr("Penyimpanan:"), o2)
        if actor.role is Role.ADMIN:
            opts.addRow(self.tr("NIK (admin):"), self.accept_warnings)

        self.mapping_widget = QWidget()
        self.mapping_form = QFormLayout(self.mapping_widget)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.preview = QTableWidget(objectName="preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors = QTableWidget(objectName="errors")
        self.errors.setColumnCount(3)
        self.errors.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"), self.tr("Kesalahan")])
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping_widget, self.tr("1. Pemetaan kolom"))
        self.tabs.addTab(self.preview, self.tr("2. Pratinjau"))
        self.tabs.addTab(self.errors, self.tr("3. Hasil pemeriksaan"))

        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Peri&ksa"), objectName="check")
        self.check_button.clicked.connect(self.check)
        self.error_copy_button = QPushButton(self.tr("Simpan salinan &kesalahan…"), objectName="error_copy")
        self.error_copy_button.clicked.connect(self.save_error_copy)
        self.import_button = QPushButton(self.tr("&Impor"), objectName="import")
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        from kesos_desktop.views.icons import decorate

        decorate(self.check_button, "approve")
        decorate(self.error_copy_button, "save")
        decorate(self.import_button, "import")
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.error_copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(opts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.path.textChanged.connect(self._reset)
        self.update_existing.toggled.connect(self._invalidate)
        self.accept_warnings.toggled.connect(self._invalidate)
        self.all_or_nothing.toggled.connect(self._update_buttons)
        self._update_buttons()

    # --- steps ---------------------------------------------------------------------------------

    def browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Pilih file Excel"), "", self.tr("Buku kerja Excel (*.xlsx *.xlsm *.xls);;Semua file (*)")
        )
        if name:
            self.path.setText(name)
            self.check()

    def _reset(self) -> None:
        self.plan = None
        self.mapping_combos.clear()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._update_buttons()

    def _invalidate(self) -> None:
        if self.plan is not None:
            self.plan = None
            self.summary.setText(self.tr("Pilihan berubah: periksa ulang sebelum impor."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        self.check_button.setEnabled(bool(self.path.text().strip()))
        self.error_copy_button.setEnabled(plan is not None and (plan.invalid > 0 or plan.count(imp.EXISTING) > 0))
        writable = plan is not None and (plan.count(imp.NEW) + plan.count(imp.UPDATE)) > 0
        if plan is not None and self.all_or_nothing.isChecked() and plan.invalid:
            writable = False
        self.import_button.setEnabled(writable)

    def current_mapping(self) -> dict[str, str | int] | None:
        if not self.mapping_combos:
            return None
        return {
            f: combo.currentData() if combo.currentData() is not None else ""
            for f, combo in self.mapping_combos.items()
        }

    def check(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        db, actor, mapping = self._db, self._actor, self.current_mapping()
        on_existing = "update" if self.update_existing.isChecked() else "report"
        accept = self.accept_warnings.isChecked()
        run_job(
            self,
            self.tr("Memeriksa file…"),
            lambda ctx: imp.analyse(
                db, actor, path, mapping=mapping, on_existing=on_existing, accept_nik_warnings=accept, ctx=ctx
            ),
            on_success=self._checked,
        )

    def _checked(self, plan: imp.ImportPlan) -> None:
        self.plan = plan
        self._fill_mapping(plan)
        self._fill_preview(plan)
        errs = plan.errors()
        self.errors.setRowCount(len(errs) + sum(1 for r in plan.rows if r.note))
        i = 0
        for e in errs:
            self.errors.setItem(i, 0, _cell(e.row))
            self.errors.setItem(i, 1, _cell(f"{e.column_letter} ({e.header})" if e.column is not None else ""))
            self.errors.setItem(i, 2, _cell(e.message))
            i += 1
        for r in plan.rows:
            if r.note:
                self.errors.setItem(i, 0, _cell(r.row))
                self.errors.setItem(i, 2, _cell(r.note))
                i += 1
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.errors.rowCount() <= 500:  # long messages wrap instead of ending in "…" (cheap for a page of rows)
            self.errors.resizeRowsToContents()
        self.summary.setText(
            self.tr(
                "Lembar '{sheet}', judul di baris {header}. Baris dibaca {read}: valid {valid}, tidak valid "
                "{invalid} (baru {new}, diperbarui {upd}, sudah ada {existing}). Dilewati: {skipped}."
            ).format(
                sheet=plan.sheet_name,
                header=plan.header_row,
                read=plan.rows_read,
                valid=plan.valid,
                invalid=plan.invalid,
                new=plan.count(imp.NEW),
                upd=plan.count(imp.UPDATE),
                existing=plan.count(imp.EXISTING),
                skipped=", ".join(f"baris {r} ({why})" for r, why in plan.skipped) or "-",
            )  # fmt: skip
        )
        self.tabs.setCurrentWidget(self.errors if errs else self.preview)
        self._update_buttons()

    def _fill_mapping(self, plan: imp.ImportPlan) -> None:
        if self.mapping_combos:
            return
        for f, label in imp.FIELD_LABELS.items():
            combo = QComboBox(objectName=f"map_{f}")
            combo.addItem(self.tr("(tidak ada)"), None)
            for i, h in enumerate(plan.headers):
                if h:
                    combo.addItem(f"{imp.column_letter(i)}: {h}", imp.column_letter(i))
            if f in plan.mapping:
                combo.setCurrentIndex(combo.findData(imp.column_letter(plan.mapping[f])))
            combo.currentIndexChanged.connect(self._invalidate)
            self.mapping_combos[f] = combo
            star = " *" if f in imp.REQUIRED else ""
            self.mapping_form.addRow(label + star, combo)

    def _fill_preview(self, plan: imp.ImportPlan) -> None:
        rows = plan.preview
        width = max((len(r) for r in rows), default=0)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(max(0, len(rows) - 1))
        self.preview.setHorizontalHeaderLabels(
            [f"{imp.column_letter(i)}: {rows[0][i] if i < len(rows[0]) else ''}" for i in range(width)]
        )
        self.preview.setVerticalHeaderLabels([str(plan.header_row + 1 + i) for i in range(len(rows) - 1)])
        for r, row in enumerate(rows[1:]):
            for c, v in enumerate(row):
                self.preview.setItem(r, c, _cell(v))

    def save_error_copy(self) -> None:
        plan = self.plan
        if plan is None:
            return
        suggested = str(Path(plan.path).with_name(Path(plan.path).stem + "-kesalahan.xlsx"))
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan salinan kesalahan"), suggested, self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        run_job(
            self,
            self.tr("Menulis salinan kesalahan…"),
            lambda ctx: imp.write_error_copy(plan, name, ctx=ctx),
            on_success=lambda n: show_info(
                self, self.tr("Salinan kesalahan"), self.tr("{n} baris ditandai di {file}.").format(n=n, file=name)
            ),
            executor="io",
        )

    def do_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        db, actor = self._db, self._actor
        all_or_nothing = self.all_or_nothing.isChecked()
        run_job(
            self,
            self.tr("Menyimpan data impor…"),
            lambda ctx: imp.commit(db, actor, plan, all_or_nothing=all_or_nothing, ctx=ctx),
            on_success=self._imported,
            on_failure=lambda e: show_error(self, e),
            on_cancelled=lambda: self.summary.setText(self.tr("Impor dibatalkan: tidak ada yang disimpan.")),
        )

    def _imported(self, result: imp.ImportResult) -> None:
        self.result = result
        self.plan = None
        self._update_buttons()
        if result.committed:
            text = self.tr("Tersimpan: {new} data baru, {upd} diperbarui.").format(new=result.new, upd=result.updated)
        else:
            text = self.tr("Tidak ada yang disimpan.")
        self.summary.setText(text)
        show_info(self, self.tr("Impor selesai"), text)
        self.imported.emit(result)

    @property
    def is_admin(self) -> bool:
        return self._actor.role is Role.ADMIN
