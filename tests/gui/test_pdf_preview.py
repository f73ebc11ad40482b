"""The PDF preview: pages, paper switch (A4 -> F4 re-renders), save, and the print path into a PDF file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from kesos_desktop.printing.paper import A4, F4, PaperSize
from kesos_desktop.views.common.pdf_preview import PdfPreviewDialog, show_pdf_preview
from tests.gui import test_arsip_page, test_ppks_page

gdb = test_ppks_page.gdb  # fixture: office scope 61.07, users admin/siti/budi
sdb, archivist = test_arsip_page.sdb, test_arsip_page.archivist  # fixtures: an archivist with a box

MM = 72 / 25.4


def make_pdf(paper: PaperSize, pages: int = 3, *, landscape_from: int | None = None) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, pagesize=paper.points)
    for i in range(pages):
        if landscape_from is not None and i >= landscape_from:
            c.setPageSize((paper.points[1], paper.points[0]))
        c.setFont("Helvetica", 24)
        c.drawString(72, 400, f"Halaman {i + 1} ({paper.id})")
        c.showPage()
    c.save()
    return out.getvalue()


def page_mm(data: bytes) -> list[tuple[int, int]]:
    reader = PdfReader(io.BytesIO(data))
    return [(round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM)) for p in reader.pages]


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def preview(qtbot: Any, parent: QWidget) -> tuple[PdfPreviewDialog, list[str]]:
    asked: list[str] = []

    def generator(paper: PaperSize) -> bytes:
        asked.append(paper.id)
        return make_pdf(paper, 3)

    dialog = show_pdf_preview(parent, "Uji", generator, suggested_name="uji.pdf", executor="io")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as blocker:
        pass
    assert blocker.args == [3]
    return dialog, asked


def test_preview_opens_with_the_page_count_and_navigates(qtbot: Any, preview: Any) -> None:
    dialog, asked = preview
    assert asked == ["A4"]
    assert dialog.page_count() == 3
    assert dialog.page_count_label.text().strip().endswith("3")
    assert page_mm(dialog.pdf_bytes()) == [(210, 297)] * 3
    assert dialog.print_action.isEnabled() and dialog.save_action.isEnabled()
    dialog.go_to_page(2)
    qtbot.waitUntil(lambda: dialog.current_page() == 2)
    assert dialog.page_spin.value() == 3
    assert not dialog.next_action.isEnabled()
    dialog.zoom_by(2.0)
    assert dialog.zoom_label.text().endswith("%")
    dialog.fit_page()
    assert dialog.zoom_label.text() == dialog.tr("Halaman")


def test_choosing_f4_re_renders_on_f4_paper(qtbot: Any, preview: Any) -> None:
    dialog, asked = preview
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.paper_combo.setCurrentIndex(1)
    assert asked == ["A4", "F4"]
    assert dialog.paper == F4
    assert page_mm(dialog.pdf_bytes()) == [(215, 330)] * 3
    assert "215 × 330 mm" in dialog.status.text()


def test_save_as_pdf_writes_a_valid_file(
    qtbot: Any, preview: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _asked = preview
    target = tmp_path / "salinan"  # no extension: ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.save_action.trigger()
    out = tmp_path / "salinan.pdf"
    assert saved == [str(out)]
    assert len(PdfReader(out).pages) == 3
    assert not list(tmp_path.glob(".kesos-*"))


def test_print_path_into_a_pdf_printer_keeps_the_page_count(qtbot: Any, preview: Any, tmp_path: Path) -> None:
    dialog, _asked = preview
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog.setup_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == 3
    assert len(PdfReader(out).pages) == 3
    assert page_mm(out.read_bytes()) == [(210, 297)] * 3


def test_print_dialog_page_range_on_f4(
    qtbot: Any, preview: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real print action: the dialog's page range 2-3 is honoured and F4 reaches the printer."""
    dialog, _asked = preview
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.paper_combo.setCurrentIndex(1)
    out = tmp_path / "rentang.pdf"

    def fake_exec(self: QPrintDialog) -> int:
        p = self.printer()
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        p.setResolution(96)
        p.setPrintRange(QPrinter.PrintRange.PageRange)
        p.setFromTo(2, 3)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    outputs: list[str] = []
    dialog._on_output = outputs.append
    assert dialog.print_document() == 2
    assert page_mm(out.read_bytes()) == [(215, 330)] * 2
    assert outputs == [str(out)]


