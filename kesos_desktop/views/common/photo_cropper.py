"""The 3:4 photo cropper shared by the NIPD and PPKS forms (the services shrink the result to 300 x 400)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)


class PhotoCropper(QDialog):
    """Pick the 3:4 part of a photo: a frame over the image, moved with two sliders and sized with a third."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Potong foto (3:4)"))
        self.image = image
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.x_slider = QSlider(Qt.Orientation.Horizontal)
        self.y_slider = QSlider(Qt.Orientation.Horizontal)
        for s, v in ((self.size_slider, 100), (self.x_slider, 50), (self.y_slider, 50)):
            s.setRange(20 if s is self.size_slider else 0, 100)
            s.setValue(v)
            s.valueChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Ukuran:"), self.size_slider)
        form.addRow(self.tr("Geser mendatar:"), self.x_slider)
        form.addRow(self.tr("Geser tegak:"), self.y_slider)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pakai"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def box(self) -> tuple[float, float, float, float]:
        """The chosen frame as fractions (left, top, right, bottom) of the image."""
        w, h = self.image.width(), self.image.height()
        full_w = min(w, h * 3 / 4)
        fw = full_w * self.size_slider.value() / 100
        fh = fw * 4 / 3
        x = (w - fw) * self.x_slider.value() / 100
        y = (h - fh) * self.y_slider.value() / 100
        return x / w, y / h, (x + fw) / w, (y + fh) / h

    def _update(self) -> None:
        scaled = self.image.scaled(360, 360, Qt.AspectRatioMode.KeepAspectRatio)
        pix = QPixmap.fromImage(scaled)
        left, top, right, bottom = self.box()
        p = QPainter(pix)
        p.setPen(QPen(Qt.GlobalColor.yellow, 2))
        p.drawRect(
            QRect(
                int(left * pix.width()),
                int(top * pix.height()),
                int((right - left) * pix.width()),
                int((bottom - top) * pix.height()),
            )
        )
        p.end()
        self.preview.setPixmap(pix)


def choose_photo_file(parent: QWidget) -> Path | None:
    """The file dialog both forms open for a photo; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PhotoCropper", "Pilih foto"),
        "",
        QCoreApplication.translate("PhotoCropper", "Gambar (*.jpg *.jpeg *.png *.bmp)"),
    )
    return Path(path) if path else None


def cropped_photo(parent: QWidget, path: Path, *, crop: bool = True) -> bytes | None:
    """Read the file, let the user pick the 3:4 part, and shrink it as the services store photos.

    None when the user cancels the cropper; raises ``errors.ValidationError`` for a file that is not
    a usable image or cannot be read (with a message a clerk can act on, not the OS error code).
    """
    from kesos_desktop import errors
    from kesos_desktop.services.nipd import process_photo
    from kesos_desktop.text import QT_TRANSLATE_NOOP

    try:
        data = path.read_bytes()
    except OSError:
        raise errors.ValidationError(
            "photo",
            QT_TRANSLATE_NOOP("kesos", "Berkas foto {name} tidak dapat dibaca; periksa berkasnya lalu pilih lagi."),
            name=path.name,
        ) from None
    box = None
    image = QImage.fromData(data)
    if crop and not image.isNull():
        cropper = PhotoCropper(image, parent)
        if not cropper.exec():
            return None
        box = cropper.box()
    return process_photo(data, box)
