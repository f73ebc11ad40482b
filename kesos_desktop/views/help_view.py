"""The user guide inside the app (Bantuan → Panduan pengguna, F1): the Markdown chapters of
``docs/panduan`` with a chapter list on the left.

The guide is written once, in ``docs/panduan/`` (readable on the code forge too). A source checkout
(``make run``) reads it there; the bundle (installer/kesos-desktop.spec) and a wheel or plain
``pip install .`` (setup.py's build step) ship a copy as ``kesos_desktop/resources/panduan``, which is
looked at first.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImage,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.text import QT_TRANSLATE_NOOP

PACKAGE = Path(__file__).resolve().parent.parent
CANDIDATES = (PACKAGE / "resources" / "panduan", PACKAGE.parent / "docs" / "panduan")

# (file, title) in reading order; README is the table of contents.
CHAPTERS: list[tuple[str, str]] = [
    ("README.md", QT_TRANSLATE_NOOP("kesos", "Daftar isi")),
    ("admin.md", QT_TRANSLATE_NOOP("kesos", "Admin")),
    ("operator.md", QT_TRANSLATE_NOOP("kesos", "Operator")),
    ("verifikator.md", QT_TRANSLATE_NOOP("kesos", "Verifikator")),
    ("arsiparis.md", QT_TRANSLATE_NOOP("kesos", "Arsiparis")),
    ("faq.md", QT_TRANSLATE_NOOP("kesos", "Tanya jawab dan masalah")),
]

SCALED = "?lebar="  # marks a picture name as our scaled copy: "img/x.png?lebar=800"

_ROLE_CHAPTER = {
    "admin": "admin.md",
    "operator": "operator.md",
    "verifikator": "verifikator.md",
    "arsiparis": "arsiparis.md",
}


def heading_slug(text: str) -> str:
    """A heading's anchor as GitHub/GitLab make it: "Data ganda PPKS" -> "data-ganda-ppks"."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def guide_dir() -> Path | None:
    """Where the guide is: the packaged copy first, then the repository's ``docs/panduan``."""
    for candidate in CANDIDATES:
        if (candidate / "README.md").is_file():
            return candidate
    return None


def chapter_for(page: str | None, role: str | None) -> str:
    """The chapter that answers "what do I do here?" for this page and role (F1)."""
    if page == "arsip":
        return "arsiparis.md"
    if page in ("users", "settings"):
        return "admin.md"
    if page == "ppks" and role not in ("verifikator", "admin"):
        return "operator.md"
    return _ROLE_CHAPTER.get(role or "", "README.md")


class HelpDialog(QDialog):
    """Non-modal: the user reads and works side by side."""

    IMAGE_MARGIN = 40

    def __init__(self, parent: QWidget | None = None, *, chapter: str = "README.md") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan pengguna"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.root = guide_dir()
        self._pending_anchor: str | None = None
        self._scaled: set[str] = set()

        self.chapters = QListWidget(objectName="chapters")
        self.chapters.setMaximumWidth(240)
        for file, title in CHAPTERS:
            if self.root is None or (self.root / file).is_file():
                item = QListWidgetItem(core_tr(title))
                item.setData(Qt.ItemDataRole.UserRole, file)
                self.chapters.addItem(item)
        self.browser = QTextBrowser(objectName="browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.browser.sourceChanged.connect(self._source_changed)
        splitter = QSplitter()
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        if self.root is None:
            missing = QLabel(self.tr("Berkas panduan tidak ditemukan di instalasi ini."), objectName="missing")
            missing.setStyleSheet("color: #b3261e;")
            layout.addWidget(missing)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(QSize(1100, 760))
        self.chapters.currentItemChanged.connect(self._chapter_chosen)
        self._refit = QTimer(self, singleShot=True, interval=120)
        self._refit.timeout.connect(self._fit_images)
        self.open_chapter(chapter)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._refit.start()

    # --- navigation ------------------------------------------------------------------------------

    def open_chapter(self, file: str) -> None:
        for row in range(self.chapters.count()):
            if self.chapters.item(row).data(Qt.ItemDataRole.UserRole) == file:
                if self.chapters.currentRow() == row:
                    self._load(file)
                else:
                    self.chapters.setCurrentRow(row)
                return
        if self.chapters.count():
            self.chapters.setCurrentRow(0)

    def current_chapter(self) -> str | None:
        item = self.chapters.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chapter_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._load(current.data(Qt.ItemDataRole.UserRole))

    def _load(self, file: str) -> None:
        if self.root is None:
            return
        url = QUrl.fromLocalFile(str(self.root / file))
        if self.browser.source() != url:
            # Relative image paths (img/...) resolve against this file's folder.
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _source_changed(self, url: QUrl) -> None:
        """A link to another chapter was followed: keep the list in step, fit the pictures."""
        name = Path(url.toLocalFile()).name
        for row in range(self.chapters.count()):
            if self.chapters.item(row).data(Qt.ItemDataRole.UserRole) == name and self.chapters.currentRow() != row:
                self.chapters.blockSignals(True)
                self.chapters.setCurrentRow(row)
                self.chapters.blockSignals(False)
        self._add_heading_anchors()
        self._fit_images()
        # QTextBrowser looked for the section before the anchors existed; scroll once the pictures are laid out.
        self._pending_anchor = url.fragment() if url.hasFragment() else None
        self._refit.start()

    def _add_heading_anchors(self) -> None:
        """Headings get the anchors the code forge gives them, so links like ``admin.md#log-audit`` work here too."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setAnchor(True)
                fmt.setAnchorNames([heading_slug(block.text())])
                cursor.mergeCharFormat(fmt)
            block = block.next()

    # --- pictures --------------------------------------------------------------------------------

    def image_names(self) -> list[str]:
        names = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    names.append(fmt.toImageFormat().name())
                it += 1
            block = block.next()
        return names

    def _fit_images(self) -> None:
        """Screenshots are wider than the reading pane: show them scaled to fit (click-free reading)."""
        doc = self.browser.document()
        limit = max(320, min(self.browser.viewport().width(), 1000) - self.IMAGE_MARGIN)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    self._fit(doc, frag.position(), frag.length(), image_format, limit)
                it += 1
            block = block.next()
        if self._pending_anchor:
            self.browser.scrollToAnchor(self._pending_anchor)
            self._pending_anchor = None

    def image(self, name: str) -> QImage | None:
        """The picture ``name`` (as written in the chapter) as the document loads it; None if missing."""
        res = self.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(res, QPixmap):
            res = res.toImage()
        elif isinstance(res, QByteArray | bytes):
            res = QImage.fromData(res)
        return res if isinstance(res, QImage) and not res.isNull() else None

    def _fit(self, doc: QTextDocument, pos: int, length: int, fmt: QTextImageFormat, limit: int) -> None:
        """Swap in a smoothly scaled copy (Qt would scale the full picture coarsely while painting)."""
        base = fmt.name().split(SCALED)[0]
        image = self.image(base)
        if image is None:
            return
        width = min(image.width(), limit)
        name = base if width == image.width() else f"{base}{SCALED}{width}"
        if name == fmt.name():
            return
        if name not in self._scaled and name != base:
            scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), scaled)
            self._scaled.add(name)
        fmt.setName(name)
        fmt.setWidth(width)
        fmt.setHeight(image.height() * width / image.width())
        cursor = QTextCursor(doc)
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
