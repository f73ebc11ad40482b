"""Box labels (four per A4 sheet, each with a QR code the app's search opens) and A4 sheets of folder labels.

Plain data in (``services.arsip.Boks``), PDF out. The QR code is drawn as vector runs of modules with a
fixed version and mask: crisp at any printer resolution and ~10x faster than ``qrcode.make``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kesos_desktop.services.arsip import Boks, FolderLabel, format_kurun
from kesos_desktop.services.arsip_search import qr_payload

BOX_W, BOX_H = 95 * mm, 135 * mm  # fits the 9 cm side of an ANRI 37 x 9 x 27 cm box with a margin
FOLDER_W, FOLDER_H = 70 * mm, 37 * mm  # 3 x 8 per A4


def qr_matrix(payload: str) -> list[list[bool]]:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.get_matrix()  # type: ignore[no-any-return]


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """QR code with its quiet zone inside ``size`` x ``size`` at (x, y) = bottom-left."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    quiet = 4
    module = size / (n + 2 * quiet)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (quiet + r + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + (quiet + start) * module, top, (col - start) * module, module)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _fit(c: Canvas, text: str, font: str, size: float, width: float) -> float:
    while size > 6 and c.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _wrap(c: Canvas, text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = f"{cur} {w}".strip()
        if c.stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            if cur:
                lines.append(cur)
            cur = w
        if len(lines) == max_lines:
            break
    if cur and len(lines) < max_lines:
        lines.append(cur)
    if len(lines) == max_lines and " ".join(lines) != " ".join(words):
        last = lines[-1]
        while last and c.stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def _code_range(b: Boks) -> str:
    if not b.kode_awal:
        return "-"
    return b.kode_awal if b.kode_awal == b.kode_akhir else f"{b.kode_awal} s.d. {b.kode_akhir}"


def _folders(b: Boks) -> str:
    if not b.folders:
        return "-"
    if len(b.folders) == 1:
        return b.folders[0]
    return f"{b.folders[0]} s.d. {b.folders[-1]} ({len(b.folders)} folder)"


def draw_box_label(c: Canvas, b: Boks, x: float, y: float, instansi: str) -> None:
    w, h = BOX_W, BOX_H
    pad = 5 * mm
    c.setLineWidth(1.2)
    c.roundRect(x, y, w, h, 3 * mm)
    top = y + h - pad
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(x + w / 2, top - 3 * mm, instansi.upper()[:60])
    c.setFont("Helvetica", 8)
    c.drawCentredString(x + w / 2, top - 7 * mm, "ARSIP INAKTIF / BOKS ARSIP")
    c.setLineWidth(0.6)
    c.line(x + pad, top - 9.5 * mm, x + w - pad, top - 9.5 * mm)
    c.setFont("Helvetica", 9)
    c.drawCentredString(x + w / 2, top - 15 * mm, "NOMOR BOKS")
    size = _fit(c, b.nomor, "Helvetica-Bold", 44, w - 2 * pad)
    c.setFont("Helvetica-Bold", size)
    c.drawCentredString(x + w / 2, top - 30 * mm, b.nomor)
    rows = [
        ("Kode klasifikasi", _code_range(b)),
        ("Kurun waktu", format_kurun(b.tahun_awal, b.tahun_akhir) or "-"),
        ("Unit pengolah", ", ".join(b.units) or b.unit_pengolah or "-"),
        ("Nomor folder", _folders(b)),
        ("Jumlah berkas", str(b.jumlah_berkas)),
        ("Lokasi simpan", b.lokasi or "-"),
    ]
    ty = top - 40 * mm
    label_w = 27 * mm
    for label, value in rows:
        c.setFont("Helvetica", 8)
        c.drawString(x + pad, ty, label)
        lines = _wrap(c, value, "Helvetica-Bold", 9, w - 2 * pad - label_w, 2)
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines or ["-"]):
            c.drawString(x + pad + label_w, ty - i * 3.8 * mm, line)
        ty -= (max(1, len(lines)) * 3.8 + 2.2) * mm
    qr_size = 34 * mm
    qx, qy = x + w - pad - qr_size, y + pad
    draw_qr(c, qr_payload(b.id), qx, qy, qr_size)
    c.setFont("Helvetica", 7)
    text = c.beginText(x + pad, y + pad + 20 * mm)
    text.setFont("Helvetica", 7)
    for line in ("Pindai kode QR ini di", "kolom cari Kesos Desktop", "untuk membuka isi boks.", "", qr_payload(b.id)):
        text.textLine(line)
    c.drawText(text)