def test_landscape_pages_print_landscape(qtbot: Any, parent: QWidget, tmp_path: Path) -> None:
    dialog = show_pdf_preview(parent, "Campur", lambda p: b"", data=make_pdf(A4, 2, landscape_from=1))
    assert dialog.page_count() == 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog.setup_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "campur.pdf"))
    assert dialog.print_to(printer) == 2
    assert page_mm((tmp_path / "campur.pdf").read_bytes()) == [(210, 297), (297, 210)]


def test_failed_first_rendering_closes_the_preview(
    qtbot: Any, parent: QWidget, message_boxes: list[tuple[str, str]]
) -> None:
    from kesos_desktop import errors

    def broken(_paper: PaperSize) -> bytes:
        raise errors.KnownError("Tidak ada data untuk dicetak.")

    dialog = show_pdf_preview(parent, "Gagal", broken, executor="io")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        pass
    assert any("Tidak ada data" in text for _t, text in message_boxes)


# --- the modules' PDFs open here -----------------------------------------------------------------


def test_ppks_rekap_opens_in_the_preview_and_re_renders_on_f4(qtbot: Any, gdb: Any, message_boxes: Any) -> None:
    page = test_ppks_page.make_page(qtbot, gdb, test_ppks_page.login(gdb, "admin"))
    page.records.rekap("kategori")  # portrait table
    preview = page.records.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20_000)
    assert page_mm(preview.pdf_bytes())[0] == (210, 297)
    assert "REKAPITULASI" in PdfReader(io.BytesIO(preview.pdf_bytes())).pages[0].extract_text().upper()
    with qtbot.waitSignal(preview.loaded, timeout=20_000):
        preview.paper_combo.setCurrentIndex(preview.paper_combo.findData("F4"))
    assert page_mm(preview.pdf_bytes())[0] == (215, 330)
    page.records.rekap("kecamatan")  # a wide table: F4 landscape
    wide = page.records.preview
    qtbot.waitUntil(lambda: wide.page_count() > 0, timeout=20_000)
    with qtbot.waitSignal(wide.loaded, timeout=20_000):
        wide.paper_combo.setCurrentIndex(1)
    assert page_mm(wide.pdf_bytes())[0] == (330, 215)
    assert message_boxes == []


def test_daftar_arsip_pdf_previews_on_f4_and_saving_is_audited(  # type: ignore[no-untyped-def]
    qtbot: Any, sdb: Any, archivist: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from kesos_desktop.models import AuditEntry
    from kesos_desktop.views.arsip.page import create_page

    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    lists = page.lists
    lists.kind.setCurrentIndex(lists.kind.findData("aktif"))
    qtbot.mouseClick(lists.pdf_button, Qt.MouseButton.LeftButton)
    preview = lists.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20_000)
    assert page_mm(preview.pdf_bytes())[0] == (297, 210)  # A4 landscape
    with qtbot.waitSignal(preview.loaded, timeout=20_000):
        preview.paper_combo.setCurrentIndex(1)
    assert page_mm(preview.pdf_bytes())[0] == (330, 215)  # F4 landscape
    with sdb.read() as s:
        before = s.scalar(select(AuditEntry.id).where(AuditEntry.action == "export").order_by(AuditEntry.id.desc()))
    assert before is None  # looking at it exports nothing
    out = tmp_path / "daftar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    preview.save_action.trigger()
    assert len(PdfReader(out).pages) >= 1
    with sdb.read() as s:
        summary = s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "export"))
    assert summary is not None and str(out) in summary


def test_ctrl_p_and_ctrl_s_in_the_preview(
    qtbot: Any, preview: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _asked = preview
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    asked: list[str] = []

    def no_print(self: QPrintDialog) -> int:
        asked.append("print")
        return 0  # the clerk cancels the system dialog

    monkeypatch.setattr(QPrintDialog, "exec", no_print)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "k.pdf"), "")))
    assert "Ctrl+P" in dialog.print_action.toolTip() and "Ctrl+S" in dialog.save_action.toolTip()
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["print"]
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(tmp_path / "k.pdf").pages) == 3
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)


def test_an_unreadable_pdf_is_reported_not_shown(qtbot: Any, parent: QWidget, message_boxes: Any) -> None:
    dialog = show_pdf_preview(parent, "Rusak", lambda _p: b"%PDF-1.4 bukan pdf", executor="io")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        pass
    assert any("tidak dapat dibaca" in text for _t, text in message_boxes)
