"""Import officials from xlsx: choose the file (and sheet), map its columns, preview the rows as mapped,
check, then import every row or none (progress and cancel); row errors are listed with row and column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.excel import nipd_import
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services.auth import Actor
from kesos_desktop.tasks import run_job
from kesos_desktop.views.common.messages import show_error


class NipdImportDialog(QDialog):
    imported = Signal(object)  # ImportReport of a committed import

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.source: nipd_import.Source | None = None
        self.report: nipd_import.ImportReport | None = None
        self.setWindowTitle(self.tr("Impor perangkat desa dari xlsx"))
        self.resize(980, 680)
        from kesos_desktop.views.common.window_state import remember_dialog_geometry

        remember_dialog_geometry(self, "nipd_import")
        self.file_label = QLabel(self.tr("Belum ada berkas."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Unduh templat…"))
        template.clicked.connect(self.save_template)
        self.sheet = QComboBox(objectName="sheet")
        self.sheet.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Lembar:")))
        top.addWidget(self.sheet)
        top.addWidget(template)

        box = QGroupBox(self.tr("1. Pemetaan kolom (isian perangkat ← kolom berkas; * wajib)"))
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        for i, (key, label, required, _aliases) in enumerate(nipd_import.COLUMNS):
            combo = QComboBox(objectName=f"map_{key}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[key] = combo
            name = QLabel(label + (" *" if required else ""))
            if required:
                name.setStyleSheet("font-weight: bold")
            name.setBuddy(combo)
            grid.addWidget(name, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.mapping_note = QLabel(objectName="mappingNote")
        self.mapping_note.setWordWrap(True)

        self.preview_table = QTableWidget(0, 0, objectName="preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setMaximumHeight(190)
        self.errors_table = QTableWidget(0, 3, objectName="errors")
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"), self.tr("Kesalahan")])
        self.errors_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors_table.verticalHeader().hide()
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Periksa (tanpa menyimpan)"))
        self.import_button = QPushButton(self.tr("Impor semua"))
        close = QPushButton(self.tr("Tutup"))
        from kesos_desktop.views.icons import decorate

        for b, name in ((choose, "folder"), (template, "table"), (self.check_button, "approve"),
                        (self.import_button, "import")):  # fmt: skip
            decorate(b, name)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.check_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(self.mapping_note)
        layout.addWidget(QLabel(self.tr("2. Pratinjau baris pertama sesuai pemetaan:")))
        layout.addWidget(self.preview_table)
        layout.addWidget(QLabel(self.tr("3. Hasil pemeriksaan (semua baris benar, atau tidak ada yang disimpan):")))
        layout.addWidget(self.status)
        layout.addWidget(self.errors_table, 1)
        layout.addLayout(bar)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self._enable()

    # --- file and mapping ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Impor perangkat desa"), "", self.tr("Excel (*.xlsx *.xlsm *.xls *.ods)")
        )
        if path:
            self.load(path)

    def load(self, path: str, sheet: str | None = None) -> None:
        self.errors_table.setRowCount(0)
        self.status.setText("")
        self.report = None
        try:
            self.source = nipd_import.read(path, sheet=sheet)
        except errors.KnownError as e:
            self.source = None
            self.status.setText(ui_text(e.message))
            self._fill_combos()
            return
        src = self.source
        self.file_label.setText(
            self.tr("{path} — lembar '{sheet}', judul di baris {row}, {n} baris data").format(
                path=path, sheet=src.sheet, row=src.header_row, n=len(src.rows)
            )
        )
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(src.sheets))
        self.sheet.setCurrentText(src.sheet)
        self.sheet.setEnabled(len(src.sheets) > 1)
        self.sheet.blockSignals(False)
        self._fill_combos()

    def _sheet_changed(self, index: int) -> None:
        if index >= 0 and self.source is not None and self.sheet.currentText() != self.source.sheet:
            self.load(self.source.path, self.sheet.currentText())

    def _fill_combos(self) -> None:
        columns = self.source.columns() if self.source else []
        proposal = self.source.proposal if self.source else {}
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipetakan)"), None)
            for i, text in enumerate(columns):
                combo.addItem(text, i)
            combo.setCurrentIndex(combo.findData(proposal[key]) if key in proposal else 0)
            combo.blockSignals(False)
        self._mapping_changed()

    def mapping(self) -> dict[str, int | None]:
        """Every field with its chosen column (None: not mapped), as the service takes it."""
        return {k: c.currentData() for k, c in self.combos.items()}

    def _mapping_changed(self) -> None:
        self.report = None
        self.errors_table.setRowCount(0)
        mapping = {k: int(v) for k, v in self.mapping().items() if v is not None}
        missing = [label for key, label, req, _a in nipd_import.COLUMNS if req and key not in mapping]
        if self.source is None:
            self.mapping_note.setText("")
        elif missing:
            self.mapping_note.setText(self.tr("Kolom wajib belum dipetakan: {cols}.").format(cols=", ".join(missing)))
        else:
            self.mapping_note.setText(self.tr("Semua kolom wajib sudah dipetakan."))
        labels, rows = self.source.sample(mapping) if self.source else ([], [])
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(labels))
        self.preview_table.setHorizontalHeaderLabels(labels)
        self.preview_table.setRowCount(len(rows))
        if self.source is not None:
            self.preview_table.setVerticalHeaderLabels([str(n) for n, _r in self.source.rows[: len(rows)]])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.preview_table.setItem(r, c, QTableWidgetItem(text))
        self.preview_table.resizeColumnsToContents()
        self._enable()

    def _enable(self) -> None:
        ok = self.source is not None
        self.check_button.setEnabled(ok)
        self.import_button.setEnabled(ok)

    # --- check and import ------------------------------------------------------------------------

    def run(self, *, dry_run: bool) -> None:
        if self.source is None:
            return
        source, mapping, db, actor = self.source, self.mapping(), self.db, self.actor

        def work(ctx: Any) -> nipd_import.ImportReport:
            return nipd_import.import_file(db, actor, source, mapping=mapping, dry_run=dry_run, ctx=ctx)

        self.status.setText("")
        title = self.tr("Memeriksa berkas perangkat…") if dry_run else self.tr("Mengimpor perangkat desa…")
        self.job = run_job(
            self, title, work, on_success=self.show_result, on_failure=self._failed,
            on_cancelled=lambda: self.status.setText(self.tr("Dibatalkan: tidak ada yang disimpan.")),
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.KnownError):
            self.errors_table.setRowCount(0)
            self.status.setText(ui_text(exc.message))
        else:
            show_error(self, exc)

    def show_result(self, report: nipd_import.ImportReport) -> None:
        self.report = report
        self.errors_table.setRowCount(len(report.problems))
        for r, (row, column, text) in enumerate(report.problems):
            for c, v in enumerate((str(row), report.column(column), text)):
                self.errors_table.setItem(r, c, QTableWidgetItem(v))
        self.errors_table.resizeColumnsToContents()
        self.errors_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if len(report.problems) <= 300:  # long messages wrap instead of ending in "…"
            self.errors_table.resizeRowsToContents()
        if report.problems:
            self.status.setText(
                self.tr("{n} kesalahan pada {rows} baris — tidak ada yang disimpan. Perbaiki berkasnya lalu coba lagi.")
                .format(n=len(report.problems), rows=report.rows)
            )  # fmt: skip
        elif report.dry_run:
            self.status.setText(
                self.tr("Semua {rows} baris benar: {new} perangkat baru, {upd} diperbarui. Belum disimpan.").format(
                    rows=report.rows, new=report.created, upd=report.updated
                )
            )
        else:
            self.status.setText(
                self.tr("Impor selesai: {new} perangkat baru, {upd} diperbarui.").format(
                    new=report.created, upd=report.updated
                )
            )
            self.imported.emit(report)

    def save_template(self) -> None:
        done = save_template(self, self.db)
        if done:
            self.status.setText(done)


def save_template(parent: QWidget, db: Database) -> str | None:
    """Ask where to save the import template, write it, and return the message to show (None: cancelled)."""
    path, _f = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("NipdImportDialog", "Simpan templat impor"),
        "templat-perangkat-desa.xlsx",
        QCoreApplication.translate("NipdImportDialog", "Excel (*.xlsx)"),
    )
    if not path:
        return None
    nipd_import.write_template(path, db)
    return QCoreApplication.translate("NipdImportDialog", "Templat impor disimpan di {path}").format(path=path)
