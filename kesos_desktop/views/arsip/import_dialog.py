"""Legacy list import: choose the file (and sheet), map the columns, preview, check, then import all rows
or none, with progress and cancel; row errors are listed and can be saved as xlsx."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.excel import arsip_import
from kesos_desktop.formatting import format_number
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services.auth import Actor
from kesos_desktop.tasks import run_job
from kesos_desktop.views.common.messages import show_error


class ImportDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.preview: arsip_import.Preview | None = None
        self.result: arsip_import.ImportResult | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Impor daftar arsip lama (xlsx)"))
        self.resize(980, 680)
        from kesos_desktop.views.common.window_state import remember_dialog_geometry

        remember_dialog_geometry(self, "arsip_import")
        self.file_label = QLabel(self.tr("Belum ada berkas."))
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Unduh templat…"))
        template.clicked.connect(self.save_template)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Lembar:")))
        top.addWidget(self.sheet)
        top.addWidget(template)

        self.mapping_box = QGroupBox(self.tr("Pemetaan kolom (kolom berkas → isian katalog)"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for i, (key, (label, _names)) in enumerate(arsip_import.FIELDS.items()):
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            self.combos[key] = combo
            star = " *" if key in arsip_import.REQUIRED else ""
            self.mapping_grid.addWidget(QLabel(label + star), i // 4, (i % 4) * 2)
            self.mapping_grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setMaximumHeight(180)
        self.errors_table = QTableWidget(0, 3)
        self.errors_table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"), self.tr("Kesalahan")])
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Periksa (tanpa menyimpan)"))
        self.import_button = QPushButton(self.tr("Impor semua"))
        self.save_errors_button = QPushButton(self.tr("Simpan daftar kesalahan…"))
        close = QPushButton(self.tr("Tutup"))
        from kesos_desktop.views.icons import decorate

        for b, name in ((choose, "folder"), (template, "table"), (self.check_button, "approve"),
                        (self.import_button, "import"), (self.save_errors_button, "save")):  # fmt: skip
            decorate(b, name)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.save_errors_button.clicked.connect(self.save_errors)
        close.clicked.connect(self.accept)
        for b in (self.check_button, self.import_button, self.save_errors_button):
            b.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.check_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.save_errors_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        form = QFormLayout()
        form.addRow(self.tr("Pratinjau:"), self.preview_table)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.errors_table, 1)
        layout.addLayout(bar)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar arsip"), "", self.tr("Excel (*.xlsx *.xls *.ods)")
        )
        if path:
            self.load(path)

    def load(self, path: str, sheet: str | None = None) -> None:
        self.errors_table.setRowCount(0)
        self.status.setText("")
        try:
            self.preview = arsip_import.read(path, sheet=sheet)
        except errors.ValidationError as e:
            self.preview = None
            self.status.setText(ui_text(e.message))
            if e.field == "sheet" and sheet is None:
                from python_calamine import CalamineWorkbook

                self.sheet.blockSignals(True)
                self.sheet.clear()
                self.sheet.addItems(CalamineWorkbook.from_path(path).sheet_names)
                self.sheet.setEnabled(True)
                self.sheet.setCurrentIndex(-1)
                self.sheet.blockSignals(False)
                self._path = path
            self._enable()
            return
        self._path = path
        self.file_label.setText(
            f"{path} — {self.preview.sheet}: "
            + self.tr("{n} baris data").format(n=format_number(self.preview.row_count))
        )
        headers = [h or self.tr("(kolom {n})").format(n=i + 1) for i, h in enumerate(self.preview.headers)]
        guess = self.preview.guess_mapping()
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), None)
            for i, h in enumerate(headers):
                combo.addItem(h, i)
            combo.setCurrentIndex(combo.findData(guess.get(key)) if key in guess else 0)
        sample = self.preview.sample(20)
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setHorizontalHeaderLabels(headers)
        self.preview_table.setRowCount(len(sample))
        for r, row in enumerate(sample):
            for c, v in enumerate(row[: len(headers)]):
                self.preview_table.setItem(r, c, QTableWidgetItem(arsip_import.cell_text(v)))
        self._enable()

    def _sheet_changed(self, index: int) -> None:
        if index >= 0 and getattr(self, "_path", None):
            self.load(self._path, self.sheet.currentText())

    def _enable(self) -> None:
        ok = self.preview is not None
        self.check_button.setEnabled(ok)
        self.import_button.setEnabled(ok)
        self.save_errors_button.setEnabled(bool(self.result and self.result.errors))

    def mapping(self) -> dict[str, int]:
        return {k: int(c.currentData()) for k, c in self.combos.items() if c.currentData() is not None}

    def run(self, *, dry_run: bool) -> None:
        if self.preview is None:
            return
        preview, mapping, db, actor = self.preview, self.mapping(), self.db, self.actor

        def work(ctx: Any) -> arsip_import.ImportResult:
            return arsip_import.run_import(db, actor, preview, mapping, dry_run=dry_run, ctx=ctx)

        title = self.tr("Memeriksa daftar arsip…") if dry_run else self.tr("Mengimpor daftar arsip…")
        self.job = run_job(
            self, title, work, on_success=self.show_result, on_failure=self._failed,
            on_cancelled=lambda: self.status.setText(self.tr("Dibatalkan: tidak ada yang disimpan.")),
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.KnownError):
            self.status.setText(ui_text(exc.message))
        else:
            show_error(self, exc)

    def show_result(self, res: arsip_import.ImportResult) -> None:
        self.result = res
        self.errors_table.setRowCount(len(res.errors))
        for r, e in enumerate(res.errors):
            for c, v in enumerate((str(e.line), e.column, e.text)):
                self.errors_table.setItem(r, c, QTableWidgetItem(v))
        if res.errors:
            self.status.setText(
                self.tr("{n} kesalahan — tidak ada yang disimpan. Perbaiki berkasnya lalu coba lagi.").format(
                    n=len(res.errors)
                )
            )
        elif res.dry_run:
            self.status.setText(self.tr("Semua {n} baris benar dan siap diimpor.").format(n=res.rows))
        else:
            self.imported += res.rows
            self.status.setText(
                self.tr("{n} berkas diimpor ({s} detik).").format(
                    n=format_number(res.rows), s=format_number(res.seconds, 1)
                )
            )
        self._enable()

    def save_errors(self) -> None:
        if not self.result or not self.result.errors:
            return
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar kesalahan"), "kesalahan-impor.xlsx", "Excel (*.xlsx)"
        )
        if path:
            arsip_import.error_report_xlsx(self.result.errors, path)

    def save_template(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), "templat-daftar-arsip.xlsx", "Excel (*.xlsx)"
        )
        if path:
            arsip_import.catalogue_template(path)
