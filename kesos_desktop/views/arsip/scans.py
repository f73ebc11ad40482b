"""Scans of a record: attach, list, preview (QtPdf for PDF, a scaled image otherwise), delete.
A damaged or missing scan is reported in words; the viewer never opens on broken data."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.formatting import format_size
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip_scan
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.text import QT_TRANSLATE_NOOP
from kesos_desktop.views.common.messages import confirm, show_error


class ScanViewer(QDialog):
    def __init__(self, data: arsip_scan.ScanData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(data.scan.filename)
        self.resize(800, 900)
        layout = QVBoxLayout(self)
        self.kind = "pdf" if data.scan.mime == "application/pdf" else "image"
        if self.kind == "pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._bytes = QByteArray(data.data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
                raise errors.KnownError(
                    QT_TRANSLATE_NOOP("kesos", "Pindaian {name} tidak dapat ditampilkan (PDF rusak)."),
                    name=data.scan.filename,
                )
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.document)
            layout.addWidget(view)
            self.pages = self.document.pageCount()
        else:
            image = QImage.fromData(data.data)
            if image.isNull():
                raise errors.KnownError(
                    QT_TRANSLATE_NOOP("kesos", "Pindaian {name} tidak dapat ditampilkan (gambar rusak)."),
                    name=data.scan.filename,
                )
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(760, Qt.TransformationMode.SmoothTransformation))
            area = QScrollArea()
            area.setWidget(label)
            layout.addWidget(area)
            self.pages = 1
        info = QLabel(f"{data.scan.filename} · {format_size(data.scan.size)} · SHA-256 {data.scan.sha256[:16]}…")
        info.setStyleSheet("color: #555;")
        layout.addWidget(info)


class ScanPanel(QWidget):
    """Attachments of the record shown in the form."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.berkas_id: int | None = None
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.list.itemActivated.connect(lambda _i: self.view())
        self.add_button = QPushButton(self.tr("Lampirkan pindaian…"))
        self.view_button = QPushButton(self.tr("Lihat"))
        self.delete_button = QPushButton(self.tr("Hapus pindaian"))
        self.add_button.clicked.connect(self.attach)
        self.view_button.clicked.connect(self.view)
        self.delete_button.clicked.connect(self.delete)
        from kesos_desktop.views.icons import decorate

        decorate(self.add_button, "camera")
        decorate(self.view_button, "document")
        decorate(self.delete_button, "delete")
        bar = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Pindaian:")))
        layout.addWidget(self.list)
        layout.addLayout(bar)
        self.viewer: ScanViewer | None = None
        self.set_record(None)

    def set_record(self, berkas_id: int | None) -> None:
        self.berkas_id = berkas_id
        self.list.clear()
        if berkas_id is not None:
            for sc in arsip_scan.list_scans(self.db, berkas_id):
                item = QListWidgetItem(f"{sc.filename} ({format_size(sc.size)})")
                item.setData(Qt.ItemDataRole.UserRole, sc.id)
                self.list.addItem(item)
        can_edit = self.actor.can(Perm.ARSIP_EDIT) and berkas_id is not None
        self.add_button.setEnabled(can_edit)
        self.delete_button.setEnabled(can_edit and self.list.count() > 0)
        self.view_button.setEnabled(self.list.count() > 0)

    def attach(self) -> None:
        if self.berkas_id is None:
            return
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Lampirkan pindaian"), "", self.tr("PDF atau gambar (*.pdf *.jpg *.jpeg *.png)")
        )
        if not path:
            return
        from kesos_desktop.tasks import run_job

        # Reading, hashing and checking a scan of up to 50 MB takes seconds: off the GUI thread, with "Batal".
        db, actor, berkas_id = self.db, self.actor, self.berkas_id
        self.job = run_job(
            self,
            self.tr("Melampirkan pindaian…"),
            lambda ctx: arsip_scan.attach(db, actor, berkas_id, path, ctx),
            on_success=lambda _scan: self.set_record(self.berkas_id),
        )

    def _selected(self) -> int | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def view(self) -> None:
        scan_id = self._selected()
        if scan_id is None:
            return
        try:
            data = arsip_scan.open_scan(self.db, self.actor, scan_id)
            self.viewer = ScanViewer(data, self)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.viewer.show()

    def delete(self) -> None:
        scan_id = self._selected()
        if scan_id is None or not confirm(self, self.tr("Hapus pindaian"), self.tr("Hapus pindaian ini?")):
            return
        try:
            arsip_scan.delete_scan(self.db, self.actor, scan_id)
        except errors.KnownError as e:
            show_error(self, e)
        self.set_record(self.berkas_id)
