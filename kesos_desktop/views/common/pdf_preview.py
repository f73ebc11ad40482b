"""In-app preview of a generated PDF (QtPdf): zoom, pages, "Cetak…", "Simpan sebagai PDF…", A4/F4.

Every PDF the app makes opens here first, the way office programs do::

    show_pdf_preview(self, self.tr("Rekap PPKS"), lambda paper: write_pdf(..., pagesize=paper.points),
                     suggested_name="rekap.pdf")

``generator(paper)`` (or ``generator(paper, ctx)`` to report progress and honour "Batal") returns the
PDF as bytes or a path. It runs in the background (``tasks.run_job``) and again when the user picks
another paper size; pass ``papers=()`` for documents with a fixed size (an A5 slip, CR80 cards).
Printing renders each page with ``QPdfDocument.render`` at printer resolution (capped: a 1200 dpi
bitmap of a page would take half a gigabyte) onto the ``QPrinter`` through ``QPainter``.
"""

from __future__ import annotations

import inspect
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.jobs import JobContext
from kesos_desktop.printing.paper import A4, F4, PaperSize
from kesos_desktop.views.common.messages import show_error
from kesos_desktop.views.icons import icon

PdfSource = bytes | Path | str
Generator = Callable[..., PdfSource]

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25

__all__ = ["A4", "F4", "PaperSize", "PdfPreviewDialog", "page_size_for", "render_to_bytes", "show_pdf_preview"]


def render_to_bytes(write: Callable[[Path], object]) -> bytes:
    """For generators that write a file: run ``write(path)`` on a temporary path, return the PDF's bytes.

    Safe on a worker thread (no Qt); the temporary folder is removed again.
    """
    with tempfile.TemporaryDirectory(prefix="kesos-pdf-") as folder:
        path = Path(folder) / "dokumen.pdf"
        write(path)
        return path.read_bytes()


