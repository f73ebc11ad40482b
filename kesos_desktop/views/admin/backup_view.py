"""Admin page "Cadangan": back up now, restore from a backup, and the daily automatic copy (SQLite)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import config, paths
from kesos_desktop.formatting import format_datetime, format_number
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, backup
from kesos_desktop.tasks import run_job
from kesos_desktop.views.common.messages import show_error, show_info


def _number(n: int) -> str:
    return format_number(n)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{format_number(n / 1e6, 1)} MB"
    return f"{format_number(max(1, round(n / 1000)))} kB"


def _when(d: datetime | None) -> str:
    # File and pg_dump times are already local (not database stamps): no zone conversion.
    return format_datetime(d) if d else "?"


class BackupView(QWidget):
    """``restart_requested`` asks the main window to close and log in again once a restore is done."""

    restart_requested = Signal()
    backup_done = Signal(object)  # Path
    restore_done = Signal(object)  # backup.RestoreResult

    def __init__(self, db: Database, actor: auth.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        auth.require(actor, auth.Perm.SETTINGS_MANAGE)
        self._db, self._actor = db, actor
        backup.set_pg_bin(config.get(config.BACKUP_PG_BIN))
        self._busy = False
        kind = self.tr("Lokal (SQLite)") if db.is_sqlite else self.tr("Bersama (PostgreSQL)")
        where = QLabel(self.tr("Basis data: {kind} — {where}").format(kind=kind, where=db.describe()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("Cadangkan sekarang…"), objectName="backup_now")
        self.restore_button = QPushButton(self.tr("Pulihkan dari cadangan…"), objectName="restore")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.choose_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Pemulihan mengganti seluruh isi basis data dengan isi cadangan. Data saat ini disimpan "
                "lebih dulu sebagai salinan pengaman, lalu semua pengguna masuk lagi."
            )
            if db.is_sqlite
            else self.tr(
                "PostgreSQL dicadangkan dengan pg_dump dan dipulihkan dengan pg_restore (program klien "
                "PostgreSQL harus terpasang di komputer ini). Pemulihan mengganti seluruh isi basis data "
                "untuk semua komputer kantor."
            )
        )
        note.setWordWrap(True)

        # Where pg_dump/pg_restore are (PostgreSQL only): found automatically, or a folder chosen here.
        self.pg_group = QGroupBox(self.tr("Program klien PostgreSQL"))
        self.pg_bin = QLineEdit(objectName="pg_bin")
        self.pg_bin.setPlaceholderText(self.tr("otomatis (PATH atau C:\\Program Files\\PostgreSQL\\<versi>\\bin)"))
        self.pg_bin.setText(config.get(config.BACKUP_PG_BIN))
        self.pg_bin.editingFinished.connect(self._save_pg_bin)
        pg_bin_button = QPushButton(self.tr("Pilih…"), objectName="pg_bin_choose")
        pg_bin_button.clicked.connect(self._choose_pg_bin)
        pg_row = QHBoxLayout()
        pg_row.addWidget(self.pg_bin, 1)
        pg_row.addWidget(pg_bin_button)
        self.pg_tool_status = QLabel(objectName="pg_tool_status")
        self.pg_tool_status.setWordWrap(True)
        self.pg_tool_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pg_form = QFormLayout(self.pg_group)
        pg_form.addRow(self.tr("Folder program:"), pg_row)
        pg_form.addRow(self.pg_tool_status)
        self.pg_group.setVisible(not db.is_sqlite)

        self.auto_group = QGroupBox(self.tr("Cadangan otomatis harian"))
        self.auto_enabled = QCheckBox(self.tr("Cadangkan otomatis sekali sehari"), objectName="auto_enabled")
        self.auto_folder = QLineEdit(objectName="auto_folder")
        self.folder_button = QPushButton(self.tr("Pilih…"))
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.auto_folder, 1)
        folder_row.addWidget(self.folder_button)
        self.auto_keep = QSpinBox(objectName="auto_keep", minimum=1, maximum=365)
        self.auto_keep.setSuffix(self.tr(" salinan"))
        self.auto_keep.setMaximumWidth(160)
        self.auto_table = QTableWidget(0, 3, objectName="auto_backups")
        self.auto_table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Ukuran"), self.tr("Berkas")])
        self.auto_table.verticalHeader().hide()
        self.auto_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auto_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auto_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auto_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.auto_table.itemSelectionChanged.connect(self._update_buttons)
        self.auto_table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_selected_button = QPushButton(self.tr("Pulihkan yang dipilih…"), objectName="restore_selected")
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.auto_status = QLabel(objectName="auto_status")
        self.auto_status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.auto_enabled)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Simpan:"), self.auto_keep)
        auto_layout = QVBoxLayout(self.auto_group)
        auto_layout.addLayout(form)
        auto_layout.addWidget(self.auto_status)
        auto_layout.addWidget(self.auto_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_selected_button)
        auto_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.pg_group)
        layout.addWidget(self.auto_group, 1)
        if not db.is_sqlite:
            self.auto_group.setEnabled(False)
            self.auto_group.setTitle(
                self.tr("Cadangan otomatis harian (hanya untuk SQLite; PostgreSQL dicadangkan di server)")
            )
        self._load_settings()
        self._show_pg_tool()
        self.auto_enabled.toggled.connect(self._save_settings)
        self.auto_keep.valueChanged.connect(self._save_settings)
        self.auto_folder.editingFinished.connect(self._save_settings)
        self.refresh()

    # --- automatic backups ------------------------------------------------------------------------

    def _load_settings(self) -> None:
        self.auto_enabled.setChecked(bool(config.get(config.BACKUP_AUTO_ENABLED)))
        self.auto_folder.setText(str(config.backup_auto_dir()))
        self.auto_keep.setValue(int(config.get(config.BACKUP_AUTO_KEEP)))

    def _save_settings(self) -> None:
        config.put(config.BACKUP_AUTO_ENABLED, self.auto_enabled.isChecked())
        folder = self.auto_folder.text().strip()
        default = str(paths.data_dir() / "cadangan")
        config.put(config.BACKUP_AUTO_DIR, "" if folder in ("", default) else folder)
        config.put(config.BACKUP_AUTO_KEEP, self.auto_keep.value())
        if not folder:
            self.auto_folder.setText(default)
        self.refresh()

    def _save_pg_bin(self) -> None:
        folder = self.pg_bin.text().strip()
        config.put(config.BACKUP_PG_BIN, folder)
        backup.set_pg_bin(folder)
        self._show_pg_tool()

    def _choose_pg_bin(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder program PostgreSQL (bin)"), self.pg_bin.text())
        if folder:
            self.pg_bin.setText(folder)
            self._save_pg_bin()

    def _show_pg_tool(self) -> None:
        if self._db.is_sqlite:
            return
        found = backup.find_pg_tool("pg_dump")
        self.pg_tool_status.setText(
            self.tr("Dipakai: {path}").format(path=found)
            if found
            else self.tr("pg_dump tidak ditemukan: pasang klien PostgreSQL atau pilih folder bin-nya.")
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan otomatis"), self.auto_folder.text())
        if folder:
            self.auto_folder.setText(folder)
            self._save_settings()

    def auto_backups(self) -> list[backup.AutoBackup]:
        path = self._db.sqlite_path
        if path is None:
            return []
        return backup.auto_backups(Path(self.auto_folder.text()), path.stem)

    def refresh(self) -> None:
        found = self.auto_backups()
        self.auto_table.setRowCount(len(found))
        for i, b in enumerate(found):
            for col, text in enumerate((_when(b.created), _size(b.size), b.path.name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.auto_table.setItem(i, col, item)
        self.auto_table.resizeColumnsToContents()
        if not self._db.is_sqlite:
            self.auto_status.setText("")
        elif not self.auto_enabled.isChecked():
            self.auto_status.setText(self.tr("Cadangan otomatis mati."))
        elif found:
            self.auto_status.setText(
                self.tr("{n} salinan; terbaru {when}. Salinan berikutnya dibuat 24 jam setelahnya.").format(
                    n=len(found), when=_when(found[0].created)
                )
            )
        else:
            self.auto_status.setText(self.tr("Belum ada salinan otomatis; yang pertama dibuat saat aplikasi berjalan."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy)
        self.restore_selected_button.setEnabled(not self._busy and bool(self.auto_table.selectedItems()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # --- backup now -------------------------------------------------------------------------------

    def backup_now(self) -> None:
        start = Path(self.auto_folder.text() or config.backup_auto_dir()).parent
        suggested = str(start / backup.default_name(self._db))
        filters = self.tr("Basis data SQLite (*.sqlite3)") if self._db.is_sqlite else self.tr("Arsip pg_dump (*.dump)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan cadangan"), suggested, filters)
        if not path:
            return
        suffix = backup.SQLITE_SUFFIX if self._db.is_sqlite else backup.PG_SUFFIX
        if not Path(path).suffix:
            path += suffix
        db, actor = self._db, self._actor
        started = datetime.now()
        self._set_busy(True)

        def done(dest: Path) -> None:
            self._set_busy(False)
            seconds = (datetime.now() - started).total_seconds()
            show_info(
                self,
                self.tr("Cadangan selesai"),
                self.tr("Cadangan disimpan di {path} ({size}, {seconds} detik).").format(
                    path=str(dest), size=_size(dest.stat().st_size), seconds=format_number(seconds, 1)
                ),
            )
            self.backup_done.emit(dest)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)

        run_job(
            self,
            self.tr("Mencadangkan basis data"),
            lambda ctx: backup.backup(db, actor, path, ctx),
            on_success=done,
            on_failure=failed,
            on_cancelled=lambda: self._set_busy(False),
        )

    # --- restore ----------------------------------------------------------------------------------

    def choose_restore(self) -> None:
        filters = (
            self.tr("Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)")
            if self._db.is_sqlite
            else self.tr("Arsip pg_dump (*.dump);;Semua berkas (*)")
        )
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pulihkan dari cadangan"), self.auto_folder.text(), filters)
        if path:
            self.restore_from(Path(path))

    def restore_selected(self) -> None:
        items = self.auto_table.selectedItems()
        if items:
            self.restore_from(Path(items[0].data(Qt.ItemDataRole.UserRole)))

    def restore_from(self, path: Path) -> None:
        """Read the backup first (format, revision, row counts), then ask, naming what will come back."""
        self._set_busy(True)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)

        run_job(
            self,
            self.tr("Memeriksa cadangan"),
            lambda ctx: backup.inspect_backup(path, ctx),
            on_success=self._confirm_restore,
            on_failure=failed,
            on_cancelled=lambda: self._set_busy(False),
            executor="io",
        )

    def confirmation_text(self, info: backup.BackupInfo) -> str:
        lines = [
            self.tr("Pulihkan basis data dari cadangan <b>{name}</b>?").format(name=info.path.name),
            self.tr("Dibuat: {when}").format(when=_when(info.created)),
        ]
        counts = [
            f"{_number(info.counts[t])} {core_tr(label)}"
            for t, label in backup.SUMMARY_TABLES.items()
            if t in info.counts
        ]
        lines.append(self.tr("Isi: {counts}").format(counts=", ".join(counts)))
        lines.append(
            self.tr("Seluruhnya {rows} baris dalam {tables} tabel.").format(
                rows=_number(info.total_rows), tables=len(info.counts)
            )
        )
        if info.status.value == "outdated":
            lines.append(self.tr("Cadangan ini dari versi aplikasi lebih lama; strukturnya diperbarui setelah pulih."))
        lines.append(
            self.tr(
                "<b>Seluruh data saat ini diganti</b> (disimpan dulu sebagai salinan pengaman). "
                "Sesudahnya aplikasi membuka ulang basis data dan Anda masuk lagi."
            )
        )
        return "<br>".join(lines)

    def _confirm_restore(self, info: backup.BackupInfo) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Pulihkan dari cadangan"),
            self.confirmation_text(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._set_busy(False)
            return
        db, actor, path = self._db, self._actor, info.path
        safety_dir = backup.default_safety_dir(db)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)

        run_job(
            self,
            self.tr("Memulihkan basis data"),
            lambda ctx: backup.restore(db, actor, path, safety_dir=safety_dir, ctx=ctx),
            on_success=self._restored,
            on_failure=failed,
            cancellable=False,
        )

    def _restored(self, result: backup.RestoreResult) -> None:
        self._set_busy(False)
        text = self.tr("Basis data dipulihkan dari {name}.").format(name=result.info.path.name)
        if result.safety_copy is not None:
            text += " " + self.tr("Data sebelumnya disimpan di {path}.").format(path=str(result.safety_copy))
        text += " " + self.tr("Aplikasi membuka ulang basis data; silakan masuk lagi.")
        problems = self.check_text(result)
        if problems:
            QMessageBox.warning(self, self.tr("Pemulihan selesai, data perlu diperiksa"), text + "\n\n" + problems)
        else:
            show_info(
                self, self.tr("Pemulihan selesai"), text + " " + self.tr("Pemeriksaan konsistensi: tidak ada masalah.")
            )
        self.restore_done.emit(result)
        self.restart_requested.emit()

    def check_text(self, result: backup.RestoreResult) -> str:
        """What the consistency check found in the restored data ("" when nothing)."""
        if result.check_error:
            return self.tr("Pemeriksaan konsistensi tidak dapat dijalankan: {error}").format(error=result.check_error)
        if not result.problems:
            return ""
        lines = [
            self.tr(
                "Pemeriksaan konsistensi menemukan {n} masalah pada data yang dipulihkan "
                "(rinciannya: perintah kesos check):"
            ).format(n=len(result.problems))
        ]
        for p in result.problems[:10]:
            line = "• " + ui_text(p.message)
            if p.examples:
                line += " " + self.tr("Contoh: {examples}").format(examples="; ".join(p.examples))
            lines.append(line)
        return "\n".join(lines)


def create_page(db: Database, actor: auth.Actor) -> BackupView:
    return BackupView(db, actor)