def box_labels_pdf(
    boxes: Sequence[Boks],
    path: str | Path,
    *,
    instansi: str = "Dinas Sosial",
    progress: Callable[[int, int], None] | None = None,
    pagesize: tuple[float, float] = A4,
) -> int:
    """Four box labels per A4 (or F4) page; returns the number of pages."""
    c = Canvas(str(path), pagesize=pagesize, pageCompression=1)
    c.setTitle("Label boks arsip")
    c.setAuthor("Kesos Desktop")
    pw, ph = pagesize
    mx, my = (pw - 2 * BOX_W) / 3, (ph - 2 * BOX_H) / 3
    slots = [(mx, my * 2 + BOX_H), (mx * 2 + BOX_W, my * 2 + BOX_H), (mx, my), (mx * 2 + BOX_W, my)]
    pages = 0
    for i, b in enumerate(boxes):
        if i and i % 4 == 0:
            c.showPage()
        if i % 4 == 0:
            pages += 1
        sx, sy = slots[i % 4]
        draw_box_label(c, b, sx, sy, instansi)
        if progress and (i % 20 == 0 or i == len(boxes) - 1):
            progress(i + 1, len(boxes))
    if not boxes:
        c.setFont("Helvetica", 12)
        c.drawString(30 * mm, ph - 30 * mm, "Tidak ada boks untuk dicetak.")
        pages = 1
    c.showPage()
    c.save()
    return pages


def folder_labels_pdf(
    labels: Sequence[FolderLabel],
    path: str | Path,
    *,
    instansi: str = "Dinas Sosial",
    pagesize: tuple[float, float] = A4,
) -> int:
    """A4 (or F4) sheets of 3 x 8 folder labels (70 x 37 mm); returns the number of pages."""
    c = Canvas(str(path), pagesize=pagesize, pageCompression=1)
    c.setTitle("Label folder arsip")
    pw, ph = pagesize
    cols, rows = 3, 8
    mx, my = (pw - cols * FOLDER_W) / 2, (ph - rows * FOLDER_H) / 2
    per_page = cols * rows
    pages = 0
    for i, lab in enumerate(labels):
        if i and i % per_page == 0:
            c.showPage()
        if i % per_page == 0:
            pages += 1
        k = i % per_page
        x = mx + (k % cols) * FOLDER_W
        y = ph - my - (k // cols + 1) * FOLDER_H
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        c.rect(x, y, FOLDER_W, FOLDER_H)
        c.setDash()
        p = 3 * mm
        c.setFont("Helvetica", 6.5)
        c.drawString(x + p, y + FOLDER_H - p - 2 * mm, instansi[:50])
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x + p, y + FOLDER_H - p - 7 * mm, f"Boks {lab.boks}  ·  Folder {lab.folder}")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + p, y + FOLDER_H - p - 12 * mm, f"{lab.kode}   {lab.kurun}")
        c.setFont("Helvetica", 7.5)
        for j, line in enumerate(_wrap(c, lab.uraian, "Helvetica", 7.5, FOLDER_W - 2 * p, 3)):
            c.drawString(x + p, y + FOLDER_H - p - 16.5 * mm - j * 3.3 * mm, line)
    if not labels:
        c.setFont("Helvetica", 12)
        c.drawString(30 * mm, ph - 30 * mm, "Tidak ada folder untuk dicetak.")
        pages = 1
    c.showPage()
    c.save()
    return pages