def page_size_for(paper: PaperSize) -> QPageSize:
    """Qt's page size for ``paper``; F4 is a custom size named "F4" (Qt has no Folio of 215 x 330 mm)."""
    if paper.id == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(
        QSizeF(paper.width_mm, paper.height_mm),
        QPageSize.Unit.Millimeter,
        paper.id,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def _read(source: PdfSource) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    return Path(source).read_bytes()


def _takes_context(fn: Callable[..., Any]) -> bool:
    try:
        params = [
            p
            for p in inspect.signature(fn).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
        ]
    except (TypeError, ValueError):
        return False
    return len(params) >= 2 or any(p.kind == p.VAR_POSITIONAL for p in params)


class PdfPreviewDialog(QDialog):
    loaded = Signal(int)  # page count, each time a (re-)rendered PDF is shown
    saved = Signal(str)
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        generator: Generator,
        papers: Sequence[PaperSize] = (A4, F4),
        *,
        paper: PaperSize | None = None,
        suggested_name: str = "dokumen.pdf",
        executor: str = "db",
        on_output: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._generator = generator
        self._papers = tuple(papers)
        self.paper = paper or (self._papers[0] if self._papers else A4)
        self._suggested = suggested_name
        self._executor = executor
        self._on_output = on_output
        self._data = b""
        self._buffer: QBuffer | None = None
        self._job: Any = None

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a939c; }")  # grey desk, white sheets

        # Top: what the clerk came for (print, save, paper). Bottom: reading aids (pages, zoom), as in
        # office PDF readers; one bar would overflow on a 1366 px laptop screen.
        bar = QToolBar(self)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_action = self._action(
            bar, "print", self.tr("Cetak…"), QKeySequence.StandardKey.Print, self.print_document
        )
        self.save_action = self._action(
            bar, "save", self.tr("Simpan sebagai PDF…"), QKeySequence.StandardKey.Save, self.save_as
        )
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paper")
        self.paper_combo.setToolTip(self.tr("Ukuran kertas; dokumen disusun ulang untuk kertas ini"))
        for p in self._papers:
            self.paper_combo.addItem(p.label, p.id)
        if self.paper in self._papers:
            self.paper_combo.setCurrentIndex(self._papers.index(self.paper))
        self.paper_combo.currentIndexChanged.connect(self._paper_chosen)
        paper_box = QWidget(self)
        paper_row = QHBoxLayout(paper_box)
        paper_row.setContentsMargins(12, 0, 0, 0)
        paper_label = QLabel(self.tr("&Kertas:"), paper_box)
        paper_label.setBuddy(self.paper_combo)
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper_combo)
        self.paper_combo_action = bar.addWidget(paper_box)
        self.paper_combo_action.setVisible(len(self._papers) > 1)

        nav = QToolBar(self)
        nav.setObjectName("previewNavigation")
        nav.setIconSize(QSize(18, 18))
        nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        nav.setStyleSheet("QToolBar { border: none; }")
        self.status = QLabel(self.tr("Menyiapkan dokumen…"), self)
        self.status.setObjectName("previewStatus")
        self.status.setContentsMargins(10, 0, 12, 0)
        # Takes the free width but never widens the window (a long saved-to path is cut, not the buttons).
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.prev_action = self._action(
            nav, "previous", self.tr("Halaman sebelumnya"), QKeySequence(Qt.Key.Key_PageUp), self.previous_page
        )
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("page")
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip(self.tr("Halaman"))
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        nav.addWidget(self.page_spin)
        self.page_count_label = QLabel(self)
        nav.addWidget(self.page_count_label)
        self.next_action = self._action(
            nav, "next", self.tr("Halaman berikutnya"), QKeySequence(Qt.Key.Key_PageDown), self.next_page
        )
        nav.addSeparator()
        self.zoom_out_action = self._action(
            nav, "zoom-out", self.tr("Perkecil"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(64)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.zoom_label)
        self.zoom_in_action = self._action(
            nav, "zoom-in", self.tr("Perbesar"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)
        )
        self.fit_width_action = self._action(nav, "fit-width", self.tr("Sesuaikan lebar"), None, self.fit_width)
        self.fit_page_action = self._action(nav, "fit-page", self.tr("Satu halaman penuh"), None, self.fit_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(nav)
        layout.addLayout(bottom)

        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.pageNavigator().currentPageChanged.connect(self._current_page_changed)
        self._set_ready(False)
        self._update_zoom_label()
        self.resize(self._initial_size())
        from kesos_desktop.views.common.window_state import restore_geometry

        restore_geometry(self, "pdf_preview")  # the size the clerk last gave it

    # --- building ----------------------------------------------------------------------------

    def _action(
        self,
        bar: QToolBar,
        icon_name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], Any],
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        bar.addAction(action)
        return action

    def _initial_size(self) -> QSize:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QApplication.primaryScreen()
        avail = screen.availableGeometry().size() if screen is not None else QSize(1280, 900)
        return QSize(min(1000, int(avail.width() * 0.9)), int(avail.height() * 0.9))

    def _set_ready(self, ready: bool) -> None:
        for a in (self.print_action, self.save_action, self.fit_width_action, self.fit_page_action,
                  self.zoom_in_action, self.zoom_out_action, self.prev_action, self.next_action):  # fmt: skip
            a.setEnabled(ready)
        self.page_spin.setEnabled(ready)
        self.paper_combo.setEnabled(ready)

    # --- generating ------------------------------------------------------------------------------

    def generate(self, paper: PaperSize | None = None) -> None:
        """(Re-)render the PDF for ``paper`` in the background and show it."""
        from kesos_desktop.tasks import run_job

        paper = paper or self.paper
        generator = self._generator
        with_ctx = _takes_context(generator)
        self._set_ready(False)
        self.status.setText(self.tr("Menyiapkan dokumen untuk kertas {paper}…").format(paper=paper.id))

        def work(ctx: JobContext) -> bytes:
            result = generator(paper, ctx) if with_ctx else generator(paper)
            ctx.check()
            return _read(result)

        def done(data: bytes) -> None:
            self._job = None
            previous, self.paper = self.paper, paper
            try:
                self.set_pdf(data)
            except errors.KnownError as e:  # the generator wrote something QtPdf cannot read
                self.paper = previous
                self._generate_failed(e)

        self._job = run_job(
            self,
            self.tr("Menyiapkan pratinjau…"),
            work,
            on_success=done,
            on_failure=self._generate_failed,
            on_cancelled=self._generate_cancelled,
            executor=self._executor,  # type: ignore[arg-type]
        )

    def _generate_failed(self, exc: BaseException) -> None:
        self._job = None
        show_error(self, exc)
        self._after_no_result()

    def _generate_cancelled(self) -> None:
        self._job = None
        self._after_no_result()

    def _after_no_result(self) -> None:
        if not self._data:
            self.reject()  # nothing to show: the first rendering failed or was cancelled
            return
        # Keep what was shown; put the paper choice back on it.
        blocked = self.paper_combo.blockSignals(True)
        if self.paper in self._papers:
            self.paper_combo.setCurrentIndex(self._papers.index(self.paper))
        self.paper_combo.blockSignals(blocked)
        self._set_ready(True)
        self._update_status()

    def set_pdf(self, data: bytes) -> None:
        """Show ``data`` (a whole PDF); raises ``KnownError`` when QtPdf cannot read it."""
        old_buffer = self._buffer
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            buffer.deleteLater()
            self._buffer = old_buffer
            raise errors.KnownError(self.tr("Dokumen PDF tidak dapat dibaca."))
        self._buffer = buffer
        if old_buffer is not None:
            old_buffer.deleteLater()
        self._data = data
        count = self.document.pageCount()
        blocked = self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, count)
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(blocked)
        self.page_count_label.setText(self.tr(" dari {n}").format(n=count))
        self._set_ready(True)
        self.prev_action.setEnabled(False)
        self.next_action.setEnabled(count > 1)
        self._update_status()
        self.loaded.emit(count)

    def _paper_chosen(self, index: int) -> None:
        if 0 <= index < len(self._papers) and self._papers[index] != self.paper:
            self.generate(self._papers[index])

    # --- state -------------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def pdf_bytes(self) -> bytes:
        return self._data

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _update_status(self) -> None:
        if not self._data:
            return
        size = self.document.pagePointSize(0)
        mm = 25.4 / 72
        self.status.setText(
            self.tr("{n} halaman · halaman 1: {w:.0f} × {h:.0f} mm").format(
                n=self.document.pageCount(), w=size.width() * mm, h=size.height() * mm
            )
        )

    # --- zoom and pages -------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom_label()

    def zoom_by(self, factor: float) -> None:
        current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))
        self._update_zoom_label()

    def _effective_zoom(self) -> float:
        """The zoom as a factor even in a fit mode (QPdfView keeps 1.0 as its factor then)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self._data:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page()))
        if page.width() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72
        vp = self.view.viewport().size()
        margins = self.view.documentMargins()
        width = (vp.width() - margins.left() - margins.right()) / (page.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return max(0.1, width)
        height = (vp.height() - margins.top() - margins.bottom()) / (page.height() * dpi)
        return max(0.1, min(width, height))

    def _update_zoom_label(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Lebar"))
            self.zoom_label.setToolTip(self.tr("Selebar jendela"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Halaman"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")

    def go_to_page(self, page: int) -> None:
        if not self._data or not 0 <= page < self.document.pageCount():
            return
        nav = self.view.pageNavigator()
        nav.jump(page, QPointF(), nav.currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _current_page_changed(self, page: int) -> None:
        blocked = self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(blocked)
        if self._data:
            self.prev_action.setEnabled(page > 0)
            self.next_action.setEnabled(page < self.document.pageCount() - 1)

    # --- saving -----------------------------------------------------------------------------------

    def save_as(self) -> str | None:
        if not self._data:
            return None
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), self._suggested, self.tr("Dokumen PDF (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(path)
        except OSError as e:
            show_error(self, errors.KnownError(self.tr("Berkas tidak dapat disimpan: {e}").format(e=e.strerror or e)))
            return None
        self.status.setText(self.tr("Tersimpan di {path}").format(path=path))
        return path

    def save_to(self, path: str | Path) -> None:
        """Write the shown PDF to ``path`` (via a temporary file, so a failed write leaves no half file)."""
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".kesos-", suffix=".pdf", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self._data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.saved.emit(str(target))
        if self._on_output is not None:
            self._on_output(str(target))

    # --- printing ------------------------------------------------------------------------------------

    def setup_printer(self, printer: QPrinter) -> None:
        """Paper, orientation of the first page and no margins (the PDF carries its own)."""
        first = self.document.pagePointSize(0) if self._data else QSizeF(0, 0)
        landscape = first.width() > first.height()
        if self._papers and self.paper in self._papers:
            size = page_size_for(self.paper)
        else:
            portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
            size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())

    def print_document(self) -> int:
        """The system print dialog, then the chosen pages; returns the number of pages printed."""
        if not self._data:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setup_printer(printer)
        count = self.document.pageCount()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak"))
        dialog.setMinMax(1, count)
        dialog.setFromTo(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        first, last = self.chosen_range(printer)
        return self.print_to(printer, first, last)

    def chosen_range(self, printer: QPrinter) -> tuple[int, int]:
        """0-based first and last page of what the print dialog asked for."""
        count = self.document.pageCount()
        kind = printer.printRange()
        if kind == QPrinter.PrintRange.CurrentPage:
            page = max(0, self.current_page())
            return page, page
        if kind == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = min(max(printer.fromPage(), 1), count) - 1
            last = min(max(printer.toPage() or count, first + 1), count) - 1
            return first, last
        return 0, count - 1

    def print_to(self, printer: QPrinter, first: int = 0, last: int | None = None) -> int:
        """Paint pages ``first..last`` (0-based) onto ``printer``, each fitted to the paper, page by page."""
        count = self.document.pageCount()
        last = count - 1 if last is None else min(last, count - 1)
        if not self._data or first > last:
            return 0
        total = last - first + 1
        progress = QProgressDialog(self.tr("Mengirim ke printer…"), self.tr("Batal"), 0, total, self)
        progress.setWindowTitle(self.tr("Mencetak"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            show_error(self, errors.KnownError(self.tr("Printer tidak dapat dibuka.")))
            return 0
        printed = 0
        try:
            for n, page in enumerate(range(first, last + 1)):
                if progress.wasCanceled():
                    printer.abort()
                    break
                size = self.document.pagePointSize(page)
                landscape = size.width() > size.height()
                if n:
                    # Mixed orientations (a portrait cover, landscape tables) each get their own sheet turn.
                    printer.setPageOrientation(
                        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
                    )
                    printer.newPage()
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = self.document.render(page, pixels)
                target = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(target.width() / pixels.width(), target.height() / pixels.height())
                w, h = pixels.width() * scale, pixels.height() * scale
                painter.drawImage(
                    QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h), image
                )
                printed += 1
                progress.setValue(n + 1)
                progress.setLabelText(self.tr("Halaman {i} dari {n}").format(i=n + 1, n=total))
                QApplication.processEvents()  # keeps the window painting and "Batal" clickable
        finally:
            painter.end()
            progress.close()
            progress.deleteLater()
        if printed == total:
            self.status.setText(self.tr("{n} halaman dikirim ke printer.").format(n=printed))
            self.printed.emit(printed)
            if self._on_output is not None:
                self._on_output(printer.outputFileName() or printer.printerName() or "printer")
        return printed

    # --- closing ---------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        from kesos_desktop.views.common.window_state import save_geometry

        if self._job is not None and not self._job.finished:
            self._job.cancel()
        save_geometry(self, "pdf_preview")
        super().done(result)


def show_pdf_preview(
    parent: QWidget | None,
    title: str,
    generator: Generator,
    papers: Sequence[PaperSize] = (A4, F4),
    *,
    paper: PaperSize | None = None,
    suggested_name: str = "dokumen.pdf",
    executor: str = "db",
    on_output: Callable[[str], None] | None = None,
    data: bytes | None = None,
) -> PdfPreviewDialog:
    """Open the preview and render the PDF behind it (or show ``data``, already rendered for ``paper``).

    ``executor``: "db" when the generator reads the database (the default), "io" for pure PDF work.
    ``on_output(where)`` is called after each save (the path) and print (printer name or output file),
    so the module can audit that the data left the app.
    """
    dialog = PdfPreviewDialog(
        parent,
        title,
        generator,
        papers,
        paper=paper,
        suggested_name=suggested_name,
        executor=executor,
        on_output=on_output,
    )
    dialog.show()
    if data is not None:
        dialog.set_pdf(data)
    else:
        dialog.generate()
    return dialog
